"""Processing: Getis-Ord Gi* hot and cold spots and local Moran clusters of a numeric field of polygons.

The output is a feature sink: the input's features that have a value, their fields and the results, so it can
be a temporary layer, any vector format, or the input of a model. Loaded, it shows the Gi* classes
(``resources/styles/hotspots.qml``) and carries the local Moran clusters as a second layer style.
"""

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsProcessing,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterVectorLayer,
)

from ..layers import layer_geometries, new_field, plain_value
from ..styling import style_hotspots
from ..toolbelt.i18n import QT_TR_NOOP, tr
from .base import AguaPeruAlgorithm, add_number_outputs, core_errors
from .feedback import progress_of, style_on_completion

WEIGHTS = ("queen", "rook")
FIELD_KINDS = {"gi_class": "text", "lisa_class": "text", "n_neighbours": "int", "island": "int"}


class HotspotsAlgorithm(AguaPeruAlgorithm):
    group_id = "models"
    algorithm_id = "hotspots"
    title = QT_TR_NOOP("Hotspots (Getis-Ord Gi* and local Moran)")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(
            QgsProcessingParameterVectorLayer("INPUT", tr("Districts (polygons)"), [QgsProcessing.TypeVectorPolygon])
        )
        self.addParameter(
            QgsProcessingParameterField(
                "FIELD", tr("Numeric field"), parentLayerParameterName="INPUT", type=QgsProcessingParameterField.Numeric
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                "PERMUTATIONS",
                tr("Permutations"),
                QgsProcessingParameterNumber.Integer,
                defaultValue=999,
                minValue=99,
                maxValue=99999,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                "WEIGHTS",
                tr("Neighbours"),
                [tr("Queen: sharing a boundary point"), tr("Rook: sharing a boundary segment")],
                defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean("FDR", tr("Control the false discovery rate"), defaultValue=True)
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                "SEED", tr("Random seed"), QgsProcessingParameterNumber.Integer, defaultValue=0, minValue=0
            )
        )
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", tr("Hotspots")))
        add_number_outputs(
            self,
            (
                ("ANALYSED", tr("Districts analysed")),
                ("HOT", tr("Hot spots (90 % or more)")),
                ("COLD", tr("Cold spots (90 % or more)")),
                ("MORAN_I", tr("Global Moran's I")),
            ),
        )

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from ...core import jobs
        from ...core.jobs.data import HotspotsRequest
        from ...core.spatial.hotspots import RESULT_COLUMNS

        layer = self.parameterAsVectorLayer(parameters, "INPUT", context)
        column = self.parameterAsString(parameters, "FIELD", context)
        request = HotspotsRequest(
            column=column,
            zones=layer_geometries(layer, (column,)),
            permutations=self.parameterAsInt(parameters, "PERMUTATIONS", context),
            fdr=self.parameterAsBool(parameters, "FDR", context),
            seed=self.parameterAsInt(parameters, "SEED", context),
            weights=WEIGHTS[self.parameterAsEnum(parameters, "WEIGHTS", context)],
        )
        with core_errors():
            result = jobs.run("hotspots", request, progress=progress_of(feedback), is_cancelled=feedback.isCanceled)
        summary = result.summary

        kept = [i for i, field in enumerate(layer.fields()) if field.name() not in RESULT_COLUMNS]
        fields = QgsFields()
        for i in kept:
            fields.append(layer.fields().at(i))
        for name in RESULT_COLUMNS:
            fields.append(new_field(name, FIELD_KINDS.get(name, "double")))
        sink, dest_id = self.parameterAsSink(parameters, "OUTPUT", context, fields, layer.wkbType(), layer.crs())
        rows = result.table("hotspots")[list(RESULT_COLUMNS)].to_dict("index")
        for feature in layer.getFeatures():
            values = rows.get(feature.id())
            if values is None:  # no value: left out
                continue
            out = QgsFeature(fields)
            out.setGeometry(feature.geometry())
            attributes = feature.attributes()
            out.setAttributes([attributes[i] for i in kept] + [plain_value(values[c]) for c in RESULT_COLUMNS])
            sink.addFeature(out, QgsFeatureSink.FastInsert)
        style_on_completion(context, dest_id, style_hotspots)

        counts = summary["gi_counts"]
        hot = sum(n for name, n in counts.items() if name.startswith("hot"))
        cold = sum(n for name, n in counts.items() if name.startswith("cold"))
        feedback.pushInfo(
            tr(
                "{0} districts analysed, {1} without a value; {2} hot and {3} cold spots; global Moran's I {4:.3f} "
                "(pseudo p {5:.4f}); {6} districts without a contiguous neighbour linked to the nearest.",
                summary["n_analysed"],
                summary["n_missing"],
                hot,
                cold,
                summary["moran_i"],
                summary["moran_p"],
                summary["weights"]["n_islands"],
            )
        )
        return {
            "OUTPUT": dest_id,
            "ANALYSED": summary["n_analysed"],
            "HOT": hot,
            "COLD": cold,
            "MORAN_I": summary["moran_i"],
        }

    help_text = QT_TR_NOOP(
        "Finds districts where high (hot) or low (cold) values of a numeric field cluster: Getis-Ord Gi* "
        "with pseudo p-values from random permutations, classed hot or cold at 99, 95 and 90 % confidence "
        "or not significant, and local Moran clusters (HH, LL, HL, LH) at 95 %. With the false discovery "
        "rate controlled (recommended), a district is significant at a level only if it passes the "
        "Benjamini-Hochberg cut-off of all districts at that level; with 999 permutations the 99 % level is "
        "then rarely reached: use 9999 for it. Neighbours share a boundary point (queen) or segment "
        "(rook); a district without one is linked to its nearest district. Districts without a value are "
        "left out. Statistics by PySAL (esda)."
    )
