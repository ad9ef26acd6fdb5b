"""Hotspots of a numeric district field: Getis-Ord Gi* and local Moran clusters, with permutation inference
and false-discovery-rate control. The statistics are esda's (PySAL) on libpysal contiguity weights.

Rules
-----
Weights
    Queen (or rook) contiguity, islands linked to their nearest districts (``weights.py``).
Gi*
    ``esda.G_Local(star=True)`` on binary weights, to which esda adds a self-weight of 1 before
    row-standardising. ``gi_z`` is esda's z-score (``Zs``), ``gi_p`` the pseudo p-value of ``permutations``
    conditional permutations (``p_sim``: one-sided in the direction of the observed value,
    ``(extreme + 1) / (permutations + 1)``).
Classes at three confidence levels, with FDR
    For α = 0.10, 0.05, 0.01 the threshold t(α) is ``esda.fdr(p, α)``: the Benjamini–Hochberg cut-off over the
    p-values of every district with a value (esda 2.5.1's ``fdr``, which returns the Bonferroni bound α/n when
    nothing passes). A district is ``hot_90``/``cold_90`` when p ≤ t(0.10), ``_95`` when p ≤ t(0.05) and
    ``_99`` when p ≤ t(0.01) (the highest level reached), hot when z > 0 and cold when z < 0; otherwise
    ``not_significant``. The thresholds grow with α, so the levels nest. With ``fdr=False`` t(α) = α
    (uncorrected, as GeoDa maps). The smallest pseudo p-value is 1 / (permutations + 1): with 999
    permutations the 99 % level under FDR needs a tenth of the districts at p = 0.001, so ``hot_99`` is rare;
    9,999 permutations make it reachable.
Local Moran
    ``esda.Moran_Local`` on row-standardised weights: ``lisa_i``, ``lisa_p`` (pseudo p-value) and the quadrant
    ``HH``, ``LH``, ``LL``, ``HL`` (esda's q = 1…4: the district's value, then its neighbours', above or below the
    mean) when p ≤ t(0.05) (FDR as above), else ``not_significant``.
Global Moran's I
    ``esda.Moran`` in the summary, with its permutation p-value.
Missing values
    Rows whose value is missing or not finite, or without a geometry, are left out before the weights are built
    and are not in the result; the summary counts them.
Negative values
    Gi* divides by the field's total, so it needs non-negative values: a field with negative values is shifted by
    its minimum for Gi*, which leaves z and the pseudo p-values unchanged (the weights of a row, self included,
    sum to one). Local Moran standardises the values itself.
Reproducibility
    Every permutation test uses ``seed``; numpy's global generator (which esda reseeds) is restored afterwards.
    esda draws the permutations by row position: the same seed and the same rows in the same order give the
    same p-values.
    Permutations run in this process (``n_jobs=1``): esda's default would start worker processes.
"""

import warnings
from collections.abc import Callable

import numpy as np
import pandas as pd

from ..errors import CancelledError, InputError
from ..jobs.types import never_cancelled
from .pysal import import_pysal, seeded_numpy
from .weights import contiguity_weights

GI_CLASSES = ("hot_99", "hot_95", "hot_90", "cold_99", "cold_95", "cold_90", "not_significant")
LISA_CLASSES = ("HH", "LH", "LL", "HL", "not_significant")  # esda's quadrants q = 1, 2, 3, 4
LEVELS = ((0.01, "99"), (0.05, "95"), (0.10, "90"))  # α and the confidence it names, strictest first
LISA_ALPHA = 0.05
MIN_VALUES = 10
MIN_PERMUTATIONS = 99
RESULT_COLUMNS = ("gi_z", "gi_p", "gi_class", "lisa_i", "lisa_p", "lisa_class", "n_neighbours", "island")


def hotspots(
    frame,
    column: str,
    permutations: int = 999,
    fdr: bool = True,
    seed: int = 0,
    weights: str = "queen",
    k: int = 1,
    progress: Callable[[float, str], None] = lambda fraction, message: None,
    is_cancelled: Callable[[], bool] = never_cancelled,
):
    """Getis-Ord Gi* hot and cold spots and local Moran clusters of ``column`` over district polygons.

    Parameters
    ----------
    frame:
        GeoDataFrame of district polygons with the numeric ``column`` (any CRS; not modified).
    column:
        The field to analyse: observed or predicted poverty, or any numeric district value.
    permutations:
        Conditional permutations for the pseudo p-values (at least 99).
    fdr:
        Control the false discovery rate at each confidence level (see the module notes); else raw p-values.
    seed:
        Seed of the permutations.
    weights:
        ``"queen"`` or ``"rook"`` contiguity.
    k:
        Nearest districts an island is linked to.
    progress, is_cancelled:
        Plain callables: ``progress(fraction, message)`` and ``is_cancelled() -> bool``.

    Returns
    -------
    (GeoDataFrame, dict)
        The rows of ``frame`` that were analysed (same order and index) with the columns of ``RESULT_COLUMNS``
        added (replacing columns of the same names); and a summary: counts per class (``gi_counts``,
        ``lisa_counts``), the thresholds used, global Moran's I (``moran_i``, ``moran_p``), the weights
        (``weights``), the rows left out (``n_missing``) and the shift added to the values for Gi*
        (``gi_offset``).

    Raises
    ------
    InputError
        When the column is missing or not numeric, has fewer than 10 usable values or no variation, or an
        option is out of range.
    MissingDependencyError
        When libpysal or esda is not installed.
    CancelledError
        When ``is_cancelled()`` turns true.
    """
    values = _values(frame, column)
    if permutations < MIN_PERMUTATIONS:
        raise InputError(
            f"{permutations} permutations are too few for a 99 % level: use at least {MIN_PERMUTATIONS}.",
            code="too_few_permutations",
            permutations=permutations,
            minimum=MIN_PERMUTATIONS,
            fix="Use 999 permutations (or 9999 for stable 99 % classes).",
        )
    geometry = frame.geometry
    usable = values.notna() & geometry.notna().to_numpy() & ~geometry.is_empty.to_numpy()
    if usable.sum() < MIN_VALUES:
        raise InputError(
            f"Column '{column}' has {int(usable.sum())} districts with a value and a geometry; hotspots need "
            f"at least {MIN_VALUES}.",
            code="too_few_values",
            column=column,
            count=int(usable.sum()),
            minimum=MIN_VALUES,
            fix="Choose a field with values for more districts.",
        )
    y = values[usable].to_numpy(dtype=float)
    if np.ptp(y) == 0:
        raise InputError(
            f"Column '{column}' has the same value in every district: there is nothing to map.",
            code="no_variation",
            column=column,
            fix="Choose a field that varies between districts.",
        )
    # the statistics do not depend on the unit: dividing by a power of two (exact) keeps values such as 1e308
    # from overflowing in esda's sums and squares, which gave Moran's I NaN and every district "LL"
    scale = 2.0 ** np.floor(np.log2(np.max(np.abs(y))))
    y = y / scale
    _, esda = import_pysal()

    def step(fraction: float, message: str) -> None:
        if is_cancelled():
            raise CancelledError("The hotspot analysis was cancelled.")
        progress(fraction, message)

    step(0.0, "weights")
    subset = frame.loc[usable.to_numpy()]
    district_weights = contiguity_weights(subset, weights, k)
    w = district_weights.w
    offset = max(0.0, -float(y.min()))
    with warnings.catch_warnings(), seeded_numpy(seed):
        warnings.filterwarnings("ignore", message="The weights matrix is not fully connected")
        step(0.2, "Getis-Ord Gi*")
        gi = esda.G_Local(
            y + offset,
            district_weights.binary(),
            transform="R",
            star=True,
            permutations=permutations,
            keep_simulations=False,
            n_jobs=1,
            seed=seed,
        )
        step(0.5, "local Moran")
        lisa = esda.Moran_Local(
            y, w, transformation="r", permutations=permutations, keep_simulations=False, n_jobs=1, seed=seed
        )
        step(0.8, "global Moran")
        with seeded_numpy(seed):
            moran = esda.Moran(y, w, transformation="r", permutations=permutations)
    statistics = (gi.Zs, gi.p_sim, lisa.Is, lisa.p_sim, [moran.I, moran.p_sim])
    if not all(np.isfinite(np.asarray(statistic, dtype=float)).all() for statistic in statistics):
        raise InputError(
            f"The statistics of column '{column}' are not finite numbers: its values are too far apart to compare "
            f"(from {float(values.min()):g} to {float(values.max()):g}).",
            code="statistics_not_finite",
            column=column,
            low=float(values.min()),
            high=float(values.max()),
            fix="Check the column for impossible values (such as 1e308) and correct them.",
        )
    gi_p, lisa_p = pseudo_p(gi.p_sim, permutations), pseudo_p(lisa.p_sim, permutations)
    thresholds = {alpha: (esda.fdr(gi_p, alpha) if fdr else alpha) for alpha, _ in LEVELS}
    lisa_threshold = esda.fdr(lisa_p, LISA_ALPHA) if fdr else LISA_ALPHA

    result = subset.copy()
    islands = np.zeros(len(y), dtype=int)
    islands[district_weights.islands] = 1
    result["gi_z"], result["gi_p"] = gi.Zs, gi_p
    result["gi_class"] = gi_classes(gi.Zs, gi_p, thresholds)
    result["lisa_i"], result["lisa_p"] = lisa.Is, lisa_p
    result["lisa_class"] = lisa_classes(lisa.q, lisa_p, lisa_threshold)
    result["n_neighbours"] = np.array([w.cardinalities[i] for i in w.id_order])
    result["island"] = islands
    labels = subset["ubigeo"].astype(str).to_numpy() if "ubigeo" in subset else subset.index.astype(str).to_numpy()
    summary = {
        "column": column,
        "n": len(frame),
        "n_analysed": len(y),
        "n_missing": int(len(frame) - len(y)),
        "permutations": permutations,
        "seed": seed,
        "fdr": fdr,
        "gi_offset": offset * scale,
        "gi_thresholds": {f"{100 - round(alpha * 100)}": float(t) for alpha, t in thresholds.items()},
        "gi_counts": _counts(result["gi_class"], GI_CLASSES),
        "lisa_alpha": LISA_ALPHA,
        "lisa_threshold": float(lisa_threshold),
        "lisa_counts": _counts(result["lisa_class"], LISA_CLASSES),
        "moran_i": float(moran.I),
        "moran_expected": float(moran.EI),
        "moran_z": float(moran.z_sim),
        "moran_p": float(moran.p_sim),
        "weights": district_weights.describe(labels),
    }
    progress(1.0, "done")
    return result, summary


def pseudo_p(p_sim, permutations: int) -> np.ndarray:
    """esda's pseudo p-values, ``(larger + 1) / (permutations + 1)``, as float64 on that grid: esda 2.6 and later
    hand them back as float32 when no simulation is kept (0.262 comes back as 0.2619999945), which moved them off
    the grid and apart between esda versions."""
    steps = permutations + 1
    return np.round(np.asarray(p_sim, dtype=float) * steps) / steps


def gi_classes(z: np.ndarray, p: np.ndarray, thresholds: dict[float, float]) -> np.ndarray:
    """``hot_99`` … ``cold_90`` or ``not_significant`` from z-scores, p-values and the threshold of each α."""
    classes = np.full(len(p), "not_significant", dtype=object)
    for alpha, confidence in reversed(LEVELS):  # loosest first: stricter levels overwrite
        significant = p <= thresholds[alpha]
        classes[significant & (z > 0)] = f"hot_{confidence}"
        classes[significant & (z < 0)] = f"cold_{confidence}"
    return classes


def lisa_classes(quadrants: np.ndarray, p: np.ndarray, threshold: float) -> np.ndarray:
    """``HH``, ``LH``, ``LL``, ``HL`` (esda's quadrants 1–4) where p ≤ ``threshold``, else ``not_significant``."""
    names = np.array(LISA_CLASSES[:4], dtype=object)
    return np.where(p <= threshold, names[np.asarray(quadrants, dtype=int) - 1], "not_significant").astype(object)


def _values(frame, column: str) -> pd.Series:
    if column not in frame.columns or column == frame.geometry.name:
        from ..io.columns import closest_column

        suggestion = closest_column([c for c in frame.columns if c != frame.geometry.name], column)
        if suggestion:
            raise InputError(
                f"The layer has no column '{column}' (did you mean '{suggestion}'?).",
                code="missing_column",
                column=column,
                suggestion=suggestion,
                fix="Choose one of its numeric fields.",
            )
        raise InputError(
            f"The layer has no column '{column}'.",
            code="missing_column_no_suggestion",
            column=column,
            suggestion=suggestion,
            fix="Choose one of its numeric fields.",
        )
    series = frame[column]
    if series.isna().all():  # a numeric field with no value at all comes as object: too few values follows
        return pd.Series(np.nan, index=range(len(frame)))
    if not pd.api.types.is_numeric_dtype(series) or pd.api.types.is_bool_dtype(series):
        raise InputError(
            f"Column '{column}' holds {series.dtype} values, not numbers: hotspots need a numeric field.",
            code="not_numeric",
            column=column,
            dtype=str(series.dtype),
            fix="Choose a numeric field, or convert this one to numbers first (Field calculator: to_real).",
        )
    values = series.astype(float)
    return values.where(np.isfinite(values)).reset_index(drop=True)


def _counts(classes: pd.Series, names: tuple[str, ...]) -> dict[str, int]:
    counts = classes.value_counts()
    return {name: int(counts.get(name, 0)) for name in names}
