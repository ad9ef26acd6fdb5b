"""The Data page: choose inputs (files, project layers, a data folder or the demo), validate them in the
background, read the report, add the valid layers, and build the district feature table."""

from pathlib import Path

from qgis.core import Qgis, QgsApplication, QgsProject
from qgis.gui import QgsFileWidget, QgsMapLayerComboBox
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..tasks.data_tasks import DemoTask, FeaturesTask, InputSpec, ValidateTask
from ..toolbelt.messages import show_error, show_success
from ..toolbelt.settings import PluginSettings
from ..toolbelt.widgets import button_row
from .job_page import JobPage
from .report_tree import ReportTree

# kind id → style key of the layer it becomes
LAYER_STYLES = {"districts": "districts", "water_points": "water_points", "raster": None}
FROM_FOLDER = Qt.UserRole + 1  # item data: the input was listed from the data folder


class DataPage(JobPage):
    key = "data"
    sections = ("data",)
    icon_name = "data"

    def __init__(self, iface, parent: QWidget | None = None) -> None:
        super().__init__(iface, parent)
        self.demo_dir: Path | None = None
        self._build()

    # --- texts -----------------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Data")

    def kind_names(self) -> dict:
        return {
            "": self.tr("Detect"),
            "water_points": self.tr("Water points"),
            "districts": self.tr("Districts"),
            "district_table": self.tr("District table"),
            "satellite_table": self.tr("Satellite table"),
            "raster": self.tr("Raster (GeoTIFF)"),
            "child_welfare": self.tr("Child welfare"),
        }

    # --- widgets ---------------------------------------------------------------------------------
    def _build(self) -> None:
        self.status.setText(self.tr("Choose your input files or layers, a data folder, or load the demo."))
        form = QFormLayout()
        self.data_folder = QgsFileWidget(self)
        self.data_folder.setObjectName("aguaperu_data_folder")
        self.data_folder.setStorageMode(QgsFileWidget.GetDirectory)
        self.data_folder.setToolTip(self.tr("A folder laid out like the shared data (boundaries/, socioeconomic/, …)"))
        form.addRow(self.tr("Data folder"), self.data_folder)
        self.body.addLayout(form)

        inputs_box = QGroupBox(self.tr("Inputs"), self)
        inputs = QVBoxLayout(inputs_box)
        self.inputs = QTableWidget(0, 2, inputs_box)
        self.inputs.setObjectName("aguaperu_inputs")
        self.inputs.setHorizontalHeaderLabels([self.tr("File or layer"), self.tr("Kind")])
        self.inputs.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.inputs.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeToContents)
        self.inputs.setTextElideMode(Qt.ElideMiddle)  # long file names keep their start and end; whole in the tooltip
        self.inputs.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.inputs.verticalHeader().setVisible(False)
        self.inputs.setMinimumHeight(90)
        inputs.addWidget(self.inputs)
        row = QHBoxLayout()
        self.add_files_button = QPushButton(self.tr("Add files…"), inputs_box)
        self.add_files_button.clicked.connect(self.choose_files)
        self.layer_combo = QgsMapLayerComboBox(inputs_box)
        self.layer_combo.setFilters(Qgis.LayerFilters(Qgis.LayerFilter.VectorLayer | Qgis.LayerFilter.RasterLayer))
        self.add_layer_button = QPushButton(self.tr("Add layer"), inputs_box)
        self.add_layer_button.clicked.connect(self.add_current_layer)
        self.remove_button = QPushButton(self.tr("Remove"), inputs_box)
        self.remove_button.clicked.connect(self.remove_selected)
        # two rows, so that the dock's default width holds them: a project layer; files, and removing
        row.addWidget(self.layer_combo, 1)
        row.addWidget(self.add_layer_button)
        inputs.addLayout(row)
        files_row = QHBoxLayout()
        files_row.addWidget(self.add_files_button)
        files_row.addWidget(self.remove_button)
        inputs.addLayout(files_row)
        self.body.addWidget(inputs_box)
        # the folder's inputs are listed as soon as it is chosen (the configured one too)
        self.data_folder.fileChanged.connect(lambda folder: self.use_data_folder(Path(folder) if folder else None))
        self.data_folder.setFilePath(PluginSettings.load().data_folder)

        actions, (self.validate_button, self.demo_button) = button_row(
            self,
            [
                (self.tr("Validate and add layers"), "aguaperu_validate", self.validate),
                (self.tr("Load demo"), "aguaperu_load_demo", self.load_demo),
            ],
        )
        self.body.addLayout(actions)

        features_box = QGroupBox(self.tr("District feature table"), self)
        features = QFormLayout(features_box)
        self.features_output = QgsFileWidget(features_box)
        self.features_output.setObjectName("aguaperu_features_output")
        self.features_output.setStorageMode(QgsFileWidget.SaveFile)
        self.features_output.setFilter(self.tr("GeoPackage (*.gpkg)"))
        features.addRow(self.tr("Output"), self.features_output)
        self.features_button = QPushButton(self.tr("Build district features"), features_box)
        self.features_button.setObjectName("aguaperu_build_features")
        self.features_button.clicked.connect(self.build_features)
        features.addRow(self.features_button)
        self.body.addWidget(features_box)

        self.add_progress_row()

        self.report_label = QLabel(self.tr("Validation report"), self)
        self.report_tree = ReportTree(self)
        self.report_tree.setMinimumHeight(160)
        # while a task runs, the list of inputs cannot change either (its results are paired with it)
        self.action_buttons = (
            self.validate_button,
            self.demo_button,
            self.features_button,
            self.inputs,
            self.add_files_button,
            self.layer_combo,
            self.add_layer_button,
            self.remove_button,
        )
        self.body.addWidget(self.report_label)
        self.body.addWidget(self.report_tree)

    # --- inputs ----------------------------------------------------------------------------------
    def add_input(self, spec: InputSpec, row: int | None = None, from_folder: bool = False) -> None:
        """A row for ``spec`` (at ``row``, else last); ``from_folder``: listed from the data folder, replaced
        when another folder is chosen."""
        row = self.inputs.rowCount() if row is None else row
        self.inputs.insertRow(row)
        item = QTableWidgetItem(spec.display_name or spec.path.name)
        item.setToolTip(str(spec.path))
        item.setData(Qt.UserRole, spec)
        item.setData(FROM_FOLDER, from_folder)
        self.inputs.setItem(row, 0, item)
        kinds = QComboBox(self.inputs)
        for kind, name in self.kind_names().items():
            kinds.addItem(name, kind)
        kinds.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        kinds.currentTextChanged.connect(kinds.setToolTip)
        kinds.setCurrentIndex(max(kinds.findData(spec.kind or ""), 0))
        kinds.setToolTip(kinds.currentText())
        self.inputs.setCellWidget(row, 1, kinds)

    def set_kind(self, row: int, kind: str | None) -> None:
        """Show ``kind`` (an id of ``kind_names``) in the *Kind* column of ``row``; unknown kinds are left."""
        kinds = self.inputs.cellWidget(row, 1)
        index = kinds.findData(kind or "")
        if kind and index >= 0:
            kinds.setCurrentIndex(index)

    def use_data_folder(self, folder: Path | None) -> None:
        """List every input of ``folder`` (``core.io.datafolder.folder_inputs``: found by name, nothing read) in
        place of the inputs of the folder listed before; inputs the user added stay."""
        from ...core.io.datafolder import folder_inputs

        for row in reversed(range(self.inputs.rowCount())):
            if self.inputs.item(row, 0).data(FROM_FOLDER):
                self.inputs.removeRow(row)
        found = folder_inputs(folder)
        for row, item in enumerate(found):
            self.add_input(InputSpec(item.path, item.kind, item.layer), row, from_folder=True)
        if found:
            self.status.setText(
                self.tr("{0} inputs found in the data folder; validate them to add their layers.").format(len(found))
            )

    def input_specs(self) -> list[InputSpec]:
        specs = []
        for row in range(self.inputs.rowCount()):
            spec = self.inputs.item(row, 0).data(Qt.UserRole)
            kind = self.inputs.cellWidget(row, 1).currentData() or None
            specs.append(InputSpec(spec.path, kind, spec.layer, spec.display_name))
        return specs

    def choose_files(self) -> None:
        files = self.tr("Data (*.csv *.csv.gz *.tsv *.txt *.xlsx *.xls *.gpkg *.shp *.geojson *.json *.tif *.tiff)")
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Add input files"), "", files)
        for path in paths:
            self.add_input(InputSpec(Path(path)))

    def add_current_layer(self) -> None:
        from ..layers import layer_file

        layer = self.layer_combo.currentLayer()
        if layer is None:
            return
        found = layer_file(layer)
        if found is None:
            show_error(
                self.iface,
                self.tr("The layer {0} is not stored in a file; save it as a GeoPackage first.").format(layer.name()),
            )
            return
        path, sublayer = found
        kind = "raster" if layer.type() == layer.RasterLayer else None
        self.add_input(InputSpec(path, kind, sublayer, layer.name()))

    def remove_selected(self) -> None:
        for row in sorted({index.row() for index in self.inputs.selectedIndexes()}, reverse=True):
            self.inputs.removeRow(row)

    def data_dir(self) -> Path | None:
        folder = self.data_folder.filePath()
        return Path(folder) if folder and Path(folder).is_dir() else None

    # --- tasks -----------------------------------------------------------------------------------

    def _failed(self, error: BaseException) -> None:
        report = getattr(error, "details", {}).get("report")
        if report is not None:
            self.report_tree.show_report(report)
        self.task_failed(error)

    def validate(self) -> None:
        specs = self.input_specs()
        rasters = ("rasters",) if any(str(s.path).lower().endswith((".tif", ".tiff")) for s in specs) else ()
        if not self.require("validate", rasters):
            return
        if not specs:
            self.status.setText(self.tr("Add at least one input first."))
            return
        task = ValidateTask(
            specs,
            self.data_dir(),
            self.output_folder(),
            on_done=lambda result: self._validated(result, specs),
            on_error=self._failed,
        )
        self.run_task(task)

    def _validated(self, result, specs: list[InputSpec]) -> None:
        """The task's results, one per input of ``specs``: the inputs as they were when it started."""
        self.run_task(None)
        report = result.report
        self.report_tree.show_report(report)
        if [spec.path for spec in self.input_specs()] == [spec.path for spec in specs]:  # the rows read: their kinds
            for row, loaded in enumerate(result.loaded):
                self.set_kind(row, loaded.kind)
        added = self.add_valid_layers(result, specs)
        self.status.setText(
            self.tr("{0} errors, {1} warnings, {2} notes; {3} layers added.").format(
                len(report.errors), len(report.warnings), len(report.notes), added
            )
        )

    def add_valid_layers(self, result, specs: list[InputSpec]) -> int:
        """Valid districts, water points and rasters go to the "AguaPerú – Datos" group, styled; ``result``
        holds one loaded input for each of ``specs`` (the inputs the task read), in order."""
        from ..layers import add_to_group, raster_layer, vector_layer

        project = QgsProject.instance()
        added = 0
        for spec, loaded in zip(specs, result.loaded, strict=True):
            if not loaded.ok or loaded.kind not in LAYER_STYLES:
                continue
            name = spec.display_name or spec.path.name.split(".")[0]
            if loaded.kind == "raster":
                layer, style = raster_layer(spec.path, name), spec.path.stem
            elif "layer_file" in loaded.attrs:  # points read from a table, exported to a GeoPackage
                layer, style = vector_layer(loaded.attrs["layer_file"], "water_points", name), "water_points"
            else:
                layer, style = vector_layer(spec.path, spec.layer, name), LAYER_STYLES[loaded.kind]
            add_to_group(project, layer, style)
            added += 1
        return added

    def build_features(self) -> None:
        if not self.require("features"):
            return
        from ...core.features.district_features import FeatureRequest

        data_dir = self.data_dir()
        specs = self.input_specs()
        districts = next((s.path for s in specs if s.kind == "districts"), None)
        if data_dir is None and districts is None:
            self.status.setText(self.tr("Choose a data folder or add a district layer first."))
            return
        request = FeatureRequest(
            data_dir=data_dir,
            districts=districts,
            tables=[s.path for s in specs if s.kind == "district_table"],
            rasters=[s.path for s in specs if s.kind == "raster"],
            water_points=next((s.path for s in specs if s.kind == "water_points"), None),
            child_welfare=next((s.path for s in specs if s.kind == "child_welfare"), None),
            min_cell=PluginSettings.load().min_cell_children,
        )
        target = self.features_output.filePath() or str(self.output_folder() / "aguaperu_distritos.gpkg")
        self.features_output.setFilePath(target)
        self.run_task(FeaturesTask(request, Path(target), on_done=self._features_built, on_error=self._failed))

    def _features_built(self, result) -> None:
        from ..layers import add_to_group, vector_layer

        self.run_task(None)
        target, report, count = result
        self.report_tree.show_report(report)
        add_to_group(
            QgsProject.instance(),
            vector_layer(target, "district_features", self.tr("District features")),
            "district_features",
            output_id=f"features|{Path(target).name}",  # a re-run replaces its layer
        )
        show_success(self.iface, self.tr("District feature table written: {0} districts in {1}.").format(count, target))

    def load_demo(self) -> None:
        if not self.require("demo"):
            return
        folder = Path(QgsApplication.qgisSettingsDirPath()) / "aguaperu" / "demo"
        self.run_task(DemoTask(folder, on_done=self._demo_ready, on_error=self._failed))

    def _demo_ready(self, folder) -> None:
        from ..demo import demo_inputs

        self.run_task(None)
        self.demo_dir = Path(folder)
        self.data_folder.setFilePath(str(folder))
        self.inputs.setRowCount(0)
        for spec in demo_inputs(Path(folder)):
            self.add_input(spec)
        self.features_output.setFilePath(str(Path(folder).parent / "aguaperu_demo_distritos.gpkg"))
        self.validate()

    def help_html(self) -> str:
        return self.tr(
            "<p><b>What it does:</b> loads and checks the inputs every model and map uses, "
            "and joins them into one table per district.</p>"
            "<p><b>Inputs:</b> water points (GeoPackage, Shapefile, GeoJSON, or CSV/XLSX with "
            "latitude and longitude; SIASAR exports are recognised), a district layer with UBIGEO, "
            "district tables keyed by UBIGEO (census, poverty, HDI), satellite GeoTIFFs, and "
            "child-welfare indicators.</p>"
            "<p>Every problem found is listed with the file, the column, example rows and how to fix "
            "it. Your files are never modified.</p>"
        )
