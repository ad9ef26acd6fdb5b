"""Processing: export a map of one or more layers to a PDF page."""

from pathlib import Path

from qgis.core import (
    QgsMapLayer,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterString,
    QgsProject,
    QgsProviderRegistry,
)

from ..layout import export_pdf, map_layout
from ..styling import apply_style
from ..toolbelt.i18n import tr
from .base import AguaPeruAlgorithm


def display_name(layer: QgsMapLayer) -> str:
    """The layer's name, or its GeoPackage table name when Processing named it after the file."""
    parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
    path, table = parts.get("path", ""), parts.get("layerName", "")
    if table and path and layer.name() == Path(path).stem:
        return table
    return layer.name()


class ExportMapAlgorithm(AguaPeruAlgorithm):
    group_id = "maps"

    def name(self) -> str:
        return "exportmap"

    def displayName(self) -> str:  # noqa: N802
        return tr("Export map to PDF")

    def shortHelpString(self) -> str:  # noqa: N802
        return tr(
            "Prints the chosen layers on an A4 landscape page with title, legend, scale bar, north arrow "
            "and source note, and writes it to a PDF file."
        )

    def flags(self):
        # layouts and projects belong to the main thread
        return super().flags() | QgsProcessingAlgorithm.FlagNoThreading

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(
            QgsProcessingParameterMultipleLayers("LAYERS", tr("Layers to print"), QgsProcessing.TypeMapLayer)
        )
        self.addParameter(QgsProcessingParameterString("TITLE", tr("Title"), defaultValue=tr("Map of Peru")))
        self.addParameter(QgsProcessingParameterString("SUBTITLE", tr("Subtitle"), optional=True))
        self.addParameter(QgsProcessingParameterString("SOURCE", tr("Source note"), optional=True))
        self.addParameter(QgsProcessingParameterFileDestination("OUTPUT", tr("PDF file"), tr("PDF files (*.pdf)")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        layers = self.parameterAsLayerList(parameters, "LAYERS", context)
        if not layers:
            raise QgsProcessingException(tr("Choose at least one layer to print."))
        output = Path(self.parameterAsFileOutput(parameters, "OUTPUT", context))
        project = QgsProject()
        printed = []
        for layer in reversed(layers):  # the first layer listed is drawn on top
            clone = layer.clone()
            clone.setName(display_name(layer))
            if QgsProject.instance().mapLayer(layer.id()) is None:  # loaded from a file: no style of its own
                apply_style(clone, clone.name())
            project.addMapLayer(clone)
            printed.insert(0, clone)
        layout = map_layout(
            project,
            printed,
            self.parameterAsString(parameters, "TITLE", context),
            self.parameterAsString(parameters, "SUBTITLE", context),
            self.parameterAsString(parameters, "SOURCE", context),
        )
        feedback.setProgress(50)
        try:
            export_pdf(layout, output)
        except OSError as error:
            raise QgsProcessingException(str(error)) from error
        feedback.setProgress(100)
        return {"OUTPUT": str(output)}
