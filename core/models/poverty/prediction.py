"""Poverty of every district from a model folder (the bundled one by default), with 90 % intervals."""

import logging
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd

from ...errors import CancelledError
from ...io.outputs import write_csv as write_frame
from ..artifacts import load_portable, model_folder, read_card, verified_path
from ..common import never_cancelled, noop_progress
from .estimators import interval, to_percent
from .inputs import default_target, load_inputs

NAME = "poverty"
HEADLESS_COLUMNS = ["ubigeo", "poverty_pct", "poverty_lo90", "poverty_hi90"]
NAMES = {"dep": "department", "prov": "province", "distr": "district"}
LOG = logging.getLogger("aguaperu")


def load_model(folder: str | Path | None = None):
    """The model of a folder, verified against its card, as ``(predict_logit(features) -> logits, card)``."""
    folder = model_folder(NAME, folder)
    card = read_card(folder)
    model = load_portable(folder, card["model"]["file"], card)

    def predict_logit(features: pd.DataFrame) -> np.ndarray:
        return np.asarray(model.predict(features[card["features"]].astype(float)), dtype=float)

    return predict_logit, {**card, "folder": str(folder)}


def predict(
    data_dir: str | Path | None = None,
    features=None,
    model_dir: str | Path | None = None,
    progress: Callable[[float, str], None] = noop_progress,
    is_cancelled: Callable[[], bool] = never_cancelled,
    cache=None,
):
    """Monetary poverty rate (%) of every district, with its 90 % interval.

    Parameters
    ----------
    data_dir:
        A folder laid out like the shared data: districts, district tables, ENDES, populated centres and the
        target table of the model (for ``observed_pct``).
    features:
        A district feature table (GeoDataFrame, or the path of a GeoPackage from ``python -m core features``)
        instead of building it from ``data_dir``.
    model_dir:
        A model folder written by ``train`` (default: the bundled ``models/poverty``).
    progress, is_cancelled:
        Plain callables: ``progress(fraction, message)`` and ``is_cancelled() -> bool``.
    cache:
        A ``core.cache.Cache`` for the district table built from ``data_dir`` (see ``load_inputs``).

    Returns
    -------
    (frame, card)
        ``frame``: one row per district with ``ubigeo, department, province, district, poverty_pct,
        poverty_lo90, poverty_hi90, interval_width, observed_pct`` (NaN where the target is unknown),
        ``residual`` (observed − predicted), ``in_training`` and ``geometry`` when the table has it.
        ``card``: the model card, plus ``folder`` and ``held_out`` (see ``held_out_predictions``).

    Raises
    ------
    InputError
        When the inputs cannot be read.
    ModelIntegrityError
        When an artifact of the model folder does not match its card.
    CancelledError
        When ``is_cancelled()`` turns true.
    """
    predict_logit, card = load_model(model_dir)
    target, column = _target_of(card, data_dir)
    rasters = [Path(r) for r in card.get("rasters", []) if Path(r).is_file()]
    inputs = load_inputs(
        data_dir,
        features,
        target,
        column,
        rasters,
        progress=lambda f, m: progress(0.9 * f, m),
        is_cancelled=is_cancelled,
        cache=cache,
    )
    table = inputs.table
    missing = [c for c in card["features"] if c not in table or table[c].isna().all()]
    if missing:
        LOG.warning("poverty: features absent from the inputs, filled with the training median: %s", missing)
        table = table.assign(**{c: np.nan for c in missing if c not in table})
    if is_cancelled():
        raise CancelledError("The poverty model was cancelled.")
    progress(0.92, "poverty")
    observed = inputs.target
    if np.isnan(observed).all() and column in table:
        observed = pd.to_numeric(table[column], errors="coerce").to_numpy(dtype=float)
    logit = predict_logit(table)
    low, high = interval(logit, card["intervals"]["logit_halfwidth"])
    held_out = _held_out(card)
    frame = _frame(table, to_percent(logit), low, high, observed, set(held_out["ubigeo"]))
    rates = pd.Series(frame["observed_pct"].to_numpy(), index=frame["ubigeo"])
    rates = rates[~rates.index.duplicated()]  # a features table may repeat a district (found by the CLI fuzzing)
    card["held_out"] = held_out.assign(observed=held_out["ubigeo"].map(rates)).to_dict(orient="list")
    progress(1.0, "done")
    return frame, card


def held_out_predictions(card: dict) -> pd.DataFrame:
    """The department-held-out predictions the card's metrics come from.

    Returns
    -------
    DataFrame
        ``ubigeo, department, predicted, low, high, observed`` (``observed`` filled when the card comes from
        ``predict``, which knows the target; NaN otherwise: the model folder stores no label).
    """
    if "held_out" in card:
        return pd.DataFrame(card["held_out"])
    return _held_out(card).assign(observed=np.nan)


def _held_out(card: dict) -> pd.DataFrame:
    folder = model_folder(NAME, card.get("folder"))
    path = verified_path(folder, card["model"]["out_of_fold_file"], card)
    return pd.read_csv(path, dtype={"ubigeo": str, "department": str})


def _target_of(card: dict, data_dir) -> tuple[Path | None, str | None]:
    """The model's target table: the card's (relative to the data folder or absolute) when it exists."""
    target = card.get("target", {})
    if target.get("relative_to") == "data folder":
        path, column = default_target(data_dir)
        return path, column or target.get("column")
    path = Path(target["file"]) if target.get("file") else None
    return (path if path is not None and path.is_file() else None), target.get("column")


def _frame(table, percent, low, high, observed: np.ndarray, trained: set):
    frame = pd.DataFrame({"ubigeo": table["ubigeo"].astype(str).to_numpy()})
    for source, name in NAMES.items():
        frame[name] = table[source].to_numpy() if source in table else None
    frame["poverty_pct"] = np.round(percent, 2)
    frame["poverty_lo90"] = np.round(low, 2)
    frame["poverty_hi90"] = np.round(high, 2)
    frame["interval_width"] = np.round(frame["poverty_hi90"] - frame["poverty_lo90"], 2)
    frame["observed_pct"] = observed
    frame["residual"] = np.round(observed - frame["poverty_pct"].to_numpy(), 2)
    frame["in_training"] = frame["ubigeo"].isin(trained)
    if "geometry" in table:
        import geopandas as gpd

        return gpd.GeoDataFrame(frame, geometry=table.geometry.to_numpy(), crs=getattr(table, "crs", None))
    return frame


def write_csv(frame: pd.DataFrame, target: str | Path) -> Path:
    """Write the prediction as UTF-8 CSV (no geometry): ``ubigeo, poverty_pct, poverty_lo90, poverty_hi90`` first.

    ``ubigeo`` stays 6-digit text; the file appears only when complete.
    """
    frame = pd.DataFrame(frame).assign(ubigeo=lambda f: f["ubigeo"].astype(str).str.zfill(6))
    rest = [c for c in frame.columns if c not in HEADLESS_COLUMNS]
    return write_frame(frame[HEADLESS_COLUMNS + rest], target)
