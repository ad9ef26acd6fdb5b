"""Print the demo's scenario report: the baseline and the two example scenarios (resources/scenarios) run on the
demo data by ``python -m core scenario compare``, one page each, then a comparison page per scenario.

    python scripts/demo_scenario_report.py OUT_DIR

Reads ``OUT_DIR/escenarios/scenarios.gpkg``; writes ``OUT_DIR/informe_escenarios.pdf``.
"""

import sys
from pathlib import Path

from qgis.core import QgsApplication, QgsProject, QgsVectorLayer

from aguaperu.aguaperu_plugin.printing.scenario_report import export_scenario_report
from aguaperu.aguaperu_plugin.styling import apply_style
from aguaperu.aguaperu_plugin.tasks.scenario_tasks import COMPARISON_FILE, comparison_of
from aguaperu.core import jobs
from aguaperu.core.jobs.scenarios import ScenarioCompareRequest
from aguaperu.core.scenarios import ScenarioStore


def main(out: Path) -> None:
    app = QgsApplication([], False)
    app.initQgis()
    project = QgsProject.instance()
    store = ScenarioStore(out / "escenarios" / "scenarios.gpkg")
    listed = store.list()
    baseline = listed.loc[listed["name"] == "baseline", "id"].iloc[0]
    others = [i for i in listed["id"] if i != baseline]
    layers = out / "escenarios" / COMPARISON_FILE
    request = ScenarioCompareRequest(store.path, baseline, tuple(others), layers=layers)
    compared = comparison_of(jobs.run("scenariocompare", request), store.path, layers)
    boundaries = out / "data" / "boundaries" / "peru_limites_inei2017.gpkg"
    departments = QgsVectorLayer(f"{boundaries}|layername=departamentos", "Departamentos", "ogr")
    apply_style(departments, "districts")
    project.addMapLayer(departments, False)
    target = export_scenario_report(
        project, compared, out / "informe_escenarios.pdf", out / "escenarios", "es", inset_layer=departments
    )
    print(target)
    project.clear()
    app.exitQgis()


if __name__ == "__main__":
    main(Path(sys.argv[1]).resolve())
