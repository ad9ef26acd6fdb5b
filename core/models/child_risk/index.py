"""The child-risk index: a weighted mean of percentile ranks of four district (or province) indicators.

``child_risk_index = 100 · Σ wᵢ · rankᵢ / Σ wᵢ`` where ``rankᵢ`` is the area's percentile rank (0-1, ties
averaged) among the areas of its level for indicator ``i``: stunting, anaemia, monetary poverty and the share of
the population served by high-risk water systems. An area without a value for an indicator gets the middle
rank (0.5) for it and is listed in ``index_missing``. 0 is the least at risk, 100 the most.
"""

import numpy as np
import pandas as pd

WEIGHTS = {"stunting_pct": 0.3, "anemia_pct": 0.3, "poverty_pct": 0.2, "water_risk_pct": 0.2}
LABELS = {"stunting_pct": "stunting", "anemia_pct": "anaemia", "poverty_pct": "poverty", "water_risk_pct": "water risk"}
DRIVER_RANK = 0.75  # an indicator is a driver of an area's index when its percentile rank reaches this


def percentile_ranks(frame: pd.DataFrame, weights: dict[str, float] = WEIGHTS) -> pd.DataFrame:
    """Percentile rank (0-1) of each indicator of ``weights``; 0.5 where the indicator is missing."""
    ranks = pd.DataFrame(index=frame.index)
    for column in weights:
        values = pd.to_numeric(frame[column], errors="coerce") if column in frame else pd.Series(np.nan, frame.index)
        ranks[column] = values.rank(pct=True, method="average").fillna(0.5)
    return ranks


def driver_ranks(ranks: pd.DataFrame) -> list[list[tuple[str, int]]]:
    """The drivers of each row of ``ranks`` (from ``percentile_ranks``) as structured data: (indicator column,
    percentile 0-100) of every indicator ranked at least ``DRIVER_RANK``, highest first. ``drivers`` writes them
    as text (``"anaemia p92; stunting p81"``); the plugin writes them in the user's language."""
    return [
        [(c, round(100 * r)) for c, r in row.sort_values(ascending=False).items() if r >= DRIVER_RANK]
        for _, row in ranks.iterrows()
    ]


def child_risk_index(frame: pd.DataFrame, weights: dict[str, float] = WEIGHTS) -> pd.DataFrame:
    """The index, its drivers and the indicators it had to do without, for every row of ``frame``.

    Returns
    -------
    DataFrame
        Same index as ``frame``: ``child_risk_index`` (0-100, one decimal), ``drivers`` (indicators with a
        percentile rank of at least 75 %, highest first, e.g. ``"anaemia p92; stunting p81"``) and
        ``index_missing`` (indicators missing for the area, blank when none).
    """
    total = float(sum(weights.values()))
    ranks = percentile_ranks(frame, weights)
    index = sum(ranks[c] * w for c, w in weights.items()) / total
    drivers = ["; ".join(f"{LABELS.get(c, c)} p{p}" for c, p in area) for area in driver_ranks(ranks)]
    missing = [", ".join(c for c in weights if c not in frame or pd.isna(frame.at[i, c])) for i in frame.index]
    return pd.DataFrame(
        {"child_risk_index": np.round(100 * index, 1), "drivers": drivers, "index_missing": missing}, index=frame.index
    )


def sensitivity(frame: pd.DataFrame, weights: dict[str, float] = WEIGHTS, change: float = 0.5) -> dict:
    """How the index moves when each weight changes by ±``change`` (relative), and under equal weights.

    Returns
    -------
    dict
        ``variants``: for each variant, the Spearman rank correlation with the index and the share of the
        top-decile areas that stay in the top decile; ``min_spearman`` and ``min_top_decile_kept`` over them.
    """
    from scipy.stats import spearmanr

    base = child_risk_index(frame, weights)["child_risk_index"]
    variants = {
        f"{c} x{1 + s * change:g}": {**weights, c: w * (1 + s * change)} for c, w in weights.items() for s in (-1, 1)
    }
    variants["equal weights"] = dict.fromkeys(weights, 1.0)
    variants["without water risk"] = {c: w for c, w in weights.items() if c != "water_risk_pct"}
    top = base >= base.quantile(0.9)
    result = {}
    for name, variant in variants.items():
        other = child_risk_index(frame, variant)["child_risk_index"]
        kept = (other[top] >= other.quantile(0.9)).mean()
        result[name] = {
            "spearman": round(float(spearmanr(base, other)[0]), 4),
            "top_decile_kept": round(float(kept), 3),
        }
    return {
        "change": change,
        "areas": int(len(frame)),
        "variants": result,
        "min_spearman": min(v["spearman"] for v in result.values()),
        "min_top_decile_kept": min(v["top_decile_kept"] for v in result.values()),
    }
