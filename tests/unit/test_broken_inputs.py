"""A corpus of broken inputs: each yields its report item naming file, column, rows and fix; nothing
crashes; and every input is byte-identical after validation."""

import gzip
import hashlib
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import rasterio
from rasterio.transform import from_origin
from shapely.geometry import Point, Polygon

from core.io import UbigeoReference, load_input
from core.validation import Severity

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data"


@pytest.fixture(scope="module")
def reference() -> UbigeoReference:
    return UbigeoReference.from_data_dir(SHARED)


def write_csv(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def districts_frame(n: int = 3) -> gpd.GeoDataFrame:
    squares = [Polygon([(-75 + i, -10), (-74 + i, -10), (-74 + i, -9), (-75 + i, -9)]) for i in range(n)]
    return gpd.GeoDataFrame({"ubigeo": ["150101", "150102", "150103"][:n]}, geometry=squares, crs="EPSG:4326")


def raster(path: Path, crs="EPSG:4326", nodata=-9999.0, fill=None) -> Path:
    data = np.arange(100, dtype="float32").reshape(10, 10) if fill is None else np.full((10, 10), fill, "float32")
    profile = dict(
        driver="GTiff",
        width=10,
        height=10,
        count=1,
        dtype="float32",
        transform=from_origin(-76, -9, 0.1, 0.1),
        nodata=nodata,
    )
    if crs:
        profile["crs"] = crs
    with rasterio.open(path, "w", **profile) as dst:
        dst.write(data, 1)
    return path


def case_missing_file(tmp):
    return tmp / "no_such.csv", "district_table", "file_not_found", None, False


def case_empty_file(tmp):
    return write_csv(tmp / "empty.csv", ""), "district_table", "empty_input", None, False


def case_header_only(tmp):
    return write_csv(tmp / "header.csv", "ubigeo,pobreza\n"), "district_table", "empty_input", None, False


def case_latin1(tmp):
    text = "ubigeo,distrito,valor\n150101,LIMA,1\n150102,ANCÓN,2\n150103,ATE,3\n"
    return write_csv(tmp / "latin1.csv", text, "latin-1"), "district_table", "encoding_fallback", None, False


def case_decimal_comma(tmp):
    text = "ubigeo;pobreza_pct\n150101;12,5\n150102;30,1\n150103;7,0\n"
    return write_csv(tmp / "semicolon.csv", text), "district_table", "decimal_comma", "pobreza_pct", False


def case_si_values(tmp):
    text = "ubigeo,superficie\n150101,10.5\n150102,S.I.\n150103,3.2\n150104,-\n"
    return write_csv(tmp / "si.csv", text), "district_table", "unparseable_number", "superficie", True


def case_lost_zeros(tmp):
    text = "ubigeo,valor\n10101,1\n10102,2\n10103,3\n"
    return write_csv(tmp / "zeros.csv", text), "district_table", "ubigeo_padding", "ubigeo", True


def case_reniec_codes(tmp):
    crosswalk = pd.read_csv(SHARED / "socioeconomic" / "ubigeo_distrito.csv", dtype=str)
    differing = crosswalk[crosswalk["inei"] != crosswalk["reniec"]].head(20)
    frame = pd.DataFrame({"ubigeo": differing["reniec"], "valor": range(len(differing))})
    path = tmp / "reniec.csv"
    frame.to_csv(path, index=False)
    return path, "district_table", "ubigeo_reniec", "ubigeo", False


def case_duplicates(tmp):
    text = "ubigeo,valor\n150101,1\n150101,2\n150102,3\n"
    return write_csv(tmp / "dup.csv", text), "district_table", "ubigeo_duplicate", "ubigeo", True


def case_unknown_codes(tmp):
    text = "ubigeo,valor\n150101,1\n999999,2\n150102,3\n"
    return write_csv(tmp / "unknown.csv", text), "district_table", "ubigeo_unknown", "ubigeo", True


def case_malformed_codes(tmp):
    text = "ubigeo,valor\n150101,1\nLIMA,2\n150102,3\n"
    return write_csv(tmp / "malformed.csv", text), "district_table", "ubigeo_malformed", "ubigeo", True


def case_misspelled_key(tmp):
    text = "ubigo,valor\n150101,1\n150102,2\n"
    return write_csv(tmp / "misspelled.csv", text), "district_table", "missing_column", "ubigeo", False


def case_percent_out_of_range(tmp):
    text = "ubigeo,pct_pobreza\n150101,12\n150102,140\n150103,-3\n"
    return write_csv(tmp / "pct.csv", text), "district_table", "out_of_range", "pct_pobreza", True


def case_negative_population(tmp):
    text = "ubigeo,poblacion\n150101,1200\n150102,-50\n150103,300\n"
    return write_csv(tmp / "pop.csv", text), "district_table", "negative_value", "poblacion", True


def case_points_misspelled_latitude(tmp):
    text = "id,lattitude,longitud\n1,-12.0,-77.0\n2,-13.0,-76.0\n"
    return write_csv(tmp / "points.csv", text), "water_points", "missing_column", "latitud", False


def case_points_swapped(tmp):
    text = "id,latitud,longitud\n1,-77.0,-12.0\n2,-13.0,-76.0\n"
    return write_csv(tmp / "swapped.csv", text), "water_points", "coordinates_swapped", None, True


def case_points_outside_peru(tmp):
    text = "id,latitud,longitud\n1,40.4,-3.7\n2,-13.0,-76.0\n3,,\n"
    return write_csv(tmp / "madrid.csv", text), "water_points", "coordinates_out_of_range", None, True


def case_districts_projected(tmp):
    path = tmp / "utm.geojson"
    districts_frame().to_crs("EPSG:32718").to_file(path, driver="GeoJSON")
    return path, "districts", "reprojected", None, False


def case_districts_without_crs(tmp):
    path = tmp / "nocrs.shp"
    districts_frame().to_file(path)
    path.with_suffix(".prj").unlink()
    return path, "districts", "missing_crs", None, False


def case_invalid_geometry(tmp):
    frame = districts_frame()
    bowtie = Polygon([(-75, -10), (-74, -9), (-74, -10), (-75, -9)])
    frame.loc[1, "geometry"] = bowtie
    path = tmp / "bowtie.gpkg"
    frame.to_file(path, driver="GPKG")
    return path, "districts", "invalid_geometry", None, True


def case_empty_geometry(tmp):
    frame = districts_frame()
    frame.loc[2, "geometry"] = None
    path = tmp / "nogeom.gpkg"
    frame.to_file(path, driver="GPKG")
    return path, "districts", "empty_geometry", None, True


def case_points_as_districts(tmp):
    path = tmp / "points.gpkg"
    gpd.GeoDataFrame({"ubigeo": ["150101"]}, geometry=[Point(-77, -12)], crs="EPSG:4326").to_file(path)
    return path, "districts", "wrong_geometry_type", None, False


def case_raster_without_crs(tmp):
    return raster(tmp / "nocrs.tif", crs=None), "raster", "raster_no_crs", None, False


def case_raster_without_nodata(tmp):
    return raster(tmp / "nonodata.tif", nodata=None), "raster", "raster_no_nodata", None, False


def case_raster_all_nodata(tmp):
    return raster(tmp / "allnodata.tif", fill=-9999.0), "raster", "raster_all_nodata", None, False


def case_truncated_geopackage(tmp):
    path = tmp / "truncated.gpkg"
    districts_frame().to_file(path, driver="GPKG")
    path.write_bytes(path.read_bytes()[:3000])
    return path, "districts", "unreadable_file", None, False


def case_truncated_gzip(tmp):
    path = tmp / "truncated.csv.gz"
    path.write_bytes(gzip.compress(b"ubigeo,valor\n150101,1\n" * 200)[:60])
    return path, "district_table", "unreadable_file", None, False


def case_satellite_without_years(tmp):
    text = "UBIGEO,ndvi_mean\n150101,0.3\n150102,0.4\n"
    return write_csv(tmp / "ndvi_mean_yearly.csv", text), "satellite_table", "no_year_columns", None, False


def case_unknown_content(tmp):
    text = "ph,Hardness\n7.1,204\n6.5,129\n"
    return write_csv(tmp / "potability.csv", text), None, "unknown_kind", None, False


def case_excel_numeric_codes(tmp):
    path = tmp / "table.xlsx"
    pd.DataFrame({"ubigeo": [10101, 10102], "valor": [1.5, 2.5]}).to_excel(path, index=False)
    return path, "district_table", "ubigeo_padding", "ubigeo", True


def case_child_records(tmp):
    text = "HHID,child_order,stunted,anemic,region,conglomerado,year\n1,1,1,0,15,10,2016\n2,1,0,1,15,10,2016\n"
    return write_csv(tmp / "children.csv", text), "child_welfare", "individual_records", None, False


CASES = [value for name, value in sorted(globals().items()) if name.startswith("case_")]


@pytest.mark.parametrize("make_case", CASES, ids=[c.__name__[5:] for c in CASES])
def test_broken_input_yields_its_report_item(make_case, tmp_path, reference):
    path, kind, code, column, expect_rows = make_case(tmp_path)
    before = {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in tmp_path.iterdir() if p.is_file()}

    loaded = load_input(path, kind=kind, reference=reference)

    items = [item for item in loaded.report.items if item.code == code]
    assert items, f"expected {code}, got {loaded.report.to_text()}"
    item = items[0]
    assert item.file == str(path)
    assert item.column == column
    assert bool(item.rows) == expect_rows, item
    assert item.fix and item.message and "{" not in item.message + item.fix
    assert item.severity in Severity
    after = {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in tmp_path.iterdir() if p.is_file()}
    assert after == before, "an input was modified"
    if item.severity == Severity.ERROR:
        assert not loaded.ok


def test_the_corpus_covers_at_least_fifteen_problems():
    assert len(CASES) >= 15
    codes = {case(Path(__import__("tempfile").mkdtemp()))[2] for case in CASES}
    assert len(codes) >= 15


def test_validation_collects_every_problem_not_the_first(tmp_path, reference):
    text = "ubigeo,pct_pobreza,poblacion,superficie\n10101,140,-5,S.I.\n150101,12,300,1.0\n150101,1,2,3\n999999,1,1,1\n"
    path = write_csv(tmp_path / "many.csv", text)
    codes = set(load_input(path, kind="district_table", reference=reference).report.codes())
    assert {
        "ubigeo_padding",
        "out_of_range",
        "negative_value",
        "unparseable_number",
        "ubigeo_duplicate",
        "ubigeo_unknown",
    } <= codes
