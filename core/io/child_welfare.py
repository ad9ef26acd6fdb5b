"""Child welfare: survey child records (ENDES layout) or indicator tables, read as published aggregates.

Individual records never leave this module: only aggregates of at least ``min_cell`` children do, and
smaller cells are suppressed (their values blank, ``suppressed`` true), through the same function as every
other child figure (``core.models.child_risk.privacy.direct_estimates``).
"""

from pathlib import Path

import pandas as pd

from ..errors import InputError
from ..settings import MIN_CELL, check_min_cell
from ..validation import Report, Severity
from .checks import require_column
from .columns import find_column
from .loaded import Loaded
from .tables import read_table
from .ubigeo import UbigeoReference

ENDES_SIGNATURE = {"HHID", "stunted", "anemic", "conglomerado", "year"}
CLUSTER_TABLE = Path("child_welfare") / "endes_cluster_to_district_2014_2018.csv"


def is_endes(columns) -> bool:
    return ENDES_SIGNATURE <= set(columns)


# an indicator table's columns, by outcome: prevalence (%), children measured, children affected
INDICATORS = {
    "stunting": {
        "pct": ("stunting_pct", "direct_stunting_pct", "stunting", "desnutricion_cronica_pct", "desnutricion_cronica",
                "dci_pct", "prevalencia_desnutricion"),
        "n": ("n_haz", "n_children_measured", "n_talla", "ninos_medidos_talla", "n_medidos"),
        "k": ("k_stunted", "n_stunted", "stunted_n", "casos_desnutricion"),
    },
    "anemia": {
        "pct": ("anemia_pct", "direct_anemia_pct", "anemia_6_59m_pct", "anaemia_pct", "anemia", "anaemia",
                "prevalencia_anemia"),
        "n": ("n_hb", "n_children_hb", "n_hemoglobina", "ninos_medidos_hb"),
        "k": ("k_anemic", "n_anemic", "anemic_n", "casos_anemia"),
    },
}  # fmt: skip
# counts of children that stand for both outcomes when an outcome has no count of its own
CHILDREN_ALIASES = ("n_children", "n_ninos", "ninos", "children", "sample_size", "tamano_muestra", "n_muestra", "n")
PUBLISHED = {
    "n_children_measured": "n_haz",
    "direct_stunting_pct": "stunting_pct",
    "n_children_hb": "n_hb",
    "direct_anemia_pct": "anemia_pct",
    "suppressed": "suppressed",
}


def read_child_welfare(
    path: str | Path,
    data_dir: str | Path | None = None,
    reference: UbigeoReference | None = None,
    min_cell: int = MIN_CELL,
) -> Loaded:
    """Read child-welfare data as published area aggregates (``attrs["level"]``: district, province, department).

    ENDES child records are joined to districts through the survey's cluster table in ``data_dir``
    (``core.models.child_risk.survey.district_counts``, the join of ``predict child-risk``); without it they give
    nothing
    (an error): department totals would count children that the district and province tables leave out, and
    a department minus its published provinces and districts would reveal a handful of them. Indicator tables
    (one row per area, or per area and year) must carry the number of children behind each figure, and are
    refused without it. Either way the counts go through ``core.models.child_risk.privacy.direct_estimates``, the one
    function every published child figure passes: all years pooled, cells of fewer than ``min_cell`` children
    blank and ``suppressed``. The data holds ``ubigeo, n_haz, stunting_pct, n_hb, anemia_pct, suppressed``;
    small cells are reported.
    """
    from ..models.child_risk.privacy import direct_estimates
    from ..models.child_risk.survey import district_counts

    path = Path(path)
    min_cell = check_min_cell(min_cell)
    report = Report()
    loaded = Loaded("child_welfare", str(path), report=report)
    frame = read_table(path, report)
    if frame is None:
        return loaded
    if is_endes(frame.columns):
        report.add(Severity.NOTE, "individual_records", path, minimum=min_cell)
        clusters = Path(data_dir) / CLUSTER_TABLE if data_dir else None
        if clusters is not None and clusters.is_file():
            try:
                counts = district_counts(data_dir, records=frame)
            except InputError as error:
                report.add(Severity.ERROR, "unreadable_file", clusters, expected="CSV", reason=error.message)
                return loaded
            level = "district"
        else:
            report.add(Severity.ERROR, "child_records_without_clusters", path, table=str(CLUSTER_TABLE))
            return loaded
    else:
        counts, level = indicator_counts(frame, str(path), report, reference, min_cell)
        if counts is None:
            return loaded
    published = direct_estimates(counts, level, min_cell)
    small = int(published["suppressed"].sum())
    if small:
        report.add(
            Severity.NOTE,
            "child_cells_suppressed",
            path,
            count=small,
            total=len(published),
            minimum=min_cell,
            level=level,
        )
    loaded.data = published[["ubigeo", *PUBLISHED]].rename(columns=PUBLISHED)
    loaded.attrs["level"] = level
    return loaded


def indicator_counts(
    frame: pd.DataFrame,
    file: str,
    report: Report,
    reference: UbigeoReference | None = None,
    min_cell: int = MIN_CELL,
) -> tuple[pd.DataFrame | None, str]:
    """An indicator table (prevalences with the children behind them) as counts per area and year.

    Each row gives, per outcome, the children measured (its own count, or a count of children for the row)
    and the prevalence (%) or the children affected. Rows without a count, or whose prevalence is blank, add
    nothing to that outcome. Rows of fewer than ``min_cell`` children are reported: the table itself shows
    them, and AguaPerú publishes them only pooled into cells of at least ``min_cell``. Columns about children
    that are not one of the two outcomes are left out (their cells are unknown).

    Returns
    -------
    (counts or None, level)
        ``ubigeo, year, n_haz, k_stunted, n_hb, k_anemic``; None (with an error in ``report``) when the table
        has no key, no outcome, or an outcome without a count of children.
    """
    from ..models.child_risk.survey import COUNT_COLUMNS, OUTCOMES, parse_years
    from .district_tables import YEAR_ALIASES
    from .ubigeo import KEY_ALIASES, normalise_key

    column = require_column(frame, "ubigeo", KEY_ALIASES, file, report)
    if column is None:
        return None, "district"
    year = find_column(frame.columns, YEAR_ALIASES)
    keys = Report()
    codes, level = normalise_key(frame, column, file, keys, reference)
    report.items.extend(item for item in keys.items if not (year and item.code == "ubigeo_duplicate"))
    everyone = find_column(frame.columns, CHILDREN_ALIASES)
    counts = pd.DataFrame({"ubigeo": codes, "year": parse_years(frame[year]) if year else 0}, index=frame.index)
    used = {column, year, everyone}
    found_any = False
    for outcome, (n_col, k_col) in OUTCOMES.items():
        names = {part: find_column(frame.columns, aliases) for part, aliases in INDICATORS[outcome].items()}
        if names["pct"] is None and names["k"] is None:
            counts[n_col], counts[k_col] = 0.0, 0.0
            continue
        found_any = True
        used |= set(names.values())
        count_column = names["n"] or everyone
        if count_column is None:
            report.add(
                Severity.ERROR,
                "child_table_without_counts",
                file,
                names["pct"] or names["k"],
                outcome=outcome,
                examples=list(INDICATORS[outcome]["n"][:2] + CHILDREN_ALIASES[:1]),
            )
            return None, level
        measured = _numbers(frame, count_column, file, report)
        if names["k"] is not None:
            affected = _numbers(frame, names["k"], file, report)
        else:
            affected = (_numbers(frame, names["pct"], file, report) * measured / 100).round()
        known = measured.notna() & affected.notna() & (measured > 0) & (affected <= measured)
        counts[n_col] = measured.where(known, 0.0)
        counts[k_col] = affected.where(known, 0.0)
        tiny = known & (measured < min_cell)
        if tiny.any():
            report.add(
                Severity.WARNING,
                "child_small_cells",
                file,
                count_column,
                frame.index[tiny][:5],
                count=int(tiny.sum()),
                minimum=min_cell,
                examples=measured[tiny].astype(int).tolist(),
            )
    if not found_any:
        report.add(Severity.ERROR, "child_table_without_outcome", file)
        return None, level
    dropped = [c for c in frame.columns if c not in used]
    if dropped:
        report.add(Severity.NOTE, "child_columns_left_out", file, count=len(dropped), examples=dropped)
    counts = counts[counts["ubigeo"].notna()]
    counts = counts.groupby(["ubigeo", "year"], as_index=False)[COUNT_COLUMNS].sum()
    counts[COUNT_COLUMNS] = counts[COUNT_COLUMNS].astype("int64")
    return counts, level


def _numbers(frame: pd.DataFrame, column: str, file: str, report: Report) -> pd.Series:
    """A column as numbers (blank where unreadable), problems reported as for any district table."""
    from .checks import numeric_columns

    return numeric_columns(frame[[column]], file, report)[column].astype(float)
