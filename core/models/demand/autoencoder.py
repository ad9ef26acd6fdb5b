"""Leak and anomaly detection with a Keras autoencoder on daily flow profiles.

Each day of each area is a 24-hour profile divided by the area's usual level (the median daily mean flow of the
``level_days`` days before; or by the day's own mean, ``normalise="day"``). A dense autoencoder, one for all
areas, learns the usual profiles from the days before; the day's score is its reconstruction residual, by
default signed and averaged over the night hours (a leak adds a constant flow, which the usual profiles explain
worst at night), or the mean absolute residual (``error="mae"``). The score is compared with the median of the
area's scores over the previous ``baseline_days`` days, scaled by their robust spread (1.4826 x MAD), and the
same one-sided CUSUM as the minimum-night-flow detector (``anomalies``) turns the daily values into anomalous
periods with start, end and score. The autoencoder is refitted every ``refit_days`` days on the
``max_train_days`` days before (walk-forward: a day is always scored by a model fitted before it).

``find_anomalies(flows, method=...)`` runs the minimum-night-flow detector, the autoencoder, or both and returns
``anomalies.detect``'s table either way.
"""

import warnings
from dataclasses import asdict, dataclass

import numpy as np
import pandas as pd

from ...errors import InputError
from .anomalies import DetectorConfig, _cusum, inject_leak
from .anomalies import detect as night_flow_detect
from .keras_setup import import_keras

DAY = 24
COLUMNS = ["area", "start", "end", "score", "excess_flow", "detector"]
METHODS = ("night_flow", "autoencoder", "both", "either")


@dataclass
class AutoencoderConfig:
    """Settings of the autoencoder detector, chosen on the injected leaks of seed 0 (``keras_eval``).

    The code is one number: a wider code learns to reproduce a raised night too (on seed 0, a code of 3 found
    about half of the leaks, a code of 1 86 %); the CUSUM settings are the night-flow detector's.
    """

    min_train_days: int = 90
    max_train_days: int = 365
    refit_days: int = 28
    hidden: int = 16
    code_size: int = 1
    epochs: int = 40
    batch_size: int = 64
    learning_rate: float = 0.003
    error: str = "night"
    normalise: str = "rolling"
    level_days: int = 28
    night_hours: tuple[int, ...] = (1, 2, 3, 4, 5)
    baseline_days: int = 28
    min_baseline_days: int = 14
    slack: float = 0.5
    threshold: float = 3.0
    seed: int = 0
    threads: int = 1

    def to_dict(self) -> dict:
        return asdict(self)


def daily_shapes(
    flows: pd.DataFrame, normalise: str = "day", level_days: int = 28
) -> tuple[np.ndarray, np.ndarray, pd.DatetimeIndex]:
    """Per day and area: the 24 hourly flows divided by the day's mean (``normalise="day"``) or by the median
    daily mean of the ``level_days`` days before (``"rolling"``), NaN for a day missing more than 3 hours; and
    the day's mean flow. Arrays (days, areas, 24) and (days, areas), and the days."""
    days = pd.date_range(flows.index[0].normalize(), flows.index[-1].normalize(), freq="D")
    hourly = flows.reindex(pd.date_range(days[0], days[-1] + pd.Timedelta(hours=DAY - 1), freq="h"))
    values = hourly.to_numpy(float).reshape(len(days), DAY, flows.shape[1]).transpose(0, 2, 1)
    missing = np.isnan(values).sum(axis=2)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # a day without readings gives NaN on purpose
        mean = np.nanmean(values, axis=2)
        filled = np.where(np.isnan(values), mean[..., None], values)
        usable = (missing <= 3) & (mean > 0)
        mean[~usable] = np.nan
        if normalise == "rolling":
            level = pd.DataFrame(mean).shift(1).rolling(level_days, min_periods=level_days // 4).median().to_numpy()
        else:
            level = mean
        shapes = filled / level[..., None]
    shapes[~(usable & (level > 0))] = np.nan
    return shapes, mean, days


def _fit(keras, shapes: np.ndarray, config: AutoencoderConfig):
    layers = keras.layers
    model = keras.Sequential(
        [
            keras.Input(shape=(DAY,)),
            layers.Dense(config.hidden, activation="tanh"),
            layers.Dense(config.code_size),
            layers.Dense(config.hidden, activation="tanh"),
            layers.Dense(DAY),
        ]
    )
    model.compile(optimizer=keras.optimizers.Adam(config.learning_rate), loss="mae")
    centred = (shapes - 1.0).astype("float32")
    model.fit(centred, centred, epochs=config.epochs, batch_size=config.batch_size, shuffle=True, verbose=0)
    return model


class WalkForward:
    """Autoencoders refitted every ``refit_days`` days, each on the (clean) days before its block."""

    def __init__(self, shapes: np.ndarray, config: AutoencoderConfig) -> None:
        self.config = config
        keras = import_keras(config.seed, config.threads)
        self.blocks: list[tuple[int, int, object]] = []
        n_days = len(shapes)
        for first in range(config.min_train_days, n_days, config.refit_days):
            window = shapes[max(0, first - config.max_train_days) : first].reshape(-1, DAY)
            window = window[np.isfinite(window).all(axis=1)]
            if len(window) < config.min_train_days:
                continue
            self.blocks.append((first, min(first + config.refit_days, n_days), _fit(keras, window, config)))

    def errors(self, shapes: np.ndarray, from_day: int = 0, known: np.ndarray | None = None) -> np.ndarray:
        """Daily reconstruction errors (days, areas) of ``shapes`` (days, areas, 24); NaN before the first model.
        With ``known``, only the days from ``from_day`` are recomputed, the others are copied from it."""
        out = np.full(shapes.shape[:2], np.nan) if known is None else known.copy()
        night = np.isin(np.arange(DAY), self.config.night_hours)
        for first, last, model in self.blocks:
            if last <= from_day:
                continue
            first = max(first, from_day)
            block = shapes[first:last]
            rows = block.reshape(-1, DAY)
            usable = np.isfinite(rows).all(axis=1)
            residual = np.full_like(rows, np.nan)
            if usable.any():
                centred = (rows[usable] - 1.0).astype("float32")
                residual[usable] = centred - np.asarray(model(centred, training=False))
            if self.config.error == "night":  # signed: a leak raises the night against the day
                value = residual[:, night].mean(axis=1)
            else:
                value = np.abs(residual).mean(axis=1)
            out[first:last] = value.reshape(block.shape[:2])
        return out


def _periods(errors: np.ndarray, mean: np.ndarray, days: pd.DatetimeIndex, areas, config) -> pd.DataFrame:
    """Robust daily scores, CUSUM and the anomalous periods of each area."""
    rows = []
    for i, area in enumerate(areas):
        error = pd.Series(errors[:, i], index=days)
        level = pd.Series(mean[:, i], index=days)
        window = {"window": config.baseline_days, "min_periods": config.min_baseline_days}
        baseline = error.shift(1).rolling(**window).median()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)
            scale = np.maximum(1.4826 * (error.shift(1) - baseline).abs().rolling(**window).median(), 1e-6)
            usual = level.shift(1).rolling(**window).median()
        score = ((error - baseline) / scale).to_numpy()
        cusum, alarm = _cusum(score, config.slack, config.threshold)
        starts = np.flatnonzero(alarm & ~np.r_[False, alarm[:-1]])
        ends = np.flatnonzero(alarm & ~np.r_[alarm[1:], False])
        for first, last in zip(starts, ends, strict=True):
            excess = (level - usual).iloc[first : last + 1]
            rows.append(
                {
                    "area": area,
                    "start": days[first] + pd.Timedelta(days=1),  # the day's profile is complete at its end
                    "end": days[last] + pd.Timedelta(days=1),
                    "score": float(cusum[first : last + 1].max()),
                    "excess_flow": float(excess.mean()),
                    "detector": "autoencoder",
                }
            )
    return pd.DataFrame(rows, columns=COLUMNS)


def detect(flows: pd.DataFrame, config: AutoencoderConfig | None = None) -> pd.DataFrame:
    """Anomalous periods of every area (column) of an hourly inflow table, from the autoencoder.

    Parameters
    ----------
    flows:
        Hourly flows, wall-clock index, one column per area (``series.read_inflow``); at least
        ``min_train_days`` days before the first day that can be flagged.
    config:
        Detector settings.

    Returns
    -------
    DataFrame
        As ``anomalies.detect``: ``area``, ``start`` (end of the first alarm day, when its profile is complete),
        ``end``, ``score`` (highest CUSUM, robust standard deviations), ``excess_flow`` (mean daily flow above
        the median of the days before, L/s) and ``detector`` (``"autoencoder"``).

    Raises
    ------
    InputError
        No hourly index, too short a series, or TensorFlow not installed.
    """
    if not isinstance(flows.index, pd.DatetimeIndex):
        raise InputError("The flows need an hourly DatetimeIndex.", code="flows_without_time_index")
    config = config or AutoencoderConfig()
    shapes, mean, days = daily_shapes(flows, config.normalise, config.level_days)
    if len(days) <= config.min_train_days:
        raise InputError(
            f"The autoencoder needs more than {config.min_train_days} days of hourly flows ({len(days)} given).",
            code="short_history_days",
            needed=config.min_train_days + 1,
            given=len(days),
            fix="give a longer history or use method='night_flow'",
        )
    errors = WalkForward(shapes, config).errors(shapes)
    return _periods(errors, mean, days, flows.columns, config)


def _overlapping(left: pd.DataFrame, right: pd.DataFrame) -> np.ndarray:
    """For each period of ``left``: whether a period of ``right`` in the same area overlaps it."""
    found = np.zeros(len(left), dtype=bool)
    for i, row in enumerate(left.itertuples()):
        same = right[right["area"] == row.area]
        found[i] = bool(((same["start"] <= row.end) & (same["end"] >= row.start)).any())
    return found


def find_anomalies(
    flows: pd.DataFrame,
    method: str = "night_flow",
    night_flow: DetectorConfig | None = None,
    autoencoder: AutoencoderConfig | None = None,
) -> pd.DataFrame:
    """Anomalous periods from the minimum-night-flow detector, the autoencoder, or both.

    Parameters
    ----------
    method:
        ``"night_flow"`` (``anomalies.detect``), ``"autoencoder"`` (``detect``), ``"both"`` (the night-flow
        periods that an autoencoder period overlaps) or ``"either"`` (the periods of both detectors).

    Returns
    -------
    DataFrame
        ``anomalies.detect``'s table; ``detector`` says which detector found each period.
    """
    if method not in METHODS:
        raise InputError(
            f"Unknown method '{method}'; use one of {', '.join(METHODS)}.",
            code="unknown_anomaly_method",
            method=str(method),
            choices=", ".join(METHODS),
        )
    if method == "night_flow":
        return night_flow_detect(flows, night_flow)
    learned = detect(flows, autoencoder)
    if method == "autoencoder":
        return learned
    statistical = night_flow_detect(flows, night_flow)
    if method == "both":
        return statistical[_overlapping(statistical, learned)].reset_index(drop=True)
    return pd.concat([statistical, learned], ignore_index=True).sort_values(["area", "start"], ignore_index=True)


def _first_after(periods: pd.DataFrame, area, leak_start: pd.Timestamp, stop: pd.Timestamp):
    chosen = periods[(periods["area"] == area) & (periods["start"] >= leak_start) & (periods["start"] <= stop)]
    return chosen["start"].min() if len(chosen) else None


def _rates(found: list, delays: list, false_alarms: int, months: float, n_areas: int) -> dict:
    return {
        "detection_rate": round(float(np.mean(found)), 3),
        "false_alarms_per_area_month": round(float(false_alarms / (months * n_areas)), 3),
        "median_delay_hours": round(float(np.median(delays)), 1) if delays else None,
        "mean_delay_hours": round(float(np.mean(delays)), 1) if delays else None,
    }


def combined_leak_benchmark(
    flows: pd.DataFrame,
    share: float = 0.10,
    leaks_per_area: int = 20,
    start: str = "2021-06-01",
    end: str = "2023-02-28",
    window_days: int = 21,
    seed: int = 0,
    config: AutoencoderConfig | None = None,
    night_flow: DetectorConfig | None = None,
) -> dict:
    """The injected-leak benchmark of ``anomalies.leak_benchmark`` (the same leaks for the same seed, the same
    rules) for the autoencoder, the night-flow detector, and their combinations.

    The autoencoders are fitted once, walk-forward, on the series without injected leaks (a leak's days are never
    part of the fit, whereas in operation the refits after a leak would include them; with one model for all
    areas that is at most ``window_days`` days of one area in a year of all areas). ``both``: detected when both
    detectors start a period in the window (delay: the later), false alarms are the night-flow periods an
    autoencoder period overlaps; ``either``: detected by one or the other (delay: the earlier), false alarms are
    the periods of both.

    Returns
    -------
    dict
        Per detector (``autoencoder``, ``night_flow``, ``both``, ``either``): detection rate, false alarms per
        area-month, median and mean delay in hours; and the benchmark's settings.
    """
    config = config or AutoencoderConfig()
    rng = np.random.default_rng(seed)
    span = pd.date_range(start, end, freq="h")
    shapes, mean, days = daily_shapes(flows, config.normalise, config.level_days)
    models = WalkForward(shapes, config)
    errors = models.errors(shapes)
    after_start, last = pd.Timestamp(start), int((pd.Timestamp(end).normalize() - days[0]).days) + 1
    clean = {
        "autoencoder": _periods(errors[:last], mean[:last], days[:last], flows.columns, config),
        "night_flow": night_flow_detect(flows.loc[:end], night_flow),
    }
    clean = {k: v[v["start"] >= after_start].reset_index(drop=True) for k, v in clean.items()}
    outcome = {name: ([], []) for name in METHODS if name != "night_flow"} | {"night_flow": ([], [])}
    for column, area in enumerate(flows.columns):
        series = flows[area]
        size = share * series.mean()
        for leak_start in rng.choice(span, leaks_per_area, replace=False):
            leak_start = pd.Timestamp(leak_start)
            stop = leak_start + pd.Timedelta(days=window_days)
            leaked = inject_leak(series.loc[:stop], leak_start, size).to_frame(area)
            area_shapes, area_mean, area_days = daily_shapes(leaked, config.normalise, config.level_days)
            from_day = int((leak_start.normalize() - days[0]).days)
            known = errors[: len(area_days), column : column + 1]
            area_errors = models.errors(area_shapes, from_day, known)
            first = {
                "autoencoder": _first_after(
                    _periods(area_errors, area_mean, area_days, [area], config), area, leak_start, stop
                ),
                "night_flow": _first_after(night_flow_detect(leaked, night_flow), area, leak_start, stop),
            }
            hours = {k: None if v is None else (v - leak_start) / pd.Timedelta(hours=1) for k, v in first.items()}
            seen = [v for v in hours.values() if v is not None]
            hours["both"] = max(seen) if len(seen) == 2 else None
            hours["either"] = min(seen) if seen else None
            for name, delay in hours.items():
                outcome[name][0].append(delay is not None)
                if delay is not None:
                    outcome[name][1].append(delay)
    months = (pd.Timestamp(end) - after_start).days / 30
    false_alarms = {
        "autoencoder": len(clean["autoencoder"]),
        "night_flow": len(clean["night_flow"]),
        "both": int(_overlapping(clean["night_flow"], clean["autoencoder"]).sum()),
        "either": len(clean["autoencoder"]) + len(clean["night_flow"]),
    }
    result = {
        name: _rates(found, delays, false_alarms[name], months, flows.shape[1])
        for name, (found, delays) in outcome.items()
    }
    return {"share_of_mean_flow": share, "leaks": leaks_per_area * flows.shape[1], "seed": seed, **result}
