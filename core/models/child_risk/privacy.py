"""The privacy rule of child data, applied to everything ``core.models.child_risk`` publishes.

No individual child record ever leaves ``core``: every published number aggregates at least ``min_cell``
children (30 by default; it can be raised, never lowered: ``check_min_cell``). Counts and direct survey
prevalences of smaller cells are blanked and the row is marked ``suppressed``. Model estimates of an area
depend on the survey only through areas of at least ``min_cell`` children (see ``smallarea.area_effects``).
"""

import numpy as np
import pandas as pd

from ...errors import AguaPeruError
from ...settings import MIN_CELL, check_min_cell
from .survey import OUTCOMES

# columns of the child records: none of them may appear in a published table
RECORD_COLUMNS = frozenset(
    {
        "hhid",
        "child_order",
        "age_months",
        "sex",
        "haz_x100",
        "waz_x100",
        "whz_x100",
        "hb_adj_x10",
        "anemia_level",
        "longitudx",
        "latitudy",
        "area_residence",
        "conglomerado",
        "stunted",
        "anemic",
    }
)

__all__ = ["MIN_CELL", "PrivacyError", "check_min_cell", "check_published", "direct_estimates", "usable_rows"]


class PrivacyError(AguaPeruError):
    """A table about children was about to be published against the privacy rule (a defect, never user input)."""

    code = "privacy"


def usable_rows(counts: pd.DataFrame, n_column: str, min_cell: int = MIN_CELL) -> np.ndarray:
    """Which district-year rows may inform published numbers: those of cells of at least ``min_cell`` children.

    A row is usable when its district has at least ``min_cell`` measured children over all years, or when the
    children of its province's smaller districts, taken together, are at least ``min_cell`` (they then form a
    cell of their own). Any difference between published numbers is then a union of such cells: no published
    number can be differenced down to fewer than ``min_cell`` children.
    """
    min_cell = check_min_cell(min_cell)
    district_total = counts.groupby("ubigeo")[n_column].transform("sum")
    big = district_total >= min_cell
    province = counts["ubigeo"].str[:4]
    remainder = counts[n_column].where(~big, 0).groupby(province).transform("sum")
    return (big | (remainder >= min_cell)).to_numpy()


LEVEL_WIDTHS = {"department": 2, "province": 4, "district": 6}


def direct_estimates(counts: pd.DataFrame, level: str, min_cell: int = MIN_CELL) -> pd.DataFrame:
    """Children measured and direct (unweighted) survey prevalences per area, all survey years pooled.

    The one function through which every child-welfare count and direct prevalence AguaPerú publishes passes
    (the features table, child-risk tables, their maps, prints and Processing outputs), so that the same area
    always publishes the same figures.

    Parameters
    ----------
    counts:
        Counts per area and year (``ubigeo, year, n_haz, k_stunted, n_hb, k_anemic``): from
        ``survey.district_counts`` or an indicator table (``io.child_welfare``); codes of 6, 4 or 2 digits.
    level:
        ``"district"`` (6-digit UBIGEO), ``"province"`` (4 digits) or ``"department"`` (2 digits; only from
        counts that are not finer than departments).
    min_cell:
        Minimum children per published cell (at least ``MIN_CELL``).

    Returns
    -------
    DataFrame
        ``ubigeo, n_children_measured, direct_stunting_pct, n_children_hb, direct_anemia_pct, suppressed``:
        counts and prevalences blank where fewer than ``min_cell`` children were measured, and, for an area
        coarser than the counts, also where the children of its districts too small to be published are neither
        none nor a cell of their own (at least ``min_cell``, and at least ``MIN_CELL`` for the districts under
        ``MIN_CELL``): else the area minus its published districts, here or in an output with another
        ``min_cell``, would reveal them (see ``tests/unit/test_privacy_differencing.py``).

    Raises
    ------
    ValueError
        When ``level`` is unknown, or departments are asked of counts finer than departments (a department
        minus its published provinces and districts is not checked: AguaPerú never publishes that).
    """
    min_cell = check_min_cell(min_cell)
    if level not in LEVEL_WIDTHS:
        raise ValueError(f"unknown level {level!r}")
    width = LEVEL_WIDTHS[level]
    codes = counts["ubigeo"].astype(str)
    finer = bool(len(codes)) and int(codes.str.len().max()) > width
    if level == "department" and finer:
        raise ValueError("department figures are published only from department counts")
    key = codes.str[:width].to_numpy()
    frame = None
    for name, (n_col, k_col), label in (
        ("stunting", OUTCOMES["stunting"], "n_children_measured"),
        ("anemia", OUTCOMES["anemia"], "n_children_hb"),
    ):
        sums = counts.groupby(key)[[n_col, k_col]].sum()
        if frame is None:
            frame = pd.DataFrame({"ubigeo": sums.index.astype(str)})
        n = sums[n_col].to_numpy(dtype=float)
        if finer:
            n = np.where(_remainders_publishable(counts, codes, width, n_col, min_cell).reindex(sums.index), n, np.nan)
        frame[label] = n
        frame[f"direct_{name}_pct"] = np.round(100 * sums[k_col].to_numpy() / np.where(n > 0, n, np.nan), 1)
    return suppress(frame, min_cell)


def _remainders_publishable(
    counts: pd.DataFrame, codes: pd.Series, width: int, n_column: str, min_cell: int
) -> pd.Series:
    """Per area of ``width`` digits: whether the children of its unpublished finer cells form no cell or a big one.

    Its finer cells (districts) of fewer than ``min_cell`` children are left out of every table at this
    ``min_cell``; those of fewer than ``MIN_CELL`` are left out of every table at all. The area's children in
    each of the two groups must be none or a cell of its own (``min_cell`` and ``MIN_CELL`` children): the
    difference between the area and any set of its published districts is then a union of published districts
    and of that remainder, never a group of 1 to ``MIN_CELL - 1`` children.
    """
    cell = counts.groupby(codes.to_numpy())[n_column].sum()
    area = cell.index.str[:width]
    result = pd.Series(True, index=pd.Index(sorted(set(area))))
    for threshold in {min_cell, MIN_CELL}:
        remainder = cell.where(cell < threshold, 0).groupby(area).sum()
        result &= ((remainder == 0) | (remainder >= threshold)).reindex(result.index)
    return result


def suppress(frame: pd.DataFrame, min_cell: int) -> pd.DataFrame:
    """Blank counts and direct prevalences of cells under ``min_cell`` children; mark the rows ``suppressed``."""
    frame = frame.copy()
    small_haz = ~(frame["n_children_measured"] >= min_cell)
    small_hb = ~(frame["n_children_hb"] >= min_cell)
    frame.loc[small_haz, ["n_children_measured", "direct_stunting_pct"]] = np.nan
    frame.loc[small_hb, ["n_children_hb", "direct_anemia_pct"]] = np.nan
    frame["suppressed"] = (small_haz | small_hb).to_numpy()
    return frame


def check_published(frame: pd.DataFrame, min_cell: int = MIN_CELL) -> pd.DataFrame:
    """Check a table before it leaves ``core``: no record column, no count of fewer than ``min_cell`` children.

    Raises
    ------
    PrivacyError
        When the table holds a column of the child records or a count below ``min_cell``.
    """
    min_cell = check_min_cell(min_cell)
    leaked = sorted(c for c in frame.columns if str(c).lower() in RECORD_COLUMNS)
    if leaked:
        raise PrivacyError(f"A child table was about to be published with record columns {leaked}.", columns=leaked)
    for column in ("n_children_measured", "n_children_hb"):
        if column in frame:
            values = pd.to_numeric(frame[column], errors="coerce")
            if (values < min_cell).any():
                raise PrivacyError(
                    f"A child table was about to be published with {column} below {min_cell}.", column=column
                )
    return frame
