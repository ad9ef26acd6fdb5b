"""The small-area model: a covariate regression of the survey outcomes, and area effects shrunk toward it.

Fixed part: a binomial regression of the measured children of each district and year on district covariates
and the survey year (logistic regression, or gradient boosting for comparison). Area part: the province's and
the district's departure from the fixed part on the logit scale, estimated from every survey year and shrunk
toward zero by empirical Bayes (normal approximation, variance components by the method of moments): an area
with many measured children keeps most of its own departure, an area with none gets the fixed part alone.
"""

from dataclasses import dataclass

import numpy as np
import pandas as pd

YEAR0 = 2016  # the year term is (year - YEAR0)
EPS = 1e-4
LOGISTIC_C = 1.0
BOOSTER_PARAMS = {"max_iter": 150, "learning_rate": 0.05, "max_leaf_nodes": 15, "min_samples_leaf": 40}


def logit(p):
    p = np.clip(np.asarray(p, dtype=float), EPS, 1 - EPS)
    return np.log(p / (1 - p))


def expit(x):
    return 1.0 / (1.0 + np.exp(-np.asarray(x, dtype=float)))


def design(covariates: pd.DataFrame, features: list[str], years) -> pd.DataFrame:
    """The fixed part's design matrix: the covariates in ``features`` order and the year offset."""
    x = covariates[[f for f in features if f != "year_offset"]].astype(float).copy()
    x["year_offset"] = np.asarray(years, dtype=float) - YEAR0 if np.ndim(years) else float(years) - YEAR0
    return x[features]


def fit_fixed(kind: str, x: pd.DataFrame, n: np.ndarray, k: np.ndarray, seed: int = 0):
    """Fit the fixed part on district-year counts (``k`` affected of ``n`` measured) as weighted binomial rows."""
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.impute import SimpleImputer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    keep = n > 0
    x, n, k = x[keep], n[keep], k[keep]
    rows = pd.concat([x, x], ignore_index=True)
    label = np.r_[np.ones(len(x)), np.zeros(len(x))]
    weight = np.r_[k, n - k].astype(float)
    used = weight > 0
    rows, label, weight = rows[used], label[used], weight[used]
    if kind == "logistic":
        model = make_pipeline(
            SimpleImputer(strategy="median"), StandardScaler(), LogisticRegression(C=LOGISTIC_C, max_iter=2000)
        )
        return model.fit(rows, label, logisticregression__sample_weight=weight)
    if kind == "gbm":
        model = HistGradientBoostingClassifier(**BOOSTER_PARAMS, random_state=seed)
        return model.fit(rows, label, sample_weight=weight)
    raise ValueError(f"unknown kind {kind!r}")


def fixed_logit(model, x: pd.DataFrame) -> np.ndarray:
    """The fixed part's logit for each row of the design matrix."""
    return logit(model.predict_proba(x)[:, 1])


@dataclass
class Effects:
    """Shrunk area effects (logit scale) with their posterior variances, and the variance components."""

    effect: pd.Series
    variance: pd.Series
    tau2: float


def shrink(keys: pd.Series, n: np.ndarray, k: np.ndarray, offset: np.ndarray, min_n: int) -> Effects:
    """Empirical-Bayes area effects on the logit scale around the expected rates ``expit(offset)``.

    Each area's raw departure ``r = logit((k + ½)/(n + 1)) − logit(expected)`` has sampling variance
    ``v ≈ 1/((n + 1)·e·(1 − e))``; the between-area variance ``τ²`` is the mean of ``r² − v`` over areas with
    at least ``min_n`` children (method of moments, floored at 0.001); the effect is ``B·r`` with
    ``B = τ²/(τ² + v)`` and posterior variance ``B·v``. Areas with fewer than ``min_n`` children get no effect
    (left out of the result: their effect is 0 with variance τ²).
    """
    frame = pd.DataFrame({"key": keys.to_numpy(), "n": n, "k": k, "e": n * expit(offset)})
    sums = frame.groupby("key")[["n", "k", "e"]].sum()
    sums = sums[sums["n"] >= min_n]
    expected = np.clip(sums["e"] / sums["n"], EPS, 1 - EPS)
    raw = logit((sums["k"] + 0.5) / (sums["n"] + 1)) - logit(expected)
    v = 1.0 / ((sums["n"] + 1) * expected * (1 - expected))
    tau2 = float(max(np.mean(raw**2 - v) if len(raw) else 0.0, 1e-3))
    weight = tau2 / (tau2 + v)
    return Effects(pd.Series(weight * raw, index=sums.index), pd.Series(weight * v, index=sums.index), tau2)
