"""The poverty model's inputs: the district feature table, plus context around each district.

Context added to ``build_district_features``: child stunting, anaemia, z-scores and the urban share of ENDES
children within about 30 km (a Gaussian kernel over the survey clusters' GPS, blank where fewer than 30
children weigh in), populated-centre density and distances, and the distance to Lima. Every numeric column of
the table is a feature except the label and what is derived from it (``is_label_column``).
"""

from pathlib import Path

import numpy as np
import pandas as pd

from ...features.district_features import CENTRES, CHILDREN, _district_origins, _unit_vectors, nearest_distance_km
from ...settings import MIN_CELL

EARTH_RADIUS_KM = 6371.0088
KERNEL_KM = 30.0  # bandwidth of the ENDES kernel (sd of the Gaussian); 15 and 60 km were tried
MIN_CHILDREN = MIN_CELL  # privacy and precision: no kernel value from fewer children (effective count)
LIMA = "150101"
# the poverty map's own columns: the label, its interval, ranks and groups, and the population projection
# that comes with it (absent exactly where poverty is); a user's target column is excluded too
LABEL_PREFIXES = ("pobreza", "pct_pobreza", "conf_95", "grupo_robusto", "ubicacion_")
LABEL_COLUMNS = ("pob_2020",)
ENDES_COLUMNS = {
    "stunted": "endes30_stunting",
    "anemic": "endes30_anaemia",
    "haz": "endes30_haz",
    "waz": "endes30_waz",
    "urban": "endes30_urban_share",
}


def is_label_column(name: str, target_column: str | None = None) -> bool:
    """Whether a column is the label, derived from it, or the user's target: never a feature."""
    lowered = str(name).lower()
    return lowered.startswith(LABEL_PREFIXES) or lowered in LABEL_COLUMNS or name == target_column


def add_context(table, data_dir: Path | None) -> pd.DataFrame:
    """The district table with the ENDES kernel, populated-centre and distance features added.

    Parameters
    ----------
    table:
        The district feature table (one row per district, with geometry).
    data_dir:
        A folder laid out like the shared data: ENDES children and populated centres are read from it;
        whatever is missing leaves its features out.
    """
    table = table.copy()
    origins = _unit_vectors(_district_origins(table)) * EARTH_RADIUS_KM
    base = Path(data_dir) if data_dir is not None else None
    if base is not None and (base / CHILDREN).is_file():
        kernel = endes_kernel(origins, read_children(base / CHILDREN))
        table = table.join(kernel.set_axis(table.index))
    if base is not None and (base / CENTRES).is_file():
        table = table.join(centre_features(table, origins, base / CENTRES))
    lima = table["ubigeo"].eq(LIMA).to_numpy()
    if lima.any():
        table["dist_lima_km"] = np.linalg.norm(origins - origins[lima][0], axis=1)
    return table


def read_children(path: Path) -> pd.DataFrame:
    """ENDES child records with their cluster's position (x, y, z in km) and the values the kernel averages."""
    columns = ["longitudx", "latitudy", "stunted", "anemic", "haz_x100", "waz_x100", "area_residence"]
    frame = pd.read_csv(path, usecols=columns).dropna(subset=["longitudx", "latitudy"])
    frame = frame[(frame["longitudx"] != 0) & (frame["latitudy"] != 0)]
    values = pd.DataFrame(
        {
            "stunted": frame["stunted"],
            "anemic": frame["anemic"],
            "haz": frame["haz_x100"].where(frame["haz_x100"].abs() < 600) / 100,  # flags (9998) and implausible
            "waz": frame["waz_x100"].where(frame["waz_x100"].abs() < 600) / 100,
            "urban": frame["area_residence"].eq(1).astype(float),
        }
    )
    position = _unit_vectors(frame[["longitudx", "latitudy"]].to_numpy(dtype=float)) * EARTH_RADIUS_KM
    return values.assign(x=position[:, 0], y=position[:, 1], z=position[:, 2]).reset_index(drop=True)


def endes_kernel(origins: np.ndarray, children: pd.DataFrame, bandwidth: float = KERNEL_KM) -> pd.DataFrame:
    """Gaussian-weighted means of the children's values around each origin (x, y, z in km).

    ``endes30_children`` is the sum of the weights (the effective number of children); every mean is blank
    where it is below ``MIN_CHILDREN``.
    """
    from scipy.spatial import cKDTree

    positions = children[["x", "y", "z"]].to_numpy()
    values = children[list(ENDES_COLUMNS)].to_numpy(dtype=float)
    known = ~np.isnan(values)
    values = np.nan_to_num(values)
    means = np.full((len(origins), len(ENDES_COLUMNS)), np.nan)
    weight_sum = np.zeros(len(origins))
    for row, near in enumerate(cKDTree(positions).query_ball_point(origins, r=3 * bandwidth)):
        if not near:
            continue
        distance = np.linalg.norm(positions[near] - origins[row], axis=1)
        weight = np.exp(-0.5 * (distance / bandwidth) ** 2)
        weight_sum[row] = weight.sum()
        weighted = weight[:, None] * known[near]
        totals = weighted.sum(axis=0)
        means[row] = np.divide((weighted * values[near]).sum(axis=0), totals, where=totals > 0, out=means[row])
    means[weight_sum < MIN_CHILDREN] = np.nan
    frame = pd.DataFrame(means, columns=list(ENDES_COLUMNS.values()))
    frame["endes30_children"] = weight_sum
    return frame


def centre_features(table, origins: np.ndarray, path: Path) -> pd.DataFrame:
    """Populated centres per km², distance to the nearest urban centre, centres within 10 and 30 km."""
    from scipy.spatial import cKDTree

    centres = pd.read_csv(path, usecols=["tipo", "latitude", "longitude"]).dropna(subset=["latitude", "longitude"])
    lonlat = centres[["longitude", "latitude"]].to_numpy(dtype=float)
    urban = centres["tipo"].astype(str).str.lower().eq("urban").to_numpy()
    frame = pd.DataFrame(index=table.index)
    if "ccpp_n" in table:
        frame["ccpp_per_km2"] = table["ccpp_n"] / table["area_km2"]
    frame["dist_urban_centre_km"] = nearest_distance_km(_district_origins(table), lonlat[urban])
    everywhere = cKDTree(_unit_vectors(lonlat) * EARTH_RADIUS_KM)
    towns = cKDTree(_unit_vectors(lonlat[urban]) * EARTH_RADIUS_KM)
    for radius in (10, 30):
        frame[f"ccpp_within_{radius}km"] = everywhere.query_ball_point(origins, r=radius, return_length=True)
        frame[f"urban_centres_within_{radius}km"] = towns.query_ball_point(origins, r=radius, return_length=True)
    return frame


def feature_columns(table, target_column: str | None = None) -> list[str]:
    """The numeric columns of the table that may be features, in table order (label columns left out)."""
    numeric = table.select_dtypes(include=["number", "bool"]).columns
    return [c for c in numeric if not is_label_column(c, target_column) and table[c].notna().any()]
