"""One synthetic profile per district, from which every synthetic table and raster of the demo is drawn.

Real facts from the packages (altitude, location, whether the district is a provincial or regional capital)
steer a latent ``deprivation`` score, so that poverty, development, child health, water service and the
satellite fields relate to each other and to geography the way a model would expect.
"""

import zlib

import numpy as np
import pandas as pd

# the Andes' axis, (latitude, longitude) from north to south: west of it is the coast, east the Amazon
ANDES_AXIS = (
    (0.0, -78.4),
    (-3.0, -79.6),
    (-6.0, -78.9),
    (-9.0, -77.6),
    (-12.0, -75.9),
    (-14.0, -73.6),
    (-16.0, -71.2),
    (-19.0, -69.6),
)
KM_PER_DEG = 111.32


def rng_for(seed: int, name: str) -> np.random.Generator:
    """An independent random stream per part of the demo: changing one part never shifts another."""
    return np.random.default_rng([seed, zlib.crc32(name.encode("utf-8"))])


def sigmoid(values):
    return 1.0 / (1.0 + np.exp(-np.asarray(values, dtype=float)))


def east_of_andes(latitude, longitude) -> np.ndarray:
    """Degrees of longitude east (positive) or west (negative) of the Andes' axis."""
    latitudes, longitudes = zip(*reversed(ANDES_AXIS), strict=True)
    return np.asarray(longitude, dtype=float) - np.interp(np.asarray(latitude, dtype=float), latitudes, longitudes)


def natural_zone(altitude: np.ndarray, east: np.ndarray) -> np.ndarray:
    """``costa`` (low, west), ``selva`` (low, east) or ``sierra``."""
    zone = np.full(altitude.shape, "sierra", dtype=object)
    zone[(altitude < 1000) & (east < 0)] = "costa"
    zone[(altitude < 1500) & (east >= 0)] = "selva"
    return zone


def cell_area_km2(polygons) -> np.ndarray:
    """Area of each polygon in km² (degrees² scaled at the polygon's latitude)."""
    latitude = np.radians([geometry.centroid.y for geometry in polygons])
    return np.array([geometry.area for geometry in polygons]) * KM_PER_DEG**2 * np.cos(latitude)


def filled_altitude(districts: pd.DataFrame, rng: np.random.Generator) -> pd.Series:
    """Altitude from the package; where it has none, the province's mean (else the department's) ± 150 m."""
    altitude = districts["altitude"].copy()
    for key in ("prov_code", "dep_code"):
        altitude = altitude.fillna(districts.groupby(key)["altitude"].transform("mean"))
    missing = districts["altitude"].isna()
    altitude[missing] = np.clip(altitude[missing] + rng.normal(0, 150, missing.sum()), 5, 4800).round()
    return altitude


def populations(districts: pd.DataFrame, settings: dict, rng: np.random.Generator) -> pd.Series:
    """Synthetic 2020 population: log-normal, larger for provincial, regional and metropolitan capitals."""
    metropolitan = (districts["prov_code"] == "1501") | (districts["dep_code"] == "07")
    log_population = (
        settings["log_median"]
        + settings["province_capital_boost"] * (districts["distr_code"] == "01")
        + settings["department_capital_boost"] * districts["ubigeo"].str.endswith("0101")
        + settings["lima_metropolitana_boost"] * metropolitan
        + rng.normal(0, settings["log_sd"], len(districts))
    )
    return np.maximum(np.exp(log_population), settings["minimum"]).round()


def district_profile(districts, places: pd.DataFrame, recipe: dict) -> pd.DataFrame:
    """Per district: location, altitude, zone, area, population, urban share and deprivation.

    ``districts`` is the GeoDataFrame of the gazetteer with its synthetic polygons; ``places`` holds the
    latitude and longitude used for every district (the package's or a synthetic one).
    """
    seed = recipe["seed"]
    rng = rng_for(seed, "profile")
    profile = pd.DataFrame({"ubigeo": districts["ubigeo"]}, index=districts.index)
    profile["latitude"], profile["longitude"] = places["latitude"], places["longitude"]
    profile["altitude"] = filled_altitude(districts, rng)
    profile["east"] = east_of_andes(profile["latitude"], profile["longitude"])
    profile["zone"] = natural_zone(profile["altitude"].to_numpy(), profile["east"].to_numpy())
    profile["cell_km2"] = cell_area_km2(districts.geometry)
    profile["superficie"] = districts["superficie"].fillna(profile["cell_km2"].round(2))
    profile["population"] = populations(districts, recipe["population"], rng)
    log_population = np.log(profile["population"])
    profile["urban_share"] = sigmoid(1.6 * (log_population - 9.6))
    metropolitan = (districts["prov_code"] == "1501") | (districts["dep_code"] == "07")
    profile["deprivation"] = (
        0.65 * (profile["altitude"] / 1000 - 2.2)
        + 0.7 * (profile["zone"] == "selva")
        - 0.55 * (log_population - 8.2)
        - 0.9 * metropolitan
        + rng.normal(0, 0.55, len(profile))
    )
    return profile
