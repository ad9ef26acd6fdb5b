"""The planning jobs: siting new water points (maximal covering) and ranking the existing systems for
rehabilitation (``core.planning``)."""

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .types import JobResult, never_cancelled, noop_progress

Progress = Callable[[float, str], None]
Cancelled = Callable[[], bool]


@dataclass
class PopulationRequest:
    """How demand points get their population and need (``core.planning.population.PopulationOptions``):
    ``raster`` (a population GeoTIFF, ``raster_mode`` point or buffer) instead of spreading district totals;
    ``need_table`` (ubigeo and ``need_column``) instead of 1 + poverty; ``poverty_model``: fill the districts
    INEI 2018 leaves out with the bundled model (else the national median)."""

    raster: Path | None = None
    raster_mode: str = "point"
    need_table: Any = None
    need_column: str = "need_weight"
    poverty_model: bool = True

    def options(self):
        from ..planning.population import PopulationOptions

        return PopulationOptions(
            raster=self.raster,
            raster_mode=self.raster_mode,
            need_table=self.need_table,
            need_column=self.need_column,
            poverty_model=self.poverty_model,
        )


@dataclass
class SitingRequest:
    """Choose ``k`` sites (or as many as ``budget`` pays, ``unit_cost`` each without a cost column) among
    ``candidates`` (default: the unserved populated centres) of ``departments`` (default: all of Peru) to
    cover the most need within ``access_km``."""

    data_dir: Path
    k: int | None = None
    budget: float | None = None
    unit_cost: float = 1.0
    access_km: float = 1.0
    exclude_served: bool = True
    rural_only: bool = False
    method: str = "auto"
    time_limit: float = 120.0
    candidates: Any = None
    cost_column: str = "cost"
    departments: tuple[str, ...] = ()
    population: PopulationRequest | None = None


def siting(request: SitingRequest, progress: Progress = noop_progress, is_cancelled: Cancelled = never_cancelled):
    """Tables ``sites`` (the chosen sites, in build order) and ``demand`` (every demand point with its weight
    and coverage); ``summary``: ``core.planning.siting.plan_siting``'s (objective, shares, method, gap, …)."""
    from ..errors import InputError
    from ..planning.siting import SitingOptions, plan_siting

    if request.k is not None and request.k < 1:
        raise InputError(f"--k must be at least 1 (got {request.k}).", code="bad_site_count", value=request.k)
    options = SitingOptions(
        k=request.k,
        budget=request.budget,
        unit_cost=request.unit_cost,
        access_km=request.access_km,
        exclude_served=request.exclude_served,
        rural_only=request.rural_only,
        method=request.method,
        time_limit=request.time_limit,
    )
    candidates = request.candidates
    if isinstance(candidates, str) and not candidates:
        candidates = None
    result = plan_siting(
        Path(request.data_dir),
        options,
        candidates,
        tuple(request.departments),
        (request.population or PopulationRequest()).options(),
        request.cost_column,
        progress,
        is_cancelled,
    )
    return JobResult(tables={"sites": result.sites, "demand": result.demand}, summary=dict(result.summary))


@dataclass
class RehabRequest:
    """Rank the water systems (``systems``; default: SIASAR of ``data_dir``) of ``departments`` with the risk
    from the bundled ``model``, the SIASAR conditions (``proxy``) or ``none``; ``survey``, ``measurements``:
    the office's observations (paths or frames), the observed state wherever known."""

    data_dir: Path
    access_km: float = 1.0
    departments: tuple[str, ...] = ()
    systems: Path | None = None
    risk: str = "model"
    population: PopulationRequest | None = None
    survey: Any = None
    measurements: Any = None


def rehab(request: RehabRequest, progress: Progress = noop_progress, is_cancelled: Cancelled = never_cancelled):
    """Table ``rehab``: the systems ranked (``rank``, ``score``, every component and ``status``: observed or
    estimated); ``summary``: weights, ``systems``, ``risk_source``, ``observed``."""
    from ..planning.rehab import rank_rehabilitation

    table, summary = rank_rehabilitation(
        Path(request.data_dir),
        access_km=request.access_km,
        departments=tuple(request.departments),
        systems=request.systems,
        risk=request.risk,
        population=(request.population or PopulationRequest()).options(),
        progress=progress,
        is_cancelled=is_cancelled,
        survey=request.survey,
        measurements=request.measurements,
    )
    return JobResult(tables={"rehab": table}, summary=dict(summary))
