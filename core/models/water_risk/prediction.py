"""Risk of each water system from the bundled model, risk classes, and the district summary."""

import logging
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd

from ...errors import CancelledError
from ..artifacts import load_keras, load_portable, model_folder, read_card, verified_path
from .features import LABEL, SECONDARY_LABELS
from .inputs import load_inputs, never_cancelled, noop_progress

NAME = "water_risk"
CLASSES = ("bajo", "medio", "alto")
LOG = logging.getLogger("aguaperu")


def classify(probability, thresholds: dict) -> np.ndarray:
    """``bajo`` below ``thresholds["medio"]``, ``alto`` from ``thresholds["alto"]``, ``medio`` between."""
    probability = np.asarray(probability, dtype=float)
    return np.select(
        [probability >= thresholds["alto"], probability >= thresholds["medio"]], ["alto", "medio"], default="bajo"
    )


def load_model(folder: str | Path | None = None):
    """The bundled model, verified against its card, as ``(predict_proba(features, departments) -> p, card)``.

    ``departments`` (one code per row) centres the log-odds by department: see ``estimators.Calibrated``.
    """
    import json

    from .estimators import Calibrated, Network

    folder = model_folder(NAME, folder)
    card = read_card(folder)
    files = card["model"]["files"]

    def scaling(name: str) -> dict:
        return json.loads(verified_path(folder, files[name], card).read_text(encoding="utf-8"))

    parts = []
    if "gbm" in files:
        booster, gbm_scaling = load_portable(folder, files["gbm"], card), scaling("gbm_scaling")
        parts.append(Calibrated("gbm", booster, gbm_scaling["slope"], gbm_scaling["intercept"]))
    if "network" in files:
        network = Network(load_keras(folder, files["network"], card), scaling("network_preprocessing"))
        network_scaling = scaling("network_scaling")
        parts.append(Calibrated("keras", network, network_scaling["slope"], network_scaling["intercept"]))

    def predict_proba(features: pd.DataFrame, departments) -> np.ndarray:
        codes = pd.Series(departments).astype("string").fillna("").to_numpy(dtype=str)
        inputs = features[card["features"]]
        return np.clip(np.mean([part.probability(inputs, codes) for part in parts], axis=0), 0.0, 1.0)

    return predict_proba, card


def predict(
    data_dir: str | Path | None = None,
    systems=None,
    districts_features=None,
    centres=None,
    model_dir: str | Path | None = None,
    progress: Callable[[float, str], None] = noop_progress,
    is_cancelled: Callable[[], bool] = never_cancelled,
):
    """Risk that each water system's treatment does not work, and the district summary.

    Parameters
    ----------
    data_dir:
        A folder laid out like the shared data; fills whatever is not given.
    systems:
        Water systems: a GeoDataFrame from ``read_water_points`` or a path (default: the SIASAR table of
        ``data_dir``). Every row gets a prediction, labelled or not.
    districts_features:
        The district feature table from ``build_district_features`` (built from ``data_dir`` when omitted);
        with geometry, the district frame returned has it too.
    centres:
        Populated centres (frame with ``longitude, latitude, urban``, or a path); default from ``data_dir``.
    model_dir:
        Another model folder (default: the bundled ``models/water_risk``).
    progress, is_cancelled:
        Plain callables: ``progress(fraction, message)`` and ``is_cancelled() -> bool``.

    Returns
    -------
    (systems_frame, districts_frame, card)
        ``systems_frame``: one row per system with ``ID, ubigeo, risk, risk_class`` then ``name,
        population_served, treatment_recorded, treatment_works`` (the observed label, blank where unknown),
        the secondary labels, ``longitude, latitude`` and ``geometry``. ``districts_frame``: see
        ``aggregate_districts``. ``card``: the model card (dict).

    Raises
    ------
    InputError
        When the inputs cannot be read.
    ModelIntegrityError
        When a bundled artifact does not match its model card.
    CancelledError
        When ``is_cancelled()`` turns true.
    """
    predict_proba, card = load_model(model_dir)
    inputs = load_inputs(
        data_dir,
        systems,
        districts_features,
        centres,
        progress=lambda f, m: progress(0.8 * f, m),
        is_cancelled=is_cancelled,
    )
    missing = [c for c in card["features"] if inputs.features[c].isna().all()]
    if missing:
        LOG.warning("water risk: features absent from the inputs, treated as unknown: %s", ", ".join(missing))
    if is_cancelled():
        raise CancelledError("The water-risk model was cancelled.")
    progress(0.85, "risk")
    risk = predict_proba(inputs.features, inputs.department)
    frame = _systems_frame(inputs.systems, risk, card["risk_classes"]["thresholds"])
    progress(0.95, "districts")
    districts = aggregate_districts(frame, inputs.districts)
    progress(1.0, "done")
    return frame, districts, card


def _systems_frame(systems, risk: np.ndarray, thresholds: dict):
    import geopandas as gpd

    ids = systems["system_id"] if "system_id" in systems else pd.Series(np.arange(1, len(systems) + 1))
    frame = pd.DataFrame(
        {
            "ID": ids.to_numpy(),
            "ubigeo": systems["ubigeo"].astype("string").to_numpy(),
            "risk": np.round(risk, 4),
            "risk_class": classify(risk, thresholds),
            "name": systems["name"].to_numpy() if "name" in systems else None,
            "population_served": pd.to_numeric(systems["population_served"], errors="coerce").to_numpy()
            if "population_served" in systems
            else np.nan,
            "treatment_recorded": systems.get("treatment_type", pd.Series(pd.NA, index=systems.index)).notna(),
            "treatment_works": systems[LABEL].to_numpy() if LABEL in systems else None,
        },
        index=systems.index,
    )
    for column in SECONDARY_LABELS:
        frame[column] = systems[column].to_numpy() if column in systems else None
    frame["longitude"], frame["latitude"] = systems["longitude"].to_numpy(), systems["latitude"].to_numpy()
    if "geometry" in systems:
        return gpd.GeoDataFrame(frame, geometry=systems.geometry.to_numpy(), crs=systems.crs).reset_index(drop=True)
    return frame.reset_index(drop=True)


def aggregate_districts(systems_frame: pd.DataFrame, districts: pd.DataFrame | None = None) -> pd.DataFrame:
    """Per district: systems, population served, and the population served by high-risk (``alto``) systems.

    Parameters
    ----------
    systems_frame:
        The systems frame returned by ``predict`` (``ubigeo, risk, risk_class, population_served``).
    districts:
        The district feature table; when given, its names and geometry are kept (districts without
        systems are left out).

    Returns
    -------
    DataFrame (GeoDataFrame when ``districts`` has geometry)
        ``ubigeo, systems_n, systems_alto, population_served, population_alto, population_alto_share, mean_risk``
        (share in 0..1; NaN where the district's systems report no population).
    """
    population = systems_frame["population_served"].fillna(0.0)
    alto = systems_frame["risk_class"].eq("alto")
    table = (
        pd.DataFrame(
            {
                "ubigeo": systems_frame["ubigeo"],
                "alto": alto.astype(int),
                "population": population,
                "population_alto": population.where(alto, 0.0),
                "risk": systems_frame["risk"],
            }
        )
        .groupby("ubigeo", dropna=True)
        .agg(
            systems_n=("risk", "size"),
            systems_alto=("alto", "sum"),
            population_served=("population", "sum"),
            population_alto=("population_alto", "sum"),
            mean_risk=("risk", "mean"),
        )
        .reset_index()
    )
    served = table["population_served"].where(table["population_served"] > 0)
    table["population_alto_share"] = table["population_alto"] / served
    table["mean_risk"] = table["mean_risk"].round(4)
    order = ["systems_n", "systems_alto", "population_served", "population_alto", "population_alto_share", "mean_risk"]
    table = table[["ubigeo", *order]]
    if districts is None:
        return table
    keep = [c for c in ("ubigeo", "dep", "prov", "distr", "geometry") if c in districts.columns]
    merged = pd.DataFrame(districts[keep]).drop_duplicates("ubigeo").merge(table, on="ubigeo", how="inner")
    if "geometry" in merged:
        import geopandas as gpd

        return gpd.GeoDataFrame(merged, geometry="geometry", crs=getattr(districts, "crs", None))
    return merged


def write_csv(frame: pd.DataFrame, target: str | Path) -> Path:
    """Write a frame as UTF-8 CSV without geometry; the file appears only when complete; text a spreadsheet
    would run as a formula is neutralised (``core.io.outputs.write_csv``, the one CSV writer)."""
    from ...io.outputs import write_csv as write

    return write(frame, target)
