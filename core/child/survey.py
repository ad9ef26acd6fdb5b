"""ENDES child records turned into survey counts per district and year (internal: never published as such).

The counts of one district and year are often of a handful of children; they feed the small-area model
only. Whatever leaves ``core.child`` goes through ``privacy`` first.
"""

from pathlib import Path

import numpy as np
import pandas as pd

from ..errors import InputError
from ..io.ubigeo import repair_padding

CHILDREN = Path("child_welfare") / "endes_children_2014_2018.csv.gz"
CLUSTERS = Path("child_welfare") / "endes_cluster_to_district_2014_2018.csv"
RECORD_COLUMNS = ["year", "conglomerado", "longitudx", "latitudy", "stunted", "anemic"]
COUNT_COLUMNS = ["n_haz", "k_stunted", "n_hb", "k_anemic"]
OUTCOMES = {"stunting": ("n_haz", "k_stunted"), "anemia": ("n_hb", "k_anemic")}


def has_survey(data_dir: str | Path | None) -> bool:
    """Whether a data folder holds the ENDES child records and their cluster table."""
    return data_dir is not None and (Path(data_dir) / CHILDREN).is_file() and (Path(data_dir) / CLUSTERS).is_file()


def district_counts(data_dir: str | Path) -> pd.DataFrame:
    """Measured and affected children per district and survey year.

    Children are joined to districts through the survey's cluster table (year, cluster and displaced GPS);
    children of clusters without a district are left out.

    Returns
    -------
    DataFrame
        ``ubigeo, year, n_haz, k_stunted, n_hb, k_anemic`` (one row per district and year with a measured
        child). Internal: cells are small; publish only through ``privacy.publish``.

    Raises
    ------
    InputError
        When the records or the cluster table lack their columns.
    """
    base = Path(data_dir)
    try:
        records = pd.read_csv(base / CHILDREN, usecols=RECORD_COLUMNS)
        clusters = pd.read_csv(base / CLUSTERS, dtype={"ubigeo": str})
    except (OSError, ValueError) as error:
        raise InputError(
            f"The ENDES child records in {base / 'child_welfare'} cannot be read: {error}.",
            code="unreadable",
            file=str(base / CHILDREN),
            fix="Check that the folder is laid out like the shared data.",
        ) from error
    missing = {"year", "conglomerado", "longitudx", "latitudy", "ubigeo"} - set(clusters.columns)
    if missing:
        raise InputError(
            f"The cluster table {base / CLUSTERS} lacks {', '.join(sorted(missing))}.",
            code="missing_column",
            file=str(base / CLUSTERS),
            column=sorted(missing)[0],
        )
    clusters["ubigeo"] = repair_padding(clusters["ubigeo"])[0]
    keys = ["year", "conglomerado", "lon", "lat"]
    for frame in (records, clusters):
        frame["lon"], frame["lat"] = frame["longitudx"].round(5), frame["latitudy"].round(5)
    clusters = clusters.drop_duplicates(keys)[[*keys, "ubigeo"]]
    joined = records.merge(clusters, on=keys, how="inner")
    stunted = pd.to_numeric(joined["stunted"], errors="coerce")
    anemic = pd.to_numeric(joined["anemic"], errors="coerce")
    counts = (
        joined.assign(
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
