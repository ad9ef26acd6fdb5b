"""Child welfare: district and province stunting and anaemia estimates, a child-risk index and interventions.

The plugin calls ``predict`` (frame, recommendations, card), ``read_rules`` and ``train``; ``python -m core
predict child-risk`` and ``python -m core train child-risk`` call the same. Individual child records never
leave this package (see ``privacy``). Heavy libraries are imported only inside the functions.
"""

from .index import WEIGHTS, child_risk_index, sensitivity
from .interventions import read_rules, recommend
from .prediction import HEADLESS_COLUMNS, LEVELS, comparison, load_model, predict, with_geometry, write_csv
from .privacy import MIN_CELL, PrivacyError, check_min_cell
from .training import train

__all__ = [
    "HEADLESS_COLUMNS",
    "LEVELS",
    "MIN_CELL",
    "WEIGHTS",
    "PrivacyError",
    "check_min_cell",
    "child_risk_index",
    "comparison",
    "load_model",
    "predict",
    "read_rules",
    "recommend",
    "sensitivity",
    "train",
    "with_geometry",
    "write_csv",
]
