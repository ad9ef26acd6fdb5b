"""District covariates of the child model: the district feature table, modelled poverty and water-system risk.

Built once per data folder and kept by the identity of its files and of the bundled models (``core.cache``: in
the process, and on disk when a cache folder is given; ``clear_cache`` forgets the process's). The ENDES district
cells of the feature table (``ninos_*``) are left out: the model learns the survey outcomes, never from them.
"""

from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd

from ...errors import CancelledError, InputError
from ..common import never_cancelled

KEEP = ["ubigeo", "dep", "prov", "distr"]
# covariate name -> how it is derived from the joined table (documented in the model card)
COVARIATES = {
    "poverty_pct": "monetary poverty (%), the poverty model's estimate (AguaPerú issue 5)",
    "idh_2019": "human development index 2019 (PNUD)",
    "food_vulnerability": "food-vulnerability index (MIDIS)",
    "extreme_poverty_pct": "extreme poverty (%) of the district table",
    "altitude_m": "altitude of the district capital (m)",
    "capital_lat": "latitude of the district capital",
    "capital_lon": "longitude of the district capital",
    "log_density": "log(1 + inhabitants per km², 2020)",
    "urban_centres_pct": "share of urban populated centres (%)",
    "log_centres": "log(1 + populated centres)",
    "lst_mean": "land surface temperature, mean of the yearly district means",
    "precipitation_mean": "precipitation, mean of the yearly district means",
    "pm25_mean": "PM2.5, mean of the yearly district means",
    "night_lights": "night lights (DMSP 2007, provincial)",
    "water_systems_per_1000": "rural water systems (SIASAR) per 1,000 inhabitants",
    "water_coverage": "population served by SIASAR systems / district population (capped at 1)",
    "log_dist_system_km": "log(1 + km to the nearest SIASAR system)",
    "water_risk_share": "share of the population served by high-risk water systems (water-risk model; blank "
    "without systems)",
}


def clear_cache() -> None:
    """Forget the tables this process keeps (``core.cache``); entries on disk stay, keyed by their inputs."""
    from ...cache import clear_memory

    clear_memory()


def district_covariates(
    data_dir: str | Path,
    progress: Callable[[float, str], None] = lambda fraction, message: None,
    is_cancelled: Callable[[], bool] = never_cancelled,
    cache=None,
) -> pd.DataFrame:
    """One row per district: names, population weight and every covariate of ``COVARIATES``.

    ``cache`` (a ``core.cache.Cache``; by default the process's memory alone) keeps the table, keyed by the
    files of the data folder and of the bundled poverty and water-risk models.

    Returns
    -------
    DataFrame
        ``ubigeo, dep, prov, distr, population`` then the covariates (NaN where a source has no value).

    Raises
    ------
    InputError
        When the data folder has no district layer.
    CancelledError
        When ``is_cancelled()`` turns true.
    """
    from ...cache import Cache, folder_files, resolve
    from ...io.datafolder import input_files
    from ..artifacts import model_folder

    base = Path(data_dir)
    if not base.is_dir():
        raise InputError(
            f"The data folder {base} does not exist.",
            code="file_not_found",
            file=str(base),
            fix="Choose a folder laid out like the shared data.",
        )
    cache = resolve(cache) or Cache(None)
    models = [*folder_files(model_folder("poverty", None)), *folder_files(model_folder("water_risk", None))]
    bundle = cache.get_or_build(
        "child_covariates",
        [*input_files(base), *models],
        lambda: {"covariates": _build(base, progress, is_cancelled, cache)},
        parameters={"data_dir": str(base.resolve())},
    )
    progress(1.0, "covariates")
    return bundle["covariates"]


def _build(base: Path, progress, is_cancelled, cache) -> pd.DataFrame:
    from ...features.district_features import FeatureRequest, build_district_features
    from .. import poverty, water_risk

    features, _ = build_district_features(
        FeatureRequest(data_dir=base),
        progress=lambda f, m: progress(0.5 * f, m),
        is_cancelled=is_cancelled,
        cache=cache,
    )
    if is_cancelled():
        raise CancelledError("The child model was cancelled.")
    progress(0.55, "poverty")
    poverty_frame, _ = poverty.predict(base, features=features, is_cancelled=is_cancelled)
    progress(0.8, "water risk")
    table = features.drop(columns="geometry")
    table["ubigeo"] = table["ubigeo"].astype(str).str.zfill(6)
    poverty_pct = pd.Series(poverty_frame["poverty_pct"].to_numpy(), index=poverty_frame["ubigeo"].astype(str))
    water = _water_risk(base, features, water_risk, is_cancelled)
    return _derive(table, poverty_pct, water)


def _water_risk(base: Path, features, water_risk, is_cancelled: Callable[[], bool]) -> pd.Series:
    """The water-risk model's share of each district's population served by high-risk systems (0-1)."""
    from ...features.district_features import SYSTEMS

    if not (base / SYSTEMS).is_file():
        return pd.Series(dtype=float)
    from ..water_risk.downstream import planning_classes

    systems, _, card = water_risk.predict(base, districts_features=features, is_cancelled=is_cancelled)
    # the estimate's class where the map says "sin_evidencia": the index was built on the model's classes
    systems = systems.assign(risk_class=planning_classes(systems, card))
    districts = water_risk.aggregate_districts(systems)
    return pd.Series(districts["population_alto_share"].to_numpy(), index=districts["ubigeo"].astype(str))


def _column(table: pd.DataFrame, name: str) -> pd.Series:
    return pd.to_numeric(table[name], errors="coerce") if name in table else pd.Series(np.nan, index=table.index)


def _derive(table: pd.DataFrame, poverty_pct: pd.Series, water: pd.Series) -> pd.DataFrame:
    population = _column(table, "pob_2020_est")
    frame = pd.DataFrame({c: table[c] if c in table else None for c in KEEP})
    frame["population"] = population
    frame["poverty_pct"] = frame["ubigeo"].map(poverty_pct)
    frame["idh_2019"] = _column(table, "idh_2019")
    frame["food_vulnerability"] = _column(table, "indice_vulnerabilidad_alimentaria")
    frame["extreme_poverty_pct"] = _column(table, "pct_pobreza_extrema")
    frame["altitude_m"] = _column(table, "altitud_m")
    frame["capital_lat"] = _column(table, "capital_lat")
    frame["capital_lon"] = _column(table, "capital_lon")
    frame["log_density"] = np.log1p(_column(table, "pob_densidad_2020"))
    frame["urban_centres_pct"] = _column(table, "ccpp_pct_urbano")
    frame["log_centres"] = np.log1p(_column(table, "ccpp_n"))
    frame["lst_mean"] = _column(table, "lst_mean")
    frame["precipitation_mean"] = _column(table, "precipitation_mean")
    frame["pm25_mean"] = _column(table, "pm25_mean")
    frame["night_lights"] = _column(table, "ntl_dmsp_2007")
    frame["water_systems_per_1000"] = 1000 * _column(table, "sistemas_n") / population
    frame["water_coverage"] = (_column(table, "sistemas_pob_servida") / population).clip(upper=1.0)
    frame["log_dist_system_km"] = np.log1p(_column(table, "dist_sistema_km"))
    frame["water_risk_share"] = frame["ubigeo"].map(water) if len(water) else np.nan
    return frame.reset_index(drop=True)
