"""Planning scenarios: define them (``model``), run them (``run``), keep them in a GeoPackage (``store``).

Heavy work is in the submodules (numpy, scipy and pandas load on import of ``run`` and ``store``); the names
below are imported when first used, so that the plugin can read a light submodule (``batch``' ids, ``kpis``)
while QGIS starts without loading pandas.
"""

from importlib import import_module

__all__ = ["KPI_UNITS", "Scenario", "ScenarioResult", "ScenarioStore", "baseline", "compare", "run_scenario"]
_WHERE = {
    "Scenario": "model",
    "baseline": "model",
    "KPI_UNITS": "run",
    "ScenarioResult": "run",
    "compare": "run",
    "run_scenario": "run",
    "ScenarioStore": "store",
}


def __getattr__(name: str):
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f".{_WHERE[name]}", __name__), name)
