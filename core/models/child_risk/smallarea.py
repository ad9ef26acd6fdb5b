"""Small-area estimates of one outcome for every district or province in a given year.

``logit p(area, year) = fixed part(area, year) + province effect (+ district effect)``: the fixed part from
``estimators.fit_fixed`` (for a province: the population-weighted mean of its districts' rates), the effects
shrunk by ``estimators.shrink`` from every survey year. The 90 % interval adds to the effects' posterior
variance an extra variance for the fixed part's error and the change of an area between years, calibrated
out of time (``calibrate_extra``).
"""

from dataclasses import dataclass

import numpy as np
import pandas as pd
from scipy.stats import norm

from ...io.child_welfare import MIN_CELL
from .estimators import Effects, design, expit, fit_fixed, fixed_logit, logit, shrink
from .privacy import usable_rows
from .survey import OUTCOMES

LEVEL = 0.90
CALIBRATION_YEARS = 2
Z90 = float(norm.ppf(0.5 + LEVEL / 2))


NESTING = {"department": 2, "province": 4, "district": 6}  # UBIGEO prefix of each level of area effects


@dataclass
class AreaEffects:
    """Shrunk effects of departments, provinces within departments and districts within provinces."""

    levels: dict[str, Effects]
    prior_tau2: dict[str, float] | None = None  # without survey records: each level's between-area variance

    def total(self, ubigeo: pd.Series, down_to: str) -> tuple[pd.Series, pd.Series]:
        """Sum of the effects (and of their variances) of the nested areas of each code, down to a level."""
        effect = pd.Series(0.0, index=ubigeo.index)
        variance = pd.Series(0.0, index=ubigeo.index)
        for name, width in NESTING.items():
            if name in self.levels:
                key = ubigeo.str[:width]
                effect += key.map(self.levels[name].effect).fillna(0.0)
                variance += key.map(self.levels[name].variance).fillna(self.levels[name].tau2)
            else:  # no survey: no area effect, its whole between-area variance in the interval
                variance += (self.prior_tau2 or {}).get(name, 0.0)
            if name == down_to:
                break
        return effect, variance


def count_offsets(model, features: list[str], covariates: pd.DataFrame, counts: pd.DataFrame) -> np.ndarray:
    """The fixed part's logit for each district-year row of ``counts`` (NaN where the district is unknown)."""
    rows = counts[["ubigeo", "year"]].merge(covariates, on="ubigeo", how="left")
    return fixed_logit(model, design(rows, features, rows["year"].to_numpy()))


def area_effects(counts: pd.DataFrame, outcome: str, offset: np.ndarray, min_cell: int = MIN_CELL) -> AreaEffects:
    """Department effects around the fixed part, then provinces around both, then districts around all three.

    Privacy: only rows of cells of at least ``min_cell`` children inform the effects (``privacy.usable_rows``),
    and an area with fewer than ``min_cell`` of them gets no effect of its own, so that no estimate depends on
    the survey through fewer children than a published cell may hold.
    """
    n_col, k_col = OUTCOMES[outcome]
    usable = usable_rows(counts, n_col, min_cell)
    counts, offset = counts[usable], np.asarray(offset, dtype=float)[usable]
    n, k = counts[n_col].to_numpy(float), counts[k_col].to_numpy(float)
    levels: dict[str, Effects] = {}
    shifted = np.asarray(offset, dtype=float).copy()
    for name, width in NESTING.items():
        key = counts["ubigeo"].str[:width]
        levels[name] = shrink(key, n, k, shifted, min_cell)
        shifted = shifted + key.map(levels[name].effect).fillna(0.0).to_numpy()
    return AreaEffects(levels)


def estimate(
    model,
    features: list[str],
    covariates: pd.DataFrame,
    effects: AreaEffects,
    year: int,
    level: str,
    extra_var: float,
) -> pd.DataFrame:
    """Prevalence (%) of every district or province in ``year`` with its 90 % interval.

    Returns
    -------
    DataFrame
        ``ubigeo`` (6 digits for districts, 4 for provinces), ``pct, lo90, hi90, logit, variance, fixed_pct``.
    """
    fixed = fixed_logit(model, design(covariates, features, year))
    if level == "province":
        provinces = covariates["ubigeo"].str[:4].to_numpy()
        weight = covariates["population"].fillna(covariates["population"].median()).clip(lower=1.0).to_numpy()
        rate = pd.Series(expit(fixed) * weight).groupby(provinces).sum() / pd.Series(weight).groupby(provinces).sum()
        keys = rate.index.to_series().reset_index(drop=True)
        base = logit(rate.to_numpy())
    else:
        keys = covariates["ubigeo"].reset_index(drop=True)
        base = fixed
    effect, variance = effects.total(keys, level)
    value = base + effect.to_numpy()
    total_variance = variance.to_numpy() + extra_var
    spread = Z90 * np.sqrt(total_variance)
    return pd.DataFrame(
        {
            "ubigeo": keys.to_numpy(),
            "pct": 100 * expit(value),
            "lo90": 100 * expit(value - spread),
            "hi90": 100 * expit(value + spread),
            "logit": value,
            "variance": total_variance,
            "fixed_pct": 100 * expit(base),
        }
    )


def fit(
    kind: str,
    features: list[str],
    covariates: pd.DataFrame,
    counts: pd.DataFrame,
    outcome: str,
    min_cell: int = MIN_CELL,
    seed: int = 0,
):
    """The fixed part fitted on ``counts`` (all its years) and the area effects around it.

    Areas with fewer than ``min_cell`` measured children get no effect of their own (see ``area_effects``).
    """
    n_col, k_col = OUTCOMES[outcome]
    rows = counts[["ubigeo", "year"]].merge(covariates, on="ubigeo", how="left")
    known = rows[features[:-1]].notna().any(axis=1).to_numpy()
    x = design(rows[known], features, rows.loc[known, "year"].to_numpy())
    model = fit_fixed(kind, x, counts[n_col].to_numpy()[known], counts[k_col].to_numpy()[known], seed)
    effects = area_effects(counts, outcome, count_offsets(model, features, covariates, counts), min_cell)
    return model, effects


def observed(counts: pd.DataFrame, outcome: str, level: str) -> pd.DataFrame:
    """Measured and affected children per area (internal: small cells; publish only through ``privacy``)."""
    n_col, k_col = OUTCOMES[outcome]
    key = counts["ubigeo"].str[:4] if level == "province" else counts["ubigeo"]
    sums = counts.groupby(key.to_numpy())[[n_col, k_col]].sum()
    return pd.DataFrame({"ubigeo": sums.index, "n": sums[n_col].to_numpy(), "k": sums[k_col].to_numpy()})


def calibrate_extra(
    kind: str,
    features: list[str],
    covariates: pd.DataFrame,
    counts: pd.DataFrame,
    outcome: str,
    level: str = "province",
    min_n: int = 60,
    min_cell: int = MIN_CELL,
    seed: int = 0,
) -> float:
    """Extra logit variance so that 90 % of areas of a survey year, predicted from the years before, are covered.

    Each of the last ``CALIBRATION_YEARS`` survey years is predicted from the years before it. For each area
    with at least ``min_n`` children that year, the extra variance its observed prevalence needs to fall inside
    the predictive interval (posterior variance + the survey's binomial sampling variance + extra) is
    ``(residual/z)² − posterior − sampling``; the extra variance is the ⌈(m + 1)·0.9⌉-th smallest of them
    (split conformal), floored at 0.
    """
    years = sorted(counts["year"].unique())
    needed = []
    for year in years[-CALIBRATION_YEARS:]:
        earlier, later = counts[counts["year"] < year], counts[counts["year"] == year]
        model, effects = fit(kind, features, covariates, earlier, outcome, min_cell, seed)
        predicted = estimate(model, features, covariates, effects, int(year), level, 0.0)
        needed.append(required_extra(predicted, observed(later, outcome, level), min_n))
    needed = np.sort(np.concatenate(needed))
    rank = min(int(np.ceil((len(needed) + 1) * LEVEL)), len(needed)) - 1
    return float(max(needed[rank], 0.0)) if len(needed) else 0.0


def required_extra(predicted: pd.DataFrame, truth: pd.DataFrame, min_n: int) -> np.ndarray:
    """Per area with ``min_n`` children: the extra logit variance its observed prevalence needs to be covered."""
    truth = truth[truth["n"] >= min_n].merge(predicted, on="ubigeo")
    rate = np.clip(expit(truth["logit"]), 1e-3, 1 - 1e-3)
    sampling = 1.0 / (truth["n"] * rate * (1 - rate))
    residual = logit((truth["k"] + 0.5) / (truth["n"] + 1)) - truth["logit"]
    return ((residual / Z90) ** 2 - (truth["variance"] + sampling)).to_numpy()


def predictive_coverage(predicted: pd.DataFrame, truth: pd.DataFrame, min_n: int) -> float:
    """Share of areas (``min_n`` children or more) whose observed prevalence falls in the predictive interval."""
    needed = required_extra(predicted, truth, min_n)
    return float(np.mean(needed <= 0)) if len(needed) else float("nan")
