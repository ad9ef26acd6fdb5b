"""Readers of the supply network the schedule needs: sources (capacity, cost, areas fed) and area tanks, as CSV.

Sources: ``name, capacity_lps, cost_per_m3[, areas]`` (``areas`` separated by ``;``; blank: every area).
Tanks: ``area, capacity_m3[, initial_m3, minimum_m3]``.
"""

from pathlib import Path

import pandas as pd

from ...errors import InputError
from .schedule import Source, Tank

SOURCE_COLUMNS = ("name", "capacity_lps", "cost_per_m3")
TANK_COLUMNS = ("area", "capacity_m3")


def _unreadable(path, error: Exception) -> InputError:
    """The error of a table that cannot be read as CSV."""
    return InputError(
        f"{path} cannot be read as CSV: {error}.",
        code="unreadable_file",
        file=str(path),
        expected="CSV",
        reason=str(error),
    )


def _table(path: str | Path, required: tuple[str, ...]) -> pd.DataFrame:
    try:
        table = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError, pd.errors.ParserError, pd.errors.EmptyDataError) as error:
        raise _unreadable(path, error) from error
    table.columns = [str(c).strip().lower() for c in table.columns]
    missing = [c for c in required if c not in table.columns]
    if missing:
        raise InputError(
            f"{path} lacks the column(s) {', '.join(missing)}; expected {', '.join(required)}.",
            code="missing_required_columns",
            file=str(path),
            column=missing[0],
            columns=", ".join(required),
            fix=f"Add the columns {', '.join(required)}.",
        )
    return table


def _number(table: pd.DataFrame, column: str, path, default: float | None = None) -> list[float]:
    if column not in table.columns:
        return [default] * len(table)
    values = pd.to_numeric(table[column].str.replace(",", ".", regex=False), errors="coerce")
    bad = values.isna() | (values < 0)
    if bad.any():
        rows = [int(i) + 2 for i in values.index[bad][:5]]
        raise InputError(
            f"{path}, column {column}: rows {rows} are not non-negative numbers.",
            code="bad_number",
            file=str(path),
            column=column,
            rows=rows,
            count=int(bad.sum()),
            row=rows[0],
            fix="Write a number of zero or more in every row (decimal point or comma).",
        )
    return values.astype(float).tolist()


def read_sources(path: str | Path) -> list[Source]:
    """The sources of a CSV (see the module docstring); raises InputError naming the file, column and rows."""
    table = _table(path, SOURCE_COLUMNS)
    capacity = _number(table, "capacity_lps", path)
    cost = _number(table, "cost_per_m3", path)
    areas = table["areas"] if "areas" in table.columns else pd.Series([""] * len(table))
    return [
        Source(name.strip(), cap, price, [a.strip() for a in fed.split(";") if a.strip()] or None)
        for name, cap, price, fed in zip(table["name"], capacity, cost, areas, strict=True)
    ]


def read_tanks(path: str | Path) -> dict[str, Tank]:
    """Tanks per area of a CSV (see the module docstring)."""
    table = _table(path, TANK_COLUMNS)
    capacity = _number(table, "capacity_m3", path)
    initial = _number(table, "initial_m3", path, 0.0)
    minimum = _number(table, "minimum_m3", path, 0.0)
    return {
        area.strip(): Tank(cap, start, low)
        for area, cap, start, low in zip(table["area"], capacity, initial, minimum, strict=True)
    }


def read_demand(path: str | Path) -> pd.DataFrame:
    """A wide hourly demand table (``python -m core forecast demand`` output: timestamp, one column per area)."""
    try:
        table = pd.read_csv(path, index_col=0, parse_dates=[0], encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError, pd.errors.ParserError, pd.errors.EmptyDataError, ValueError) as error:
        raise _unreadable(path, error) from error
    if not isinstance(table.index, pd.DatetimeIndex) or table.empty:
        raise InputError(
            f"{path}: the first column must hold timestamps and the others the demand of each area (L/s).",
            code="bad_demand_table",
            file=str(path),
            fix="Use the CSV written by the demand forecast.",
        )
    table.columns = [str(c) for c in table.columns]
    return table.apply(pd.to_numeric, errors="coerce")
