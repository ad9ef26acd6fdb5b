"""Hourly demand forecast for the week ahead with one Keras LSTM for all areas, fitted at run time before the origin.

One sample is one (pseudo-origin, area); pseudo-origins are every ``origin_step`` hours before the origin, at the
origin's hour of day, and every target is a reading before the origin. Flows are divided by the area's mean flow
of the week before the origin (its level), so that one model serves areas of 5 and of 80 L/s. The encoder is an
LSTM over the last ``input_days`` days, one step per day: the day's 24 hourly flows, its day class (working day,
Saturday, Sunday/holiday) and its mean weather. With the area (an embedding), the season and the last 48 hours
against their same-class profile (nowcast) it makes a context vector. One dense decoder, shared by the 168
forecast hours, takes the context and each hour's calendar, weather, hour ahead, same hour one week before and
median of one to four weeks before, and predicts the correction to a baseline: the same-day-class profile (the
median of the same hour over the last ``profile_days`` days of the same class; see ``features.class_profile``).
Direct strategy (the 168 hours at once), mean absolute error on the hours read, early stopping on the
pseudo-origins of the last ``validation_weeks`` weeks (best weights kept), fixed seeds, deterministic operations.
"""

import logging
import warnings
from collections.abc import Callable
from dataclasses import asdict, dataclass, field

import numpy as np
import pandas as pd

from ...errors import CancelledError
from ..common import never_cancelled, noop_progress
from .features import DAY, PERU_CALENDAR, WEATHER, WEEK, Calendar, class_profile, day_class
from .forecast import _check_origin
from .keras_setup import import_keras

LOG = logging.getLogger("aguaperu")
LAGS = 4  # weeks in the baseline (median of the same hour 1-4 weeks before)
RECENT = 48  # last hours compared with their same-class profile (nowcast)
__all__ = ["LstmConfig", "lstm_forecast"]


@dataclass
class LstmConfig:
    """Hyper-parameters of the LSTM forecaster."""

    input_days: int = 14
    origin_step: int = 24
    max_history_weeks: int = 104
    units: int = 64
    context_units: int = 32
    hidden: int = 64
    epochs: int = 40
    batch_size: int = 64
    learning_rate: float = 0.001
    activation: str = "gelu"
    dropout: float = 0.2
    patience: int = 5
    validation_weeks: int = 6
    profile_days: int = 8
    use_weather: bool = True
    seed: int = 0
    threads: int = 1
    calendar: dict = field(default_factory=lambda: dict(PERU_CALENDAR))

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class _Samples:
    past: np.ndarray  # (n, input_days, 24 + day features)
    future: np.ndarray  # (n, 168, hour features)
    baseline: np.ndarray  # (n, 168) flow / level
    area: np.ndarray  # (n,)
    season: np.ndarray  # (n, 2)
    recent: np.ndarray  # (n, RECENT) last hours against their same-class profile, minus one
    target: np.ndarray  # (n, 168) flow / level, NaN where unknown
    level: np.ndarray  # (n,)

    def inputs(self) -> list[np.ndarray]:
        return [self.past, self.future, self.baseline, self.area, self.season, self.recent]


def _weather(grid: pd.DatetimeIndex, weather: pd.DataFrame | None, history: slice) -> np.ndarray | None:
    """Weather on the grid, standardised on the history; None without weather covering the grid."""
    if weather is None:
        return None
    columns = [c for c in WEATHER if c in weather.columns]
    on_grid = weather[columns].reindex(grid).interpolate(limit=6, limit_area="inside")
    columns = [c for c in columns if on_grid[c].notna().mean() >= 0.9]
    if not columns:
        LOG.info("weather does not cover the forecast hours: forecasting without weather")
        return None
    values = on_grid[columns].to_numpy(float)
    mean, std = np.nanmean(values[history], axis=0), np.nanstd(values[history], axis=0)
    return np.clip(np.nan_to_num((values - mean) / np.where(std > 0, std, 1.0)), -5, 5)


class _Features:
    """Everything known on the hourly grid: flows (NaN from the origin on), calendar and weather."""

    def __init__(self, flows: np.ndarray, calendar: Calendar, weather: np.ndarray | None, profile_days: int) -> None:
        self.flows = flows
        self.day_type = calendar.day_type
        self.profile_days = profile_days
        classes = day_class(calendar.day_type)
        holiday = (calendar.day_type == 7).astype(float)
        hour_angle = 2 * np.pi * calendar.hour / DAY
        one_hot = np.eye(3)[classes]
        parts = [one_hot, holiday[:, None], np.sin(hour_angle)[:, None], np.cos(hour_angle)[:, None]]
        self.hourly = np.concatenate(parts + ([weather] if weather is not None else []), axis=1)
        day_parts = [one_hot, holiday[:, None]] + ([weather] if weather is not None else [])
        self.daily = np.concatenate(day_parts, axis=1)
        season = 2 * np.pi * calendar.day_of_year / 365.25
        self.season = np.c_[np.sin(season), np.cos(season)]

    def samples(self, origins: np.ndarray, input_days: int) -> _Samples:
        flows = self.flows
        n_areas = flows.shape[1]
        origins = np.asarray(origins, dtype=int)
        with warnings.catch_warnings(), np.errstate(invalid="ignore", divide="ignore"):
            warnings.simplefilter("ignore", RuntimeWarning)  # all-missing windows give NaN on purpose
            level = np.stack([np.nanmean(flows[o - WEEK : o], axis=0) for o in origins])  # (origins, areas)
            month = np.stack([np.nanmean(flows[o - LAGS * WEEK : o], axis=0) for o in origins])
            level = np.where(np.isfinite(level) & (level > 0), level, month)
            level = np.where(np.isfinite(level) & (level > 0), level, 1.0)
            steps = np.arange(WEEK)
            target_pos = origins[:, None] + steps[None, :]  # (origins, 168)
            lags = np.stack([flows[target_pos - k * WEEK] for k in range(1, LAGS + 1)])  # (lags, origins, 168, areas)
            lag_median = np.nanmedian(lags, axis=0) / level[:, None, :]
            baseline = lag_median
            if self.profile_days:
                origin_of = np.repeat(origins, WEEK)
                profile, _ = class_profile(flows, self.day_type, target_pos.ravel(), origin_of, self.profile_days)
                profile = profile.reshape(len(origins), WEEK, n_areas) / level[:, None, :]
                baseline = np.where(np.isnan(profile), lag_median, profile)
            recent_pos = (origins[:, None] - RECENT + np.arange(RECENT)[None, :]).ravel()
            recent_profile, _ = class_profile(
                flows, self.day_type, recent_pos, np.repeat(origins, RECENT), max(self.profile_days, 1)
            )
            recent = flows[recent_pos] / recent_profile - 1.0
            past_pos = origins[:, None] - input_days * DAY + np.arange(input_days * DAY)[None, :]
            past = flows[past_pos] / level[:, None, :]  # (origins, hours, areas)
            # a missing past hour: the median of that hour over the window, else the level
            by_hour = past.reshape(len(origins), input_days, DAY, n_areas)
            hour_median = np.nanmedian(by_hour, axis=1, keepdims=True)
            by_hour = np.where(np.isnan(by_hour), hour_median, by_hour)
        by_hour = np.nan_to_num(by_hour, nan=1.0)
        recent = np.clip(np.nan_to_num(recent.reshape(len(origins), RECENT, n_areas), nan=0.0), -2, 2)
        baseline = np.where(np.isnan(baseline), by_hour[:, -7:].mean(axis=1).repeat(7, axis=1)[:, :WEEK], baseline)
        inside = target_pos < len(flows)
        target = np.full((len(origins), WEEK, n_areas), np.nan)
        target[inside] = flows[target_pos[inside]]
        target = target / level[:, None, :]
        day_starts = past_pos[:, ::DAY]  # (origins, input_days)
        daily = np.stack([self.daily[row[:, None] + np.arange(DAY)].mean(axis=1) for row in day_starts])
        future = self.hourly[target_pos]  # (origins, 168, features)
        lag_1w = lags[0] / level[:, None, :]
        per_area = np.stack(
            [
                np.where(np.isnan(lag_median), baseline, lag_median),
                np.where(np.isnan(lag_1w), baseline, lag_1w),
                np.broadcast_to((steps / WEEK)[None, :, None], baseline.shape),
            ],
            axis=-1,
        )  # (origins, 168, areas, 3)
        # one sample per (origin, area): areas vary fastest
        past_seq = np.concatenate(
            [
                np.moveaxis(by_hour, 3, 1).reshape(len(origins) * n_areas, input_days, DAY),
                np.repeat(daily, n_areas, axis=0),
            ],
            axis=2,
        )
        return _Samples(
            past=past_seq.astype("float32"),
            future=np.concatenate(
                [np.repeat(future, n_areas, axis=0), np.moveaxis(per_area, 2, 1).reshape(-1, WEEK, 3)], axis=2
            ).astype("float32"),
            baseline=np.moveaxis(baseline, 2, 1).reshape(-1, WEEK).astype("float32"),
            area=np.tile(np.arange(n_areas), len(origins)).astype("int32"),
            season=np.repeat(self.season[origins], n_areas, axis=0).astype("float32"),
            target=np.moveaxis(target, 2, 1).reshape(-1, WEEK).astype("float32"),
            level=level.ravel(),
            recent=np.moveaxis(recent, 2, 1).reshape(-1, RECENT).astype("float32"),
        )


def _masked_mae(keras):
    def loss(packed, predicted):
        target, seen = packed[:, :WEEK], packed[:, WEEK:]
        error = keras.ops.abs(target - predicted) * seen
        return keras.ops.sum(error, axis=1) / keras.ops.maximum(keras.ops.sum(seen, axis=1), 1.0)

    return loss


def _network(keras, samples: _Samples, n_areas: int, config: LstmConfig):
    layers = keras.layers
    past = keras.Input(shape=samples.past.shape[1:], name="past")
    future = keras.Input(shape=samples.future.shape[1:], name="future")
    baseline = keras.Input(shape=(WEEK,), name="baseline")
    area = keras.Input(shape=(), dtype="int32", name="area")
    season = keras.Input(shape=(2,), name="season")
    recent = keras.Input(shape=(RECENT,), name="recent")
    encoded = layers.LSTM(config.units)(past)
    embedded = layers.Embedding(n_areas, 4)(area)
    context = layers.Concatenate()([encoded, embedded, season, recent])
    context = layers.Dense(config.context_units, activation=config.activation)(layers.Dropout(config.dropout)(context))
    # one decoder shared by the 168 hours: the context, the hour's calendar, weather, baseline and lags
    hourly = layers.Concatenate()([layers.RepeatVector(WEEK)(context), future, layers.Reshape((WEEK, 1))(baseline)])
    hidden = layers.Dense(config.hidden, activation=config.activation)(hourly)
    hidden = layers.Dense(config.hidden // 2, activation=config.activation)(hidden)
    correction = layers.Reshape((WEEK,))(layers.Dense(1, kernel_initializer="zeros")(hidden))
    output = layers.Add()([baseline, correction])
    model = keras.Model([past, future, baseline, area, season, recent], output)
    model.compile(optimizer=keras.optimizers.Adam(config.learning_rate), loss=_masked_mae(keras))
    return model


def _packed(target: np.ndarray) -> np.ndarray:
    seen = np.isfinite(target)
    return np.concatenate([np.where(seen, target, 0.0), seen], axis=1).astype("float32")


def lstm_forecast(
    inflow: pd.DataFrame,
    weather: pd.DataFrame | None,
    origin: str | pd.Timestamp,
    horizon: int = WEEK,
    config: LstmConfig | None = None,
    progress: Callable[[float, str], None] = noop_progress,
    is_cancelled: Callable[[], bool] = never_cancelled,
) -> pd.DataFrame:
    """Forecast each area's hourly flow from ``origin`` for ``horizon`` hours with a global LSTM.

    Parameters
    ----------
    inflow:
        Hourly flows (wall-clock hourly index, one column per area). Only the hours strictly before ``origin``
        are used.
    weather:
        Hourly weather (rain, temperature, humidity, windspeed) covering the history and the forecast hours, or
        None.
    origin:
        First forecast hour.
    horizon:
        Hours ahead, 1-168.
    config:
        Hyper-parameters; the calendar (country of the public holidays) is part of it. Default: Peru.
    progress, is_cancelled:
        Progress callback ``(fraction, message)`` and cancellation check (between epochs).

    Returns
    -------
    DataFrame
        Long table: ``timestamp``, ``area``, ``forecast`` (L/s), as ``forecast.forecast`` without intervals.

    Raises
    ------
    InputError
        Bad horizon or origin, too short a history, or TensorFlow not installed.
    CancelledError
        When ``is_cancelled()`` turns true.
    """
    config = config or LstmConfig()
    origin = _check_origin(inflow, pd.Timestamp(origin), horizon)
    keras = import_keras(config.seed, config.threads)
    needed = max(LAGS * WEEK, config.input_days * DAY)
    start = max(inflow.index[0], origin - pd.Timedelta(hours=WEEK * config.max_history_weeks + needed))
    grid = pd.date_range(start, origin + pd.Timedelta(hours=WEEK - 1), freq="h")
    flows = inflow.loc[start : origin - pd.Timedelta(hours=1)].reindex(grid).to_numpy(dtype=float)
    at = len(grid) - WEEK
    weather_grid = _weather(grid, weather, slice(0, at)) if config.use_weather else None
    features = _Features(flows, Calendar.build(grid, **config.calendar), weather_grid, config.profile_days)
    pseudo = np.arange(at - WEEK, needed - 1, -config.origin_step)[::-1]
    progress(0.05, "samples")
    train = features.samples(pseudo, config.input_days)
    now = features.samples(np.array([at]), config.input_days)
    n_areas = flows.shape[1]
    validating = np.repeat(pseudo >= at - WEEK - config.validation_weeks * WEEK, n_areas)
    keep = np.isfinite(train.target).mean(axis=1) >= 0.5
    fit_rows, check_rows = keep & ~validating, keep & validating
    model = _network(keras, train, n_areas, config)
    packed = _packed(train.target)
    inputs = train.inputs()

    class Progress(keras.callbacks.Callback):
        def on_epoch_end(self, epoch, logs=None):
            progress(0.1 + 0.85 * (epoch + 1) / config.epochs, f"epoch {epoch + 1}")
            if is_cancelled():
                raise CancelledError("Forecast cancelled.")

    if not check_rows.any():  # a short history: no weeks to spare, stop on the training loss
        fit_rows, check_rows = keep, keep
    stopping = keras.callbacks.EarlyStopping(patience=config.patience, restore_best_weights=True)
    model.fit(
        [x[fit_rows] for x in inputs],
        packed[fit_rows],
        validation_data=([x[check_rows] for x in inputs], packed[check_rows]),
        epochs=config.epochs,
        batch_size=config.batch_size,
        shuffle=True,
        callbacks=[stopping, Progress()],
        verbose=0,
    )
    ratio = model.predict(now.inputs(), verbose=0, batch_size=len(now.area))  # (areas, 168)
    point = np.maximum(ratio * now.level[:, None], 0).T[:horizon]
    index = pd.date_range(origin, periods=horizon, freq="h")
    return pd.DataFrame(
        {
            "timestamp": np.repeat(index, n_areas),
            "area": np.tile(np.asarray(inflow.columns, dtype=object), horizon),
            "forecast": point.ravel(),
        }
    )
