"""The inputs of the water-risk model: systems, the district feature table and populated centres."""

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from ...errors import CancelledError, InputError
from ...features.district_features import CENTRES, SYSTEMS, FeatureRequest, build_district_features
from ...io.loaded import Loaded
from ...io.water_points import has_point_columns, point_coordinates, read_water_points_once
from ..common import never_cancelled, noop_progress
from .features import build_features, department, department_percentiles, locate_districts, read_centres, target


@dataclass
class Inputs:
    """Systems (one row each, ``ubigeo`` filled where possible), their features, label and department.

    ``raw`` holds every feature's value (``RAW_FEATURES``); ``features`` the model's inputs (``FEATURES``).
    """

    systems: pd.DataFrame
    districts: pd.DataFrame | None
    raw: pd.DataFrame
    features: pd.DataFrame
    label: pd.Series
    department: pd.Series


def load_inputs(
    data_dir: str | Path | None = None,
    systems=None,
    districts_features=None,
    centres=None,
    progress: Callable[[float, str], None] = noop_progress,
    is_cancelled: Callable[[], bool] = never_cancelled,
    cache=None,
    shared: dict | None = None,
) -> Inputs:
    """Read (or take) the inputs and build the features.

    Parameters
    ----------
    data_dir:
        A folder laid out like the shared data; fills whatever is not given.
    systems:
        Water systems: a GeoDataFrame from ``read_water_points`` or a path (default ``data_dir/water/…``).
    districts_features:
        The district feature table (``build_district_features``); built from ``data_dir`` when omitted.
    centres:
        Populated centres: a frame with ``longitude, latitude, urban`` or a path to ``centros_poblados.csv.gz``.
    progress, is_cancelled:
        Plain callables: ``progress(fraction, message)`` and ``is_cancelled() -> bool``.
    cache:
        A ``core.cache.Cache``: inputs read from the data folder (systems from a file, the folder's district
        table and centres) are taken from it when built before from the same files and code.
    shared:
        Water points already read, by resolved path (``read_water_points_once``; emptied once used): the
        systems file is read once for the systems and the district table.

    Raises
    ------
    InputError
        When no systems are given or found, or they cannot be read.
    CancelledError
        When ``is_cancelled()`` turns true.
    """
    base = Path(data_dir) if data_dir is not None else None
    from ...cache import resolve

    cache = resolve(cache)
    from_files = districts_features is None and centres is None and not hasattr(systems, "columns")
    if cache is not None and base is not None and from_files:
        return _cached_inputs(base, systems, progress, is_cancelled, cache)

    def step(fraction: float, message: str) -> None:
        if is_cancelled():
            raise CancelledError("The water-risk model was cancelled.")
        progress(fraction, message)

    step(0.0, "water systems")
    if systems is None:
        if base is None or not (base / SYSTEMS).is_file():
            raise InputError(
                "No water systems were given or found in the data folder.",
                code="no_water_systems",
                file=str(base / SYSTEMS if base else SYSTEMS),
                fix="Choose a SIASAR table or a folder laid out like the shared data.",
            )
        systems = base / SYSTEMS
    loaded = None
    if isinstance(systems, (str, Path)):
        shared = {} if shared is None else shared
        loaded = read_water_points_once(systems, shared)
        systems = loaded.require()
    if systems.empty:
        raise InputError(
            "The water-system layer has no points.", code="empty_input", fix="Choose a layer with systems."
        )
    if "geometry" in systems and not has_point_columns(loaded, systems):  # else the columns are the points'
        longitude, latitude = point_coordinates(Loaded("water_points", ""), systems)
        systems = systems.assign(longitude=longitude, latitude=latitude)
    elif not {"longitude", "latitude"} <= set(systems.columns):
        raise InputError(
            "The water systems have no coordinates.", code="systems_without_coordinates", column="longitude, latitude"
        )

    step(0.2, "district features")
    if districts_features is None and base is not None:
        districts_features, _ = build_district_features(
            FeatureRequest(data_dir=base),
            progress=lambda f, m: progress(0.2 + 0.5 * f, m),
            is_cancelled=is_cancelled,
            shared=shared,
        )
    if shared is not None:
        shared.clear()  # the frame as read is no longer needed: free it before the features
    systems = locate_districts(systems, districts_features)

    step(0.7, "populated centres")
    if centres is None and base is not None:
        centres = base / CENTRES
    if isinstance(centres, (str, Path)):
        centres = read_centres(centres)

    step(0.8, "features")
    raw = build_features(systems, districts_features, centres)
    departments = department(systems["ubigeo"])
    features = department_percentiles(raw, departments)
    return Inputs(systems, districts_features, raw, features, target(systems), departments)


def _cached_inputs(base: Path, systems, progress, is_cancelled, cache) -> Inputs:
    """``load_inputs`` of a data folder (and a systems file), through ``cache``."""
    from ...io.datafolder import input_files

    shared: dict = {}  # the systems table, read at most once by the district table and the inputs below
    districts, _ = build_district_features(
        FeatureRequest(data_dir=base),
        progress=lambda f, m: progress(0.2 + 0.5 * f, m),
        is_cancelled=is_cancelled,
        cache=cache,
        shared=shared,
    )

    def build() -> dict:
        built = load_inputs(base, systems, districts, None, progress, is_cancelled, shared=shared)
        return {
            "systems": built.systems,
            "raw": built.raw,
            "features": built.features,
            "label": built.label,
            "department": built.department,
        }

    parameters = {"data_dir": str(base.resolve()), "systems": str(Path(systems).resolve()) if systems else None}
    bundle = cache.get_or_build("water_risk_inputs", [*input_files(base), systems], build, parameters)
    progress(0.8, "features")
    return Inputs(
        bundle["systems"], districts, bundle["raw"], bundle["features"], bundle["label"], bundle["department"]
    )
