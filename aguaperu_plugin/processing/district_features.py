"""Processing: build the district feature table (one row per district joining every source)."""

from pathlib import Path

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterVectorLayer,
)

from ..layers import layer_file
from ..toolbelt.i18n import QT_TR_NOOP, tr
from .base import AguaPeruAlgorithm, core_errors, data_folder_parameter, file_destination, path_or_none
from .feedback import load_on_completion, progress_of, push_report


class DistrictFeaturesAlgorithm(AguaPeruAlgorithm):
    group_id = "data"
    algorithm_id = "districtfeatures"
    title = QT_TR_NOOP("Build district features")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(data_folder_parameter(optional=True))
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                "DISTRICTS",
                tr("District polygons (default: the data folder's)"),
                [QgsProcessing.TypeVectorPolygon],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterMultipleLayers(
                "TABLES", tr("More district tables"), QgsProcessing.TypeFile, optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterMultipleLayers(
                "RASTERS", tr("Rasters for zonal statistics"), QgsProcessing.TypeRaster, optional=True
            )
        )
        self.addParameter(file_destination("OUTPUT", tr("District features"), tr("GeoPackage (*.gpkg)")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from ...core import jobs
        from ...core.features.district_features import LAYER, write_features
        from ...core.jobs.data import FeaturesRequest

        folder = self.parameterAsFile(parameters, "DATA_FOLDER", context)
        districts_layer = self.parameterAsVectorLayer(parameters, "DISTRICTS", context)
        districts = (
            layer_file(districts_layer)[0] if districts_layer is not None and layer_file(districts_layer) else None
        )
        if not folder and districts is None:
            raise QgsProcessingException(tr("Give a data folder or a district layer stored in a file."))
        rasters = [Path(layer.source()) for layer in self.parameterAsLayerList(parameters, "RASTERS", context)]
        request = FeaturesRequest(
            data_dir=path_or_none(folder),
            districts=districts,
            tables=[Path(p) for p in self.parameterAsFileList(parameters, "TABLES", context)],
            rasters=rasters,
        )
        target = Path(self.parameterAsFileOutput(parameters, "OUTPUT", context))
        with core_errors():
            result = jobs.run("features", request, progress=progress_of(feedback), is_cancelled=feedback.isCanceled)
            table = result.table("features")
            write_features(table, target)
        push_report(result.report, feedback)
        uri = f"{target}|layername={LAYER}"
        load_on_completion(context, uri, tr("District features"), "OUTPUT", "district_features")
        return {"OUTPUT": str(target), "DISTRICTS": len(table)}

    help_text = QT_TR_NOOP(
        "Joins every source into one row per district: district tables keyed by UBIGEO, yearly "
        "satellite tables, populated centres, water systems (count, population served, distance to the "
        "nearest), child-welfare aggregates (small cells suppressed) and zonal statistics of rasters. "
        "Sources are taken from a folder laid out like the shared data, and from the layers given."
    )
