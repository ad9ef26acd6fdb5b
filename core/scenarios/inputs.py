"""What every scenario run reads, computed once per data folder and kept for the process.

The water-risk, poverty and child-risk models take about ten seconds each; a baseline and two scenarios share
one ``ScenarioInputs``, so they are computed with the same data and method. ``clear_cache`` forgets them.

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

LOG = logging.getLogger("aguaperu")
ZONES = Path("socioeconomic") / "district_population_nbi_612.csv"
BOUNDARIES = Path("boundaries") / "peru_limites_inei2017.gpkg"
COLLAPSED = "D"  # SIASAR state "D - CAIDO"
CONDITIONS = ("catchment_condition", "storage_condition", "distribution_condition")

_lock = threading.RLock()
_cache: dict[str, "ScenarioInputs"] = {}


def no_progress(*_args) -> None:
    """The default ``progress(fraction, message)``: does nothing."""


def never_cancelled() -> bool:
    """The default ``is_cancelled()``: never."""
    return False


@dataclass
class ScenarioInputs:
    """Shared inputs of one data folder (all of Peru; runs select their departments).

    Attributes
    ----------
    centres:
        Populated centres with 2020 population (``core.planning.populated_centres``).
    systems:
        SIASAR systems: ``system_id, name, ubigeo, longitude, latitude, risk, risk_class, functioning``
        (``functioning`` is false when a recorded component — catchment, storage or distribution — is in
        state D, collapsed).
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
    with _lock:
        _cache.clear()


def load_inputs(
    data_dir: str | Path,
    progress: Callable[[float, str], None] = no_progress,
    is_cancelled: Callable[[], bool] = never_cancelled,
) -> ScenarioInputs:
    """The shared inputs of ``data_dir``, from the process cache or computed now (about 40 s on all of Peru).

    Raises
    ------
    InputError
        When a file of the data folder is missing or unreadable.
    CancelledError
        When ``is_cancelled()`` turns true (nothing is cached then).
    """
    key = str(Path(data_dir).resolve())
    with _lock:
        if key not in _cache:
            _cache[key] = _compute(Path(data_dir), progress, is_cancelled)
        return _cache[key]


def _check(is_cancelled: Callable[[], bool]) -> None:
    if is_cancelled():
        raise CancelledError("The scenario run was cancelled.")


def _compute(data_dir: Path, progress, is_cancelled) -> ScenarioInputs:
    from ..models.child_risk import predict as child_predict
    from ..models.water_risk import predict as risk_predict
    from ..planning.population import district_poverty, populated_centres, system_points

    progress(0.0, "populated centres")
    centres = populated_centres(data_dir)
    systems = system_points(data_dir)
    _check(is_cancelled)
    progress(0.1, "water-quality risk")
    risk, _, card = risk_predict(
        data_dir=data_dir, systems=systems, progress=lambda f, m: progress(0.1 + 0.3 * f, m), is_cancelled=is_cancelled
    )
    _check(is_cancelled)
    progress(0.4, "poverty")
    ubigeos = pd.Series(sorted(set(centres["ubigeo"].dropna())), dtype="string")
    poverty = district_poverty(
        data_dir, ubigeos, progress=lambda f, m: progress(0.4 + 0.25 * f, m), is_cancelled=is_cancelled
    )
    _check(is_cancelled)
    progress(0.65, "child risk")
    child, _, _ = child_predict(
        data_dir, level="district", progress=lambda f, m: progress(0.65 + 0.3 * f, m), is_cancelled=is_cancelled
    )
    index = child.set_index(child["ubigeo"].astype(str).str.zfill(6))["child_risk_index"]
    districts = poverty.assign(
        region=_regions(data_dir, poverty["ubigeo"]),
        child_risk_index=poverty["ubigeo"].map(index).astype(float).fillna(float(index.median())).to_numpy(),
    )
    by_id = risk.assign(ID=risk["ID"].astype(str)).drop_duplicates("ID").set_index("ID")
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
