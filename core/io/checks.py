"""Column checks shared by the readers: numbers, ranges, required columns."""

import re
import unicodedata

import pandas as pd

from ..validation import Report, Severity
from .columns import closest_column, normalise
from .numbers import parse_numbers, parsed_mostly_numeric

# (test on the normalised column name, low, high)
RANGES = (
    (
        lambda n: (
            n.startswith("pct")
            or n.endswith("pct")
            or "porcentaje" in n
            or n.startswith("pobreza")
            or n in {"sociounb", "socioubn"}
            or n.startswith("conf95")
        ),
        0.0,
        100.0,
    ),
    (lambda n: n.startswith("idh"), 0.0, 1.0),
)
NON_NEGATIVE = ("pob", "population", "poblacion", "superficie", "area", "nchildren", "count", "viv")
# a column is a code when the first word of its name is one of these (``id_sistema``, ``ISO``) or starts with
# "cod" or "ubigeo" (``codigo``, ``CodDist``, ``ubigeo_inei``); ``idh_2019`` (an index) is a number
CODE_WORDS = ("id", "inei", "reniec", "fips", "iso", "conglomerado", "hhid")
CODE_PREFIXES = ("cod", "ubigeo")


def is_code_column(series: pd.Series) -> bool:
    """Codes stay text: by name (cod…, id, reniec…) or because digits carry leading zeros."""
    name = unicodedata.normalize("NFKD", str(series.name)).encode("ascii", "ignore").decode()
    words = re.split(r"[^0-9a-z]+", re.sub(r"([a-z])([A-Z])", r"\1 \2", name).lower())  # IdSistema → id sistema
    first = next((word for word in words if word), "")
    if first in CODE_WORDS or first.startswith(CODE_PREFIXES):
        return True
    if pd.api.types.is_numeric_dtype(series):  # numbers never print a leading zero
        return False
    present = series.dropna()
    if len(present) and not str(present.iloc[0]).strip().isdecimal():
        return False  # a text column tells at its first value (no need to list a million distinct names)
    leading_zero = False
    for value in pd.unique(present.to_numpy(dtype=object)):  # each distinct value once, as text
        text = str(value).strip()
        if not text.isdecimal():  # not r"\d+" (Unicode decimal digits, category Nd): stop at the first
            return False
        leading_zero = leading_zero or (len(text) > 1 and text[0] == "0")  # r"0\d+"
    return leading_zero


def require_column(frame: pd.DataFrame, column: str, aliases, file: str, report: Report) -> str | None:
    """The name of the column matching ``aliases``; when none does, an error naming the closest column."""
    from .columns import find_column

    found = find_column(frame.columns, aliases)
    if found is None:
        suggestion = closest_column(frame.columns, column)
        if suggestion is None:
            for alias in aliases:
                suggestion = closest_column(frame.columns, alias)
                if suggestion:
                    break
        if suggestion:
            report.add(Severity.ERROR, "missing_column", file, column, suggestion=suggestion)
        else:
            report.add(Severity.ERROR, "missing_column_no_suggestion", file, column)
    return found


def numeric_columns(frame: pd.DataFrame, file: str, report: Report, skip=()) -> pd.DataFrame:
    """Turn every mostly-numeric column into floats, reporting text that is not a number and impossible values."""
    original, numbers = frame, {}
    for column in frame.columns:
        if column in skip or is_code_column(original[column]):
            continue
        parsed = parse_numbers(original[column])
        if not parsed_mostly_numeric(parsed):
            continue
        if parsed.unparseable.any():
            bad = parsed.unparseable
            report.add(
                Severity.WARNING,
                "unparseable_number",
                file,
                column,
                frame.index[bad][:5],
                count=int(bad.sum()),
                examples=frame.loc[bad, column].astype(str).unique().tolist(),
            )
        if parsed.decimal_comma.any():
            report.add(Severity.NOTE, "decimal_comma", file, column, count=int(parsed.decimal_comma.sum()))
        if parsed.thousands.any():
            report.add(
                Severity.NOTE,
                "thousands_separator",
                file,
                column,
                frame.index[parsed.thousands][:5],
                count=int(parsed.thousands.sum()),
                examples=frame.loc[parsed.thousands, column].astype(str).unique().tolist(),
            )
        if parsed.ambiguous.any():
            report.add(
                Severity.ERROR,
                "ambiguous_number",
                file,
                column,
                frame.index[parsed.ambiguous][:5],
                count=int(parsed.ambiguous.sum()),
                examples=frame.loc[parsed.ambiguous, column].astype(str).unique().tolist(),
            )
        numbers[column] = check_range(parsed.values, column, file, report)
    return with_columns(original, numbers)


def with_columns(frame: pd.DataFrame, replaced: dict) -> pd.DataFrame:
    """A copy of ``frame`` (same class, index, column order, geometry column, attrs) whose columns named in
    ``replaced`` hold the given values. Built in one go: replacing columns one by one copies the other columns
    of their block each time (seconds at a million rows)."""
    if not replaced or not frame.columns.is_unique:
        out = frame.copy()
        for column, values in replaced.items():
            out[column] = values
        return out
    data = {column: replaced[column] if column in replaced else frame[column] for column in frame.columns}
    out = pd.DataFrame(data, index=frame.index, columns=frame.columns, copy=True)
    geometry = getattr(frame, "_geometry_column_name", None)
    if geometry is not None and geometry in out.columns:  # a GeoDataFrame stays one, with its CRS
        out = type(frame)(out, geometry=geometry, crs=frame.crs)
    return out.__finalize__(frame)


def check_range(values: pd.Series, column: str, file: str, report: Report) -> pd.Series:
    """Values outside what the column's name promises become NaN, with a report item."""
    name = normalise(column)
    for test, low, high in RANGES:
        if test(name):
            bad = values.notna() & ((values < low) | (values > high))
            if bad.any():
                report.add(
                    Severity.WARNING,
                    "out_of_range",
                    file,
                    column,
                    values.index[bad][:5],
                    count=int(bad.sum()),
                    low=low,
                    high=high,
                    examples=values[bad].tolist(),
                )
                values = values.where(~bad)
            return values
    if any(name.startswith(prefix) for prefix in NON_NEGATIVE):
        bad = values.notna() & (values < 0)
        if bad.any():
            report.add(
                Severity.WARNING,
                "negative_value",
                file,
                column,
                values.index[bad][:5],
                count=int(bad.sum()),
                examples=values[bad].tolist(),
            )
            values = values.where(~bad)
    return values
