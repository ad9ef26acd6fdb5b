"""An hourly supply schedule from forecast demand: sources, links, tanks; a linear programme solved by HiGHS.

Per hour ``t``, source ``s`` sends ``x[s, a, t]`` L/s to area ``a`` (only along allowed links, each at most its
capacity; a source sends at most its capacity in total). Each area has a tank: its volume after hour ``t`` is the
volume before, plus 3.6 x (inflow - delivered demand) m3, between its minimum and capacity. Demand not delivered
is ``unmet[a, t]`` L/s. The schedule first minimises the total unmet volume; then, keeping that minimum, the
cost of supplying (cost per m3 of each source, optionally per hour for tariffs). By default the tanks end at
least as full as they started (so that a cheaper schedule does not borrow from the next week) whenever that
does not leave more demand unmet.
"""

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ...errors import AguaPeruError, InputError

M3_PER_LPS_HOUR = 3.6
UNMET_TOLERANCE_M3 = 1e-9


class ScheduleError(AguaPeruError, RuntimeError):
    """The solver did not find a schedule (the message says why)."""

    code = "schedule_failed"


@dataclass
class Source:
    """A source (well, treatment plant, bulk supply): capacity in L/s and cost per m3 (a number or one per hour)."""

    name: str
    capacity: float
    cost: float | Sequence[float] = 0.0
    areas: Sequence[str] | None = None  # None: every area


@dataclass
class Tank:
    """An area's storage in m3."""

    capacity: float = 0.0
    initial: float = 0.0
    minimum: float = 0.0


@dataclass
class Schedule:
    """The solved schedule: flows (long), tank volumes and unmet demand (hour x area), totals."""

    flows: pd.DataFrame
    volumes: pd.DataFrame
    unmet: pd.DataFrame
    summary: dict = field(default_factory=dict)


def _check(demand: pd.DataFrame, sources: Sequence[Source], tanks: dict) -> None:
    problems = []
    if demand.isna().any().any() or (demand.to_numpy(float) < 0).any():
        problems.append("demand has missing or negative values")
    for source in sources:
        if source.capacity < 0:
            problems.append(f"source {source.name}: negative capacity")
        for area in source.areas or ():
            if area not in demand.columns:
                problems.append(f"source {source.name}: unknown area {area}")
        cost = np.atleast_1d(np.asarray(source.cost, float))
        if len(cost) not in (1, len(demand)):
            problems.append(f"source {source.name}: {len(cost)} costs for {len(demand)} hours")
    for area, tank in tanks.items():
        if area not in demand.columns:
            problems.append(f"tank of unknown area {area}")
        elif not tank.minimum <= tank.initial <= tank.capacity:
            problems.append(f"tank of {area}: the initial volume must lie between the minimum and the capacity")
    if not sources:
        problems.append("no source")
    if problems:
        raise InputError(
            "The schedule cannot be set up: " + "; ".join(problems) + ".",
            code="bad_schedule_input",
            problems=problems,
            count=len(problems),
        )


def schedule(
    demand: pd.DataFrame,
    sources: Sequence[Source],
    tanks: dict[str, Tank] | None = None,
    keep_final_volume: bool = True,
) -> Schedule:
    """Hourly supply schedule that minimises unmet demand, then cost.

    Parameters
    ----------
    demand:
        Forecast demand in L/s, one row per hour, one column per area (``forecast.to_wide``).
    sources:
        Sources with capacity (L/s), cost per m3 and the areas they can feed.
    tanks:
        Storage per area (m3); an area without a tank has none.
    keep_final_volume:
        Tanks end at least as full as they start, unless that would leave more demand unmet.

    Returns
    -------
    Schedule
        ``flows`` (timestamp, source, area, flow_lps, volume_m3), ``volumes`` (m3 after each hour), ``unmet``
        (L/s) and ``summary`` (unmet_m3, cost, demand_m3, status).

    Raises
    ------
    InputError
        Inconsistent inputs (listed together).
    ScheduleError
        The solver failed.
    """
    from scipy.optimize import linprog
    from scipy.sparse import coo_matrix, vstack

    tanks = tanks or {}
    _check(demand, sources, tanks)
    areas = list(demand.columns)
    n_t, n_a = demand.shape
    d = demand.to_numpy(float)
    links = [(s, a) for s, source in enumerate(sources) for a, area in enumerate(areas)
             if source.areas is None or area in source.areas]  # fmt: skip
    n_l = len(links)
    # variable blocks: flows (links x hours), volumes (areas x hours), unmet (areas x hours)
    n_x, n_v = n_l * n_t, n_a * n_t
    x_index = np.arange(n_x).reshape(n_l, n_t)
    v_index = n_x + np.arange(n_v).reshape(n_a, n_t)
    u_index = n_x + n_v + np.arange(n_v).reshape(n_a, n_t)
    n = n_x + 2 * n_v
    tank = [tanks.get(area, Tank()) for area in areas]

    rows, cols, vals, b_eq = [], [], [], []
    # volume balance: v[a,t] - v[a,t-1] - 3.6 * (sum_links x + unmet) = -3.6 d  (v[a,-1] = initial)
    for a in range(n_a):
        for t in range(n_t):
            r = a * n_t + t
            rows.append(r), cols.append(v_index[a, t]), vals.append(1.0)
            if t:
                rows.append(r), cols.append(v_index[a, t - 1]), vals.append(-1.0)
            rows.append(r), cols.append(u_index[a, t]), vals.append(-M3_PER_LPS_HOUR)
            for link, (_, la) in enumerate(links):
                if la == a:
                    rows.append(r), cols.append(x_index[link, t]), vals.append(-M3_PER_LPS_HOUR)
            b_eq.append(-M3_PER_LPS_HOUR * d[t, a] + (tank[a].initial if t == 0 else 0.0))
    a_eq = coo_matrix((vals, (rows, cols)), shape=(n_v, n)).tocsr()
    rows, cols, vals, b_ub = [], [], [], []
    r = 0
    for s, source in enumerate(sources):  # total of each source per hour
        mine = [link for link, (ls, _) in enumerate(links) if ls == s]
        for t in range(n_t):
            for link in mine:
                rows.append(r), cols.append(x_index[link, t]), vals.append(1.0)
            b_ub.append(source.capacity)
            r += 1
    a_ub = coo_matrix((vals, (rows, cols)), shape=(r, n)).tocsr()
    bounds = [(0, None)] * n_x
    bounds += [(tank[a].minimum, tank[a].capacity) for a in range(n_a) for _ in range(n_t)]
    bounds += [(0, d[t, a]) for a in range(n_a) for t in range(n_t)]

    # 1. least unmet volume
    unmet_cost = np.zeros(n)
    unmet_cost[u_index.ravel()] = M3_PER_LPS_HOUR
    first = _solve(linprog, unmet_cost, a_ub, b_ub, a_eq, b_eq, bounds)
    if first is None:
        raise ScheduleError("The schedule could not be solved (HiGHS found no solution).", code="schedule_failed")
    # 2. least cost with that unmet volume, tanks refilled by the end when possible
    supply_cost = np.zeros(n)
    for link, (s, _) in enumerate(links):
        cost = np.broadcast_to(np.atleast_1d(np.asarray(sources[s].cost, float)), (n_t,))
        supply_cost[x_index[link]] = cost * M3_PER_LPS_HOUR
    a_ub = vstack([a_ub, coo_matrix(unmet_cost[None, :])]).tocsr()
    b_ub = [*b_ub, first.fun + UNMET_TOLERANCE_M3 * max(1.0, abs(first.fun))]
    second = None
    if keep_final_volume:
        final = coo_matrix((-np.ones(n_a), (np.arange(n_a), v_index[:, -1])), shape=(n_a, n))
        refill = [-tank[a].initial for a in range(n_a)]
        second = _solve(linprog, supply_cost, vstack([a_ub, final]).tocsr(), b_ub + refill, a_eq, b_eq, bounds)
    kept = second is not None
    second = second or _solve(linprog, supply_cost, a_ub, b_ub, a_eq, b_eq, bounds) or first
    return _result(second.x, demand, sources, links, x_index, v_index, u_index, supply_cost, kept)


def _solve(linprog, c, a_ub, b_ub, a_eq, b_eq, bounds):
    result = linprog(c, A_ub=a_ub, b_ub=b_ub, A_eq=a_eq, b_eq=b_eq, bounds=bounds, method="highs")
    return result if result.status == 0 else None


def _result(solution, demand, sources, links, x_index, v_index, u_index, supply_cost, kept) -> Schedule:
    index = demand.index
    areas = list(demand.columns)
    flows = pd.DataFrame(
        [
            {"timestamp": index[t], "source": sources[s].name, "area": areas[a], "flow_lps": solution[x_index[link, t]]}
            for link, (s, a) in enumerate(links)
            for t in range(len(index))
        ]
    )
    flows["flow_lps"] = flows["flow_lps"].clip(lower=0).round(9)
    flows["volume_m3"] = flows["flow_lps"] * M3_PER_LPS_HOUR
    volumes = pd.DataFrame(solution[v_index].T, index=index, columns=areas)
    unmet = pd.DataFrame(solution[u_index].T, index=index, columns=areas).clip(lower=0).round(9)
    summary = {
        "demand_m3": float(demand.to_numpy(float).sum() * M3_PER_LPS_HOUR),
        "unmet_m3": float(unmet.to_numpy().sum() * M3_PER_LPS_HOUR),
        "cost": float(supply_cost @ solution),
        "final_volume_kept": kept,
        "status": "demand met" if unmet.to_numpy().sum() * M3_PER_LPS_HOUR <= 1e-6 else "demand not met",
    }
    return Schedule(flows, volumes, unmet, summary)
