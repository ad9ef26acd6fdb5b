"""Rehabilitation priority of existing water systems: who depends on them, how much, how risky, how poor.

Each system gets four components in 0..1 and a weighted score (weights in ``WEIGHTS``, normalised to sum 1):

- ``population_score``: percentile rank, among the systems ranked, of ``population_within``, the population
  of the populated centres within the access distance (see ``population`` for how centres get people);
- ``crucialness``: the share of that population with no other system within the access distance (a system
  whose centres have an alternative matters less); with no centre in reach, 1 when no other system is within
  the access distance, else 0;
- ``risk``: the bundled water-risk model's probability that the treatment does not work (``risk="model"``),
  or a proxy from the SIASAR survey (``risk="proxy"``): the share of the recorded items in bad state among
  treatment not working, catchment, storage and distribution in state C (bad) or D (collapsed); systems with
  none recorded take the mean of the others (``risk_known`` is false);
- ``need``: the district's monetary poverty rate as a fraction (INEI 2018; the poverty model where absent).

With the office's survey or water-quality measurements (``survey=``, ``measurements=``, see
``core.models.water_risk.survey``), ``risk`` is the observed state where known (1 treatment not working, 0
working) and the estimate elsewhere (the model combined with the observations, or the proxy); ``status`` says
which (``observed``/``estimated``).

Alternatives count every system of the file, whatever the departments ranked.
"""

from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd

from ..errors import CancelledError, InputError
from .coverage import coverage_matrix, nearest_other_km
from .mclp import never_cancelled, no_progress
from .population import (
    PopulationOptions,
    check_departments,
    district_poverty,
    populated_centres,
    system_points,
)

WEIGHTS = {"population": 0.35, "crucialness": 0.25, "risk": 0.25, "need": 0.15}
RISKS = ("model", "proxy", "none")
BAD_STATES = ("C", "D")
COLUMNS = (
    "rank",
    "ID",
    "nombre",
    "ubigeo",
    "latitude",
    "longitude",
    "population_reported",
    "centres_within",
    "population_within",
    "population_sole",
    "nearest_other_km",
    "population_score",
    "crucialness",
    "risk",
    "risk_known",
    "status",
    "poverty_pct",
    "need",
    "score",
)


def proxy_risk(systems: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """SIASAR condition proxy of risk (see the module docstring): (risk in 0..1, whether anything was recorded)."""
    items = []
    if "treatment_works" in systems:
        works = systems["treatment_works"].astype("string").str.strip().str.upper()
        items.append(works.map({"NO": 1.0, "SI": 0.0, "SÍ": 0.0}).astype(float))
    for column in ("catchment_condition", "storage_condition", "distribution_condition"):
        if column in systems:
            state = systems[column].astype("string").str.strip().str[:1].str.upper()
            items.append(state.map(lambda s: np.nan if pd.isna(s) else float(s in BAD_STATES)).astype(float))
    if not items:
        return np.full(len(systems), np.nan), np.zeros(len(systems), dtype=bool)
    table = pd.concat(items, axis=1)
    risk = table.mean(axis=1, skipna=True).to_numpy(dtype=float)
    known = table.notna().any(axis=1).to_numpy()
    return risk, known


def _observed(systems: pd.DataFrame, survey, measurements) -> np.ndarray:
    """Per system: 1.0 treatment not working, 0.0 working as the office observed it, NaN where not observed."""
    if survey is None and measurements is None:
        return np.full(len(systems), np.nan)
    from ..models.water_risk.survey import observations

    if "system_id" not in systems:
        raise InputError(
            "A survey or measurements need SIASAR systems (with their ID).",
            code="survey_not_siasar",
            column="ID",
            fix="Rank the SIASAR systems, or leave the survey out.",
        )
    table = observations(survey, measurements, systems).drop_duplicates("ID").set_index("ID")
    works = systems["system_id"].astype(str).map(table["works"].astype(float))
    return (1.0 - works).to_numpy(dtype=float)


def _model_risk(data_dir, systems, progress, is_cancelled, survey=None, measurements=None):
    from ..models.water_risk import predict

    if "system_id" not in systems:
        raise InputError(
            "The water-risk model needs SIASAR systems (with their ID).",
            code="not_siasar",
            column="ID",
            fix="Use --risk proxy or --risk none for other water-point files.",
        )
    frame, _, _ = predict(
        data_dir=data_dir,
        systems=systems,
        progress=progress,
        is_cancelled=is_cancelled,
        survey=survey,
        measurements=measurements,
    )
    risk = systems["system_id"].map(pd.Series(frame["risk"].to_numpy(), index=frame["ID"].to_numpy()))
    return risk.to_numpy(dtype=float), risk.notna().to_numpy()


def rank_rehabilitation(
    data_dir: str | Path,
    access_km: float = 1.0,
    departments=(),
    systems: str | Path | None = None,
    centres: pd.DataFrame | None = None,
    risk: str = "model",
    weights: dict | None = None,
    population: PopulationOptions | None = None,
    progress: Callable[[float, str], None] = no_progress,
    is_cancelled: Callable[[], bool] = never_cancelled,
    survey=None,
    measurements=None,
) -> tuple[pd.DataFrame, dict]:
    """Rank the existing water systems for rehabilitation (see the module docstring).

    Parameters
    ----------
    data_dir:
        A folder laid out like the shared data.
    access_km:
        Access distance (great circle, km) linking systems and populated centres.
    departments:
        Two-digit department codes of the systems to rank (all when empty).
    systems:
        A water-point file (default: SIASAR of ``data_dir``).
    centres:
        Populated centres with ``longitude, latitude, population`` (default: ``populated_centres`` of all Peru).
    risk:
        ``"model"`` (bundled water-risk model), ``"proxy"`` (SIASAR conditions) or ``"none"`` (weight 0).
    weights:
        Weights of ``population, crucialness, risk, need`` (default ``WEIGHTS``); normalised to sum 1.
    population:
        How centres get their population, and whether the poverty model fills the districts INEI 2018 leaves
        out (``PopulationOptions``; its need table is not used here).
    progress, is_cancelled:
        Plain callables: ``progress(fraction, message)`` and ``is_cancelled() -> bool``.
    survey, measurements:
        The office's observations (paths or frames): the observed state replaces the risk where known.

    Returns
    -------
    (table, summary)
        ``table``: one row per system, best first: ``rank, ID, nombre, ubigeo, latitude, longitude,
        population_reported`` (SIASAR ``pob_servida``), ``centres_within, population_within, population_sole,
        nearest_other_km, population_score, crucialness, risk, risk_known, status, poverty_pct, need, score``.
        ``summary``: ``systems, access_km, weights, risk_source, risk_known, observed, population_method``.

    Raises
    ------
    InputError
        For a bad access distance, department, risk option or weight, or unreadable inputs.
    CancelledError
        When ``is_cancelled()`` turns true.
    """
    if not access_km > 0:
        raise InputError(
            f"The access distance must be positive (got {access_km} km).", code="bad_access", value=access_km
        )
    if risk not in RISKS:
        raise InputError(f"Unknown risk option {risk!r}; use model, proxy or none.", code="bad_risk", value=risk)
    weights = _weights(weights, risk)
    population = population or PopulationOptions()
    codes = check_departments(departments)
    progress(0.0, "water systems")
    every = system_points(data_dir, systems)
    if not len(every):
        raise InputError("The water-point file holds no system.", code="empty_systems", file=str(systems))
    if codes and "ubigeo" not in every:
        raise InputError(
            "The water-point file has no ubigeo column to select departments by.",
            code="no_ubigeo_for_departments",
            file=str(systems),
            column="ubigeo",
            fix="Add the district code, or rank without --department.",
        )
    ranked = every["ubigeo"].astype("string").str[:2].isin(codes).to_numpy() if codes else np.ones(len(every), bool)
    if not ranked.any():
        raise InputError(
            "No water system is left in the departments chosen.",
            code="no_systems_selected",
            value=list(codes),
            departments=", ".join(codes),
        )
    progress(0.1, "populated centres")
    if centres is None:
        centres = populated_centres(data_dir, (), population, access_km)
    if is_cancelled():
        raise CancelledError("The ranking was cancelled.")
    progress(0.2, "reach")
    reach = coverage_matrix(
        centres[["longitude", "latitude"]].to_numpy(), every[["longitude", "latitude"]].to_numpy(), access_km
    )
    people = centres["population"].fillna(0.0).to_numpy(dtype=float)
    alone = np.diff(reach.indptr) == 1
    by_system = reach.tocsc()
    within = np.asarray(by_system.T @ people).ravel()
    sole = np.asarray(by_system.T @ np.where(alone, people, 0.0)).ravel()
    count = np.diff(by_system.indptr)
    nearest = nearest_other_km(every[["longitude", "latitude"]].to_numpy())
    chosen = every[ranked].reset_index(drop=True)
    frame = pd.DataFrame(
        {
            "ID": chosen["system_id"].to_numpy() if "system_id" in chosen else np.flatnonzero(ranked) + 1,
            "nombre": chosen["name"].to_numpy() if "name" in chosen else None,
            "ubigeo": chosen["ubigeo"].astype("string").to_numpy() if "ubigeo" in chosen else None,
            "latitude": chosen["latitude"].to_numpy(),
            "longitude": chosen["longitude"].to_numpy(),
            "population_reported": pd.to_numeric(chosen.get("population_served"), errors="coerce")
            if "population_served" in chosen
            else np.nan,
            "centres_within": count[ranked],
            "population_within": within[ranked].round(1),
            "population_sole": sole[ranked].round(1),
            "nearest_other_km": nearest[ranked].round(3),
        }
    )
    frame["population_score"] = frame["population_within"].rank(pct=True, method="average").round(4)
    shares = np.divide(sole[ranked], within[ranked], out=np.zeros(len(frame)), where=within[ranked] > 0)
    frame["crucialness"] = np.where(within[ranked] > 0, shares, (nearest[ranked] > access_km).astype(float)).round(4)
    if is_cancelled():
        raise CancelledError("The ranking was cancelled.")
    progress(0.3, "risk")
    if risk == "model":
        values, known = _model_risk(
            data_dir, chosen, lambda f, m: progress(0.3 + 0.4 * f, m), is_cancelled, survey, measurements
        )
    elif risk == "proxy":
        values, known = proxy_risk(chosen)
    else:
        values, known = np.zeros(len(chosen)), np.zeros(len(chosen), dtype=bool)
    state = _observed(chosen, survey, measurements)
    observed = ~np.isnan(state)
    if risk == "proxy":  # the model puts the observed state in its risk itself
        values, known = np.where(observed, state, values), known | observed
    fill = float(np.nanmean(values[known])) if known.any() else 0.0
    frame["risk"] = np.where(known, values, fill).round(4)
    frame["risk_known"] = known
    frame["status"] = np.where(observed, "observed", "estimated")
    progress(0.75, "need")
    if frame["ubigeo"].notna().any():
        poverty = district_poverty(
            data_dir,
            frame["ubigeo"].dropna(),
            population.poverty_model,
            progress=lambda f, m: progress(0.75 + 0.2 * f, m),
            is_cancelled=is_cancelled,
        ).set_index("ubigeo")["poverty_pct"]
        frame["poverty_pct"] = frame["ubigeo"].map(poverty).astype(float)
    else:
        frame["poverty_pct"] = np.nan
    frame["need"] = (frame["poverty_pct"] / 100.0).fillna(frame["poverty_pct"].mean() / 100.0).fillna(0.0).round(4)
    frame["score"] = (
        weights["population"] * frame["population_score"]
        + weights["crucialness"] * frame["crucialness"]
        + weights["risk"] * frame["risk"]
        + weights["need"] * frame["need"]
    ).round(4)
    frame = frame.sort_values(["score", "population_within"], ascending=False, kind="stable").reset_index(drop=True)
    frame["rank"] = np.arange(1, len(frame) + 1)
    summary = {
        "systems": int(len(frame)),
        "access_km": access_km,
        "weights": weights,
        "risk_source": risk,
        "risk_known": int(known.sum()),
        "observed": int(observed.sum()),
        "population_method": population.describe()["population_method"],
    }
    progress(1.0, "done")
    surveyed = survey is not None or measurements is not None  # ``status`` is a column of survey mode only
    return frame[[c for c in COLUMNS if surveyed or c != "status"]], summary


def _weights(weights: dict | None, risk: str) -> dict:
    weights = dict(WEIGHTS if weights is None else weights)
    unknown = set(weights) - set(WEIGHTS)
    if unknown:
        raise InputError(
            f"Unknown weight(s) {', '.join(sorted(unknown))}; use {', '.join(WEIGHTS)}.",
            code="bad_weight",
            value=sorted(unknown),
            names=", ".join(sorted(map(str, unknown))),
            options=", ".join(WEIGHTS),
        )
    weights = {name: float(weights.get(name, 0.0)) for name in WEIGHTS}
    if risk == "none":
        weights["risk"] = 0.0
    if any(not np.isfinite(v) or v < 0 for v in weights.values()) or sum(weights.values()) <= 0:
        raise InputError(
            "Weights must be non-negative with a positive sum.",
            code="bad_weight_values",
            value=weights,
            options=", ".join(WEIGHTS),
        )
    total = sum(weights.values())
    return {name: round(value / total, 6) for name, value in weights.items()}
