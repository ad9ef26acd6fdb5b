"""District tables (census, poverty, HDI, NBI…): CSV or XLSX keyed by UBIGEO."""

from pathlib import Path

from ..validation import Report, Severity
from .checks import numeric_columns, require_column
from .columns import find_column
from .loaded import Loaded
from .numbers import parse_numbers
from .tables import read_table
from .ubigeo import KEY_ALIASES, UbigeoReference, insert_key, normalise_key

YEAR_ALIASES = ("year", "anio", "año", "ano")


def _latest_year(frame, key: str, year: str, file: str, report: Report):
    """A long table (one row per code and year) reduced to each code's latest year."""
    years = parse_numbers(frame[year]).values
    if not frame[key].duplicated().any() or years.isna().all():
        return frame
    latest = int(years.max())
    report.add(Severity.NOTE, "latest_year", file, year, year=latest)
    order = years.sort_values(kind="stable", na_position="first").index
    return frame.loc[order].drop_duplicates(key, keep="last").sort_index()


def read_district_table(
    path: str | Path, reference: UbigeoReference | None = None, key: str | None = None, report: Report | None = None
) -> Loaded:
    """Read a table keyed by UBIGEO.

    Returns ``Loaded`` whose data has a text column ``ubigeo`` (at the table's level, see
    ``attrs["level"]``), numeric columns as floats, and every other column as text. Rows whose code is
    missing or malformed are dropped; duplicated codes keep their first row.
    """
    path = Path(path)
    loaded = Loaded("district_table", str(path), report=report if report is not None else Report())
    frame = read_table(path, loaded.report)
    if frame is None:
        return loaded
    column = require_column(frame, "ubigeo", (key,) if key else KEY_ALIASES, str(path), loaded.report)
    if column is None:
        return loaded
    year = find_column(frame.columns, YEAR_ALIASES)
    if year is not None:
        frame = _latest_year(frame, column, year, str(path), loaded.report)
    codes, level = normalise_key(frame, column, str(path), loaded.report, reference)
    frame = numeric_columns(frame.drop(columns=[column]), str(path), loaded.report)
    frame = insert_key(frame, codes)
    frame = frame[frame["ubigeo"].notna()].drop_duplicates("ubigeo", keep="first")
    loaded.data = frame.reset_index(drop=True)
    loaded.attrs["level"] = level
    loaded.attrs["key_column"] = column
    return loaded
