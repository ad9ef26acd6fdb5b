"""Processing: site new water points (maximal covering location, exact MILP with a greedy fallback) and rank the
existing systems for rehabilitation."""

from pathlib import Path

from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..toolbelt.i18n import tr
from .base import AguaPeruAlgorithm
from .feedback import load_on_completion, progress_of

RISKS = ("model", "proxy", "none")


def style_sites(layer) -> None:
    """New sites as large blue stars, labelled with their build order."""
    from qgis.core import QgsMarkerSymbol, QgsSingleSymbolRenderer

    symbol = QgsMarkerSymbol.createSimple(
        {"name": "star", "color": "#0b5fa5", "outline_color": "white", "size": "4.2", "outline_width": "0.3"}
    )
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    layer.triggerRepaint()


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
    algorithm.addParameter(
        QgsProcessingParameterFile("DATA_FOLDER", tr("Data folder"), QgsProcessingParameterFile.Folder)
    )
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

    def name(self) -> str:
        return "siting"

    def displayName(self) -> str:  # noqa: N802
        return tr("Site new water points (maximal covering)")

    def shortHelpString(self) -> str:  # noqa: N802
        return tr(
            "Chooses K sites (or as many as the budget pays) among the candidates to maximise the need-weighted "
            "population within the access distance that no existing system serves. Population: each district's "
            "2020 population spread over its populated centres (an urban centre counts 90 times a rural one); "
            "need: population × (1 + poverty rate). Solved exactly as a mixed-integer programme (HiGHS) after "
            "merging equivalent demand points; when the time limit is reached the better of the MILP and a greedy "
            "solution is kept and the optimality gap reported. Candidates: a CSV/GeoPackage of sites (with a "
            "cost column for a budget), or the unserved populated centres."
        )

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
        self.addParameter(
            QgsProcessingParameterFileDestination("OUTPUT", tr("Chosen sites"), tr("GeoPackage (*.gpkg);;CSV (*.csv)"))
        )

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from ...core.errors import AguaPeruError
        from ...core.planning import SitingOptions, plan_siting
        from ...core.planning.output import write_table

        k = self.parameterAsInt(parameters, "K", context)
        budget = self.parameterAsDouble(parameters, "BUDGET", context)
        if not k and not budget:
            raise QgsProcessingException(tr("Give a number of sites or a budget."))
        candidates = self.parameterAsFile(parameters, "CANDIDATES", context)
        options = SitingOptions(
            k=k or None,
            budget=None if k else budget,
            unit_cost=self.parameterAsDouble(parameters, "UNIT_COST", context),
            access_km=self.parameterAsDouble(parameters, "ACCESS_KM", context),
            time_limit=self.parameterAsDouble(parameters, "TIME_LIMIT", context),
        )
        try:
            result = plan_siting(
                Path(self.parameterAsFile(parameters, "DATA_FOLDER", context)),
                options,
                candidates=Path(candidates) if candidates else None,
                departments=_departments(self.parameterAsString(parameters, "DEPARTMENTS", context)),
                progress=progress_of(feedback),
                is_cancelled=feedback.isCanceled,
            )
            target = write_table(result.sites, Path(self.parameterAsFileOutput(parameters, "OUTPUT", context)), "sites")
        except AguaPeruError as error:
            raise QgsProcessingException(str(error)) from error
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


class RehabAlgorithm(AguaPeruAlgorithm):
    group_id = "scenarios"

    def name(self) -> str:
        return "rehab"

    def displayName(self) -> str:  # noqa: N802
        return tr("Rank water systems for rehabilitation")

    def shortHelpString(self) -> str:  # noqa: N802
        return tr(
            "Ranks the existing rural water systems (SIASAR) by a transparent score: population within the access "
            "distance (0.35, percentile rank), crucialness: the share of that population with no other system "
            "within reach (0.25), predicted water-quality risk (0.25: the bundled model, or SIASAR's recorded "
            "conditions) and need: district poverty (0.15). Every component is an output column."
        )

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
        self.addParameter(
            QgsProcessingParameterFileDestination(
                "OUTPUT", tr("Ranked systems"), tr("GeoPackage (*.gpkg);;CSV (*.csv)")
            )
        )

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from ...core.errors import AguaPeruError
        from ...core.planning import rank_rehabilitation
        from ...core.planning.output import write_table

        try:
            table, summary = rank_rehabilitation(
                Path(self.parameterAsFile(parameters, "DATA_FOLDER", context)),
                access_km=self.parameterAsDouble(parameters, "ACCESS_KM", context),
                departments=_departments(self.parameterAsString(parameters, "DEPARTMENTS", context)),
                risk=RISKS[self.parameterAsEnum(parameters, "RISK", context)],
                progress=progress_of(feedback),
                is_cancelled=feedback.isCanceled,
            )
            target = write_table(table, Path(self.parameterAsFileOutput(parameters, "OUTPUT", context)), "rehab")
        except AguaPeruError as error:
            raise QgsProcessingException(str(error)) from error
        if target.suffix.lower() == ".gpkg":
            load_on_completion(
                context, f"{target}|layername=rehab", tr("Rehabilitation priority"), "OUTPUT", style_rehab
            )
        return {"OUTPUT": str(target), "SYSTEMS": len(table)}
