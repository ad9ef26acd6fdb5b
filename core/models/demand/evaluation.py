"""Rolling-origin evaluation with the Battle of Water Demand Forecasting metrics.

For each origin the forecaster sees only the hours before it. PI1 is the mean absolute error of the first 24
hours, PI2 their maximum absolute error, PI3 the mean absolute error of hours 25-168 (L/s); hours without a
reading are left out. Metrics are given per area and as the mean over areas, averaged over origins, next to the
seasonal-naive forecast (same hour last week), with the coverage of the prediction intervals.
"""

import time
import warnings
from collections.abc import Callable

import numpy as np
import pandas as pd

from ..common import noop_progress
from .features import DAY, WEEK
from .forecast import ForecastConfig, forecast, seasonal_naive, to_wide

METRICS = ("PI1", "PI2", "PI3")


def weekly_origins(start: str = "2022-01-03", end: str = "2023-03-20", hour: int = 0, weekday: int = 0) -> list:
    """Every week's ``weekday`` at ``hour`` from ``start`` to ``end`` (default: the Mondays 00:00 of 2022-2023
    whose following week is in the BWDF data)."""
    days = pd.date_range(start, end, freq="D")
    return [day + pd.Timedelta(hours=hour) for day in days if day.day_of_week == weekday]


def bwdf_metrics(actual: np.ndarray, predicted: np.ndarray) -> dict[str, np.ndarray]:
    """PI1, PI2, PI3 per area from (168, areas) arrays; NaN where an area has no reading in the window."""
    error = np.abs(np.asarray(actual, float) - np.asarray(predicted, float))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # an area without readings in a window gives NaN
        return {
            "PI1": np.nanmean(error[:DAY], axis=0),
            "PI2": np.nanmax(error[:DAY], axis=0),
            "PI3": np.nanmean(error[DAY:WEEK], axis=0),
        }


def rolling_origin(
    inflow: pd.DataFrame,
    weather: pd.DataFrame | None,
    origins: list,
    config: ForecastConfig | None = None,
    progress: Callable[[float, str], None] = noop_progress,
) -> dict:
    """Forecast from each origin, score against the readings, and summarise.

    Returns
    -------
    dict
        ``per_origin`` (list of rows: origin, area, model, PI1-3, coverage), ``summary`` (mean over origins and
        areas per model), ``per_area`` (model -> area -> metrics), ``coverage`` and ``seconds_per_origin``.
    """
    rows = []
    seconds = []
    areas = list(inflow.columns)
    for number, origin in enumerate(origins):
        progress(number / len(origins), f"origin {origin}")
        start = time.perf_counter()
        table = forecast(inflow, weather, origin, WEEK, config=config)
        seconds.append(time.perf_counter() - start)
        index = pd.date_range(origin, periods=WEEK, freq="h")
        actual = inflow.reindex(index).to_numpy(float)
        naive = seasonal_naive(inflow, origin).to_numpy()
        candidates = {"gbm": to_wide(table).to_numpy(float), "seasonal_naive": naive}
        for name, predicted in candidates.items():
            metrics = bwdf_metrics(actual, predicted)
            for i, area in enumerate(areas):
                rows.append({"origin": str(origin), "area": area, "model": name, **{m: metrics[m][i] for m in METRICS}})
        for coverage in (80, 95):
            low = to_wide(table, f"lower_{coverage}").to_numpy(float)
            high = to_wide(table, f"upper_{coverage}").to_numpy(float)
            seen = ~np.isnan(actual)
            inside = (actual >= low) & (actual <= high)
            for i, area in enumerate(areas):
                rows.append(
                    {
                        "origin": str(origin),
                        "area": area,
                        "model": f"interval_{coverage}",
                        "coverage": float(inside[:, i][seen[:, i]].mean()) if seen[:, i].any() else np.nan,
                        "width": float(np.nanmean((high - low)[:, i])),
                    }
                )
    return summarise(pd.DataFrame(rows), seconds)


def summarise(per_origin: pd.DataFrame, seconds: list[float]) -> dict:
    """Mean over origins per area, then mean over areas, per model; interval coverage."""
    scored = per_origin[per_origin["model"].isin(["gbm", "seasonal_naive"])]
    per_area = scored.groupby(["model", "area"], sort=False)[list(METRICS)].mean()
    summary = per_area.groupby(level="model").mean()
    intervals = per_origin[per_origin["model"].str.startswith("interval")]
    coverage = intervals.groupby("model")[["coverage", "width"]].mean()
    return {
        "origins": int(per_origin["origin"].nunique()),
        "summary": {m: {k: round(float(v), 4) for k, v in row.items()} for m, row in summary.iterrows()},
        "per_area": {
            m: {a: {k: round(float(v), 4) for k, v in row.items()} for (_, a), row in group.iterrows()}
            for m, group in per_area.groupby(level="model")
        },
        "coverage": {m: {k: round(float(v), 4) for k, v in row.items()} for m, row in coverage.iterrows()},
        "seconds_per_origin": round(float(np.mean(seconds)), 2) if seconds else None,
        "per_origin": per_origin,
    }
