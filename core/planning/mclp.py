"""Maximal covering location: choose sites that cover the most demand weight, exactly (MILP) or greedily.

The problem: maximise Σ w_i y_i subject to y_i ≤ Σ_{j covers i} x_j, Σ x_j ≤ K or Σ c_j x_j ≤ budget,
x_j ∈ {0, 1}, 0 ≤ y_i ≤ 1 (y may stay continuous: at an optimum it is 1 exactly when a chosen site covers i).

Before solving, the instance is reduced without changing its optimum: demand points with no weight or no
covering site are dropped; demand points covered by the same set of sites are merged (weights summed); a
group covered by a single site adds its weight to that site's objective coefficient (no y needed); sites that
cover nothing, or cost more than the budget, are removed; with K sites, only the K heaviest of the sites that
share no demand with another are kept. The MILP is solved by HiGHS through
``scipy.optimize.milp``; a lazy greedy (heap of stale gains) is the fallback when the MILP is too large or runs
out of time, and always runs as the reference.
"""

import heapq
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
from scipy import sparse

from ..errors import CancelledError, InputError
from ..jobs.types import never_cancelled
from ..jobs.types import noop_progress as no_progress

LOG = logging.getLogger("aguaperu")
METHODS = ("auto", "milp", "greedy")
MILP_STATUS = {0: "optimal", 1: "time_limit", 2: "infeasible", 3: "unbounded", 4: "error"}
MAX_MILP_NONZEROS = 20_000_000  # "auto" goes straight to greedy above this many constraint nonzeros


@dataclass
class ReducedInstance:
    """An MCLP instance after reduction (see the module docstring); indices refer to the original sites."""

    sites: np.ndarray  # original indices of the sites kept
    private: np.ndarray  # weight covered only by each kept site (groups with that single site)
    groups: sparse.csr_matrix  # merged demand groups x kept sites, covered by two or more sites
    group_weight: np.ndarray
    costs: np.ndarray
    demand_points: int  # demand points with weight and a covering site

    @property
    def size(self) -> dict:
        return {
            "sites": int(len(self.sites)),
            "demand_points": int(self.demand_points),
            "shared_groups": int(self.groups.shape[0]),
            "nonzeros": int(self.groups.nnz + len(self.sites) + self.groups.shape[0]),
        }


@dataclass
class Solution:
    """The chosen sites (original indices) and how they were found.

    ``objective`` is the demand weight covered; ``bound`` an upper bound on the optimum (the smaller of the
    MILP's dual bound and the greedy online bound, see ``greedy_bound``); ``gap = (bound − objective) / bound``
    (0 when proven optimal).
    """

    selected: np.ndarray
    objective: float
    method: str
    status: str
    bound: float | None
    gap: float | None
    seconds: float
    milp_objective: float | None = None
    greedy_objective: float | None = None
    milp_seconds: float | None = None
    greedy_seconds: float | None = None
    instance: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {
            "method": self.method,
            "status": self.status,
            "objective": self.objective,
            "bound": self.bound,
            "gap": self.gap,
            "seconds": round(self.seconds, 3),
            "milp_objective": self.milp_objective,
            "greedy_objective": self.greedy_objective,
            "milp_seconds": None if self.milp_seconds is None else round(self.milp_seconds, 3),
            "greedy_seconds": None if self.greedy_seconds is None else round(self.greedy_seconds, 3),
            "sites_selected": int(len(self.selected)),
            "instance": self.instance,
        }


def reduce_instance(
    coverage: sparse.spmatrix, weights, costs=None, budget: float | None = None, k: int | None = None
) -> ReducedInstance:
    """Shrink an MCLP instance without changing its optimum (see the module docstring).

    Parameters
    ----------
    coverage:
        Boolean (n_demand, n_sites) incidence: (i, j) true when site j covers demand point i.
    weights:
        Non-negative weight of each demand point.
    costs:
        Cost of each site (default 1).
    budget:
        When given, sites costing more than the budget are removed.
    k:
        When given (at most k sites, no budget), only the k heaviest of the sites that share no demand with
        another site are kept: an optimum using a lighter one can swap it for a heavier one left out.
    """
    coverage = sparse.csr_matrix(coverage, dtype=bool)
    weights = np.asarray(weights, dtype=float)
    n_sites = coverage.shape[1]
    costs = np.ones(n_sites) if costs is None else np.asarray(costs, dtype=float)
    affordable = np.ones(n_sites, dtype=bool) if budget is None else costs <= budget + 1e-9
    if not affordable.all():
        coverage = sparse.csr_matrix(coverage.astype(np.int8) @ sparse.diags(affordable.astype(np.int8)), dtype=bool)
        coverage.eliminate_zeros()
    coverage.sort_indices()
    counts = np.diff(coverage.indptr)
    keep = (weights > 0) & (counts > 0)
    groups: dict[bytes, int] = {}
    group_rows: list[np.ndarray] = []
    group_weight: list[float] = []
    private = np.zeros(n_sites)
    indptr, indices = coverage.indptr, coverage.indices
    for i in np.flatnonzero(keep):
        row = indices[indptr[i] : indptr[i + 1]]
        if len(row) == 1:
            private[row[0]] += weights[i]
            continue
        key = row.tobytes()
        g = groups.get(key)
        if g is None:
            groups[key] = len(group_rows)
            group_rows.append(row)
            group_weight.append(weights[i])
        else:
            group_weight[g] += weights[i]
    shared = np.zeros(n_sites, dtype=bool)
    if group_rows:
        shared[np.concatenate(group_rows)] = True
    used = shared | (private > 0)
    if k is not None and budget is None:
        alone = np.flatnonzero(used & ~shared)
        if len(alone) > k:
            used[alone[np.argsort(-private[alone], kind="stable")[k:]]] = False
    sites = np.flatnonzero(used & affordable)
    position = np.full(n_sites, -1, dtype=np.int64)
    position[sites] = np.arange(len(sites))
    if group_rows:
        lengths = np.array([len(r) for r in group_rows])
        matrix = sparse.csr_matrix(
            (
                np.ones(lengths.sum(), dtype=bool),
                position[np.concatenate(group_rows)],
                np.concatenate([[0], np.cumsum(lengths)]),
            ),
            shape=(len(group_rows), len(sites)),
        )
    else:
        matrix = sparse.csr_matrix((0, len(sites)), dtype=bool)
    return ReducedInstance(
        sites=sites,
        private=private[sites],
        groups=matrix,
        group_weight=np.asarray(group_weight, dtype=float),
        costs=costs[sites],
        demand_points=int(keep.sum()),
    )


def covered_weight(coverage: sparse.spmatrix, weights, selected) -> float:
    """Total weight of the demand points covered by at least one of the ``selected`` sites."""
    coverage = sparse.csc_matrix(coverage, dtype=bool)
    selected = np.asarray(selected, dtype=np.int64)
    if not len(selected):
        return 0.0
    hit = np.asarray(coverage[:, selected].sum(axis=1)).ravel() > 0
    return float(np.asarray(weights, dtype=float)[hit].sum())


def _check_limits(n_sites: int, costs, k: int | None, budget: float | None) -> None:
    if (k is None) == (budget is None):
        raise InputError(
            "Give either the number of sites (k) or a budget, not both.", code="bad_limit", fix="--k or --budget"
        )
    if k is not None and k < 1:
        raise InputError(f"The number of sites must be at least 1 (got {k}).", code="bad_site_count", value=k)
    if budget is not None and not budget > 0:
        raise InputError(f"The budget must be positive (got {budget}).", code="bad_budget", value=budget)
    if costs is not None:
        costs = np.asarray(costs, dtype=float)
        if len(costs) != n_sites or not np.all(np.isfinite(costs)) or np.any(costs <= 0):
            raise InputError(
                "Every candidate site needs a positive, finite cost.",
                code="bad_cost",
                column="cost",
                fix="Fill the costs.",
            )


def greedy(
    reduced: ReducedInstance,
    k: int | None = None,
    budget: float | None = None,
    is_cancelled: Callable[[], bool] = never_cancelled,
) -> tuple[np.ndarray, float]:
    """Lazy greedy on a reduced instance: positions (in ``reduced.sites``) in the order chosen, and their weight.

    With ``k``: the site adding the most weight, k times (a (1 − 1/e)-approximation). With a budget: the best
    weight added per unit cost among the affordable sites, compared with the best single affordable site
    (the better of the two is returned: a ½(1 − 1/e)-approximation).
    """
    n = len(reduced.sites)
    by_site = reduced.groups.tocsc()
    costs = reduced.costs
    alive = np.ones(reduced.groups.shape[0], dtype=bool)
    group_weight = reduced.group_weight

    def gain(j: int) -> float:
        rows = by_site.indices[by_site.indptr[j] : by_site.indptr[j + 1]]
        return float(reduced.private[j] + group_weight[rows[alive[rows]]].sum())

    initial = reduced.private + (np.asarray(by_site.T @ group_weight).ravel() if n else np.zeros(0))
    ratio = budget is not None
    key = initial / costs if ratio else initial
    heap = [(-key[j], j) for j in range(n) if initial[j] > 0]
    heapq.heapify(heap)
    chosen: list[int] = []
    total, spent = 0.0, 0.0
    limit = k if k is not None else n
    while heap and len(chosen) < limit:
        if len(chosen) % 64 == 0 and is_cancelled():
            raise CancelledError("The siting was cancelled.")
        stale, j = heapq.heappop(heap)
        if ratio and spent + costs[j] > budget + 1e-9:
            continue
        fresh = gain(j)
        fresh_key = fresh / costs[j] if ratio else fresh
        if heap and fresh_key < -heap[0][0] - 1e-12:
            if fresh > 0:
                heapq.heappush(heap, (-fresh_key, j))
            continue
        if fresh <= 0:
            continue
        chosen.append(j)
        total += fresh
        spent += costs[j]
        rows = by_site.indices[by_site.indptr[j] : by_site.indptr[j + 1]]
        alive[rows] = False
    if ratio and n:
        affordable = np.flatnonzero(costs <= budget + 1e-9)
        if len(affordable):
            best = affordable[np.argmax(initial[affordable])]
            if initial[best] > total:
                return np.array([best]), float(initial[best])
    return np.asarray(chosen, dtype=np.int64), total


def greedy_bound(reduced: ReducedInstance, picks, k: int | None = None, budget: float | None = None) -> float:
    """An upper bound on the optimum from a greedy solution (submodularity: Minoux's online bound).

    OPT ≤ f(G) + the largest total of marginal gains Δ(j | G) that k sites (or the budget, fractionally)
    can buy; capped by the total weight.
    """
    picks = np.asarray(picks, dtype=np.int64)
    by_site = reduced.groups.tocsc()
    alive = np.ones(reduced.groups.shape[0], dtype=bool)
    for j in picks:
        alive[by_site.indices[by_site.indptr[j] : by_site.indptr[j + 1]]] = False
    private = reduced.private.copy()
    private[picks] = 0.0
    value = float(reduced.private[picks].sum() + reduced.group_weight[~alive].sum())
    gains = private + (np.asarray(by_site.T @ (reduced.group_weight * alive)).ravel() if len(private) else 0.0)
    if budget is None:
        extra = float(np.sort(gains)[::-1][:k].sum())
    else:
        order = np.argsort(-gains / reduced.costs)
        spend = np.cumsum(reduced.costs[order])
        full = spend <= budget + 1e-9
        extra = float(gains[order][full].sum())
        if not full.all():
            first = int(np.argmin(full))
            left = budget - (spend[first - 1] if first else 0.0)
            extra += float(gains[order][first] * left / reduced.costs[order][first])
    everything = float(reduced.private.sum() + reduced.group_weight.sum())
    return min(everything, value + extra)


def milp(
    reduced: ReducedInstance,
    k: int | None = None,
    budget: float | None = None,
    time_limit: float = 120.0,
    mip_rel_gap: float = 1e-6,
):
    """Solve a reduced instance with HiGHS; returns (positions chosen or None, objective, dual bound, status)."""
    from scipy.optimize import Bounds, LinearConstraint
    from scipy.optimize import milp as highs_milp

    n, m = len(reduced.sites), reduced.groups.shape[0]
    objective = -np.concatenate([reduced.private, reduced.group_weight])
    # y_g − Σ_{j covers g} x_j ≤ 0
    cover = sparse.hstack([-reduced.groups.astype(float), sparse.identity(m, format="csr")], format="csr")
    limit_row = sparse.csr_matrix(
        np.concatenate([np.ones(n) if budget is None else reduced.costs, np.zeros(m)]).reshape(1, -1)
    )
    constraints = [
        LinearConstraint(cover, -np.inf, 0.0),
        LinearConstraint(limit_row, 0.0, k if budget is None else budget),
    ]
    if m == 0:
        constraints = constraints[1:]
    result = highs_milp(
        objective,
        integrality=np.concatenate([np.ones(n), np.zeros(m)]),
        bounds=Bounds(0.0, 1.0),
        constraints=constraints,
        # no HiGHS presolve: the instance is already reduced, and HiGHS 1.12's presolve (scipy 1.17) spends 190 s on
        # the 40 sites of Peru that the solve itself proves optimal in 1 s (20 s with presolve on older HiGHS), so
        # a time limit made the result depend on the scipy installed; same optima in the tests and on budgets
        options={"time_limit": float(time_limit), "mip_rel_gap": float(mip_rel_gap), "disp": False, "presolve": False},
    )
    bound = getattr(result, "mip_dual_bound", None)
    bound = None if bound is None or not np.isfinite(bound) else -float(bound)
    status = MILP_STATUS.get(result.status, "error")
    if result.x is None:
        LOG.info("siting: the MILP found no solution: %s", result.message)
        return None, None, bound, status
    chosen = np.flatnonzero(result.x[:n] > 0.5)
    value = float(reduced.private[chosen].sum())
    if m:
        hit = np.asarray(reduced.groups[:, chosen].sum(axis=1)).ravel() > 0
        value += float(reduced.group_weight[hit].sum())
    return chosen, value, bound, status


def solve(
    coverage: sparse.spmatrix,
    weights,
    k: int | None = None,
    budget: float | None = None,
    costs=None,
    method: str = "auto",
    time_limit: float = 120.0,
    mip_rel_gap: float = 1e-6,
    progress: Callable[[float, str], None] = no_progress,
    is_cancelled: Callable[[], bool] = never_cancelled,
) -> Solution:
    """Choose at most ``k`` sites, or sites within ``budget``, covering the most demand weight.

    Parameters
    ----------
    coverage:
        Boolean (n_demand, n_sites) incidence from ``coverage.coverage_matrix``.
    weights:
        Non-negative weight of each demand point (e.g. need-weighted population; 0 for served points).
    k, budget:
        Exactly one of them: the number of sites, or the budget in the unit of ``costs``.
    costs:
        Cost of each site (default 1 each).
    method:
        ``"auto"`` (MILP with the time limit, greedy when the MILP is too large or finds nothing better),
        ``"milp"`` or ``"greedy"``.
    time_limit:
        Seconds allowed to the MILP solver.
    mip_rel_gap:
        Relative gap at which HiGHS stops (default 1e-6: optimal for practical purposes).
    progress, is_cancelled:
        Plain callables: ``progress(fraction, message)`` and ``is_cancelled() -> bool``.

    Returns
    -------
    Solution
        ``selected`` holds the original site indices (greedy order when the greedy solution is returned);
        ``method`` is ``"milp"`` when the MILP solution is returned, ``"greedy"`` otherwise; ``status`` is
        ``"optimal"`` (within ``mip_rel_gap``, or the greedy matches its bound), ``"time_limit"``, ``"too_large"``
        (greedy only: the MILP would exceed ``MAX_MILP_NONZEROS``) or ``"greedy_only"``; ``bound`` and ``gap``
        are always set.

    Raises
    ------
    InputError
        When neither or both of ``k`` and ``budget`` are given, or a cost is not positive.
    CancelledError
        When ``is_cancelled()`` turns true.
    """
    if method not in METHODS:
        raise InputError(
            f"Unknown method {method!r}; use one of {', '.join(METHODS)}.",
            code="bad_method",
            value=method,
            options=", ".join(METHODS),
        )
    coverage = sparse.csr_matrix(coverage, dtype=bool)
    weights = np.asarray(weights, dtype=float)
    if len(weights) != coverage.shape[0] or np.any(~np.isfinite(weights)) or np.any(weights < 0):
        raise InputError("Demand weights must be finite, non-negative, one per demand point.", code="bad_demand_weight")
    _check_limits(coverage.shape[1], costs, k, budget)
    start = time.perf_counter()
    progress(0.05, "reducing the instance")
    reduced = reduce_instance(coverage, weights, costs, budget, k)
    instance = {"sites_given": int(coverage.shape[1]), "demand_given": int(coverage.shape[0]), **reduced.size}
    LOG.info("siting: reduced instance %s", instance)
    if is_cancelled():
        raise CancelledError("The siting was cancelled.")
    progress(0.1, "greedy")
    tick = time.perf_counter()
    greedy_pick, greedy_value = greedy(reduced, k, budget, is_cancelled)
    greedy_seconds = time.perf_counter() - tick
    solution = Solution(
        selected=reduced.sites[greedy_pick],
        objective=greedy_value,
        method="greedy",
        status="greedy_only",
        bound=None,
        gap=None,
        seconds=0.0,
        greedy_objective=greedy_value,
        greedy_seconds=greedy_seconds,
        instance=instance,
    )
    online = greedy_bound(reduced, greedy_pick, k, budget)
    if method == "greedy" or not len(reduced.sites) or (method == "auto" and instance["nonzeros"] > MAX_MILP_NONZEROS):
        if method == "auto" and len(reduced.sites):
            solution.status = "too_large"
        return _finish(solution, online, start, progress)
    if is_cancelled():
        raise CancelledError("The siting was cancelled.")
    progress(0.2, "MILP (HiGHS)")
    tick = time.perf_counter()
    chosen, value, bound, status = milp(reduced, k, budget, time_limit, mip_rel_gap)
    solution.milp_seconds = time.perf_counter() - tick
    solution.milp_objective = value
    if value is not None and value >= greedy_value - 1e-9 * max(1.0, abs(greedy_value)):
        solution.selected, solution.objective, solution.method = reduced.sites[chosen], value, "milp"
    solution.status = status
    return _finish(solution, online if bound is None else min(bound, online), start, progress)


def _finish(solution: Solution, bound: float, start: float, progress: Callable[[float, str], None]) -> Solution:
    solution.bound = max(bound, solution.objective)
    solution.gap = (solution.bound - solution.objective) / solution.bound if solution.bound > 0 else 0.0
    if solution.gap <= 1e-9 and solution.status in ("greedy_only", "too_large", "time_limit"):
        solution.status = "optimal"
    solution.seconds = time.perf_counter() - start
    progress(1.0, "done")
    return solution
