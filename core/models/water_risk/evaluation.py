"""Leave-one-department-out evaluation: out-of-fold predictions, metrics, calibration, importance."""

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from .. import common


@dataclass
class Fold:
    """One held-out department: all its systems, which of them are labelled, and the model fitted without it."""

    department: str
    systems: np.ndarray
    labelled: np.ndarray
    positions: np.ndarray
    model: object


@dataclass
class OutOfFold:
    """Out-of-fold probabilities of one model kind over the labelled systems, with the fold models.

    ``baseline`` holds, for each labelled system, the prevalence of its fold's training departments:
    the no-skill forecast its Brier score is compared with.
    """

    name: str
    probability: np.ndarray
    baseline: np.ndarray
    folds: list[Fold] = field(default_factory=list)


def lodo(
    name: str,
    features: pd.DataFrame,
    label: np.ndarray,
    departments: np.ndarray,
    fit: Callable[[np.ndarray], object],
    predict: Callable[[object, pd.DataFrame, np.ndarray], np.ndarray],
    step: Callable[[str], None] = lambda message: None,
) -> OutOfFold:
    """Leave one department out: ``fit(rows)`` on the other departments' systems, ``predict`` the one left out.

    ``features``, ``label`` (NaN where unlabelled) and ``departments`` cover every system; the held-out
    department is predicted whole (its unlabelled systems too, as at prediction time) and scored on its labels.
    """
    labelled = np.flatnonzero(~np.isnan(label))
    position = np.full(len(label), -1)
    position[labelled] = np.arange(len(labelled))
    probability = np.full(len(labelled), np.nan)
    baseline = np.full(len(labelled), np.nan)
    result = OutOfFold(name, probability, baseline)
    for held_out, systems, train in common.held_out_groups(departments, departments[labelled]):
        step(f"{name}: department {held_out}")
        model = fit(train)
        scored = ~np.isnan(label[systems])
        positions = position[systems[scored]]
        probability[positions] = predict(model, features.iloc[systems], departments[systems])[scored]
        baseline[positions] = np.nanmean(label[train])
        result.folds.append(Fold(str(held_out), systems, scored, positions, model))
    return result


def _auc(label: np.ndarray, score: np.ndarray) -> float | None:
    from sklearn.metrics import roc_auc_score

    return float(roc_auc_score(label, score)) if len(np.unique(label)) == 2 else None


def _pr_auc(label: np.ndarray, score: np.ndarray) -> float | None:
    from sklearn.metrics import average_precision_score

    return float(average_precision_score(label, score)) if len(np.unique(label)) == 2 else None


def _brier(label: np.ndarray, probability: np.ndarray) -> float:
    return float(np.mean((probability - label) ** 2))


def within_department_percentile(values: np.ndarray, groups: np.ndarray) -> np.ndarray:
    """Each value's percentile (0-1] among the values of its department."""
    return pd.Series(values).groupby(np.asarray(groups)).rank(pct=True).to_numpy()


def summary(oof: OutOfFold, label: np.ndarray, groups: np.ndarray) -> dict:
    """ROC-AUC (pooled, pooled on within-department percentiles, mean over departments), PR-AUC, Brier.

    Each fold's level is its training prevalence, which is high when a low-prevalence department is
    left out: the pooled ROC-AUC mixes that artefact of leaving one out with the ranking. The pooled
    ROC-AUC of within-department percentiles removes it (the bundled model gives every department the
    same level).
    """
    per = per_department(oof, label, groups)
    aucs = [row["roc_auc"] for row in per if row["roc_auc"] is not None]
    return {
        "roc_auc_pooled": _auc(label, oof.probability),
        "roc_auc_pooled_within_department": _auc(label, within_department_percentile(oof.probability, groups)),
        "roc_auc_mean": float(np.mean(aucs)),
        "roc_auc_departments_above_half": int(sum(a > 0.5 for a in aucs)),
        "departments_scored": len(aucs),
        "pr_auc": _pr_auc(label, oof.probability),
        "prevalence": float(label.mean()),
        "brier": _brier(label, oof.probability),
        "brier_baseline": _brier(label, oof.baseline),
    }


def per_department(oof: OutOfFold, label: np.ndarray, groups: np.ndarray) -> list[dict]:
    """Metrics of each held-out department."""
    rows = []
    for held_out in sorted(np.unique(groups)):
        rows_of = groups == held_out
        y, p, b = label[rows_of], oof.probability[rows_of], oof.baseline[rows_of]
        rows.append(
            {
                "department": str(held_out),
                "systems": int(rows_of.sum()),
                "at_risk": int(y.sum()),
                "prevalence": float(y.mean()),
                "mean_risk": float(p.mean()),
                "roc_auc": _auc(y, p),
                "pr_auc": _pr_auc(y, p),
                "brier": _brier(y, p),
                "brier_baseline": _brier(y, b),
            }
        )
    return rows


def calibration(label: np.ndarray, probability: np.ndarray, bins: int = 10) -> list[dict]:
    """Reliability table on probability deciles: mean forecast against observed frequency per bin."""
    edges = np.unique(np.quantile(probability, np.linspace(0, 1, bins + 1)))
    which = np.clip(np.searchsorted(edges, probability, side="right") - 1, 0, len(edges) - 2)
    rows = []
    for b in range(len(edges) - 1):
        inside = which == b
        if inside.any():
            rows.append(
                {
                    "low": float(edges[b]),
                    "high": float(edges[b + 1]),
                    "systems": int(inside.sum()),
                    "mean_predicted": float(probability[inside].mean()),
                    "observed": float(label[inside].mean()),
                }
            )
    return rows


def permutation_importance(
    oof: OutOfFold,
    features: pd.DataFrame,
    label: np.ndarray,
    departments: np.ndarray,
    predict: Callable,
    repeats: int = 3,
    seed: int = 0,
    step: Callable[[str], None] = lambda message: None,
) -> list[dict]:
    """Drop of LODO ROC-AUC (pooled on within-department percentiles) when one feature is shuffled.

    Each fold's model predicts its own department with the column shuffled inside it, so the importance
    is measured out of sample, as the LODO scores are. ``label`` is that of the labelled systems (the
    out-of-fold order); ``features`` and ``departments`` cover every system.
    """
    codes = np.empty(len(label), dtype=object)
    for fold in oof.folds:
        codes[fold.positions] = fold.department

    def auc(probability: np.ndarray) -> float:
        return _auc(label, within_department_percentile(probability, codes))

    def score(column: str, rng: np.random.Generator) -> float:
        permuted = oof.probability.copy()
        for fold in oof.folds:
            block = common.shuffled(features, fold.systems, column, rng)
            permuted[fold.positions] = predict(fold.model, block, departments[fold.systems])[fold.labelled]
        return auc(permuted)

    return common.permutation_importance(features.columns, auc(oof.probability), score, "auc", repeats, seed, step)


def class_table(label: np.ndarray, probability: np.ndarray, groups: np.ndarray, quantiles: dict) -> list[dict]:
    """Share and observed at-risk rate (precision) of each risk class, classes cut at within-department quantiles.

    The bundled model gives departments the same level and spread, so its classes hold about the same
    shares in every department; out of fold, the same cut is applied inside each held-out department.
    """
    from .prediction import classify

    classes = classify(within_department_percentile(probability, groups), quantiles)
    rows = []
    for name in ("bajo", "medio", "alto"):
        inside = classes == name
        rows.append(
            {
                "class": name,
                "systems": int(inside.sum()),
                "share": float(inside.mean()),
                "observed_at_risk": float(label[inside].mean()) if inside.any() else None,
                "recall": float(label[inside].sum() / label.sum()),
            }
        )
    return rows
