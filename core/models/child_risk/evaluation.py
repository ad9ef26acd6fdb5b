"""Out-of-time checks of the small-area model: earlier survey years predict a later one.

The reference is each area's own pooled prevalence over the earlier years (the issue's baseline). Areas are
compared only where the later year measured at least ``min_n`` children (and the earlier years any).
"""

import numpy as np
import pandas as pd

from ...io.child_welfare import MIN_CELL
from . import smallarea
from .estimators import expit
from .smallarea import AreaEffects, Effects, estimate, fit, observed, predictive_coverage
from .survey import OUTCOMES

MIN_PROVINCE_CHILDREN = 60  # acceptance 1: provinces with at least 60 measured children
TARGET_IMPROVEMENT = 0.10
APPROACHES = {
    "eb_logistic": "logistic regression on covariates and year + department/province/district effects shrunk by "
    "empirical Bayes (bundled)",
    "logistic_only": "logistic regression on covariates and year, no area effects",
    "eb_gbm": "gradient boosting (binomial) on covariates and year + shrunk area effects",
    "blend": "mean logit of eb_logistic and eb_gbm",
}


def out_of_time(
    features: list[str],
    covariates: pd.DataFrame,
    counts: pd.DataFrame,
    test_year: int,
    level: str = "province",
    min_n: int = MIN_PROVINCE_CHILDREN,
    approaches=("eb_logistic",),
    min_cell: int = MIN_CELL,
    seed: int = 0,
) -> dict:
    """Fit on the survey years before ``test_year``, predict ``test_year`` at ``level``, compare with the baseline.

    Returns
    -------
    dict
        Per outcome: ``n_areas``, ``baseline_mae`` and per approach ``mae``, ``improvement`` (1 − MAE/baseline
        MAE), ``coverage90`` (share of observed prevalences inside the predictive interval: the published
        interval widened by the test year's binomial sampling error) and ``published_coverage90`` (inside the
        published interval itself), in percentage points; ``meets_target`` for the bundled approach.
    """
    train, test = counts[counts["year"] < test_year], counts[counts["year"] == test_year]
    result = {
        "train_years": [int(y) for y in sorted(train["year"].unique())],
        "test_year": int(test_year),
        "level": level,
        "min_children": int(min_n),
    }
    for outcome in OUTCOMES:
        truth = observed(test, outcome, level)
        history = observed(train, outcome, level).set_index("ubigeo")
        truth = truth[(truth["n"] >= min_n) & truth["ubigeo"].isin(history.index[history["n"] > 0])]
        rate = 100 * truth["k"].to_numpy() / truth["n"].to_numpy()
        own = history.loc[truth["ubigeo"]]
        baseline = np.abs(rate - 100 * own["k"].to_numpy() / own["n"].to_numpy()).mean()
        scores = {}
        predictions = {}
        for name in approaches:
            predicted = _predict(
                name, features, covariates, train, outcome, level, test_year, min_n, min_cell, seed, predictions
            )
            predictions[name] = predicted
            mae = float(np.abs(rate - truth["ubigeo"].map(predicted.set_index("ubigeo")["pct"]).to_numpy()).mean())
            scores[name] = {
                "mae": round(mae, 3),
                "improvement": round(1 - mae / baseline, 4),
                "coverage90": round(predictive_coverage(predicted, truth, min_n), 3),
                "published_coverage90": round(_inside(predicted, truth, rate), 3),
                "mean_width": round(
                    float(truth["ubigeo"].map(predicted.set_index("ubigeo").eval("hi90 - lo90")).mean()), 2
                ),
            }
        result[outcome] = {"n_areas": int(len(truth)), "baseline_mae": round(float(baseline), 3), "approaches": scores}
    return result


def _inside(predicted: pd.DataFrame, truth: pd.DataFrame, rate: np.ndarray) -> float:
    keyed = predicted.set_index("ubigeo")
    low, high = truth["ubigeo"].map(keyed["lo90"]).to_numpy(), truth["ubigeo"].map(keyed["hi90"]).to_numpy()
    return float(np.mean((rate >= low) & (rate <= high)))


def _predict(name, features, covariates, train, outcome, level, year, min_n, min_cell, seed, done) -> pd.DataFrame:
    if name == "blend":
        first, second = (done.get(k) for k in ("eb_logistic", "eb_gbm"))
        mean_logit = (first["logit"].to_numpy() + second["logit"].to_numpy()) / 2
        variance = np.maximum(first["variance"].to_numpy(), second["variance"].to_numpy())
        spread = smallarea.Z90 * np.sqrt(variance)
        return first.assign(
            pct=100 * expit(mean_logit),
            lo90=100 * expit(mean_logit - spread),
            hi90=100 * expit(mean_logit + spread),
            logit=mean_logit,
            variance=variance,
        )
    kind = "gbm" if name == "eb_gbm" else "logistic"
    model, effects = fit(kind, features, covariates, train, outcome, min_cell, seed)
    extra = smallarea.calibrate_extra(kind, features, covariates, train, outcome, level, min_n, min_cell, seed)
    if name == "logistic_only":
        effects = AreaEffects({k: Effects(e.effect * 0.0, e.variance * 0.0, 0.0) for k, e in effects.levels.items()})
    return estimate(model, features, covariates, effects, year, level, extra)
