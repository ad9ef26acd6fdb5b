"""Leak and anomaly detection on hourly inflow: a robust minimum-night-flow (MNF) detector.

At night almost nobody draws water, so a new leak shows as a step in the minimum night flow. Each day's MNF (the
mean of the night hours) is compared with the median of the previous ``baseline_days`` days and scaled by their
robust spread (1.4826 x MAD); a one-sided CUSUM of that score raises an alarm when it exceeds ``threshold``;
the alarm lasts while the daily score stays above the slack, then the CUSUM restarts. Each alarm is one
anomalous period with its start, end and score (the highest CUSUM).
"""

import warnings
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ...errors import InputError

DAY = 24


@dataclass
class DetectorConfig:
    """Settings of the minimum-night-flow detector."""

    night_hours: tuple[int, ...] = (2, 3, 4)
    baseline_days: int = 28
    min_baseline_days: int = 14
    slack: float = 0.5
    threshold: float = 3.0
    min_scale_share: float = 0.01


def night_flow(flows: pd.Series, night_hours: tuple[int, ...] = (2, 3, 4)) -> pd.Series:
    """Mean flow of the night hours of each day (NaN when fewer than two of them were read)."""
    night = flows[flows.index.hour.isin(night_hours)]
    grouped = night.groupby(night.index.normalize())
    days = pd.date_range(flows.index[0].normalize(), flows.index[-1].normalize(), freq="D")
    return grouped.mean().where(grouped.count() >= min(2, len(night_hours))).reindex(days)


def night_scores(flows: pd.Series, config: DetectorConfig | None = None) -> pd.DataFrame:
    """Per day: MNF, its baseline (median of the previous days), robust scale, score and CUSUM."""
    config = config or DetectorConfig()
    mnf = night_flow(flows, config.night_hours)
    past = mnf.shift(1).rolling(config.baseline_days, min_periods=config.min_baseline_days)
    baseline = past.median()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        mad = (mnf.shift(1) - baseline).abs().rolling(config.baseline_days, min_periods=config.min_baseline_days)
        scale = np.maximum(1.4826 * mad.median(), config.min_scale_share * np.nanmean(flows.to_numpy(float)))
    score = (mnf - baseline) / scale
    cusum, alarm = _cusum(score.to_numpy(), config.slack, config.threshold)
    frame = {"mnf": mnf, "baseline": baseline, "scale": scale, "score": score, "cusum": cusum, "alarm": alarm}
    return pd.DataFrame(frame)


def _cusum(score: np.ndarray, slack: float, threshold: float) -> tuple[np.ndarray, np.ndarray]:
    """One-sided CUSUM; an alarm lasts while the daily score stays above ``slack``, then the sum restarts."""
    cusum = np.zeros(len(score))
    alarm = np.zeros(len(score), dtype=bool)
    running, raised = 0.0, False
    for i, value in enumerate(score):
        if np.isnan(value):
            cusum[i], alarm[i] = running, raised
            continue
        if raised and value <= slack:
            running, raised = 0.0, False
        running = max(0.0, running + value - slack)
        raised = raised or running > threshold
        cusum[i], alarm[i] = running, raised
    return cusum, alarm


def detect(flows: pd.DataFrame, config: DetectorConfig | None = None) -> pd.DataFrame:
    """Anomalous periods of every area (column) of an hourly inflow table.

    Parameters
    ----------
    flows:
        Hourly flows, wall-clock index, one column per area (``series.read_inflow``).
    config:
        Detector settings.

    Returns
    -------
    DataFrame
        One row per period: ``area``, ``start`` (the night hour of the first alarm day: when the alarm can be
        raised), ``end`` (end of the last alarm day),
        ``score`` (highest CUSUM in robust standard deviations), ``excess_flow`` (mean MNF above the baseline,
        L/s) and ``detector`` (``"night_flow"``).
    """
    if not isinstance(flows.index, pd.DatetimeIndex):
        raise InputError("The flows need an hourly DatetimeIndex.", code="flows_without_time_index")
    config = config or DetectorConfig()
    rows = []
    for area in flows.columns:
        scores = night_scores(flows[area], config)
        alarm = scores["alarm"].to_numpy()
        starts = np.flatnonzero(alarm & ~np.r_[False, alarm[:-1]])
        ends = np.flatnonzero(alarm & ~np.r_[alarm[1:], False])
        for first, last in zip(starts, ends, strict=True):
            window = scores.iloc[first : last + 1]
            rows.append(
                {
                    "area": area,
                    "start": scores.index[first] + pd.Timedelta(hours=max(config.night_hours)),
                    "end": scores.index[last] + pd.Timedelta(days=1),
                    "score": float(window["cusum"].max()),
                    "excess_flow": float((window["mnf"] - window["baseline"]).mean()),
                    "detector": "night_flow",
                }
            )
    columns = ["area", "start", "end", "score", "excess_flow", "detector"]
    return pd.DataFrame(rows, columns=columns)


def inject_leak(flows: pd.Series, start: pd.Timestamp, size: float, days: int | None = None) -> pd.Series:
    """A copy of ``flows`` with a constant extra flow ``size`` (L/s) from ``start`` (for ``days`` or to the end)."""
    leaked = flows.copy()
    end = leaked.index[-1] if days is None else start + pd.Timedelta(days=days)
    leaked.loc[start:end] += size
    return leaked


def leak_benchmark(
    flows: pd.DataFrame,
    share: float = 0.10,
    leaks_per_area: int = 20,
    start: str = "2021-06-01",
    end: str = "2023-02-28",
    window_days: int = 21,
    seed: int = 0,
    config: DetectorConfig | None = None,
) -> dict:
    """Detection rate, false alarms per area-month and detection delay with synthetic leaks.

    Each leak adds ``share`` x the area's mean flow from a random hour between ``start`` and ``end`` and stays
    (as an unrepaired leak does). The detector runs on the ``window_days`` days after the leak start (with the
    history before); the leak is detected when a period starts in that window, with the delay from the leak
    start (a period already running when the leak starts does not count). False alarms are the periods found
    on the series without injected leaks, from ``start`` to ``end``,
    per area and 30-day month.
    """
    config = config or DetectorConfig()
    rng = np.random.default_rng(seed)
    span = pd.date_range(start, end, freq="h")
    found, delays, per_area = [], [], {}
    clean = detect(flows.loc[:end], config)
    clean = clean[clean["start"] >= pd.Timestamp(start)]
    months = (pd.Timestamp(end) - pd.Timestamp(start)).days / 30
    for area in flows.columns:
        series = flows[area]
        size = share * series.mean()
        hits = 0
        for leak_start in rng.choice(span, leaks_per_area, replace=False):
            leak_start = pd.Timestamp(leak_start)
            stop = leak_start + pd.Timedelta(days=window_days)
            leaked = inject_leak(series.loc[:stop], leak_start, size).to_frame(area)
            periods = detect(leaked, config)
            after = periods[(periods["start"] >= leak_start) & (periods["start"] <= stop)]
            if len(after):
                hits += 1
                delay = after["start"].iloc[0] - leak_start
                delays.append(delay / pd.Timedelta(hours=1))
                found.append(True)
            else:
                found.append(False)
        false_alarms = int((clean["area"] == area).sum())
        per_area[area] = {
            "detection_rate": hits / leaks_per_area,
            "false_alarms_per_month": round(false_alarms / months, 3),
        }
    return {
        "share_of_mean_flow": share,
        "leaks": len(found),
        "detection_rate": round(float(np.mean(found)), 3),
        "false_alarms_per_area_month": round(float(len(clean) / (months * flows.shape[1])), 3),
        "median_delay_hours": round(float(np.median(delays)), 1) if delays else None,
        "mean_delay_hours": round(float(np.mean(delays)), 1) if delays else None,
        "per_area": per_area,
    }
