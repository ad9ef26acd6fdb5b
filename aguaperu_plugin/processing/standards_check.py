"""Processing: check water-quality measurements against Peru's standards (DS 031-2010-SA, DS 004-2017-MINAM)."""

from pathlib import Path

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsWkbTypes,
)

from ..layers import new_field, numeric_field, plain_value
from ..toolbelt.i18n import QT_TR_NOOP, tr
from .base import AguaPeruAlgorithm, add_number_outputs, file_destination
from .feedback import progress_of, push_report

STANDARDS = ("DS 031-2010-SA", "DS 004-2017-MINAM")
# None: every category of the chosen standard; the others are DS 004-2017-MINAM categories
CATEGORIES = (
    None,
    "1-A1",
    "1-A2",
    "1-A3",
    "3-D1",
    "3-D2",
    "4-E1",
    "4-E2-costa-sierra",
    "4-E2-selva",
    "4-E3-estuarios",
    "4-E3-marinos",
)
TEXT_FIELDS = ("point", "category", "standard", "water_body", "worst_parameter", "exceeded")
TEXT_FIELDS += ("no_limit_parameters", "not_comparable_parameters")
INTEGER_FIELDS = ("n_samples", "n_samples_exceeding", "n_measurements", "n_checked", "n_exceedances")
INTEGER_FIELDS += ("n_undetermined", "n_no_limit", "n_not_comparable", "n_no_value", "n_parameters_exceeded")
DOUBLE_FIELDS = ("max_ratio", "lon", "lat")


class StandardsCheckAlgorithm(AguaPeruAlgorithm):
    group_id = "data"
    algorithm_id = "standardscheck"
    title = QT_TR_NOOP("Check water quality against standards")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(
            QgsProcessingParameterFile(
                "INPUT",
                tr("Measurements (CSV, TSV or XLSX table)"),
                fileFilter=tr("Tables (*.csv *.tsv *.txt *.xlsx);;All files (*.*)"),
            )
        )
        standards = [
            tr("DS 031-2010-SA: drinking water"),
            tr("DS 004-2017-MINAM: environmental quality standards for water (ECA)"),
        ]
        self.addParameter(QgsProcessingParameterEnum("STANDARD", tr("Standard"), standards, defaultValue=0))
        categories = [
            tr("Every category of the standard"),
            tr("ECA Cat. 1-A1: drinking-water sources, disinfection only"),
            tr("ECA Cat. 1-A2: drinking-water sources, conventional treatment"),
            tr("ECA Cat. 1-A3: drinking-water sources, advanced treatment"),
            tr("ECA Cat. 3-D1: irrigation of crops"),
            tr("ECA Cat. 3-D2: animal drinking water"),
            tr("ECA Cat. 4-E1: lagoons and lakes"),
            tr("ECA Cat. 4-E2: rivers of the coast and highlands"),
            tr("ECA Cat. 4-E2: rivers of the rainforest"),
            tr("ECA Cat. 4-E3: estuaries"),
            tr("ECA Cat. 4-E3: marine ecosystems"),
        ]
        self.addParameter(QgsProcessingParameterEnum("CATEGORY", tr("Category"), categories, defaultValue=0))
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", tr("Sampling points checked")))
        self.addParameter(file_destination("MEASUREMENTS", tr("Measurements checked"), tr("CSV files (*.csv)"), True))
        add_number_outputs(
            self,
            (
                ("POINTS", tr("Points checked")),
                ("EXCEEDANCES", tr("Exceedances")),
                ("NO_LIMIT", tr("Measurements without a limit")),
                ("NOT_COMPARABLE", tr("Measurements in units that cannot be compared")),
            ),
        )

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from ...core import jobs
        from ...core.errors import AguaPeruError
        from ...core.jobs.data import StandardsRequest
        from ...core.standards import write_table

        path = Path(self.parameterAsFile(parameters, "INPUT", context))
        standard = STANDARDS[self.parameterAsEnum(parameters, "STANDARD", context)]
        category = CATEGORIES[self.parameterAsEnum(parameters, "CATEGORY", context)]
        if standard == STANDARDS[0] and category is not None:
            feedback.pushWarning(tr("DS 031-2010-SA has a single category; the category chosen was ignored."))
            category = None
        try:
            result = jobs.run(
                "standards",
                StandardsRequest(path, standard, category),
                progress=progress_of(feedback),
                is_cancelled=feedback.isCanceled,
            )
        except AguaPeruError as error:
            if error.details.get("report") is not None:
                push_report(error.details["report"], feedback)
            raise QgsProcessingException(str(error)) from error
        push_report(result.report, feedback)
        per_point, summary = result.table("points"), result.summary

        results = {
            "POINTS": summary["points"],
            "EXCEEDANCES": summary["exceedances"],
            "NO_LIMIT": summary["no_limit"],
            "NOT_COMPARABLE": summary["not_comparable"],
        }
        target = self.parameterAsFileOutput(parameters, "MEASUREMENTS", context)
        if target:
            results["MEASUREMENTS"] = str(write_table(result.table("measurements"), Path(target)))
        results["OUTPUT"] = self._write_points(per_point, parameters, context, feedback)
        feedback.pushInfo(
            tr(
                "{0} exceedances; {1} measurements without a limit; {2} in units that cannot be compared.",
                results["EXCEEDANCES"],
                results["NO_LIMIT"],
                results["NOT_COMPARABLE"],
            )
        )
        return results

    def _write_points(self, per_point, parameters, context, feedback) -> str:
        fields = QgsFields()
        for name in TEXT_FIELDS:
            fields.append(new_field(name, "text"))
        for name in INTEGER_FIELDS:
            fields.append(numeric_field(name, integer=True))
        for name in DOUBLE_FIELDS:
            fields.append(numeric_field(name))
        sink, dest_id = self.parameterAsSink(
            parameters, "OUTPUT", context, fields, QgsWkbTypes.Point, QgsCoordinateReferenceSystem("EPSG:4326")
        )
        located = per_point["lon"].notna() & per_point["lat"].notna()
        for row in per_point[located].to_dict("records"):
            feature = QgsFeature(fields)
            feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(row["lon"], row["lat"])))
            feature.setAttributes([plain_value(row[name]) for name in TEXT_FIELDS + INTEGER_FIELDS + DOUBLE_FIELDS])
            sink.addFeature(feature, QgsFeatureSink.FastInsert)
        missing = sorted(set(per_point.loc[~located, "point"]))
        if missing:
            feedback.pushWarning(
                tr(
                    "{0} points have no usable coordinates and are not on the map: {1}",
                    len(missing),
                    ", ".join(missing),
                )
            )
        return dest_id

    help_text = QT_TR_NOOP(
        "Compares water-quality measurements (a table with one row per point, date, parameter, value and "
        "unit, such as OEFA's) with Peru's drinking-water limits (DS 031-2010-SA) or the environmental "
        "quality standards for water (DS 004-2017-MINAM) of a category, or of every category. Units are "
        "converted (µg/L to mg/L…); values below a detection limit (<x) never count as exceedances unless "
        "certain. Writes one row per measurement and category, and a point layer with, per point and "
        "category, the parameters exceeded, how many times the limit and how often. Parameters without a "
        "limit and units that cannot be compared are counted and listed. The limit tables were transcribed "
        "from the decrees; check them against El Peruano before official use."
    )
