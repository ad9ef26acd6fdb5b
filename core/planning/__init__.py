"""Planning: where to build new water points (maximal covering location) and which systems to rehabilitate.

Heavy work is in the submodules; import from them or from here (numpy, scipy and pandas load on import).
"""

from .mclp import Solution, covered_weight, reduce_instance, solve
from .population import PopulationOptions, demand_points, populated_centres, spread_population
from .rehab import WEIGHTS, rank_rehabilitation
from .siting import SitingOptions, SitingResult, plan_siting, site

__all__ = [
    "WEIGHTS",
    "PopulationOptions",
    "SitingOptions",
    "SitingResult",
    "Solution",
    "covered_weight",
    "demand_points",
    "plan_siting",
    "populated_centres",
    "rank_rehabilitation",
    "reduce_instance",
    "site",
    "solve",
    "spread_population",
]
