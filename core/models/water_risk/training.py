"""Train the water-risk model: compare gradient boosting and a Keras network by department, bundle the better.

``python -m core train water-risk --data ../shared/data --out models/water_risk`` (``make models``).
"""

import json
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

import numpy as np

from ...errors import CancelledError, InputError, MissingDependencyError
from ...io.atomic import replacing
from .. import portable
from ..artifacts import stamp, write_card, write_text_atomic
from ..common import never_cancelled, noop_progress
from . import estimators, evaluation
from .estimators import KINDS
from .features import (
    DISTRICT_FEATURES,
    EXCLUDED,
    FEATURES,
    NEIGHBOURHOOD_FEATURES,
    RAW_FEATURES,
    SECONDARY_LABELS,
    SYSTEM_FEATURES,
)
from .inputs import load_inputs
from .prediction import CLASSES, classify
from .report import render_markdown

VERSION = "1.0.0"
SEED = 0
TARGET_AUC = 0.70  # issue 4: leave-one-department-out ROC-AUC the model was asked to reach
# another kind replaces gradient boosting only when it beats it by this much LODO ROC-AUC: the
# gradient boosting needs no TensorFlow in QGIS
MARGIN = 0.01
# risk classes: quantiles of the bundled model's risk over all systems (bottom 40 % bajo, top 20 % alto)
CLASS_QUANTILES = {"medio": 0.40, "alto": 0.80}
GBM_FILE, GBM_SCALING_FILE = "water_risk_gbm.npz", "water_risk_gbm_scaling.json"
NETWORK_FILE, PREPROCESSING_FILE = "water_risk_network.keras", "water_risk_network_input.json"
NETWORK_SCALING_FILE = "water_risk_network_scaling.json"
ALL_FILES = (GBM_FILE, GBM_SCALING_FILE, NETWORK_FILE, PREPROCESSING_FILE, NETWORK_SCALING_FILE)
# explored during development with the same leave-one-department-out folds, not rerun by `make models`
ALSO_TRIED = [
    "Logistic regression on the raw features (district context included): ROC-AUC 0.54 pooled, 0.55 mean of "
    "departments.",
    "Features z-scored within the department instead of percentiles: at most 0.53 mean of departments.",
    "Spatial smoothing of the labels of other departments' systems (25-400 km kernels, held-out department "
    "excluded): 0.45-0.51 pooled, no transferable regional signal.",
    "District share of systems without treatment, district mean age, survey-day counts, name words: each "
    "0.47-0.53 on its own.",
    "Poverty, HDI, food vulnerability, density, climate, PM2.5, NO2, night lights, child anaemia and stunting "
    "as raw district context: see the feature-set trial 'gbm_all_raw_features'.",
]
RAW_FIELDS = ["altitude_m", "age_years", "population_served", "dwellings_served", "gravity", "pumped"]
RAW_FIELDS += ["water_dry_season", "water_rainy_season", "chlorination", "service_hours", "connections"]


def train(
    data_dir: str | Path,
    out: str | Path,
    seed: int = SEED,
    progress: Callable[[float, str], None] = noop_progress,
    is_cancelled: Callable[[], bool] = never_cancelled,
) -> dict:
    """Evaluate both model kinds by leave-one-department-out, fit the chosen one on every label, write it.

    Parameters
    ----------
    data_dir:
        A folder laid out like the shared data (SIASAR systems, district sources, populated centres).
    out:
        The model folder to write: artifacts, ``model_card.json`` and ``MODEL_CARD.md``.
    seed:
        Seed of every random step (boosting, network, permutations).
    progress, is_cancelled:
        Plain callables: ``progress(fraction, message)`` and ``is_cancelled() -> bool``.

    Returns
    -------
    dict
        The model card written.
    """
    try:
        import keras  # noqa: F401
    except ImportError as error:
        raise MissingDependencyError(
            "Training compares with a Keras network: pip install --no-deps -r requirements-models.lock.",
            code="missing_tensorflow",
            command="pip install --no-deps -r requirements-models.lock",
        ) from error
    started = time.perf_counter()
    out = Path(out)
    total = 110

    counter = {"done": 0}

    def step(message: str) -> None:
        if is_cancelled():
            raise CancelledError("Training the water-risk model was cancelled.")
        counter["done"] += 1
        progress(min(counter["done"] / total, 0.99), message)

    inputs = load_inputs(data_dir, progress=lambda f, m: progress(0.05 * f, m), is_cancelled=is_cancelled)
    labelled = inputs.label.notna().to_numpy()
    if labelled.sum() < 100 or inputs.department[labelled].nunique() < 3:
        raise InputError(
            "Too few labelled systems to train and evaluate by department.",
            code="too_few_labelled_systems",
            file=str(data_dir),
            count=int(labelled.sum()),
            departments=int(inputs.department[labelled].nunique()),
            minimum=100,
            minimum_departments=3,
        )
    x = inputs.features.reset_index(drop=True)
    label = inputs.label.to_numpy(dtype=float)
    departments = inputs.department.astype("string").fillna("").to_numpy(dtype=str)
    y = label[labelled].astype(int)
    groups = departments[labelled]

    def fitter(kind: str):
        return lambda rows: estimators.fit_calibrated(kind, x, label, departments, rows, seed)

    def calibrated(model, features, codes):
        return model.probability(features, codes)

    oof = {kind: evaluation.lodo(kind, x, label, departments, fitter(kind), calibrated, step) for kind in KINDS}
    oof["blend"] = evaluation.OutOfFold(
        "blend", (oof["gbm"].probability + oof["keras"].probability) / 2, oof["gbm"].baseline
    )
    comparison = {name: evaluation.summary(result, y, groups) for name, result in oof.items()}
    reference = _feature_set_trials(inputs.raw.reset_index(drop=True), label, departments, seed, step)

    chosen = choose(comparison)
    chosen_oof = oof[chosen]
    importance_oof = oof["gbm"] if chosen == "blend" else chosen_oof
    importance = evaluation.permutation_importance(importance_oof, x, y, departments, calibrated, seed=seed, step=step)

    step("final model")
    out.mkdir(parents=True, exist_ok=True)
    files = _fit_final(chosen, x, label, departments, seed, out)
    final_risk = _final_risk(out, files, x, departments)
    thresholds = {name: round(float(np.quantile(final_risk, q)), 4) for name, q in CLASS_QUANTILES.items()}
    card = {
        "name": "water_risk",
        "version": VERSION,
        "trained": date.today().isoformat(),
        "task": "Probability that a rural water system's treatment (chlorination or slow filtration) does not work.",
        "target": {
            "field": "trat_funciona (treatment_works)",
            "at_risk": "NO",
            "not_at_risk": "SI",
            "unlabelled": "blank: predicted",
            "secondary_labels": list(SECONDARY_LABELS),
        },
        "training_data": _training_data(inputs, labelled),
        "features": list(FEATURES),
        "feature_definition": "each input is the percentile (0-1] of a system or neighbourhood feature among "
        "all systems of the same department in the table predicted (labelled or not); a blank is 0.5",
        "feature_groups": {
            "system": SYSTEM_FEATURES,
            "neighbourhood": NEIGHBOURHOOD_FEATURES,
            "district_context_tried": {v: k for k, v in DISTRICT_FEATURES.items()},
        },
        "excluded_fields": EXCLUDED,
        "model": {
            "bundled": chosen,
            "files": files,
            "choice_rule": "highest LODO ROC-AUC pooled on within-department percentiles; another kind replaces "
            f"gradient boosting only when it is better by at least {MARGIN}",
            "seed": seed,
            "gbm": {
                "estimator": "HistGradientBoostingClassifier",
                "params": estimators.GBM_PARAMS,
            },
            "keras": {"estimator": "Sequential MLP, binary cross-entropy, Adam", "params": estimators.NETWORK_PARAMS},
            "probability": "p = sigmoid(a·(z − mean z) / sd z + b), z the model's log-odds, mean and sd over the "
            "systems of the department in the table predicted; a and b "
            f"(Platt scaling) fitted on out-of-fold log-odds of {estimators.CALIBRATION_FOLDS} folds that keep "
            "departments whole; every department gets the same level b",
        },
        "evaluation": {
            "scheme": "leave-one-department-out: each department (first 2 UBIGEO digits) is predicted by models "
            "fitted without it; the Brier baseline forecasts the training folds' prevalence",
            "departments": len(np.unique(groups)),
            "target_roc_auc": TARGET_AUC,
            "target_reached": bool(comparison[chosen]["roc_auc_mean"] >= TARGET_AUC),
            "comparison": comparison,
            "feature_set_trials": reference,
            "bundled": {
                **comparison[chosen],
                "calibration": evaluation.calibration(y, chosen_oof.probability),
                "calibration_common_level": evaluation.calibration(
                    y, chosen_oof.probability - chosen_oof.baseline + y.mean()
                ),
                "per_department": evaluation.per_department(chosen_oof, y, groups),
                "permutation_importance": importance,
                "permutation_importance_model": "gbm" if chosen == "blend" else chosen,
            },
            "secondary_labels": _secondary(
                inputs, labelled, evaluation.within_department_percentile(chosen_oof.probability, groups)
            ),
        },
        "risk_classes": {
            "thresholds": thresholds,
            "rule": "risk < medio → bajo; medio ≤ risk < alto → medio; risk ≥ alto → alto. The cut-offs are the "
            "40th and 80th percentiles of the bundled model's risk over all systems: 'alto' is the fifth of systems "
            "the model ranks highest, 'bajo' the lowest two fifths; as departments share one level and spread, "
            "each department has about these shares. Out of fold ('lodo') the same percentiles are cut inside "
            "each held-out department.",
            "lodo": evaluation.class_table(y, chosen_oof.probability, groups, CLASS_QUANTILES),
            "all_systems": {name: int((classify(final_risk, thresholds) == name).sum()) for name in CLASSES},
        },
        "limitations": limitations(inputs, labelled),
        "also_tried": ALSO_TRIED,
        "training_seconds": round(time.perf_counter() - started, 1),
    }
    write_card(out, stamp(card), sorted(files.values()))
    write_text_atomic(out / "MODEL_CARD.md", render_markdown(card))
    progress(1.0, "done")
    return card


def choose(comparison: dict) -> str:
    """The kind to bundle: gradient boosting unless another ranks better by ``MARGIN`` (within departments)."""
    key = "roc_auc_pooled_within_department"
    best = max(comparison, key=lambda name: comparison[name][key])
    if comparison[best][key] - comparison["gbm"][key] >= MARGIN:
        return best
    return "gbm"


def _feature_set_trials(raw, label: np.ndarray, departments: np.ndarray, seed: int, step) -> dict:
    """LODO skill of the plain booster on raw feature values: what the department-relative inputs replace."""
    trials = {
        "gbm_raw_siasar_fields": (RAW_FIELDS, "SIASAR fields only, raw values, uncalibrated booster"),
        "gbm_all_raw_features": (RAW_FEATURES, "every feature (district context included), raw values, uncalibrated"),
    }
    labelled = ~np.isnan(label)
    result = {}
    for name, (columns, text) in trials.items():

        def fit(rows, columns=columns):
            rows = rows[labelled[rows]]
            return estimators.fit_booster(raw.iloc[rows][columns], label[rows].astype(int), seed)

        def predict(model, features, codes, columns=columns):
            return model.predict_proba(features[columns])[:, 1]

        oof = evaluation.lodo(name, raw, label, departments, fit, predict, step)
        summary = evaluation.summary(oof, label[labelled].astype(int), departments[labelled])
        result[name] = {"description": text, "features": columns, **summary}
    return result


def _fit_final(chosen: str, x, label: np.ndarray, departments: np.ndarray, seed: int, out: Path) -> dict:
    everything = np.arange(len(label))
    files = {}
    if chosen in ("gbm", "blend"):
        model = estimators.fit_calibrated("gbm", x, label, departments, everything, seed)
        with replacing(out / GBM_FILE) as temporary:
            portable.save(model.base, temporary)
        files["gbm"] = GBM_FILE
        _write_scaling(out / GBM_SCALING_FILE, model)
        files["gbm_scaling"] = GBM_SCALING_FILE
    if chosen in ("keras", "blend"):
        model = estimators.fit_calibrated("keras", x, label, departments, everything, seed)
        with replacing(out / NETWORK_FILE) as temporary:
            model.base.model.save(temporary)
        write_text_atomic(out / PREPROCESSING_FILE, json.dumps(model.base.preprocessing, indent=1) + "\n")
        _write_scaling(out / NETWORK_SCALING_FILE, model)
        files["network"], files["network_preprocessing"] = NETWORK_FILE, PREPROCESSING_FILE
        files["network_scaling"] = NETWORK_SCALING_FILE
    for stale in set(ALL_FILES) - set(files.values()):
        (out / stale).unlink(missing_ok=True)
    return files


def _write_scaling(path: Path, model) -> None:
    scaling = {"slope": model.slope, "intercept": model.intercept, "standardise": "log-odds by department"}
    write_text_atomic(path, json.dumps(scaling, indent=1) + "\n")


def _final_risk(out: Path, files: dict, features, departments: np.ndarray) -> np.ndarray:
    """Predictions of the written artifacts on every system (this also proves they load)."""
    from .prediction import load_model

    interim = stamp({"features": list(FEATURES), "model": {"files": files}})
    write_card(out, interim, sorted(files.values()))
    predict_proba, _ = load_model(out)
    return predict_proba(features, departments)


def _training_data(inputs, labelled: np.ndarray) -> dict:
    department = inputs.department.astype(str)
    label = inputs.label
    by_department = {
        code: {"systems": int((department == code).sum()), "labelled": int(label[department == code].notna().sum())}
        for code in sorted(department.dropna().unique())
    }
    return {
        "source": "SIASAR Peru rural water systems 2015-2016 (openwashdata/portawaterperu, CC BY 4.0): "
        "water/siasar_peru_systems.csv, with the district feature table (INEI, PNUD, CHIRPS, MODIS, "
        "Sentinel-5P, ENDES) and INEI populated centres",
        "systems": int(len(label)),
        "labelled": int(labelled.sum()),
        "at_risk": int((label == 1).sum()),
        "works": int((label == 0).sum()),
        "prevalence": float(label[labelled].mean()),
        "unlabelled": int((~labelled).sum()),
        "unlabelled_without_treatment": int((~labelled & inputs.systems["treatment_type"].isna().to_numpy()).sum()),
        "departments_without_labels": sorted(c for c, n in by_department.items() if n["labelled"] == 0),
        "by_department": by_department,
    }


def _secondary(inputs, labelled: np.ndarray, percentile: np.ndarray) -> dict:
    """How the out-of-fold risk (percentile within the department) relates to the secondary labels."""
    from sklearn.metrics import roc_auc_score

    systems = inputs.systems[labelled].reset_index(drop=True)
    result = {}
    condition = systems.get("catchment_condition")
    if condition is not None:
        known = condition.notna().to_numpy()
        poor = condition.astype("string").str[:1].isin(["C", "D"]).to_numpy()
        if known.any() and len(np.unique(poor[known])) == 2:
            result["catchment_poor_or_collapsed"] = {
                "systems": int(known.sum()),
                "share": float(poor[known].mean()),
                "roc_auc_of_risk": float(roc_auc_score(poor[known], percentile[known])),
            }
    for column in SECONDARY_LABELS[1:]:
        values = systems.get(column)
        if values is not None:
            result[column] = {str(k): int(v) for k, v in values.value_counts(dropna=False).items()}
    return result


def limitations(inputs, labelled: np.ndarray) -> list[str]:
    """What the model cannot do, with this training data's numbers."""
    untreated = int((~labelled & inputs.systems["treatment_type"].isna().to_numpy()).sum())
    poverty = inputs.raw["district_poverty_pct"].isna().groupby(inputs.department).mean()
    blank = ", ".join(sorted(poverty[poverty > 0.5].index.astype(str)))
    return [
        "Departments differ in ways the features do not capture (who runs and supervises chlorination, survey "
        "teams): on departments the model has not seen it ranks systems only slightly better than chance. Use "
        "the risk to order systems within an area, not as a verdict on one system.",
        f"The {untreated} systems with no treatment recorded are unlabelled by construction (no treatment to "
        "work); their risk is that of a similar system that had one. Untreated water is itself a risk: see the "
        "treatment_recorded column.",
        "Features are ranked within each department of the table predicted: the risk orders systems inside a "
        "department, and every department gets about the national share of failing treatment. Predicting a few "
        "systems of a department ranks them among themselves only.",
        f"District context (poverty, HDI, climate, density...) did not transfer between departments (see the "
        f"feature-set trials) and is not an input; poverty is also blank in departments {blank}.",
        "Neighbourhood features count the systems of the table predicted: predicting a subset changes them.",
        "Labels come from one 2015-2016 survey; whether treatment works changes from month to month.",
    ]
