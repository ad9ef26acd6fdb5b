"""Cancelling any background task of the plugin: it ends within a second, reports CancelledError (no result is
shown) and leaves no file behind, wherever the cancel comes: early, in the middle of its longest step, or
while its outputs are being written.

Each task is cancelled at several moments: fixed delays after it starts and the first progress reports past
given fractions. The latencies (cancel → the task's end on the main thread) are written to
``build/test-results/cancel_latency.json`` for the closing notes; the limit of 1 s is the issue's promise
(issue 10), not a speed benchmark.
"""

import json
import time
from pathlib import Path

import pandas as pd
import pytest
from qgis.core import QgsApplication

from aguaperu.aguaperu_plugin.tasks import data_tasks, model_tasks, scenario_tasks
from aguaperu.aguaperu_plugin.tasks.base import start
from aguaperu.core.errors import CancelledError

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "data"
LIMIT = 1.0  # seconds from cancel to the end of the task (issue 10)
LATENCIES: dict = {}


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


def cancel_at(make, out: Path, moment: tuple, qtbot) -> dict:
    state: dict = {}
    task = make(
        out,
        on_done=lambda result: state.setdefault("done", time.perf_counter()),
        on_error=lambda error: state.setdefault("error", (time.perf_counter(), error)),
    )
    kind, value = moment
    if kind == "progress":
        task.progressChanged.connect(
            lambda percent: 100 * value <= percent < 100 and "cancelled" not in state and cancel(task, state)
        )
    start(task)
    if kind == "after":
        qtbot.wait(int(value * 1000))
        if not state:
            cancel(task, state)
    qtbot.waitUntil(lambda: "done" in state or "error" in state, timeout=600_000)
    if "cancelled" in state:
        state["latency"] = (state.get("error") or (state.get("done"),))[0] - state["cancelled"]
    return state


def cancel(task, state: dict) -> None:
    state["cancelled"] = time.perf_counter()
    task.cancel()


def leftovers(out: Path) -> list:
    """Every file under the output folder (the scenario store lives beside it: checked separately)."""
    return sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file())


@pytest.mark.parametrize("name", sorted(TASKS))
def test_a_cancelled_task_ends_within_a_second_and_leaves_nothing(name, qgis_app, qtbot, tmp_path):
    cancelled = 0
    for number, moment in enumerate(MOMENTS):
        out = tmp_path / f"run{number}" / "salida"
        out.mkdir(parents=True)
        state = cancel_at(TASKS[name], out, moment, qtbot)
        QgsApplication.processEvents()
        if "latency" not in state:
            continue  # it ended before that moment came: nothing to cancel
        cancelled += 1
        assert "done" not in state, f"{name} cancelled at {moment} handed over a result"
        assert isinstance(state["error"][1], CancelledError), state["error"][1]
        assert leftovers(out) == [], f"{name} cancelled at {moment} left files"
        if name == "scenario":
            from aguaperu.core.scenarios import ScenarioStore, gpkg

            with gpkg.connect(out.parent / "escenarios.gpkg") as connection:
                tables = gpkg.tables(connection)
            assert not [t for t in tables if t.startswith(("kpi_", "districts_", "sites_", "summary_"))], tables
            store = ScenarioStore(out.parent / "escenarios.gpkg")
            assert not any(store.has_results(identifier) for identifier in store.list()["id"])
        LATENCIES[f"{name} {moment[0]} {moment[1]}"] = round(state["latency"], 3)
        print(f"cancel latency {name} at {moment}: {state['latency']:.3f} s")
        assert state["latency"] < LIMIT, f"{name} cancelled at {moment} ended {state['latency']:.2f} s later"
    assert cancelled, f"{name} ended before every cancel: the test cancelled nothing"


def teardown_module():
    if LATENCIES:
        target = ROOT / "build" / "test-results" / "cancel_latency.json"
        target.parent.mkdir(parents=True, exist_ok=True)
        known = json.loads(target.read_text(encoding="utf-8")) if target.exists() else {}
        target.write_text(json.dumps({**known, **LATENCIES}, indent=1, sort_keys=True) + "\n", encoding="utf-8")


@pytest.mark.parametrize("algorithm", ["aguaperu:waterrisk", "aguaperu:childrisk", "aguaperu:scenariorun"])
def test_a_processing_algorithm_cancelled_in_its_task_ends_within_a_second(
    algorithm, plugin, qgis_processing, qtbot, tmp_path
):
    """As the Processing dialog runs it: in a QgsProcessingAlgRunnerTask, cancelled through its feedback."""
    from qgis.core import QgsProcessingAlgRunnerTask, QgsProcessingContext, QgsProcessingFeedback

    parameters = {
        "aguaperu:waterrisk": {"SYSTEMS": str(tmp_path / "s.gpkg"), "DISTRICTS": str(tmp_path / "d.gpkg")},
        "aguaperu:childrisk": {"LEVEL": 0, "OUTPUT": str(tmp_path / "c.gpkg")},
        "aguaperu:scenariorun": {
            "SCENARIO": str(ROOT / "resources" / "scenarios" / "crecimiento_15.json"),
            "OUTPUT": str(tmp_path / "escenarios"),
        },
    }[algorithm]
    alg = QgsApplication.processingRegistry().algorithmById(algorithm)
    context, feedback = QgsProcessingContext(), QgsProcessingFeedback()
    state: dict = {}
    task = QgsProcessingAlgRunnerTask(alg, {"DATA_FOLDER": str(SHARED), **parameters}, context, feedback)
    task.executed.connect(lambda ok, results: state.update(ok=ok, ended=time.perf_counter()))
    QgsApplication.taskManager().addTask(task)
    qtbot.wait(500)
    assert not state, f"{algorithm} ended within 0.5 s: nothing to cancel"
    cancelled = time.perf_counter()
    feedback.cancel()
    qtbot.waitUntil(lambda: "ended" in state, timeout=120_000)
    latency = state["ended"] - cancelled
    LATENCIES[f"processing {algorithm}"] = round(latency, 3)
    print(f"cancel latency {algorithm}: {latency:.3f} s")
    assert state["ok"] is False
    assert [str(p) for p in tmp_path.rglob("*") if p.is_file()] == []
    assert latency < LIMIT
