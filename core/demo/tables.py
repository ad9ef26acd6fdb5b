"""The demo's district tables, with the columns of the real files they stand in for."""

import numpy as np
import pandas as pd

from .gazetteer import ascii_upper
from .labels import Labelled, partly_synthetic
from .profile import rng_for, sigmoid

NO_INFORMATION = "S.I."  # "sin información", as INEI's tables and the package write it
PLACED = "random place around the located capitals of the province"
POVERTY_HOW = "logistic function of the synthetic deprivation score (altitude, jungle, population, Lima)"


def welfare_estimates(profile: pd.DataFrame, seed: int) -> pd.DataFrame:
    """Synthetic poverty (with its 95 % interval), extreme poverty, HDI and food-vulnerability index."""
    rng = rng_for(seed, "welfare")
    size = len(profile)
    deprivation = profile["deprivation"].to_numpy()
    poverty = np.clip(100 * sigmoid(-0.7 + 1.05 * deprivation + rng.normal(0, 0.15, size)), 0.05, 85.0)
    half_width = 4 + 10 * sigmoid(8.5 - np.log(profile["population"].to_numpy())) + rng.uniform(0, 4, size)
    low, high = np.clip(poverty - half_width, 0, 100).round(1), np.clip(poverty + half_width, 0, 100).round(1)
    return pd.DataFrame(
        {
            "poverty": poverty,
            "conf_95_inf": low,
            "conf_95_sup": high,
            "pobreza_monetaria": ((low + high) / 2).round(2),
            "extreme": poverty * sigmoid(-1.3 + 0.9 * deprivation + rng.normal(0, 0.2, size)),
            "idh": np.clip(0.55 - 0.11 * deprivation + rng.normal(0, 0.03, size), 0.09, 0.85),
            "vulnerability": np.clip(0.5 + 0.12 * deprivation + rng.normal(0, 0.05, size), 0.06, 0.85),
        },
        index=profile.index,
    )


def unlocated(districts: pd.DataFrame) -> list[str]:
    """Codes of the districts for which the package gives no capital, coordinates, altitude or area."""
    return districts.loc[~districts["located"], "ubigeo"].tolist()


def ubigeo_distrito(districts, profile: pd.DataFrame, welfare: pd.DataFrame, recipe: dict, sources: dict) -> Labelled:
    """``socioeconomic/ubigeo_distrito.csv``: codes, names and district facts, one row per district."""
    held_out = districts["dep_code"].isin(recipe["held_out"]["poverty_departments"])
    frame = pd.DataFrame(
        {
            "inei": districts["ubigeo"],
            "reniec": districts["reniec"],
            "departamento": districts["dep"],
            "provincia": districts["prov"],
            "distrito": districts["distr"],
            "region": districts["region"],
            "macroregion_inei": districts["macroregion_inei"],
            "macroregion_minsa": districts["macroregion_minsa"],
            "iso_3166_2": districts["iso_3166_2"],
            "fips": districts["dep_code"].astype(int),
            "capital": districts["capital"],
            "superficie": profile["superficie"].astype(object).mask(districts["area_unknown"], NO_INFORMATION),
            "pob_densidad_2020": (profile["population"] / profile["superficie"])
            .astype(object)
            .mask(districts["area_unknown"], NO_INFORMATION),
            "altitude": profile["altitude"],
            "latitude": profile["latitude"],
            "longitude": profile["longitude"],
            "indice_vulnerabilidad_alimentaria": welfare["vulnerability"],
            "idh_2019": welfare["idh"],
            "pct_pobreza_total": welfare["poverty"].mask(held_out),
            "pct_pobreza_extrema": welfare["extreme"].mask(held_out),
        }
    )
    places = sources["places"]
    return Labelled(
        frame,
        "Codes, names and facts of every district (layout of ubigeo-peru-aumentado).",
        real={
            "inei": sources["codes"],
            "reniec": f"{sources['codes']} (matched on names; blank where the names differ)",
            "departamento": sources["codes"],
            "provincia": sources["codes"],
            "distrito": sources["codes"],
            "region": f"derived from {sources['codes']} (Lima split into LIMA METROPOLITANA and LIMA REGION)",
            "macroregion_inei": places,
            "macroregion_minsa": places,
            "iso_3166_2": sources["iso"],
            "capital": f"{places} (blank where the package does not tie a capital to the code)",
        },
        synthetic={
            "fips": "the INEI department code as a number, not the FIPS 10-4 code",
            "pob_densidad_2020": f"synthetic population divided by superficie ({NO_INFORMATION} where superficie is)",
            "indice_vulnerabilidad_alimentaria": "linear in the synthetic deprivation score, with noise",
            "idh_2019": "linear in the synthetic deprivation score, with noise",
            "pct_pobreza_total": POVERTY_HOW + "; blank in the held-out departments",
            "pct_pobreza_extrema": "share of pct_pobreza_total, rising with deprivation; blank where that is",
        },
        partly={
            "superficie": partly_synthetic(
                f"{places} ({NO_INFORMATION}, no information, where the package says so)",
                "area of the synthetic district polygon, km²",
                unlocated(districts),
            ),
            "altitude": partly_synthetic(places, "the province's mean altitude ± 150 m", unlocated(districts)),
            "latitude": partly_synthetic(places, PLACED, unlocated(districts)),
            "longitude": partly_synthetic(places, PLACED, unlocated(districts)),
        },
    )


def robust_groups(rank: pd.Series, size: pd.Series, groups: int) -> pd.Series:
    """Groups of similar poverty, 1 for the poorest, from a rank among ``size`` districts."""
    return (1 + np.floor((rank - 1) / size * groups)).astype(float)


def pobreza(districts, profile: pd.DataFrame, welfare: pd.DataFrame, recipe: dict, sources: dict) -> Labelled:
    """``socioeconomic/pobreza2018_distrital.csv``: the poverty map, without the held-out departments."""
    kept = ~districts["dep_code"].isin(recipe["held_out"]["poverty_departments"])
    rows, estimates = districts[kept], welfare[kept]
    small = profile.loc[kept, "population"] < 2500
    group_ids = rows["prov_code"].where(small).rank(method="dense")
    national = estimates["pobreza_monetaria"].rank(ascending=False, method="first")
    regional = estimates["pobreza_monetaria"].groupby(rows["dep_code"]).rank(ascending=False, method="first")
    region_size = rows.groupby("dep_code")["ubigeo"].transform("size")
    frame = pd.DataFrame(
        {
            "region": rows["dep_name"],
            "provincia": rows["prov_name"],
            "distrito": rows["distr_name"],
            "ubigeo": rows["ubigeo"],
            "agrupados": group_ids.fillna(0).astype(int),
            "pob_2020": profile.loc[kept, "population"],
            "conf_95_inf": estimates["conf_95_inf"],
            "conf_95_sup": estimates["conf_95_sup"],
            "grupo_robusto_regional": robust_groups(regional, region_size, 6),
            "ubicacion_pobreza_monetaria_total_regional": regional,
            "grupo_robusto_nacional": robust_groups(national, pd.Series(len(rows), index=rows.index), 25),
            "ubicacion_pobreza_monetaria_total_nacional": national,
            "pobreza_monetaria": estimates["pobreza_monetaria"],
        }
    )
    return Labelled(
        frame,
        "District monetary poverty (layout of INEI's 2018 poverty map); the held-out departments have no rows.",
        real={column: sources["places"] for column in ("region", "provincia", "distrito")}
        | {"ubigeo": sources["codes"]},
        synthetic={
            "agrupados": "districts under 2,500 inhabitants grouped by province (0: not grouped)",
            "pob_2020": "log-normal, larger for capitals and Lima Metropolitana",
            "conf_95_inf": POVERTY_HOW + ", minus a half-width that shrinks with population",
            "conf_95_sup": POVERTY_HOW + ", plus the same half-width",
            "grupo_robusto_regional": "sixths of the regional rank",
            "ubicacion_pobreza_monetaria_total_regional": "rank within the department, 1 the poorest",
            "grupo_robusto_nacional": "25 groups of the national rank",
            "ubicacion_pobreza_monetaria_total_nacional": "rank in the country, 1 the poorest",
            "pobreza_monetaria": "midpoint of the 95 % interval",
        },
    )


def year_effects(rng: np.random.Generator, years: np.ndarray, scale: float, shocks: dict[int, float]) -> np.ndarray:
    effects = rng.normal(0, scale, len(years))
    for year, shock in shocks.items():
        effects[years == year] += shock
    return effects


def precipitation(districts, profile: pd.DataFrame, recipe: dict, sources: dict) -> Labelled:
    """``satellite/pp_mean_yearly_…``: mean daily precipitation (mm) per year, wettest east of the Andes."""
    rng = rng_for(recipe["seed"], "precipitation")
    years = np.arange(recipe["years"]["climate"][0], recipe["years"]["climate"][1] + 1)
    base = (0.2 + 25 * sigmoid(2.0 * (profile["east"].to_numpy() - 0.3))) * rng.lognormal(0, 0.2, len(profile))
    effects = np.exp(year_effects(rng, years, 0.07, {2017: 0.2, 2023: 0.1}))
    values = base[:, None] * effects[None, :] * rng.lognormal(0, 0.08, (len(profile), len(years)))
    return satellite_table(districts, values.round(4), years, "precipitation_mean", "precipitation", sources)


def land_surface_temperature(districts, profile: pd.DataFrame, recipe: dict, sources: dict) -> Labelled:
    """``satellite/lst_mean_yearly_…``: mean land-surface temperature (°C) per year, cooler with altitude."""
    rng = rng_for(recipe["seed"], "land_surface_temperature")
    years = np.arange(recipe["years"]["climate"][0], recipe["years"]["climate"][1] + 1)
    altitude = profile["altitude"].to_numpy()
    base = 38.5 - 0.0055 * altitude - 8.0 * (profile["zone"] == "selva").to_numpy() + rng.normal(0, 1.5, len(profile))
    effects = year_effects(rng, years, 0.5, {2016: 1.0, 2024: -1.5})
    values = base[:, None] + effects[None, :] + rng.normal(0, 0.6, (len(profile), len(years)))
    return satellite_table(districts, values.round(4), years, "lst_mean", "land-surface temperature", sources)


def satellite_table(districts, values: np.ndarray, years, prefix: str, what: str, sources: dict) -> Labelled:
    columns = [f"{prefix}_{year}" for year in years]
    frame = pd.concat(
        [districts["ubigeo"].rename("UBIGEO").reset_index(drop=True), pd.DataFrame(values, columns=columns)], axis=1
    )
    how = f"smooth function of location and altitude with district, year and noise terms ({what})"
    return Labelled(
        frame,
        f"District yearly mean {what} (wide layout of the satellite tables).",
        real={"UBIGEO": sources["codes"]},
        synthetic=dict.fromkeys(columns, how),
    )


def child_welfare(districts, profile: pd.DataFrame, recipe: dict, sources: dict) -> Labelled:
    """``child_welfare/indicadores_distritales.csv``: district × year aggregates, never child records.

    Prevalences of cells with fewer than ``min_cell`` measured children are blank (the privacy rule).
    """
    settings = recipe["child_welfare"]
    rng = rng_for(recipe["seed"], "child_welfare")
    years = np.arange(recipe["years"]["child_welfare"][0], recipe["years"]["child_welfare"][1] + 1)
    size = (len(profile), len(years))
    scale = (profile["population"].to_numpy() / np.exp(recipe["population"]["log_median"])) ** 0.3
    children = rng.poisson(settings["mean_children_per_district"] * scale[:, None], size)
    measured_haz = rng.binomial(children, 0.97)
    measured_hb = rng.binomial(children, 0.85)
    deprivation = profile["deprivation"].to_numpy()[:, None]
    altitude_km = profile["altitude"].to_numpy()[:, None] / 1000
    trend = (years - years[0])[None, :]
    stunting = sigmoid(-1.6 + 0.8 * deprivation + 0.15 * altitude_km - 0.06 * trend)
    anemia = sigmoid(-0.5 + 0.3 * (altitude_km - 2) + 0.25 * deprivation - 0.03 * trend)
    frame = pd.DataFrame(
        {
            "ubigeo": np.repeat(districts["ubigeo"].to_numpy(), len(years)),
            "year": np.tile(years, len(profile)),
            "n_children": children.ravel(),
            "n_haz": measured_haz.ravel(),
            "stunting_pct": prevalence(rng.binomial(measured_haz, stunting), measured_haz, settings["min_cell"]),
            "n_hb": measured_hb.ravel(),
            "anemia_pct": prevalence(rng.binomial(measured_hb, anemia), measured_hb, settings["min_cell"]),
        }
    )
    frame = frame[frame["n_children"] > 0].reset_index(drop=True)
    return Labelled(
        frame,
        "Child stunting (HAZ < -2) and anaemia (6-59 months) per district and survey year: aggregates only, "
        f"prevalences blank where fewer than {settings['min_cell']} children were measured.",
        real={"ubigeo": sources["codes"]},
        synthetic={
            "year": "survey years of the recipe",
            "n_children": "Poisson, growing with the synthetic population",
            "n_haz": "binomial share of n_children measured for height",
            "stunting_pct": "binomial draw from a prevalence rising with deprivation and altitude, falling by year",
            "n_hb": "binomial share of n_children tested for haemoglobin",
            "anemia_pct": "binomial draw from a prevalence rising with altitude and deprivation",
        },
    )


def prevalence(cases: np.ndarray, measured: np.ndarray, min_cell: int) -> np.ndarray:
    """Cases per 100 measured, rounded to 0.1; blank below ``min_cell`` measured."""
    with np.errstate(invalid="ignore", divide="ignore"):
        rate = np.round(100 * cases / measured, 1)
    return np.where(measured >= min_cell, rate, np.nan).ravel()


def capital_names(districts: pd.DataFrame) -> pd.Series:
    """The capital in the INEI layer's convention (ASCII upper case), blank where no package gives it."""
    return districts["capital"].map(ascii_upper, na_action="ignore")
