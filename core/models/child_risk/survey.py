"""ENDES child records turned into survey counts per district and year (internal: never published as such).

The counts of one district and year are often of a handful of children; they feed the small-area model
only. Whatever leaves ``core.models.child_risk`` goes through ``privacy`` first.
"""

from pathlib import Path

import numpy as np
import pandas as pd

from ...errors import InputError
from ...io.ubigeo import repair_padding

CHILDREN = Path("child_welfare") / "endes_children_2014_2018.csv.gz"
CLUSTERS = Path("child_welfare") / "endes_cluster_to_district_2014_2018.csv"
RECORD_COLUMNS = ["year", "conglomerado", "longitudx", "latitudy", "stunted", "anemic"]
COUNT_COLUMNS = ["n_haz", "k_stunted", "n_hb", "k_anemic"]
OUTCOMES = {"stunting": ("n_haz", "k_stunted"), "anemia": ("n_hb", "k_anemic")}


def has_survey(data_dir: str | Path | None) -> bool:
    """Whether a data folder holds the ENDES child records and their cluster table."""
    return data_dir is not None and (Path(data_dir) / CHILDREN).is_file() and (Path(data_dir) / CLUSTERS).is_file()


YEAR_RANGE = (1950, 2100)  # a survey year outside this is a misread cell, never a year


def parse_years(values: pd.Series) -> pd.Series:
    """Survey years as integers (``Int64``), whether written ``2014``, ``2014.0`` (Excel) or `` 2014 ``.

    Anything that is not a whole number within ``YEAR_RANGE`` becomes missing: the records and the cluster
    table are joined on these values, so both sides are always parsed by this one function.
    """
    from ...io.numbers import parse_numbers

    numbers = parse_numbers(values).values
    whole = numbers.notna() & (numbers == numbers.round()) & numbers.between(*YEAR_RANGE)
    return numbers.where(whole).round().astype("Int64")


def records_to_counts(records: pd.DataFrame, clusters: pd.DataFrame) -> pd.DataFrame:
    """Measured and affected children per district and survey year: the one join of ENDES records to districts.

    Children are joined to districts through the survey's cluster table on year, cluster and displaced GPS
    (a cluster number can cover several districts in one year); children of clusters without a district are
    left out. Every child-welfare figure AguaPerú publishes starts from these counts (see
    ``privacy.direct_estimates``).

    Parameters
    ----------
    records:
        ENDES child records with ``year, conglomerado, longitudx, latitudy, stunted, anemic`` (text or numbers).
    clusters:
        The cluster table with ``year, conglomerado, longitudx, latitudy, ubigeo``.

    Returns
    -------
    DataFrame
        ``ubigeo, year, n_haz, k_stunted, n_hb, k_anemic`` (one row per district and year with a measured
        child). Internal: cells are small; publish only through ``privacy.direct_estimates``.
    """
    from ...io.numbers import parse_numbers

    def keyed(frame: pd.DataFrame) -> pd.DataFrame:
        return pd.DataFrame(
            {
                "year": parse_years(frame["year"]),
                "conglomerado": parse_numbers(frame["conglomerado"]).values,
                "lon": parse_numbers(frame["longitudx"]).values.round(5),
                "lat": parse_numbers(frame["latitudy"]).values.round(5),
            },
            index=frame.index,
        )

    keys = ["year", "conglomerado", "lon", "lat"]
    children = keyed(records).assign(
        stunted=parse_numbers(records["stunted"]).values, anemic=parse_numbers(records["anemic"]).values
    )
    places = keyed(clusters).assign(ubigeo=repair_padding(clusters["ubigeo"])[0]).dropna(subset=[*keys, "ubigeo"])
    places = places.drop_duplicates(keys)[[*keys, "ubigeo"]]
    joined = children.dropna(subset=keys).merge(places, on=keys, how="inner")
    stunted, anemic = joined["stunted"], joined["anemic"]
    counts = (
        joined.assign(
            year=joined["year"].astype(np.int64),
            n_haz=stunted.notna().astype(int),
            k_stunted=stunted.fillna(0),
            n_hb=anemic.notna().astype(int),
            k_anemic=anemic.fillna(0),
        )
        .groupby(["ubigeo", "year"], as_index=False)[COUNT_COLUMNS]
        .sum()
    )
    counts[COUNT_COLUMNS] = counts[COUNT_COLUMNS].astype(np.int64)
    return counts[(counts["n_haz"] > 0) | (counts["n_hb"] > 0)].reset_index(drop=True)


def district_counts(data_dir: str | Path, records: str | Path | pd.DataFrame | None = None) -> pd.DataFrame:
    """Measured and affected children per district and survey year, from a data folder's ENDES files.

    Parameters
    ----------
    data_dir:
        A folder laid out like the shared data (its cluster table, and its child records by default).
    records:
        Other child records in the ENDES layout (a file or a frame) to join through the folder's cluster table.

    Returns
    -------
    DataFrame
        ``ubigeo, year, n_haz, k_stunted, n_hb, k_anemic`` (see ``records_to_counts``). Internal: cells are
        small; publish only through ``privacy.direct_estimates``.

    Raises
    ------
    InputError
        When the records or the cluster table cannot be read or lack their columns.
    """
    base = Path(data_dir)
    source = base / CHILDREN if records is None else records
    try:
        if isinstance(source, pd.DataFrame):
            children = source
        else:
            children = pd.read_csv(source, usecols=RECORD_COLUMNS, dtype=str)
        clusters = pd.read_csv(base / CLUSTERS, dtype=str)
    except (OSError, ValueError) as error:
        raise InputError(
            f"The ENDES child records in {base / 'child_welfare'} cannot be read: {error}.",
            code="unreadable_child_records",
            file=str(source if not isinstance(source, pd.DataFrame) else base / CHILDREN),
            reason=str(error),
            records=CHILDREN.as_posix(),
            clusters=CLUSTERS.as_posix(),
            fix="Check that the folder is laid out like the shared data.",
        ) from error
    missing = {"year", "conglomerado", "longitudx", "latitudy", "ubigeo"} - set(clusters.columns)
    if missing:
        raise InputError(
            f"The cluster table {base / CLUSTERS} lacks {', '.join(sorted(missing))}.",
            code="missing_column_no_suggestion",
            file=str(base / CLUSTERS),
            column=sorted(missing)[0],
        )
    absent = set(RECORD_COLUMNS) - set(children.columns)
    if absent:
        raise InputError(
            f"The ENDES child records lack {', '.join(sorted(absent))}.",
            code="missing_column_no_suggestion",
            file=str(source if not isinstance(source, pd.DataFrame) else base / CHILDREN),
            column=sorted(absent)[0],
        )
    return records_to_counts(children, clusters)
