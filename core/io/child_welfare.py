"""Child welfare: survey child records (ENDES layout), aggregated at once, or aggregated indicator tables.

Individual records never leave this module: only aggregates of at least ``min_cell`` children do,
and smaller cells are suppressed (their values blank, ``suppressed`` true).
"""

from pathlib import Path

import pandas as pd

from ..errors import InputError
from ..validation import Report, Severity
from .checks import require_column
from .district_tables import read_district_table
from .loaded import Loaded
from .numbers import parse_numbers
from .tables import read_table
from .ubigeo import UbigeoReference, repair_padding

MIN_CELL = 30  # children per published cell: the privacy rule, configurable upward only
ENDES_SIGNATURE = {"HHID", "stunted", "anemic", "conglomerado", "year"}
CLUSTER_TABLE = Path("child_welfare") / "endes_cluster_to_district_2014_2018.csv"


def is_endes(columns) -> bool:
    return ENDES_SIGNATURE <= set(columns)


def check_min_cell(min_cell: int | None) -> int:
    """The minimum number of children per published cell: ``MIN_CELL`` by default, never lower.

    Raises
    ------
    InputError
        When ``min_cell`` is below ``MIN_CELL`` (the privacy rule can only be made stricter) or not a whole number.
    """
    if min_cell is None:
        return MIN_CELL
    try:
        value = int(min_cell)
    except (TypeError, ValueError):
        value = None
    if value is None or value != min_cell or value < MIN_CELL:
        raise InputError(
            f"The minimum number of children per published cell must be a whole number of at least {MIN_CELL} "
            f"(got {min_cell!r}); the privacy rule can only be made stricter.",
            code="min_cell_too_low",
            minimum=MIN_CELL,
            value=str(min_cell),
            fix=f"Use {MIN_CELL} or more.",
        )
    return value


def aggregate_children(records: pd.DataFrame, by: list[str], min_cell: int = MIN_CELL) -> pd.DataFrame:
    """Counts and prevalences (%) per group; groups with fewer than ``min_cell`` measured children are blanked.

    Raises
    ------
    InputError
        When ``min_cell`` is below ``MIN_CELL`` (see ``check_min_cell``).
    """
    min_cell = check_min_cell(min_cell)
    stunted = parse_numbers(records["stunted"]).values
    anemic = parse_numbers(records["anemic"]).values
    frame = records[by].assign(_stunted=stunted, _anemic=anemic)
    grouped = frame.groupby(by, dropna=True)
    table = pd.DataFrame(
        {
            "n_haz": grouped["_stunted"].count(),
            "stunting_pct": grouped["_stunted"].mean() * 100,
            "n_hb": grouped["_anemic"].count(),
            "anemia_pct": grouped["_anemic"].mean() * 100,
        }
    ).reset_index()
    small_haz, small_hb = table["n_haz"] < min_cell, table["n_hb"] < min_cell
    table.loc[small_haz, ["n_haz", "stunting_pct"]] = float("nan")
    table.loc[small_hb, ["n_hb", "anemia_pct"]] = float("nan")
    table["suppressed"] = small_haz | small_hb
    return table


def read_child_welfare(
    path: str | Path,
    data_dir: str | Path | None = None,
    reference: UbigeoReference | None = None,
    min_cell: int = MIN_CELL,
) -> Loaded:
    """Read child-welfare data as district aggregates (``attrs["level"]``: district or department).

    ENDES child records are joined to districts through the survey's cluster table when ``data_dir``
    holds it, otherwise aggregated by department; indicator tables are read as district tables.
    """
    path = Path(path)
    min_cell = check_min_cell(min_cell)
    report = Report()
    frame = read_table(path, report)
    if frame is None:
        return Loaded("child_welfare", str(path), report=report)
    if not is_endes(frame.columns):
        loaded = read_district_table(path, reference, report=report)
        loaded.kind = "child_welfare"
        return loaded
    loaded = Loaded("child_welfare", str(path), report=report)
    report.add(Severity.NOTE, "individual_records", path, minimum=min_cell)
    clusters = Path(data_dir) / CLUSTER_TABLE if data_dir else None
    frame = frame.assign(year=frame["year"].astype("string").str.strip())
    if clusters is not None and clusters.is_file():
        mapping = _read_clusters(clusters, report)
        if mapping is None:
            return loaded
        frame = frame.assign(conglomerado=parse_numbers(frame["conglomerado"]).values)
        frame = frame.merge(mapping.drop_duplicates(["year", "conglomerado"]), on=["year", "conglomerado"], how="left")
        loaded.data = aggregate_children(frame, ["ubigeo"], min_cell)
        loaded.attrs["level"] = "district"
    else:
        if require_column(frame, "region", ("region",), str(path), report) is None:
            return loaded
        region = parse_numbers(frame["region"]).values
        frame = frame.assign(ubigeo=region.map(lambda r: f"{int(r):02d}" if pd.notna(r) else None))
        loaded.data = aggregate_children(frame, ["ubigeo"], min_cell)
        loaded.attrs["level"] = "department"
    return loaded


def _read_clusters(path: Path, report: Report) -> pd.DataFrame | None:
    """The survey's cluster → district table (``year, conglomerado, ubigeo``); None with an error when unusable."""
    table = read_table(path, report)
    if table is None:
        return None
    found = [require_column(table, name, (name,), str(path), report) for name in ("year", "conglomerado", "ubigeo")]
    if None in found:
        return None
    year, cluster, code = found
    return pd.DataFrame(
        {
            "year": table[year].astype("string").str.strip(),
            "conglomerado": parse_numbers(table[cluster]).values,
            "ubigeo": repair_padding(table[code])[0],
        }
    )
