"""Hourly demand forecast per area for the week ahead, fitted at run time on the history before the origin.

The model is the mean of scikit-learn histogram gradient-boosting regressors across areas (direct strategy: the
hour ahead is a feature, every row only uses what is known at its origin; see ``features``), trained on
pseudo-origins every ``origin_step`` hours before the origin; one predicts the flow divided by the area's level of
the week before the origin, the other the flow divided by its same-day-class profile (``targets``). Prediction
intervals come from the errors of a first fit (``interval_targets``) on the history before the last
``calibration_weeks`` weeks, measured on those weeks (split conformal), per area and hour-ahead block, scaled by
the area's level; the point forecast comes from the final fits on all the history.
"""

import logging
import warnings
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace

import numpy as np
import pandas as pd

from ...errors import CancelledError, InputError
from ..common import never_cancelled, noop_progress
from .features import BWDF_CALENDAR, DAY, HISTORY_HOURS, PERU_CALENDAR, WEATHER, WEEK, Calendar, build_rows

LOG = logging.getLogger("aguaperu")
MIN_TRAINING_WEEKS = 4
LEVELS = (0.8, 0.95)
MODELS = ("gbm", "seasonal_naive")
__all__ = ["BWDF_CALENDAR", "PERU_CALENDAR", "ForecastConfig", "forecast", "seasonal_naive", "to_wide"]


@dataclass
class ForecastConfig:
    """Hyper-parameters of the gradient-boosting forecaster (the bundled configuration is in the model card)."""

    origin_step: int = 84
    max_history_weeks: int = 104
    max_iter: int = 120
    learning_rate: float = 0.1
    max_leaf_nodes: int = 63
    min_samples_leaf: int = 40
    l2_regularization: float = 1.0
    loss: str = "absolute_error"
    blend_losses: tuple = ()
    clean_sigmas: float = 0.0
    calibration_weeks: int = 8
    interval_inflation: float = 1.15
    use_weather: bool = True
    profile_days: int = 8
    targets: tuple = ("level", "profile")
    interval_targets: tuple = ("level",)
    half_life_weeks: float = 0.0
    seed: int = 0
    threads: int = 1
    calendar: dict = field(default_factory=lambda: dict(PERU_CALENDAR))

    def to_dict(self) -> dict:
        return asdict(self)


def default_origin(flows: pd.DataFrame) -> pd.Timestamp:
    """The forecast origin when none is chosen: midnight after the last full day of readings (the last reading
    at 23:00: the next midnight; else the midnight that began the last, incomplete day)."""
    readings = flows.dropna(how="all")
    if readings.empty:
        raise InputError("The flows hold no reading.", code="no_flow_readings", fix="choose a table of hourly flows")
    return (readings.index[-1] + pd.Timedelta(hours=1)).floor("D")


def _check_origin(flows: pd.DataFrame, origin: pd.Timestamp, horizon: int) -> pd.Timestamp:
    if not 1 <= horizon <= WEEK:
        raise InputError(
            f"The horizon must be between 1 and {WEEK} hours (got {horizon}).",
            code="bad_horizon",
            horizon=horizon,
            maximum=WEEK,
        )
    if origin != origin.floor("h"):
        raise InputError(
            f"The origin {origin} must be on the hour.",
            code="origin_not_on_hour",
            origin=f"{origin:%Y-%m-%d %H:%M}",
            hour=f"{origin.floor('h'):%Y-%m-%d %H:%M}",
        )
    history = flows.loc[: origin - pd.Timedelta(hours=1)]
    needed = HISTORY_HOURS + MIN_TRAINING_WEEKS * WEEK
    if len(history) < needed or history.notna().any(axis=1).sum() < needed // 2:
        message = (
            f"Forecasting from {origin} needs at least {needed // WEEK} weeks of hourly flows before it "
            f"({len(history)} hours are given)."
        )
        earliest = flows.index[0] + pd.Timedelta(hours=needed)
        if origin < earliest <= flows.index[-1] + pd.Timedelta(hours=1):  # a later origin within the data helps
            raise InputError(
                message,
                code="origin_too_early",
                origin=f"{origin:%Y-%m-%d %H:%M}",
                weeks=needed // WEEK,
                hours=len(history),
                earliest=f"{earliest:%Y-%m-%d %H:%M}",
                fix="give a longer history or a later origin",
            )
        raise InputError(
            message,
            code="short_history_weeks",
            origin=f"{origin:%Y-%m-%d %H:%M}",
            weeks=needed // WEEK,
            hours=len(history),
            fix="give a longer history or a later origin",
        )
    if origin > flows.index[-1] + pd.Timedelta(hours=1):
        raise InputError(
            f"The origin {origin} is after the hour following the last reading ({flows.index[-1]}).",
            code="origin_after_data",
            origin=f"{origin:%Y-%m-%d %H:%M}",
            last=f"{flows.index[-1]:%Y-%m-%d %H:%M}",
            latest=f"{flows.index[-1] + pd.Timedelta(hours=1):%Y-%m-%d %H:%M}",
            fix=f"use an origin at most {flows.index[-1] + pd.Timedelta(hours=1)}",
        )
    return origin


def seasonal_naive(inflow: pd.DataFrame, origin: str | pd.Timestamp, horizon: int = WEEK) -> pd.DataFrame:
    """The same hour one week earlier (wide: one row per hour, one column per area)."""
    origin = pd.Timestamp(origin)
    index = pd.date_range(origin, periods=horizon, freq="h")
    last_week = inflow.reindex(index - pd.Timedelta(hours=WEEK))
    last_week.index = index
    return last_week


def _weather_on(grid: pd.DatetimeIndex, weather: pd.DataFrame | None, horizon_index: pd.DatetimeIndex):
    if weather is None:
        return None
    columns = [c for c in WEATHER if c in weather.columns]
    if not columns:
        return None
    on_grid = weather[columns].reindex(grid)
    on_grid = on_grid.interpolate(limit=6, limit_area="inside")
    covered = on_grid.loc[horizon_index].notna().mean()
    columns = [c for c in columns if covered[c] >= 0.9]
    if not columns:
        LOG.info("weather does not cover the forecast hours: forecasting without weather")
        return None
    return on_grid[columns]


def _regressor(config: ForecastConfig):
    from sklearn.ensemble import HistGradientBoostingRegressor

    return HistGradientBoostingRegressor(
        loss=config.loss,
        max_iter=config.max_iter,
        learning_rate=config.learning_rate,
        max_leaf_nodes=config.max_leaf_nodes,
        min_samples_leaf=config.min_samples_leaf,
        l2_regularization=config.l2_regularization,
        categorical_features=[0],
        early_stopping=False,
        random_state=config.seed,
    )


class _Blend:
    """The mean, in L/s, of regressors fitted with different losses and targets (flow divided by a scale: the
    level of the week before the origin, or the same-day-class profile)."""

    def __init__(self, models: list, targets: list, threads: int) -> None:
        self.models = models
        self.targets = targets
        self.threads = threads

    def predict(self, x: np.ndarray, scales: dict) -> np.ndarray:
        from threadpoolctl import threadpool_limits

        with threadpool_limits(limits=self.threads, user_api="openmp"):
            return np.mean([m.predict(x) * scales[t] for m, t in zip(self.models, self.targets, strict=True)], axis=0)


def _fit(x, flow, scales, weights, config):
    """Fit one regressor per target scale and loss on OpenMP ``config.threads`` threads (one by default: on a
    machine whose cores are busy, OpenMP threads waiting for each other make a fit several times slower)."""
    from threadpoolctl import threadpool_limits

    models, targets = [], []
    with threadpool_limits(limits=config.threads, user_api="openmp"):
        for name in config.targets:
            with np.errstate(invalid="ignore", divide="ignore"):
                target = flow / scales[name]
            keep = np.isfinite(target)
            for loss in (config.loss, *config.blend_losses):
                model = _regressor(replace(config, loss=loss))
                model.fit(x[keep], target[keep], sample_weight=None if weights is None else weights[keep])
                models.append(model)
                targets.append(name)
    return _Blend(models, targets, config.threads)


def _scales(level: np.ndarray, profile: np.ndarray) -> dict:
    """Target scales: the level, and the profile where it is positive (the level elsewhere)."""
    usable = np.isfinite(profile) & (profile > 0)
    return {"level": level, "profile": np.where(usable, profile, level)}


def clean_outliers(flows: np.ndarray, sigmas: float) -> np.ndarray:
    """Flows with readings far from the same hour of the surrounding weeks set to missing.

    A reading is an outlier when it differs from the median of the same hour 1-4 weeks before and after by more
    than ``sigmas`` robust standard deviations (1.4826 x the median absolute deviation of those differences,
    per area).
    """
    if not sigmas:
        return flows
    n = len(flows)
    neighbours = []
    for k in (-4, -3, -2, -1, 1, 2, 3, 4):
        shifted = np.full_like(flows, np.nan)
        lo, hi = max(0, -k * WEEK), min(n, n - k * WEEK)
        shifted[lo:hi] = flows[lo + k * WEEK : hi + k * WEEK]
        neighbours.append(shifted)
    with np.errstate(invalid="ignore"), warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        reference = np.nanmedian(np.stack(neighbours), axis=0)
        deviation = flows - reference
        scale = 1.4826 * np.nanmedian(np.abs(deviation), axis=0)
        outlier = np.abs(deviation) > sigmas * scale
    return np.where(outlier, np.nan, flows)


def _weights(origins: np.ndarray, origin: int, config: ForecastConfig, horizon: int, n_areas: int):
    if not config.half_life_weeks:
        return None
    age_weeks = (origin - origins) / WEEK
    return np.repeat(0.5 ** (age_weeks / config.half_life_weeks), horizon * n_areas)


def _blocks(horizon: int) -> np.ndarray:
    """Hour-ahead blocks for the interval widths: the first day, then each following day."""
    return np.minimum(np.arange(horizon) // DAY, 6)


def forecast(
    inflow: pd.DataFrame,
    weather: pd.DataFrame | None,
    origin: str | pd.Timestamp,
    horizon: int = WEEK,
    model: str = "gbm",
    config: ForecastConfig | None = None,
    levels: tuple[float, ...] = LEVELS,
    progress: Callable[[float, str], None] = noop_progress,
    is_cancelled: Callable[[], bool] = never_cancelled,
) -> pd.DataFrame:
    """Forecast each area's hourly flow from ``origin`` for ``horizon`` hours, with prediction intervals.

    Parameters
    ----------
    inflow:
        Hourly flows (wall-clock hourly index, one column per area), e.g. from ``series.read_inflow``. Only the
        hours strictly before ``origin`` are used.
    weather:
        Hourly weather (rain, temperature, humidity, windspeed) covering the history and the forecast hours
        (observed or forecast), or None.
    origin:
        First forecast hour.
    horizon:
        Hours ahead, 1-168.
    model:
        ``"gbm"`` (gradient boosting) or ``"seasonal_naive"`` (same hour last week; no intervals).
    config:
        Hyper-parameters; the calendar (country of the public holidays) is part of it. Default: Peru.
    levels:
        Central coverage of the prediction intervals.
    progress, is_cancelled:
        Progress callback ``(fraction, message)`` and cancellation check.

    Returns
    -------
    DataFrame
        Long table: ``timestamp``, ``area``, ``forecast`` and ``lower_80``, ``upper_80``, ``lower_95``,
        ``upper_95`` (one pair per level) in L/s.

    Raises
    ------
    InputError
        Bad horizon or origin, or too short a history.
    CancelledError
        When ``is_cancelled()`` turns true.
    """
    if model not in MODELS:
        raise InputError(
            f"Unknown model '{model}'; use one of {', '.join(MODELS)}.",
            code="unknown_forecast_model",
            model=str(model),
            choices=", ".join(MODELS),
        )
    config = config or ForecastConfig()
    origin = _check_origin(inflow, pd.Timestamp(origin), horizon)
    horizon_index = pd.date_range(origin, periods=horizon, freq="h")
    if model == "seasonal_naive":
        return _long(seasonal_naive(inflow, origin, horizon).to_numpy(), None, inflow.columns, horizon_index, levels)
    start = max(inflow.index[0], origin - pd.Timedelta(hours=WEEK * config.max_history_weeks + HISTORY_HOURS))
    grid = pd.date_range(start, horizon_index[-1], freq="h")
    flows = inflow.loc[start : origin - pd.Timedelta(hours=1)].reindex(grid).to_numpy(dtype=float)
    flows = clean_outliers(flows, config.clean_sigmas)
    weather_grid = _weather_on(grid, weather, horizon_index) if config.use_weather else None
    calendar = Calendar.build(grid, **config.calendar)
    at = len(grid) - horizon
    n_areas = flows.shape[1]
    pseudo = np.arange(at - config.origin_step, HISTORY_HOURS + WEEK - 1, -config.origin_step)[::-1]
    progress(0.05, "features")
    days = config.profile_days  # without profile features the "profile" target falls back to the level
    x, target, level, _, profile = build_rows(flows, weather_grid, calendar, pseudo, horizon, days)
    x_now, _, level_now, _, profile_now = build_rows(flows, weather_grid, calendar, np.array([at]), horizon, days)
    flow = target * level
    scales, scales_now = _scales(level, profile), _scales(level_now, profile_now)
    weights = _weights(pseudo, at, config, horizon, n_areas)
    rows_per_origin = horizon * n_areas
    # a short history keeps two thirds of its pseudo-origins to fit the interval model
    calibration_weeks = min(config.calibration_weeks, max(1, (at - pseudo[0]) // WEEK // 3))
    calibration_start = at - calibration_weeks * WEEK
    calibrating = np.repeat(pseudo >= calibration_start, rows_per_origin)
    before = np.repeat(pseudo + horizon <= calibration_start, rows_per_origin)
    if _cancelled(is_cancelled):
        raise CancelledError("Forecast cancelled.")
    progress(0.2, "fitting the interval model")
    first = _fit(
        x[before],
        flow[before],
        {k: v[before] for k, v in scales.items()},
        _subset(weights, before),
        replace(config, targets=config.interval_targets),
    )
    fitted = first.predict(x[calibrating], {k: v[calibrating] for k, v in scales.items()})
    residuals = ((flow[calibrating] - fitted) / level[calibrating]).reshape(-1, horizon, n_areas)
    if _cancelled(is_cancelled):
        raise CancelledError("Forecast cancelled.")
    progress(0.55, "fitting the forecast model")
    final = _fit(x, flow, scales, weights, config)
    point = final.predict(x_now, scales_now).reshape(horizon, n_areas)
    progress(0.95, "intervals")
    residuals = residuals * config.interval_inflation
    bounds = _interval_bounds(residuals, level_now.reshape(horizon, n_areas), point, levels)
    return _long(point, bounds, inflow.columns, horizon_index, levels)


def _subset(weights: np.ndarray | None, rows: np.ndarray) -> np.ndarray | None:
    return None if weights is None else weights[rows]


def _cancelled(is_cancelled: Callable[[], bool]) -> bool:
    return bool(is_cancelled())


def _interval_bounds(residuals: np.ndarray, level: np.ndarray, point: np.ndarray, levels) -> dict:
    """Empirical residual quantiles per area and hour-ahead block (normalised by the level), around the point."""
    horizon = point.shape[0]
    blocks = _blocks(residuals.shape[1])[:horizon]
    bounds = {}
    for coverage in levels:
        low_q, high_q = (1 - coverage) / 2, 1 - (1 - coverage) / 2
        low = np.zeros_like(point)
        high = np.zeros_like(point)
        for block in np.unique(blocks):
            chosen = residuals[:, _blocks(residuals.shape[1]) == block, :].reshape(-1, residuals.shape[2])
            with np.errstate(invalid="ignore"):
                lo, hi = np.nanquantile(chosen, [low_q, high_q], axis=0)
            rows = blocks == block
            low[rows] = point[rows] + lo * level[rows]
            high[rows] = point[rows] + hi * level[rows]
        bounds[coverage] = (np.maximum(low, 0), high)
    return bounds


def _long(point, bounds, areas, index, levels) -> pd.DataFrame:
    horizon, n_areas = point.shape
    table = pd.DataFrame(
        {
            "timestamp": np.repeat(index, n_areas),
            "area": np.tile(np.asarray(areas, dtype=object), horizon),
            "forecast": np.maximum(point.ravel(), 0),
        }
    )
    for coverage in levels:
        name = round(coverage * 100)
        low, high = bounds[coverage] if bounds else (np.full_like(point, np.nan), np.full_like(point, np.nan))
        table[f"lower_{name}"] = low.ravel()
        table[f"upper_{name}"] = high.ravel()
    return table


def to_wide(table: pd.DataFrame, column: str = "forecast") -> pd.DataFrame:
    """One row per hour, one column per area (in the input's order), from ``forecast``'s long table."""
    areas = list(dict.fromkeys(table["area"]))
    wide = table.pivot(index="timestamp", columns="area", values=column)[areas]
    wide.columns.name = None
    return wide
