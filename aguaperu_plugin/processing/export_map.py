"""Processing: print layers on a page template (A4/A3, portrait/landscape, Spanish/English) to PDF,
optionally as an atlas with one page per feature of a coverage layer."""

from pathlib import Path

from qgis.core import (
    Qgis,
    QgsMapLayer,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
    QgsProject,
    QgsProviderRegistry,
    QgsVectorLayer,
)

from ..toolbelt.i18n import QT_TR_NOOP, tr
from .base import AguaPeruAlgorithm
from .feedback import progress_of

MODELS = ("poverty", "water_risk", "child_risk")


def display_name(layer: QgsMapLayer) -> str:
    """The layer's name, or its GeoPackage table name when Processing named it after the file."""
    parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
    path, table = parts.get("path", ""), parts.get("layerName", "")
    if table and path and layer.name() == Path(path).stem:
        return table
    return layer.name()


def template_names() -> list[tuple[str, str]]:
    """(template id, translated label) of every page template."""
    return [
        ("a4_landscape", tr("A4 landscape")),
        ("a4_portrait", tr("A4 portrait")),
        ("a3_landscape", tr("A3 landscape")),
        ("a3_portrait", tr("A3 portrait")),
    ]


class ExportMapAlgorithm(AguaPeruAlgorithm):
    group_id = "maps"
    algorithm_id = "exportmap"
    title = QT_TR_NOOP("Export map to PDF")

    def flags(self):
        # layouts and projects belong to the main thread (QGIS's own layout algorithms do the same)
        return super().flags() | QgsProcessingAlgorithm.FlagNoThreading

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(
            QgsProcessingParameterMultipleLayers("LAYERS", tr("Layers to print"), QgsProcessing.TypeMapLayer)
        )
        self.addParameter(QgsProcessingParameterString("TITLE", tr("Title"), defaultValue=tr("Map of Peru")))
        self.addParameter(QgsProcessingParameterString("SUBTITLE", tr("Subtitle"), optional=True))
        self.addParameter(QgsProcessingParameterString("SOURCE", tr("Source note"), optional=True))
        self.addParameter(QgsProcessingParameterString("DATA_DATE", tr("Data date"), optional=True))
        self.addParameter(
            QgsProcessingParameterEnum(
                "TEMPLATE", tr("Page template"), [label for _key, label in template_names()], defaultValue=0
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                "LANGUAGE", tr("Language of the map"), [tr("Spanish"), tr("English")], defaultValue=0
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                "MODELS",
                tr("Models whose version is noted"),
                list(MODELS),
                allowMultiple=True,
                optional=True,
                defaultValue=[],
            )
        )
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                "INSET", tr("Layer of the inset map (e.g. departments)"), [QgsProcessing.TypeVectorPolygon], None, True
            )
        )
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                "COVERAGE",
                tr("Atlas coverage layer (one page per feature)"),
                [QgsProcessing.TypeVectorPolygon],
                None,
                True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                "NAME_FIELD", tr("Atlas page name field"), parentLayerParameterName="COVERAGE", optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                "VALUE_FIELD",
                tr("Field summarised on each atlas page (from the first printed layer having it)"),
                optional=True,
            )
        )
        self.addParameter(QgsProcessingParameterFileDestination("OUTPUT", tr("PDF file"), tr("PDF files (*.pdf)")))

    def _clone(self, layer: QgsMapLayer, project: QgsProject) -> QgsMapLayer:
        from ..styling import apply_style

        clone = layer.clone()
        clone.setName(display_name(layer))
        if QgsProject.instance().mapLayer(layer.id()) is None:  # loaded from a file: no style of its own
            styled = apply_style(clone, clone.name())
            if not styled and isinstance(clone, QgsVectorLayer) and clone.geometryType() == Qgis.GeometryType.Polygon:
                apply_style(clone, "districts")  # boundaries: outlines, not a random fill over the data
        project.addMapLayer(clone)
        return clone

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from ...core.errors import CancelledError

        layers = self.parameterAsLayerList(parameters, "LAYERS", context)
        if not layers:
            raise QgsProcessingException(tr("Choose at least one layer to print."))
        output = Path(self.parameterAsFileOutput(parameters, "OUTPUT", context))
        # the layout and its private project stay inside _print: an exception carrying them in its traceback
        # would keep Python-owned layers alive until QGIS has exited
        try:
            pages = self._print(parameters, context, feedback, layers, output)
        except CancelledError:
            message = tr("Cancelled; nothing was written.")
        except (OSError, QgsProcessingException) as error:
            message = str(error)
        else:
            return {"OUTPUT": str(output), "PAGES": pages}
        raise QgsProcessingException(message)

    def _print(self, parameters, context, feedback, layers: list[QgsMapLayer], output: Path) -> int:
        """Fill the template with the parameters' layers and write the PDF; return the number of pages."""
        from ..printing.compose import AtlasSpec, MapSpec, aggregate_kpis, map_page
        from ..printing.export import export_pdf

        language = ("es", "en")[self.parameterAsEnum(parameters, "LANGUAGE", context)]
        project = QgsProject()
        printed = [self._clone(layer, project) for layer in layers]
        inset = self.parameterAsVectorLayer(parameters, "INSET", context)
        coverage = self.parameterAsVectorLayer(parameters, "COVERAGE", context)
        spec = MapSpec(
            layers=printed,
            title=self.parameterAsString(parameters, "TITLE", context),
            subtitle=self.parameterAsString(parameters, "SUBTITLE", context),
            template=template_names()[self.parameterAsEnum(parameters, "TEMPLATE", context)][0],
            language=language,
            sources=self.parameterAsString(parameters, "SOURCE", context),
            data_date=self.parameterAsString(parameters, "DATA_DATE", context),
            models=[MODELS[index] for index in self.parameterAsEnums(parameters, "MODELS", context)],
            inset_layer=self._clone(inset, project) if inset else None,
        )
        atlas = None
        if coverage is not None:
            same = [clone for clone, layer in zip(printed, layers, strict=True) if layer.source() == coverage.source()]
            coverage_clone = same[0] if same else self._clone(coverage, project)
            name_field = self.parameterAsString(parameters, "NAME_FIELD", context) or coverage.fields().names()[0]
            atlas = AtlasSpec(coverage_clone, name_field)
            value_field = self.parameterAsString(parameters, "VALUE_FIELD", context)
            if value_field:
                data = [p for p in printed if isinstance(p, QgsVectorLayer) and value_field in p.fields().names()]
                if not data:
                    raise QgsProcessingException(tr("No printed layer has the field {0}.", value_field))
                atlas.kpis = aggregate_kpis(data[0], value_field, coverage_clone, language)
            if spec.inset_layer is None:
                spec.inset_layer = coverage_clone
        layout = map_page(project, spec, atlas)
        export_pdf(layout, output, progress_of(feedback), feedback.isCanceled, spec.title)
        return layout.atlas().count() if atlas else 1

    help_text = QT_TR_NOOP(
        "Prints the chosen layers on a page template (A4 or A3, portrait or landscape) with title, legend "
        "of the printed layers, scale bar, north arrow, an inset locating the map in Peru, sources, data "
        "date and model note, in Spanish or English, and writes it to a PDF file. With a coverage layer, "
        "prints an atlas: one page per feature, the map zoomed to it, with the feature's own numbers."
    )
