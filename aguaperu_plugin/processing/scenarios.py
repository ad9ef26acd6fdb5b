"""Processing: run planning scenario files against the baseline; results into a scenario GeoPackage and CSVs."""

from functools import partial
from pathlib import Path

from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFile,
    QgsProcessingParameterFolderDestination,
)

from ..styling import OUTPUTS, style_output
from ..toolbelt.i18n import QT_TR_NOOP, number, tr
from .base import AguaPeruAlgorithm, translated_error
from .feedback import load_on_completion, progress_of


class ScenarioRunAlgorithm(AguaPeruAlgorithm):
    group_id = "scenarios"
    algorithm_id = "scenariorun"
    title = QT_TR_NOOP("Run planning scenarios")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFile("SCENARIO", tr("Scenario file (JSON)"), extension="json"))
        self.addParameter(
            QgsProcessingParameterFile("DATA_FOLDER", tr("Data folder"), QgsProcessingParameterFile.Folder)
        )
        self.addParameter(QgsProcessingParameterBoolean("BASELINE", tr("Also run the baseline and compare"), True))
        self.addParameter(QgsProcessingParameterFolderDestination("OUTPUT", tr("Output folder")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from ...core import jobs
        from ...core.errors import AguaPeruError
        from ...core.io.oserrors import file_system_error
        from ...core.jobs.scenarios import ScenarioRunRequest
        from ...core.scenarios.batch import STORE_NAME

        out = Path(self.parameterAsString(parameters, "OUTPUT", context))
        store = out / STORE_NAME
        request = ScenarioRunRequest(
            data_dir=Path(self.parameterAsFile(parameters, "DATA_FOLDER", context)),
            store=store,
            scenarios=(self.parameterAsFile(parameters, "SCENARIO", context),),
            baseline=self.parameterAsBool(parameters, "BASELINE", context),
            csv_dir=out,
            classes=OUTPUTS["unserved"].classes,
        )
        try:
            result = jobs.run("scenariorun", request, progress=progress_of(feedback), is_cancelled=feedback.isCanceled)
        except AguaPeruError as error:
            raise QgsProcessingException(translated_error(error)) from error
        except OSError as error:
            raise QgsProcessingException(translated_error(file_system_error(error))) from error
        runs = result.summary["scenarios"]
        # the dock's map of every run: population without water in core's classes, shared by the runs (none
        # when no district has a value: plain outlines)
        minimum, breaks = result.breaks.get("unserved", (None, None))
        style = partial(style_output, key="unserved", minimum=minimum, breaks=breaks) if breaks else "districts"
        for run in runs:
            load_on_completion(
                context,
                f"{store}|layername={run['tables']['districts']}",
                tr("{0}: population without water", run["name"]),
                "OUTPUT",
                style,
            )
            feedback.pushInfo(
                tr(
                    "{0}: {1} people without water, {2} % served, cost S/ {3}",
                    run["name"],
                    number(run["kpis"]["unserved"], 0),
                    number(100 * run["kpis"]["served_share"], 1),
                    number(run["kpis"]["cost"], 0),
                )
            )
        final = runs[-1]  # the scenario (after the baseline)
        return {
            "OUTPUT": str(out),
            "STORE": str(store),
            "SCENARIO_ID": final["id"],
            "UNSERVED": float(final["kpis"]["unserved"]),
            "SERVED_SHARE": float(final["kpis"]["served_share"]),
            "COST": float(final["kpis"]["cost"]),
        }

    help_text = QT_TR_NOOP(
        "Runs scenario files (JSON, see resources/scenarios) and, optionally, the baseline computed the same "
        "way: population served and without water within the access distance, people served only by "
        "high-risk systems, need-weighted population without water, demand and cost, per district and in "
        "total. The results go into scenarios.gpkg in the output folder (one set of layers per scenario, "
        "under its id) with a KPI CSV per scenario and, with the baseline, comparison_kpi.csv and "
        "comparison_districts.csv."
    )
