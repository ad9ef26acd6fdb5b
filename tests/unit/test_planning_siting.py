"""New water-point siting: MILP against brute force, greedy and its bound, coverage, population, real data, CLI."""

import itertools
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from scipy import sparse

from core.__main__ import main
from core.errors import InputError
from core.planning.coverage import EARTH_RADIUS_KM, coverage_matrix, nearest_other_km
from core.planning.mclp import covered_weight, greedy, greedy_bound, reduce_instance, solve
from core.planning.population import PopulationOptions, demand_points, read_need_table, spread_population
from core.planning.siting import SitingOptions, plan_siting, site

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "data"
AYACUCHO = "05"


def random_instance(seed: int, n_demand: int = 60, n_sites: int = 12, density: float = 0.15):
    rng = np.random.default_rng(seed)
    coverage = sparse.csr_matrix(rng.random((n_demand, n_sites)) < density)
    weights = rng.integers(0, 50, n_demand).astype(float)
    costs = rng.integers(1, 5, n_sites).astype(float)
    return coverage, weights, costs


def brute_force(coverage, weights, k=None, budget=None, costs=None) -> float:
    n = coverage.shape[1]
    sizes = [k] if k is not None else range(n + 1)
    best = 0.0
    for size in sizes:
        for chosen in itertools.combinations(range(n), size):
            if budget is None or costs[list(chosen)].sum() <= budget:
                best = max(best, covered_weight(coverage, weights, chosen))
    return best


@pytest.mark.parametrize("density", [0.05, 0.15])
@pytest.mark.parametrize("seed", range(6))
def test_milp_matches_brute_force_with_k(seed, density):
    coverage, weights, _ = random_instance(seed, density=density)
    solution = solve(coverage, weights, k=3)
    assert solution.method == "milp" and solution.status == "optimal"
    assert solution.objective == pytest.approx(brute_force(coverage, weights, k=3))
    assert covered_weight(coverage, weights, solution.selected) == pytest.approx(solution.objective)
    assert len(solution.selected) <= 3
    assert solution.gap == pytest.approx(0.0, abs=1e-9)


@pytest.mark.parametrize("density", [0.05, 0.15])
@pytest.mark.parametrize("seed", range(6))
def test_milp_matches_brute_force_with_budget_and_unequal_costs(seed, density):
    coverage, weights, costs = random_instance(seed, density=density)
    solution = solve(coverage, weights, budget=6.0, costs=costs)
    assert solution.objective == pytest.approx(brute_force(coverage, weights, budget=6.0, costs=costs))
    assert costs[solution.selected].sum() <= 6.0


@pytest.mark.parametrize("seed", range(10))
def test_greedy_is_below_the_optimum_and_its_bound_above(seed):
    coverage, weights, costs = random_instance(seed, 80, 15, 0.2)
    for limits in ({"k": 3}, {"budget": 5.0, "costs": costs}):
        best = solve(coverage, weights, **limits)
        quick = solve(coverage, weights, method="greedy", **limits)
        assert quick.method == "greedy"
        assert quick.objective <= best.objective + 1e-9
        assert quick.bound >= best.objective - 1e-9
        assert covered_weight(coverage, weights, quick.selected) == pytest.approx(quick.objective)


def test_reduction_merges_identical_coverage_and_folds_single_site_groups():
    # demand 0 and 1: sites {0, 1}; demand 2: site 2 alone; demand 3: no site; demand 4: no weight
    coverage = sparse.csr_matrix(
        np.array([[1, 1, 0, 0], [1, 1, 0, 0], [0, 0, 1, 0], [0, 0, 0, 0], [0, 0, 0, 1]], dtype=bool)
    )
    reduced = reduce_instance(coverage, np.array([2.0, 3.0, 7.0, 9.0, 0.0]))
    assert list(reduced.sites) == [0, 1, 2]  # site 3 covers only weightless demand
    assert reduced.groups.shape == (1, 3)
    assert list(reduced.group_weight) == [5.0]
    assert list(reduced.private) == [0.0, 0.0, 7.0]
    assert reduced.demand_points == 3
    picks, value = greedy(reduced, k=1)
    assert value == 7.0 and list(reduced.sites[picks]) == [2]
    assert greedy_bound(reduced, picks, k=1) >= 7.0
    # with k = 1, of the sites sharing nothing only the heaviest can matter
    lonely = sparse.csr_matrix(np.eye(4, dtype=bool))
    assert list(reduce_instance(lonely, np.array([1.0, 4.0, 2.0, 3.0]), k=1).sites) == [1]
    assert list(reduce_instance(lonely, np.array([1.0, 4.0, 2.0, 3.0]), k=2).sites) == [1, 3]


def test_bad_limits_are_input_errors():
    coverage, weights, costs = random_instance(0)
    with pytest.raises(InputError, match="either"):
        solve(coverage, weights, k=2, budget=3.0)
    with pytest.raises(InputError, match="either"):
        solve(coverage, weights)
    with pytest.raises(InputError) as error:
        solve(coverage, weights, budget=3.0, costs=-costs)
    assert error.value.code == "bad_cost"
    with pytest.raises(InputError):
        solve(coverage, -weights, k=2)


def test_site_leaves_out_sites_that_add_nothing():
    demand = pd.DataFrame(
        {
            "longitude": [-74.0, -74.1, -74.2],
            "latitude": [-13.0] * 3,
            "population": [10.0, 20.0, 30.0],
            "need": [10.0, 20.0, 30.0],
            "served": [False, False, True],
            "urban": [False] * 3,
        }
    )
    candidates = pd.DataFrame(
        {
            "candidate_id": list("abcde"),
            "longitude": [-74.0, -74.1, -74.2, -75.0, -74.0],
            "latitude": [-13.0] * 5,
        }
    )
    result = site(demand, SitingOptions(k=5), candidates)
    assert result.summary["objective"] == 30.0 and result.summary["target_need"] == 30.0
    assert result.sites["candidate_id"].iloc[0] == "b" and result.sites["candidate_id"].iloc[1] in {"a", "e"}
    assert result.summary["sites_selected"] == len(result.sites) == 2 and result.summary["cost"] == 2.0
    assert result.sites["marginal_need"].tolist() == [20.0, 10.0]
    assert result.demand["covered"].tolist() == [True, True, False]


def haversine_km(lon1, lat1, lon2, lat2):
    lon1, lat1, lon2, lat2 = map(np.radians, (lon1, lat1, lon2, lat2))
    a = np.sin((lat2 - lat1) / 2) ** 2 + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(a))


def test_coverage_is_exact_great_circle_within_the_radius():
    rng = np.random.default_rng(7)
    demand = np.column_stack([-75 + rng.random(300) * 0.1, -12 + rng.random(300) * 0.1])
    sites = np.column_stack([-75 + rng.random(40) * 0.1, -12 + rng.random(40) * 0.1])
    matrix = coverage_matrix(demand, sites, 2.0).toarray()
    distance = haversine_km(demand[:, None, 0], demand[:, None, 1], sites[None, :, 0], sites[None, :, 1])
    assert matrix.any()
    assert np.array_equal(matrix, distance <= 2.0)
    nearest = nearest_other_km(sites)
    expected = np.sort(haversine_km(sites[:, None, 0], sites[:, None, 1], sites[None, :, 0], sites[None, :, 1]), 1)
    assert np.allclose(nearest, expected[:, 1], atol=1e-6)


def test_district_population_is_spread_with_the_urban_factor():
    centres = pd.DataFrame({"ubigeo": ["010101"] * 3 + ["010102"] * 2, "urban": [True, False, False, False, False]})
    districts = pd.DataFrame({"ubigeo": ["010101", "010102"], "population": [1200.0, 50.0], "population_source": "x"})
    population, source = spread_population(centres, districts, urban_factor=10)
    assert population == pytest.approx([1000.0, 100.0, 100.0, 25.0, 25.0])
    assert list(source) == ["x"] * 5
    with pytest.raises(InputError):
        spread_population(centres, districts, urban_factor=0)


def test_need_table_errors_name_the_column(tmp_path):
    path = tmp_path / "need.csv"
    path.write_text("ubigeo,indice\n050101,0.5\n050102,abc\n", encoding="utf-8")
    with pytest.raises(InputError) as error:
        read_need_table(path, "indice")
    assert error.value.code == "bad_need" and error.value.details["column"] == "indice"
    with pytest.raises(InputError) as error:
        read_need_table(path, "need_weight")
    assert error.value.code.startswith("missing_column")


@pytest.fixture(scope="module")
def ayacucho():
    return demand_points(SHARED, departments=[AYACUCHO])


@pytest.mark.shared_data
def test_demand_points_of_a_department(ayacucho):
    assert len(ayacucho) > 7000 and set(ayacucho["department"]) == {AYACUCHO}
    assert (ayacucho["population"] > 0).all()
    assert set(ayacucho["poverty_source"]) == {"inei2018"}
    assert ayacucho["need"].to_numpy() == pytest.approx(ayacucho["population"] * (1 + ayacucho["poverty_pct"] / 100))
    assert 0.05 < ayacucho["served"].mean() < 0.5
    totals = pd.read_csv(SHARED / "socioeconomic" / "pobreza2018_distrital.csv", dtype={"ubigeo": str})
    known = totals.set_index("ubigeo")["pob_2020"]
    spread = ayacucho[ayacucho["population_source"] == "pob_2020"].groupby("ubigeo")["population"].sum()
    assert spread.to_numpy() == pytest.approx(known[spread.index].to_numpy())


@pytest.mark.shared_data
def test_siting_on_a_department_is_exact_and_not_below_greedy(ayacucho):
    result = site(ayacucho, SitingOptions(k=15))
    summary, sites = result.summary, result.sites
    assert summary["method"] == "milp" and summary["status"] == "optimal"
    assert summary["objective"] >= summary["greedy_objective"] - 1e-6
    assert summary["gap"] == pytest.approx(0.0, abs=1e-6)
    assert len(sites) == 15 and list(sites["order"]) == list(range(1, 16))
    assert sites["cumulative_need"].iloc[-1] == pytest.approx(summary["objective"])
    assert np.all(np.diff(sites["marginal_need"]) <= 1e-6)  # build order: largest additions first
    assert not set(sites["candidate_id"]) & set(ayacucho.loc[ayacucho["served"], "centre_id"])
    demand = result.demand
    assert (demand.loc[demand["served"], "weight"] == 0).all()
    assert demand.loc[demand["covered"], "weight"].sum() == pytest.approx(summary["objective"])
    assert 0 < summary["covered_share"] < 1
    rural = site(ayacucho, SitingOptions(k=15, rural_only=True))
    assert rural.demand.loc[rural.demand["urban"], "weight"].sum() == 0


@pytest.mark.shared_data
def test_siting_with_candidate_costs_and_a_budget(ayacucho, tmp_path):
    free = ayacucho[~ayacucho["served"]].nlargest(300, "need")
    path = tmp_path / "candidates.csv"
    pd.DataFrame(
        {
            "id": [f"c{i}" for i in range(len(free))],
            "latitud": free["latitude"].to_numpy(),
            "longitud": free["longitude"].to_numpy(),
            "cost": np.where(np.arange(len(free)) % 2, 3.0, 1.0),
        }
    ).to_csv(path, index=False)
    result = plan_siting(SHARED, SitingOptions(budget=10.0), candidates=path, departments=[AYACUCHO])
    assert result.summary["cost"] <= 10.0
    assert result.summary["objective"] >= result.summary["greedy_objective"] - 1e-6
    assert result.sites["candidate_id"].str.startswith("c").all()
    assert "1 + poverty" in result.summary["need_method"] and "90" in result.summary["population_method"]


@pytest.mark.shared_data
def test_time_limit_falls_back_with_a_gap(ayacucho):
    result = site(ayacucho, SitingOptions(k=300, access_km=3.0, time_limit=0.01))
    summary = result.summary
    assert summary["objective"] >= summary["greedy_objective"] - 1e-6
    assert summary["gap"] is not None and summary["bound"] >= summary["objective"]
    assert len(result.sites) <= 300


@pytest.mark.shared_data
def test_population_from_a_raster(tmp_path):
    rasterio = pytest.importorskip("rasterio")
    from rasterio.transform import from_origin

    path = tmp_path / "population.tif"
    values = np.arange(1, 1 + 200 * 200, dtype="float32").reshape(200, 200)
    transform = from_origin(-75.0, -12.0, 0.01, 0.01)  # Huancavelica/Ayacucho border area, 1.1 km pixels
    profile = dict(driver="GTiff", width=200, height=200, count=1, dtype="float32", crs="EPSG:4326", nodata=-1)
    with rasterio.open(path, "w", transform=transform, **profile) as target:
        target.write(values, 1)
    points = demand_points(SHARED, ["09"], options=PopulationOptions(raster=path, poverty_model=False))
    inside = points["longitude"].between(-75.0, -73.0) & points["latitude"].between(-14.0, -12.0)
    assert inside.any() and (points.loc[~inside, "population"] == 0).all()
    col = ((points.loc[inside, "longitude"] + 75.0) / 0.01).astype(int)
    row = ((-12.0 - points.loc[inside, "latitude"]) / 0.01).astype(int)
    assert points.loc[inside, "population"].to_numpy() == pytest.approx(values[row, col])
    assert set(points["population_source"]) == {"raster_point"}
    assert "population.tif (point)" in PopulationOptions(raster=path).describe()["population_method"]
    buffered = demand_points(
        SHARED, ["09"], access_km=2.0, options=PopulationOptions(raster=path, raster_mode="buffer", poverty_model=False)
    )
    assert (buffered.loc[inside, "population"] > points.loc[inside, "population"]).mean() > 0.9


@pytest.mark.shared_data
def test_need_table_replaces_poverty(ayacucho, tmp_path):
    codes = sorted(ayacucho["ubigeo"].unique())
    table = pd.DataFrame({"ubigeo": codes, "need_weight": 2.0})
    points = demand_points(SHARED, [AYACUCHO], options=PopulationOptions(need_table=table))
    assert points["need"].to_numpy() == pytest.approx(2 * points["population"].to_numpy())
    with pytest.raises(InputError) as error:
        demand_points(SHARED, [AYACUCHO], options=PopulationOptions(need_table=table.iloc[1:]))
    assert error.value.code == "missing_need"


@pytest.mark.shared_data
def test_cli_plan_siting_writes_sites(tmp_path, capsys):
    target = tmp_path / "sites.gpkg"
    code = main(["plan", "siting", "--data", str(SHARED), "--department", AYACUCHO, "--k", "5", "--out", str(target)])
    assert code == 0 and target.is_file()
    printed = capsys.readouterr().out
    assert "5 sites (milp, optimal" in printed and "need covered" in printed
    import geopandas as gpd

    layer = gpd.read_file(target, layer="sites")
    assert len(layer) == 5 and layer.crs.to_epsg() == 4326
    assert main(["plan", "siting", "--data", str(SHARED), "--department", "99", "--k", "5"]) == 2
    with pytest.raises(SystemExit):
        main(["plan", "siting", "--data", str(SHARED), "--k", "5", "--budget", "3"])
