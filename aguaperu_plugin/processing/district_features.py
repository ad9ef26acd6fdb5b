"""Processing: build the district feature table (one row per district joining every source)."""

from pathlib import Path

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterVectorLayer,
)

from ..layers import layer_file
from ..toolbelt.i18n import tr
from .base import AguaPeruAlgorithm
from .feedback import load_on_completion, progress_of, push_report


class DistrictFeaturesAlgorithm(AguaPeruAlgorithm):
    group_id = "data"

    def name(self) -> str:
        return "districtfeatures"

    def displayName(self) -> str:  # noqa: N802
        return tr("Build district features")

    def shortHelpString(self) -> str:  # noqa: N802
        return tr(
            "Joins every source into one row per district: district tables keyed by UBIGEO, yearly "
            "satellite tables, populated centres, water systems (count, population served, distance to the "
            "nearest), child-welfare aggregates (small cells suppressed) and zonal statistics of rasters. "
            "Sources are taken from a folder laid out like the shared data, and from the layers given."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(
            QgsProcessingParameterFile(
                "DATA_FOLDER", tr("Data folder"), QgsProcessingParameterFile.Folder, optional=True
            )
        )
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
        self.addParameter(
            QgsProcessingParameterFileDestination("OUTPUT", tr("District features"), tr("GeoPackage (*.gpkg)"))
        )

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from ...core.errors import AguaPeruError
        from ...core.features.district_features import LAYER, FeatureRequest, build_district_features, write_features

        folder = self.parameterAsFile(parameters, "DATA_FOLDER", context)
        districts_layer = self.parameterAsVectorLayer(parameters, "DISTRICTS", context)
        districts = (
            layer_file(districts_layer)[0] if districts_layer is not None and layer_file(districts_layer) else None
        )
        if not folder and districts is None:
            raise QgsProcessingException(tr("Give a data folder or a district layer stored in a file."))
        rasters = [Path(layer.source()) for layer in self.parameterAsLayerList(parameters, "RASTERS", context)]
        request = FeatureRequest(
            data_dir=Path(folder) if folder else None,
            districts=districts,
            tables=[Path(p) for p in self.parameterAsFileList(parameters, "TABLES", context)],
            rasters=rasters,
        )
        target = Path(self.parameterAsFileOutput(parameters, "OUTPUT", context))
        try:
            table, report = build_district_features(request, progress_of(feedback), feedback.isCanceled)
            write_features(table, target)
        except AguaPeruError as error:
            raise QgsProcessingException(str(error)) from error
        push_report(report, feedback)
        uri = f"{target}|layername={LAYER}"
        load_on_completion(context, uri, tr("District features"), "OUTPUT", "district_features")
        return {"OUTPUT": str(target), "DISTRICTS": len(table)}
