"""The water-demand part of the Models page: forecast each area's hourly demand with intervals, flag anomalous
periods (leaks), and chart one area at a time."""

from pathlib import Path

from qgis.gui import QgsCollapsibleGroupBox, QgsFileWidget
from qgis.PyQt.QtCore import QDateTime
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..toolbelt.messages import show_success


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
        now = QDateTime.currentDateTime()
        self.origin.setDateTime(QDateTime(now.date(), now.time().addSecs(-now.time().second())))
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

    @property
    def buttons(self) -> tuple:
        return (self.forecast_button,)

    def run_demand(self) -> None:
        import pandas as pd

        from ..tasks.model_tasks import DemandTask

        inflow = self.inflow.filePath()
        if not inflow or not Path(inflow).is_file():
            self.page.status.setText(self.tr("Choose the file of hourly flows first."))
            return
        weather = self.weather.filePath()
        origin = pd.Timestamp(self.origin.dateTime().toString("yyyy-MM-dd HH:00"))
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
        show_success(self.page.iface, self.tr("Demand forecast for {0} areas.").format(len(result.areas)))

    def show_area(self, area: str) -> None:
        from ..charts import demand_chart

        if self.result is None or not area:
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
