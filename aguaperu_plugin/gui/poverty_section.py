"""The poverty part of the Models page: predict district poverty with intervals, map significant hotspots of
any numeric district field, and retrain the model on the user's own table (the bundled model is never
overwritten: a retrained model lives in its own folder with its own card)."""

from datetime import datetime
from pathlib import Path

from qgis.core import QgsFieldProxyModel, QgsMapLayerProxyModel, QgsProject
from qgis.gui import QgsCollapsibleGroupBox, QgsFieldComboBox, QgsFileWidget, QgsMapLayerComboBox
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..describe import field_alias
from ..project_runs import recall, remember, rounded
from ..toolbelt.i18n import number
from ..toolbelt.messages import show_success

MODELS_FOLDER = "aguaperu_modelos"  # retrained models, inside the output folder
POVERTY_RUN, HOTSPOTS_RUN = "poverty", "hotspots"  # what the project remembers of the last runs (project_runs)
IMPORTANCE_SHOWN = 10


def poverty_chart_data(result) -> dict:
    """What the poverty charts are drawn from (JSON-serialisable): the held-out districts' observed and predicted
    values with their intervals, and the most important features of the model's card."""
    importance = result.card.get("evaluation", {}).get("bundled", {}).get("permutation_importance", [])
    top = sorted(importance, key=lambda row: -row["r2_drop_mean"])[:IMPORTANCE_SHOWN]
    return {
        **{name: rounded(getattr(result, name)) for name in ("observed", "predicted", "low", "high")},
        "features": [row["feature"].removeprefix("indice_").replace("_", " ") for row in top],
        "importance": rounded(row["r2_drop_mean"] for row in top),
    }


class PovertySection(QgsCollapsibleGroupBox):
    """Widgets and results of the poverty model; ``page`` (the Models page) runs the tasks."""

    def __init__(self, page, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("District poverty"))
        self.setObjectName("aguaperu_poverty_box")
        self.page = page
        self.charts: list[QWidget] = []
        self.poverty_layer = None
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Monetary poverty rate (%) of every district with a 90 % interval, learnt from INEI's 2018 "
                    "poverty map and district socioeconomic and satellite features; hotspots of poverty or of "
                    "any numeric district field."
                ),
                self,
                wordWrap=True,
            )
        )
        form = QFormLayout()
        self.model_combo = QComboBox(self)
        self.model_combo.setObjectName("aguaperu_poverty_model")
        form.addRow(self.tr("Model"), self.model_combo)
        layout.addLayout(form)
        self.predict_button = QPushButton(self.tr("Predict district poverty"), self)
        self.predict_button.setObjectName("aguaperu_run_poverty")
        self.predict_button.clicked.connect(self.run_poverty)
        layout.addWidget(self.predict_button)
        self.summary = QLabel("", self, wordWrap=True)
        self.summary.setObjectName("aguaperu_poverty_summary")
        layout.addWidget(self.summary)
        self.chart_area = QVBoxLayout()
        layout.addLayout(self.chart_area)

        layout.addWidget(self._hotspots_box())
        layout.addWidget(self._retrain_box())
        self.refresh_models()

    # --- widgets ------------------------------------------------------------------------------------
    def _hotspots_box(self) -> QWidget:
        box = QgsCollapsibleGroupBox(self.tr("Hotspots (Getis-Ord Gi*, local Moran)"), self)
        box.setObjectName("aguaperu_hotspots_box")
        form = QFormLayout(box)
        self.hotspot_layer = QgsMapLayerComboBox(box)
        self.hotspot_layer.setObjectName("aguaperu_hotspot_layer")
        self.hotspot_layer.setFilters(QgsMapLayerProxyModel.PolygonLayer)
        self.hotspot_field = QgsFieldComboBox(box)
        self.hotspot_field.setObjectName("aguaperu_hotspot_field")
        self.hotspot_field.setFilters(QgsFieldProxyModel.Numeric)
        self.hotspot_layer.layerChanged.connect(self.hotspot_field.setLayer)
        self.hotspot_field.setLayer(self.hotspot_layer.currentLayer())
        self.permutations = QSpinBox(box)
        self.permutations.setObjectName("aguaperu_hotspot_permutations")
        self.permutations.setRange(99, 99999)
        self.permutations.setValue(999)
        self.permutations.setToolTip(self.tr("Random permutations for the pseudo p-values (999 by default)."))
        self.hotspots_button = QPushButton(self.tr("Find hotspots"), box)
        self.hotspots_button.setObjectName("aguaperu_run_hotspots")
        self.hotspots_button.clicked.connect(self.run_hotspots)
        self.hotspot_summary = QLabel("", box, wordWrap=True)
        self.hotspot_summary.setObjectName("aguaperu_hotspot_summary")
        form.addRow(self.tr("Districts layer"), self.hotspot_layer)
        form.addRow(self.tr("Field"), self.hotspot_field)
        form.addRow(self.tr("Permutations"), self.permutations)
        form.addRow(self.hotspots_button)
        form.addRow(self.hotspot_summary)
        return box

    def _retrain_box(self) -> QWidget:
        box = QgsCollapsibleGroupBox(self.tr("Retrain on my data"), self)
        box.setObjectName("aguaperu_retrain_box")
        box.setCollapsed(True)
        form = QFormLayout(box)
        form.addRow(
            QLabel(
                self.tr(
                    "A table with a UBIGEO column and the value to learn (e.g. a newer poverty survey); GeoTIFFs "
                    "(night lights, NDVI, population) add their district zonal statistics as features. The new "
                    "model gets its own folder and card; the bundled model is kept."
                ),
                box,
                wordWrap=True,
            )
        )
        self.target_table = QgsFileWidget(box)
        self.target_table.setObjectName("aguaperu_retrain_table")
        self.target_table.setFilter(self.tr("Tables (*.csv *.CSV)"))
        self.target_table.fileChanged.connect(self._fill_columns)
        self.target_column = QComboBox(box)
        self.target_column.setObjectName("aguaperu_retrain_column")
        self.rasters = QgsFileWidget(box)
        self.rasters.setObjectName("aguaperu_retrain_rasters")
        self.rasters.setStorageMode(QgsFileWidget.GetMultipleFiles)
        self.rasters.setFilter(self.tr("GeoTIFF (*.tif *.tiff)"))
        self.retrain_button = QPushButton(self.tr("Retrain the poverty model"), box)
        self.retrain_button.setObjectName("aguaperu_run_retrain")
        self.retrain_button.clicked.connect(self.run_retrain)
        form.addRow(self.tr("Target table"), self.target_table)
        form.addRow(self.tr("Target column"), self.target_column)
        form.addRow(self.tr("Rasters (optional)"), self.rasters)
        form.addRow(self.retrain_button)
        return box

    @property
    def buttons(self) -> tuple:
        return self.predict_button, self.hotspots_button, self.retrain_button

    def _fill_columns(self, path: str) -> None:
        import csv

        self.target_column.clear()
        try:
            with open(path, newline="", encoding="utf-8-sig") as handle:
                header = next(csv.reader(handle), [])
        except (OSError, UnicodeDecodeError, csv.Error):
            return
        self.target_column.addItems([name for name in header if name.strip().lower() != "ubigeo"])

    def models_root(self) -> Path:
        return self.page.output_folder() / MODELS_FOLDER

    def refresh_models(self, select: Path | None = None) -> None:
        """The bundled model, then every retrained model found in the output folder."""
        self.model_combo.clear()
        self.model_combo.addItem(self.tr("Bundled (INEI poverty map 2018)"), None)
        root = self.models_root()
        folders = sorted(root.glob("*/model_card.json")) if root.is_dir() else []
        for card in folders:
            self.model_combo.addItem(card.parent.name, str(card.parent))
        if select is not None:
            self.model_combo.setCurrentIndex(max(0, self.model_combo.findData(str(select))))

    # --- prediction -----------------------------------------------------------------------------------
    def run_poverty(self) -> None:
        if not self.page.require("poverty"):
            return
        from ..tasks.model_tasks import PovertyTask

        folder = self.page.checked_data_folder()
        if folder is None:
            return
        model = self.model_combo.currentData()
        task = PovertyTask(
            folder,
            self.page.output_folder(),
            Path(model) if model else None,
            on_done=self._poverty_done,
            on_error=self.page.task_failed,
        )
        self.page.run_task(task)

    def _poverty_done(self, result) -> None:
        from ..layers import add_output, vector_layer

        self.page.run_task(None)
        project = QgsProject.instance()
        width = vector_layer(result.path, "poverty", self.tr("Poverty: width of the 90 % interval (points)"))
        width = add_output(project, width, "interval_width", result.width_minimum, result.width_breaks)
        poverty = vector_layer(result.path, "poverty", self.tr("Poverty (predicted, %)"))
        poverty = add_output(project, poverty, "poverty_pct", result.minimum, result.breaks)
        project.layerTreeRoot().findLayer(width.id()).setItemVisibilityChecked(False)
        self.poverty_layer = poverty
        self.hotspot_layer.setLayer(poverty)
        self.hotspot_field.setField("poverty_pct")
        metrics = result.card.get("evaluation", {}).get("bundled", {})
        self.summary.setText(
            self.tr(
                "{0} districts. On departments it has not seen the model scores R² {1}, mean absolute error "
                "{2} points; the 90 % intervals cover {3} % of districts."
            ).format(
                number(result.districts, 0),
                number(metrics.get("r2"), 2),
                number(metrics.get("mae"), 1),
                number(100 * float(metrics.get("coverage90", float("nan"))), 0),
            )
        )
        charts = poverty_chart_data(result)
        self.show_charts(charts)
        remember(POVERTY_RUN, {"summary": self.summary.text(), "charts": charts})
        show_success(self.page.iface, self.tr("Poverty predicted for {0} districts.").format(result.districts))

    def show_charts(self, data: dict | None) -> None:
        """The held-out and importance charts from ``poverty_chart_data`` (none with None)."""
        for chart in self.charts:
            self.chart_area.removeWidget(chart)
            chart.deleteLater()
        self.charts = []
        if not data or not self.page.require("charts", once=True):
            return
        from ..charts import importance_chart, observed_predicted_chart

        def numbers(name: str) -> list:
            return [float("nan") if value is None else value for value in data[name]]

        self.charts = [
            observed_predicted_chart(
                numbers("observed"),
                numbers("predicted"),
                numbers("low"),
                numbers("high"),
                self.tr("Poverty, departments held out"),
                self,
            ),
            importance_chart(
                data["features"],
                numbers("importance"),
                self,
                self.tr("Permutation importance (R² drop)"),
                self.tr("Drop of R²"),
            ),
        ]
        for chart in self.charts:
            self.chart_area.addWidget(chart)

    # --- hotspots -------------------------------------------------------------------------------------
    def run_hotspots(self) -> None:
        if not self.page.require("hotspots"):
            return
        from ..layers import layer_file, layer_geometries
        from ..tasks.model_tasks import HotspotsTask

        layer, column = self.hotspot_layer.currentLayer(), self.hotspot_field.currentField()
        if layer is None or not column:
            self.page.status.setText(self.tr("Choose a polygon layer and a numeric field first."))
            return
        source = layer_file(layer) or layer_geometries(layer, (column,))  # a memory layer: read here
        task = HotspotsTask(
            source,
            column,
            self.permutations.value(),
            self.page.output_folder(),
            on_done=self._hotspots_done,
            on_error=self.page.task_failed,
        )
        self.page.run_task(task)

    def _hotspots_done(self, result) -> None:
        from ..layers import add_output, vector_layer

        self.page.run_task(None)
        field = field_alias(result.column)  # "pobreza (%)", not poverty_pct
        layer = vector_layer(result.path, "hotspots", self.tr("Hotspots of {0} (Gi*)").format(field))
        add_output(QgsProject.instance(), layer, "hotspots")  # Gi* classes; the local Moran clusters as a 2nd style
        counts = result.summary.get("gi_counts", {})
        self.hotspot_summary.setText(
            self.tr(
                "{0}: {1} hot and {2} cold districts (90 % or more, false discovery rate controlled); "
                "global Moran's I {3}."
            ).format(
                field,
                sum(n for name, n in counts.items() if name.startswith("hot")),
                sum(n for name, n in counts.items() if name.startswith("cold")),
                number(result.summary.get("moran_i"), 2),
            )
        )
        remember(HOTSPOTS_RUN, {"summary": self.hotspot_summary.text()})
        show_success(self.page.iface, self.tr("Hotspots of {0} mapped.").format(field))

    def restore_run(self) -> None:
        """Show what the project remembers of the last prediction and hotspots (nothing when it has none)."""
        data = recall(POVERTY_RUN) or {}
        self.summary.setText(data.get("summary", ""))
        self.show_charts(data.get("charts"))
        self.hotspot_summary.setText((recall(HOTSPOTS_RUN) or {}).get("summary", ""))

    # --- retraining -----------------------------------------------------------------------------------
    def run_retrain(self) -> None:
        if not self.page.require("povertyretrain", ("rasters",) if self.rasters.filePath() else ()):
            return  # checked before the long training starts
        from ..tasks.model_tasks import PovertyRetrainTask

        folder = self.page.checked_data_folder()
        table, column = self.target_table.filePath(), self.target_column.currentText()
        if folder is None:
            return
        if not table or not Path(table).is_file() or not column:
            self.page.status.setText(self.tr("Choose a target table and its column first."))
            return
        rasters = [p for p in QgsFileWidget.splitFilePaths(self.rasters.filePath()) if p]
        name = f"pobreza_{Path(table).stem}_{datetime.now():%Y%m%d_%H%M%S}"
        task = PovertyRetrainTask(
            folder,
            Path(table),
            column,
            rasters,
            self.models_root() / name,
            on_done=self._retrain_done,
            on_error=self.page.task_failed,
        )
        self.page.run_task(task)

    def _retrain_done(self, card: dict) -> None:
        self.page.run_task(None)
        folder = Path(card["folder"])
        self.refresh_models(select=folder)
        metrics = card.get("evaluation", {}).get("bundled", {})
        self.summary.setText(
            self.tr(
                "New model {0}: R² {1} and mean absolute error {2} on departments held out; choose it "
                "above and predict."
            ).format(folder.name, number(metrics.get("r2"), 2), number(metrics.get("mae"), 1))
        )
        show_success(self.page.iface, self.tr("Poverty model retrained: {0}.").format(folder.name))
