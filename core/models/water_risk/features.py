"""Features of each rural water system: its own SIASAR fields, its neighbourhood and its district's context.

Nothing here reads the label (``treatment_works``) or a field observed together with it: see ``EXCLUDED``,
whose reasons are copied into the model card.
"""

from pathlib import Path

import numpy as np
import pandas as pd

from ...io.ubigeo import repair_padding

EARTH_RADIUS_KM = 6371.0088
LABEL = "treatment_works"
AT_RISK, WORKS = "NO", "SI"
SECONDARY_LABELS = ("catchment_condition", "organic_contamination", "inorganic_contamination", "source_protection")
CHLORINE, SLOW_FILTER = "Desinfección con cloro", "Filtración lenta"
SOURCES = {"Río": "source_river", "Pozo Perforado": "source_drilled_well", "Pozo excavado": "source_dug_well"}
SURVEY_YEAR = 2015  # SIASAR Peru was surveyed 2015-2016; used when a survey date is missing
LEAF_SIZE = 64  # points per leaf of the neighbour trees (scipy: 16): faster counts of large neighbourhoods
GRID_COUNTS_FROM = 200_000  # systems: above, counts of systems nearby by grid counting (core.spatial.counts)
HIGHEST_M = 6800  # above Peru's highest settlement: a typing error (one system says 341,662 m)

SYSTEM_FEATURES = [
    "altitude_m",
    "age_years",
    "population_served",
    "dwellings_served",
    "persons_per_dwelling",
    "gravity",
    "pumped",
    "water_dry_season",
    "water_rainy_season",
    "chlorination",
    *SOURCES.values(),
    "service_hours",
    "connections",
]
NEIGHBOURHOOD_FEATURES = [
    "nearest_system_km",
    "systems_within_5km",
    "systems_within_20km",
    "share_untreated_within_10km",
    "nearest_urban_centre_km",
    "centres_within_5km",
    "district_capital_km",
    "altitude_above_capital_m",
]
# district feature table column → feature name
DISTRICT_FEATURES = {
    "idh_2019": "district_hdi",
    "indice_vulnerabilidad_alimentaria": "district_food_vulnerability",
    "pct_pobreza_total": "district_poverty_pct",
    "pob_densidad_2020": "district_density",
    "altitud_m": "district_altitude_m",
    "ccpp_pct_urbano": "district_urban_centres_pct",
    "ccpp_n": "district_centres_n",
    "sistemas_n": "district_systems_n",
    "area_km2": "district_area_km2",
    "ntl_dmsp_2007": "province_night_lights",
    "precipitation_mean": "district_precipitation",
    "precipitation_trend": "district_precipitation_trend",
    "lst_mean": "district_land_temperature",
    "pm25_mean": "district_pm25",
    "ninos_anemia_pct": "district_child_anaemia_pct",
    "ninos_stunting_pct": "district_child_stunting_pct",
}
# every feature computed, raw values (district context included)
RAW_FEATURES = [*SYSTEM_FEATURES, *NEIGHBOURHOOD_FEATURES, *DISTRICT_FEATURES.values()]
# the model's inputs: the system and neighbourhood features as percentiles within the system's department.
# Departments differ in their share of failing treatment (13 % to 52 %) in ways no feature predicts out of
# department (raw values, district context included, rank held-out departments at or below chance); ranked
# within the department, the features carry only what distinguishes systems of one department.
RANKED = [*SYSTEM_FEATURES, *NEIGHBOURHOOD_FEATURES]
SUFFIX = "_pct_in_department"
FEATURES = [f"{name}{SUFFIX}" for name in RANKED]
# heavy-tailed, non-negative features: log1p before the neural network standardises them
LOG_FEATURES = {
    "population_served",
    "dwellings_served",
    "connections",
    "nearest_system_km",
    "systems_within_5km",
    "systems_within_20km",
    "nearest_urban_centre_km",
    "centres_within_5km",
    "district_capital_km",
    "district_density",
    "district_centres_n",
    "district_systems_n",
    "district_area_km2",
    "province_night_lights",
}

# SIASAR fields left out of the features, and why (evidence from the shared data, 6,076 systems)
EXCLUDED = {
    "treatment_works": "the label (trat_funciona).",
    "treatment_condition": "trat_estado: state of the treatment at inspection, known only with the label; "
    "also blank for all 6,076 systems.",
    "catchment_condition": "capt_estado: condition observed in the same inspection as the label (a secondary "
    "label, kept in the output); within departments it ranks the label at ROC-AUC 0.61, but it is blank for "
    "83 % of labelled systems and a planner without a survey does not know it either.",
    "organic_contamination": "a secondary label (kept in the output); 'NO' wherever filled (no information).",
    "inorganic_contamination": "a secondary label (kept in the output); 'NO' wherever filled (no information).",
    "source_protection": "a secondary label (kept in the output); 'NO' wherever filled (no information).",
    "storage_condition": "almc_estado: inspection condition like the label; filled in 4 departments only.",
    "distribution_condition": "dist_estado: inspection condition like the label; filled in 4 departments only.",
    "survey_date": "when the survey team passed, not a property of the system; it would encode survey teams.",
    "system_id": "an identifier.",
    "name": "a place name.",
    "divisions": "department, province, district names: the district enters through its features.",
    "storage_volume": "0 wherever filled.",
    "source_flow": "blank for all systems.",
    "latitude": "used only through distances: raw coordinates would let the model memorise departments.",
    "longitude": "used only through distances: raw coordinates would let the model memorise departments.",
}


def department(ubigeo: pd.Series) -> pd.Series:
    """The department code (first two digits of the UBIGEO)."""
    return ubigeo.astype("string").str[:2]


def target(systems: pd.DataFrame) -> pd.Series:
    """1.0 where treatment is not functioning (``NO``), 0.0 where it works (``SI``), NaN where unlabelled."""
    label = systems[LABEL].astype("string").str.strip().str.upper() if LABEL in systems else pd.Series(pd.NA)
    return label.map({AT_RISK: 1.0, WORKS: 0.0}).astype(float).reindex(systems.index)


def _per_value(series: pd.Series, convert) -> pd.Series:
    """``convert(series)`` (text to floats, a missing value to NaN) computed once per distinct value and spread
    back to the rows: a column of a million systems holds a few distinct texts."""
    codes, uniques = pd.factorize(series)  # a missing value gets -1
    values = np.append(convert(pd.Series(uniques, dtype=series.dtype)).to_numpy(dtype=float), np.nan)
    return pd.Series(values[codes], index=series.index, name=series.name)


def _yes_no(series: pd.Series | None, index) -> pd.Series:
    if series is None:
        return pd.Series(np.nan, index=index)
    return _per_value(
        series, lambda text: text.astype("string").str.strip().str.upper().map({"SI": 1.0, "NO": 0.0}).astype(float)
    )


def _numeric(frame: pd.DataFrame, column: str) -> pd.Series:
    if column not in frame:
        return pd.Series(np.nan, index=frame.index)
    return pd.to_numeric(frame[column], errors="coerce").astype(float)


def unit_vectors(lon, lat) -> np.ndarray:
    """Points on the unit sphere, for chord-distance neighbour searches."""
    lon, lat = np.radians(np.asarray(lon, dtype=float)), np.radians(np.asarray(lat, dtype=float))
    return np.c_[np.cos(lat) * np.cos(lon), np.cos(lat) * np.sin(lon), np.sin(lat)]


def _km(chord) -> np.ndarray:
    return 2 * EARTH_RADIUS_KM * np.arcsin(np.clip(np.asarray(chord, dtype=float) / 2, 0, 1))


def _chord(km: float) -> float:
    return 2 * np.sin(km / (2 * EARTH_RADIUS_KM))


def altitude_m(systems: pd.DataFrame) -> pd.Series:
    """Altitude of the system; 0 (unknown) and impossible values are blank."""
    altitude = _numeric(systems, "altitude_m")
    return altitude.where((altitude > 0) & (altitude < HIGHEST_M))


def system_features(systems: pd.DataFrame) -> pd.DataFrame:
    """The system's own fields (AguaPerú names from ``read_water_points``)."""
    index = systems.index
    out = pd.DataFrame(index=index)
    out["altitude_m"] = altitude_m(systems)
    surveyed = pd.to_datetime(systems.get("survey_date", pd.Series(pd.NaT, index=index)), errors="coerce")
    year = surveyed.dt.year.where(lambda y: y >= 2000).fillna(SURVEY_YEAR)
    built = _numeric(systems, "year_built")
    built = built.where((built >= 1900) & (built <= year))
    out["age_years"] = (year - built).clip(lower=0)
    out["population_served"] = _numeric(systems, "population_served")
    out["dwellings_served"] = _numeric(systems, "dwellings_served")
    out["persons_per_dwelling"] = out["population_served"] / out["dwellings_served"].where(lambda d: d > 0)
    for column in ("gravity", "pumped", "water_dry_season", "water_rainy_season"):
        out[column] = _yes_no(systems.get(column), index)
    kind = systems.get("treatment_type", pd.Series(pd.NA, index=index))
    out["chlorination"] = _per_value(
        kind, lambda text: text.astype("string").str.strip().map({CHLORINE: 1.0, SLOW_FILTER: 0.0}).astype(float)
    )
    source = systems.get("source_type", pd.Series(pd.NA, index=index))
    for value, name in SOURCES.items():
        out[name] = _per_value(
            source,
            lambda text, value=value: (
                (text.astype("string").str.strip() == value)
                .astype(float)
                .where(text.astype("string").str.strip().notna())
            ),
        )
    out["service_hours"] = _numeric(systems, "service_hours")
    out["connections"] = _numeric(systems, "connections")
    return out


def neighbourhood_features(
    systems: pd.DataFrame, districts: pd.DataFrame | None, centres: pd.DataFrame | None
) -> pd.DataFrame:
    """Label-free neighbourhood: other systems nearby, populated centres, the district capital."""
    from scipy.spatial import cKDTree

    out = pd.DataFrame(index=systems.index)
    points = unit_vectors(systems["longitude"], systems["latitude"])
    tree = cKDTree(points, leafsize=LEAF_SIZE)
    # queries in the tree's order (neighbours in memory one after the other: three times faster on a million
    # systems), on every core; each count is the same whatever the order, the leaf size or the threads
    order = tree.indices

    lon = np.asarray(systems["longitude"], dtype=float)
    lat = np.asarray(systems["latitude"], dtype=float)
    by_grid = len(points) > GRID_COUNTS_FROM and bool(np.isfinite(points).all())
    grid = []  # the systems binned once for the three radii

    def within(other, km: float, every_system: bool = False) -> np.ndarray:
        if by_grid and every_system:  # the same counts as the tree's, several times faster at a million
            from ...spatial.counts import count_within, make_grid

            if not grid:
                grid.append(make_grid(lon, lat, points))
            return count_within(lon, lat, points, lon, lat, points, _chord(km), grid=grid[0])
        counts = np.empty(len(points), dtype=np.intp)
        counts[order] = other.query_ball_point(points[order], _chord(km), return_length=True, workers=-1)
        return counts

    if len(systems) > 1:
        chord = np.empty(len(points))
        chord[order] = tree.query(points[order], k=2, workers=-1)[0][:, 1]
        out["nearest_system_km"] = _km(chord)
    else:
        out["nearest_system_km"] = np.nan
    for radius in (5, 20):
        out[f"systems_within_{radius}km"] = within(tree, radius, every_system=True) - 1
    untreated = systems.get("treatment_type", pd.Series(pd.NA, index=systems.index)).isna().to_numpy()
    # counts, not neighbour lists: memory stays linear in the number of systems (1,000,000 in bench/scale.py)
    nearby = within(tree, 10, every_system=True) - 1
    nearby_untreated = np.zeros(len(points))
    if untreated.any():
        # a tree of the untreated systems even at a million: fewer points, faster than the grid
        counted = within(cKDTree(points[untreated], leafsize=LEAF_SIZE), 10)
        nearby_untreated = counted - untreated  # a system is not its own neighbour
    with np.errstate(invalid="ignore", divide="ignore"):
        out["share_untreated_within_10km"] = np.where(nearby > 0, nearby_untreated / nearby, np.nan)
    out["nearest_urban_centre_km"] = np.nan
    out["centres_within_5km"] = np.nan
    if centres is not None and len(centres):
        everywhere = cKDTree(unit_vectors(centres["longitude"], centres["latitude"]), leafsize=LEAF_SIZE)
        out["centres_within_5km"] = within(everywhere, 5)
        urban = centres[centres["urban"]]
        if len(urban):
            chord = np.empty(len(points))
            nearest = cKDTree(unit_vectors(urban["longitude"], urban["latitude"]), leafsize=LEAF_SIZE)
            chord[order] = nearest.query(points[order], workers=-1)[0]
            out["nearest_urban_centre_km"] = _km(chord)
    out["district_capital_km"] = np.nan
    out["altitude_above_capital_m"] = np.nan
    if districts is not None and {"capital_lon", "capital_lat"} <= set(districts.columns):
        capital = systems[["ubigeo"]].merge(
            districts[["ubigeo", "capital_lon", "capital_lat", "altitud_m"]].drop_duplicates("ubigeo"),
            on="ubigeo",
            how="left",
        )
        capital_points = unit_vectors(capital["capital_lon"], capital["capital_lat"])
        out["district_capital_km"] = _km(np.linalg.norm(points - capital_points, axis=1))
        out["altitude_above_capital_m"] = altitude_m(systems).to_numpy() - capital["altitud_m"].to_numpy(dtype=float)
    return out


def district_context(systems: pd.DataFrame, districts: pd.DataFrame | None) -> pd.DataFrame:
    """The district feature table's columns for each system's district (NaN where a column is absent)."""
    out = pd.DataFrame(index=systems.index, columns=list(DISTRICT_FEATURES.values()), dtype=float)
    if districts is None:
        return out
    present = [c for c in DISTRICT_FEATURES if c in districts.columns]
    joined = systems[["ubigeo"]].merge(
        pd.DataFrame(districts[["ubigeo", *present]]).drop_duplicates("ubigeo"), on="ubigeo", how="left"
    )
    for column in present:
        out[DISTRICT_FEATURES[column]] = pd.to_numeric(joined[column], errors="coerce").to_numpy(dtype=float)
    return out


def read_centres(path: str | Path | None) -> pd.DataFrame | None:
    """Populated centres (``centros_poblados.csv.gz``): longitude, latitude and whether urban."""
    from ...io.tables import read_table

    if path is None or not Path(path).is_file():
        return None
    frame = read_table(Path(path))
    if frame is None or not {"latitude", "longitude", "tipo"} <= set(frame.columns):
        return None
    frame = frame.assign(
        latitude=pd.to_numeric(frame["latitude"], errors="coerce"),
        longitude=pd.to_numeric(frame["longitude"], errors="coerce"),
        urban=frame["tipo"].astype("string").str.lower().eq("urban").fillna(False).astype(bool),
    )
    return frame.dropna(subset=["latitude", "longitude"])[["longitude", "latitude", "urban"]]


def locate_districts(systems, districts):
    """Systems with a 6-digit ``ubigeo``; a missing one is taken from the district polygon holding the point."""
    import geopandas as gpd

    systems = systems.copy()
    if "ubigeo" in systems:
        systems["ubigeo"] = repair_padding(systems["ubigeo"])[0]
    else:
        systems["ubigeo"] = pd.Series(pd.NA, index=systems.index, dtype="string")
    missing = systems["ubigeo"].isna()
    if missing.any() and isinstance(districts, gpd.GeoDataFrame) and isinstance(systems, gpd.GeoDataFrame):
        from ...spatial.join import locate_in

        systems.loc[missing, "ubigeo"] = locate_in(
            systems.loc[missing, ["geometry"]], districts[["ubigeo", "geometry"]]
        )
    return systems


def department_percentiles(raw: pd.DataFrame, departments: pd.Series) -> pd.DataFrame:
    """The model's inputs (``FEATURES``): each ranked feature's percentile among the systems of its department.

    Label-free: the ranks use every system given (labelled or not). A blank becomes 0.5, the department's
    median: which fields a survey filled differs by department (service hours in 4 of 20) and would
    otherwise tell the model the department.
    """
    keys = departments.astype("string").fillna("").to_numpy()
    groups = pd.factorize(keys)[0]
    ranked = {f"{name}{SUFFIX}": percentile_in_group(raw[name].to_numpy(dtype=float), groups) for name in RANKED}
    return pd.DataFrame(ranked, index=raw.index)[FEATURES].fillna(0.5)


def percentile_in_group(values: np.ndarray, groups: np.ndarray) -> np.ndarray:
    """``pandas.Series(values).groupby(groups).rank(pct=True)``, the same doubles, several times faster on a
    million rows: the average rank of ties (1-based, within the group) over the group's count of values; NaN
    stays NaN and is not counted (``tests/unit/test_percentile_in_group.py``)."""
    out = np.full(len(values), np.nan)
    rows = np.flatnonzero(~np.isnan(values))
    if not len(rows):
        return out
    order = rows[np.lexsort((values[rows], groups[rows]))]
    group, value = groups[order], values[order]
    position = np.arange(len(order))
    group_start = np.r_[True, group[1:] != group[:-1]]
    tie_start = group_start | np.r_[True, value[1:] != value[:-1]]
    first_of_group = np.maximum.accumulate(np.where(group_start, position, 0))
    group_id = np.cumsum(group_start) - 1
    group_size = np.diff(np.r_[np.flatnonzero(group_start), len(order)])
    tie_id = np.cumsum(tie_start) - 1
    tie_first = np.flatnonzero(tie_start)
    tie_last = np.r_[tie_first[1:], len(order)] - 1
    rank = (tie_first[tie_id] + tie_last[tie_id] - 2 * first_of_group + 2) / 2  # (first + last) / 2, 1-based
    out[order] = rank / group_size[group_id]
    return out


def build_features(systems: pd.DataFrame, districts: pd.DataFrame | None, centres: pd.DataFrame | None):
    """All raw features, in the order of ``RAW_FEATURES``, one row per system (same index as ``systems``)."""
    frame = pd.concat(
        [
            system_features(systems),
            neighbourhood_features(systems, districts, centres),
            district_context(systems, districts),
        ],
        axis=1,
    )
    return frame[RAW_FEATURES].astype(float)
