"""Child-risk estimates of every district or province from a model folder (the bundled one by default)."""

import logging
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd

from ...errors import CancelledError, InputError
from ...io.outputs import write_csv as write_frame
from ...settings import MIN_CELL, check_min_cell
from ..artifacts import load_portable, model_folder, read_card
from ..common import never_cancelled, noop_progress
from . import covariates as covariate_tables
from .index import WEIGHTS, child_risk_index
from .interventions import read_rules, recommend, summarise
from .privacy import check_published, direct_estimates
from .smallarea import AreaEffects, area_effects, count_offsets, estimate
from .survey import OUTCOMES, district_counts, has_survey

NAME = "child_risk"
LEVELS = ("district", "province")
HEADLESS_COLUMNS = [
    "ubigeo",
    "stunting_pct",
    "stunting_lo90",
    "stunting_hi90",
    "anemia_pct",
    "anemia_lo90",
    "anemia_hi90",
    "child_risk_index",
    "interventions",
]
LOG = logging.getLogger("aguaperu")
YEARS_AHEAD = 5  # estimates reach this many years after the last survey year, no further


def load_model(folder: str | Path | None = None) -> tuple[dict, dict]:
    """The fixed parts of a model folder, verified against its card, as ``({outcome: estimator}, card)``."""
    folder = model_folder(NAME, folder)
    card = read_card(folder)
    models = load_portable(folder, card["model"]["file"], card)
    return models, {**card, "folder": str(folder)}


def _counts(data_dir, cache):
    """``district_counts`` of the ENDES records, through the cache (``core.cache``; default: the process's)."""
    from ...cache import Cache, resolve
    from ...io.datafolder import input_files

    cache = resolve(cache) or Cache(None)
    parameters = {"data_dir": str(Path(data_dir).resolve())}
    build = lambda: {"counts": district_counts(data_dir)}  # noqa: E731
    return cache.get_or_build("child_counts", input_files(data_dir), build, parameters)["counts"]


def predict(
    data_dir: str | Path,
    level: str = "district",
    year: int | None = None,
    min_cell: int = MIN_CELL,
    rules: str | Path | pd.DataFrame | None = None,
    language: str = "en",
    model_dir: str | Path | None = None,
    progress: Callable[[float, str], None] = noop_progress,
    is_cancelled: Callable[[], bool] = never_cancelled,
    cache=None,
) -> tuple[pd.DataFrame, pd.DataFrame, dict]:
    """Stunting and anaemia (with 90 % intervals), the child-risk index and interventions of every area.

    Parameters
    ----------
    data_dir:
        A folder laid out like the shared data (districts, district tables, water systems, ENDES children).
    level:
        ``"district"`` (1,874 rows) or ``"province"`` (196 rows).
    year:
        The year to estimate (default: the one after the latest survey year); from the first survey year to
        ``YEARS_AHEAD`` years after the last.
    min_cell:
        Minimum children per published cell (30 or more; the privacy rule).
    rules:
        An intervention rule table (path or frame from ``read_rules``; default: the bundled one).
    language:
        ``"en"`` or ``"es"``: the language of the interventions.
    model_dir:
        A model folder written by ``train`` (default: the bundled ``models/child_risk``).
    progress, is_cancelled:
        Plain callables: ``progress(fraction, message)`` and ``is_cancelled() -> bool``.
    cache:
        A ``core.cache.Cache`` for the district covariates (default: the process's memory alone).

    Returns
    -------
    (frame, recommendations, card)
        ``frame``: one row per area with ``ubigeo, stunting_pct, stunting_lo90, stunting_hi90, anemia_pct,
        anemia_lo90, anemia_hi90, child_risk_index, interventions`` then ``department, province, district``
        (names), ``year, poverty_pct, water_risk_pct, drivers, index_missing, n_children_measured,
        direct_stunting_pct, n_children_hb, direct_anemia_pct`` (survey years pooled; blank under
        ``min_cell`` children) and ``suppressed``. ``recommendations``: one row per area and fired rule (see
        ``interventions.recommend``). ``card``: the model card plus ``folder``.

    Raises
    ------
    InputError
        When the level is unknown, ``min_cell`` is below 30, the year is outside the survey years (see
        ``check_year``), the rules or the data cannot be read.
    ModelIntegrityError
        When an artifact of the model folder does not match its card.
    CancelledError
        When ``is_cancelled()`` turns true.
    """
    if level not in LEVELS:
        raise InputError(
            f"Unknown level {level!r}: choose district or province.",
            code="bad_level",
            level=str(level),
            fix="district or province",
        )
    min_cell = check_min_cell(min_cell)
    rule_table = rules if isinstance(rules, pd.DataFrame) else read_rules(rules)
    models, card = load_model(model_dir)
    features = card["features"]
    counts = _counts(data_dir, cache) if has_survey(data_dir) else None
    if counts is None:
        LOG.warning("child risk: no ENDES records in %s; estimates come from the covariates alone", data_dir)
    year = check_year(year, counts, card) if year is not None else _default_year(counts, card)
    covariates = covariate_tables.district_covariates(
        data_dir, progress=lambda f, m: progress(0.8 * f, m), is_cancelled=is_cancelled, cache=cache
    )
    if is_cancelled():
        raise CancelledError("The child-risk model was cancelled.")
    progress(0.85, "small-area estimates")
    frame = _names(covariates, level)
    for outcome in OUTCOMES:
        model = models[outcome]
        prior = card["model"]["per_outcome"][outcome]["tau2"]
        effects = _effects(model, features, covariates, counts, outcome, min_cell, prior)
        extra = card["intervals"]["extra_variance"][outcome][level]
        estimates = estimate(model, features, covariates, effects, year, level, extra).set_index("ubigeo")
        for column in ("pct", "lo90", "hi90"):
            frame[f"{outcome}_{column}"] = np.round(frame["ubigeo"].map(estimates[column]).to_numpy(), 2)
    frame["year"] = year
    frame = frame.join(_context(covariates, level, frame["ubigeo"]))
    frame = frame.join(child_risk_index(frame, card.get("index", {}).get("weights", WEIGHTS)))
    progress(0.95, "interventions")
    recommendations = recommend(frame, rule_table, language)
    frame["interventions"] = summarise(frame, recommendations)
    frame = _with_survey(frame, counts, level, min_cell)
    rest = [c for c in frame.columns if c not in HEADLESS_COLUMNS]
    frame = check_published(frame[HEADLESS_COLUMNS + rest], min_cell)
    LOG.info("child risk: %d %ss estimated for %d (%s v%s)", len(frame), level, year, card["name"], card["version"])
    progress(1.0, "done")
    return frame, recommendations, card


def survey_years(counts: pd.DataFrame | None, card: dict) -> tuple[int, int]:
    """The first and last survey year behind the estimates: the model's training years and the folder's survey."""
    years = [int(y) for y in card["model"].get("survey_years", [])]
    if counts is not None and len(counts):
        years += [int(counts["year"].min()), int(counts["year"].max())]
    return (min(years), max(years)) if years else (int(card["model"]["default_year"]) - 1,) * 2


def check_year(year, counts: pd.DataFrame | None, card: dict) -> int:
    """The year to estimate, within the survey years and at most ``YEARS_AHEAD`` years after the last one.

    The year enters the model as a straight trend on the logit scale: far outside the survey years it turns
    into prevalences of nearly 0 or 100 %, which are not estimates.

    Raises
    ------
    InputError
        ``year_out_of_range`` when the year is not a whole number in that range.
    """
    first, last = survey_years(counts, card)
    try:
        value = int(year)
    except (TypeError, ValueError):
        value = None
    if value is None or value != year or not first <= value <= last + YEARS_AHEAD:
        raise InputError(
            f"Cannot estimate child welfare for {year!r}: the survey covers {first}-{last}, and estimates reach "
            f"at most {YEARS_AHEAD} years beyond it.",
            code="year_out_of_range",
            year=str(year),
            first=first,
            last=last + YEARS_AHEAD,
            fix=f"Choose a year from {first} to {last + YEARS_AHEAD}.",
        )
    return value


def _default_year(counts: pd.DataFrame | None, card: dict) -> int:
    if counts is not None and len(counts):
        return int(counts["year"].max()) + 1
    return int(card["model"]["default_year"])


def _effects(model, features, covariates, counts, outcome: str, min_cell: int, prior: dict) -> AreaEffects:
    if counts is None:
        return AreaEffects({}, prior_tau2=prior)
    return area_effects(counts, outcome, count_offsets(model, features, covariates, counts), min_cell)


def _names(covariates: pd.DataFrame, level: str) -> pd.DataFrame:
    if level == "province":
        first = covariates.assign(ubigeo=covariates["ubigeo"].str[:4]).drop_duplicates("ubigeo")
        return pd.DataFrame(
            {
                "ubigeo": first["ubigeo"].to_numpy(),
                "department": first["dep"].to_numpy(),
                "province": first["prov"].to_numpy(),
            }
        )
    return pd.DataFrame(
        {
            "ubigeo": covariates["ubigeo"].to_numpy(),
            "department": covariates["dep"].to_numpy(),
            "province": covariates["prov"].to_numpy(),
            "district": covariates["distr"].to_numpy(),
        }
    )


def _context(covariates: pd.DataFrame, level: str, keys: pd.Series) -> pd.DataFrame:
    """Poverty (%) and the population share served by high-risk water systems (%) of each area."""
    water = 100 * covariates["water_risk_share"]
    weight = covariates["population"].fillna(covariates["population"].median())
    if level == "district":
        values = pd.DataFrame(
            {"poverty_pct": covariates["poverty_pct"], "water_risk_pct": water, "population": weight.round()}
        )
    else:
        groups = covariates["ubigeo"].str[:4]
        known = water.notna()
        values = pd.DataFrame(
            {
                "population": weight.groupby(groups).sum().round(),
                "poverty_pct": (covariates["poverty_pct"] * weight).groupby(groups).sum()
                / weight.groupby(groups).sum(),
                "water_risk_pct": (water[known] * weight[known]).groupby(groups[known]).sum()
                / weight[known].groupby(groups[known]).sum(),
            }
        )
        values = values.reindex(keys.to_numpy())
    return values.round(2).set_axis(keys.index)


def _with_survey(frame: pd.DataFrame, counts: pd.DataFrame | None, level: str, min_cell: int) -> pd.DataFrame:
    columns = ["n_children_measured", "direct_stunting_pct", "n_children_hb", "direct_anemia_pct"]
    if counts is None:
        return frame.assign(**dict.fromkeys(columns, np.nan), suppressed=True)
    direct = direct_estimates(counts, level, min_cell).set_index("ubigeo")
    joined = frame.join(direct, on="ubigeo")
    joined["suppressed"] = np.where(joined["suppressed"].isna(), True, joined["suppressed"]).astype(bool)
    return joined


def write_csv(frame: pd.DataFrame, target: str | Path, min_cell: int = MIN_CELL) -> Path:
    """Write the estimates as UTF-8 CSV, the headless columns first; the file appears only when complete.

    Raises
    ------
    PrivacyError
        When the table breaks the privacy rule (see ``privacy.check_published``).
    """
    frame = check_published(pd.DataFrame(frame), min_cell)
    rest = [c for c in frame.columns if c not in HEADLESS_COLUMNS]
    return write_frame(frame[HEADLESS_COLUMNS + rest], target)


BOUNDARY_LAYERS = {"district": "distritos", "province": "provincias"}
COMPARED = ("stunting_pct", "anemia_pct", "child_risk_index")


def with_geometry(frame: pd.DataFrame, data_dir: str | Path, level: str = "district"):
    """The estimates as a GeoDataFrame: the data folder's INEI district or province polygons joined by UBIGEO.

    Raises
    ------
    InputError
        When the data folder has no boundaries GeoPackage with the level's layer.
    """
    import geopandas as gpd

    path = Path(data_dir) / "boundaries" / "peru_limites_inei2017.gpkg"
    try:
        shapes = gpd.read_file(path, layer=BOUNDARY_LAYERS[level], columns=["ubigeo"])
    except Exception as error:  # fiona/pyogrio raise several kinds for a missing file or layer
        raise InputError(
            f"Cannot read the {BOUNDARY_LAYERS[level]} layer of {path}: {error}",
            code="unreadable_boundaries",
            file=str(path),
            layer=BOUNDARY_LAYERS[level],
            reason=str(error),
            fix="Choose a data folder laid out like the shared data (boundaries/peru_limites_inei2017.gpkg).",
        ) from error
    width = 6 if level == "district" else 4
    shapes["ubigeo"] = shapes["ubigeo"].astype(str).str.zfill(width)
    joined = shapes[["ubigeo", "geometry"]].merge(frame, on="ubigeo", how="inner")
    columns = [c for c in frame.columns] + ["geometry"]
    return gpd.GeoDataFrame(joined[columns], geometry="geometry", crs=shapes.crs)


def _weighted(rows: pd.DataFrame) -> dict:
    weight = pd.to_numeric(rows.get("population"), errors="coerce") if "population" in rows else None
    result = {}
    for column in COMPARED:
        values = pd.to_numeric(rows[column], errors="coerce")
        known = values.notna() & (weight.notna() if weight is not None else True)
        if weight is not None and known.any() and weight[known].sum() > 0:
            result[column] = float(np.average(values[known], weights=weight[known]))
        else:
            result[column] = float(values.mean())
    return result


def comparison(frame: pd.DataFrame, ubigeo: str) -> dict:
    """The area's stunting, anaemia and index next to its department's and Peru's (population-weighted means of
    the estimates), with the area's 90 % intervals: ``{"area": {...}, "department": {...}, "peru": {...}}``.

    Raises
    ------
    KeyError
        When ``ubigeo`` is not in the frame.
    """
    rows = frame[frame["ubigeo"] == ubigeo]
    if rows.empty:
        raise KeyError(ubigeo)
    row = rows.iloc[0]
    area = {column: float(row[column]) for column in COMPARED}
    for outcome in ("stunting", "anemia"):
        area[f"{outcome}_lo90"] = float(row[f"{outcome}_lo90"])
        area[f"{outcome}_hi90"] = float(row[f"{outcome}_hi90"])
    department = frame[frame["ubigeo"].str[:2] == ubigeo[:2]]
    return {"area": area, "department": _weighted(department), "peru": _weighted(frame)}
