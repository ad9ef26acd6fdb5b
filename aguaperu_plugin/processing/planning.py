"""Processing: site new water points (maximal covering location, exact MILP with a greedy fallback) and rank the
existing systems for rehabilitation."""

from pathlib import Path

from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..styling import style_sites
from ..toolbelt.i18n import QT_TR_NOOP, tr
from .base import AguaPeruAlgorithm, core_errors, data_folder_parameter, file_destination, path_or_none
from .feedback import load_on_completion, progress_of

RISKS = ("model", "proxy", "none")


def style_rehab(layer) -> None:
    """Systems graduated on their priority score (darker: rehabilitate first)."""
    from qgis.core import QgsGraduatedSymbolRenderer, QgsMarkerSymbol, QgsStyle

    renderer = QgsGraduatedSymbolRenderer("score")
    renderer.setSourceSymbol(QgsMarkerSymbol.createSimple({"name": "circle", "size": "2.2", "outline_width": "0.1"}))
    renderer.setSourceColorRamp(QgsStyle.defaultStyle().colorRamp("Reds"))
    renderer.updateClasses(layer, QgsGraduatedSymbolRenderer.Quantile, 5)
    layer.setRenderer(renderer)
    layer.triggerRepaint()


def _departments(text: str) -> tuple[str, ...]:
    """Two-digit department codes from '05, 12 21' (empty: all of Peru)."""
    codes = [part.strip().zfill(2) for part in text.replace(";", ",").replace(" ", ",").split(",") if part.strip()]
    return tuple(codes)


def _add_common(algorithm, access_default: float = 1.0) -> None:
    algorithm.addParameter(data_folder_parameter())
    algorithm.addParameter(
        QgsProcessingParameterString(
            "DEPARTMENTS", tr("Department codes (e.g. 05, 12; all of Peru when empty)"), optional=True
        )
    )
    algorithm.addParameter(
        QgsProcessingParameterNumber(
            "ACCESS_KM",
            tr("Access distance (km)"),
            QgsProcessingParameterNumber.Double,
            defaultValue=access_default,
            minValue=0.05,
            maxValue=50,
        )
    )


class SitingAlgorithm(AguaPeruAlgorithm):
    group_id = "scenarios"
    algorithm_id = "siting"
    title = QT_TR_NOOP("Site new water points (maximal covering)")

    def initAlgorithm(self, config=None):  # noqa: N802
        _add_common(self)
        self.addParameter(
            QgsProcessingParameterNumber(
                "K", tr("Number of new sites (0: use the budget)"), QgsProcessingParameterNumber.Integer, 40, False, 0
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                "BUDGET", tr("Budget (soles; with K = 0)"), QgsProcessingParameterNumber.Double, 0, True, 0
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                "UNIT_COST",
                tr("Cost of a site without a cost column (soles)"),
                QgsProcessingParameterNumber.Double,
                1.0,
                False,
                0.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterFile(
                "CANDIDATES", tr("Candidate sites (unserved populated centres when empty)"), optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                "TIME_LIMIT",
                tr("Time limit of the exact solver (s)"),
                QgsProcessingParameterNumber.Double,
                120,
                False,
                1,
            )
        )
        self.addParameter(file_destination("OUTPUT", tr("Chosen sites"), tr("GeoPackage (*.gpkg);;CSV (*.csv)")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from ...core import jobs
        from ...core.jobs.planning import SitingRequest
        from ...core.planning.output import write_table

        k = self.parameterAsInt(parameters, "K", context)
        budget = self.parameterAsDouble(parameters, "BUDGET", context)
        if not k and not budget:
            raise QgsProcessingException(tr("Give a number of sites or a budget."))
        request = SitingRequest(
            data_dir=Path(self.parameterAsFile(parameters, "DATA_FOLDER", context)),
            k=k or None,
            budget=None if k else budget,
            unit_cost=self.parameterAsDouble(parameters, "UNIT_COST", context),
            access_km=self.parameterAsDouble(parameters, "ACCESS_KM", context),
            time_limit=self.parameterAsDouble(parameters, "TIME_LIMIT", context),
            candidates=path_or_none(self.parameterAsFile(parameters, "CANDIDATES", context)),
            departments=_departments(self.parameterAsString(parameters, "DEPARTMENTS", context)),
        )
        with core_errors():
            result = jobs.run("siting", request, progress=progress_of(feedback), is_cancelled=feedback.isCanceled)
            target = write_table(
                result.table("sites"), Path(self.parameterAsFileOutput(parameters, "OUTPUT", context)), "sites"
            )
        summary = result.summary
        feedback.pushInfo(
            tr(
                "{0} sites ({1}, {2}): {3:.1%} of the unserved need covered, gap {4:.3%}, {5:.1f} s",
                summary["sites_selected"],
                summary["method"],
                summary["status"],
                summary["covered_share"],
                summary["gap"],
                summary["seconds"],
            )
        )
        if target.suffix.lower() == ".gpkg":
            load_on_completion(context, f"{target}|layername=sites", tr("New water points"), "OUTPUT", style_sites)
        return {
            "OUTPUT": str(target),
            "SITES": int(summary["sites_selected"]),
            "COVERED_SHARE": float(summary["covered_share"]),
            "GAP": float(summary["gap"]),
            "METHOD": str(summary["method"]),
        }

    help_text = QT_TR_NOOP(
        "Chooses K sites (or as many as the budget pays) among the candidates to maximise the need-weighted "
        "population within the access distance that no existing system serves. Population: each district's "
        "2020 population spread over its populated centres (an urban centre counts 90 times a rural one); "
        "need: population × (1 + poverty rate). Solved exactly as a mixed-integer programme (HiGHS) after "
        "merging equivalent demand points; when the time limit is reached the better of the MILP and a greedy "
        "solution is kept and the optimality gap reported. Candidates: a CSV/GeoPackage of sites (with a "
        "cost column for a budget), or the unserved populated centres."
    )


class RehabAlgorithm(AguaPeruAlgorithm):
    group_id = "scenarios"
    algorithm_id = "rehab"
    title = QT_TR_NOOP("Rank water systems for rehabilitation")

    def initAlgorithm(self, config=None):  # noqa: N802
        _add_common(self)
        self.addParameter(
            QgsProcessingParameterEnum(
                "RISK",
                tr("Risk"),
                options=[tr("Bundled water-risk model"), tr("SIASAR recorded conditions"), tr("Not used")],
                defaultValue=0,
            )
        )
        self.addParameter(file_destination("OUTPUT", tr("Ranked systems"), tr("GeoPackage (*.gpkg);;CSV (*.csv)")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from ...core import jobs
        from ...core.jobs.planning import RehabRequest
        from ...core.planning.output import write_table

        request = RehabRequest(
            data_dir=Path(self.parameterAsFile(parameters, "DATA_FOLDER", context)),
            access_km=self.parameterAsDouble(parameters, "ACCESS_KM", context),
            departments=_departments(self.parameterAsString(parameters, "DEPARTMENTS", context)),
            risk=RISKS[self.parameterAsEnum(parameters, "RISK", context)],
        )
        with core_errors():
            result = jobs.run("rehab", request, progress=progress_of(feedback), is_cancelled=feedback.isCanceled)
            table = result.table("rehab")
            target = write_table(table, Path(self.parameterAsFileOutput(parameters, "OUTPUT", context)), "rehab")
        if target.suffix.lower() == ".gpkg":
            load_on_completion(
                context, f"{target}|layername=rehab", tr("Rehabilitation priority"), "OUTPUT", style_rehab
            )
        return {"OUTPUT": str(target), "SYSTEMS": len(table)}

    help_text = QT_TR_NOOP(
        "Ranks the existing rural water systems (SIASAR) by a transparent score: population within the access "
        "distance (0.35, percentile rank), crucialness: the share of that population with no other system "
        "within reach (0.25), predicted water-quality risk (0.25: the bundled model, or SIASAR's recorded "
        "conditions) and need: district poverty (0.15). Every component is an output column."
    )
