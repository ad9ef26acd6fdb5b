"""Planning scenarios: define them (``model``), run them (``run``), keep them in a GeoPackage (``store``).

Heavy work is in the submodules (numpy, scipy and pandas load on import of ``run`` and ``store``).
"""

from .model import Scenario, baseline
from .run import KPI_UNITS, ScenarioResult, compare, run_scenario
from .store import ScenarioStore

__all__ = ["KPI_UNITS", "Scenario", "ScenarioResult", "ScenarioStore", "baseline", "compare", "run_scenario"]
