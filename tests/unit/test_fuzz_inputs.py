"""Property-based tests: mutated inputs only ever give a report with errors or an AguaPeruError, never a
crash, a hang or a changed input.

Each test starts from a small valid input made here (CSV, XLSX, GeoJSON, GeoPackage, GeoTIFF, ENDES child
records) and mutates it: bytes truncated, flipped or inserted, other encodings, numbers replaced by text,
NaN, inf or 1e308, cells blanked, rows and column names duplicated, columns dropped, geometries emptied or
mixed. The examples are derandomised so that CI is repeatable; ``AGUAPERU_FUZZ_EXAMPLES=500`` explores more
with fresh random examples.
"""

import csv
import gzip
import hashlib
import importlib
import inspect
import io
import json
import os
import signal
import sqlite3
import tempfile
from contextlib import contextmanager
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import rasterio
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from hypothesis.configuration import set_hypothesis_home_dir
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from rasterio.transform import from_origin
from shapely.geometry import LineString, MultiPoint, Point, Polygon

from core.errors import AguaPeruError
from core.io import KINDS, load_input
from core.io.ubigeo import UbigeoReference

EXPLORE = os.environ.get("AGUAPERU_FUZZ_EXAMPLES")
set_hypothesis_home_dir(Path(tempfile.gettempdir()) / "aguaperu-hypothesis")  # its caches stay out of the work tree
FUZZ = settings(
    max_examples=int(EXPLORE or 30),
    deadline=None,  # no wall-clock assertion (a loaded machine is slow, not wrong); the watchdog catches hangs
    derandomize=not EXPLORE,
    database=None,  # no .hypothesis folder in the work tree
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
WATCHDOG_SECONDS = 60
# fiona's GDAL log callback cannot decode a GDAL message that quotes a damaged file's non-UTF-8 bytes: Python
# prints "Exception ignored in fiona._env.log_error" and reading goes on (nothing reaches our code), but
# pytest-qt would count it against whichever test runs when the message is logged
pytestmark = [
    pytest.mark.qt_no_exception_capture,
    pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning"),
]


class HangError(Exception):
    """A reader ran longer than the watchdog allows (not an AguaPeruError: the test fails)."""


@contextmanager
def watchdog(seconds: int = WATCHDOG_SECONDS):
    def on_alarm(signum, frame):
        raise HangError(f"no answer after {seconds} s")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else ""


def check_reader(path: Path, kind: str | None, **kwargs) -> None:
    """The contract: a Loaded whose errors have messages (or usable data), or an AguaPeruError with a message."""
    before = sha256(path)
    try:
        with watchdog():
            loaded = load_input(path, kind=kind, **kwargs)
            text = loaded.report.to_text()
            json.dumps(loaded.report.to_dict(), ensure_ascii=False, default=str)  # what `validate --json` prints
            try:
                loaded.require()
            except AguaPeruError as error:
                assert error.message.strip()
    except AguaPeruError as error:
        assert error.message.strip(), f"{type(error).__name__} without a message"
    else:
        assert text
        for item in loaded.report.errors:
            assert item.message.strip() and item.fix.strip() and item.file
        if loaded.data is None:
            assert loaded.report.errors, "no data and no error"
    assert sha256(path) == before, f"{path.name} was modified by reading it"


# ---------------------------------------------------------------- mutations of bytes

ODD_VALUES = (
    "",
    " ",
    "abc",
    "NaN",
    "nan",
    "inf",
    "-inf",
    "Infinity",
    "1e308",
    "-1e308",
    "1e999",
    "99999999999999999999999999",
    "0x1F",
    "S.I.",
    "-",
    "12,5",
    "1.2.3",
    "\x00",
    '"',
    "ñandú",
    "None",
    "True",
    "150101",
    "10101",
    "-0",
)


@st.composite
def byte_mutation(draw, data: bytes, header_bytes: int | None = None) -> bytes:
    """One of: unchanged, truncated, bytes flipped, bytes inserted, a slice deleted, emptied."""
    how = draw(st.sampled_from(["same", "truncate", "flip", "insert", "delete", "empty"]))
    span = len(data) if header_bytes is None else min(len(data), header_bytes)
    if how == "same" or not data:
        return data
    if how == "empty":
        return b""
    at = draw(st.integers(0, max(0, span - 1)))
    if how == "truncate":
        return data[:at]
    if how == "flip":
        out = bytearray(data)
        for position in draw(st.lists(st.integers(0, max(0, span - 1)), min_size=1, max_size=8)):
            out[position] ^= draw(st.integers(1, 255))
        return bytes(out)
    if how == "insert":
        return data[:at] + draw(st.binary(min_size=1, max_size=32)) + data[at:]
    return data[:at] + data[at + draw(st.integers(1, 64)) :]


@st.composite
def encoded(draw, text: str) -> bytes:
    """The text in another encoding (unencodable characters replaced), or gzip'd UTF-8."""
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "latin-1", "cp1252", "utf-16", "utf-32", "gzip"]))
    if encoding == "gzip":
        return gzip.compress(text.encode("utf-8"), mtime=0)
    return text.encode(encoding, errors="replace")


# ---------------------------------------------------------------- mutations of tables


@st.composite
def mutated_rows(draw, rows: list[list[str]]) -> list[list[str]]:
    """Cells replaced by odd values or text, columns dropped or renamed to a duplicate, rows duplicated or ragged."""
    rows = [list(row) for row in rows]
    for _ in range(draw(st.integers(1, 4))):
        how = draw(st.sampled_from(["cell", "cell", "text", "drop", "dup_header", "dup_row", "ragged", "no_rows"]))
        width = len(rows[0])
        if how in ("cell", "text") and len(rows) > 1:
            r, c = draw(st.integers(1, len(rows) - 1)), draw(st.integers(0, width - 1))
            value = draw(st.sampled_from(ODD_VALUES)) if how == "cell" else draw(st.text(max_size=12))
            if c < len(rows[r]):
                rows[r][c] = value
        elif how == "drop" and width > 1:
            c = draw(st.integers(0, width - 1))
            rows = [row[:c] + row[c + 1 :] for row in rows]
        elif how == "dup_header" and width > 1:
            a, b = draw(st.integers(0, width - 1)), draw(st.integers(0, width - 1))
            rows[0][a] = rows[0][b]
        elif how == "dup_row" and len(rows) > 1:
            rows.insert(1, list(rows[draw(st.integers(1, len(rows) - 1))]))
        elif how == "ragged" and len(rows) > 1:
            r = draw(st.integers(1, len(rows) - 1))
            rows[r] = rows[r][:-1] if draw(st.booleans()) else rows[r] + ["extra", "1"]
        elif how == "no_rows":
            rows = rows[:1]
    return rows


def to_csv_text(rows: list[list[str]], delimiter: str) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\n").writerows(rows)
    return buffer.getvalue()


@st.composite
def mutated_table(draw, rows: list[list[str]]) -> bytes:
    rows = draw(mutated_rows(rows))
    text = to_csv_text(rows, draw(st.sampled_from([",", ";", "\t", "|"])))
    return draw(byte_mutation(draw(encoded(text))))


WATER_POINTS = [
    ["id", "nombre", "latitud", "longitud", "pob_servida", "ubigeo"],
    ["1", "Ccollpa", "-12.05", "-75.21", "120", "120101"],
    ["2", "Ñaupa", "-13.52", "-71.97", "85", "080101"],
    ["3", "Yanac", "-9.93", "-76.24", "300", "100101"],
]
DISTRICT_TABLE = [
    ["ubigeo", "distrito", "pobreza_pct", "poblacion", "idh_2019", "year"],
    ["150101", "LIMA", "12.5", "268352", "0.71", "2018"],
    ["150102", "ANCÓN", "20.1", "62928", "0.62", "2018"],
    ["010101", "CHACHAPOYAS", "18.0", "32589", "0.55", "2018"],
    ["150101", "LIMA", "11.0", "270000", "0.72", "2019"],
]
SATELLITE_TABLE = [
    ["UBIGEO", "ndvi_2018", "ndvi_2019", "ndvi_2020"],
    ["150101", "0.31", "0.33", "0.30"],
    ["150102", "0.12", "0.15", "0.11"],
    ["010101", "0.70", "0.72", "0.69"],
]
ENDES_RECORDS = [
    ["HHID", "child_order", "stunted", "anemic", "region", "conglomerado", "year"],
    *[[str(1000 + i), "1", str(i % 2), str(i % 3 == 0), "15", str(10 + i % 2), "2016"] for i in range(40)],
]
ENDES_RECORDS = [[cell.replace("True", "1").replace("False", "0") for cell in row] for row in ENDES_RECORDS]
TABLES = {
    "water_points": (WATER_POINTS, "puntos.csv"),
    "district_table": (DISTRICT_TABLE, "tabla.csv"),
    "satellite_table": (SATELLITE_TABLE, "ndvi_mean_yearly.csv"),
    "child_welfare": (ENDES_RECORDS, "ninos.csv"),
}


@pytest.fixture(scope="module")
def work(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


def kinds_for(own: str):
    """The reader the file is meant for, detection, or any other reader (a wrong choice must fail cleanly)."""
    return st.sampled_from([own, own, None, *KINDS])


def damaged_gzip() -> bytes:
    """A gzip'd CSV whose deflate stream is broken (zlib.error, not gzip.BadGzipFile)."""
    data = bytearray(gzip.compress(b"HHID,stunted\n1,0\n" * 30, mtime=0))
    data[10] ^= 0xFF
    return bytes(data)


tables = st.sampled_from(sorted(TABLES)).flatmap(
    lambda table: st.tuples(st.just(table), mutated_table(TABLES[table][0]), kinds_for(table))
)


@FUZZ
@given(case=tables)
@example(case=("child_welfare", damaged_gzip(), "child_welfare"))  # zlib.error escaped read_table
@example(  # ENDES records without ``region`` (and no cluster table): KeyError
    case=("child_welfare", to_csv_text([row[:4] + row[5:] for row in ENDES_RECORDS], ",").encode(), "child_welfare")
)
@example(  # header only, coordinates all blank: TypeError in float(pd.NA)
    case=("water_points", b"\xef\xbb\xbfid,nombre,latitud,lon\ngitud,pob_servida,ubigeo\n", "water_points")
)
@example(case=("water_points", b"id,latitud,longitud\n1,abc,def\n2,x,-75\n3,y,\n", "water_points"))
@example(  # two key columns once accents and invisible characters are ignored: "cannot insert ubigeo"
    case=("water_points", "\ueeffubigeo,nombre,latitud,longitud,ubigeo\n,Ccollpa,-12.05,-75.21,120101\n".encode(), None)
)
def test_mutated_tables_give_a_report_not_a_crash(case, work):
    table, content, kind = case
    path = work / TABLES[table][1]
    path.write_bytes(content)
    check_reader(path, kind)


def xlsx_bytes(rows: list[list[str]]) -> bytes:
    width = max(len(row) for row in rows)
    rows = [[ILLEGAL_CHARACTERS_RE.sub("", cell) for cell in row] + [""] * (width - len(row)) for row in rows]
    buffer = io.BytesIO()
    pd.DataFrame(rows[1:], columns=range(width)).set_axis(rows[0], axis=1).to_excel(buffer, index=False)
    return buffer.getvalue()


def encrypted(zipped: bytes) -> bytes:
    """The archive with the "encrypted" flag set on every member (zipfile raises RuntimeError)."""
    data = bytearray(zipped)
    central = data.find(b"PK\x01\x02")
    while central >= 0:
        data[central + 8] |= 0x01
        central = data.find(b"PK\x01\x02", central + 4)
    return bytes(data)


@FUZZ
@given(rows=mutated_rows(DISTRICT_TABLE), kind=kinds_for("district_table"), damage=st.data())
@example(rows=DISTRICT_TABLE, kind="district_table", damage=None)
@example(rows=DISTRICT_TABLE, kind="district_table", damage=encrypted)  # RuntimeError escaped read_table
def test_mutated_excel_tables_give_a_report_not_a_crash(rows, kind, damage, work):
    path = work / "tabla.xlsx"
    content = xlsx_bytes(rows)
    if inspect.isfunction(damage):
        content = damage(content)
    elif damage is not None:
        content = damage.draw(byte_mutation(content), "bytes")
    path.write_bytes(content)
    check_reader(path, kind)


# ---------------------------------------------------------------- GeoJSON and GeoPackage

SQUARES = [Polygon([(-75 + i, -10), (-74 + i, -10), (-74 + i, -9), (-75 + i, -9)]) for i in range(3)]
POINTS = [Point(-75.2, -12.0), Point(-71.9, -13.5), Point(-76.2, -9.9)]
CODES = ["150101", "150102", "150103"]
ODD_GEOMETRIES = {
    "null": None,
    "empty_point": {"type": "Point", "coordinates": []},
    "empty_polygon": {"type": "Polygon", "coordinates": []},
    "line": {"type": "LineString", "coordinates": [[-75.0, -10.0], [-74.0, -9.0]]},
    "point": {"type": "Point", "coordinates": [-75.0, -10.0]},
    "polygon": {"type": "Polygon", "coordinates": [[[-75, -10], [-74, -10], [-74, -9], [-75, -10]]]},
    "bowtie": {"type": "Polygon", "coordinates": [[[-75, -10], [-74, -9], [-74, -10], [-75, -9], [-75, -10]]]},
    "nan": {"type": "Point", "coordinates": [float("nan"), -10.0]},
    "inf": {"type": "Point", "coordinates": [float("inf"), 1e308]},
    "huge": {"type": "Point", "coordinates": [1e308, -1e308]},
    "text": {"type": "Point", "coordinates": ["x", "y"]},
    "unknown_type": {"type": "Blob", "coordinates": [1, 2]},
    "collection": {"type": "GeometryCollection", "geometries": [{"type": "Point", "coordinates": [-75, -10]}]},
}


def feature_collection(geometries) -> dict:
    features = [
        {
            "type": "Feature",
            "properties": {"ubigeo": code, "nombre": f"d{i}", "pobreza_pct": 10.0 * i},
            "geometry": geometry.__geo_interface__,
        }
        for i, (code, geometry) in enumerate(zip(CODES, geometries, strict=True))
    ]
    return {"type": "FeatureCollection", "features": features}


@st.composite
def mutated_geojson(draw, base: dict) -> bytes:
    collection = json.loads(json.dumps(base))
    features = collection["features"]
    for _ in range(draw(st.integers(1, 3))):
        how = draw(st.sampled_from(["geometry", "geometry", "property", "drop_property", "no_features", "no_type"]))
        feature = features[draw(st.integers(0, len(features) - 1))] if features else None
        if how == "geometry" and feature:
            feature["geometry"] = draw(st.sampled_from(sorted(ODD_GEOMETRIES, key=str)).map(ODD_GEOMETRIES.get))
        elif how == "property" and feature:
            key = draw(st.sampled_from(["ubigeo", "nombre", "pobreza_pct"]))
            feature["properties"][key] = draw(
                st.one_of(st.sampled_from(ODD_VALUES), st.none(), st.floats(), st.integers(), st.booleans())
            )
        elif how == "drop_property" and feature:
            feature["properties"].pop(draw(st.sampled_from(["ubigeo", "nombre", "pobreza_pct"])), None)
        elif how == "no_features":
            collection["features"] = []
        elif how == "no_type":
            collection.pop("type", None)
    text = json.dumps(collection, ensure_ascii=False)  # NaN and Infinity written as JSON's non-standard tokens
    if draw(st.booleans()):  # a duplicated key: JSON allows it, readers must cope
        text = text.replace('"properties": {', '"properties": {"ubigeo": "999999", ', 1)
    return draw(byte_mutation(draw(encoded(text))))


GEOJSON = {"districts": feature_collection(SQUARES), "water_points": feature_collection(POINTS)}


geojson_cases = st.sampled_from(sorted(GEOJSON)).flatmap(
    lambda layer: st.tuples(st.just(layer), mutated_geojson(GEOJSON[layer]), kinds_for(layer))
)
INFINITE_POINT = json.dumps(GEOJSON["water_points"]).replace("[-75.2, -12.0]", "[Infinity, 1e+308]")
LATIN1_NAME = json.dumps(GEOJSON["districts"]).replace('"150102", "nombre": "d1"', '"150102", "nombre": "\x80d1"')


@FUZZ
@given(case=geojson_cases)
@example(case=("districts", LATIN1_NAME.encode("latin-1"), "districts"))  # a non-UTF-8 name: TypeError in fiona
@example(case=("water_points", INFINITE_POINT.encode(), "water_points"))  # make_valid: "No Shapely geometry"
def test_mutated_geojson_gives_a_report_not_a_crash(case, work):
    layer, content, kind = case
    path = work / f"{layer}.geojson"
    path.write_bytes(content)
    check_reader(path, kind)


GEOPACKAGE_VARIANTS = {
    "valid": lambda: gpd.GeoDataFrame({"ubigeo": CODES}, geometry=SQUARES, crs="EPSG:4326"),
    "empty_and_null": lambda: gpd.GeoDataFrame(
        {"ubigeo": CODES}, geometry=[Polygon(), None, SQUARES[2]], crs="EPSG:4326"
    ),
    "mixed": lambda: gpd.GeoDataFrame(
        {"ubigeo": CODES}, geometry=[SQUARES[0], POINTS[1], LineString([(-75, -10), (-74, -9)])], crs="EPSG:4326"
    ),
    "multipoints": lambda: gpd.GeoDataFrame(
        {"ubigeo": CODES}, geometry=[MultiPoint(POINTS), None, POINTS[0]], crs="EPSG:4326"
    ),
    "huge_coordinates": lambda: gpd.GeoDataFrame(
        {"ubigeo": CODES}, geometry=[Point(1e308, -1e308), Point(np.nan, 1), POINTS[0]], crs="EPSG:4326"
    ),
    "duplicate_codes": lambda: gpd.GeoDataFrame({"ubigeo": ["150101"] * 3}, geometry=SQUARES, crs="EPSG:4326"),
    "numeric_codes": lambda: gpd.GeoDataFrame({"ubigeo": [10101, 1e308, -1]}, geometry=SQUARES, crs="EPSG:4326"),
    "no_code": lambda: gpd.GeoDataFrame({"nombre": ["a", "b", "c"]}, geometry=SQUARES, crs="EPSG:4326"),
    "no_crs": lambda: gpd.GeoDataFrame({"ubigeo": CODES}, geometry=SQUARES),
    "projected": lambda: gpd.GeoDataFrame({"ubigeo": CODES}, geometry=SQUARES, crs="EPSG:4326").to_crs(32718),
    "points": lambda: gpd.GeoDataFrame({"ubigeo": CODES, "pob_servida": [1, 2, 3]}, geometry=POINTS, crs=4326),
}


def write_geopackage(path: Path, variant: str) -> None:
    if path.exists():
        path.unlink()
    frame = GEOPACKAGE_VARIANTS[variant]()
    frame.to_file(path, layer="distritos" if variant != "points" else "puntos", driver="GPKG")


@st.composite
def mutated_geopackage_sql(draw, path: Path) -> None:
    """Damage inside SQLite: wrong CRS ids, blob geometries replaced, the layer table emptied or dropped."""
    how = draw(st.sampled_from(["none", "srs", "blob", "empty_table", "drop_contents", "text_geometry"]))
    if how == "none":
        return
    connection = sqlite3.connect(path)
    with connection:
        for (trigger,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
            connection.execute(f'DROP TRIGGER "{trigger}"')  # the R-tree triggers need GDAL's SQL functions
        table = connection.execute("SELECT table_name FROM gpkg_contents").fetchone()[0]
        if how == "srs":
            connection.execute("UPDATE gpkg_geometry_columns SET srs_id = ?", (draw(st.integers(-5, 99999)),))
        elif how == "blob":
            connection.execute(f'UPDATE "{table}" SET geom = ? WHERE fid = 1', (draw(st.binary(max_size=40)),))
        elif how == "text_geometry":
            connection.execute(f'UPDATE "{table}" SET geom = ? WHERE fid = 2', (draw(st.sampled_from(ODD_VALUES)),))
        elif how == "empty_table":
            connection.execute(f'DELETE FROM "{table}"')
        else:
            connection.execute("DELETE FROM gpkg_contents")
    connection.close()


@FUZZ
@given(
    variant=st.sampled_from(sorted(GEOPACKAGE_VARIANTS)),
    kind=st.sampled_from(["districts", "water_points", None, "district_table", "raster"]),
    data=st.data(),
)
@example(variant="mixed", kind="districts", data=None)
def test_mutated_geopackages_give_a_report_not_a_crash(variant, kind, data, work):
    path = work / "capas.gpkg"
    write_geopackage(path, variant)
    if data is not None:
        data.draw(mutated_geopackage_sql(path), "sql")
        path.write_bytes(data.draw(byte_mutation(path.read_bytes()), "bytes"))
    check_reader(path, kind)


# ---------------------------------------------------------------- GeoTIFF

RASTER_VARIANTS = {
    "valid": dict(fill=None),
    "nan": dict(fill=np.nan, nodata=np.nan),
    "inf": dict(fill=np.inf),
    "huge": dict(fill=3.0e38),
    "all_nodata": dict(fill=-9999.0),
    "no_nodata": dict(nodata=None),
    "no_crs": dict(crs=None),
    "projected": dict(crs="EPSG:32718", origin=(500000, 8900000), size=1000),
    "outside_peru": dict(origin=(10, 50)),
    "one_pixel": dict(shape=(1, 1)),
    "uint8": dict(dtype="uint8", nodata=0),
    "two_bands": dict(count=2),
}


def write_raster(path: Path, variant: str) -> None:
    spec = RASTER_VARIANTS[variant]
    path.unlink(missing_ok=True)  # GDAL would try to open a damaged file of the last example to delete it
    height, width = spec.get("shape", (8, 8))
    dtype = spec.get("dtype", "float32")
    fill = spec.get("fill")
    data = np.arange(height * width).reshape(height, width) if fill is None else np.full((height, width), fill)
    profile = dict(
        driver="GTiff",
        width=width,
        height=height,
        count=spec.get("count", 1),
        dtype=dtype,
        transform=from_origin(*spec.get("origin", (-76, -9)), spec.get("size", 0.1), spec.get("size", 0.1)),
        nodata=spec.get("nodata", -9999.0),
    )
    if spec.get("crs", "EPSG:4326"):
        profile["crs"] = spec.get("crs", "EPSG:4326")
    with rasterio.open(path, "w", **profile) as raster:
        for band in range(1, profile["count"] + 1):
            raster.write(data.astype(dtype), band)


@FUZZ
@given(
    variant=st.sampled_from(sorted(RASTER_VARIANTS)),
    kind=st.sampled_from(["raster", "raster", None, "districts", "district_table"]),
    data=st.data(),
)
def test_mutated_geotiffs_give_a_report_not_a_crash(variant, kind, data, work):
    path = work / "capa.tif"
    write_raster(path, variant)
    header_only = data.draw(st.booleans(), "header_only")
    path.write_bytes(data.draw(byte_mutation(path.read_bytes(), 512 if header_only else None), "bytes"))
    check_reader(path, kind)


# ---------------------------------------------------------------- the --data folder


CROSSWALK = [["inei", "reniec", "distrito"], ["150101", "140101", "LIMA"], ["010101", "010101", "CHACHAPOYAS"]]
CLUSTERS = [["year", "conglomerado", "ubigeo"], ["2016", "10", "150101"], ["2016", "11", "150102"]]


def boundaries_bytes(work: Path) -> bytes:
    path = work / "limites.gpkg"
    if not path.exists():
        gpd.GeoDataFrame({"ubigeo": CODES}, geometry=SQUARES, crs="EPSG:4326").to_file(path, layer="distritos")
    return path.read_bytes()


def undecodable_code(path: Path) -> None:
    """A code in the boundaries layer that is not UTF-8 text (sqlite3 raises UnicodeDecodeError on reading it)."""
    connection = sqlite3.connect(path)
    with connection:
        for (trigger,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
            connection.execute(f'DROP TRIGGER "{trigger}"')
        connection.execute("UPDATE distritos SET ubigeo = CAST(x'8001' AS TEXT) WHERE fid = 1")
    connection.close()


VALID_CROSSWALK, VALID_CLUSTERS = to_csv_text(CROSSWALK, ",").encode(), to_csv_text(CLUSTERS, ",").encode()


@FUZZ
@given(crosswalk=mutated_table(CROSSWALK), clusters=mutated_table(CLUSTERS), boundaries=st.data())
@example(  # the crosswalk without ``reniec``: pandas' usecols ValueError escaped UbigeoReference.from_data_dir
    crosswalk=b"inei,distrito\n150101,LIMA\n", clusters=VALID_CLUSTERS, boundaries=None
)
@example(  # the cluster table without ``conglomerado``: KeyError in read_child_welfare
    crosswalk=VALID_CROSSWALK, clusters=b"year,ubigeo\n2016,150101\n", boundaries=None
)
@example(crosswalk=VALID_CROSSWALK, clusters=VALID_CLUSTERS, boundaries=undecodable_code)  # UnicodeDecodeError
def test_a_damaged_data_folder_gives_a_report_not_a_crash(crosswalk, clusters, boundaries, work):
    """The --data folder: crosswalk, ENDES cluster table and district boundaries, each possibly damaged."""
    folder = work / "data"
    for name, content in (
        ("socioeconomic/ubigeo_distrito.csv", crosswalk),
        ("child_welfare/endes_cluster_to_district_2014_2018.csv", clusters),
        ("boundaries/peru_limites_inei2017.gpkg", boundaries_bytes(work)),
    ):
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(content)
    layer = folder / "boundaries" / "peru_limites_inei2017.gpkg"
    if inspect.isfunction(boundaries):
        boundaries(layer)
    elif boundaries is not None:
        layer.write_bytes(boundaries.draw(byte_mutation(layer.read_bytes()), "boundaries"))
    records = work / "ninos.csv"
    records.write_text(to_csv_text(ENDES_RECORDS, ","), encoding="utf-8")
    table = work / "tabla.csv"
    table.write_text(to_csv_text(DISTRICT_TABLE, ","), encoding="utf-8")
    try:
        with watchdog():
            reference = UbigeoReference.from_data_dir(folder)
    except AguaPeruError as error:
        assert error.message.strip() and error.details.get("fix")
        reference = None
    check_reader(records, "child_welfare", data_dir=folder, reference=reference)
    check_reader(table, "district_table", reference=reference)


def test_the_watchdog_stops_a_hang():
    with pytest.raises(HangError), watchdog(1):
        signal.pause()


GDAL_FAILURES = {
    # found by the fuzzer: a GeoPackage with damaged SQLite pages (a byte inserted) made GDAL raise
    # CPLE_AppDefinedError, which is not a FionaError, out of gpd.read_file
    "districts": ("malformed.gpkg", "fiona._err", gpd, "read_file", "database disk image is malformed"),
    # the same for rasters: GDAL's CPLE_* errors are not RasterioErrors
    "raster": ("malformed.tif", "rasterio._err", rasterio, "open", "TIFFReadDirectory: Failed to read directory"),
}


@pytest.mark.parametrize("kind", sorted(GDAL_FAILURES))
def test_gdal_errors_from_a_damaged_file_are_reported(kind, work, monkeypatch):
    name, errors, module, function, message = GDAL_FAILURES[kind]
    path = work / name
    (write_geopackage if kind == "districts" else write_raster)(path, "valid")
    gdal_error = importlib.import_module(errors).CPLE_AppDefinedError

    def fails(*args, **kwargs):
        raise gdal_error(1, 1, message)

    monkeypatch.setattr(module, function, fails)
    loaded = load_input(path, kind=kind)
    assert loaded.report.codes() == ["unreadable_file"]
    assert message in loaded.report.errors[0].message


# ---------------------------------------------------------------- the command line as a whole

CLI_FUZZ = settings(
    max_examples=int(EXPLORE or 3),  # per subcommand; AGUAPERU_FUZZ_EXAMPLES explores more
    deadline=None,  # a run loads models; the watchdog catches hangs
    derandomize=not EXPLORE,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.function_scoped_fixture],
)
MEASUREMENTS = [
    ["punto", "fecha", "parametro", "valor", "unidad", "latitud", "longitud"],
    ["P1", "2020-01-01", "Arsénico", "0.02", "mg/L", "-6.7", "-79.8"],
    ["P1", "2020-01-01", "pH", "7", "unidad de pH", "-6.7", "-79.8"],
    ["P2", "14/01/2020", "Plomo", "<0.001", "mg/L", "-6.8", "-79.9"],
]
INFLOW = [["timestamp", "A", "B"]] + [  # nine weeks of hours: the forecast needs eight before its origin
    [f"{hour:%Y-%m-%d %H:%M}", str(1 + i % 24), str(2 + i % 5)]
    for i, hour in enumerate(pd.date_range("2022-01-01", periods=24 * 63, freq="h"))
]
SIASAR_POINTS = [
    ["ID", "nombre", "latitud", "longitud", "pob_servida", "ubigeo", "trat_funciona"],
    ["1", "Ccollpa", "-9.5", "-74.5", "120", "150101", "Si"],
    ["2", "Ñaupa", "-9.5", "-73.5", "85", "", "No"],
    ["3", "Yanac", "-9.4", "-72.5", "300", "150103", "Si"],
]
POVERTY_TABLE = [["ubigeo", "pobreza_pct"], ["150101", "10"], ["150102", "20"], ["150103", "30"]]
SCENARIO = {"name": "fuzz", "departments": ["15"], "horizon_year": 2030, "plan": {"fix_treatment": {"top": 1}}}
# what each input file holds: (file name, base content maker)
CLI_FILES = {
    "points": ("puntos.csv", lambda: to_csv_text(SIASAR_POINTS, ",").encode()),
    "table": ("tabla.csv", lambda: to_csv_text(POVERTY_TABLE, ",").encode()),
    "measurements": ("mediciones.csv", lambda: to_csv_text(MEASUREMENTS, ",").encode()),
    "inflow": ("caudales.csv", lambda: to_csv_text(INFLOW, ",").encode()),
    "scenario": ("escenario.json", lambda: json.dumps(SCENARIO).encode()),
    "districts": ("distritos.gpkg", None),
}
DATA_LAYOUT = {
    "points": "water/siasar_peru_systems.csv",
    "table": "socioeconomic/pobreza2018_distrital.csv",
    "districts": "boundaries/peru_limites_inei2017.gpkg",
}
# subcommand → (arguments, the inputs it reads: one of them is mutated in each example)
CLI_COMMANDS = {
    "validate": (["validate", "{points}", "{table}", "{districts}"], ("points", "table", "districts")),
    "standards": (
        ["standards", "{measurements}", "--out", "{out}/p.csv", "--measurements-out", "{out}/m.csv"],
        ("measurements",),
    ),
    "hotspots": (
        ["hotspots", "--districts", "{districts}", "--table", "{table}", "--column", "pobreza_pct"]
        + ["--permutations", "99", "--out", "{out}/h.csv"],
        ("districts", "table"),
    ),
    "features": (
        ["features", "--districts", "{districts}", "--table", "{table}", "--out", "{out}/f.gpkg"],
        ("districts", "table"),
    ),
    "forecast": (
        ["forecast", "demand", "--inflow", "{inflow}", "--origin", "2022-03-05 00:00", "--horizon", "24"]
        + ["--model", "seasonal_naive", "--out", "{out}/d.csv"],
        ("inflow",),
    ),
    "predict-water-risk": (["predict", "water-risk", "--systems", "{points}", "--out", "{out}/r.csv"], ("points",)),
    "predict-poverty": (["predict", "poverty", "--features", "{districts}", "--out", "{out}/p.csv"], ("districts",)),
    "predict-child-risk": (["predict", "child-risk", "--data", "{data}", "--out", "{out}/c.csv"], DATA_LAYOUT),
    "plan-rehab": (["plan", "rehab", "--data", "{data}", "--risk", "proxy", "--out", "{out}/r.csv"], DATA_LAYOUT),
    "plan-siting": (["plan", "siting", "--data", "{data}", "--k", "2", "--out", "{out}/s.csv"], DATA_LAYOUT),
    "scenario-run": (
        ["scenario", "run", "{scenario}", "--data", "{data}", "--out", "{out}", "--baseline"],
        ("scenario", *DATA_LAYOUT),
    ),
}
TABLE_ROWS = {"points": SIASAR_POINTS, "table": POVERTY_TABLE, "measurements": MEASUREMENTS, "inflow": INFLOW}


@st.composite
def mutated_scenario(draw) -> bytes:
    data = json.loads(json.dumps(SCENARIO))
    key = draw(st.sampled_from(["name", "horizon_year", "departments", "plan", "budget", "growth", "id", "extra"]))
    data[key] = draw(
        st.one_of(st.sampled_from(ODD_VALUES), st.none(), st.floats(), st.integers(), st.lists(st.text(max_size=4)))
    )
    text = json.dumps(data, ensure_ascii=False)
    return draw(byte_mutation(draw(encoded(text))))


@st.composite
def mutated_input(draw, name: str, folder: Path) -> bytes | None:
    """New content for input ``name`` (None: the GeoPackage at ``folder`` was damaged in place)."""
    if name == "scenario":
        return draw(mutated_scenario())
    if name in TABLE_ROWS:
        return draw(mutated_table(TABLE_ROWS[name]))
    path = folder / CLI_FILES[name][0]
    write_geopackage(path, draw(st.sampled_from(sorted(GEOPACKAGE_VARIANTS))))
    return draw(byte_mutation(path.read_bytes()))


def cli_inputs(folder: Path) -> dict[str, Path]:
    """The valid inputs of every subcommand, and a data folder laid out like the shared data."""
    paths = {}
    for name, (file_name, content) in CLI_FILES.items():
        paths[name] = folder / file_name
        if content is None:
            gpd.GeoDataFrame(
                {"ubigeo": CODES, "pobreza_pct": [10.0, 20.0, 30.0]}, geometry=SQUARES, crs="EPSG:4326"
            ).to_file(paths[name], layer="distritos", driver="GPKG")
        else:
            paths[name].write_bytes(content())
    paths["data"] = folder / "data"
    for name, relative in DATA_LAYOUT.items():
        (paths["data"] / relative).parent.mkdir(parents=True, exist_ok=True)
        (paths["data"] / relative).write_bytes(paths[name].read_bytes())
    paths["out"] = folder / "out"
    return paths


@pytest.mark.parametrize("command", sorted(CLI_COMMANDS))
@CLI_FUZZ
@given(data=st.data())
def test_every_subcommand_ends_in_a_message_never_a_traceback(command, data, work):
    """A random variant of one input of the subcommand: exit 0, or exit 2 with a message; never a traceback,
    never an internal error, never a changed input."""
    from contextlib import redirect_stderr, redirect_stdout

    from core.__main__ import main

    folder = Path(tempfile.mkdtemp(dir=work))
    paths = cli_inputs(folder)
    arguments, readers = CLI_COMMANDS[command]
    victim = data.draw(st.sampled_from(list(readers)), "input")
    in_data = "{data}" in arguments and victim in DATA_LAYOUT
    target = paths["data"] / DATA_LAYOUT[victim] if in_data else paths[victim]
    content = data.draw(mutated_input(victim, folder), "content")
    target.write_bytes(content)
    inputs = {p: sha256(p) for p in folder.rglob("*") if p.is_file()}
    out, err = io.StringIO(), io.StringIO()
    with watchdog(), redirect_stdout(out), redirect_stderr(err):
        code = main([part.format(**paths) for part in arguments])
    printed, problems = out.getvalue(), err.getvalue()
    assert "Traceback" not in problems and "error [internal]" not in problems, problems
    assert code in (0, 2), problems
    if code == 2:
        assert "error [" in problems or "ERROR" in printed, (printed, problems)
    assert {p: sha256(p) for p in inputs} == inputs, "an input was changed"
