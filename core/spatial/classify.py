"""Class breaks for graduated styles, computed with mapclassify (the plugin builds the renderer from them)."""

import warnings

import numpy as np
import pandas as pd

from ..errors import InputError
from .pysal import import_mapclassify, seeded_numpy

SCHEMES = {
    "fisher_jenks": "FisherJenks",
    "quantiles": "Quantiles",
    "natural_breaks": "NaturalBreaks",
    "equal_interval": "EqualInterval",
}
# mapclassify's Fisher-Jenks without numba is pure Python and quadratic: about 4.6 s for 1,874 values,
# minutes for 20,000 values. Beyond this many values it classifies evenly spaced quantiles of them instead.
EXACT_LIMIT = 1000


def class_breaks(values, k: int = 5, scheme: str = "fisher_jenks", seed: int = 0) -> list[float]:
    """Upper bounds of ``k`` classes of ``values`` (the last is the maximum), as mapclassify computes them.

    Parameters
    ----------
    values:
        Numbers; missing and infinite values are ignored.
    k:
        Number of classes; fewer when there are fewer distinct values.
    scheme:
        ``fisher_jenks`` (default, optimal), ``quantiles``, ``natural_breaks`` (k-means, seeded with ``seed``)
        or ``equal_interval``. Fisher-Jenks over more than ``EXACT_LIMIT`` values classifies ``EXACT_LIMIT``
        evenly spaced quantiles of them (deterministic, unlike mapclassify's random ``FisherJenksSampled``).

    Raises
    ------
    InputError
        For an unknown scheme, ``k < 1``, or no finite value.
    MissingDependencyError
        When mapclassify is not installed.
    """
    if scheme not in SCHEMES:
        raise InputError(
            f"Unknown classification '{scheme}'.",
            code="unknown_scheme",
            scheme=str(scheme),
            options=", ".join(SCHEMES),
            fix=f"Use one of {', '.join(SCHEMES)}.",
        )
    y = pd.to_numeric(pd.Series(np.ravel(values)), errors="coerce").to_numpy(dtype=float)
    y = y[np.isfinite(y)]
    if k < 1 or y.size == 0:
        raise InputError(
            "Class breaks need at least one class and one value.", code="no_values", fix="Choose a field with values."
        )
    k = min(k, np.unique(y).size)
    if k == 1:
        return [float(y.max())]
    if scheme == "fisher_jenks" and y.size > EXACT_LIMIT:
        y = np.quantile(y, np.linspace(0, 1, EXACT_LIMIT), method="inverted_cdf")
    classifier = getattr(import_mapclassify(), SCHEMES[scheme])
    with warnings.catch_warnings(), seeded_numpy(seed):
        warnings.filterwarnings("ignore", message="Numba not installed")
        bins = classifier(y, k=k).bins
    return [float(b) for b in bins]


def symmetric_breaks(values, classes: int = 5) -> tuple[float, list[float]]:
    """(minimum, upper bounds) of ``classes`` equal classes centred on 0, for a diverging map of changes."""
    finite = pd.to_numeric(pd.Series(values), errors="coerce").dropna()
    reach = float(finite.abs().max()) if len(finite) else 1.0
    reach = reach or 1.0
    step = 2 * reach / classes
    return -reach, [-reach + step * (number + 1) for number in range(classes)]
