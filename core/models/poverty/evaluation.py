"""Leave-one-department-out evaluation of the poverty model: out-of-fold predictions, metrics, intervals."""

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from .. import common
from .estimators import conformal_halfwidth, interval, to_percent

LEVEL = 0.9


@dataclass
class OutOfFold:
    """Out-of-fold logits of one model kind over the labelled districts, with each fold's model.

    ``folds`` maps a held-out department to ``(rows, model)``: its labelled rows (positions in the
    labelled order) and the model fitted without it.
    """

    name: str
    logit: np.ndarray
    folds: dict = field(default_factory=dict)

    @property
    def percent(self) -> np.ndarray:
        return to_percent(self.logit)


def lodo(
    name: str,
    features: pd.DataFrame,
    logit: np.ndarray,
    departments: np.ndarray,
    fit: Callable,
    predict: Callable,
    step: Callable[[str], None] = lambda message: None,
    keep_models: bool = False,
) -> OutOfFold:
    """Leave one department out over labelled districts: ``fit(x, y)`` without it, ``predict(model, x)`` it."""
    result = OutOfFold(name, np.full(len(logit), np.nan))
    for held_out, test, train in common.held_out_groups(departments):
        step(f"{name}: department {held_out}")
        model = fit(features.iloc[train], logit[train])
        result.logit[test] = predict(model, features.iloc[test])
        result.folds[str(held_out)] = (test, model if keep_models else None)
    return result


def held_out_intervals(oof: OutOfFold, logit: np.ndarray, departments: np.ndarray, level: float = LEVEL):
    """90 % intervals for each held-out department from the other departments' out-of-fold residuals.

    The half-width (on the logit scale) of department d is the split-conformal quantile of the absolute
    out-of-fold residuals of every department but d, so d's own labels never set its interval.
    Returns ``(low, high)`` in percent.
    """
    residual = np.abs(logit - oof.logit)
    halfwidth = np.empty(len(logit))
    for held_out in np.unique(departments):
        inside = departments == held_out
        halfwidth[inside] = conformal_halfwidth(residual[~inside], level)
    return interval(oof.logit, halfwidth)


def metrics(observed: np.ndarray, predicted: np.ndarray, low=None, high=None) -> dict:
    """R², MAE, RMSE (percentage points) and, with intervals, their coverage and mean width."""
    error = observed - predicted
    total = np.sum((observed - observed.mean()) ** 2)
    result = {
        "r2": float(1 - np.sum(error**2) / total) if total > 0 else None,
        "mae": float(np.mean(np.abs(error))),
        "rmse": float(np.sqrt(np.mean(error**2))),
        "bias": float(np.mean(-error)),
    }
    if low is not None:
        result["coverage90"] = float(np.mean((observed >= low) & (observed <= high)))
        result["mean_width"] = float(np.mean(high - low))
    return result


def summary(observed: np.ndarray, predicted: np.ndarray, departments: np.ndarray, low=None, high=None) -> dict:
    """Pooled metrics over every held-out district, and the mean and median of the departments' R²."""
    per = per_department(observed, predicted, departments, low, high)
    r2 = [row["r2"] for row in per if row["r2"] is not None]
    return {
        **metrics(observed, predicted, low, high),
        "r2_mean_of_departments": float(np.mean(r2)),
        "r2_median_of_departments": float(np.median(r2)),
        "mae_mean_of_departments": float(np.mean([row["mae"] for row in per])),
        "departments": len(per),
        "districts": int(len(observed)),
    }


def per_department(observed, predicted, departments, low=None, high=None) -> list[dict]:
    """Metrics of each held-out department (R² against the department's own mean)."""
    rows = []
    for held_out in sorted(np.unique(departments)):
        inside = departments == held_out
        bounds = (low[inside], high[inside]) if low is not None else (None, None)
        rows.append(
            {
                "department": str(held_out),
                "districts": int(inside.sum()),
                "observed_mean": float(observed[inside].mean()),
                "predicted_mean": float(predicted[inside].mean()),
                **metrics(observed[inside], predicted[inside], *bounds),
            }
        )
    return rows


def permutation_importance(
    oof: OutOfFold,
    features: pd.DataFrame,
    observed: np.ndarray,
    predict: Callable,
    repeats: int = 2,
    seed: int = 0,
    step: Callable[[str], None] = lambda message: None,
) -> list[dict]:
    """Drop of the pooled LODO R² when one feature is shuffled inside each held-out department.

    Each fold's model predicts its own department with the column shuffled, so the importance is measured
    out of sample, as the LODO scores are.
    """

    def score(column: str, rng: np.random.Generator) -> float:
        logit = oof.logit.copy()
        for rows_of, model in oof.folds.values():
            logit[rows_of] = predict(model, common.shuffled(features, rows_of, column, rng))
        return metrics(observed, to_percent(logit))["r2"]

    reference = metrics(observed, oof.percent)["r2"]
    return common.permutation_importance(features.columns, reference, score, "r2", repeats, seed, step)
