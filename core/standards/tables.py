"""The cited tables of Peru's water-quality limits in ``resources/standards/`` and how to choose among them."""

from functools import cache
from pathlib import Path

import pandas as pd

from ..errors import InputError
from ..io.columns import normalise as simplify_code

TABLES_DIR = Path(__file__).resolve().parents[2] / "resources" / "standards"
STANDARD_FILES = {
    "DS 031-2010-SA": "ds_031_2010_sa.csv",
    "DS 004-2017-MINAM": "ds_004_2017_minam.csv",
}
DEFAULT_STANDARD = "DS 031-2010-SA"
LIMIT_COLUMNS = (
    "standard",
    "category",
    "category_name",
    "parameter",
    "parameter_es",
    "cas_or_code",
    "fraction",
    "unit",
    "min",
    "max",
    "note",
    "source",
)


def _read(name: str) -> pd.DataFrame:
    frame = pd.read_csv(TABLES_DIR / name, dtype=str, keep_default_na=False, encoding="utf-8")
    return frame.apply(lambda column: column.str.strip())


@cache
def parameter_table() -> pd.DataFrame:
    """Every known parameter: ``parameter`` id, English and Spanish names, symbol, CAS number, aliases."""
    return _read("parameters.csv")


@cache
def _limits(standard: str) -> pd.DataFrame:
    frame = _read(STANDARD_FILES[standard])
    for column in ("min", "max"):
        frame[column] = pd.to_numeric(frame[column].replace("", None), errors="raise").astype(float)
    return frame[list(LIMIT_COLUMNS)]


def standard_name(standard: str) -> str:
    """The table's own spelling of ``standard`` ("ds 004-2017 minam" → "DS 004-2017-MINAM")."""
    wanted = simplify_code(standard)
    for name in STANDARD_FILES:
        if simplify_code(name) == wanted:
            return name
    raise InputError(
        f"Unknown standard {standard!r}; choose one of: {', '.join(STANDARD_FILES)}.",
        code="unknown_standard",
        standard=standard,
        choices=list(STANDARD_FILES),
        options=", ".join(STANDARD_FILES),
    )


def load_limits(standard: str = DEFAULT_STANDARD, category: str | None = None) -> pd.DataFrame:
    """The limits of ``standard`` for ``category`` (every category when None or ``"all"``).

    One row per category and parameter, with ``min`` and/or ``max`` in ``unit`` (NaN when the decree sets
    no bound on that side): a maximum, a minimum (dissolved oxygen) or a range (pH).
    """
    limits = _limits(standard_name(standard))
    return limits[limits["category"].isin(select_categories(standard, category))].reset_index(drop=True)


def categories(standard: str = DEFAULT_STANDARD) -> pd.DataFrame:
    """``category`` and ``category_name`` of ``standard``, in the table's order."""
    limits = _limits(standard_name(standard))
    return limits[["category", "category_name"]].drop_duplicates().reset_index(drop=True)


def select_categories(standard: str, category: str | None) -> list[str]:
    """The categories of ``standard`` that ``category`` names.

    ``None`` or ``"all"`` is every category; otherwise the code itself ("3-D1"), the code without its
    category number ("D1", "E2-selva"), or a whole category or subcategory by its leading part
    ("3", "Cat. 4", "categoría 4", "4-E2", "1-A").
    """
    codes = categories(standard)["category"].tolist()
    if category is None or simplify_code(category) in ("", "all", "todas", "todos"):
        return codes
    wanted = simplify_code(category)
    for prefix in ("categoria", "category", "cat"):
        if wanted.startswith(prefix) and wanted != prefix:
            wanted = wanted[len(prefix) :]
            break
    exact = [c for c in codes if wanted in (simplify_code(c), simplify_code(c.split("-", 1)[-1]))]
    chosen = exact or [
        c for c in codes if simplify_code(c).startswith(wanted) or simplify_code(c.split("-", 1)[-1]).startswith(wanted)
    ]
    if not chosen:
        raise InputError(
            f"Unknown category {category!r} of {standard_name(standard)}; choose one of: {', '.join(codes)}.",
            code="unknown_category",
            category=category,
            choices=codes,
            standard=standard_name(standard),
            options=", ".join(codes),
        )
    return chosen
