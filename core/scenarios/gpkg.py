"""A minimal GeoPackage (OGC 12-128r18) written through sqlite3, so that every write is one transaction.

GDAL writes a layer in several transactions; here the caller opens one (``BEGIN IMMEDIATE``), creates and
fills its tables, and commits: a crash rolls the whole write back, and tables it does not name are never
touched. Layers are attribute tables or EPSG:4326 feature tables (geometries as GeoPackage binary: header
with envelope, then little-endian WKB); no spatial index is written (optional in the standard; GDAL and QGIS
read the layers without it).
"""

import sqlite3
import struct
from pathlib import Path

import numpy as np
import pandas as pd

APPLICATION_ID = 0x47504B47  # "GPKG"
USER_VERSION = 10300  # GeoPackage 1.3
WGS84 = (
    'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],'
    'AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,'
    'AUTHORITY["EPSG","9122"]],AXIS["Latitude",NORTH],AXIS["Longitude",EAST],AUTHORITY["EPSG","4326"]]'
)
CORE = """
CREATE TABLE IF NOT EXISTS gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY,
  organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
CREATE TABLE IF NOT EXISTS gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL,
  identifier TEXT UNIQUE, description TEXT DEFAULT '',
  last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER,
  CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id));
CREATE TABLE IF NOT EXISTS gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL,
  geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,
  CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name), CONSTRAINT uk_gc_table_name UNIQUE (table_name),
  CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
  CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id));
"""
REFERENCE_SYSTEMS = (
    ("Undefined cartesian SRS", -1, "NONE", -1, "undefined", "undefined cartesian coordinate reference system"),
    ("Undefined geographic SRS", 0, "NONE", 0, "undefined", "undefined geographic coordinate reference system"),
    ("WGS 84 geodetic", 4326, "EPSG", 4326, WGS84, "longitude/latitude coordinates in decimal degrees on WGS 84"),
)
ENVELOPE_BYTES = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}


def connect(path: str | Path) -> sqlite3.Connection:
    """A connection in autocommit mode (the caller opens transactions), waiting up to 30 s for a lock."""
    connection = sqlite3.connect(str(path), timeout=30.0, isolation_level=None)
    connection.execute("PRAGMA foreign_keys = ON")
    return connection


def initialise(connection: sqlite3.Connection) -> None:
    """Make the database a GeoPackage (idempotent); call inside a transaction."""
    connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    connection.execute(f"PRAGMA user_version = {USER_VERSION}")
    for statement in CORE.split(";"):
        if statement.strip():
            connection.execute(statement)
    connection.executemany("INSERT OR IGNORE INTO gpkg_spatial_ref_sys VALUES (?, ?, ?, ?, ?, ?)", REFERENCE_SYSTEMS)


def quote(name: str) -> str:
    """An SQL identifier in double quotes."""
    return '"' + name.replace('"', '""') + '"'


def tables(connection: sqlite3.Connection) -> list[str]:
    """The layers registered in ``gpkg_contents``."""
    return [row[0] for row in connection.execute("SELECT table_name FROM gpkg_contents ORDER BY table_name")]


def drop(connection: sqlite3.Connection, table: str) -> None:
    """Remove a layer and its registration (nothing when absent)."""
    connection.execute("DELETE FROM gpkg_geometry_columns WHERE table_name = ?", (table,))
    connection.execute("DELETE FROM gpkg_contents WHERE table_name = ?", (table,))
    connection.execute(f"DROP TABLE IF EXISTS {quote(table)}")


def _sql_type(series: pd.Series) -> str:
    if pd.api.types.is_bool_dtype(series):
        return "BOOLEAN"
    if pd.api.types.is_integer_dtype(series):
        return "INTEGER"
    if pd.api.types.is_float_dtype(series):
        return "REAL"
    return "TEXT"


def _value(value):
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, float | np.floating):
        return None if not np.isfinite(value) else float(value)
    if isinstance(value, bool | np.bool_):
        return int(bool(value))
    if isinstance(value, int | np.integer):
        return int(value)
    return str(value)


def encode(geometry) -> bytes | None:
    """GeoPackage binary of a shapely geometry (EPSG:4326, envelope [minx, maxx, miny, maxy])."""
    if geometry is None:
        return None
    if geometry.is_empty:
        return b"GP\x00" + bytes([0b00010001]) + struct.pack("<i", 4326) + geometry.wkb
    minx, miny, maxx, maxy = geometry.bounds
    header = b"GP\x00" + bytes([0b00000011]) + struct.pack("<i", 4326) + struct.pack("<4d", minx, maxx, miny, maxy)
    return header + geometry.wkb


def decode(blob: bytes | None):
    """A shapely geometry from GeoPackage binary (None for NULL)."""
    from shapely import wkb

    if blob is None:
        return None
    flags = blob[3]
    start = 8 + ENVELOPE_BYTES[(flags >> 1) & 0b111]
    return wkb.loads(bytes(blob[start:]))


def write(connection: sqlite3.Connection, table: str, frame: pd.DataFrame, description: str = "") -> None:
    """Create ``table`` from ``frame`` (replacing it); a ``geometry`` column makes it a feature table.

    Call inside a transaction. Columns keep their names; ``fid`` is the primary key.
    """
    drop(connection, table)
    frame = pd.DataFrame(frame)
    spatial = "geometry" in frame.columns
    geometries = _promote(list(frame["geometry"])) if spatial else []
    attributes = [c for c in frame.columns if c not in ("geometry", "fid")]
    definitions = ["fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL"]
    if spatial:
        definitions.append("geom GEOMETRY")
    definitions += [f"{quote(c)} {_sql_type(frame[c])}" for c in attributes]
    connection.execute(f"CREATE TABLE {quote(table)} ({', '.join(definitions)})")
    columns = (["geom"] if spatial else []) + attributes
    rows = []
    for values in frame[attributes].itertuples(index=False, name=None):
        rows.append([_value(v) for v in values])
    if spatial:
        blobs = [encode(g) for g in geometries]
        rows = [[blob, *row] for blob, row in zip(blobs, rows, strict=True)]
    if rows:
        marks = ", ".join("?" for _ in columns)
        names = ", ".join(quote(c) for c in columns)
        connection.executemany(f"INSERT INTO {quote(table)} ({names}) VALUES ({marks})", rows)
    if spatial:
        bounds = _bounds(geometries)
        connection.execute(
            "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, min_x, min_y, max_x, max_y, "
            "srs_id) VALUES (?, 'features', ?, ?, ?, ?, ?, ?, 4326)",
            (table, table, description, *bounds),
        )
        connection.execute(
            "INSERT INTO gpkg_geometry_columns VALUES (?, 'geom', ?, 4326, 0, 0)", (table, _geometry_type(geometries))
        )
    else:
        connection.execute(
            "INSERT INTO gpkg_contents (table_name, data_type, identifier, description) VALUES (?, 'attributes', ?, ?)",
            (table, table, description),
        )


def _promote(geometries: list) -> list:
    """Polygons as multipolygons when both kinds are present (one geometry type per layer)."""
    from shapely.geometry import MultiPolygon

    kinds = {g.geom_type for g in geometries if g is not None}
    if kinds != {"Polygon", "MultiPolygon"}:
        return list(geometries)
    return [MultiPolygon([g]) if g is not None and g.geom_type == "Polygon" else g for g in geometries]


def _bounds(geometries: list) -> tuple:
    boxes = np.array([g.bounds for g in geometries if g is not None and not g.is_empty], dtype=float)
    if not len(boxes):
        return (None, None, None, None)
    return (boxes[:, 0].min(), boxes[:, 1].min(), boxes[:, 2].max(), boxes[:, 3].max())


def _geometry_type(geometries: list) -> str:
    kinds = {g.geom_type.upper() for g in geometries if g is not None}
    return kinds.pop() if len(kinds) == 1 else "GEOMETRY"


def read(connection: sqlite3.Connection, table: str) -> pd.DataFrame:
    """A layer as a frame (GeoDataFrame for a feature table); booleans come back as bool columns."""
    frame = pd.read_sql_query(f"SELECT * FROM {quote(table)}", connection)
    types = dict((row[1], (row[2] or "").upper()) for row in connection.execute(f"PRAGMA table_info({quote(table)})"))
    for column, kind in types.items():
        if kind == "BOOLEAN" and column in frame:
            frame[column] = (
                frame[column].astype("boolean") if frame[column].isna().any() else frame[column].astype(bool)
            )
    frame = frame.drop(columns="fid")
    if "geom" not in frame.columns:
        return frame
    import geopandas as gpd

    geometry = gpd.GeoSeries([decode(b) for b in frame.pop("geom")], index=frame.index, crs="EPSG:4326")
    return gpd.GeoDataFrame(frame, geometry=geometry)
