"""Features for direct multi-horizon demand forecasting: one row per (forecast origin, hour ahead, area).

Everything a row holds is known at its origin: flows of the weeks before (the same hour 1-4 weeks back; the
same hour of the last observed day; the median and mean of the same hour over the last days of the same class,
working day, Saturday or Sunday/holiday, and the last hours against that profile), the level and trend of the
last day and week, the calendar of the target
hour (day type with public holidays) and the weather at the target hour (observed in the benchmark, a weather
forecast in operation). Flows are divided by the area's mean flow of the week before the origin, so that one
model serves areas of 5 and of 80 L/s.
"""

import warnings
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
import pandas as pd

WEEK = 168
DAY = 24
LAG_WEEKS = (1, 2, 3, 4)
WEATHER = ("rain", "temperature", "humidity", "windspeed")
# the BWDF areas are in Italy: the city's patron saint day (3 November) is a local holiday, as the benchmark says
BWDF_CALENDAR = {"country": "IT", "extra_days": ((11, 3),)}
PERU_CALENDAR = {"country": "PE", "extra_days": ()}
HISTORY_HOURS = WEEK * max(LAG_WEEKS)
PROFILE_SEARCH_DAYS = 42  # days searched back for the last days of the same class


def holiday_flags(
    index: pd.DatetimeIndex, country: str = "PE", extra_days: Iterable[tuple[int, int]] = ()
) -> np.ndarray:
    """True for the hours of a public holiday of ``country`` (``holidays`` package) or of a (month, day) in
    ``extra_days``.

    Raises
    ------
    MissingDependencyError
        When the ``holidays`` package is not installed.
    """
    try:
        import holidays
    except ModuleNotFoundError as error:
        if (error.name or "").split(".")[0] != "holidays":
            raise
        from ...errors import MissingDependencyError

        raise MissingDependencyError(
            "The water demand forecast needs the Python package holidays (public holidays by country), which is "
            "not installed: install it with AguaPerú's dependency installer or 'pip install holidays'.",
            code="forecast_needs_package",
            package="holidays",
            fix="Install the Python package holidays.",
        ) from error

    calendar = holidays.country_holidays(country, years=sorted(set(index.year)))
    days = pd.DatetimeIndex(sorted(pd.Timestamp(day) for day in calendar))
    flags = index.normalize().isin(days)
    for month, day in extra_days:
        flags |= (index.month == month) & (index.day == day)
    return np.asarray(flags)


@dataclass
class Calendar:
    """Hourly calendar on the series grid (extended over the forecast horizon)."""

    hour: np.ndarray
    day_type: np.ndarray  # 0-6 Monday-Sunday, 7 public holiday
    day_of_year: np.ndarray

    @classmethod
    def build(cls, index: pd.DatetimeIndex, country: str = "PE", extra_days: Iterable[tuple[int, int]] = ()):
        day_type = np.where(holiday_flags(index, country, extra_days), 7, index.day_of_week)
        return cls(np.asarray(index.hour), day_type.astype(float), np.asarray(index.day_of_year, dtype=float))


def feature_names(weather_columns: Iterable[str], profile: bool = True) -> list[str]:
    """Feature names in model order (``profile``: with the same-day-class profile features)."""
    names = ["area", "horizon", "hour", "day_type", "day_type_week_before", "season_sin", "season_cos"]
    names += [f"lag_{k}w" for k in LAG_WEEKS] + ["lag_median", "lag_last_day", "last_hour", "last_day_mean"]
    names += ["last_day_vs_week_before", "lag_1w_day_mean", "last_hour_vs_week_before", "last_6h_vs_week_before"]
    if profile:
        names += ["profile_median", "profile_mean", "last_3h_vs_profile", "last_hour_vs_profile"]
    for column in weather_columns:
        names += [column, f"{column}_vs_week_before"]
    if "rain" in weather_columns:
        names += ["rain_24h"]
    if "temperature" in weather_columns:
        names += ["temperature_24h"]
    return names


def _rolling_sum(values: np.ndarray, window: int) -> np.ndarray:
    filled = np.nan_to_num(values)
    cumulative = np.concatenate([[0.0], np.cumsum(filled)])
    out = np.full(len(values), np.nan)
    out[window - 1 :] = cumulative[window:] - cumulative[:-window]
    return out


def day_class(day_type: np.ndarray) -> np.ndarray:
    """0 for a working day, 1 for a Saturday, 2 for a Sunday or a public holiday."""
    return np.where(day_type <= 4, 0, np.where(day_type == 5, 1, 2))


def class_profile(
    flows: np.ndarray, day_type: np.ndarray, positions: np.ndarray, origin_of: np.ndarray, days: int
) -> tuple[np.ndarray, np.ndarray]:
    """Median and mean flow at the same hour of the last ``days`` days of the same class (working day, Saturday,
    Sunday or holiday) strictly before each position's origin, searched over the last ``PROFILE_SEARCH_DAYS`` days;
    (positions, areas) each, NaN when none was read."""
    n_hours = len(flows)
    candidates = positions[:, None] - DAY * np.arange(1, PROFILE_SEARCH_DAYS + 1)[None, :]
    seen = (candidates >= 0) & (candidates < np.minimum(origin_of, n_hours)[:, None])
    candidates = np.where(seen, candidates, 0)
    classes = day_class(day_type)
    seen &= classes[candidates] == classes[positions][:, None]
    chosen = seen & (np.cumsum(seen, axis=1) <= days)
    values = flows[candidates].astype(np.float32)  # (positions, days searched, areas)
    values[~chosen] = np.nan
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # no day of the class read: NaN on purpose
        return np.nanmedian(values, axis=1).astype(float), np.nanmean(values, axis=1).astype(float)


def build_rows(
    flows: np.ndarray,
    weather: pd.DataFrame | None,
    calendar: Calendar,
    origins: np.ndarray,
    horizon: int,
    profile_days: int = 0,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Feature matrix for every (origin, hour ahead, area).

    Parameters
    ----------
    flows:
        (hours, areas) flows on the hourly grid; NaN where missing; may end before the horizon.
    weather:
        Weather on the same grid extended over the horizon (columns from ``WEATHER``), or None.
    calendar:
        Calendar on the grid extended over the horizon.
    origins:
        Row positions of the first forecast hour of each origin (each >= ``HISTORY_HOURS``).
    horizon:
        Hours ahead (at most one week: every lag is then observed at the origin).
    profile_days:
        Days of the same class in the profile features (``class_profile``); 0: no profile features.

    Returns
    -------
    x, target, level, target_position, profile
        x has ``feature_names`` columns; ``target`` is flow / level (NaN past the data or where missing);
        ``level`` the area's mean flow of the week before the origin; ``profile`` the same-day-class median
        profile in L/s (NaN without profile features); rows are ordered origin, hour, area.
    """
    n_hours, n_areas = flows.shape
    origins = np.asarray(origins, dtype=int)
    steps = np.arange(horizon)
    target_pos = (origins[:, None] + steps[None, :]).ravel()  # (origins * horizon)
    origin_of = np.repeat(origins, horizon)
    step_of = np.tile(steps, len(origins))

    def at(positions: np.ndarray) -> np.ndarray:
        inside = (positions >= 0) & (positions < n_hours)
        out = np.full((len(positions), n_areas), np.nan)
        out[inside] = flows[positions[inside]]
        return out

    with np.errstate(invalid="ignore", divide="ignore"), warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # all-missing windows give NaN on purpose
        week = np.stack([np.nanmean(flows[o - WEEK : o], axis=0) for o in origins])  # (origins, areas)
        month = np.stack([np.nanmean(flows[o - HISTORY_HOURS : o], axis=0) for o in origins])
        week = np.where(np.isnan(week), month, week)  # a week without readings: the level of the last four
        last_day = np.stack([np.nanmean(flows[o - DAY : o], axis=0) for o in origins])
        day_before_week = np.stack([np.nanmean(flows[o - DAY - WEEK : o - WEEK], axis=0) for o in origins])
    level = np.repeat(week, horizon, axis=0)
    columns: list[np.ndarray] = []

    def add(values: np.ndarray) -> None:
        columns.append(values.reshape(len(target_pos), -1) if values.ndim > 1 else values)

    area = np.tile(np.arange(n_areas, dtype=float), (len(target_pos), 1))
    add(area)
    broadcast = np.ones((1, n_areas))
    add(step_of[:, None] * broadcast)
    add(calendar.hour[target_pos, None] * broadcast)
    add(calendar.day_type[target_pos, None] * broadcast)
    add(calendar.day_type[target_pos - WEEK, None] * broadcast)
    angle = 2 * np.pi * calendar.day_of_year[target_pos] / 365.25
    add(np.sin(angle)[:, None] * broadcast)
    add(np.cos(angle)[:, None] * broadcast)
    with np.errstate(invalid="ignore", divide="ignore"), warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        lags = [at(target_pos - WEEK * k) / level for k in LAG_WEEKS]
        for lag in lags:
            add(lag)
        add(np.nanmedian(np.stack(lags), axis=0))
        add(at(target_pos - DAY * (step_of // DAY + 1)) / level)
        add(at(origin_of - 1) / level)
        add(np.repeat(last_day, horizon, axis=0) / level)
        add(np.repeat(last_day / day_before_week, horizon, axis=0))
        week_day_mean = np.stack(
            [
                np.nanmean(flows[max(o + d * DAY - WEEK, 0) : o + (d + 1) * DAY - WEEK], axis=0)
                for o in origins
                for d in range(-(-horizon // DAY))
            ]
        )
        day_index = np.arange(len(origins))[:, None] * -(-horizon // DAY) + steps[None, :] // DAY
        add(week_day_mean[day_index.ravel()] / level)
        add(np.repeat(flows[origins - 1] / flows[origins - 1 - WEEK], horizon, axis=0))
        last_6h = np.stack(
            [np.nanmean(flows[o - 6 : o], axis=0) / np.nanmean(flows[o - 6 - WEEK : o - WEEK], axis=0) for o in origins]
        )
        add(np.repeat(last_6h, horizon, axis=0))
        profile = np.full((len(target_pos), n_areas), np.nan)
        if profile_days:
            profile, profile_mean = class_profile(flows, calendar.day_type, target_pos, origin_of, profile_days)
            add(profile / level)
            add(profile_mean / level)
            # nowcast: the last hours against their own profile
            last = (origins[:, None] - np.arange(1, 4)[None, :]).ravel()
            last_profile, _ = class_profile(flows, calendar.day_type, last, np.repeat(origins, 3), profile_days)
            observed = flows[last].reshape(len(origins), 3, n_areas)
            last_profile = last_profile.reshape(len(origins), 3, n_areas)
            add(np.repeat(np.nanmean(observed, axis=1) / np.nanmean(last_profile, axis=1), horizon, axis=0))
            add(np.repeat(observed[:, 0] / last_profile[:, 0], horizon, axis=0))
    if weather is not None:
        values = {c: weather[c].to_numpy(dtype=float) for c in weather.columns}
        for series in values.values():
            add(series[target_pos, None] * broadcast)
            add((series[target_pos] - series[target_pos - WEEK])[:, None] * broadcast)
        if "rain" in values:
            add(_rolling_sum(values["rain"], DAY)[target_pos, None] * broadcast)
        if "temperature" in values:
            add((_rolling_sum(values["temperature"], DAY) / DAY)[target_pos, None] * broadcast)
    x = np.stack([c.ravel() for c in columns], axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        target = (at(target_pos) / level).ravel()
    return x, target, level.ravel(), np.repeat(target_pos, n_areas), profile.ravel()
