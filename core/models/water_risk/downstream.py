"""What the planning tools (scenarios, rehabilitation, the child-risk index) take from the water-risk model.

The map says ``sin_evidencia`` where the national model cannot discriminate and nothing is observed near a
system (``prediction.NO_EVIDENCE``); planning still needs a class for every system. ``planning_classes`` keeps
the class ``predict`` gave (observed: ``alto``/``bajo``; estimated with local evidence: ``LOCAL_THRESHOLDS``)
and gives a system without evidence the class of its risk on the card's thresholds: without any survey those
are exactly the classes of the model before survey mode, and a survey elsewhere leaves them as they were.
"""

import numpy as np
import pandas as pd

from .prediction import NO_EVIDENCE, classify


def planning_classes(systems: pd.DataFrame, card: dict) -> np.ndarray:
    """``bajo``/``medio``/``alto`` of every row of a ``predict`` systems frame (no ``sin_evidencia``).

    Parameters
    ----------
    systems:
        The systems frame of ``water_risk.predict`` (``risk``, ``risk_class``, ``status``).
    card:
        Its model card (the class thresholds of the national model).
    """
    classes = systems["risk_class"].to_numpy(dtype=object)
    blank = classes == NO_EVIDENCE
    if not blank.any():
        return classes
    thresholds = card["risk_classes"]["thresholds"]
    return np.where(blank, classify(systems["risk"].to_numpy(dtype=float), thresholds), classes)
