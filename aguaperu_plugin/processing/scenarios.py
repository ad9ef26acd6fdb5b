"""Processing: run planning scenario files against the baseline; results into a scenario GeoPackage and CSVs."""

from pathlib import Path

from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFile,
    QgsProcessingParameterFolderDestination,
)

from ..toolbelt.i18n import tr
from .base import AguaPeruAlgorithm, translated_error
from .feedback import load_on_completion, progress_of


def style_served_share(layer) -> None:
    from qgis.core import QgsGraduatedSymbolRenderer, QgsStyle

    renderer = QgsGraduatedSymbolRenderer("served_share")
    renderer.setSourceColorRamp(QgsStyle.defaultStyle().colorRamp("Blues"))
    renderer.updateClasses(layer, QgsGraduatedSymbolRenderer.Jenks, 5)
    layer.setRenderer(renderer)
    layer.triggerRepaint()


class ScenarioRunAlgorithm(AguaPeruAlgorithm):
    group_id = "scenarios"

    def name(self) -> str:
        return "scenariorun"

    def displayName(self) -> str:  # noqa: N802
        return tr("Run planning scenarios")

    def shortHelpString(self) -> str:  # noqa: N802
        return tr(
            "Runs scenario files (JSON, see resources/scenarios) and, optionally, the baseline computed the same "
            "way: population served and without water within the access distance, people served only by "
            "high-risk systems, need-weighted population without water, demand and cost, per district and in "
            "total. The results go into scenarios.gpkg in the output folder (one set of layers per scenario, "
            "under its id) with a KPI CSV per scenario and, with the baseline, comparison_kpi.csv and "
            "comparison_districts.csv."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFile("SCENARIO", tr("Scenario file (JSON)"), extension="json"))
        self.addParameter(
            QgsProcessingParameterFile("DATA_FOLDER", tr("Data folder"), QgsProcessingParameterFile.Folder)
        )
        self.addParameter(QgsProcessingParameterBoolean("BASELINE", tr("Also run the baseline and compare"), True))
        self.addParameter(QgsProcessingParameterFolderDestination("OUTPUT", tr("Output folder")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from ...core.errors import AguaPeruError
        from ...core.io.oserrors import file_system_error
        from ...core.scenarios.cli import STORE_NAME, cli_baseline, run_all
        from ...core.scenarios.model import Scenario
        from ...core.scenarios.store import output_tables

        out = Path(self.parameterAsString(parameters, "OUTPUT", context))
        source = self.parameterAsFile(parameters, "SCENARIO", context)
        compare = self.parameterAsBool(parameters, "BASELINE", context)
        try:
            scenario = Scenario.load(source)
            scenarios = [cli_baseline(scenario), scenario] if compare else [scenario]
            out.mkdir(parents=True, exist_ok=True)
            results = run_all(
                scenarios,
                Path(self.parameterAsFile(parameters, "DATA_FOLDER", context)),
                out,
                progress_of(feedback),
                feedback.isCanceled,
                compare=compare,
                inputs=(source,),
            )
        except AguaPeruError as error:
            raise QgsProcessingException(translated_error(error)) from error
        except OSError as error:
            raise QgsProcessingException(translated_error(file_system_error(error))) from error
        store = out / STORE_NAME
        for result in results:
            table = output_tables(result.scenario_id)["districts"]
            load_on_completion(
                context,
                f"{store}|layername={table}",
                tr("{0}: share of the population served", result.scenario.name),
                "OUTPUT",
                style_served_share,
            )
            feedback.pushInfo(
                tr(
                    "{0}: {1:,.0f} people without water, {2:.1%} served, cost S/ {3:,.0f}",
                    result.scenario.name,
                    result.kpis["unserved"],
                    result.kpis["served_share"],
                    result.kpis["cost"],
                )
            )
        final = results[-1]  # the scenario (after the baseline)
        return {
            "OUTPUT": str(out),
            "STORE": str(store),
            "SCENARIO_ID": final.scenario_id,
            "UNSERVED": float(final.kpis["unserved"]),
            "SERVED_SHARE": float(final.kpis["served_share"]),
            "COST": float(final.kpis["cost"]),
        }
