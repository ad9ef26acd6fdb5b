"""The key performance indicators of a scenario run, named once: their order, unit, which way is better and
where each is shown. The run (``run``), the store, the comparison, the command line, the dock and the printed
report all read this list; only the words of each label live with the page or report that shows them.
"""

from dataclasses import dataclass

DOCK = "dock"  # the dock's comparison table (and its chart: the KPIs with a direction)
PAGE = "page"  # a scenario's page of the report
COMPARED = "compared"  # the report's comparison page
CHART = "chart"  # the report's chart of the changes against the baseline


@dataclass(frozen=True)
class Kpi:
    """One indicator: ``key`` (column of the KPI tables), ``unit``, ``better`` ("up": more is better, "down":
    less is, None: neither), ``count`` (an integer count of systems), ``decimals`` and ``percent`` (a share
    printed in %) of the report, and ``shown``: where it appears (``DOCK``, ``PAGE``, ``COMPARED``, ``CHART``)."""

    key: str
    unit: str
    better: str | None = None
    count: bool = False
    decimals: int = 0
    percent: bool = False
    shown: frozenset = frozenset()


def _kpi(key: str, unit: str, better: str | None = None, *shown: str, **options) -> Kpi:
    return Kpi(key, unit, better, shown=frozenset(shown), **options)


KPIS: tuple[Kpi, ...] = (
    _kpi("population", "people", None, DOCK, PAGE, COMPARED),
    _kpi("served", "people", "up", DOCK),
    _kpi("unserved", "people", "down", DOCK, PAGE, COMPARED, CHART),
    _kpi("served_share", "fraction", "up", DOCK, PAGE, COMPARED, CHART, decimals=1, percent=True),
    _kpi("rural_population", "people"),
    _kpi("rural_served", "people", "up"),
    _kpi("rural_served_share", "fraction", "up", percent=True),
    _kpi("high_risk_served", "people", "down", DOCK, PAGE, COMPARED, CHART),
    _kpi("need_weighted_unserved", "people x need factor", "down", DOCK, PAGE, COMPARED, CHART),
    _kpi("demand_m3_day", "m3/day", None, DOCK, PAGE, CHART),
    _kpi("functioning_systems", "systems", "up", DOCK, count=True),
    _kpi("new_systems", "systems", None, DOCK, PAGE, COMPARED, count=True),
    _kpi("rehabilitated", "systems", None, DOCK, PAGE, count=True),
    _kpi("treatment_fixes", "systems", None, DOCK, PAGE, count=True),
    _kpi("cost", "PEN", None, DOCK, PAGE, COMPARED),
    _kpi("budget", "PEN"),
    _kpi("budget_left", "PEN", None, DOCK),
)
KPI_UNITS: dict[str, str] = {kpi.key: kpi.unit for kpi in KPIS}
COUNT_KPIS: tuple[str, ...] = tuple(kpi.key for kpi in KPIS if kpi.count)


def shown(where: str) -> tuple[Kpi, ...]:
    """The KPIs shown ``where`` (``DOCK``, ``PAGE``, ``COMPARED``, ``CHART``), in order."""
    return tuple(kpi for kpi in KPIS if where in kpi.shown)
