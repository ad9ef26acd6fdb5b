"""Cancelling any background task of the plugin: the cancel is obeyed (the task ends as cancelled, reports
CancelledError and hands over no result) and leaves no file behind, wherever the cancel comes: early, in the
middle of its longest step, or while its outputs are being written.

Each task is cancelled at several moments: fixed delays after it starts and the first progress reports past
given fractions. How soon a cancelled task ends (issue 10's second) is measured by ``bench/cancel.py`` with
these same tasks and moments, never asserted here: a test under load must not fail on a clock.
"""

from pathlib import Path

import pandas as pd
import pytest
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import Qt

from aguaperu.aguaperu_plugin.tasks import data_tasks, model_tasks, scenario_tasks
from aguaperu.aguaperu_plugin.tasks.base import start
from aguaperu.core.errors import CancelledError

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "data"


def poverty_frame():
    import geopandas as gpd

    districts = gpd.read_file(SHARED / "boundaries" / "peru_limites_inei2017.gpkg", layer="distritos")
    table = pd.read_csv(SHARED / "socioeconomic" / "pobreza2018_distrital.csv", dtype={"ubigeo": str})
    table["ubigeo"] = table["ubigeo"].str.zfill(6)
    return districts.merge(table[["ubigeo", "pobreza_monetaria"]], on="ubigeo", how="left")


def target_table(out: Path) -> Path:
    truth = pd.read_csv(SHARED / "socioeconomic" / "pobreza2018_distrital.csv", dtype={"ubigeo": str})
    target = out.parent / "encuesta.csv"  # an input: beside the output folder, not in it
    truth[["ubigeo", "pobreza_monetaria"]].rename(columns={"pobreza_monetaria": "pobreza_2024"}).to_csv(
        target, index=False
    )
    return target


def schedule_inputs(out: Path):
    """Two months of BWDF flows as the demand (hour x area) and one source per area plus a shared dear one."""
    from aguaperu.core.models.demand.series import bwdf_files, read_inflow

    demand = read_inflow(bwdf_files()[0]).ffill().fillna(0.0).tail(60 * 24)
    rows = [f"{area},{demand[area].max() * 0.9:.3f},0.1,{area}" for area in demand.columns]
    sources = out.parent / "fuentes.csv"
    sources.write_text("name,capacity_lps,cost_per_m3,areas\n" + "\n".join(rows) + "\nreserva,50,1.0,\n", "utf-8")
    return demand, sources


def scenario_store(out: Path):
    from aguaperu.core.scenarios import Scenario, ScenarioStore

    store = ScenarioStore(out.parent / "escenarios.gpkg")
    scenario = store.create(Scenario.load(ROOT / "resources" / "scenarios" / "crecimiento_15.json"))
    return [scenario], store.path


def validate_inputs(out: Path) -> list:
    spec = data_tasks.InputSpec
    return [
        spec(SHARED / "water" / "siasar_peru_systems.csv", "water_points"),
        spec(SHARED / "boundaries" / "peru_limites_inei2017.gpkg", "districts", "distritos"),
        spec(SHARED / "socioeconomic" / "pobreza2018_distrital.csv", "district_table"),
        spec(SHARED / "child_welfare" / "endes_children_2014_2018.csv.gz", "child_welfare"),
    ]


def features_request():
    from aguaperu.core.features.district_features import FeatureRequest

    return FeatureRequest(data_dir=SHARED, min_cell=30)


def demand_task(out: Path, **callbacks):
    from aguaperu.core.models.demand.series import bwdf_files

    inflow, weather = bwdf_files()
    return model_tasks.DemandTask(inflow, weather, pd.Timestamp("2022-09-05"), 72, "IT", out, **callbacks)


# every BaseTask of the plugin, made as its page makes it (outputs go to ``out``, inputs beside it)
TASKS = {
    "validate": lambda out, **cb: data_tasks.ValidateTask(validate_inputs(out), SHARED, out, **cb),
    "features": lambda out, **cb: data_tasks.FeaturesTask(features_request(), out / "distritos.gpkg", **cb),
    "demo": lambda out, **cb: data_tasks.DemoTask(out / "demo", **cb),
    "water_risk": lambda out, **cb: model_tasks.WaterRiskTask(SHARED, out, **cb),
    "poverty": lambda out, **cb: model_tasks.PovertyTask(SHARED, out, **cb),
    "hotspots": lambda out, **cb: model_tasks.HotspotsTask(poverty_frame(), "pobreza_monetaria", 999, out, **cb),
    "retrain": lambda out, **cb: model_tasks.PovertyRetrainTask(
        SHARED, target_table(out), "pobreza_2024", [], out / "modelo", **cb
    ),
    "demand": demand_task,
    "schedule": lambda out, **cb: model_tasks.ScheduleTask(*schedule_inputs(out), None, out / "programa.csv", **cb),
    "child_risk": lambda out, **cb: model_tasks.ChildRiskTask(SHARED, out, level="district", **cb),
    "scenario": lambda out, **cb: scenario_tasks.ScenarioRunTask(*scenario_store(out), SHARED, **cb),
}
# when to cancel: seconds after start, or the first progress report at or past a fraction
MOMENTS = [("after", 0.3), ("after", 2.0), ("progress", 0.5), ("progress", 0.9)]


def cancel_at(make, out: Path, moment: tuple, wait, wait_until, clock=None) -> dict:
    """Run the task made by ``make`` and cancel it at ``moment``; the returned state holds ``done`` (the result)
    or ``error`` (with whether the task saw the cancel), ``cancelled`` when the cancel was sent (before the task
    ended). QGIS deletes the task once it ends: nothing is read from it afterwards. ``wait(ms)`` and
    ``wait_until(condition)`` turn the event loop (``qtbot``'s here); ``clock``, when given, stamps the cancel
    and the end (``bench/cancel.py``)."""
    state: dict = {}
    stamp = clock or (lambda: None)
    task = make(
        out,
        on_done=lambda result: state.setdefault("done", (stamp(), result)),
        on_error=lambda error: state.setdefault("error", (stamp(), error, task.isCanceled())),
    )
    kind, value = moment
    if kind == "progress":
        task.progressChanged.connect(
            lambda percent: 100 * value <= percent < 100 and "cancelled" not in state and cancel(task, state, stamp)
        )
    start(task)
    if kind == "after":
        wait(int(value * 1000))
        if "done" not in state and "error" not in state:
            cancel(task, state, stamp)
    wait_until(lambda: "done" in state or "error" in state)
    return state


def cancel(task, state: dict, stamp) -> None:
    state["cancelled"] = stamp()
    task.cancel()


def leftovers(out: Path) -> list:
    """Every file under the output folder (the scenario store lives beside it: checked separately), except the
    complete entries of the jobs' disk cache (``core.cache``: tables built from the inputs, kept beside the
    outputs by design for the next job; each written whole or not at all). A temporary file counts, there too."""
    from aguaperu.core.cache import FOLDER_NAME

    found = []
    for path in out.rglob("*"):
        if not path.is_file():
            continue
        relative = path.relative_to(out)
        if relative.parts[0] == FOLDER_NAME and len(relative.parts) == 2 and not path.name.startswith("."):
            continue
        found.append(str(relative))
    return sorted(found)


@pytest.mark.parametrize("name", sorted(TASKS))
def test_a_cancelled_task_ends_cancelled_and_leaves_nothing(name, qgis_app, qtbot, tmp_path):
    cancelled = 0
    for number, moment in enumerate(MOMENTS):
        out = tmp_path / f"run{number}" / "salida"
        out.mkdir(parents=True)
        state = cancel_at(
            TASKS[name], out, moment, qtbot.wait, lambda condition: qtbot.waitUntil(condition, timeout=600_000)
        )
        QgsApplication.processEvents()
        if "cancelled" not in state:
            continue  # it ended before that moment came: nothing to cancel
        cancelled += 1
        assert "done" not in state, f"{name} cancelled at {moment} handed over a result"
        assert isinstance(state["error"][1], CancelledError), state["error"][1]
        assert state["error"][2], f"{name} cancelled at {moment} ended without seeing the cancel"
        assert leftovers(out) == [], f"{name} cancelled at {moment} left files"
        if name == "scenario":
            from aguaperu.core.scenarios import ScenarioStore, gpkg

            with gpkg.connect(out.parent / "escenarios.gpkg") as connection:
                tables = gpkg.tables(connection)
            assert not [t for t in tables if t.startswith(("kpi_", "districts_", "sites_", "summary_"))], tables
            store = ScenarioStore(out.parent / "escenarios.gpkg")
            assert not any(store.has_results(identifier) for identifier in store.list()["id"])
    assert cancelled, f"{name} ended before every cancel: the test cancelled nothing"


ALGORITHMS = ["aguaperu:waterrisk", "aguaperu:childrisk", "aguaperu:scenariorun"]


def algorithm_parameters(algorithm: str, out: Path) -> dict:
    return {
        "aguaperu:waterrisk": {"SYSTEMS": str(out / "s.gpkg"), "DISTRICTS": str(out / "d.gpkg")},
        "aguaperu:childrisk": {"LEVEL": 0, "OUTPUT": str(out / "c.gpkg")},
        "aguaperu:scenariorun": {
            "SCENARIO": str(ROOT / "resources" / "scenarios" / "crecimiento_15.json"),
            "OUTPUT": str(out / "escenarios"),
        },
    }[algorithm]


def cancel_algorithm(algorithm: str, out: Path, wait, wait_until, clock=None) -> dict:
    """Run ``algorithm`` as the Processing dialog does (a QgsProcessingAlgRunnerTask), cancel it through its
    feedback when it first reports progress (so the cancel always lands while it runs, however fast the machine
    or warm the cache); the state holds ``ok``, ``ended`` and ``cancelled`` (stamped by ``clock``)."""
    from qgis.core import QgsProcessingAlgRunnerTask, QgsProcessingContext, QgsProcessingFeedback

    stamp = clock or (lambda: None)
    alg = QgsApplication.processingRegistry().algorithmById(algorithm)
    context, feedback = QgsProcessingContext(), QgsProcessingFeedback()
    parameters = {"DATA_FOLDER": str(SHARED), **algorithm_parameters(algorithm, out)}
    state: dict = {"feedback": feedback, "context": context}  # both alive until the task ends
    task = QgsProcessingAlgRunnerTask(alg, parameters, context, feedback)
    task.executed.connect(lambda ok, results: state.update(ok=ok, ended=stamp()))

    def cancel_once(_progress) -> None:  # runs in the worker thread that reports the progress
        if "cancelled" not in state:
            state["cancelled"] = stamp()
            feedback.cancel()

    feedback.progressChanged.connect(cancel_once, Qt.DirectConnection)
    QgsApplication.taskManager().addTask(task)
    wait_until(lambda: "ok" in state)
    return state


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_a_processing_algorithm_cancelled_in_its_task_ends_cancelled_and_leaves_nothing(
    algorithm, plugin, qgis_processing, qtbot, tmp_path
):
    """As the Processing dialog runs it: in a QgsProcessingAlgRunnerTask, cancelled through its feedback."""
    state = cancel_algorithm(
        algorithm, tmp_path, qtbot.wait, lambda condition: qtbot.waitUntil(condition, timeout=600_000)
    )
    assert "cancelled" in state, f"{algorithm} ended without reporting progress: nothing was cancelled"
    assert state["ok"] is False
    assert state["feedback"].isCanceled()
    assert leftovers(tmp_path) == []
