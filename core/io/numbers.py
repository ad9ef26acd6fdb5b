"""Parsing numbers the way Peruvian tables write them: "S.I.", "-", decimal commas, blanks."""

import re
from dataclasses import dataclass

import numpy as np
import pandas as pd

DECIMAL_COMMA = re.compile(r"^[-+]?\d+,\d+$")
MISSING_TOKENS = {"", "-", "--", "na", "n/a", "nan", "null", "none"}


@dataclass
class ParsedNumbers:
    values: pd.Series
    unparseable: pd.Series  # boolean mask: text present but not a number
    decimal_comma: pd.Series  # boolean mask: read after replacing a decimal comma


def parse_numbers(series: pd.Series) -> ParsedNumbers:
    """Convert a column to floats; text that is not a number becomes NaN and is flagged."""
    if pd.api.types.is_numeric_dtype(series):
        values = series.astype(float)
        values = values.where(np.isfinite(values))
        false = pd.Series(False, index=series.index)
        return ParsedNumbers(values, false, false.copy())
    text = series.astype("string").str.strip()
    blank = text.isna() | text.str.lower().isin(MISSING_TOKENS)
    comma = text.str.match(DECIMAL_COMMA).fillna(False).astype(bool)
    cleaned = text.where(~comma, text.str.replace(",", ".", regex=False))
    values = pd.to_numeric(cleaned.where(~blank), errors="coerce").astype(float)
    infinite = ~np.isfinite(values) & values.notna()
    values = values.where(~infinite)
    unparseable = (values.isna() & ~blank) | infinite
    return ParsedNumbers(values, unparseable.astype(bool), comma & ~blank)


def mostly_numeric(series: pd.Series, share: float = 0.5) -> bool:
    """True when at least ``share`` of the non-blank values parse as numbers."""
    parsed = parse_numbers(series)
    present = parsed.values.notna() | parsed.unparseable
    return bool(present.any()) and parsed.values.notna().sum() >= share * present.sum()
