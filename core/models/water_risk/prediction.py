"""Risk of each water system from the bundled model, risk classes, and the district summary."""

import logging
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd

from ...errors import CancelledError
from ..artifacts import load_keras, load_portable, model_folder, read_card, verified_path
from ..common import never_cancelled, noop_progress
from .features import LABEL, SECONDARY_LABELS
from .inputs import load_inputs

NAME = "water_risk"
CLASSES = ("bajo", "medio", "alto")
NO_EVIDENCE = "sin_evidencia"  # an estimated system with no observation near it, from a model near chance
ALL_CLASSES = (*CLASSES, NO_EVIDENCE)
OBSERVED, ESTIMATED = "observed", "estimated"
# the national model "cannot discriminate" when its held-out ROC-AUC (card: mean over departments) is below this
NEAR_CHANCE_AUC = 0.60
# classes of a probability estimated with local evidence (absolute: the combination is calibrated on the survey)
LOCAL_THRESHOLDS = {"medio": 0.25, "alto": 0.40}
SURVEY_COLUMNS = [
    "status",
    "evidence",
    "source",
    "observed_on",
    "evidence_district",
    "evidence_near_km",
    "risk_untreated",
]
DEPARTMENT_COLUMNS = ["department_rate", "department_rate_lo", "department_rate_hi"]
LOG = logging.getLogger("aguaperu")


def classify(probability, thresholds: dict) -> np.ndarray:
    """``bajo`` below ``thresholds["medio"]``, ``alto`` from ``thresholds["alto"]``, ``medio`` between."""
    probability = np.asarray(probability, dtype=float)
    return np.select(
        [probability >= thresholds["alto"], probability >= thresholds["medio"]], ["alto", "medio"], default="bajo"
    )


def load_model(folder: str | Path | None = None):
    """The bundled model, verified against its card, as ``(predict_proba(features, departments) -> p, card)``.

    ``departments`` (one code per row) centres the log-odds by department: see ``estimators.Calibrated``.
    """
    import json

    from .estimators import Calibrated, Network

    folder = model_folder(NAME, folder)
    card = read_card(folder)
    files = card["model"]["files"]

    def scaling(name: str) -> dict:
        return json.loads(verified_path(folder, files[name], card).read_text(encoding="utf-8"))

    parts = []
    if "gbm" in files:
        booster, gbm_scaling = load_portable(folder, files["gbm"], card), scaling("gbm_scaling")
        parts.append(Calibrated("gbm", booster, gbm_scaling["slope"], gbm_scaling["intercept"]))
    if "network" in files:
        network = Network(load_keras(folder, files["network"], card), scaling("network_preprocessing"))
        network_scaling = scaling("network_scaling")
        parts.append(Calibrated("keras", network, network_scaling["slope"], network_scaling["intercept"]))

    def predict_proba(features: pd.DataFrame, departments) -> np.ndarray:
        codes = pd.Series(departments).astype("string").fillna("").to_numpy(dtype=str)
        inputs = features[card["features"]]
        return np.clip(np.mean([part.probability(inputs, codes) for part in parts], axis=0), 0.0, 1.0)

    return predict_proba, card


def predict(
    data_dir: str | Path | None = None,
    systems=None,
    districts_features=None,
    centres=None,
    model_dir: str | Path | None = None,
    progress: Callable[[float, str], None] = noop_progress,
    is_cancelled: Callable[[], bool] = never_cancelled,
    cache=None,
    survey=None,
    measurements=None,
):
    """Risk that each water system's treatment does not work, and the district summary.

    Parameters
    ----------
    data_dir:
        A folder laid out like the shared data; fills whatever is not given.
    systems:
        Water systems: a GeoDataFrame from ``read_water_points`` or a path (default: the SIASAR table of
        ``data_dir``). Every row gets a prediction, labelled or not.
    districts_features:
        The district feature table from ``build_district_features`` (built from ``data_dir`` when omitted);
        with geometry, the district frame returned has it too.
    centres:
        Populated centres (frame with ``longitude, latitude, urban``, or a path); default from ``data_dir``.
    model_dir:
        Another model folder (default: the bundled ``models/water_risk``).
    progress, is_cancelled:
        Plain callables: ``progress(fraction, message)`` and ``is_cancelled() -> bool``.
    cache:
        A ``core.cache.Cache`` for the inputs read from files (see ``load_inputs``); None reads them anew.
    survey, measurements:
        The office's own observations (paths or frames; see ``survey.read_survey`` and
        ``survey.read_measurements``). An observed system's ``risk`` is its observed state (1.0 not working,
        0.0 working); the others are estimated by combining the national model with the observations near
        them (``local.combine``). Without either, ``risk`` is the national model's, as before.

    Returns
    -------
    (systems_frame, districts_frame, card)
        ``systems_frame``: one row per system with ``ID, ubigeo, risk, risk_class, status, evidence, source,
        observed_on, evidence_district, evidence_near_km, risk_untreated`` then ``name, population_served,
        treatment_recorded, treatment_works`` (SIASAR's label, blank where unknown), the secondary labels,
        ``longitude, latitude``, ``department_rate, department_rate_lo, department_rate_hi`` and ``geometry``.
        ``risk_class`` is ``alto``/``bajo`` for an observed system; ``sin_evidencia`` for an estimated
        system with no observation in its district or within ``local.NEAR_KM`` km while the national model is
        near chance (held-out ROC-AUC below ``NEAR_CHANCE_AUC``: the bundled one is), so without a survey
        every system is ``sin_evidencia`` and its ``risk`` the national model's (unchanged);
        ``bajo/medio/alto`` otherwise (``LOCAL_THRESHOLDS`` with observations, the card's thresholds
        without). ``risk_untreated``: probability that the population drinks water without working
        disinfection (1.0 where no treatment is recorded and none observed). ``districts_frame``: see
        ``aggregate_districts``. ``card``: the model card (dict).

    Raises
    ------
    InputError
        When the inputs cannot be read.
    ModelIntegrityError
        When a bundled artifact does not match its model card.
    CancelledError
        When ``is_cancelled()`` turns true.
    """
    predict_proba, card = load_model(model_dir)
    inputs = load_inputs(
        data_dir,
        systems,
        districts_features,
        centres,
        progress=lambda f, m: progress(0.8 * f, m),
        is_cancelled=is_cancelled,
        cache=cache,
    )
    missing = [c for c in card["features"] if inputs.features[c].isna().all()]
    if missing:
        LOG.warning("water risk: features absent from the inputs, treated as unknown: %s", ", ".join(missing))
    if is_cancelled():
        raise CancelledError("The water-risk model was cancelled.")
    progress(0.85, "risk")
    risk = predict_proba(inputs.features, inputs.department)
    frame = _systems_frame(inputs.systems, risk, card["risk_classes"]["thresholds"])
    if survey is not None or measurements is not None:  # survey mode (issue 18); without it, outputs as before
        progress(0.9, "observations")
        frame = with_observations(frame, card, survey, measurements)
    progress(0.95, "districts")
    districts = aggregate_districts(frame, inputs.districts)
    progress(1.0, "done")
    return frame, districts, card


def _systems_frame(systems, risk: np.ndarray, thresholds: dict):
    import geopandas as gpd

    ids = systems["system_id"] if "system_id" in systems else pd.Series(np.arange(1, len(systems) + 1))
    frame = pd.DataFrame(
        {
            "ID": ids.to_numpy(),
            "ubigeo": systems["ubigeo"].astype("string").to_numpy(),
            "risk": np.round(risk, 4),
            "risk_class": classify(risk, thresholds),
            "name": systems["name"].to_numpy() if "name" in systems else None,
            "population_served": pd.to_numeric(systems["population_served"], errors="coerce").to_numpy()
            if "population_served" in systems
            else np.nan,
            "treatment_recorded": systems.get("treatment_type", pd.Series(pd.NA, index=systems.index)).notna(),
            "treatment_works": systems[LABEL].to_numpy() if LABEL in systems else None,
        },
        index=systems.index,
    )
    for column in SECONDARY_LABELS:
        frame[column] = systems[column].to_numpy() if column in systems else None
    frame["longitude"], frame["latitude"] = systems["longitude"].to_numpy(), systems["latitude"].to_numpy()
    if "geometry" in systems:
        return gpd.GeoDataFrame(frame, geometry=systems.geometry.values, crs=systems.crs).reset_index(drop=True)
    return frame.reset_index(drop=True)


def skill(card: dict, surveyed: bool, share: float = 0.0) -> dict:
    """The card's held-out metrics for the situation: without a survey the leave-one-department-out ones;
    with one, the partial-survey protocol's at the surveyed share nearest ``share`` (``survey_mode`` section)."""
    bundled = card.get("evaluation", {}).get("bundled", {})
    if not surveyed:
        return {
            "situation": "without survey",
            "scheme": "leave-one-department-out",
            "roc_auc_mean": bundled.get("roc_auc_mean"),
            "roc_auc_pooled_within_department": bundled.get("roc_auc_pooled_within_department"),
            "brier": bundled.get("brier"),
        }
    shares = card.get("survey_mode", {}).get("partial_survey", {})
    if not shares:
        return {"situation": "with survey", "scheme": "not evaluated"}
    nearest = min(shares, key=lambda key: abs(float(key) - share))
    model = shares[nearest]["model"]
    return {
        "situation": "with survey",
        "scheme": f"partial survey: {float(nearest):.0%} of each department surveyed, the rest predicted",
        "surveyed_share": float(nearest),
        "roc_auc_pooled": model["roc_auc_pooled"],
        "roc_auc_mean": model["roc_auc_mean"],
        "brier": model["brier"],
        "baseline_roc_auc_pooled": shares[nearest]["district_rate"]["roc_auc_pooled"],
    }


def near_chance(card: dict) -> bool:
    """Whether the national model cannot discriminate (held-out ROC-AUC mean of departments below the floor)."""
    bundled = card.get("evaluation", {}).get("bundled", {})
    auc = bundled.get("roc_auc_mean")
    return auc is None or auc < NEAR_CHANCE_AUC


def _department_prior(card: dict) -> dict:
    """``department -> SIASAR 2015-16 failure rate`` from the card (the department rate's prior mean)."""
    rows = card.get("evaluation", {}).get("bundled", {}).get("per_department", [])
    return {row["department"]: row["prevalence"] for row in rows if row.get("systems")}


def with_observations(frame, card: dict, survey=None, measurements=None):
    """The systems frame with the survey-mode columns (see ``predict``); observations replace estimates."""
    from . import local
    from .survey import _ids, observations

    observed_rows = observations(survey, measurements, frame)
    ids = _ids(pd.Series(frame["ID"]).astype("string")).to_numpy(dtype=object)
    unknown = ~observed_rows["ID"].isin(set(ids)) if len(observed_rows) else pd.Series(dtype=bool)
    if unknown.any():
        LOG.warning(
            "water risk: %d observed systems are not in the systems table (for example %s)",
            int(unknown.sum()),
            ", ".join(observed_rows.loc[unknown, "ID"].astype(str).head(3)),
        )
    by_id = observed_rows[~unknown].set_index("ID") if len(observed_rows) else observed_rows.set_index("ID")
    works = pd.Series(ids).map(by_id["works"].astype(float)) if len(by_id) else pd.Series(np.nan, index=range(len(ids)))
    label = (1.0 - works).to_numpy(dtype=float)  # 1.0 not working, 0.0 working, NaN not observed
    observed = ~np.isnan(label)
    risk = frame["risk"].to_numpy(dtype=float)
    national = np.log(np.clip(risk, 1e-4, 1 - 1e-4) / (1 - np.clip(risk, 1e-4, 1 - 1e-4)))
    lon, lat, ubigeo = frame["longitude"].to_numpy(), frame["latitude"].to_numpy(), frame["ubigeo"].to_numpy()
    if observed.any():
        estimate, _, ev = local.combine(lon, lat, ubigeo, label, national)
        risk = np.where(observed, label, np.round(estimate, 4))
        classes = np.where(observed, np.where(label == 1.0, "alto", "bajo"), classify(risk, LOCAL_THRESHOLDS))
    else:
        ev = local.evidence(lon, lat, ubigeo, label)
        classes = frame["risk_class"].to_numpy(dtype=object)
    if near_chance(card):
        classes = np.where(~observed & (ev.total == 0), NO_EVIDENCE, classes)
    rate, low, high = local.department_rates(ubigeo, label, _department_prior(card))
    recorded = frame["treatment_recorded"].to_numpy(dtype=bool)
    untreated = np.where(observed, label, np.where(recorded, risk, 1.0))
    source = pd.Series(ids).map(by_id["source"]).fillna("").to_numpy() if len(by_id) else ""
    observed_on = pd.to_datetime(pd.Series(ids).map(by_id["observed_on"])) if len(by_id) else pd.NaT
    out = frame.copy()
    out["risk"] = risk
    out["risk_class"] = classes
    added = {
        "status": np.where(observed, OBSERVED, ESTIMATED),
        "evidence": ev.total,
        "source": source,
        "observed_on": observed_on.to_numpy() if hasattr(observed_on, "to_numpy") else observed_on,
        "evidence_district": ev.district,
        "evidence_near_km": ev.near,
        "risk_untreated": np.round(untreated, 4),
    }
    for position, (name, values) in enumerate(added.items(), start=4):
        out.insert(position, name, values)
    for name, values in zip(DEPARTMENT_COLUMNS, (rate, low, high), strict=True):
        out.insert(out.columns.get_loc("latitude") + 1 + DEPARTMENT_COLUMNS.index(name), name, np.round(values, 4))
    out["observed_on"] = pd.to_datetime(out["observed_on"])
    return out


def _observed_shares(systems_frame: pd.DataFrame) -> pd.DataFrame:
    """Per district: observed and estimated systems, and the not-working share of each."""
    status = systems_frame["status"] if "status" in systems_frame else pd.Series(ESTIMATED, index=systems_frame.index)
    observed = status.eq(OBSERVED)
    risk = systems_frame["risk"].astype(float)
    table = (
        pd.DataFrame(
            {
                "ubigeo": systems_frame["ubigeo"],
                "observed": observed.astype(int),
                "estimated": (~observed).astype(int),
                "observed_failing": risk.where(observed, 0.0),
                "estimated_risk": risk.where(~observed, 0.0),
            }
        )
        .groupby("ubigeo", dropna=True)
        .sum()
        .reset_index()
    )
    total = table["observed"] + table["estimated"]
    return pd.DataFrame(
        {
            "ubigeo": table["ubigeo"],
            "systems_observed": table["observed"],
            "systems_estimated": table["estimated"],
            "observed_share": (table["observed"] / total).round(4),
            "observed_not_working_share": (table["observed_failing"] / table["observed"].where(lambda n: n > 0)).round(
                4
            ),
            "estimated_not_working_share": (table["estimated_risk"] / table["estimated"].where(lambda n: n > 0)).round(
                4
            ),
        }
    )


def aggregate_districts(systems_frame: pd.DataFrame, districts: pd.DataFrame | None = None) -> pd.DataFrame:
    """Per district: systems, population served, and the population served by high-risk (``alto``) systems.

    Parameters
    ----------
    systems_frame:
        The systems frame returned by ``predict`` (``ubigeo, risk, risk_class, population_served``).
    districts:
        The district feature table; when given, its names and geometry are kept (districts without
        systems are left out).

    Returns
    -------
    DataFrame (GeoDataFrame when ``districts`` has geometry)
        ``ubigeo, systems_n, systems_alto, population_served, population_alto, population_alto_share, mean_risk``
        (share in 0..1; NaN where the district's systems report no population), then ``systems_observed,
        systems_estimated, observed_share, observed_not_working_share`` (among observed systems; NaN where
        none) and ``estimated_not_working_share`` (the expected share among estimated systems: their mean risk).
    """
    population = systems_frame["population_served"].fillna(0.0)
    alto = systems_frame["risk_class"].eq("alto")
    table = (
        pd.DataFrame(
            {
                "ubigeo": systems_frame["ubigeo"],
                "alto": alto.astype(int),
                "population": population,
                "population_alto": population.where(alto, 0.0),
                "risk": systems_frame["risk"],
            }
        )
        .groupby("ubigeo", dropna=True)
        .agg(
            systems_n=("risk", "size"),
            systems_alto=("alto", "sum"),
            population_served=("population", "sum"),
            population_alto=("population_alto", "sum"),
            mean_risk=("risk", "mean"),
        )
        .reset_index()
    )
    served = table["population_served"].where(table["population_served"] > 0)
    table["population_alto_share"] = table["population_alto"] / served
    table["mean_risk"] = table["mean_risk"].round(4)
    order = ["systems_n", "systems_alto", "population_served", "population_alto", "population_alto_share", "mean_risk"]
    table = table[["ubigeo", *order]]
    if "status" in systems_frame:
        table = table.merge(_observed_shares(systems_frame), on="ubigeo", how="left")
    if districts is None:
        return table
    keep = [c for c in ("ubigeo", "dep", "prov", "distr", "geometry") if c in districts.columns]
    merged = pd.DataFrame(districts[keep]).drop_duplicates("ubigeo").merge(table, on="ubigeo", how="inner")
    if "geometry" in merged:
        import geopandas as gpd

        return gpd.GeoDataFrame(merged, geometry="geometry", crs=getattr(districts, "crs", None))
    return merged
