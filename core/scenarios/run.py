"""Run a scenario: population at the horizon, who is served, water-quality risk, need, demand and cost.

Method (the same for the baseline and every scenario; see ``model`` for the default assumptions):

1. **Population at the horizon**: each populated centre's 2020 population (district totals spread over the
   centres, ``core.planning.population``) times the growth factor of its district: ``(1 + r/100)^years`` with
   the district's own annual rate ``r`` when given, else the national annual rate, or ``1 + total_pct/100``.
2. **Plan**, applied in this order, each ranked selection (``{"top": N}``) cut where the budget runs out:
   rehabilitation (the system counts as functioning again and its treatment is repaired), treatment fixes
   (the system's water-quality risk becomes the repaired risk: the lowest the model gives any system, class
   ``bajo``), chosen new sites (never cut), then optimised new sites (maximal covering of the unserved,
   need-weighted population, exact MILP: ``core.planning.site``) with ``k`` sites or the smaller of their
   budget and what is left. New sites are functioning and low-risk.
3. **Served**: a centre within ``access_km`` (great circle) of a functioning water point (SIASAR systems not
   collapsed, rehabilitated ones, new sites); urban centres are served by their utility when
   ``urban_served``. **High-risk served**: population of centres served by water points that are all of
   class ``alto``. **Need-weighted unserved**: unserved population × need factor, ``1 + w_p·poverty/100 +
   w_c·child_risk_index/100`` (district poverty: INEI 2018, the poverty model where absent; child-risk index of
   ``core.models.child_risk``).
4. **Demand** (m³/day): served population × per-capita consumption (by natural region, rural or urban) ×
   the climate factor ``(1 + t%·ΔT) × (1 + e·ΔP%)``.
5. **Cost**: unit costs (or a site's own cost) of every action; ``budget_left`` = budget − cost.
"""

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from ..errors import CancelledError, InputError
from ..planning.coverage import coverage_matrix, unit_vectors
from .inputs import ScenarioInputs, load_inputs, never_cancelled, no_progress
from .kpis import KPI_UNITS
from .model import Scenario

LOG = logging.getLogger("aguaperu")
DISTRICT_METRICS = (
    "population",
    "served",
    "unserved",
    "served_share",
    "high_risk_served",
    "need_weighted_unserved",
    "demand_m3_day",
    "new_systems",
    "rehabilitated",
    "treatment_fixes",
    "cost",
)
WITHOUT_PLAN = "without_plan"  # summary key: the KPIs of the same assumptions without the plan (``plan_counterpart``)


@dataclass
class ScenarioResult:
    """What a run produced, tagged with the scenario it was run for (id, version and a copy of it).

    Attributes
    ----------
    scenario:
        A copy of the scenario as it was when the run started (edits made meanwhile do not reach it).
    kpis:
        National (or selection) figures, keys and units in ``KPI_UNITS``.
    districts:
        Per district (GeoDataFrame when the boundaries were read): ``ubigeo, department, province, district,
        region, population, served, unserved, served_share, high_risk_served, poverty_pct, child_risk_index,
        need_factor, need_weighted_unserved, demand_m3_day, new_systems, rehabilitated, treatment_fixes, cost``.
    sites:
        New sites: ``site_id, name, source`` (``given``/``optimised``), ``ubigeo, longitude, latitude, cost,
        population_within, newly_served``.
    systems:
        SIASAR systems of the selection and every system acted on: ``system_id, name, ubigeo, longitude,
        latitude, functioning_before, functioning, rehabilitated, treatment_fixed, risk_before, risk,
        risk_class_before, risk_class, status, population_within, cost`` (``status``: ``observed`` where the
        office's survey or measurements gave the treatment's state, ``estimated`` where the model did).
    summary:
        ``assumptions`` (the method in words and numbers), ``warnings``, ``siting`` (solver summary),
        ``seconds``, ``finished``.
    """

    scenario: Scenario
    kpis: dict
    districts: pd.DataFrame
    sites: pd.DataFrame
    systems: pd.DataFrame
    summary: dict = field(default_factory=dict)

    @property
    def scenario_id(self) -> str:
        return self.scenario.id

    @property
    def scenario_version(self) -> int:
        return self.scenario.version

    def kpi_table(self) -> pd.DataFrame:
        """The KPIs as rows: ``kpi, value, unit``."""
        return pd.DataFrame(
            {"kpi": list(self.kpis), "value": list(self.kpis.values()), "unit": [KPI_UNITS[k] for k in self.kpis]}
        )


def run_scenario(
    scenario: Scenario,
    data_dir: str | Path,
    progress: Callable[[float, str], None] = no_progress,
    is_cancelled: Callable[[], bool] = never_cancelled,
    inputs: ScenarioInputs | None = None,
    geometry: bool = True,
    survey=None,
    measurements=None,
) -> ScenarioResult:
    """Compute a scenario (see the module docstring for the method).

    Parameters
    ----------
    scenario:
        The scenario; it is copied first, so edits made while the run goes on do not change the result.
    data_dir:
        A folder laid out like the shared data.
    progress, is_cancelled:
        Plain callables: ``progress(fraction, message)`` and ``is_cancelled() -> bool``.
    inputs:
        Shared inputs (default: ``load_inputs(data_dir)``, cached in the process).
    geometry:
        Attach the district polygons to ``districts`` (a GeoDataFrame, EPSG:4326).
    survey, measurements:
        The office's observations (paths or frames, ``water_risk.survey``): the systems take the observed
        state where known and the estimate elsewhere (ignored when ``inputs`` are given).

    Returns
    -------
    ScenarioResult

    Raises
    ------
    InputError
        For plan items naming unknown systems, or inputs that cannot be read.
    CancelledError
        When ``is_cancelled()`` turns true.
    """
    started = time.perf_counter()
    scenario = scenario.copy()
    inputs = inputs or load_inputs(
        data_dir, lambda f, m: progress(0.6 * f, m), is_cancelled, survey=survey, measurements=measurements
    )
    _check(is_cancelled)
    progress(0.6, "population")
    codes = tuple(scenario.departments)
    centres = _centres(scenario, inputs, codes)
    warnings: list[str] = []
    systems = inputs.systems.assign(
        functioning_before=inputs.systems["functioning"],
        risk_before=inputs.systems["risk"],
        risk_class_before=inputs.systems["risk_class"],
        rehabilitated=False,
        treatment_fixed=False,
        cost=0.0,
    )
    selected = (
        systems["ubigeo"].astype("string").str[:2].isin(codes).fillna(False) if codes else systems["ubigeo"].notna()
    )
    ledger = _Budget(scenario.budget)
    progress(0.65, "rehabilitation")
    _rehabilitate(scenario, inputs, systems, selected, ledger, warnings, progress, is_cancelled)
    _check(is_cancelled)
    progress(0.75, "treatment fixes")
    _fix_treatment(scenario, inputs, systems, selected, centres, ledger, warnings)
    progress(0.8, "new sites")
    sites, siting = _new_sites(scenario, inputs, systems, centres, ledger, warnings, progress, is_cancelled)
    _check(is_cancelled)
    progress(0.9, "coverage")
    centres = _outcomes(scenario, systems, sites, centres)
    districts = _districts(scenario, inputs, centres, systems, sites)
    if geometry:
        districts = _with_geometry(districts, inputs)
    kept = selected | systems["rehabilitated"] | systems["treatment_fixed"]
    systems = _systems_table(systems[kept.to_numpy()], centres, scenario.access_km)
    kpis = _kpis(scenario, centres, systems, sites, districts, ledger)
    summary = {
        "assumptions": assumptions(scenario, inputs),
        "warnings": warnings,
        "siting": siting,
        "seconds": round(time.perf_counter() - started, 2),
        "finished": pd.Timestamp.now(tz="UTC").isoformat(timespec="seconds"),
    }
    for warning in warnings:
        LOG.warning("scenario %s: %s", scenario.name, warning)
    progress(1.0, "done")
    return ScenarioResult(scenario, kpis, districts, sites, systems, summary)


def plan_counterpart(
    result: ScenarioResult,
    data_dir: str | Path,
    progress: Callable[[float, str], None] = no_progress,
    is_cancelled: Callable[[], bool] = never_cancelled,
    survey=None,
    measurements=None,
) -> ScenarioResult:
    """The result with the KPIs of its *same-assumptions counterpart* in ``summary[WITHOUT_PLAN]``: the scenario
    run again with the same growth, climate, horizon, departments and method but no plan (no new sites, no
    rehabilitation, no treatment fix), so that a comparison can tell the plan's own effect from that of the
    assumptions (``compare``). A scenario without a plan is returned as it is: it is its own counterpart.

    The counterpart is never stored as a scenario: only its KPIs travel with the result (``{"kpis": …}``).
    """
    if result.scenario.plan.is_empty:
        return result
    from .model import Plan

    counterpart = run_scenario(
        result.scenario.copy(plan=Plan()),
        data_dir,
        progress,
        is_cancelled,
        geometry=False,
        survey=survey,
        measurements=measurements,
    )
    summary = {**result.summary, WITHOUT_PLAN: {"kpis": counterpart.kpis}}
    return ScenarioResult(result.scenario, result.kpis, result.districts, result.sites, result.systems, summary)


def without_plan_kpis(result: ScenarioResult) -> dict | None:
    """The KPIs of the result's scenario without its plan: its own KPIs when it has no plan, those of its
    counterpart (``plan_counterpart``) when it has one, None when they were not computed (results stored by an
    earlier version: run the scenario again)."""
    if result.scenario.plan.is_empty:
        return result.kpis
    stored = result.summary.get(WITHOUT_PLAN)
    return stored.get("kpis") if isinstance(stored, dict) and isinstance(stored.get("kpis"), dict) else None


def _check(is_cancelled: Callable[[], bool]) -> None:
    if is_cancelled():
        raise CancelledError("The scenario run was cancelled.")


class _Budget:
    """What is left of the scenario's budget (infinite without one)."""

    def __init__(self, budget: float | None) -> None:
        self.budget = budget
        self.spent = 0.0

    @property
    def left(self) -> float:
        return np.inf if self.budget is None else self.budget - self.spent

    def take(self, costs: np.ndarray) -> int:
        """How many of the ranked items with these costs fit, in order; they are spent."""
        cumulative = np.cumsum(np.asarray(costs, dtype=float))
        fits = int(np.searchsorted(cumulative, self.left + 1e-6, side="right"))
        self.spent += float(cumulative[fits - 1]) if fits else 0.0
        return fits

    def spend(self, amount: float) -> None:
        self.spent += float(amount)


def _centres(scenario: Scenario, inputs: ScenarioInputs, codes: tuple) -> pd.DataFrame:
    centres = inputs.centres
    if codes:
        centres = centres[centres["department"].isin(codes)]
    if not len(centres):
        raise InputError(
            "No populated centre is left in the departments chosen.",
            code="empty_selection",
            value=list(codes),
            departments=", ".join(codes),
        )
    districts = inputs.districts.set_index("ubigeo")
    factor = pd.Series(scenario.growth.national_factor(scenario.years), index=centres.index)
    if scenario.growth.by_district and scenario.years > 0:
        rates = centres["ubigeo"].map(pd.Series(scenario.growth.by_district, dtype=float))
        own = rates.notna()
        factor[own] = (1.0 + rates[own] / 100.0) ** scenario.years
    poverty = centres["ubigeo"].map(districts["poverty_pct"]).astype(float).fillna(districts["poverty_pct"].median())
    child = centres["ubigeo"].map(districts["child_risk_index"]).astype(float).fillna(50.0)
    weights = scenario.need_weights
    need_factor = 1.0 + weights["poverty"] * poverty / 100.0 + weights["child_risk"] * child / 100.0
    region = centres["ubigeo"].map(districts["region"]).fillna("sierra")
    urban = centres["urban"].to_numpy(dtype=bool)
    lpcd = np.where(
        urban,
        region.map(scenario.demand.urban_lpcd).to_numpy(float),
        region.map(scenario.demand.rural_lpcd).to_numpy(float),
    )
    return pd.DataFrame(
        {
            "centre_id": centres["centre_id"].to_numpy(),
            "name": centres["name"].to_numpy(),
            "ubigeo": centres["ubigeo"].to_numpy(),
            "urban": urban,
            "longitude": centres["longitude"].to_numpy(float),
            "latitude": centres["latitude"].to_numpy(float),
            "population": (centres["population"].fillna(0.0) * factor).to_numpy(float),
            "need_factor": need_factor.to_numpy(float),
            "lpcd": lpcd,
        }
    )


def _by_ids(systems: pd.DataFrame, ids: list, label: str) -> np.ndarray:
    """Row positions of the listed system IDs; an InputError names the unknown ones."""
    position = pd.Series(np.arange(len(systems)), index=systems["system_id"].to_numpy())
    unknown = [i for i in ids if i not in position.index]
    if unknown:
        raise InputError(
            f"{label}: {len(unknown)} system ID(s) are not SIASAR systems, e.g. {', '.join(unknown[:5])}.",
            code="unknown_system",
            field=label,
            value=unknown[:20],
            count=len(unknown),
            examples=", ".join(map(str, unknown[:5])),
            fix='Use IDs of the SIASAR table (column ID), or {"top": N}.',
        )
    return position[list(dict.fromkeys(ids))].to_numpy()


def _rehabilitate(scenario, inputs, systems, selected, ledger, warnings, progress, is_cancelled) -> None:
    choice = scenario.plan.rehabilitate
    if not choice:
        return
    unit = scenario.unit_costs["rehabilitation"]
    if isinstance(choice, dict):
        ranking = inputs.rehab_ranking(
            scenario.access_km,
            tuple(scenario.departments),
            lambda f, m: progress(0.65 + 0.1 * f, m),
            is_cancelled,
        )
        rows = _by_ids(systems, ranking["ID"].astype(str).head(choice["top"]).tolist(), "plan.rehabilitate")
        rows = _within_budget(rows, unit, ledger, warnings, "rehabilitations")
    else:
        rows = _by_ids(systems, choice, "plan.rehabilitate")
        ledger.spend(unit * len(rows))
    systems.loc[systems.index[rows], "functioning"] = True
    _mark(systems, rows, "rehabilitated", unit, inputs)


def _within_budget(rows: np.ndarray, unit: float, ledger: "_Budget", warnings: list, what: str) -> np.ndarray:
    """The first ranked rows the budget pays for (a warning says when some are cut)."""
    fits = ledger.take(np.full(len(rows), unit))
    if fits < len(rows):
        warnings.append(f"the budget covers {fits} of the {len(rows)} {what} asked for")
    return rows[:fits]


def _mark(systems: pd.DataFrame, rows: np.ndarray, flag: str, unit: float, inputs: ScenarioInputs) -> None:
    """Flag the systems, repair their treatment and book their cost."""
    index = systems.index[rows]
    systems.loc[index, flag] = True
    _repair(systems, index, inputs)
    systems.loc[index, "cost"] += unit


def _repair(systems: pd.DataFrame, index, inputs: ScenarioInputs) -> None:
    systems.loc[index, "risk"] = np.minimum(systems.loc[index, "risk"].to_numpy(float), inputs.repaired_risk)
    systems.loc[index, "risk_class"] = _classify(systems.loc[index, "risk"].to_numpy(float), inputs.thresholds)


def _classify(risk: np.ndarray, thresholds: dict) -> np.ndarray:
    from ..models.water_risk import classify

    return classify(risk, thresholds)


def _fix_treatment(scenario, inputs, systems, selected, centres, ledger, warnings) -> None:
    choice = scenario.plan.fix_treatment
    if not choice:
        return
    unit = scenario.unit_costs["treatment_fix"]
    if isinstance(choice, dict):
        eligible = selected & systems["functioning"] & ~systems["rehabilitated"]
        eligible &= systems["risk"] > inputs.repaired_risk
        reach = coverage_matrix(
            centres[["longitude", "latitude"]].to_numpy(),
            systems[["longitude", "latitude"]].to_numpy(),
            scenario.access_km,
        )
        people = np.asarray(reach.T @ centres["population"].to_numpy(float)).ravel()
        order = pd.DataFrame({"risk": systems["risk"].to_numpy(), "people": people})[eligible.to_numpy()]
        order = order.sort_values(["risk", "people"], ascending=False, kind="stable")
        rows = order.index.to_numpy()[: choice["top"]]
        if len(rows) < choice["top"]:
            warnings.append(
                f"only {len(rows)} functioning systems can take a treatment fix ({choice['top']} asked for)"
            )
        rows = _within_budget(rows, unit, ledger, warnings, "treatment fixes")
    else:
        rows = _by_ids(systems, choice, "plan.fix_treatment")
        ledger.spend(unit * len(rows))
    _mark(systems, rows, "treatment_fixed", unit, inputs)


def _nearest_ubigeo(inputs: ScenarioInputs, lonlat: np.ndarray) -> np.ndarray:
    """The district of the nearest populated centre of each point."""
    from scipy.spatial import cKDTree

    if not len(lonlat):
        return np.array([], dtype=object)
    tree = cKDTree(unit_vectors(inputs.centres["longitude"], inputs.centres["latitude"]))
    _, nearest = tree.query(unit_vectors(lonlat[:, 0], lonlat[:, 1]))
    return inputs.centres["ubigeo"].to_numpy()[nearest]


def _served(scenario, points: np.ndarray, centres: pd.DataFrame) -> np.ndarray:
    reach = coverage_matrix(centres[["longitude", "latitude"]].to_numpy(), points, scenario.access_km)
    served = np.diff(reach.indptr) > 0
    if scenario.urban_served:
        served |= centres["urban"].to_numpy(bool)
    return served


def _new_sites(scenario, inputs, systems, centres, ledger, warnings, progress, is_cancelled):
    columns = ["site_id", "name", "source", "candidate_id", "ubigeo", "longitude", "latitude", "cost"]
    unit = scenario.unit_costs["new_system"]
    given = [s for s in scenario.plan.new_sites if "optimise" not in s]
    table = pd.DataFrame(
        {
            "name": [s["name"] for s in given],
            "source": "given",
            "candidate_id": None,
            "longitude": [s["longitude"] for s in given],
            "latitude": [s["latitude"] for s in given],
            "cost": [float(s.get("cost", unit)) for s in given],
        }
    )
    table["ubigeo"] = _nearest_ubigeo(inputs, table[["longitude", "latitude"]].to_numpy(float))
    ledger.spend(float(table["cost"].sum()))
    siting: dict = {}
    optimise = next((s["optimise"] for s in scenario.plan.new_sites if "optimise" in s), None)
    if optimise is not None:
        chosen, siting = _optimise(
            scenario, systems, table, centres, optimise, ledger, warnings, progress, is_cancelled
        )
        table = pd.concat([table, chosen], ignore_index=True) if len(table) else chosen
    table = table.reindex(columns=columns)
    table["site_id"] = [f"S{i + 1}" for i in range(len(table))]
    return table.reset_index(drop=True), siting


def _optimise(scenario, systems, given, centres, optimise, ledger, warnings, progress, is_cancelled):
    from ..planning.siting import SitingOptions, site

    working = systems.loc[systems["functioning"], ["longitude", "latitude"]].to_numpy(float)
    points = np.vstack([working, given[["longitude", "latitude"]].to_numpy(float)])
    demand = centres.assign(
        served=_served(scenario, points, centres), need=centres["population"] * centres["need_factor"]
    )
    unit = scenario.unit_costs["new_system"]
    budget = None
    if "budget" in optimise:
        budget = min(optimise["budget"], ledger.left)
    elif ledger.budget is not None:
        budget = min(optimise["k"] * unit, ledger.left)
    if (budget is not None and budget < unit) or not (~demand["served"]).any():
        warnings.append("no new site could be optimised (no budget left or nobody unserved)")
        return pd.DataFrame(), {}
    options = SitingOptions(
        k=optimise.get("k") if budget is None else None,
        budget=budget,
        unit_cost=unit if unit > 0 else 1e-9,
        access_km=scenario.access_km,
        exclude_served=True,
    )
    result = site(demand, options, None, lambda f, m: progress(0.8 + 0.1 * f, m), is_cancelled)
    if "k" in optimise and budget is not None and len(result.sites) > optimise["k"]:
        result.sites = result.sites.head(optimise["k"])
    chosen = pd.DataFrame(
        {
            "name": result.sites["name"].to_numpy(),
            "source": "optimised",
            "candidate_id": result.sites["candidate_id"].astype(str).to_numpy(),
            "ubigeo": result.sites["ubigeo"].to_numpy(),
            "longitude": result.sites["longitude"].to_numpy(float),
            "latitude": result.sites["latitude"].to_numpy(float),
            "cost": float(unit),
        }
    )
    ledger.spend(float(chosen["cost"].sum()))
    summary = {k: v for k, v in result.summary.items() if k != "options"}
    return chosen, summary


def _outcomes(scenario, systems, sites, centres) -> pd.DataFrame:
    """Served, high-risk served, need-weighted unserved and demand of every centre."""
    working = systems[systems["functioning"]]
    points = np.vstack(
        [working[["longitude", "latitude"]].to_numpy(float), sites[["longitude", "latitude"]].to_numpy(float)]
    )
    alto = np.concatenate([working["risk_class"].eq("alto").to_numpy(bool), np.zeros(len(sites), dtype=bool)])
    reach = coverage_matrix(centres[["longitude", "latitude"]].to_numpy(), points, scenario.access_km)
    by_point = np.diff(reach.indptr) > 0
    safe = np.asarray(reach @ (~alto).astype(float)).ravel() > 0
    utility = centres["urban"].to_numpy(bool) & scenario.urban_served
    served = by_point | utility
    people = centres["population"].to_numpy(float)
    climate = scenario.demand.climate_factor(scenario.climate)
    return centres.assign(
        served=served,
        high_risk=by_point & ~safe & ~utility,
        served_pop=np.where(served, people, 0.0),
        unserved_pop=np.where(served, 0.0, people),
        high_risk_pop=np.where(by_point & ~safe & ~utility, people, 0.0),
        need_unserved=np.where(served, 0.0, people * centres["need_factor"].to_numpy(float)),
        demand_m3_day=np.where(served, people * centres["lpcd"].to_numpy(float) / 1000.0 * climate, 0.0),
    )


def _districts(scenario, inputs, centres, systems, sites) -> pd.DataFrame:
    grouped = centres.groupby("ubigeo", sort=True).agg(
        population=("population", "sum"),
        served=("served_pop", "sum"),
        unserved=("unserved_pop", "sum"),
        high_risk_served=("high_risk_pop", "sum"),
        need_weighted_unserved=("need_unserved", "sum"),
        demand_m3_day=("demand_m3_day", "sum"),
    )
    frame = grouped.reset_index()
    frame["served_share"] = np.where(
        frame["population"] > 0, frame["served"] / frame["population"].where(frame["population"] > 0, 1), 0.0
    )
    info = inputs.districts.set_index("ubigeo")
    frame["region"] = frame["ubigeo"].map(info["region"])
    frame["poverty_pct"] = frame["ubigeo"].map(info["poverty_pct"]).astype(float)
    frame["child_risk_index"] = frame["ubigeo"].map(info["child_risk_index"]).astype(float)
    weights = scenario.need_weights
    frame["need_factor"] = (
        1.0
        + weights["poverty"] * frame["poverty_pct"] / 100.0
        + weights["child_risk"] * frame["child_risk_index"] / 100.0
    )
    acted = systems[systems["rehabilitated"] | systems["treatment_fixed"]]
    counts = {
        "new_systems": sites.groupby("ubigeo").size(),
        "rehabilitated": acted[acted["rehabilitated"]].groupby("ubigeo").size(),
        "treatment_fixes": acted[acted["treatment_fixed"]].groupby("ubigeo").size(),
    }
    for name, series in counts.items():
        frame[name] = frame["ubigeo"].map(series).fillna(0).astype(int)
    cost = pd.concat([sites[["ubigeo", "cost"]], acted[["ubigeo", "cost"]]]).groupby("ubigeo")["cost"].sum()
    frame["cost"] = frame["ubigeo"].map(cost).fillna(0.0).astype(float)
    frame["department"] = frame["ubigeo"].str[:2]
    order = ["ubigeo", "department", "region", "population", "served", "unserved", "served_share", "high_risk_served"]
    rest = ["poverty_pct", "child_risk_index", "need_factor", "need_weighted_unserved", "demand_m3_day"]
    return frame[order + rest + ["new_systems", "rehabilitated", "treatment_fixes", "cost"]]


def _with_geometry(districts: pd.DataFrame, inputs: ScenarioInputs):
    import geopandas as gpd

    shapes = inputs.district_shapes().drop_duplicates("ubigeo").set_index("ubigeo")
    position = shapes.index.get_indexer(districts["ubigeo"])
    geometry = shapes.geometry.reset_index(drop=True).reindex(position).set_axis(districts.index)
    frame = districts.assign(
        province=districts["ubigeo"].map(shapes["prov"]),
        district=districts["ubigeo"].map(shapes["distr"]),
    )
    frame.insert(2, "province", frame.pop("province"))
    frame.insert(3, "district", frame.pop("district"))
    return gpd.GeoDataFrame(frame, geometry=geometry, crs="EPSG:4326")


def _systems_table(systems: pd.DataFrame, centres: pd.DataFrame, access_km: float) -> pd.DataFrame:
    reach = coverage_matrix(
        centres[["longitude", "latitude"]].to_numpy(), systems[["longitude", "latitude"]].to_numpy(), access_km
    )
    within = np.asarray(reach.T @ centres["population"].to_numpy(float)).ravel()
    table = systems.assign(population_within=within.round(1))
    columns = ["system_id", "name", "ubigeo", "longitude", "latitude", "functioning_before", "functioning"]
    columns += ["rehabilitated", "treatment_fixed", "risk_before", "risk", "risk_class_before", "risk_class"]
    columns += ["status"] if "status" in table else []  # survey mode: observed or estimated
    return table[columns + ["population_within", "cost"]].reset_index(drop=True)


def _kpis(scenario, centres, systems, sites, districts, ledger) -> dict:
    population = float(centres["population"].sum())
    served = float(centres["served_pop"].sum())
    rural_rows = ~centres["urban"].to_numpy(bool)
    rural = float(centres.loc[rural_rows, "population"].sum())
    rural_served = float(centres.loc[rural_rows, "served_pop"].sum())
    cost = float(districts["cost"].sum())
    return {
        "population": population,
        "served": served,
        "unserved": float(centres["unserved_pop"].sum()),
        "served_share": served / population if population else 0.0,
        "rural_population": rural,
        "rural_served": rural_served,
        "rural_served_share": rural_served / rural if rural else 0.0,
        "high_risk_served": float(centres["high_risk_pop"].sum()),
        "need_weighted_unserved": float(centres["need_unserved"].sum()),
        "demand_m3_day": float(centres["demand_m3_day"].sum()),
        "functioning_systems": int(systems["functioning"].sum()),
        "new_systems": int(len(sites)),
        "rehabilitated": int(systems["rehabilitated"].sum()),
        "treatment_fixes": int(systems["treatment_fixed"].sum()),
        "cost": cost,
        "budget": float(scenario.budget) if scenario.budget is not None else float("nan"),
        "budget_left": float(scenario.budget) - cost if scenario.budget is not None else float("nan"),
    }


def assumptions(scenario: Scenario, inputs: ScenarioInputs) -> dict:
    """The method's assumptions of a run, in numbers and words (stored with the results)."""
    return {
        "population": "INEI 2020 district totals spread over populated centres (urban centre = 90 rural shares)",
        "growth_factor_national": scenario.growth.national_factor(scenario.years),
        "served": f"within {scenario.access_km:g} km of a functioning water point"
        + ("; urban centres served by their utility" if scenario.urban_served else ""),
        "functioning": "SIASAR systems without a component in state D (collapsed), rehabilitated ones, new sites",
        "repaired_risk": inputs.repaired_risk,
        "risk_thresholds": inputs.thresholds,
        "need_factor": "1 + {poverty} x poverty/100 + {child_risk} x child_risk_index/100".format(
            **scenario.need_weights
        ),
        "rural_lpcd": scenario.demand.rural_lpcd,
        "urban_lpcd": scenario.demand.urban_lpcd,
        "lpcd_sources": "rural: RM 192-2018-VIVIENDA; urban: RNE OS.100",
        "climate_factor": scenario.demand.climate_factor(scenario.climate),
        "unit_costs": scenario.unit_costs,
    }


def compare(results: dict[str, ScenarioResult], baseline_name: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Baseline against every other result: KPIs side by side, and per-district differences.

    Parameters
    ----------
    results:
        Name → result; ``baseline_name`` must be one of them.
    baseline_name:
        The reference.

    Returns
    -------
    (kpi_table, district_table)
        ``kpi_table``: one row per KPI: ``kpi, unit``, one column per result (the baseline first), then for
        each other result ``<name>_diff`` (result − baseline, the total change) and ``<name>_pct`` (difference
        in % of the baseline; NaN where the baseline is 0), then for each other result the split of the total
        change: ``<name>_assumptions`` (the scenario without its plan − baseline: growth, climate, horizon)
        and ``<name>_plan`` (the scenario − the scenario without its plan: the plan's own effect, exactly 0
        for a scenario without a plan; NaN both when the counterpart was not computed, see
        ``without_plan_kpis``). ``district_table``: one row per scenario and district,
        ``scenario, ubigeo`` and, for each metric of ``DISTRICT_METRICS``, ``<metric>`` (the scenario),
        ``<metric>_baseline`` and ``<metric>_diff``.

    Raises
    ------
    InputError
        When the baseline is not among the results.
    """
    if baseline_name not in results:
        raise InputError(
            f"The baseline {baseline_name!r} is not among the results ({', '.join(results)}).",
            code="missing_baseline",
            value=baseline_name,
            names=", ".join(map(str, results)),
        )
    names = [baseline_name] + [n for n in results if n != baseline_name]
    base = results[baseline_name].kpis
    table = pd.DataFrame({"kpi": list(KPI_UNITS), "unit": list(KPI_UNITS.values())})
    for name in names:
        table[name] = [float(results[name].kpis.get(k, np.nan)) for k in KPI_UNITS]
    reference = np.array([float(base.get(k, np.nan)) for k in KPI_UNITS])
    for name in names[1:]:
        diff = table[name].to_numpy(float) - reference
        table[f"{name}_diff"] = diff
        with np.errstate(divide="ignore", invalid="ignore"):
            table[f"{name}_pct"] = np.where(reference != 0, 100.0 * diff / np.abs(reference), np.nan)
    for name in names[1:]:
        alone = without_plan_kpis(results[name])
        without = np.array([float(alone.get(k, np.nan)) if alone else np.nan for k in KPI_UNITS])
        table[f"{name}_assumptions"] = without - reference
        table[f"{name}_plan"] = table[name].to_numpy(float) - without
    base_districts = pd.DataFrame(results[baseline_name].districts)[["ubigeo", *DISTRICT_METRICS]]
    parts = []
    for name in names[1:]:
        own = pd.DataFrame(results[name].districts)[["ubigeo", *DISTRICT_METRICS]]
        merged = own.merge(base_districts, on="ubigeo", how="outer", suffixes=("", "_baseline"))
        columns = {"scenario": name, "ubigeo": merged["ubigeo"]}
        for metric in DISTRICT_METRICS:
            columns[metric] = merged[metric]
            columns[f"{metric}_baseline"] = merged[f"{metric}_baseline"]
            columns[f"{metric}_diff"] = merged[metric].fillna(0.0) - merged[f"{metric}_baseline"].fillna(0.0)
        parts.append(pd.DataFrame(columns))
    empty = pd.DataFrame(columns=["scenario", "ubigeo"])
    districts = pd.concat(parts, ignore_index=True) if parts else empty
    return table, districts
