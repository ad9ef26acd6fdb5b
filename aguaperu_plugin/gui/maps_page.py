"""The Maps page: choose a page template, the map's language, the layers, titles and an atlas coverage;
export to PDF (pages rendered in a task) or open the layout in the layout designer."""

from pathlib import Path

from qgis.core import QgsMapLayer, QgsMapLayerProxyModel, QgsProject, QgsVectorLayer, QgsWkbTypes
from qgis.gui import QgsFieldComboBox, QgsFileWidget, QgsMapLayerComboBox
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..groups import DATA_GROUP, MODELS_GROUP, SCENARIOS_GROUP
from ..toolbelt.messages import show_error, show_success
from ..toolbelt.settings import PluginSettings
from ..toolbelt.widgets import button_row
from .job_page import JobPage

BOUNDARIES = Path("boundaries") / "peru_limites_inei2017.gpkg"
LAYER_ROLE = Qt.UserRole
BOUNDARY_PROPERTY = "aguaperu/boundaries"  # set on the boundary layers the plugin adds


def _group_name(node) -> str:
    parent = node.parent()
    return parent.name() if parent is not None and parent.parent() is not None else ""


def is_boundary(layer: QgsMapLayer, group: str) -> bool:
    """Administrative boundaries: a polygon layer the plugin marked, or one of the data group (districts)."""
    if not isinstance(layer, QgsVectorLayer) or layer.geometryType() != QgsWkbTypes.PolygonGeometry:
        return False
    return bool(layer.customProperty(BOUNDARY_PROPERTY, False)) or group == DATA_GROUP


def default_ticked(nodes, added: dict[str, int]) -> set[str]:
    """The ids of the layers a print shows by default: the latest result (the last one added in this session,
    else the topmost of the results' groups) and the boundaries; without a result, the visible layers."""
    results = [node.layer() for node in nodes if _group_name(node) in (MODELS_GROUP, SCENARIOS_GROUP)]
    if not results:
        return {node.layer().id() for node in nodes if node.isVisible()}
    latest = max(results, key=lambda layer: (added.get(layer.id(), 0), -results.index(layer)))
    boundaries = {node.layer().id() for node in nodes if is_boundary(node.layer(), _group_name(node))}
    return {latest.id()} | boundaries


class MapsPage(JobPage):
    key = "maps"
    sections = ("maps",)
    icon_name = "maps"
    _layout = None  # the layout being printed, kept alive until the task ends

    def __init__(self, iface, parent: QWidget | None = None) -> None:
        super().__init__(iface, parent)
        folder = PluginSettings.load().data_folder
        self.data_dir: Path | None = Path(folder) if folder else None  # the Data page's folder (``use_data_folder``)
        self._build()
        self._chosen: dict[str, int] = {}  # layer id -> check state the user chose (else the default rule)
        self._added: dict[str, int] = {}  # layer id -> order of addition in this session (latest result)
        project = QgsProject.instance()
        root = project.layerTreeRoot()
        # the tree's own signals: a layer is listed once it is in the Layers panel (layersAdded comes before)
        signals = (root.addedChildren, root.removedChildren, project.layersRemoved)
        for signal in signals:
            signal.connect(self.refresh_layers)
        project.layersAdded.connect(self._note_added)
        self.destroyed.connect(lambda: self._disconnect(project, signals))
        self.refresh_layers()

    def _disconnect(self, project, signals) -> None:
        for signal, slot in [(signal, self.refresh_layers) for signal in signals] + [
            (project.layersAdded, self._note_added)
        ]:
            try:
                signal.disconnect(slot)
            except TypeError:
                pass

    def _note_added(self, layers) -> None:
        for layer in layers:
            self._added[layer.id()] = len(self._added) + 1

    # --- texts -----------------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Maps")

    def help_html(self) -> str:
        return self.tr(
            "<p><b>What it does:</b> exports printable maps and scenario reports to PDF from "
            "templates in A4 or A3, in Spanish or English, with legend, scale bar, north arrow, "
            "sources and model version.</p>"
            "<p><b>Inputs:</b> the layers to print and, for an atlas, a coverage layer such as "
            "departments or provinces: one page per feature, the map zoomed to it, with the feature's "
            "own numbers when a field to summarise is chosen.</p>"
            "<p>The layout can also be opened in the layout designer for hand edits.</p>"
        )

    def placeholder(self) -> str:
        return self.tr("Choose a template and the layers to print.")

    # --- widgets ---------------------------------------------------------------------------------
    def _build(self) -> None:
        from ..processing.export_map import template_names

        page = QGroupBox(self.tr("Page"), self)
        form = QFormLayout(page)
        self.template = QComboBox(page)
        self.template.setObjectName("aguaperu_map_template")
        for key, label in template_names():
            self.template.addItem(label, key)
        form.addRow(self.tr("Template"), self.template)
        self.language = QComboBox(page)
        self.language.setObjectName("aguaperu_map_language")
        self.language.addItem(self.tr("Spanish"), "es")
        self.language.addItem(self.tr("English"), "en")
        self.language.setCurrentIndex(self.language.findData(PluginSettings.load().map_language))
        form.addRow(self.tr("Language of the map"), self.language)
        self.map_title = QLineEdit(page)
        self.map_title.setObjectName("aguaperu_map_title")
        self.map_title.setPlaceholderText(self.tr("Map of Peru"))
        form.addRow(self.tr("Title"), self.map_title)
        self.subtitle = QLineEdit(page)
        form.addRow(self.tr("Subtitle"), self.subtitle)
        self.sources = QLineEdit(page)
        self.sources.setPlaceholderText(self.tr("e.g. INEI 2017 (boundaries), INEI 2018 (poverty map)"))
        form.addRow(self.tr("Sources"), self.sources)
        self.data_date = QLineEdit(page)
        form.addRow(self.tr("Data date"), self.data_date)
        self.body.addWidget(page)

        layers_box = QGroupBox(self.tr("Layers to print (top first)"), self)
        layers_layout = QVBoxLayout(layers_box)
        self.layer_list = QListWidget(layers_box)
        self.layer_list.setObjectName("aguaperu_map_layers")
        self.layer_list.setMinimumHeight(110)
        self.layer_list.itemChanged.connect(self._user_ticked)
        layers_layout.addWidget(self.layer_list)
        inset_form = QFormLayout()
        self.inset = QgsMapLayerComboBox(layers_box)
        self.inset.setObjectName("aguaperu_map_inset")
        self.inset.setFilters(QgsMapLayerProxyModel.PolygonLayer)
        self.inset.setAllowEmptyLayer(True, self.tr("No inset"))
        inset_form.addRow(self.tr("Inset map of Peru"), self.inset)
        layers_layout.addLayout(inset_form)
        self.body.addWidget(layers_box)

        atlas_box = QGroupBox(self.tr("Atlas: one page per feature"), self)
        atlas_form = QFormLayout(atlas_box)
        coverage_row = QHBoxLayout()
        self.coverage = QgsMapLayerComboBox(atlas_box)
        self.coverage.setObjectName("aguaperu_map_coverage")
        self.coverage.setFilters(QgsMapLayerProxyModel.PolygonLayer)
        self.coverage.setAllowEmptyLayer(True, self.tr("No atlas"))
        self.coverage.setLayer(None)
        coverage_row.addWidget(self.coverage, 1)
        self.departments_button = QPushButton(self.tr("Departments"), atlas_box)
        self.departments_button.setToolTip(self.tr("Add the departments of the data folder and use them"))
        self.departments_button.clicked.connect(lambda: self.use_boundaries("departamentos"))
        self.provinces_button = QPushButton(self.tr("Provinces"), atlas_box)
        self.provinces_button.setToolTip(self.tr("Add the provinces of the data folder and use them"))
        self.provinces_button.clicked.connect(lambda: self.use_boundaries("provincias"))
        coverage_row.addWidget(self.departments_button)
        coverage_row.addWidget(self.provinces_button)
        atlas_form.addRow(self.tr("Coverage layer"), coverage_row)
        self.name_field = QgsFieldComboBox(atlas_box)
        self.name_field.setObjectName("aguaperu_map_name_field")
        self.coverage.layerChanged.connect(self._coverage_changed)
        atlas_form.addRow(self.tr("Page name field"), self.name_field)
        self.value_field = QgsFieldComboBox(atlas_box)
        self.value_field.setObjectName("aguaperu_map_value_field")
        self.value_field.setAllowEmptyFieldName(True)
        self.value_field.setToolTip(
            self.tr("Count, mean and maximum of this field of the first printed layer, per page")
        )
        atlas_form.addRow(self.tr("Numbers on each page"), self.value_field)
        self.body.addWidget(atlas_box)

        output_form = QFormLayout()
        self.output = QgsFileWidget(self)
        self.output.setObjectName("aguaperu_map_output")
        self.output.setStorageMode(QgsFileWidget.SaveFile)
        self.output.setFilter(self.tr("PDF files (*.pdf)"))
        self._default_output = str(self.output_folder() / "mapa.pdf")  # follows the project's folder until edited
        self.output.setFilePath(self._default_output)
        output_form.addRow(self.tr("PDF file"), self.output)
        self.body.addLayout(output_form)

        buttons, (self.export_button, self.designer_button) = button_row(
            self,
            [
                (self.tr("Export PDF"), "aguaperu_map_export", self.export),
                (self.tr("Open in layout designer"), "aguaperu_map_designer", self.open_designer),
            ],
        )
        self.body.addLayout(buttons)

        self.add_progress_row()
        self.action_buttons = (self.export_button, self.designer_button)

    # --- layers ----------------------------------------------------------------------------------
    def refresh_layers(self, *_args) -> None:
        """List the project's layers in the Layers panel order. Ticked by default: the latest result (of the
        models' or scenarios' groups) and the boundaries under it, so that the default print is one readable
        map; without any result, the visible layers. A layer the user ticked or unticked keeps that choice."""
        nodes = [node for node in QgsProject.instance().layerTreeRoot().findLayers() if node.layer() is not None]
        ticked = default_ticked(nodes, self._added)
        self.layer_list.blockSignals(True)
        self.layer_list.clear()
        for node in nodes:
            layer = node.layer()
            item = QListWidgetItem(layer.name(), self.layer_list)
            item.setData(LAYER_ROLE, layer.id())
            item.setToolTip(layer.name())
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            default = Qt.Checked if layer.id() in ticked else Qt.Unchecked
            item.setCheckState(self._chosen.get(layer.id(), default))
        self.layer_list.blockSignals(False)
        if self.inset.currentLayer() is None:
            self.inset.setLayer(self._departments_layer())
        self._update_value_layer()

    def _user_ticked(self, item: QListWidgetItem) -> None:
        self._chosen[item.data(LAYER_ROLE)] = item.checkState()
        self._update_value_layer()

    def checked_layers(self) -> list[QgsMapLayer]:
        project = QgsProject.instance()
        layers = []
        for row in range(self.layer_list.count()):
            item = self.layer_list.item(row)
            layer = project.mapLayer(item.data(LAYER_ROLE))
            if item.checkState() == Qt.Checked and layer is not None:
                layers.append(layer)
        return layers

    def _departments_layer(self) -> QgsMapLayer | None:
        for layer in QgsProject.instance().mapLayers().values():
            if isinstance(layer, QgsVectorLayer) and "departament" in layer.name().lower():
                return layer
        return None

    def _update_value_layer(self) -> None:
        """The atlas's values come from the first ticked data layer: a result rather than the boundaries."""
        vectors = [layer for layer in self.checked_layers() if isinstance(layer, QgsVectorLayer)]
        data = [layer for layer in vectors if not layer.customProperty(BOUNDARY_PROPERTY, False)]
        self.value_field.setLayer((data or vectors or [None])[0])

    def _coverage_changed(self, layer) -> None:
        self.name_field.setLayer(layer)
        if layer is not None:
            names = layer.fields().names()
            # the most specific name: a province layer also holds its department's name
            preferred = next((name for name in ("distr", "prov", "dep", "name", "nombre") if name in names), None)
            if preferred:
                self.name_field.setField(preferred)

    def use_data_folder(self, folder: Path | None) -> None:
        """Called by the Data page when the user picks a folder: the boundaries come from there."""
        self.data_dir = Path(folder) if folder else None

    def use_boundaries(self, table: str) -> None:
        """Add ``table`` of the data folder's INEI boundaries to the project and make it the atlas coverage."""
        from ..layers import vector_layer
        from ..styling import apply_style

        path = self.data_dir / BOUNDARIES if self.data_dir else None
        if path is None or not path.exists():
            show_error(self.iface, self.tr("Choose a data folder with {0} first (Data page).").format(BOUNDARIES))
            return
        name = self.tr("Departments") if table == "departamentos" else self.tr("Provinces")
        layer = vector_layer(path, table, name)
        apply_style(layer, "districts")
        layer.setCustomProperty(BOUNDARY_PROPERTY, True)
        QgsProject.instance().addMapLayer(layer)
        self.coverage.setLayer(layer)

    # --- export ----------------------------------------------------------------------------------
    def build_layout(self):
        """The filled layout of the page's choices, or None after telling the user what is missing."""
        from ..printing.compose import AtlasSpec, MapSpec, aggregate_kpis, map_page
        from ..printing.texts import word

        layers = self.checked_layers()
        if not layers:
            self.status.setText(self.tr("Choose at least one layer to print."))
            return None
        language = self.language.currentData()
        spec = MapSpec(
            layers=layers,
            title=self.map_title.text().strip() or word(language, "default_title"),
            subtitle=self.subtitle.text().strip(),
            template=self.template.currentData(),
            language=language,
            sources=self.sources.text().strip(),
            data_date=self.data_date.text().strip(),
            inset_layer=self.inset.currentLayer(),
        )
        atlas = None
        coverage = self.coverage.currentLayer()
        if coverage is not None:
            atlas = AtlasSpec(coverage, self.name_field.currentField() or coverage.fields().names()[0])
            data, field = self.value_field.layer(), self.value_field.currentField()
            if data is not None and field:
                atlas.kpis = aggregate_kpis(data, field, coverage, language)
            if spec.inset_layer is None:
                spec.inset_layer = coverage
        return map_page(QgsProject.instance(), spec, atlas)

    def export(self) -> None:
        if not self.require("exportmap"):
            return
        from ..printing.export import PdfJob, layout_pages
        from ..tasks.print_task import PrintTask

        path = self.output.filePath().strip()
        if path == self._default_output:  # not chosen by the user: the project's results folder of now
            path = self._default_output = str(self.output_folder() / "mapa.pdf")
            self.output.setFilePath(path)
        if not path:
            self.status.setText(self.tr("Choose the PDF file to write."))
            return
        try:
            layout = self.build_layout()
        except Exception as error:  # a layer or template problem: say it, keep the page usable
            show_error(self.iface, self.tr("The map could not be prepared: {0}").format(error), details=str(error))
            return
        if layout is None:
            return
        self._layout = layout  # alive until the export ends
        job = PdfJob(layout_pages(layout), Path(path), layout.itemById("title").text())
        self.status.setText(self.tr("Printing {0} pages…").format(len(job.pages)))
        description = self.tr("AguaPerú: printing {0}").format(Path(path).name)
        self.run_task(PrintTask(description, job, self.printed, self.print_failed))

    def printed(self, path: Path, pages: int) -> None:
        self.run_task(None)
        self._layout = None
        self.status.setText(self.tr("{0}: {1} page(s) written.").format(path, pages))
        show_success(self.iface, self.tr("Map written to {0}.").format(path))

    def print_failed(self, error: BaseException) -> None:
        self._layout = None
        self.task_failed(error)

    def open_designer(self) -> None:
        from ..printing.designer import open_in_designer

        layout = self.build_layout()
        if layout is not None:
            open_in_designer(self.iface, layout, layout.itemById("title").text())
