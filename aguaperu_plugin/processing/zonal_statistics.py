"""Processing: zonal statistics of a raster over polygons, or over buffers around points."""

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterBand,
    QgsProcessingParameterDistance,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
    QgsWkbTypes,
)

from ..layers import layer_geometries, numeric_field, plain_value
from ..toolbelt.i18n import QT_TR_NOOP, tr
from .base import AguaPeruAlgorithm, core_errors
from .feedback import progress_of

STATS = ("mean", "sum", "count", "min", "max", "std")


class ZonalStatisticsAlgorithm(AguaPeruAlgorithm):
    group_id = "data"
    algorithm_id = "zonalstatistics"
    title = QT_TR_NOOP("Zonal statistics (fast)")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                "INPUT",
                tr("Zones (polygons) or points"),
                [QgsProcessing.TypeVectorPolygon, QgsProcessing.TypeVectorPoint],
            )
        )
        self.addParameter(QgsProcessingParameterRasterLayer("RASTER", tr("Raster")))
        self.addParameter(QgsProcessingParameterBand("BAND", tr("Band"), 1, "RASTER"))
        self.addParameter(
            QgsProcessingParameterDistance("RADIUS", tr("Buffer radius around points (metres)"), 1000.0, minValue=0.0)
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                "STATS", tr("Statistics"), list(STATS), allowMultiple=True, defaultValue=list(range(len(STATS)))
            )
        )
        self.addParameter(QgsProcessingParameterString("PREFIX", tr("Column prefix"), defaultValue="zs_"))
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", tr("Zonal statistics")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from ...core import jobs
        from ...core.jobs.data import ZonalRequest

        layer = self.parameterAsVectorLayer(parameters, "INPUT", context)
        raster = self.parameterAsRasterLayer(parameters, "RASTER", context)
        if raster is None or raster.providerType() != "gdal":
            raise QgsProcessingException(tr("The raster must be a file readable by GDAL (for example a GeoTIFF)."))
        points = QgsWkbTypes.geometryType(layer.wkbType()) == QgsWkbTypes.PointGeometry
        request = ZonalRequest(
            raster=raster.source(),
            zones=layer_geometries(layer),
            stats=tuple(STATS[i] for i in self.parameterAsEnums(parameters, "STATS", context)) or STATS,
            band=self.parameterAsInt(parameters, "BAND", context),
            prefix=self.parameterAsString(parameters, "PREFIX", context),
            radius_m=self.parameterAsDouble(parameters, "RADIUS", context) if points else None,
        )
        with core_errors():
            result = jobs.run("zonal", request, progress=progress_of(feedback), is_cancelled=feedback.isCanceled)
        table = result.table("statistics")

        fields = QgsFields(layer.fields())
        for column in table.columns:
            fields.append(numeric_field(column, integer=column.endswith("count")))
        sink, dest_id = self.parameterAsSink(parameters, "OUTPUT", context, fields, layer.wkbType(), layer.crs())
        rows = table.to_dict("index")
        for feature in layer.getFeatures():
            out = QgsFeature(fields)
            out.setGeometry(feature.geometry())
            values = rows.get(feature.id(), {})
            out.setAttributes(feature.attributes() + [plain_value(values.get(c)) for c in table.columns])
            sink.addFeature(out, QgsFeatureSink.FastInsert)
        return {"OUTPUT": dest_id}

    help_text = QT_TR_NOOP(
        "Mean, sum, count, minimum, maximum and standard deviation of a raster band over polygons, or "
        "within a distance of points. A pixel counts for a polygon when its centre is inside it; a "
        "polygon smaller than a pixel gets the pixel under its representative point; nodata pixels are "
        "left out. Repeated runs over the same zones reuse their pixel index."
    )
