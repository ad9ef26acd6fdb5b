"""The water-demand jobs: the hourly forecast of every area, the anomalous periods (leaks) and the supply
schedule (``core.models.demand``)."""

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .types import JobResult, never_cancelled, noop_progress

Progress = Callable[[float, str], None]
Cancelled = Callable[[], bool]


def _scaled(progress: Progress, start: float, share: float) -> Progress:
    return lambda fraction, message="": progress(start + share * fraction, message)


def _origin(value):
    import pandas as pd

    from ..errors import InputError

    if value is None or (isinstance(value, str) and value.strip().lower() in ("", "auto")):
        return None
    if isinstance(value, pd.Timestamp):
        return value
    try:
        return pd.Timestamp(value)
    except ValueError as error:
        raise InputError(
            f"--origin {value}: expected YYYY-MM-DD HH:MM.", code="bad_origin", value=str(value)
        ) from error


def _cancelled(is_cancelled: Cancelled, what: str) -> None:
    if is_cancelled():
        from ..errors import CancelledError

        raise CancelledError(f"The {what} was cancelled.")


# forecast ---------------------------------------------------------------------------------------------------


@dataclass
class DemandForecastRequest:
    """Forecast ``horizon`` hours from ``origin`` (a Timestamp or "YYYY-MM-DD HH:MM"; None or "auto": the end of
    the last full day of the flows, ``default_origin``) of every area of
    ``inflow`` (BWDF xlsx or CSV), with ``weather`` (optional) and the public holidays of ``country`` plus
    ``extra_days`` ((month, day) pairs). ``anomalies``: also flag the anomalous periods of the flows before the
    origin (minimum night flow) and compare each area's forecast with its last week; ``history_hours``: the
    hours of flows before the origin returned for a chart."""

    inflow: Path
    origin: Any = None
    horizon: int = 168
    weather: Path | None = None
    model: str = "gbm"
    country: str = "PE"
    extra_days: tuple[tuple[int, int], ...] = ()
    anomalies: bool = False
    history_hours: int = 0


def demand_forecast(
    request: DemandForecastRequest, progress: Progress = noop_progress, is_cancelled: Cancelled = never_cancelled
):
    """Tables ``forecast`` (one row per hour, one column per area; index ``timestamp``) and ``intervals`` (the
    long table with the 80 % and 95 % intervals); with ``anomalies``: ``anomalies`` (periods before the origin)
    and ``growth`` (per area, forecast against the last week); with ``history_hours``: ``history``.
    ``summary``: ``hours``, ``areas`` (names), ``origin``, ``model``."""
    from ..models.demand.forecast import ForecastConfig, default_origin, forecast, to_wide
    from ..models.demand.series import read_inflow, read_weather

    origin = _origin(request.origin)
    progress(0.02, "reading")
    inflow = read_inflow(request.inflow)
    if origin is None:
        origin = default_origin(inflow)
    weather = read_weather(request.weather) if request.weather else None
    config = ForecastConfig(calendar={"country": request.country, "extra_days": tuple(request.extra_days)})
    table = forecast(
        inflow,
        weather,
        origin,
        request.horizon,
        model=request.model,
        config=config,
        progress=_scaled(progress, 0.05, 0.8),
        is_cancelled=is_cancelled,
    )
    wide = to_wide(table)
    wide.index.name = "timestamp"
    tables = {"forecast": wide, "intervals": table}
    before = inflow[inflow.index < origin]
    if request.anomalies:
        from ..models.demand.anomalies import detect
        from ..models.demand.summary import growth_by_area

        progress(0.87, "anomalies")
        tables["anomalies"] = detect(before)
        tables["growth"] = growth_by_area(before, table)
    if request.history_hours:
        tables["history"] = before.tail(request.history_hours)
    _cancelled(is_cancelled, "demand forecast")
    progress(1.0, "done")
    return JobResult(
        tables=tables,
        summary={
            "hours": len(wide),
            "areas": [str(c) for c in wide.columns],
            "origin": origin,
            "model": request.model,
        },
    )


# anomalies --------------------------------------------------------------------------------------------------


@dataclass
class DemandAnomaliesRequest:
    """Anomalous periods of every area of ``inflow`` found by ``method``: ``night_flow``, ``autoencoder``
    (TensorFlow), ``either`` or ``both``."""

    inflow: Path
    method: str = "night_flow"


def demand_anomalies(
    request: DemandAnomaliesRequest, progress: Progress = noop_progress, is_cancelled: Cancelled = never_cancelled
):
    """Table ``periods``: one row per period (area, start, end, score, excess_flow, detector); ``summary``:
    ``periods`` and ``areas`` (how many areas have one)."""
    from ..models.demand.autoencoder import find_anomalies
    from ..models.demand.series import read_inflow

    progress(0.05, "reading")
    inflow = read_inflow(request.inflow)
    progress(0.2, "detecting")
    periods = find_anomalies(inflow, request.method)
    _cancelled(is_cancelled, "anomaly detection")
    progress(1.0, "done")
    return JobResult(
        tables={"periods": periods}, summary={"periods": len(periods), "areas": int(periods["area"].nunique())}
    )


# supply schedule --------------------------------------------------------------------------------------------


@dataclass
class DemandScheduleRequest:
    """Schedule the supply of ``demand`` (a forecast CSV, hour x area in L/s, or that table) from ``sources``
    (CSV: name, capacity_lps, cost_per_m3, areas) with ``tanks`` (CSV, optional)."""

    demand: Any
    sources: Path
    tanks: Path | None = None


def demand_schedule(
    request: DemandScheduleRequest, progress: Progress = noop_progress, is_cancelled: Cancelled = never_cancelled
):
    """Tables ``flows`` (flows per hour, source and area) and ``unmet`` (hour x area); ``summary``: the
    schedule's (``demand_m3``, ``unmet_m3``, ``cost``, …)."""
    from ..models.demand.network import read_demand, read_sources, read_tanks
    from ..models.demand.schedule import schedule

    demand = request.demand if hasattr(request.demand, "columns") else read_demand(request.demand)
    sources = read_sources(request.sources)
    tanks = read_tanks(request.tanks) if request.tanks else None
    progress(0.1, "solving")
    plan = schedule(demand, sources, tanks)
    _cancelled(is_cancelled, "supply schedule")
    progress(1.0, "done")
    return JobResult(tables={"flows": plan.flows, "unmet": plan.unmet}, summary=dict(plan.summary))
