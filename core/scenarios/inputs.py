"""What every scenario run reads, computed once per data folder and kept for the process.

The water-risk, poverty and child-risk models take about ten seconds each; a baseline and two scenarios share
one ``ScenarioInputs``, so they are computed with the same data and method. The district feature table is
built once for the three models; the inputs are kept by the identity of the data folder's files and of the
bundled models (``core.cache``: in the process, and on disk with a cache folder). ``clear_cache`` forgets the
process's.

With the office's survey or water-quality measurements (``load_inputs(..., survey=, measurements=)``) the
systems take the observed state where known and the estimate elsewhere (``water_risk.predict``), and say
which in ``status``; the inputs without them are computed once and the observations applied on top.

Natural region (for per-capita demand): ``costa`` or ``selva`` for the 612 districts of
``district_population_nbi_612.csv`` (its ``zone``), ``sierra`` for every other district.
"""

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from ..errors import CancelledError
from ..io import datafolder
from ..jobs.types import never_cancelled
from ..jobs.types import noop_progress as no_progress

LOG = logging.getLogger("aguaperu")
ZONES = datafolder.NBI
BOUNDARIES = datafolder.BOUNDARIES
COLLAPSED = "D"  # SIASAR state "D - CAIDO"
CONDITIONS = ("catchment_condition", "storage_condition", "distribution_condition")

_lock = threading.RLock()
_cache: dict[str, "ScenarioInputs"] = {}  # by cache key (the identity of the files): rehab rankings are shared
_observed: dict[tuple, "ScenarioInputs"] = {}  # the same with a survey or measurements applied, by their identity
MODELS = ("water_risk", "poverty", "child_risk")


@dataclass
class ScenarioInputs:
    """Shared inputs of one data folder (all of Peru; runs select their departments).

    Attributes
    ----------
    centres:
        Populated centres with 2020 population (``core.planning.populated_centres``).
    systems:
        SIASAR systems: ``system_id, name, ubigeo, longitude, latitude, risk, risk_class, status,
        functioning`` (``status``: ``observed`` where the office's survey or measurements say whether the
        treatment works, ``estimated`` elsewhere; ``risk_class`` is the planning class of
        ``water_risk.downstream.planning_classes``; ``functioning`` is false when a recorded component —
        catchment, storage or distribution — is in state D, collapsed).
    districts:
        Per district: ``ubigeo, region, poverty_pct, poverty_source, child_risk_index``.
    thresholds:
        The water-risk model's class cut-offs (``medio``, ``alto``).
    repaired_risk:
        The risk a system takes after a treatment fix or a rehabilitation: the lowest risk the model gives
        any system (class ``bajo``).
    """

    data_dir: Path
    centres: pd.DataFrame
    systems: pd.DataFrame
    districts: pd.DataFrame
    thresholds: dict
    repaired_risk: float
    rehab: dict = field(default_factory=dict)
    boundaries: object = None
    survey: object = None  # the office's survey and measurements applied to ``systems`` (paths or frames)
    measurements: object = None

    def rehab_ranking(self, access_km: float, departments: tuple[str, ...], progress, is_cancelled) -> pd.DataFrame:
        """The rehabilitation ranking (``core.planning.rank_rehabilitation``, model risk), computed once."""
        from ..planning import rank_rehabilitation

        key = (round(float(access_km), 6), tuple(departments))
        with _lock:
            if key not in self.rehab:
                table, _ = rank_rehabilitation(
                    self.data_dir,
                    access_km=access_km,
                    departments=departments,
                    centres=self.centres,
                    risk="model",
                    progress=progress,
                    survey=self.survey,
                    measurements=self.measurements,
                    is_cancelled=is_cancelled,
                )
                self.rehab[key] = table
            return self.rehab[key]

    def district_shapes(self):
        """District polygons (``ubigeo, dep, prov, distr, geometry``, EPSG:4326), read once."""
        import geopandas as gpd

        with _lock:
            if self.boundaries is None:
                frame = gpd.read_file(self.data_dir / BOUNDARIES, layer="distritos")
                frame["ubigeo"] = frame["ubigeo"].astype(str).str.zfill(6)
                self.boundaries = frame[["ubigeo", "dep", "prov", "distr", "geometry"]]
            return self.boundaries


def clear_cache() -> None:
    """Forget every cached ``ScenarioInputs``."""
    from ..cache import clear_memory

    with _lock:
        _cache.clear()
        _observed.clear()
    clear_memory()


def load_inputs(
    data_dir: str | Path,
    progress: Callable[[float, str], None] = no_progress,
    is_cancelled: Callable[[], bool] = never_cancelled,
    cache=None,
    survey=None,
    measurements=None,
) -> ScenarioInputs:
    """The shared inputs of ``data_dir``, from the cache or computed now (about 40 s on all of Peru).

    ``cache``: a ``core.cache.Cache`` (default: the process's folder when the command line set one, else the
    process's memory alone). ``survey``, ``measurements``: the office's observations (paths or frames, see
    ``water_risk.survey``); the systems' risk then uses them (``water_risk.predict``), kept in the process by
    their identity (a file's path, size and modification time; a frame's content).

    Raises
    ------
    InputError
        When a file of the data folder is missing or unreadable.
    CancelledError
        When ``is_cancelled()`` turns true (nothing is cached then).
    """
    from ..cache import Cache, folder_files, resolve
    from ..models.artifacts import model_folder

    base = Path(data_dir)
    cache = resolve(cache) or Cache(None)
    files = [*datafolder.input_files(base), *(f for name in MODELS for f in folder_files(model_folder(name, None)))]
    parameters = {"data_dir": str(base.resolve())}
    key = cache.key("scenario_inputs", files, parameters)
    with _lock:
        if key not in _cache:
            bundle = cache.get_or_build(
                "scenario_inputs", files, lambda: _bundle(_compute(base, progress, is_cancelled, cache)), parameters
            )
            _cache.clear()  # one data folder at a time: an older key is never used again
            _cache[key] = ScenarioInputs(
                data_dir=base,
                centres=bundle["centres"],
                systems=bundle["systems"],
                districts=bundle["districts"],
                thresholds=bundle["thresholds"],
                repaired_risk=bundle["repaired_risk"],
            )
        if survey is None and measurements is None:
            return _cache[key]
        observed_key = (key, _identity(survey), _identity(measurements))
        if observed_key not in _observed:
            applied = _with_observations(_cache[key], survey, measurements, progress, is_cancelled, cache)
            _observed.clear()
            _observed[observed_key] = applied
        return _observed[observed_key]


def _identity(value) -> tuple:
    """What identifies a survey or measurements given as a path (path, size, modification time) or a frame."""
    if value is None:
        return ()
    if isinstance(value, pd.DataFrame):
        return ("frame", int(pd.util.hash_pandas_object(value.astype("string"), index=False).sum()))
    path = Path(value)
    stat = path.stat() if path.is_file() else None
    return (str(path.resolve()), stat.st_size if stat else -1, stat.st_mtime_ns if stat else -1)


def _with_observations(base: ScenarioInputs, survey, measurements, progress, is_cancelled, cache) -> ScenarioInputs:
    """``base`` with the systems' risk, planning class and ``status`` from the model with the observations."""
    from dataclasses import replace

    from ..models.water_risk import predict as risk_predict
    from ..models.water_risk.downstream import planning_classes
    from ..models.water_risk.prediction import ESTIMATED
    from ..planning.population import system_points

    progress(0.0, "observations")
    frame, _, card = risk_predict(
        data_dir=base.data_dir,
        systems=system_points(base.data_dir),
        progress=progress,
        is_cancelled=is_cancelled,
        cache=cache,
        survey=survey,
        measurements=measurements,
    )
    _check(is_cancelled)
    by_id = frame.assign(ID=frame["ID"].astype(str), risk_class=planning_classes(frame, card))
    by_id = by_id.drop_duplicates("ID").set_index("ID")
    ids = base.systems["system_id"].astype(str)
    systems = base.systems.assign(
        risk=ids.map(by_id["risk"]).astype(float).fillna(base.systems["risk"]).to_numpy(),
        risk_class=ids.map(by_id["risk_class"]).fillna(base.systems["risk_class"]).to_numpy(),
        status=ids.map(by_id["status"]).fillna(ESTIMATED).to_numpy(),
    )
    progress(1.0, "inputs ready")
    return replace(base, systems=systems, rehab={}, survey=survey, measurements=measurements)


def _bundle(inputs: ScenarioInputs) -> dict:
    return {
        "centres": inputs.centres,
        "systems": inputs.systems,
        "districts": inputs.districts,
        "thresholds": inputs.thresholds,
        "repaired_risk": inputs.repaired_risk,
    }


def _check(is_cancelled: Callable[[], bool]) -> None:
    if is_cancelled():
        raise CancelledError("The scenario run was cancelled.")


def _compute(data_dir: Path, progress, is_cancelled, cache) -> ScenarioInputs:
    from ..features.district_features import FeatureRequest, build_district_features
    from ..models.child_risk import predict as child_predict
    from ..models.water_risk import predict as risk_predict
    from ..models.water_risk.downstream import planning_classes
    from ..planning.population import district_poverty, populated_centres, system_points

    progress(0.0, "populated centres")
    centres = populated_centres(data_dir)
    systems = system_points(data_dir)
    _check(is_cancelled)
    progress(0.1, "district features")  # built once for the three models
    features, _ = build_district_features(FeatureRequest(data_dir=data_dir), is_cancelled=is_cancelled, cache=cache)
    _check(is_cancelled)
    progress(0.15, "water-quality risk")
    risk, _, card = risk_predict(
        data_dir=data_dir,
        systems=systems,
        districts_features=features,
        progress=lambda f, m: progress(0.15 + 0.25 * f, m),
        is_cancelled=is_cancelled,
    )
    _check(is_cancelled)
    progress(0.4, "poverty")
    ubigeos = pd.Series(sorted(set(centres["ubigeo"].dropna())), dtype="string")
    poverty = district_poverty(
        data_dir, ubigeos, progress=lambda f, m: progress(0.4 + 0.25 * f, m), is_cancelled=is_cancelled, cache=cache
    )
    _check(is_cancelled)
    progress(0.65, "child risk")
    child, _, _ = child_predict(
        data_dir,
        level="district",
        progress=lambda f, m: progress(0.65 + 0.3 * f, m),
        is_cancelled=is_cancelled,
        cache=cache,
    )
    index = child.set_index(child["ubigeo"].astype(str).str.zfill(6))["child_risk_index"]
    districts = poverty.assign(
        region=_regions(data_dir, poverty["ubigeo"]),
        child_risk_index=poverty["ubigeo"].map(index).astype(float).fillna(float(index.median())).to_numpy(),
    )
    by_id = risk.assign(ID=risk["ID"].astype(str), risk_class=planning_classes(risk, card))
    by_id = by_id.drop_duplicates("ID").set_index("ID")
    table = pd.DataFrame(
        {
            "system_id": systems["system_id"].astype(str).to_numpy(),
            "name": systems["name"].to_numpy(),
            "ubigeo": systems["ubigeo"].astype("string").to_numpy(),
            "longitude": systems["longitude"].to_numpy(dtype=float),
            "latitude": systems["latitude"].to_numpy(dtype=float),
            "risk": systems["system_id"].astype(str).map(by_id["risk"]).to_numpy(dtype=float),
            "risk_class": systems["system_id"].astype(str).map(by_id["risk_class"]).fillna("medio").to_numpy(),
            "functioning": ~_collapsed(systems),
        }
    )
    table["risk"] = table["risk"].fillna(float(table["risk"].median()))
    progress(1.0, "inputs ready")
    return ScenarioInputs(
        data_dir=data_dir,
        centres=centres,
        systems=table,
        districts=districts.reset_index(drop=True),
        thresholds=dict(card["risk_classes"]["thresholds"]),
        repaired_risk=float(np.nanmin(table["risk"])),
    )


def _collapsed(systems: pd.DataFrame) -> np.ndarray:
    """True where a recorded component of the system is in state D (collapsed)."""
    collapsed = np.zeros(len(systems), dtype=bool)
    for column in CONDITIONS:
        if column in systems:
            state = systems[column].astype("string").str.strip().str[:1].str.upper()
            collapsed |= state.eq(COLLAPSED).fillna(False).to_numpy(dtype=bool)
    return collapsed


def _regions(data_dir: Path, ubigeos: pd.Series) -> np.ndarray:
    """``costa``/``selva`` from the NBI table's zone, ``sierra`` elsewhere (see the module docstring)."""
    path = data_dir / ZONES
    zones = pd.Series(dtype=object)
    if path.is_file():
        frame = pd.read_csv(path, dtype={"ubigeo": str})
        zones = pd.Series(
            frame["zone"].map({"coast": "costa", "jungle": "selva"}).to_numpy(),
            index=frame["ubigeo"].str.zfill(6).to_numpy(),
        )
    else:
        LOG.warning("scenarios: %s is missing; every district is taken as sierra", path)
    return pd.Series(ubigeos).astype(str).map(zones).fillna("sierra").to_numpy()
