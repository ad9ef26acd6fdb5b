"""Water-system risk: the probability that a rural water system's treatment does not work.

The plugin calls ``predict`` (systems, districts, card); ``python -m core train water-risk`` calls
``train``. Heavy libraries (scikit-learn, TensorFlow) are imported only inside the functions.
"""

from .prediction import CLASSES, aggregate_districts, classify, load_model, predict

__all__ = ["CLASSES", "aggregate_districts", "classify", "load_model", "predict"]
