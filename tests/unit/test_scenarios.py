"""Planning scenarios: JSON, validation, the GeoPackage store, runs on real data, comparison and the CLI."""

import json
import threading
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
from shapely.geometry import Polygon
from threadpoolctl import threadpool_limits

from core.__main__ import main
from core.errors import InputError
from core.scenarios import KPI_UNITS, Scenario, ScenarioResult, ScenarioStore, baseline, compare, run_scenario
from core.scenarios.inputs import load_inputs
from core.scenarios.store import output_tables

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "data"
EXAMPLES = ROOT / "resources" / "scenarios"
AYACUCHO = ["05"]
needs_data = pytest.mark.skipif(not SHARED.is_dir(), reason="the shared data folder is absent")


@pytest.fixture(scope="module")
def inputs():
    with threadpool_limits(1):
        return load_inputs(SHARED)


def make(name: str, **fields) -> Scenario:
    """A scenario of Ayacucho from plain data, as read from a file."""
    return Scenario.from_dict({"name": name, "departments": AYACUCHO, **fields})


def run(scenario: Scenario, inputs, **kwargs) -> ScenarioResult:
    with threadpool_limits(1):
        return run_scenario(scenario, SHARED, inputs=inputs, **kwargs)


def fake_result(scenario: Scenario, value: float) -> ScenarioResult:
    """A small result without data: every KPI is ``value``; one district square, one site, one system."""
    square = Polygon([(-74, -13), (-73.9, -13), (-73.9, -12.9), (-74, -12.9)])
    districts = gpd.GeoDataFrame(
        {"ubigeo": ["050101"], "population": [value], "served": [value / 2], "flag": [True]},
        geometry=[square],
        crs="EPSG:4326",
    )
    sites = pd.DataFrame({"site_id": ["S1"], "name": ["a"], "longitude": [-73.95], "latitude": [-12.95], "cost": [1.0]})
    systems = pd.DataFrame({"system_id": ["1"], "longitude": [-73.96], "latitude": [-12.96], "functioning": [False]})
    kpis = {name: value for name in KPI_UNITS}
    summary = {"warnings": [], "seconds": 0.1, "finished": "2026-01-01T00:00:00+00:00"}
    return ScenarioResult(scenario.copy(), kpis, districts, sites, systems, summary)


# scenario files -------------------------------------------------------------------------------------------------


def test_json_round_trip_keeps_every_field(tmp_path):
    table = tmp_path / "growth.csv"
    table.write_text("ubigeo,annual_pct\n050101,2.5\n50102,0.5\n", encoding="utf-8")
    data = {
        "name": "prueba",
        "horizon_year": 2035,
        "growth": {"annual_pct": 1.2, "by_district": "growth.csv"},
        "climate": {"temperature_delta_c": 1.5, "precipitation_delta_pct": -10},
        "demand": {"rural_lpcd": {"sierra": 80}, "temperature_pct_per_c": 2.0},
        "plan": {
            "new_sites": [
                {"name": "Pampa", "longitude": -74.2, "latitude": -13.1, "cost": 9e5},
                {"optimise": {"k": 3}},
            ],
            "rehabilitate": [137476, "137473"],
            "fix_treatment": {"top": 5},
        },
        "unit_costs": {"treatment_fix": 20000},
        "budget": 5e7,
        "access_km": 2,
        "departments": ["5", "08"],
        "urban_served": False,
        "need_weights": {"child_risk": 0.5},
        "notes": "n",
    }
    (tmp_path / "s.json").write_text(json.dumps(data), encoding="utf-8")
    scenario = Scenario.load(tmp_path / "s.json")
    assert scenario.growth.by_district == {"050101": 2.5, "050102": 0.5}  # read and stored inline
    assert scenario.departments == ["05", "08"] and scenario.plan.rehabilitate == ["137476", "137473"]
    assert scenario.demand.rural_lpcd["sierra"] == 80 and scenario.demand.rural_lpcd["costa"] == 60
    assert scenario.unit_costs["new_system"] == 1_200_000 and scenario.unit_costs["treatment_fix"] == 20000
    again = Scenario.load(scenario.save(tmp_path / "again.json"))
    assert again == scenario
    assert Scenario.from_json(scenario.to_json()) == scenario


def test_validation_reports_every_problem_with_its_field_and_fix():
    data = {
        "name": "",
        "horizon_year": 2010,
        "growth": {"annual_pct": 1, "total_pct": 10},
        "plan": {
            "new_sites": [{"longitude": -74, "latitude": 12}, {"optimise": {"k": 2, "budget": 3}}],
            "rehabilitate": {"best": 3},
        },
        "departments": ["99"],
        "acces_km": 2,
    }
    with pytest.raises(InputError) as caught:
        Scenario.from_dict(data, source="bad.json")
    error = caught.value
    assert error.code == "bad_scenario" and "bad.json" in error.message
    fields = {p["field"] for p in error.details["problems"]}
    assert {"name", "horizon_year", "growth", "plan.new_sites[0].latitude", "plan.new_sites[1].optimise"} <= fields
    assert {"plan.rehabilitate", "departments", "acces_km"} <= fields
    assert all(p["fix"] for p in error.details["problems"])
    with pytest.raises(InputError, match="not valid JSON"):
        Scenario.from_json("{", source="broken.json")


def test_example_files_and_baseline():
    names = {Scenario.load(path).name for path in EXAMPLES.glob("*.json")}
    assert {"crecimiento 15 %", "rehabilitación 300"} <= names
    growth = Scenario.load(EXAMPLES / "crecimiento_15.json")
    assert growth.plan.new_sites == [{"optimise": {"k": 40}}] and growth.plan.fix_treatment == {"top": 200}
    reference = baseline(growth.copy(departments=["05"], access_km=2.0))
    assert reference.plan.is_empty and reference.years == 0 and reference.growth.national_factor(0) == 1.0
    assert reference.departments == ["05"] and reference.access_km == 2.0 and reference.id != growth.id


# store ----------------------------------------------------------------------------------------------------------


def test_store_create_duplicate_edit_delete(tmp_path):
    store = ScenarioStore(tmp_path / "project_scenarios.gpkg")
    first = store.create(Scenario(name="uno", horizon_year=2030))
    copy = store.duplicate(first.id)
    assert copy.id != first.id and copy.name == "uno (copy)" and copy.version == 1
    edited = store.update(first.copy(notes="edited", horizon_year=2040))
    assert edited.version == 2 and store.load(first.id).horizon_year == 2040
    with pytest.raises(InputError, match="edited meanwhile"):
        store.update(first.copy(notes="an outdated copy"))  # still version 1
    store.write_results(fake_result(edited, 1.0))
    store.write_results(fake_result(copy, 2.0))
    listed = store.list().set_index("name")
    assert listed.loc["uno", "version"] == 2 and bool(listed.loc["uno", "has_results"])
    assert not bool(listed.loc["uno", "stale"])
    store.update(store.load(first.id).copy(notes="again"))
    assert bool(store.list().set_index("name").loc["uno", "stale"])  # results of version 2, scenario at 3
    store.delete(first.id)
    import fiona

    layers = set(fiona.listlayers(store.path))
    assert not set(output_tables(first.id).values()) & layers
    assert set(output_tables(copy.id).values()) <= layers
    assert list(store.list()["id"]) == [copy.id]
    with pytest.raises(InputError, match="holds no scenario"):
        store.load(first.id)


def test_results_of_one_scenario_never_touch_another(tmp_path):
    path = tmp_path / "s.gpkg"
    store = ScenarioStore(path)
    a, b = store.create(Scenario(name="A")), store.create(Scenario(name="B"))
    store.write_results(fake_result(a, 1.0))
    assert not store.has_results(b.id)
    store.write_results(fake_result(b, 2.0))
    before = ScenarioStore(path).read_results(b.id)
    store.write_results(fake_result(a, 3.0))  # A again: B's layers are untouched
    reopened = ScenarioStore(path)
    assert reopened.read_results(a.id).kpis["population"] == 3.0
    after = reopened.read_results(b.id)
    assert after.kpis == before.kpis and after.kpis["population"] == 2.0
    pd.testing.assert_frame_equal(pd.DataFrame(after.districts), pd.DataFrame(before.districts))
    districts = gpd.read_file(path, layer=output_tables(b.id)["districts"])  # GDAL reads the layers
    assert districts.crs.to_epsg() == 4326 and districts.geometry.iloc[0].area == pytest.approx(0.01)
    assert bool(after.districts["flag"].iloc[0]) and after.systems["functioning"].dtype == bool


def test_a_failed_write_leaves_the_store_as_it_was(tmp_path):
    store = ScenarioStore(tmp_path / "s.gpkg")
    a = store.create(Scenario(name="A"))
    store.write_results(fake_result(a, 1.0))
    broken = fake_result(a, 5.0)
    broken.systems = broken.systems.drop(columns="longitude")  # fails after the KPI and district layers
    with pytest.raises(KeyError):
        store.write_results(broken)
    assert store.read_results(a.id).kpis["population"] == 1.0


def test_results_of_a_deleted_scenario_are_refused(tmp_path):
    store = ScenarioStore(tmp_path / "s.gpkg")
    a = store.create(Scenario(name="A"))
    store.delete(a.id)
    with pytest.raises(InputError, match="holds no scenario"):
        store.write_results(fake_result(a, 1.0))
    assert store.list().empty


def test_concurrent_writes_for_two_scenarios_both_land(tmp_path):
    store = ScenarioStore(tmp_path / "s.gpkg")
    scenarios = [store.create(Scenario(name=f"S{i}")) for i in range(4)]
    writers = [
        threading.Thread(target=store.write_results, args=(fake_result(s, float(i)),)) for i, s in enumerate(scenarios)
    ]
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join()
    assert [store.read_results(s.id).kpis["population"] for s in scenarios] == [0.0, 1.0, 2.0, 3.0]


# runs on real data ----------------------------------------------------------------------------------------------


@needs_data
def test_switching_the_active_scenario_during_a_run_keeps_results_with_the_run(tmp_path, inputs):
    store = ScenarioStore(tmp_path / "s.gpkg")
    a = store.create(make("A", plan={"fix_treatment": {"top": 5}}))
    b = store.create(make("B"))
    session = {"active": a.id}
    switched = threading.Event()

    def progress(fraction: float, _message: str) -> None:
        if fraction >= 0.7 and not switched.is_set():  # the user picks B and edits A while A runs
            session["active"] = b.id
            store.update(store.load(a.id).copy(notes="edited during the run"))
            switched.set()

    outcome = {}
    task = threading.Thread(
        target=lambda: outcome.update(result=run(store.load(session["active"]), inputs, progress=progress))
    )
    task.start()
    task.join()
    assert switched.is_set() and session["active"] == b.id
    store.write_results(outcome["result"])  # the task's finished(): writes for the scenario it ran
    assert store.has_results(a.id) and not store.has_results(b.id)
    stored = store.read_results(a.id)
    assert stored.scenario.version == 1 and stored.kpis["treatment_fixes"] == 5
    listed = store.list().set_index("name")
    assert listed.loc["A", "version"] == 2 and bool(listed.loc["A", "stale"])


@needs_data
def test_saved_scenario_and_results_round_trip(tmp_path, inputs):
    path = tmp_path / "s.gpkg"
    scenario = Scenario.from_dict(
        {
            "name": "round trip",
            "departments": AYACUCHO,
            "horizon_year": 2030,
            "growth": {"annual_pct": 1.0},
            "plan": {"new_sites": [{"optimise": {"k": 3}}], "fix_treatment": {"top": 4}, "rehabilitate": ["137476"]},
        }
    )
    result = run(scenario, inputs)
    ScenarioStore(path).create(scenario)
    ScenarioStore(path).write_results(result)
    reopened = ScenarioStore(path)
    loaded = reopened.load(scenario.id)
    assert loaded == scenario
    stored = reopened.read_results(scenario.id)
    assert stored.kpis == pytest.approx(result.kpis, nan_ok=True)
    assert len(stored.sites) == 3 and stored.districts["ubigeo"].tolist() == result.districts["ubigeo"].tolist()
    rerun = run(loaded, inputs)
    assert rerun.kpis == pytest.approx(result.kpis, nan_ok=True)
    assert rerun.sites["candidate_id"].tolist() == result.sites["candidate_id"].tolist()


@needs_data
def test_baseline_equals_a_scenario_without_plan(inputs):
    plain = make("no plan")
    reference = run(baseline(plain), inputs)
    same = run(plain, inputs)
    assert same.kpis == pytest.approx(reference.kpis, nan_ok=True)
    assert reference.kpis["new_systems"] == reference.kpis["cost"] == 0
    assert reference.kpis["served"] + reference.kpis["unserved"] == pytest.approx(reference.kpis["population"])
    assert reference.districts["population"].sum() == pytest.approx(reference.kpis["population"])
    assert set(reference.districts["department"]) == {"05"} and reference.districts.crs.to_epsg() == 4326


@needs_data
def test_more_new_sites_never_reduce_the_served_population(inputs):
    points = [(-74.05, -13.35), (-73.6, -13.9), (-74.4, -14.3), (-73.9, -12.8), (-74.2, -15.0)]
    sites = [{"name": f"p{i}", "longitude": x, "latitude": y} for i, (x, y) in enumerate(points)]
    served = []
    for n in range(0, len(sites) + 1, 2):
        result = run(make(f"{n}", plan={"new_sites": sites[:n]}), inputs)
        served.append(result.kpis["served"])
    assert served == sorted(served)
    need = [run(make(f"k{k}", plan={"new_sites": [{"optimise": {"k": k}}]}), inputs) for k in (2, 6)]
    assert need[1].kpis["served"] >= need[0].kpis["served"] > served[0]
    assert need[1].kpis["need_weighted_unserved"] < need[0].kpis["need_weighted_unserved"]
    assert need[1].kpis["cost"] == 6 * need[1].scenario.unit_costs["new_system"]
    assert need[0].summary["siting"]["status"] == "optimal"


@needs_data
def test_growth_and_warming_raise_demand(inputs):
    base = run(make("2020"), inputs)
    grown = run(make("2030", horizon_year=2030, growth={"total_pct": 15}), inputs)
    warmer = make("warm", horizon_year=2030, growth={"total_pct": 15}, climate={"temperature_delta_c": 1.0})
    warm = run(warmer, inputs)
    assert grown.kpis["population"] == pytest.approx(1.15 * base.kpis["population"])
    assert grown.kpis["demand_m3_day"] == pytest.approx(1.15 * base.kpis["demand_m3_day"])
    assert warm.kpis["demand_m3_day"] == pytest.approx(1.03 * grown.kpis["demand_m3_day"])


@needs_data
def test_treatment_fixes_reduce_high_risk_served_and_respect_the_budget(inputs):
    base = run(make("base"), inputs)
    fixed = run(make("fix", plan={"fix_treatment": {"top": 40}}), inputs)
    assert fixed.kpis["high_risk_served"] < base.kpis["high_risk_served"]
    assert fixed.kpis["treatment_fixes"] == 40 and fixed.kpis["cost"] == 40 * 15_000
    assert (fixed.systems.loc[fixed.systems["treatment_fixed"], "risk_class"] == "bajo").all()
    capped = make("capped", plan={"fix_treatment": {"top": 40}}, budget=150_000)
    result = run(capped, inputs)
    assert result.kpis["treatment_fixes"] == 10 and result.kpis["budget_left"] == 0
    assert any("budget covers 10" in w for w in result.summary["warnings"])


@needs_data
def test_unknown_systems_are_named(inputs):
    with pytest.raises(InputError, match="not SIASAR systems") as caught:
        run(make("x", plan={"rehabilitate": ["nope"]}), inputs)
    assert caught.value.details["value"] == ["nope"]


@needs_data
def test_compare_gives_differences_and_district_tables(inputs):
    grown = make("grown", horizon_year=2030, growth={"total_pct": 10})
    results = {"baseline": run(baseline(grown), inputs), "grown": run(grown, inputs)}
    kpis, districts = compare(results, "baseline")
    row = kpis.set_index("kpi").loc["population"]
    assert row["grown_diff"] == pytest.approx(row["grown"] - row["baseline"])
    assert row["grown_pct"] == pytest.approx(10.0)
    assert list(kpis["kpi"]) == list(KPI_UNITS)
    assert set(districts["scenario"]) == {"grown"} and len(districts) == len(results["grown"].districts)
    assert (districts["population_diff"] > 0).all()
    with pytest.raises(InputError, match="not among"):
        compare(results, "other")


@needs_data
def test_cli_runs_and_compares(tmp_path, inputs, capsys):
    # a file without an id: the store gives it one, and finds it again by name on the next run
    data = {"name": "cli", "departments": AYACUCHO, "horizon_year": 2030, "growth": {"total_pct": 5}}
    data["plan"] = {"fix_treatment": {"top": 3}}
    path = tmp_path / "cli.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    out = tmp_path / "out"
    assert main(["scenario", "run", str(path), "--data", str(SHARED), "--out", str(out), "--baseline"]) == 0
    assert main(["scenario", "run", str(path), "--data", str(SHARED), "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "treatment_fixes" in printed and "cli_diff" in printed
    listed = ScenarioStore(out / "scenarios.gpkg").list()
    assert sorted(listed["name"]) == ["baseline", "cli"] and listed["has_results"].all()
    kpis = pd.read_csv(out / "comparison_kpi.csv").set_index("kpi")
    assert kpis.loc["population", "cli_pct"] == pytest.approx(5.0)
    (kpi_file,) = out.glob("kpi_cli_*.csv")  # named by the scenario's id too
    assert pd.read_csv(kpi_file).set_index("kpi").loc["treatment_fixes", "value"] == 3
    assert sorted(p.name for p in out.iterdir()) == sorted(
        ["scenarios.gpkg", "kpi_baseline.csv", kpi_file.name, "comparison_kpi.csv", "comparison_districts.csv"]
    )
    assert np.isfinite(kpis.loc["served", "cli"])
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"name": "x", "horizon_year": 1990}), encoding="utf-8")
    assert main(["scenario", "run", str(bad), "--data", str(SHARED), "--out", str(out)]) == 2
    assert "horizon_year" in capsys.readouterr().err


@needs_data
def test_rehabilitation_takes_the_top_of_the_ranking_within_the_budget(inputs):
    base = run(make("base"), inputs)
    result = run(make("rehab", plan={"rehabilitate": {"top": 12}}, budget=3_600_000), inputs)
    ranking = inputs.rehab_ranking(1.0, ("05",), lambda *_: None, lambda: False)
    done = result.systems.loc[result.systems["rehabilitated"], "system_id"]
    assert set(done) == set(ranking["ID"].astype(str).head(10))  # S/ 3.6 million pays for 10 of the 12
    assert result.kpis["rehabilitated"] == 10 and result.kpis["budget_left"] == pytest.approx(100_000)
    assert result.kpis["functioning_systems"] >= base.kpis["functioning_systems"]
    assert result.kpis["served"] >= base.kpis["served"]
    assert (result.systems.loc[result.systems["rehabilitated"], "functioning"]).all()


@needs_data
def test_a_cancelled_run_raises_and_reports_progress_in_order(inputs):
    from core.errors import CancelledError

    fractions = []
    with pytest.raises(CancelledError):
        run(make("x"), inputs, progress=lambda f, _m: fractions.append(f), is_cancelled=lambda: len(fractions) > 2)
    assert fractions == sorted(fractions) and all(0 <= f <= 1 for f in fractions)
