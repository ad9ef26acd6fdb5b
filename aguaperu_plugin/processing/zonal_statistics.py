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
from ..toolbelt.i18n import tr
from .base import AguaPeruAlgorithm
from .feedback import progress_of

STATS = ("mean", "sum", "count", "min", "max", "std")


class ZonalStatisticsAlgorithm(AguaPeruAlgorithm):
    group_id = "data"

    def name(self) -> str:
        return "zonalstatistics"

    def displayName(self) -> str:  # noqa: N802
        return tr("Zonal statistics (fast)")

    def shortHelpString(self) -> str:  # noqa: N802
        return tr(
            "Mean, sum, count, minimum, maximum and standard deviation of a raster band over polygons, or "
            "within a distance of points. A pixel counts for a polygon when its centre is inside it; a "
            "polygon smaller than a pixel gets the pixel under its representative point; nodata pixels are "
            "left out. Repeated runs over the same zones reuse their pixel index."
        )

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
        from ...core.errors import AguaPeruError
        from ...core.features.zonal import buffer_statistics, zonal_statistics

        layer = self.parameterAsVectorLayer(parameters, "INPUT", context)
        raster = self.parameterAsRasterLayer(parameters, "RASTER", context)
        if raster is None or raster.providerType() != "gdal":
            raise QgsProcessingException(tr("The raster must be a file readable by GDAL (for example a GeoTIFF)."))
        stats = [STATS[i] for i in self.parameterAsEnums(parameters, "STATS", context)] or list(STATS)
        prefix = self.parameterAsString(parameters, "PREFIX", context)
        band = self.parameterAsInt(parameters, "BAND", context)
        zones = layer_geometries(layer)
        options = dict(band=band, prefix=prefix, progress=progress_of(feedback), is_cancelled=feedback.isCanceled)
        try:
            if QgsWkbTypes.geometryType(layer.wkbType()) == QgsWkbTypes.PointGeometry:
                radius = self.parameterAsDouble(parameters, "RADIUS", context)
                table = buffer_statistics(raster.source(), zones, radius, stats, **options)
            else:
                table = zonal_statistics(raster.source(), zones, stats, **options)
        except AguaPeruError as error:
            raise QgsProcessingException(str(error)) from error

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
