"""The privacy rule of child data, applied to everything ``core.child`` publishes.

No individual child record ever leaves ``core``: every published number aggregates at least ``min_cell``
children (30 by default; it can be raised, never lowered: ``check_min_cell``). Counts and direct survey
prevalences of smaller cells are blanked and the row is marked ``suppressed``. Model estimates of an area
depend on the survey only through areas of at least ``min_cell`` children (see ``smallarea.area_effects``).
"""

import numpy as np
import pandas as pd

from ..errors import AguaPeruError
from ..io.child_welfare import MIN_CELL, check_min_cell
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


def direct_estimates(counts: pd.DataFrame, level: str, min_cell: int = MIN_CELL) -> pd.DataFrame:
    """Children measured and direct (unweighted) survey prevalences per area, all survey years pooled.

    Parameters
    ----------
    counts:
        District-year counts from ``survey.district_counts``.
    level:
        ``"district"`` (6-digit UBIGEO) or ``"province"`` (4 digits).
    min_cell:
        Minimum children per published cell (at least ``MIN_CELL``).

    Returns
    -------
    DataFrame
        ``ubigeo, n_children_measured, direct_stunting_pct, n_children_hb, direct_anemia_pct, suppressed``:
        counts and prevalences blank where fewer than ``min_cell`` children were measured, and for a province
        also where the children of its suppressed districts are fewer than ``min_cell`` (else the province
        minus its published districts would reveal them).
    """
    min_cell = check_min_cell(min_cell)
    key = counts["ubigeo"].str[:4] if level == "province" else counts["ubigeo"]
    frame = None
    for name, (n_col, k_col), label in (
        ("stunting", OUTCOMES["stunting"], "n_children_measured"),
        ("anemia", OUTCOMES["anemia"], "n_children_hb"),
    ):
        usable = usable_rows(counts, n_col, min_cell) if level == "province" else np.ones(len(counts), dtype=bool)
        sums = (
            counts.assign(_usable=usable)
            .groupby(key.to_numpy())
            .agg(n=(n_col, "sum"), k=(k_col, "sum"), usable=("_usable", "all"))
        )
        if frame is None:
            frame = pd.DataFrame({"ubigeo": sums.index.astype(str)})
        n = sums["n"].where(sums["usable"]).to_numpy(dtype=float)
        frame[label] = n
        frame[f"direct_{name}_pct"] = np.round(100 * sums["k"].to_numpy() / np.where(n > 0, n, np.nan), 1)
    return suppress(frame, min_cell)


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
