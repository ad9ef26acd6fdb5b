"""District poverty: the monetary poverty rate (%) of every district with a 90 % interval.

The plugin calls ``predict`` (frame, card), ``held_out_predictions`` and ``train``; ``python -m core train
poverty`` and ``python -m core predict poverty`` call the same. Heavy libraries (scikit-learn,
TensorFlow) are imported only inside the functions.
"""

from .prediction import held_out_predictions, load_model, predict, write_csv
from .training import train

__all__ = ["held_out_predictions", "load_model", "predict", "train", "write_csv"]
