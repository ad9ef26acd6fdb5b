"""Reading water-quality measurements: a long table with one row per point, date, parameter, value and unit.

Columns are found by their Spanish or English names (OEFA's "Nombre del punto, Fecha, Parámetro, Valor,
Unidad de medida" as well as "point, date, parameter, value, unit"). Values keep what the laboratory
wrote: ``<0.001`` is *censored* below a detection limit (value 0.001, ``censored = "<"``), ``>2400`` is
censored above (value 2400, ``censored = ">"``), ``ND`` is below an unknown detection limit. Decimal
commas are read. Dates are read day first (01/02/2019 is 1 February), month first only where day first is
impossible (1/14/19). Coordinates come from longitude/latitude columns or, failing those, from UTM
east/north columns and a zone column (southern hemisphere, WGS 84 unless the datum says PSAD 56).
"""

import re
from pathlib import Path

import numpy as np
import pandas as pd

from ..errors import InputError
from ..io.checks import require_column
from ..io.columns import find_column
from ..io.geometry import PERU_BOUNDS
from ..io.tables import read_table
from ..io.water_points import LAT_ALIASES, LON_ALIASES
from ..validation import Report, Severity
from .parameters import match_parameters
from .units import dimension

COLUMNS = {
    "point": ("nombre del punto", "punto", "punto de muestreo", "codigo del punto", "estacion", "estacion de monitoreo",
              "point", "point_id", "station", "site", "sampling point", "sample point"),
    "date": ("fecha", "fecha de muestreo", "fecha muestreo", "date", "sampling date", "sample date"),
    "time": ("hora", "hora de muestreo", "time"),
    "parameter_name": ("parametro", "parameter", "analito", "analyte", "determinand", "variable"),
    "value_text": ("valor", "resultado", "value", "result", "concentracion", "concentration"),
    "unit": ("unidad de medida", "unidad", "unidades", "unit", "units", "unidad de medicion"),
    "lon": LON_ALIASES,
    "lat": LAT_ALIASES,
    "east": ("este", "utm este", "coordenada este", "easting", "east", "x utm", "utm x"),
    "north": ("norte", "utm norte", "coordenada norte", "northing", "north", "y utm", "utm y"),
    "zone": ("zona", "zona utm", "utm zone", "zone", "huso"),
    "datum": ("datum",),
    "analysis": ("tipo de analisis", "analisis", "analysis", "analysis type", "fraccion", "fraction"),
    "water_body": ("procedencia especifica de la muestra", "procedencia de la muestra", "tipo de agua",
                   "cuerpo de agua", "water body", "water type", "matrix"),
}  # fmt: skip
REQUIRED = {
    "point": "Nombre del punto",
    "parameter_name": "Parámetro",
    "value_text": "Valor",
    "unit": "Unidad de medida",
}
MEASUREMENT_COLUMNS = (
    "row",
    "point",
    "date",
    "time",
    "parameter_name",
    "value_text",
    "value",
    "censored",
    "unit",
    "lon",
    "lat",
    "analysis",
    "water_body",
)

NOT_DETECTED = {"nd", "n d", "no detectable", "no detectado", "<ld", "<lc", "<lod", "<loq", "bld", "not detected"}
VALUE = re.compile(r"^(?P<sign><=|>=|<|>|≤|≥)?\s*(?P<number>[-+]?(?:\d[\d.,\s]*)?\d(?:[eE][-+]?\d+)?)$")
DAY_MONTH_YEAR = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?:\s.*)?$")
YEAR_MONTH_DAY = re.compile(r"^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})(?:[\sT].*)?$")


def read_measurements(path: str | Path, report: Report | None = None) -> pd.DataFrame:
    """Read a measurement table (CSV, TSV, XLSX; UTF-8 or Latin-1) into the columns of ``MEASUREMENT_COLUMNS``.

    Every problem is added to ``report``: values that are not numbers, unknown units or parameter names,
    dates that cannot be read, coordinates outside Peru. Raises ``InputError`` (carrying the report) when
    the file cannot be used at all: missing, unreadable, empty, or without point, parameter, value or unit.
    """
    report = report if report is not None else Report()
    frame = read_table(path, report)
    if frame is None:
        _raise_first_error(report, str(path))
    return measurements_frame(frame, str(path), report)


def measurements_frame(frame: pd.DataFrame, file: str = "<table>", report: Report | None = None) -> pd.DataFrame:
    """The measurements of ``frame`` (any column names the reader knows) in the reader's columns."""
    report = report if report is not None else Report()
    found = {}
    for key, aliases in COLUMNS.items():
        if key in REQUIRED:
            found[key] = require_column(frame, REQUIRED[key], (key, *aliases), file, report)
        else:
            found[key] = find_column(frame.columns, (key, *aliases))
    if any(found[key] is None for key in REQUIRED):
        _raise_first_error(report, file)

    def text(key: str) -> pd.Series:
        if found[key] is None:
            return pd.Series("", index=frame.index, dtype=object)
        return frame[found[key]].astype("string").fillna("").str.strip().astype(object)

    values, censored = parse_values(text("value_text"), file, found["value_text"], report)
    dates = parse_dates(text("date"), file, found["date"], report) if found["date"] else pd.NaT
    lon, lat = _coordinates(frame, found, text, file, report)
    result = pd.DataFrame(
        {
            "row": frame.index,
            "point": text("point"),
            "date": dates,
            "time": text("time"),
            "parameter_name": text("parameter_name"),
            "value_text": text("value_text"),
            "value": values,
            "censored": censored,
            "unit": text("unit"),
            "lon": lon,
            "lat": lat,
            "analysis": text("analysis"),
            "water_body": text("water_body"),
        },
        index=frame.index,
    )
    _report_names(result, file, found, report)
    return result.reset_index(drop=True)


def parse_values(text: pd.Series, file: str = "<table>", column: str | None = None, report: Report | None = None):
    """Numbers and their censoring (``"<"``, ``">"`` or ``""``) from laboratory values such as ``<0,001``."""
    from ..io.numbers import ONE_GROUP, separator_convention

    numbers, signs = [], []
    for raw in text:
        number, sign = _parse_value(str(raw))
        numbers.append(number)
        signs.append(sign)
    values = pd.Series(numbers, index=text.index, dtype=float)
    censored = pd.Series(signs, index=text.index, dtype=object)
    # 2,435 or 2.435: a decimal or a thousands separator; the other values of the column tell which (read as a
    # decimal by _parse_value unless the column groups thousands with that sign)
    bare = text.astype(str).str.strip().str.replace(r"^(<=|>=|<|>|≤|≥)\s*", "", regex=True)
    convention = separator_convention(bare)
    one_comma, one_point = bare.str.match(ONE_GROUP[","]), bare.str.match(ONE_GROUP["."])
    ambiguous = (one_comma | one_point) & (convention is None)
    thousands = (one_comma & (convention == "point")) | (one_point & (convention == "comma"))
    values = values.where(~ambiguous)
    values[thousands] = pd.to_numeric(bare[thousands].str.replace(r"[.,]", "", regex=True)).astype(float)
    censored = censored.where(~ambiguous, "")
    if report is not None:
        if ambiguous.any():
            report.add(
                Severity.ERROR,
                "ambiguous_number",
                file,
                column,
                text.index[ambiguous][:5],
                count=int(ambiguous.sum()),
                examples=text[ambiguous].astype(str).unique().tolist(),
            )
        if thousands.any():
            report.add(
                Severity.NOTE,
                "thousands_separator",
                file,
                column,
                text.index[thousands][:5],
                count=int(thousands.sum()),
                examples=text[thousands].astype(str).unique().tolist(),
            )
        bad = values.isna() & (censored == "") & (text.astype(str).str.strip() != "") & ~ambiguous
        if bad.any():
            report.add(
                Severity.WARNING,
                "unparseable_number",
                file,
                column,
                text.index[bad][:5],
                count=int(bad.sum()),
                examples=text[bad].astype(str).unique().tolist(),
            )
        kept = censored != ""
        if kept.any():
            report.add(
                Severity.NOTE,
                "censored_values",
                file,
                column,
                text.index[kept][:5],
                count=int(kept.sum()),
                examples=text[kept].astype(str).unique().tolist(),
            )
    return values, censored


def _parse_value(raw: str) -> tuple[float, str]:
    text = raw.strip()
    if text.lower() in NOT_DETECTED:
        return np.nan, "<"
    match = VALUE.match(text)
    if not match:
        return np.nan, ""
    sign = {"<=": "<", "≤": "<", ">=": ">", "≥": ">"}.get(match["sign"] or "", match["sign"] or "")
    number = re.sub(r"\s", "", match["number"])
    if "," in number and "." in number:  # the later separator is the decimal one
        thousands = "." if number.rfind(",") > number.rfind(".") else ","
        number = number.replace(thousands, "").replace(",", ".")
    elif number.count(",") == 1:
        number = number.replace(",", ".")
    elif number.count(",") > 1 or number.count(".") > 1:
        number = number.replace(",", "").replace(".", "") if number.count(".") > 1 else number.replace(",", "")
    try:
        value = float(number)
    except ValueError:
        return np.nan, ""
    return (value, sign) if np.isfinite(value) else (np.nan, "")  # 1e400: not a measurement


def parse_dates(text: pd.Series, file: str = "<table>", column: str | None = None, report: Report | None = None):
    """Dates read day first (Peru's habit), month first only where day first is impossible."""
    parsed, month_first = [], []
    for raw in text:
        date, flipped = _parse_date(str(raw).strip())
        parsed.append(date)
        month_first.append(flipped)
    dates = pd.Series(pd.to_datetime(parsed), index=text.index)
    if report is not None:
        flipped = pd.Series(month_first, index=text.index)
        if flipped.any():
            report.add(
                Severity.NOTE,
                "dates_month_first",
                file,
                column,
                text.index[flipped][:5],
                count=int(flipped.sum()),
                examples=text[flipped].unique().tolist(),
            )
        bad = dates.isna() & (text.astype(str).str.strip() != "")
        if bad.any():
            report.add(
                Severity.WARNING,
                "unparseable_date",
                file,
                column,
                text.index[bad][:5],
                count=int(bad.sum()),
                examples=text[bad].unique().tolist(),
            )
    return dates


def _parse_date(text: str) -> tuple[pd.Timestamp | None, bool]:
    match = YEAR_MONTH_DAY.match(text)
    if match:
        year, month, day = (int(g) for g in match.groups())
        return _timestamp(year, month, day), False
    match = DAY_MONTH_YEAR.match(text)
    if not match:
        return None, False
    first, second, year = int(match[1]), int(match[2]), int(match[3])
    if len(match[3]) == 2:
        year += 2000 if year < 70 else 1900
    if first <= 12 < second:
        return _timestamp(year, first, second), True
    return _timestamp(year, second, first), False


def _timestamp(year: int, month: int, day: int) -> pd.Timestamp | None:
    try:
        return pd.Timestamp(year=year, month=month, day=day)
    except ValueError:
        return None


def _coordinates(frame: pd.DataFrame, found: dict, text, file: str, report: Report):
    """Longitude and latitude per row (NaN where unknown or outside Peru)."""
    from ..io.numbers import parse_numbers

    def numbers(key: str) -> pd.Series:
        if found[key] is None:
            return pd.Series(np.nan, index=frame.index, dtype=float)
        return parse_numbers(frame[found[key]]).values

    lon, lat = numbers("lon"), numbers("lat")
    missing = lon.isna() | lat.isna()
    if missing.any() and found["east"] and found["north"] and found["zone"]:
        utm_lon, utm_lat = _from_utm(numbers("east"), numbers("north"), text("zone"), text("datum"))
        lon, lat = lon.where(~missing, utm_lon), lat.where(~missing, utm_lat)
    west, south, east, north = PERU_BOUNDS
    outside = lon.notna() & lat.notna() & ~(lon.between(west, east) & lat.between(south, north))
    if outside.any():
        points = text("point")[outside]
        report.add(
            Severity.WARNING,
            "points_outside_peru",
            file,
            None,
            frame.index[outside][:5],
            count=int(outside.sum()),
            points=int(points.nunique()),
            examples=points.unique().tolist(),
        )
    return lon.where(~outside), lat.where(~outside)


def _from_utm(east: pd.Series, north: pd.Series, zone: pd.Series, datum: pd.Series) -> tuple[pd.Series, pd.Series]:
    """UTM (southern hemisphere) to longitude and latitude, zone by zone and datum by datum."""
    from pyproj import Transformer

    lon = pd.Series(np.nan, index=east.index, dtype=float)
    lat = lon.copy()
    zones = pd.to_numeric(zone.astype(str).str.extract(r"(\d{1,2})")[0], errors="coerce")
    psad = datum.astype(str).str.upper().str.replace(r"[^A-Z0-9]", "", regex=True).str.startswith("PSAD")
    for (number, is_psad), rows in east.groupby([zones, psad]).groups.items():
        if not 17 <= number <= 19:  # Peru spans UTM zones 17 to 19
            continue
        epsg = (24860 if is_psad else 32700) + int(number)
        transformer = Transformer.from_crs(f"EPSG:{epsg}", "EPSG:4326", always_xy=True)
        x, y = transformer.transform(east[rows].to_numpy(), north[rows].to_numpy())
        lon[rows], lat[rows] = x, y
    return lon, lat


def _report_names(result: pd.DataFrame, file: str, found: dict, report: Report) -> None:
    """Parameter names and units the standards tables do not know (their rows are kept, not checked)."""
    known = match_parameters(result["parameter_name"])["parameter"].notna()
    names = result["parameter_name"]
    unknown = ~known & (names != "")
    if unknown.any():
        report.add(
            Severity.WARNING,
            "unknown_parameter",
            file,
            found["parameter_name"],
            result.index[unknown][:5],
            count=int(names[unknown].nunique()),
            rows_count=int(unknown.sum()),
            examples=names[unknown].unique().tolist(),
        )
    units = result["unit"]
    strange = units.map(lambda u: dimension(u) is None) & (units != "")
    if strange.any():
        report.add(
            Severity.WARNING,
            "unknown_unit",
            file,
            found["unit"],
            result.index[strange][:5],
            count=int(strange.sum()),
            examples=units[strange].unique().tolist(),
        )


def _raise_first_error(report: Report, file: str):
    first = report.errors[0] if report.errors else None
    message = str(first) if first else f"{file} could not be read"
    raise InputError(message, code=first.code if first else "input", file=file, report=report)
