"""New water-point siting: choose sites among candidates to cover the most unserved, need-weighted population.

A demand point (populated centre) is covered by a site within the access distance (great circle). Served
centres (a water system within the access distance) carry no weight by default, so the plan targets unserved
need. The choice is a maximal covering location problem solved by ``mclp.solve``: exact MILP (HiGHS), with a
greedy fallback and the optimality gap reported.
"""

from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from ..errors import InputError
from . import mclp
from .coverage import coverage_matrix
from .mclp import never_cancelled, no_progress
from .population import PopulationOptions, demand_points

SITE_COLUMNS = (
    "order",
    "candidate_id",
    "name",
    "ubigeo",
    "longitude",
    "latitude",
    "cost",
    "population_covered",
    "need_covered",
    "marginal_need",
    "cumulative_need",
    "cumulative_share",
)
ID_COLUMNS = ("candidate_id", "id", "system_id", "fid", "centre_id", "inei_ccpp")
NAME_COLUMNS = ("name", "nombre", "ccpp")


@dataclass
class SitingResult:
    """``sites``: the chosen sites in build order; ``demand``: every demand point with ``weight`` and
    ``covered``; ``summary``: plain figures (see ``site``)."""

    sites: pd.DataFrame
    demand: pd.DataFrame
    summary: dict = field(default_factory=dict)


def default_candidates(demand: pd.DataFrame) -> pd.DataFrame:
    """The unserved demand points as candidate sites (without a cost: ``SitingOptions.unit_cost`` applies)."""
    free = demand[~demand["served"].to_numpy(dtype=bool)]
    return pd.DataFrame(
        {
            "candidate_id": free["centre_id"].to_numpy(),
            "name": free["name"].to_numpy(),
            "ubigeo": free["ubigeo"].to_numpy(),
            "longitude": free["longitude"].to_numpy(),
            "latitude": free["latitude"].to_numpy(),
        }
    )


def read_candidates(path: str | Path, cost_column: str = "cost") -> pd.DataFrame:
    """Candidate sites from a point layer or a table with latitude/longitude.

    Returns
    -------
    DataFrame
        ``candidate_id, name, ubigeo, longitude, latitude`` and ``cost`` when the file has ``cost_column``.
    """
    from ..io.water_points import read_water_points

    frame = read_water_points(path).require()
    if not len(frame):
        raise InputError(f"{path} holds no candidate site.", code="empty_candidates", file=str(path))
    ids = next((frame[c] for c in ID_COLUMNS if c in frame), pd.Series(np.arange(1, len(frame) + 1)))
    names = next((frame[c] for c in NAME_COLUMNS if c in frame), pd.Series([None] * len(frame)))
    table = pd.DataFrame(
        {
            "candidate_id": [str(int(v)) if isinstance(v, float) and v.is_integer() else str(v) for v in ids],
            "name": names.to_numpy(),
            "ubigeo": frame["ubigeo"].to_numpy() if "ubigeo" in frame else None,
            "longitude": frame["longitude"].to_numpy() if "longitude" in frame else frame.geometry.x.to_numpy(),
            "latitude": frame["latitude"].to_numpy() if "latitude" in frame else frame.geometry.y.to_numpy(),
        }
    )
    if cost_column in frame:
        table["cost"] = pd.to_numeric(frame[cost_column], errors="coerce").to_numpy()
    return table


def _costs(candidates: pd.DataFrame, unit_cost: float) -> np.ndarray:
    if "cost" in candidates and candidates["cost"].notna().any():
        costs = pd.to_numeric(candidates["cost"], errors="coerce").to_numpy(dtype=float)
        bad = ~np.isfinite(costs) | (costs <= 0)
        if bad.any():
            raise InputError(
                f"{int(bad.sum())} candidate site(s) have no positive cost.",
                code="candidate_costs",
                column="cost",
                rows=[int(i) for i in np.flatnonzero(bad)[:10]],
                count=int(bad.sum()),
                examples=", ".join(str(int(i)) for i in np.flatnonzero(bad)[:5]),
                fix="Give every candidate a positive cost, or drop the cost column to use --unit-cost.",
            )
        return costs
    if not unit_cost > 0:
        raise InputError(f"The unit cost must be positive (got {unit_cost}).", code="bad_unit_cost", value=unit_cost)
    return np.full(len(candidates), float(unit_cost))


@dataclass
class SitingOptions:
    """What to plan: ``k`` sites or a ``budget`` (exactly one), and how.

    Attributes
    ----------
    k, budget:
        The number of sites, or the budget (costs from the candidates' ``cost``, else ``unit_cost``).
    unit_cost:
        Cost of every site when the candidates have no ``cost``.
    access_km:
        A site covers the demand points within this great-circle distance (km).
    exclude_served:
        Served demand points carry no weight (the plan targets unserved need).
    rural_only:
        Urban centres carry no weight (left to urban utilities); their population still counts in the
        district spreading.
    method, time_limit, mip_rel_gap:
        See ``mclp.solve``.
    """

    k: int | None = None
    budget: float | None = None
    unit_cost: float = 1.0
    access_km: float = 1.0
    exclude_served: bool = True
    rural_only: bool = False
    method: str = "auto"
    time_limit: float = 120.0
    mip_rel_gap: float = 1e-6


def site(
    demand: pd.DataFrame,
    options: SitingOptions,
    candidates: pd.DataFrame | None = None,
    progress: Callable[[float, str], None] = no_progress,
    is_cancelled: Callable[[], bool] = never_cancelled,
) -> SitingResult:
    """Choose ``options.k`` sites, or sites within ``options.budget``, covering the most need of ``demand``.

    Parameters
    ----------
    demand:
        Demand points from ``population.demand_points`` (``longitude, latitude, population, need, served,
        urban``).
    options:
        What to plan and how (``SitingOptions``).
    candidates:
        Candidate sites (``candidate_id, name, ubigeo, longitude, latitude`` and optionally ``cost``);
        default: the unserved demand points.
    progress, is_cancelled:
        Plain callables: ``progress(fraction, message)`` and ``is_cancelled() -> bool``.

    Returns
    -------
    SitingResult
        ``sites`` columns: ``order`` (build order: each next site adds the most need), ``candidate_id, name,
        ubigeo, longitude, latitude, cost, population_covered, need_covered`` (within reach of the site),
        ``marginal_need`` (added in that order), ``cumulative_need, cumulative_share`` (of the target need).
        Sites that would add nothing are left out. ``demand`` gains ``weight`` (need targeted) and
        ``covered``. ``summary``: ``method, status, objective`` (need covered), ``target_need, covered_share,
        population_covered, target_population, population_share, bound, gap, seconds, milp_seconds,
        greedy_seconds, milp_objective, greedy_objective, sites_selected, cost, candidates, demand_points,
        instance, options`` (the options as a dict).

    Raises
    ------
    InputError
        For a bad access distance, limit, cost or method, or no candidate.
    CancelledError
        When ``is_cancelled()`` turns true.
    """
    if not options.access_km > 0:
        raise InputError(
            f"The access distance must be positive (got {options.access_km} km).",
            code="bad_access",
            value=options.access_km,
        )
    candidates = default_candidates(demand) if candidates is None else candidates.reset_index(drop=True)
    if not len(candidates):
        raise InputError("There is no candidate site.", code="empty_candidates", fix="Give candidate sites.")
    costs = _costs(candidates, options.unit_cost)
    ignored = np.zeros(len(demand), dtype=bool)
    if options.exclude_served:
        ignored |= demand["served"].to_numpy(dtype=bool)
    if options.rural_only:
        ignored |= demand["urban"].to_numpy(dtype=bool)
    weight = np.where(ignored, 0.0, demand["need"].fillna(0.0).to_numpy(dtype=float))
    population = np.where(ignored, 0.0, demand["population"].fillna(0.0).to_numpy(dtype=float))
    progress(0.0, "coverage")
    coverage = coverage_matrix(
        demand[["longitude", "latitude"]].to_numpy(),
        candidates[["longitude", "latitude"]].to_numpy(),
        options.access_km,
    )
    solution = mclp.solve(
        coverage,
        weight,
        k=options.k,
        budget=options.budget,
        costs=costs if options.budget is not None else None,
        method=options.method,
        time_limit=options.time_limit,
        mip_rel_gap=options.mip_rel_gap,
        progress=lambda f, m: progress(0.1 + 0.85 * f, m),
        is_cancelled=is_cancelled,
    )
    sites, chosen = _site_table(candidates, costs, coverage, weight, population, solution.selected)
    covered = np.asarray(coverage[:, chosen].sum(axis=1)).ravel() > 0
    target_need, target_population = float(weight.sum()), float(population.sum())
    population_covered = float(population[covered].sum())
    summary = {
        **solution.to_dict(),
        "target_need": target_need,
        "covered_share": solution.objective / target_need if target_need else 0.0,
        "population_covered": population_covered,
        "target_population": target_population,
        "population_share": population_covered / target_population if target_population else 0.0,
        "sites_selected": int(len(chosen)),
        "cost": float(costs[chosen].sum()),
        "candidates": int(len(candidates)),
        "demand_points": int(len(demand)),
        "options": asdict(options),
    }
    progress(1.0, "done")
    return SitingResult(sites=sites, demand=demand.assign(weight=weight, covered=covered), summary=summary)


def _site_table(candidates, costs, coverage, weight, population, selected) -> tuple[pd.DataFrame, np.ndarray]:
    """The chosen sites in build order, without those adding nothing (a solver may pick them at no loss)."""
    by_site = coverage.tocsc()[:, selected]
    reach = [by_site.indices[by_site.indptr[j] : by_site.indptr[j + 1]] for j in range(len(selected))]
    # build order: each next site adds the most need still uncovered
    taken = np.zeros(len(weight), dtype=bool)
    left = list(range(len(selected)))
    order, marginal = [], []
    while left:
        gains = [weight[reach[j]][~taken[reach[j]]].sum() for j in left]
        if max(gains) <= 0:
            break
        best = left.pop(int(np.argmax(gains)))
        order.append(best)
        marginal.append(float(max(gains)))
        taken[reach[best]] = True
    chosen = np.asarray(selected, dtype=np.int64)[order] if order else np.zeros(0, dtype=np.int64)
    table = candidates.iloc[chosen].reset_index(drop=True)
    target = float(weight.sum())
    cumulative = np.cumsum(marginal) if marginal else np.zeros(0)
    table = table.assign(
        order=np.arange(1, len(chosen) + 1),
        cost=costs[chosen],
        population_covered=[float(population[reach[j]].sum()) for j in order],
        need_covered=[float(weight[reach[j]].sum()) for j in order],
        marginal_need=marginal,
        cumulative_need=cumulative,
        cumulative_share=cumulative / target if target else 0.0,
    )
    columns = [c for c in SITE_COLUMNS if c in table] + [c for c in table if c not in SITE_COLUMNS]
    return table[columns], chosen


def plan_siting(
    data_dir: str | Path,
    options: SitingOptions,
    candidates: str | Path | pd.DataFrame | None = None,
    departments=(),
    population: PopulationOptions | None = None,
    cost_column: str = "cost",
    progress: Callable[[float, str], None] = no_progress,
    is_cancelled: Callable[[], bool] = never_cancelled,
) -> SitingResult:
    """Build the demand points from ``data_dir`` (``population.demand_points``) and run ``site``.

    Parameters
    ----------
    data_dir:
        A folder laid out like the shared data.
    options:
        What to plan and how (``SitingOptions``).
    candidates:
        A file (``read_candidates``, costs from ``cost_column``), a frame, or None: the unserved populated
        centres of the selection.
    departments:
        Two-digit department codes (all of Peru when empty).
    population:
        How population and need are obtained (default ``PopulationOptions()``).
    progress, is_cancelled:
        Plain callables: ``progress(fraction, message)`` and ``is_cancelled() -> bool``.

    Returns
    -------
    SitingResult
        As ``site``; the summary adds ``population_method`` and ``need_method``.
    """
    population = population or PopulationOptions()
    demand = demand_points(
        data_dir,
        departments,
        options.access_km,
        population,
        progress=lambda f, m: progress(0.3 * f, m),
        is_cancelled=is_cancelled,
    )
    if isinstance(candidates, str | Path):
        candidates = read_candidates(candidates, cost_column)
    result = site(demand, options, candidates, lambda f, m: progress(0.3 + 0.7 * f, m), is_cancelled)
    result.summary.update(population.describe())
    return result
