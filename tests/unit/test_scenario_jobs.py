"""The scenario jobs (``core.jobs.scenarios``): a batch run stored in one transaction, and the comparison read
from the store with class breaks shared by the maps shown side by side, its files written together. Runs are
replaced by small results (``run_scenario`` patched), so these tests need no data."""

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
from shapely.geometry import box

from core import jobs
from core.errors import CancelledError, InputError
from core.jobs.scenarios import ScenarioCompareRequest, ScenarioRunRequest
from core.scenarios import Scenario, ScenarioResult, ScenarioStore
from core.scenarios.batch import BASELINE_ID, COMPARISON, SHARE_DIFF_PP
from core.scenarios.kpis import COUNT_KPIS, DOCK, KPI_UNITS, KPIS, shown
from core.scenarios.run import DISTRICT_METRICS

UBIGEOS = [f"0501{i:02d}" for i in range(1, 9)]


def result_of(scenario: Scenario, value: float) -> ScenarioResult:
    """Eight districts whose metrics grow with ``value`` (the run's number) and with the district."""
    level = value * np.arange(1, 9, dtype=float)
    districts = gpd.GeoDataFrame(
        {"ubigeo": UBIGEOS, **{metric: level for metric in DISTRICT_METRICS}},
        geometry=[box(-74 + i / 10, -13, -73.95 + i / 10, -12.95) for i in range(8)],
        crs=4326,
    )
    districts["served_share"] = value / 10
    sites = pd.DataFrame({"site_id": ["S1"], "name": ["a"], "longitude": [-73.95], "latitude": [-12.95], "cost": [1.0]})
    systems = pd.DataFrame({"system_id": ["1"], "longitude": [-73.96], "latitude": [-12.96], "functioning": [False]})
    summary = {"warnings": [], "seconds": 0.1, "finished": "2026-01-01T00:00:00+00:00"}
    kpis = {kpi.key: int(value) if kpi.count else value for kpi in KPIS}
    return ScenarioResult(scenario.copy(), kpis, districts, sites, systems, summary)


@pytest.fixture
def fake_runs(monkeypatch):
    import core.scenarios.run as run

    runs = []

    def fake(scenario, data_dir, progress=None, is_cancelled=None, **kwargs):
        runs.append(scenario)
        return result_of(scenario, float(len(runs)))

    monkeypatch.setattr(run, "run_scenario", fake)
    return runs


def stored(tmp_path, *names):
    store = ScenarioStore(tmp_path / "escenarios.gpkg")
    return store, [store.create(Scenario(name=name)) for name in names]


def test_the_kpi_list_is_one():
    assert list(KPI_UNITS) == [kpi.key for kpi in KPIS] and len(set(KPI_UNITS)) == len(KPIS)
    assert set(COUNT_KPIS) == {"functioning_systems", "new_systems", "rehabilitated", "treatment_fixes"}
    assert [kpi.key for kpi in shown(DOCK)][:4] == ["population", "served", "unserved", "served_share"]
    assert all(kpi.better in (None, "up", "down") for kpi in KPIS)


def test_a_run_of_stored_scenarios_is_one_transaction_with_shared_breaks(tmp_path, fake_runs):
    store, (base, plan) = stored(tmp_path, "Línea base", "Plan")
    request = ScenarioRunRequest(tmp_path / "data", store.path, (base, plan), stored=True, classes=3)
    result = jobs.run("scenariorun", request)
    runs = result.summary["scenarios"]
    assert [run["id"] for run in runs] == [base.id, plan.id] and [run["version"] for run in runs] == [1, 1]
    assert set(result.tables) == {f"{kind}_{s.id}" for kind in ("kpi", "districts") for s in (base, plan)}
    listed = store.list().set_index("id")
    assert listed["has_results"].all() and not listed["stale"].any()
    minimum, breaks = result.breaks["unserved"]  # one legend for both maps: over both runs' districts
    assert minimum == 1.0 and breaks[-1] == 16.0 and len(breaks) == 3
    assert store.read_results(plan.id).kpis["served"] == 2.0


def test_a_cancelled_run_writes_nothing(tmp_path, fake_runs):
    store, scenarios = stored(tmp_path, "a", "b")
    request = ScenarioRunRequest(tmp_path / "data", store.path, tuple(scenarios), stored=True)
    with pytest.raises(CancelledError):
        jobs.run("scenariorun", request, is_cancelled=lambda: len(fake_runs) >= 2)
    assert not store.list()["has_results"].any()


def test_a_file_batch_gets_the_reserved_baseline_and_refuses_mixed_departments(tmp_path, fake_runs):
    files = []
    for name, departments in (("uno", ["05"]), ("dos", ["05"]), ("tres", ["15"])):
        path = tmp_path / f"{name}.json"
        Scenario(name=name, departments=departments).save(path)
        files.append(path)
    out = tmp_path / "out"
    with pytest.raises(InputError, match="different departments"):
        jobs.run("scenariorun", ScenarioRunRequest(tmp_path / "data", out / "s.gpkg", tuple(files), baseline=True))
    assert not fake_runs
    request = ScenarioRunRequest(tmp_path / "data", out / "s.gpkg", tuple(files[:2]), baseline=True, csv_dir=out)
    result = jobs.run("scenariorun", request)
    assert result.summary["scenarios"][0]["id"] == BASELINE_ID
    kpis = result.table("comparison_kpi").set_index("kpi")
    assert kpis.loc["served", "uno_diff"] == 1.0 and kpis.loc["served", "dos_diff"] == 2.0
    assert pd.read_csv(out / COMPARISON[0]).shape == result.table("comparison_kpi").shape


def test_compare_reads_the_store_writes_its_files_together_and_shares_breaks(tmp_path, fake_runs):
    store, (base, one, two) = stored(tmp_path, "Baseline", "Uno", "Dos")
    jobs.run("scenariorun", ScenarioRunRequest(tmp_path / "data", store.path, (base, one, two), stored=True))
    out = tmp_path / "comparacion"
    request = ScenarioCompareRequest(store.path, base.id, (one.id, two.id), layers=out / "c.gpkg", csv_dir=out)
    result = jobs.run("scenariocompare", request)
    assert result.summary["labels"] == ["Baseline", "Uno", "Dos"]
    assert result.summary["difference_tables"] == {"Uno": f"diff_{one.id}", "Dos": f"diff_{two.id}"}
    assert sorted(p.name for p in out.iterdir()) == sorted(["c.gpkg", *COMPARISON])  # no temporary left
    layer = gpd.read_file(out / "c.gpkg", layer=f"diff_{two.id}")
    assert len(layer) == 8 and layer[SHARE_DIFF_PP].to_numpy() == pytest.approx(20.0)  # (0.3 − 0.1) × 100
    minimum, breaks = result.breaks[SHARE_DIFF_PP]  # centred on 0, over both scenarios' differences
    assert minimum == pytest.approx(-breaks[-1]) and breaks[-1] >= 20.0
    minimum, breaks = result.breaks["unserved"]
    assert minimum == 1.0 and breaks[-1] == 24.0  # the maps of all three share one legend
    kpis = pd.read_csv(out / COMPARISON[0]).set_index("kpi")
    assert kpis.loc["cost", "Dos_diff"] == 2.0 and kpis.loc["cost", "Uno_pct"] == pytest.approx(100.0)


def test_compare_refuses_results_of_an_older_version(tmp_path, fake_runs):
    store, (base, one) = stored(tmp_path, "Baseline", "Uno")
    jobs.run("scenariorun", ScenarioRunRequest(tmp_path / "data", store.path, (base, one), stored=True))
    store.update(store.load(one.id).copy(name="Uno editado"))
    with pytest.raises(InputError, match="no results of its current version"):
        jobs.run("scenariocompare", ScenarioCompareRequest(store.path, base.id, (one.id,), layers=tmp_path / "c.gpkg"))
    assert not (tmp_path / "c.gpkg").exists()
