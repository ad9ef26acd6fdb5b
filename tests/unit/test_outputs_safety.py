"""Issue 19: nothing lost, nothing leaked, no traceback. Each finding reproduced on copies of the shared data
(``tmp_path``, never the shared folder), and now holding:

3. an output equal to an input is refused before anything is written; outputs of several files are replaced
   together or not at all;
5. spatial joins work without rtree or pygeos; operating-system errors and scenario files in cp1252 or with a
   byte-order mark end in a message naming the path (exit 2), never a traceback;
6. a failed or interrupted scenario run never deletes a store another run wrote;
7. scenario names never collide: ``baseline``, ``Baseline``, ``plan a`` and ``plan_a`` are distinct scenarios;
8. CSV cells and headers that a spreadsheet would run as formulas are neutralised, numbers stay numbers;
10. the messages say what is wrong: projected coordinates, a damaged GeoPackage, a ``;`` growth table, an
    unsupported output extension, a raster that failed.
"""

import errno
import hashlib
import json
import os
import shutil
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
from shapely.geometry import Point, Polygon

from core.__main__ import main
from core.io.atomic import replacing_together
from core.io.outputs import neutralise, neutralise_text, write_csv
from core.scenarios import KPI_UNITS, Scenario, ScenarioResult, ScenarioStore
from core.scenarios.batch import BASELINE_ID, STORE_NAME, kpi_file
from core.scenarios.run import DISTRICT_METRICS

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "data"
needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason="needs ../shared/data")
SIASAR = Path("water") / "siasar_peru_systems.csv"
OEFA = Path("water") / "oefa_water_quality_lambayeque.csv"
BOUNDARIES = Path("boundaries") / "peru_limites_inei2017.gpkg"
POVERTY = Path("socioeconomic") / "pobreza2018_distrital.csv"
HOTSPOT_PROBLEM = "pobreza_pct"


def digests(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else "folder"
        for p in sorted(folder.rglob("*"))
    }


@pytest.fixture(scope="module")
def data(tmp_path_factory) -> Path:
    """A copy of the shared data: every test may try to damage it."""
    if not SHARED.is_dir():
        pytest.skip("needs ../shared/data")
    copy = tmp_path_factory.mktemp("shared") / "data"
    shutil.copytree(SHARED, copy)
    return copy


@pytest.fixture
def oefa(tmp_path) -> Path:
    if not SHARED.is_dir():
        pytest.skip("needs ../shared/data")
    path = tmp_path / "oefa.csv"
    shutil.copy(SHARED / OEFA, path)
    return path


def squares(tmp_path: Path) -> Path:
    """Three district squares with a numeric field, as a GeoPackage."""
    path = tmp_path / "distritos.gpkg"
    shapes = [Polygon([(-75 + i, -10), (-74 + i, -10), (-74 + i, -9), (-75 + i, -9)]) for i in range(3)]
    frame = gpd.GeoDataFrame(
        {"ubigeo": ["150101", "150102", "150103"], HOTSPOT_PROBLEM: [10.0, 20.0, 30.0]},
        geometry=shapes,
        crs="EPSG:4326",
    )
    frame.to_file(path, layer="distritos", driver="GPKG")
    return path


def cli(capsys, *args) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    printed = capsys.readouterr()
    assert "Traceback" not in printed.err
    return code, printed.out, printed.err


# ---------------------------------------------------------------- 3. inputs are never outputs


@needs_shared
@pytest.mark.parametrize(
    "command",
    [
        ["predict", "water-risk", "--data", "{data}", "--out", "{data}/" + str(SIASAR)],
        [
            "predict",
            "water-risk",
            "--data",
            "{data}",
            "--out",
            "{tmp}/ok.csv",
            "--districts-out",
            "{data}/" + str(POVERTY),
        ],
        ["predict", "poverty", "--data", "{data}", "--out", "{data}/" + str(POVERTY)],
        ["features", "--data", "{data}", "--out", "{data}/" + str(BOUNDARIES)],
        ["standards", "{oefa}", "--out", "{oefa}"],
        ["standards", "{oefa}", "--out", "{tmp}/puntos.csv", "--measurements-out", "{oefa}"],
        ["standards", "{oefa}", "--out", "{tmp}/link.csv"],  # a hard link to the input
        ["hotspots", "--districts", "{districts}", "--column", HOTSPOT_PROBLEM, "--out", "{districts}"],
        ["plan", "rehab", "--data", "{data}", "--out", "{data}/" + str(SIASAR)],
        ["forecast", "demand", "--inflow", "{oefa}", "--origin", "2022-01-01 00:00", "--out", "{oefa}"],
        ["standards", "{oefa}", "--out", "{tmp}/a.csv", "--measurements-out", "{tmp}/./a.csv"],
    ],
    ids=[
        "predict",
        "districts-out",
        "poverty",
        "features",
        "standards",
        "measurements-out",
        "hard-link",
        "hotspots",
        "plan",
        "forecast",
        "same-output-twice",
    ],
)
def test_an_output_that_is_an_input_is_refused_before_anything_is_written(command, data, oefa, tmp_path, capsys):
    districts = squares(tmp_path)
    os.link(oefa, tmp_path / "link.csv")
    before, before_tmp = digests(data), digests(tmp_path)
    values = {"data": data, "oefa": oefa, "tmp": tmp_path, "districts": districts}
    code, _, err = cli(capsys, *[part.format(**values) for part in command])
    assert code == 2
    assert "output_is_input" in err or "duplicate_output" in err, err
    assert "fix:" in err
    assert digests(data) == before and digests(tmp_path) == before_tmp  # nothing written, nothing replaced


def test_a_scenario_output_that_is_an_input_is_refused(tmp_path, capsys):
    folder = tmp_path / "out"
    folder.mkdir()
    source = folder / "comparison_kpi.csv"  # a scenario file whose name is one of the run's outputs
    source.write_text(json.dumps({"name": "x"}), encoding="utf-8")
    code, _, err = cli(capsys, "scenario", "run", source, "--data", tmp_path / "data", "--out", folder, "--baseline")
    assert code == 2 and "output_is_input" in err
    assert sorted(p.name for p in folder.iterdir()) == ["comparison_kpi.csv"]


@needs_shared
def test_the_standards_outputs_are_replaced_together_or_not_at_all(oefa, tmp_path, capsys, monkeypatch):
    """On a full disk the second output failed after the first had been replaced: now both stay as they were."""
    points, measurements = tmp_path / "puntos.csv", tmp_path / "mediciones.csv"
    points.write_text("earlier points\n")
    measurements.write_text("earlier measurements\n")
    original, calls = pd.DataFrame.to_csv, []

    def second_fails(self, path=None, *args, **kwargs):
        calls.append(path)
        if len(calls) == 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        return original(self, path, *args, **kwargs)

    monkeypatch.setattr(pd.DataFrame, "to_csv", second_fails)
    code, _, err = cli(capsys, "standards", oefa, "--out", points, "--measurements-out", measurements)
    assert code == 2 and "disk_full" in err and str(measurements) in err
    assert points.read_text() == "earlier points\n" and measurements.read_text() == "earlier measurements\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mediciones.csv", "oefa.csv", "puntos.csv"]


def test_replacing_together_puts_the_earlier_versions_back_when_a_move_fails(tmp_path):
    first, second = tmp_path / "a.csv", tmp_path / "b.csv"
    first.write_text("earlier a\n")
    second.mkdir()  # a folder where the second file should go: its move fails
    with pytest.raises(IsADirectoryError), replacing_together([first, second]) as (a, b):
        a.write_text("new a\n")
        b.write_text("new b\n")
    assert first.read_text() == "earlier a\n" and second.is_dir()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.csv", "b.csv"]


# ---------------------------------------------------------------- 5. crashes


def test_points_are_located_without_a_spatial_index_package():
    """Crafted on squares: inside, on a shared edge, outside, not finite; the same as a brute-force within."""
    from core.spatial.join import locate_in

    shapes = [Polygon([(i, 0), (i + 1, 0), (i + 1, 1), (i, 1)]) for i in range(3)]
    polygons = gpd.GeoDataFrame({"ubigeo": ["a", "b", "c"]}, geometry=shapes, crs="EPSG:4326")
    coordinates = [(0.5, 0.5), (2.5, 0.9), (1.0, 0.5), (5, 5), (np.nan, 0.5), (1.5, 0.01)]
    points = gpd.GeoDataFrame(
        geometry=[Point(x, y) for x, y in coordinates], crs="EPSG:4326", index=[10, 11, 12, 13, 14, 15]
    )
    located = locate_in(points, polygons)
    brute = [
        next((u for u, s in zip(polygons["ubigeo"], shapes, strict=True) if s.contains(Point(x, y))), None)
        for x, y in coordinates
    ]
    assert list(located.index) == [10, 11, 12, 13, 14, 15]
    assert list(located) == brute == ["a", "c", None, None, None, "b"]


@needs_shared
def test_locating_siasar_systems_gives_their_recorded_district(data):
    """On the real boundaries and systems: the located district is the recorded one for nearly all systems."""
    from core.spatial.join import locate_in

    districts = gpd.read_file(data / BOUNDARIES, layer="distritos")
    systems = pd.read_csv(data / SIASAR, dtype={"ubigeo": str}).dropna(subset=["latitud", "longitud"]).head(400)
    points = gpd.GeoDataFrame(systems, geometry=gpd.points_from_xy(systems["longitud"], systems["latitud"]), crs=4326)
    code = next(c for c in districts.columns if c.lower() in ("ubigeo", "iddist"))
    located = locate_in(points, districts.rename(columns={code: "ubigeo"}))
    assert (located == points["ubigeo"].str.zfill(6)).mean() > 0.9


@needs_shared
@pytest.mark.parametrize("damage", ["blank", "no_column"])
def test_water_points_without_ubigeo_are_located_not_a_crash(damage, data, tmp_path, capsys):
    """One blank UBIGEO (or no UBIGEO column) made geopandas ask for rtree or pygeos: predict crashed."""
    systems = pd.read_csv(data / SIASAR, dtype=str, keep_default_na=False)
    if damage == "blank":
        systems.loc[5, "ubigeo"] = ""
    else:
        systems = systems.drop(columns="ubigeo")
    path = tmp_path / "systems.csv"
    systems.to_csv(path, index=False)
    out = tmp_path / "riesgo.csv"
    code, _, err = cli(capsys, "predict", "water-risk", "--data", data, "--systems", path, "--out", out)
    assert code == 0, err
    frame = pd.read_csv(out, dtype={"ubigeo": str})
    assert len(frame) == len(systems)
    assert frame["ubigeo"].notna().mean() > 0.95


@needs_shared
def test_features_with_water_points_lacking_ubigeo(data, tmp_path, capsys):
    folder = tmp_path / "data"
    shutil.copytree(data, folder)
    systems = pd.read_csv(folder / SIASAR, dtype=str, keep_default_na=False)
    systems.loc[3, "ubigeo"] = ""
    systems.to_csv(folder / SIASAR, index=False)
    out = tmp_path / "features.gpkg"
    code, _, err = cli(capsys, "features", "--data", folder, "--out", out)
    assert code == 0, err
    table = gpd.read_file(out)
    assert table["sistemas_n"].sum() == len(systems)


def failing(number: int, message: str):
    def fail(self, *args, **kwargs):
        raise OSError(number, message)

    return fail


@needs_shared
@pytest.mark.parametrize(
    ("number", "text", "code"),
    [
        (errno.ENOSPC, "No space left on device", "disk_full"),
        (errno.EACCES, "Permission denied", "permission_denied"),
        (errno.EROFS, "Read-only file system", "read_only_disk"),
    ],
)
def test_operating_system_errors_end_in_a_message_naming_the_path(
    number, text, code, oefa, tmp_path, capsys, monkeypatch
):
    target = tmp_path / "out" / "puntos.csv"
    monkeypatch.setattr(pd.DataFrame, "to_csv", failing(number, text))
    status, _, err = cli(capsys, "standards", oefa, "--out", target)
    assert status == 2
    assert f"error [{code}]: {target}:" in err and "fix:" in err
    assert list((tmp_path / "out").iterdir()) == []


@needs_shared
@pytest.mark.parametrize("case", ["folder", "long_name", "parent_is_a_file"])
def test_impossible_output_paths_end_in_a_message(case, oefa, tmp_path, capsys):
    target = {
        "folder": tmp_path,
        "long_name": tmp_path / ("n" * 300 + ".csv"),
        "parent_is_a_file": oefa / "puntos.csv",
    }[case]
    status, _, err = cli(capsys, "standards", oefa, "--out", target)
    assert status == 2, err
    assert {"folder": "is_a_folder", "long_name": "name_too_long", "parent_is_a_file": "not_a_folder"}[case] in err
    assert str(target) in err


def test_a_library_error_saying_the_disk_is_full_is_a_disk_full_message(tmp_path, capsys, monkeypatch):
    """GDAL and SQLite say "disk is full" without raising an OSError."""
    from core.features import district_features

    def gdal_full(self, *args, **kwargs):
        raise RuntimeError("sqlite3_exec(COMMIT) failed: database or disk is full")

    monkeypatch.setattr(gpd.GeoDataFrame, "to_file", gdal_full)
    target = tmp_path / "f.gpkg"
    with pytest.raises(OSError, match="No space left"):
        district_features.write_features(gpd.GeoDataFrame(geometry=[Point(0, 0)], crs=4326), target)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("encoding", ["cp1252", "utf-8-sig", "utf-16"])
def test_scenario_files_in_other_encodings_are_read(encoding, tmp_path, capsys):
    path = tmp_path / "escenario.json"
    path.write_bytes(json.dumps({"name": "Año de lluvias", "horizon_year": 1990}, ensure_ascii=False).encode(encoding))
    status, _, err = cli(capsys, "scenario", "run", path, "--data", tmp_path / "data", "--out", tmp_path / "out")
    assert status == 2 and "horizon_year" in err  # read: the scenario's own problem is reported
    good = tmp_path / "bueno.json"
    good.write_bytes(json.dumps({"name": "Año de lluvias"}, ensure_ascii=False).encode(encoding))
    assert Scenario.load(good).name == "Año de lluvias"


def test_an_unreadable_scenario_file_is_a_message(tmp_path, capsys):
    status, _, err = cli(capsys, "scenario", "run", tmp_path / "absent.json", "--data", tmp_path, "--out", tmp_path)
    assert status == 2 and "file_not_found" in err and "absent.json" in err


# ---------------------------------------------------------------- 6. and 7. the scenario store


def result_of(scenario: Scenario, value: float) -> ScenarioResult:
    """A small result without data: every KPI and district metric is ``value``."""
    square = Polygon([(-74, -13), (-73.9, -13), (-73.9, -12.9), (-74, -12.9)])
    districts = gpd.GeoDataFrame(
        {"ubigeo": ["050101"], **{metric: [value] for metric in DISTRICT_METRICS}}, geometry=[square], crs=4326
    )
    sites = pd.DataFrame({"site_id": ["S1"], "name": ["a"], "longitude": [-73.95], "latitude": [-12.95], "cost": [1.0]})
    systems = pd.DataFrame({"system_id": ["1"], "longitude": [-73.96], "latitude": [-12.96], "functioning": [False]})
    summary = {"warnings": [], "seconds": 0.1, "finished": "2026-01-01T00:00:00+00:00"}
    return ScenarioResult(scenario.copy(), dict.fromkeys(KPI_UNITS, value), districts, sites, systems, summary)


@pytest.fixture
def fake_runs(monkeypatch):
    """``run_scenario`` without data: the result's values count the runs (baseline 1, then 2, 3...)."""
    import core.scenarios.run as run

    runs = []

    def fake(scenario, data_dir, progress=None, is_cancelled=None, **kwargs):
        runs.append(scenario)
        return result_of(scenario, float(len(runs)))

    monkeypatch.setattr(run, "run_scenario", fake)
    return runs


def scenario_file(folder: Path, name: str, **fields) -> Path:
    path = folder / f"{len(list(folder.glob('*.json')))}.json"
    path.write_text(json.dumps({"name": name, **fields}, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.parametrize("failure", [RuntimeError("the solver failed"), KeyboardInterrupt()], ids=["error", "ctrl-c"])
def test_a_failed_run_never_deletes_a_store_another_run_wrote(failure, tmp_path, monkeypatch):
    """Run A finds no store; meanwhile run B creates it and writes its results; then A fails (or Ctrl-C)."""
    import core.scenarios.run as run
    from core import jobs
    from core.jobs.scenarios import ScenarioRunRequest

    out = tmp_path / "out"
    store = ScenarioStore(out / STORE_NAME)
    other = Scenario(name="otra corrida")

    def another_run_then_fail(scenario, data_dir, **kwargs):
        store.create(other)
        store.write_results(result_of(other, 7.0))
        raise failure

    monkeypatch.setattr(run, "run_scenario", another_run_then_fail)
    request = ScenarioRunRequest(tmp_path / "data", out / STORE_NAME, (Scenario(name="mía"),), csv_dir=out)
    with pytest.raises(type(failure)):
        jobs.run("scenariorun", request)
    assert store.path.is_file()
    assert list(store.list()["name"]) == ["otra corrida"]
    assert store.read_results(other.id).kpis["served"] == 7.0
    assert sorted(p.name for p in out.iterdir()) == [STORE_NAME]


def test_a_cancelled_run_leaves_no_store_and_no_csv(tmp_path, fake_runs):
    from core import jobs
    from core.errors import CancelledError
    from core.jobs.scenarios import ScenarioRunRequest

    out = tmp_path / "out"
    request = ScenarioRunRequest(tmp_path / "data", out / STORE_NAME, (Scenario(name="x"),), csv_dir=out)
    with pytest.raises(CancelledError):
        jobs.run("scenariorun", request, is_cancelled=lambda: True)
    assert ScenarioStore(out / STORE_NAME).list().empty
    assert not list(out.glob("*.csv"))


@pytest.mark.parametrize("name", ["baseline", "Baseline", "BASELINE "])
def test_a_scenario_named_baseline_is_not_the_baseline(name, tmp_path, capsys, fake_runs):
    path = scenario_file(tmp_path, name, horizon_year=2030)
    out = tmp_path / "out"
    code, printed, err = cli(capsys, "scenario", "run", path, "--data", tmp_path / "data", "--out", out, "--baseline")
    assert code == 0, err
    listed = ScenarioStore(out / STORE_NAME).list()
    assert len(listed) == 2 and BASELINE_ID in set(listed["id"])
    kpis = pd.read_csv(out / "comparison_kpi.csv").set_index("kpi")
    mine = [c for c in kpis.columns if c.endswith("_diff")]
    assert len(mine) == 1 and kpis.loc["served", mine[0]] == 1.0  # 2 (the scenario) - 1 (the baseline)
    files = sorted(p.name for p in out.glob("kpi_*.csv"))
    assert len(files) == 2 and "kpi_baseline.csv" in files
    assert pd.read_csv(out / "kpi_baseline.csv").set_index("kpi").loc["served", "value"] == 1.0


def test_names_that_slug_alike_keep_their_own_files(tmp_path, capsys, fake_runs):
    out = tmp_path / "out"
    for name in ("plan a", "plan_a", "Plan A"):
        code, _, err = cli(
            capsys, "scenario", "run", scenario_file(tmp_path, name), "--data", tmp_path / "data", "--out", out
        )
        assert code == 0, err
    listed = ScenarioStore(out / STORE_NAME).list()
    files = [p.name for p in out.glob("kpi_*.csv")]
    assert len(listed) == 3 and len(files) == 3
    assert len({f.casefold() for f in files}) == 3  # distinct on case-insensitive disks too
    for scenario_id, name in zip(listed["id"], listed["name"], strict=True):
        stored = Scenario(name=name, id=scenario_id)
        assert (out / kpi_file(stored)).is_file()


def test_a_file_with_the_reserved_baseline_id_is_refused(tmp_path, capsys, fake_runs):
    path = scenario_file(tmp_path, "impostor", id=BASELINE_ID)
    code, _, err = cli(capsys, "scenario", "run", path, "--data", tmp_path / "data", "--out", tmp_path / "out")
    assert code == 2 and "reserved_id" in err
    assert not fake_runs


def test_a_second_run_of_the_same_file_updates_its_scenario(tmp_path, capsys, fake_runs):
    out = tmp_path / "out"
    path = scenario_file(tmp_path, "crecimiento", horizon_year=2030)
    assert cli(capsys, "scenario", "run", path, "--data", tmp_path / "data", "--out", out)[0] == 0
    path.write_text(json.dumps({"name": "crecimiento", "horizon_year": 2035}), encoding="utf-8")
    assert cli(capsys, "scenario", "run", path, "--data", tmp_path / "data", "--out", out)[0] == 0
    listed = ScenarioStore(out / STORE_NAME).list()
    assert list(listed["version"]) == [2] and list(listed["result_version"]) == [2]


# ---------------------------------------------------------------- 8. formula injection


def test_formula_like_text_is_neutralised_and_numbers_stay_numbers(tmp_path):
    frame = pd.DataFrame(
        {
            "=cmd|' /C calc'!A0": ["x", "y", "z", "w", "v", "t", "s"],
            "name": ['=HYPERLINK("http://x","clic")', "+1+2", "-2+3", "@SUM(A1)", "\tlead", "-5", "ok"],
            "value": [-5.0, 1.5, -0.0, 3.0, -1e6, -7.0, 0.0],
            "count": [-1, 2, 3, 4, 5, 7, 8],
            "kind": pd.Categorical(["=a", "b", "b", "b", "b", "b", "b"]),
        }
    )
    target = write_csv(frame, tmp_path / "t.csv")
    back = pd.read_csv(target, keep_default_na=False)
    assert list(back.columns) == ["'=cmd|' /C calc'!A0", "name", "value", "count", "kind"]
    assert list(back["name"].astype(str)) == [
        '\'=HYPERLINK("http://x","clic")',
        "'+1+2",
        "'-2+3",
        "'@SUM(A1)",
        "'\tlead",
        "-5",
        "ok",
    ]
    assert back["value"].tolist() == frame["value"].tolist() and back["count"].tolist() == frame["count"].tolist()
    assert back["kind"][0] == "'=a"
    assert frame["name"][0].startswith("=")  # the caller's frame is left as it was
    assert neutralise_text("\rlead") == "'\rlead"  # a bare CR would also split the row when read back
    assert neutralise_text("-12.5") == "-12.5" and neutralise_text(-3) == -3 and neutralise_text("=1") == "'=1"


def test_the_index_of_a_wide_table_is_neutralised_too():
    wide = pd.DataFrame({"=area": [1.0]}, index=pd.Index(["@x"], name="-name"))
    safe = neutralise(wide, index=True)
    assert list(safe.columns) == ["'=area"] and list(safe.index) == ["'@x"] and safe.index.name == "'-name"


@needs_shared
def test_standards_outputs_carry_no_formula(oefa, tmp_path, capsys):
    frame = pd.read_csv(oefa, dtype=str, keep_default_na=False)
    point = next(c for c in frame.columns if "punto" in c.lower() or "código" in c.lower() or "codigo" in c.lower())
    frame[point] = '=HYPERLINK("http://example.org","ver")'
    frame.to_csv(oefa, index=False)
    out = tmp_path / "puntos.csv"
    code, _, err = cli(capsys, "standards", oefa, "--out", out, "--measurements-out", tmp_path / "m.csv")
    assert code == 0, err
    for path in (out, tmp_path / "m.csv"):
        cells = pd.read_csv(path, dtype=str, keep_default_na=False).to_numpy().ravel()
        assert not any(cell.startswith(("=", "@")) for cell in cells)
        assert any(cell.startswith("'=HYPERLINK") for cell in cells)


def test_scenario_names_in_csv_headers_are_neutralised(tmp_path, capsys, fake_runs):
    path = scenario_file(tmp_path, '=HYPERLINK("http://x")')
    out = tmp_path / "out"
    assert cli(capsys, "scenario", "run", path, "--data", tmp_path / "data", "--out", out, "--baseline")[0] == 0
    header = (out / "comparison_kpi.csv").read_text(encoding="utf-8").splitlines()[0]
    assert "'=HYPERLINK" in header and ",=" not in header


# ---------------------------------------------------------------- 10. misleading messages


def test_utm_metres_in_latitude_longitude_are_named(tmp_path, capsys):
    path = tmp_path / "puntos.csv"
    path.write_text("id,latitud,longitud\n1,8650000,500000\n2,8700000,510000.5\n", encoding="utf-8")
    code, printed, _ = cli(capsys, "validate", "--kind", "water_points", path)
    assert code == 2
    assert "coordinates_projected" in printed and "UTM" in printed and "empty_input" not in printed


def test_a_truncated_geopackage_is_called_damaged(tmp_path, capsys):
    path = squares(tmp_path)
    path.write_bytes(path.read_bytes()[:5000])
    code, printed, _ = cli(capsys, "validate", path)
    assert code == 2
    assert "damaged" in printed and "unknown_kind" not in printed


def test_a_growth_table_with_semicolons_is_read(tmp_path):
    (tmp_path / "tasas.csv").write_text("ubigeo;annual_pct\n150101;1,5\n010101;-0,5\n", encoding="cp1252")
    scenario = Scenario.from_dict({"name": "x", "growth": {"by_district": "tasas.csv"}}, base_dir=tmp_path)
    assert scenario.growth.by_district == {"150101": 1.5, "010101": -0.5}


@pytest.mark.parametrize(
    "command",
    [
        ["predict", "water-risk", "--data", "{tmp}", "--out", "{tmp}/x.xlsx"],
        ["predict", "poverty", "--data", "{tmp}", "--out", "{tmp}/x.gpkg"],
        ["features", "--data", "{tmp}", "--out", "{tmp}/x.xlsx"],
        ["hotspots", "--data", "{tmp}", "--out", "{tmp}/x.xlsx"],
        ["standards", "{tmp}/m.csv", "--out", "{tmp}/x.XLSX"],
        ["standards", "{tmp}/m.csv", "--out", "{tmp}/x.csv", "--measurements-out", "{tmp}/m"],
        ["plan", "rehab", "--data", "{tmp}", "--out", "{tmp}/x.shp"],
        ["forecast", "demand", "--inflow", "{tmp}/f.csv", "--origin", "2022-01-01", "--out", "{tmp}/x.xlsx"],
    ],
)
def test_an_unsupported_output_extension_is_refused_naming_the_supported_ones(command, tmp_path, capsys):
    code, _, err = cli(capsys, *[part.format(tmp=tmp_path) for part in command])
    assert code == 2 and "unsupported_output" in err
    assert ".csv" in err or ".gpkg" in err
    assert list(tmp_path.iterdir()) == []


def test_a_raster_that_fails_in_features_is_explained_without_verbose(tmp_path, capsys):
    raster = tmp_path / "roto.tif"
    raster.write_bytes(b"II*\x00" + b"not a tiff" * 20)
    code, out, err = cli(
        capsys, "features", "--districts", squares(tmp_path), "--raster", raster, "--out", tmp_path / "f.gpkg"
    )
    assert code == 0
    assert "1 errors" in out
    assert "unreadable_file" in err and str(raster) in err and "Fix:" in err
