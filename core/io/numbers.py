"""Parsing numbers the way Peruvian tables write them: "S.I.", "-", decimal commas, blanks."""

import re
from dataclasses import dataclass

import numpy as np
import pandas as pd

DECIMAL_COMMA = re.compile(r"^[-+]?\d+,\d+$")
DECIMAL_POINT = re.compile(r"^[-+]?\d*\.\d+$")
# thousands groups: 2,435 / 1,234,567 / 2,435.5 (comma) and 2.435 / 1.234.567 / 2.435,0 (point)
GROUPED = {
    ",": re.compile(r"^[-+]?[1-9]\d{0,2}(?:,\d{3})+(?:\.\d+)?$"),
    ".": re.compile(r"^[-+]?[1-9]\d{0,2}(?:\.\d{3})+(?:,\d+)?$"),
}
# one group and nothing else (2,435 or 2.435): a thousands separator or a decimal one, only the column can tell
ONE_GROUP = {",": re.compile(r"^[-+]?[1-9]\d{0,2},\d{3}$"), ".": re.compile(r"^[-+]?[1-9]\d{0,2}\.\d{3}$")}
MISSING_TOKENS = {"", "-", "--", "na", "n/a", "nan", "null", "none"}


@dataclass
class ParsedNumbers:
    values: pd.Series
    unparseable: pd.Series  # boolean mask: text present but not a number (infinities included)
    decimal_comma: pd.Series  # boolean mask: read after replacing a decimal comma
    thousands: pd.Series | None = None  # boolean mask: read after removing thousands separators
    ambiguous: pd.Series | None = None  # boolean mask: 2,435 or 2.435 where the column does not tell; left blank

    def __post_init__(self) -> None:
        false = pd.Series(False, index=self.values.index)
        self.thousands = false.copy() if self.thousands is None else self.thousands
        self.ambiguous = false.copy() if self.ambiguous is None else self.ambiguous


def separator_convention(text: pd.Series) -> str | None:
    """How a column of numbers as text separates decimals and thousands; None when nothing tells.

    Only values that can be read one way tell: ``3.5``, ``0.125``, ``1,234,567`` or ``2,435.5`` say the decimal
    separator is a point and a comma groups thousands (``"point"``); ``2,4``, ``1.234.567`` or ``2.435,0`` say
    the opposite (``"comma"``). A column with decimals of both kinds and no thousands group (laboratory tables
    mixing ``0.5`` and ``1,5``) uses no thousands separator (``"decimal"``). None when no value tells, or when
    values tell both and one of them groups thousands: ``2,435`` and ``2.435`` are then ambiguous.
    """
    return _convention(*_convention_evidence(text))


def _convention_evidence(text: pd.Series) -> tuple[bool, bool, bool, bool]:
    """Whether some value of ``text`` is a decimal with a point, one with a comma, a number grouped by commas,
    one grouped by points (values that can be read two ways left out)."""

    def any_match(pattern: re.Pattern, unless: re.Pattern) -> bool:
        return bool((text.str.match(pattern) & ~text.str.match(unless)).fillna(False).any())

    decimal_point, decimal_comma = any_match(DECIMAL_POINT, ONE_GROUP["."]), any_match(DECIMAL_COMMA, ONE_GROUP[","])
    comma_groups, point_groups = any_match(GROUPED[","], ONE_GROUP[","]), any_match(GROUPED["."], ONE_GROUP["."])
    return decimal_point, decimal_comma, comma_groups, point_groups


def _convention(decimal_point: bool, decimal_comma: bool, comma_groups: bool, point_groups: bool) -> str | None:
    point, comma = decimal_point or comma_groups, decimal_comma or point_groups
    if point and comma:
        return None if comma_groups or point_groups else "decimal"
    return "point" if point else "comma" if comma else None


def parse_numbers(series: pd.Series) -> ParsedNumbers:
    """Convert a column to floats; text that is not a number, and infinities, become NaN and are flagged.

    Thousands separators are read by the column's convention (``separator_convention``): ``2,435`` is 2435 in
    a column that writes ``1,234.5`` and 2.435 in one that writes ``0,5``; where nothing in the column tells,
    it is left blank and flagged ``ambiguous``, never guessed.

    Each distinct text is read once (columns repeat their values: years, codes, flags) and the results are
    spread back to the rows; everything but the convention, which the whole column tells, is a function of a
    value's text alone. Plain numbers (``-12.34567``, ``2015``) are recognised with array operations, the rest
    with the patterns above: the results are those of reading every row with the patterns.
    """
    if pd.api.types.is_numeric_dtype(series):
        values = series.astype(float)
        infinite = pd.Series(np.isinf(values.to_numpy()), index=series.index)
        false = pd.Series(False, index=series.index)
        return ParsedNumbers(values.where(~infinite), infinite, false.copy())
    codes, uniques = pd.factorize(series.astype("string"))  # missing values get code -1: index of the last row
    strings = np.asarray(uniques, dtype=object)
    plain, decimal, one_group = _plain_numbers(strings)
    rest = pd.Series([*strings[~plain], pd.NA], dtype="string").str.strip()  # the missing value last
    evidence = _convention_evidence(rest)
    convention = _convention(evidence[0] or bool((decimal & ~one_group).any()), *evidence[1:])
    parsed = _parse_text(rest, convention)
    # the distinct values, then the missing one (last): plain numbers read here, the rest by _parse_text
    size, where_plain, where_rest = len(strings) + 1, np.flatnonzero(plain), np.r_[np.flatnonzero(~plain), -1]
    values = np.empty(size)
    masks = {name: np.zeros(size, dtype=bool) for name in ("unparseable", "decimal_comma", "thousands", "ambiguous")}
    for name, mask in masks.items():
        mask[where_rest] = getattr(parsed, name).to_numpy(dtype=bool)
    values[where_rest] = parsed.values.to_numpy(dtype=float)
    ambiguous = one_group & (convention is None)
    grouped = one_group & (convention == "comma")
    text = strings[where_plain]
    if grouped.any():
        text = text.copy()
        text[grouped] = [value.replace(".", "") for value in text[grouped]]
    values[where_plain] = np.where(ambiguous, np.nan, text.astype(float))
    masks["ambiguous"][where_plain] = ambiguous
    masks["thousands"][where_plain] = grouped

    def spread(column: np.ndarray) -> pd.Series:
        return pd.Series(column[codes], index=series.index, name=series.name)

    return ParsedNumbers(spread(values), *(spread(mask) for mask in masks.values()))


PLAIN_WIDTH = 18  # plain numbers up to this many characters are read with array operations


def _plain_numbers(strings: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Which texts are plain numbers (an optional sign, ASCII digits, at most one point with digits on both
    sides, at most ``PLAIN_WIDTH`` characters), which of them have a decimal point, and which could group
    thousands (``2.435``: ``ONE_GROUP["."]``). Plain numbers match no other pattern and are never blank."""
    size = len(strings)
    plain, decimal, one_group = np.zeros(size, bool), np.zeros(size, bool), np.zeros(size, bool)
    lengths = np.fromiter(map(len, strings), dtype=np.int64, count=size)
    rows = np.flatnonzero((lengths >= 1) & (lengths <= PLAIN_WIDTH))
    if not len(rows):
        return plain, decimal[plain], one_group[plain]
    chars = strings[rows].astype(f"U{PLAIN_WIDTH}").view(np.uint32).reshape(len(rows), PLAIN_WIDTH)
    length = lengths[rows]
    inside = np.arange(PLAIN_WIDTH) < length[:, None]
    digit = (chars >= ord("0")) & (chars <= ord("9"))
    point = chars == ord(".")
    signed = (chars[:, 0] == ord("-")) | (chars[:, 0] == ord("+"))
    allowed = digit | point
    allowed[:, 0] |= signed
    points = point.sum(axis=1)
    at = np.where(points == 1, point.argmax(axis=1), length)  # the point's position, or the end
    start = signed.astype(np.int64)
    whole, fraction = at - start, np.where(points == 1, length - at - 1, 0)
    ok = (allowed | ~inside).all(axis=1) & (points <= 1) & (whole >= 1) & ((points == 0) | (fraction >= 1))
    first = chars[np.arange(len(rows)), np.minimum(start, PLAIN_WIDTH - 1)]
    plain[rows] = ok
    decimal[rows] = ok & (points == 1)
    one_group[rows] = ok & (points == 1) & (whole <= 3) & (first != ord("0")) & (fraction == 3)
    return plain, decimal[plain], one_group[plain]


def _parse_text(text: pd.Series, convention: str | None) -> ParsedNumbers:
    """``parse_numbers`` of stripped text (a ``string`` Series) whose column writes numbers by ``convention``."""
    blank = text.isna() | text.str.lower().isin(MISSING_TOKENS)

    def matches(pattern: re.Pattern) -> pd.Series:
        return text.str.match(pattern).fillna(False).astype(bool) & ~blank

    one_comma, one_point = matches(ONE_GROUP[","]), matches(ONE_GROUP["."])
    ambiguous = (one_comma | one_point) & (convention is None)
    grouped_comma = matches(GROUPED[","]) & ~(one_comma & (convention != "point"))
    grouped_point = matches(GROUPED["."]) & ~(one_point & (convention != "comma"))
    comma = matches(DECIMAL_COMMA) & ~(one_comma & (convention not in ("comma", "decimal")))
    cleaned = text.where(~grouped_comma, text.str.replace(",", "", regex=False))
    cleaned = cleaned.where(~grouped_point, cleaned.str.replace(".", "", regex=False).str.replace(",", "."))
    cleaned = cleaned.where(~comma, cleaned.str.replace(",", ".", regex=False))
    values = to_float(cleaned.where(~blank & ~ambiguous))
    infinite = ~np.isfinite(values) & values.notna()
    values = values.where(~infinite)
    unparseable = (values.isna() & ~blank & ~ambiguous) | infinite
    return ParsedNumbers(values, unparseable.astype(bool), comma, grouped_comma | grouped_point, ambiguous)


def to_float(text: pd.Series) -> pd.Series:
    """Numbers as text to floats, correctly rounded whatever the pandas: before pandas 3, ``pd.to_numeric`` and
    ``read_csv`` parse text up to one unit in the last place off Python's ``float`` (which pandas 3 matches),
    enough to break ties that ranks and thresholds see. What is not a number becomes NaN."""
    values = pd.to_numeric(text, errors="coerce").astype(float)
    parsed = values.notna().to_numpy()
    if parsed.any():
        strings = text[parsed].astype(str).to_numpy(dtype=object)
        try:
            exact = strings.astype(float)
        except ValueError:  # something pandas reads and Python's float does not: keep pandas' value there
            exact = np.array([_python_float(s, v) for s, v in zip(strings, values[parsed], strict=True)])
        values = values.copy()
        values[parsed] = exact
    return values


def _python_float(text: str, fallback: float) -> float:
    try:
        return float(text)
    except ValueError:
        return fallback


def csv_float_options() -> dict:
    """``read_csv`` keyword arguments for correctly rounded floats on every pandas (pandas 3 rounds correctly by
    default and deprecates ``float_precision``)."""
    return {} if int(pd.__version__.split(".")[0]) >= 3 else {"float_precision": "round_trip"}


def mostly_numeric(series: pd.Series, share: float = 0.5) -> bool:
    """True when at least ``share`` of the non-blank values parse as numbers."""
    return parsed_mostly_numeric(parse_numbers(series), share)


def parsed_mostly_numeric(parsed: ParsedNumbers, share: float = 0.5) -> bool:
    """``mostly_numeric`` of a column already parsed."""
    numbers = parsed.values.notna() | parsed.ambiguous
    present = numbers | parsed.unparseable
    return bool(present.any()) and numbers.sum() >= share * present.sum()
