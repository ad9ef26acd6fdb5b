"""Rolling-origin evaluation of the Keras LSTM forecaster and the autoencoder leak detector on the BWDF benchmark.

The LSTM, the gradient-boosting forecaster (``forecast``), their mean (the blend) and seasonal-naive are scored
with the BWDF metrics on the same weekly origins, each fitted only on the hours before its origin; the
autoencoder and the minimum-night-flow detector are run on the same injected leaks. The gradient-boosting
forecasts are cached in the temporary folder (they do not change while the LSTM is being developed).

python -m core.models.demand.keras_eval --out models/demand/keras_results.json  # every third Monday: 22 origins
python -m core.models.demand.keras_eval --out /tmp/keras.json --origins 4 --no-leaks      # a quick look
"""

import argparse
import hashlib
import json
import logging
import sys
import tempfile
import time
from dataclasses import asdict
from pathlib import Path

import numpy as np
import pandas as pd

from ..artifacts import write_text_atomic
from ..common import noop_progress
from .anomalies import DetectorConfig, leak_benchmark
from .autoencoder import AutoencoderConfig, combined_leak_benchmark
from .evaluation import METRICS, bwdf_metrics, weekly_origins
from .features import BWDF_CALENDAR, WEEK
from .forecast import ForecastConfig, forecast, seasonal_naive, to_wide
from .lstm import LstmConfig, lstm_forecast
from .series import load_bwdf

LOG = logging.getLogger("aguaperu")
CACHE = Path(tempfile.gettempdir()) / "aguaperu_gbm_forecasts"
MODELS = ("lstm", "gbm", "blend", "seasonal_naive")
DETECTORS = ("autoencoder", "night_flow", "both", "either")


def gbm_forecast(inflow: pd.DataFrame, weather: pd.DataFrame, origin: pd.Timestamp, config: ForecastConfig):
    """The gradient-boosting forecast (wide) from ``origin``, read from the cache when it was computed before with
    the same configuration; the seconds it took (0 when cached)."""
    key = hashlib.sha256(json.dumps(config.to_dict(), sort_keys=True, default=str).encode()).hexdigest()[:12]
    path = CACHE / f"gbm_{key}_{origin:%Y%m%d%H}.csv"
    if path.is_file():
        wide = pd.read_csv(path, index_col=0, parse_dates=True)
        return wide[list(inflow.columns)], 0.0
    start = time.perf_counter()
    wide = to_wide(forecast(inflow, weather, origin, WEEK, config=config))
    seconds = time.perf_counter() - start
    CACHE.mkdir(parents=True, exist_ok=True)
    write_text_atomic(path, wide.to_csv())
    return wide, seconds


def _summary(rows: pd.DataFrame) -> dict:
    """Mean over origins per area, then over areas, per model."""
    per_area = rows.groupby(["model", "area"], sort=False)[list(METRICS)].mean()
    summary = per_area.groupby(level="model", sort=False).mean()
    return {m: {k: round(float(v), 4) for k, v in row.items()} for m, row in summary.iterrows()}


def forecasts(
    inflow: pd.DataFrame,
    weather: pd.DataFrame,
    origins: list,
    lstm_config: LstmConfig,
    gbm_config: ForecastConfig,
    progress=noop_progress,
) -> dict:
    """Rolling origin for the LSTM, gradient boosting, their mean (blend) and seasonal-naive.

    Returns
    -------
    dict
        ``summary`` (model -> PI1-3, mean over origins and areas), ``per_origin`` (model -> list of mean-over-areas
        metrics per origin) and ``seconds_per_origin`` (LSTM fit and forecast; gradient boosting when not cached).
    """
    rows, lstm_seconds, gbm_seconds = [], [], []
    areas = list(inflow.columns)
    for number, origin in enumerate(origins):
        progress(number / len(origins), f"origin {origin}")
        start = time.perf_counter()
        lstm = to_wide(lstm_forecast(inflow, weather, origin, WEEK, config=lstm_config)).to_numpy(float)
        lstm_seconds.append(time.perf_counter() - start)
        gbm, seconds = gbm_forecast(inflow, weather, origin, gbm_config)
        if seconds:
            gbm_seconds.append(seconds)
        gbm = gbm.to_numpy(float)
        actual = inflow.reindex(pd.date_range(origin, periods=WEEK, freq="h")).to_numpy(float)
        naive = seasonal_naive(inflow, origin).to_numpy()
        candidates = dict(zip(MODELS, (lstm, gbm, (lstm + gbm) / 2, naive), strict=True))
        for name, predicted in candidates.items():
            metrics = bwdf_metrics(actual, predicted)
            for i, area in enumerate(areas):
                rows.append({"origin": str(origin), "area": area, "model": name, **{m: metrics[m][i] for m in METRICS}})
        LOG.info("%s: %s", origin, {m: round(float(np.nanmean(v)), 3) for m, v in bwdf_metrics(actual, lstm).items()})
    frame = pd.DataFrame(rows)
    per_origin = frame.groupby(["model", "origin"], sort=False)[list(METRICS)].mean().round(4)
    return {
        "origins": [str(o) for o in origins],
        "summary": _summary(frame),
        "per_origin": {
            m: [{"origin": o, **row.to_dict()} for (_, o), row in group.iterrows()]
            for m, group in per_origin.groupby(level="model", sort=False)
        },
        "seconds_per_origin": {
            "lstm": round(float(np.mean(lstm_seconds)), 1),
            "gbm": round(float(np.mean(gbm_seconds)), 1) if gbm_seconds else None,
        },
    }


def leaks(inflow: pd.DataFrame, config: AutoencoderConfig, seed: int = 1, leaks_per_area: int = 20) -> dict:
    """The injected-leak benchmark for the autoencoder and the night-flow detector (same leaks), and
    ``anomalies.leak_benchmark`` itself as a check that the leaks and rules are the same."""
    start = time.perf_counter()
    result = combined_leak_benchmark(inflow, share=0.10, leaks_per_area=leaks_per_area, seed=seed, config=config)
    result["seconds"] = round(time.perf_counter() - start, 1)
    reference = leak_benchmark(inflow, share=0.10, leaks_per_area=leaks_per_area, seed=seed)
    result["leak_benchmark_night_flow"] = {k: v for k, v in reference.items() if k != "per_area"}
    return result


def evaluate(
    every: int = 3,
    n_origins: int | None = None,
    with_leaks: bool = True,
    with_forecasts: bool = True,
    progress=noop_progress,
) -> dict:
    """Forecasts on every ``every``-th weekly Monday origin (the first ``n_origins``) and the leak benchmark."""
    inflow, weather = load_bwdf()
    origins = weekly_origins()[::every][:n_origins]
    lstm_config = LstmConfig(calendar=dict(BWDF_CALENDAR))
    gbm_config = ForecastConfig(calendar=dict(BWDF_CALENDAR))
    result = {
        "protocol": (
            f"rolling origin, {len(origins)} weekly origins (every {every} Monday 00:00 from 2022-01-03), 168 h "
            "each, every model fitted only on the hours before its origin; BWDF metrics in L/s (PI1 MAE of hours "
            "1-24, PI2 max abs error of hours 1-24, PI3 MAE of hours 25-168), mean over origins per area, then "
            "over areas; blend = mean of the LSTM and gradient-boosting forecasts"
        ),
        "lstm_config": lstm_config.to_dict(),
    }
    if with_forecasts:
        result["forecast"] = forecasts(inflow, weather, origins, lstm_config, gbm_config, progress)
    if with_leaks:
        config = AutoencoderConfig()
        result["leaks"] = {
            "protocol": (
                "anomalies.leak_benchmark's injected leaks (10 % of the area's mean flow from a random hour "
                "2021-06-01 .. 2023-02-28, never repaired, 20 per area, seed 1; settings chosen on seed 0): "
                "detected when a period starts within 21 days after the leak start; false alarms on the series "
                "as recorded, per area and 30-day month; autoencoder settings in autoencoder_config; the "
                "night-flow detector with its default settings"
            ),
            "autoencoder_config": config.to_dict(),
            "night_flow_config": asdict(DetectorConfig()),
            **leaks(inflow, config),
        }
    return result


def _log_progress(fraction: float, message: str) -> None:
    LOG.info("%3d %% %s", round(fraction * 100), message)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m core.models.demand.keras_eval", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--out", required=True, help="JSON file to write")
    parser.add_argument("--every", type=int, default=3, help="use every n-th weekly Monday origin (default 3)")
    parser.add_argument("--origins", type=int, default=None, help="only the first n of those origins")
    parser.add_argument("--no-leaks", action="store_true", help="skip the leak benchmark")
    parser.add_argument("--no-forecasts", action="store_true", help="only the leak benchmark")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    result = evaluate(args.every, args.origins, not args.no_leaks, not args.no_forecasts, _log_progress)
    write_text_atomic(Path(args.out), json.dumps(result, indent=2) + "\n")
    if "forecast" in result:
        print(json.dumps(result["forecast"]["summary"]))
    if "leaks" in result:
        print(json.dumps({name: result["leaks"][name] for name in DETECTORS}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
