"""Water-quality standards of Peru: cited limit tables, measurement reading and the exceedance check.

``read_measurements(path, report)`` reads a long table of measurements; ``check(measurements, standard,
category)`` compares them with DS 031-2010-SA (drinking water) or DS 004-2017-MINAM (ECA for water, by
category) and returns one frame per measurement and one per sampling point.
"""

from .check import STATUSES, check, summarise_parameters, summarise_points, write_table, write_tables
from .measurements import read_measurements
from .tables import DEFAULT_STANDARD, STANDARD_FILES, categories, load_limits, select_categories
from .units import convert

STANDARDS = tuple(STANDARD_FILES)

__all__ = [
    "DEFAULT_STANDARD",
    "STANDARDS",
    "STATUSES",
    "categories",
    "check",
    "convert",
    "load_limits",
    "read_measurements",
    "select_categories",
    "summarise_parameters",
    "summarise_points",
    "write_table",
    "write_tables",
]
