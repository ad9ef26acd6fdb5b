"""Synthetic populated centres and rural water systems, placed inside their synthetic districts."""

import numpy as np
import pandas as pd

from .labels import Labelled, partly_synthetic
from .profile import rng_for, sigmoid
from .tables import capital_names

MAX_TRIES = 200
CHLORINE, SLOW_FILTER = "Desinfección con cloro", "Filtración lenta"
STATES = ("A - BUENO", "B - REGULAR", "C - MALO", "D - CAIDO")


def random_point_in(polygon, rng: np.random.Generator, fallback: tuple[float, float]) -> tuple[float, float]:
    """A uniform random (lon, lat) inside ``polygon``; ``fallback`` after ``MAX_TRIES`` misses."""
    from shapely.geometry import Point
    from shapely.prepared import prep

    prepared = prep(polygon)
    west, south, east, north = polygon.bounds
    for _ in range(MAX_TRIES):
        lon, lat = rng.uniform(west, east), rng.uniform(south, north)
        if prepared.contains(Point(lon, lat)):
            return lon, lat
    return fallback


def place_names(count: int, toponyms: list[str], rng: np.random.Generator) -> list[str]:
    """``count`` distinct names such as ``"SANTA ROSA PAMPA"`` from the recipe's toponyms."""
    names: list[str] = []
    while len(names) < count:
        first, second = rng.choice(len(toponyms), 2, replace=False)
        name = toponyms[first] if rng.random() < 0.4 else f"{toponyms[first]} {toponyms[second]}"
        if name not in names:
            names.append(name)
        elif len(names) >= len(toponyms):
            names.append(f"{name} {len(names) + 1}")
    return names


def district_centres(row, profile_row, capital: str, settings: dict, toponyms, rng) -> list[dict]:
    """The populated centres of one district: its capital first, then rural hamlets inside its polygon."""
    count = 1 + rng.poisson(settings["mean_per_district"] - 1)
    urban = profile_row["population"] * profile_row["urban_share"] >= settings["urban_population"]
    centres = [
        {
            "ccpp": capital,
            "tipo": "Urban" if urban else "Rural",
            "longitude": profile_row["longitude"],
            "latitude": profile_row["latitude"],
        }
    ]
    fallback = (profile_row["longitude"], profile_row["latitude"])
    for name in place_names(count - 1, toponyms, rng):
        lon, lat = random_point_in(row.geometry, rng, fallback)
        centres.append({"ccpp": name, "tipo": "Rural", "longitude": lon, "latitude": lat})
    return [{"inei_ccpp": f"{row.ubigeo}{number:04d}", **centre} for number, centre in enumerate(centres, 1)]


def capital_rows(codes) -> list[str]:
    """The ``inei_ccpp`` of the capitals of districts ``codes``."""
    return [f"{code}0001" for code in codes]


def centros_poblados(districts, profile: pd.DataFrame, recipe: dict, sources: dict) -> Labelled:
    """``socioeconomic/centros_poblados.csv.gz``: the capital and synthetic hamlets of every district."""
    rng = rng_for(recipe["seed"], "centros_poblados")
    capitals = capital_names(districts).fillna(districts["distr"])
    rows = []
    for index, row in districts.iterrows():
        for centre in district_centres(
            row, profile.loc[index], capitals[index], recipe["centros_poblados"], recipe["toponyms"], rng
        ):
            rows.append(
                {
                    "inei_ccpp": centre["inei_ccpp"],
                    "inei_distrito": row.ubigeo,
                    "departamento": row.dep,
                    "provincia": row.prov,
                    "distrito": row.distr,
                    "ccpp": centre["ccpp"],
                    "tipo": centre["tipo"],
                    "latitude": round(centre["latitude"], 6),
                    "longitude": round(centre["longitude"], 6),
                }
            )
    frame = pd.DataFrame(rows)
    hamlets = int((~frame["inei_ccpp"].str.endswith("0001")).sum())
    unnamed = capital_rows(districts.loc[districts["capital"].isna(), "ubigeo"])
    unlocated = capital_rows(districts.loc[~districts["located"], "ubigeo"])
    hamlets_rule = "every hamlet (inei_ccpp not ending in 0001)"
    placed = (
        f"random point in the district polygon for {hamlets_rule}; random place in the province for the listed capitals"
    )
    return Labelled(
        frame,
        "Populated centres: each district's capital (code ending 0001) and synthetic hamlets; no population.",
        real={column: sources["codes"] for column in ("inei_distrito", "departamento", "provincia", "distrito")},
        synthetic={
            "inei_ccpp": "district UBIGEO and a sequence number",
            "tipo": "Urban where the synthetic urban population of a capital is large, else Rural",
        },
        partly={
            "ccpp": partly_synthetic(
                f"{sources['places']} (district capitals)",
                f"toponyms of the recipe for {hamlets_rule}; the district name for the listed capitals",
                unnamed,
                hamlets,
            ),
            "latitude": partly_synthetic(f"{sources['places']} (district capitals)", placed, unlocated, hamlets),
            "longitude": partly_synthetic(f"{sources['places']} (district capitals)", placed, unlocated, hamlets),
        },
    )


def choose(rng: np.random.Generator, size: int, options: dict) -> np.ndarray:
    """Categorical draws; an option ``None`` stands for a blank."""
    labels = list(options)
    picks = rng.choice(len(labels), size=size, p=np.array(list(options.values())) / sum(options.values()))
    return np.array([labels[pick] for pick in picks], dtype=object)


def system_sites(centres: pd.DataFrame, districts, recipe: dict, rng) -> pd.DataFrame:
    """Which rural centre each water system serves: a Poisson number of systems per eligible district."""
    excluded = tuple(recipe["water"]["without_systems"])
    eligible = ~districts["ubigeo"].str.startswith(excluded)
    rural = centres[centres["tipo"] == "Rural"]
    chosen = []
    for ubigeo in districts.loc[eligible, "ubigeo"]:
        candidates = rural[rural["inei_distrito"] == ubigeo]
        count = min(rng.poisson(recipe["water"]["mean_systems_per_district"]), len(candidates))
        if count:
            chosen.append(candidates.iloc[np.sort(rng.choice(len(candidates), count, replace=False))])
    return pd.concat(chosen, ignore_index=True)


SIASAR_COLUMNS = (
    "ID", "nombre", "divisiones", "latitud", "longitud", "altitud", "año", "pob_servida", "viv_servidas",
    "tipo_gravedad", "tipo_bombeo", "agua_epoca_seca", "agua_epoca_lluvia", "fecha_encuesta", "eia", "ubigeo",
    "trat_tipo", "trat_funciona", "trat_estado", "fuente_tipo", "fuente_caudal", "fuente_caudal_ud", "capt_estado",
    "fuente_contaminacion_org", "fuente_contaminacion_inorg", "fuente_proteccion", "almc_volumen", "almc_volumen_ud",
    "almc_estado", "dist_horas", "dist_conexiones", "dist_estado",
)  # fmt: skip


def site_columns(sites: pd.DataFrame, districts, altitude: np.ndarray, recipe: dict, rng) -> dict:
    """Identity, place and survey date of each system."""
    size = len(sites)
    by_code = districts.set_index("ubigeo")
    first_day, last_day = (np.datetime64(day) for day in recipe["water"]["survey_days"])
    survey = first_day + rng.integers(0, (last_day - first_day).astype(int) + 1, size)
    return {
        "ID": recipe["water"]["first_id"] + np.arange(size),
        "nombre": "Sistema de " + sites["ccpp"],
        "divisiones": [",".join(by_code.loc[code, ["dep", "prov", "distr"]]) for code in sites["inei_distrito"]],
        "latitud": sites["latitude"].round(4),
        "longitud": sites["longitude"].round(4),
        "altitud": np.clip(altitude + rng.normal(0, 150, size), 0, None).round().astype(int),
        "fecha_encuesta": survey.astype(str),
        "eia": np.nan,
        "ubigeo": sites["inei_distrito"],
    }


def service_columns(size: int, rng) -> dict:
    """Year built, population and dwellings served, supply type and water sufficiency."""
    population = rng.lognormal(np.log(200), 0.8, size).round()
    unknown = rng.random(size) < 0.02
    return {
        "año": np.clip(2015 - rng.gamma(2.0, 7.0, size).round(), 1965, 2015).astype(int),
        "pob_servida": np.where(unknown, np.nan, population),
        "viv_servidas": np.where(unknown, np.nan, np.round(population / rng.uniform(3.5, 5.0, size))),
        "tipo_gravedad": np.where(unknown, None, np.where(rng.random(size) < 0.06, "SI", "NO")),
        "tipo_bombeo": np.where(unknown, None, np.where(rng.random(size) < 0.01, "SI", "NO")),
        "agua_epoca_seca": np.where(rng.random(size) < 0.05, "SI", "NO"),
        "agua_epoca_lluvia": np.where(rng.random(size) < 0.14, "SI", "NO"),
    }


def source_columns(size: int, rng) -> dict:
    """Water source, its catchment's state and protection (mostly blank, as surveyed), and the treatment."""
    sources = {None: 73, "Río": 15.5, "Pozo Perforado": 6.5, "Pozo excavado": 4, "Lago": 0.8, "Otras": 0.2}
    source = choose(rng, size, sources)
    no_source = pd.isna(source)
    return {
        "trat_tipo": choose(rng, size, {CHLORINE: 80, SLOW_FILTER: 4.5, None: 15.5}),
        "trat_estado": np.nan,
        "fuente_tipo": source,
        "fuente_caudal": np.nan,
        "fuente_caudal_ud": np.nan,
        "capt_estado": np.where(no_source, None, choose(rng, size, dict(zip(STATES, (54, 10, 18, 18), strict=True)))),
        "fuente_contaminacion_org": np.where(no_source, None, "NO"),
        "fuente_contaminacion_inorg": np.where(no_source, None, "NO"),
        "fuente_proteccion": np.where(no_source, None, "NO"),
    }


def storage_columns(dwellings: np.ndarray, rng) -> dict:
    """Storage and distribution, surveyed for about one system in sixteen."""
    size = len(dwellings)
    surveyed = rng.random(size) < 0.064
    hours = np.where(rng.random(size) < 0.73, 24.0, rng.integers(0, 24, size))
    return {
        "almc_volumen": np.where(surveyed, 0.0, np.nan),
        "almc_volumen_ud": np.where(surveyed, "LITROS", None),
        "almc_estado": np.where(surveyed, choose(rng, size, dict(zip(STATES, (13, 1, 2, 84), strict=True))), None),
        "dist_horas": np.where(surveyed, hours, np.nan),
        "dist_conexiones": np.where(surveyed, np.round(dwellings * rng.uniform(0.7, 1.1, size)), np.nan),
        "dist_estado": np.where(surveyed, choose(rng, size, dict(zip(STATES, (71, 7, 12, 10), strict=True))), None),
    }


def water_systems(centres: pd.DataFrame, districts, profile: pd.DataFrame, recipe: dict, sources: dict) -> Labelled:
    """``water/siasar_peru_systems.csv``: synthetic SIASAR rural water systems with SIASAR's columns."""
    rng = rng_for(recipe["seed"], "water_systems")
    sites = system_sites(centres, districts, recipe, rng)
    facts = profile.set_index(districts["ubigeo"]).loc[sites["inei_distrito"]]
    columns = site_columns(sites, districts, facts["altitude"].to_numpy(), recipe, rng)
    columns |= service_columns(len(sites), rng)
    columns |= source_columns(len(sites), rng)
    columns |= storage_columns(np.nan_to_num(columns["viv_servidas"], nan=50.0), rng)
    columns["trat_funciona"] = treatment_works(columns, facts["deprivation"].to_numpy(), recipe, rng)
    frame = pd.DataFrame({column: columns[column] for column in SIASAR_COLUMNS})
    return Labelled(
        frame,
        "Rural water systems (layout of SIASAR Peru), placed at synthetic rural centres.",
        real={"ubigeo": sources["codes"], "divisiones": sources["codes"]},
        synthetic=dict.fromkeys(
            [column for column in SIASAR_COLUMNS if column not in ("ubigeo", "divisiones")],
            "synthetic, with about the real survey's shares of values and blanks",
        )
        | {
            "trat_funciona": "SI/NO from a probability falling with deprivation, age and a poor catchment; "
            "blank without treatment, at random, and in the held-out departments"
        },
    )


def treatment_works(columns: dict, deprivation: np.ndarray, recipe: dict, rng) -> np.ndarray:
    """``trat_funciona`` SI/NO, blank where there is no treatment, at random, and in held-out departments."""
    size = len(deprivation)
    bad_catchment = np.isin(columns["capt_estado"].astype(str), STATES[2:])
    age = 2015 - columns["año"]
    chance = sigmoid(0.9 - 0.75 * deprivation - 0.04 * (age - 15) - 0.8 * bad_catchment)
    works = np.where(rng.random(size) < chance, "SI", "NO").astype(object)
    departments = columns["ubigeo"].str[:2].to_numpy()
    held_out = np.isin(departments, recipe["held_out"]["treatment_function_departments"])
    works[pd.isna(columns["trat_tipo"]) | (rng.random(size) < 0.12) | held_out] = None
    return works
