"""The water-demand part of the Models page: forecast each area's hourly demand with intervals, flag anomalous
periods (leaks), and chart one area at a time."""

from pathlib import Path

from qgis.core import QgsMapLayerProxyModel
from qgis.gui import QgsCollapsibleGroupBox, QgsFieldComboBox, QgsFileWidget, QgsMapLayerComboBox
from qgis.PyQt.QtCore import QDateTime
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..project_runs import recall, remember
from ..toolbelt.messages import show_success

AUTOMATIC_ORIGIN = "1900-01-01 00:00"  # the origin field's lowest value: "after the last full day of the flows"


class DemandSection(QgsCollapsibleGroupBox):
    """Widgets and results of the demand forecast; ``page`` (the Models page) runs the task."""

    def __init__(self, page, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Water demand and leaks"))
        self.setObjectName("aguaperu_demand_box")
        self.page = page
        self.result = None
        self.chart = None
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Hourly demand of each supply area for the week after the origin, with 80 % and 95 % "
                    "intervals, from its history, the weather and the public holidays; periods whose minimum "
                    "night flow rose (possible leaks) are shaded."
                ),
                self,
                wordWrap=True,
            )
        )
        form = QFormLayout()
        self.inflow = QgsFileWidget(self)
        self.inflow.setObjectName("aguaperu_demand_inflow")
        self.inflow.setFilter(self.tr("Flows (*.xlsx *.csv)"))
        self.weather = QgsFileWidget(self)
        self.weather.setObjectName("aguaperu_demand_weather")
        self.weather.setFilter(self.tr("Weather (*.xlsx *.csv)"))
        self.origin = QDateTimeEdit(self)
        self.origin.setObjectName("aguaperu_demand_origin")
        self.origin.setDisplayFormat("yyyy-MM-dd HH:00")
        self.origin.setCalendarPopup(True)
        # the lowest value stands for "after the last full day of the flows" (the default: the data's end)
        self.origin.setMinimumDateTime(QDateTime.fromString(AUTOMATIC_ORIGIN, "yyyy-MM-dd HH:mm"))
        self.origin.setSpecialValueText(self.tr("After the last full day of the flows"))
        self.origin.setDateTime(self.origin.minimumDateTime())
        self.origin.setToolTip(
            self.tr(
                "First forecast hour. By default, midnight after the last full day of the flows; choose a date to "
                "forecast from another hour."
            )
        )
        self.horizon = QSpinBox(self)
        self.horizon.setObjectName("aguaperu_demand_horizon")
        self.horizon.setRange(1, 168)
        self.horizon.setValue(168)
        self.horizon.setSuffix(self.tr(" h"))
        self.country = QLineEdit("PE", self)
        self.country.setObjectName("aguaperu_demand_country")
        self.country.setToolTip(self.tr("ISO code of the country whose public holidays apply (PE: Peru)."))
        form.addRow(self.tr("Hourly flows"), self.inflow)
        form.addRow(self.tr("Weather (optional)"), self.weather)
        form.addRow(self.tr("Origin"), self.origin)
        form.addRow(self.tr("Hours ahead"), self.horizon)
        form.addRow(self.tr("Holidays of"), self.country)
        self.areas_layer = QgsMapLayerComboBox(self)
        self.areas_layer.setObjectName("aguaperu_demand_areas_layer")
        self.areas_layer.setFilters(QgsMapLayerProxyModel.PolygonLayer)
        self.areas_layer.setAllowEmptyLayer(True, self.tr("(no map)"))
        self.areas_layer.setLayer(None)
        self.area_field = QgsFieldComboBox(self)
        self.area_field.setObjectName("aguaperu_demand_area_field")
        self.areas_layer.layerChanged.connect(self.area_field.setLayer)
        form.addRow(self.tr("Areas layer (map)"), self.areas_layer)
        form.addRow(self.tr("Area name field"), self.area_field)
        layout.addLayout(form)
        self.forecast_button = QPushButton(self.tr("Forecast demand"), self)
        self.forecast_button.setObjectName("aguaperu_run_demand")
        self.forecast_button.clicked.connect(self.run_demand)
        layout.addWidget(self.forecast_button)
        self.summary = QLabel("", self, wordWrap=True)
        self.summary.setObjectName("aguaperu_demand_summary")
        layout.addWidget(self.summary)
        self.area = QComboBox(self)
        self.area.setObjectName("aguaperu_demand_area")
        self.area.setVisible(False)
        self.area.currentTextChanged.connect(self.show_area)
        layout.addWidget(self.area)
        self.chart_area = QVBoxLayout()
        layout.addLayout(self.chart_area)
        layout.addWidget(self._schedule_box())

    def _schedule_box(self) -> QWidget:
        box = QgsCollapsibleGroupBox(self.tr("Supply schedule"), self)
        box.setObjectName("aguaperu_schedule_box")
        form = QFormLayout(box)
        form.addRow(
            QLabel(
                self.tr(
                    "Hour by hour, how much each source sends to each area so that the least forecast demand goes "
                    "unmet, then at the lowest cost. Sources: CSV with name, capacity_lps, cost_per_m3 and areas "
                    "(separated by ';', blank: all). Tanks (optional): CSV with area, capacity_m3, initial_m3, "
                    "minimum_m3."
                ),
                box,
                wordWrap=True,
            )
        )
        self.sources = QgsFileWidget(box)
        self.sources.setObjectName("aguaperu_schedule_sources")
        self.sources.setFilter(self.tr("Tables (*.csv *.CSV)"))
        self.tanks = QgsFileWidget(box)
        self.tanks.setObjectName("aguaperu_schedule_tanks")
        self.tanks.setFilter(self.tr("Tables (*.csv *.CSV)"))
        self.schedule_button = QPushButton(self.tr("Schedule the supply of the forecast"), box)
        self.schedule_button.setObjectName("aguaperu_run_schedule")
        self.schedule_button.clicked.connect(self.run_schedule)
        self.schedule_table = QTableWidget(0, 3, box)
        self.schedule_table.setObjectName("aguaperu_schedule_table")
        self.schedule_table.setHorizontalHeaderLabels([self.tr("Area"), self.tr("Demand (m3)"), self.tr("Unmet (m3)")])
        self.schedule_table.horizontalHeader().setStretchLastSection(True)
        self.schedule_table.setVisible(False)
        self.schedule_summary = QLabel("", box, wordWrap=True)
        self.schedule_summary.setObjectName("aguaperu_schedule_summary")
        form.addRow(self.tr("Sources"), self.sources)
        form.addRow(self.tr("Tanks (optional)"), self.tanks)
        form.addRow(self.schedule_button)
        form.addRow(self.schedule_summary)
        form.addRow(self.schedule_table)
        self.schedule_chart = None
        self.schedule_chart_row = QVBoxLayout()
        form.addRow(self.schedule_chart_row)
        return box

    @property
    def buttons(self) -> tuple:
        return (self.forecast_button, self.schedule_button)

    def run_schedule(self) -> None:
        if not self.page.require("demandschedule"):
            return
        from ...core.models.demand.forecast import to_wide
        from ..tasks.model_tasks import ScheduleTask

        if self.result is None:
            self.page.status.setText(self.tr("Forecast the demand first: the schedule supplies the forecast."))
            return
        sources, tanks = self.sources.filePath(), self.tanks.filePath()
        if not sources or not Path(sources).is_file():
            self.page.status.setText(self.tr("Choose the table of sources first."))
            return
        demand = to_wide(self.result.forecast)
        target = self.result.forecast_csv.with_name(self.result.forecast_csv.stem + "_programa.csv")
        task = ScheduleTask(
            demand,
            Path(sources),
            Path(tanks) if tanks else None,
            target,
            on_done=self._schedule_done,
            on_error=self.page.task_failed,
        )
        self.page.run_task(task)

    def _schedule_done(self, result) -> None:
        from ...core.models.demand.forecast import to_wide
        from ..charts import supply_chart
        from ..toolbelt.i18n import number

        self.page.run_task(None)
        summary = result.summary
        self.schedule_summary.setText(
            self.tr("Demand {0} m³, unmet {1} m³, cost {2}. File: {3}").format(
                number(summary["demand_m3"], 0),
                number(summary["unmet_m3"], 1),
                number(summary["cost"], 2),
                result.path.name,
            )
        )
        demand = to_wide(self.result.forecast)
        self.schedule_table.setRowCount(len(demand.columns))
        for row, area in enumerate(demand.columns):
            values = (area, number(demand[area].sum() * 3.6, 0), number(result.unmet[area].sum() * 3.6, 1))
            for column, value in enumerate(values):
                self.schedule_table.setItem(row, column, QTableWidgetItem(value))
        self.schedule_table.setVisible(True)
        if self.page.require("charts", once=True):
            if self.schedule_chart is not None:
                self.schedule_chart_row.removeWidget(self.schedule_chart)
                self.schedule_chart.deleteLater()
            flows = result.flows
            per_source = flows.pivot_table(index="timestamp", columns="source", values="flow_lps", aggfunc="sum")
            self.schedule_chart = supply_chart(per_source, demand.sum(axis=1), self.tr("Supply by source"), self)
            self.schedule_chart_row.addWidget(self.schedule_chart)
        show_success(self.page.iface, self.tr("Supply scheduled: {0} m³ unmet.").format(number(summary["unmet_m3"], 1)))

    def run_demand(self) -> None:
        if not self.page.require("demandforecast"):
            return
        import pandas as pd

        from ..tasks.model_tasks import DemandTask

        inflow = self.inflow.filePath()
        if not inflow or not Path(inflow).is_file():
            self.page.status.setText(self.tr("Choose the file of hourly flows first."))
            return
        weather = self.weather.filePath()
        chosen = self.origin.dateTime()
        automatic = chosen <= self.origin.minimumDateTime()
        origin = None if automatic else pd.Timestamp(chosen.toString("yyyy-MM-dd HH:00"))
        task = DemandTask(
            Path(inflow),
            Path(weather) if weather else None,
            origin,
            self.horizon.value(),
            self.country.text().strip().upper() or "PE",
            self.page.output_folder(),
            on_done=self._demand_done,
            on_error=self.page.task_failed,
        )
        self.page.run_task(task)

    def _demand_done(self, result) -> None:
        self.page.run_task(None)
        self.result = result
        table = result.forecast
        self.summary.setText(
            self.tr("{0} areas, {1} hours from {2}; {3} anomalous periods in the history. Files: {4}").format(
                len(result.areas),
                table["timestamp"].nunique(),
                f"{table['timestamp'].min():%Y-%m-%d %H:%M}",
                len(result.anomalies),
                result.forecast_csv.name,
            )
        )
        self.area.blockSignals(True)
        self.area.clear()
        self.area.addItems(result.areas)
        self.area.blockSignals(False)
        self.area.setVisible(True)
        self.show_area(result.areas[0])
        self.map_growth(result.growth)
        remember("demand", self.remembered(result))
        show_success(self.page.iface, self.tr("Demand forecast for {0} areas.").format(len(result.areas)))

    def remembered(self, result) -> dict:
        """What the project keeps of a forecast: its summary, the names of its interval and anomaly files (in the
        results folder) and the two weeks of flows its chart shows, which are in no file."""
        from ..project_runs import rounded

        history = result.history
        return {
            "summary": self.summary.text(),
            "intervals": result.intervals_csv.name,
            "anomalies": result.anomalies_csv.name,
            "history_start": f"{history.index[0]:%Y-%m-%d %H:%M}" if len(history) else None,
            "history": {str(area): rounded(history[area]) for area in history.columns},
            "area": self.area.currentText(),
        }

    def restore_run(self) -> None:
        """Show what the project remembers of the last forecast: the summary, and the areas and their chart
        drawn again from the forecast's files in the results folder (nothing when it has none)."""
        data = recall("demand") or {}
        self.summary.setText(data.get("summary", ""))
        self.result = None
        self.area.clear()
        self.area.setVisible(False)
        if self.chart is not None:
            self.chart_area.removeWidget(self.chart)
            self.chart.deleteLater()
            self.chart = None
        from ..project_folder import results

        folder = results.current()
        files = [folder / str(data.get(key) or "") for key in ("intervals", "anomalies")] if folder else []
        if not files or not all(file.is_file() and file.suffix == ".csv" for file in files):
            return
        self.result = restored_result(data, *files)
        if self.result is None:
            return
        self.area.blockSignals(True)
        self.area.addItems(self.result.areas)
        self.area.blockSignals(False)
        self.area.setVisible(True)
        chosen = data.get("area") if data.get("area") in self.result.areas else self.result.areas[0]
        self.area.setCurrentText(chosen)
        self.show_area(chosen)

    def map_growth(self, growth) -> None:
        """The areas of the chosen layer, coloured by the forecast's change against the week before."""
        from qgis.core import QgsFeature, QgsProject, QgsVectorLayer

        from ...core.models.demand.summary import area_key
        from ...core.spatial.classify import symmetric_breaks
        from ..layers import add_output, new_field, plain_value

        source, field = self.areas_layer.currentLayer(), self.area_field.currentField()
        if source is None or not field:
            return
        rows = {row.key: row for row in growth.itertuples(index=False)}
        crs = source.crs().authid() or source.crs().toWkt()
        layer = QgsVectorLayer(f"MultiPolygon?crs={crs}", self.tr("Forecast demand growth (%)"), "memory")
        names = ("area", "last_week_lps", "forecast_lps", "growth_pct")
        layer.dataProvider().addAttributes([new_field("area", "text")] + [new_field(n) for n in names[1:]])
        layer.updateFields()
        features = []
        for feature in source.getFeatures():
            row = rows.get(area_key(feature[field]))
            if row is None:
                continue
            copy = QgsFeature(layer.fields())
            copy.setGeometry(feature.geometry())
            copy.setAttributes([str(feature[field])] + [plain_value(getattr(row, n)) for n in names[1:]])
            features.append(copy)
        layer.dataProvider().addFeatures(features)
        self.growth_matched = len(features)
        if not features:
            self.page.status.setText(
                self.tr("No feature of {0} has a value of {1} naming a forecast area.").format(source.name(), field)
            )
            return
        minimum, breaks = symmetric_breaks(growth["growth_pct"])
        self.growth_layer = add_output(QgsProject.instance(), layer, "growth_pct", minimum, breaks)

    def show_area(self, area: str) -> None:
        from ..charts import demand_chart

        if self.result is None or not area or not self.page.require("charts", once=True):
            return
        if self.chart is not None:
            self.chart_area.removeWidget(self.chart)
            self.chart.deleteLater()
        table = self.result.forecast
        periods = self.result.anomalies[self.result.anomalies["area"].astype(str) == area]
        self.chart = demand_chart(
            self.result.history[area] if area in self.result.history else self.result.history.iloc[:, 0],
            table[table["area"].astype(str) == area],
            list(zip(periods["start"], periods["end"], strict=True)),
            self.tr("Demand of {0}").format(area),
            self,
        )
        self.chart_area.addWidget(self.chart)
        data = recall("demand")
        if data and data.get("area") != area and area in self.result.areas:
            remember("demand", {**data, "area": area})  # the project reopens on the area shown last


def restored_result(data: dict, intervals: Path, anomalies: Path):
    """A forecast as the chart needs it (``forecast``, ``history``, ``anomalies``, ``areas``), read back from its
    interval and anomaly files and the flows the project remembers; None when the files cannot be read."""
    from types import SimpleNamespace

    import pandas as pd

    try:
        table = pd.read_csv(intervals, dtype={"area": str}, parse_dates=["timestamp"])
        periods = pd.read_csv(anomalies, dtype={"area": str}, parse_dates=["start", "end"])
    except (OSError, ValueError, KeyError):
        return None
    history = {area: values for area, values in (data.get("history") or {}).items() if values}
    length = max((len(values) for values in history.values()), default=0)
    index = pd.date_range(data.get("history_start") or "2000-01-01", periods=length if history else 0, freq="h")
    columns = {area: values + [None] * (length - len(values)) for area, values in history.items()}
    frame = pd.DataFrame(columns, index=index, dtype=float)
    areas = list(dict.fromkeys(table["area"].astype(str)))
    return SimpleNamespace(forecast=table, history=frame, anomalies=periods, areas=areas) if areas else None
