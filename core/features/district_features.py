"""The district feature table: one row per district joining every source, plus derived features.

Sources are found in a folder laid out like the shared data (``boundaries/``, ``socioeconomic/``,
``satellite/``, ``water/``, ``child_welfare/``, and ``rasters/*.tif``); any of them may be missing, and
the user may add district tables and GeoTIFF rasters of their own.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from ..errors import CancelledError, InputError
from ..io import datafolder
from ..io.atomic import replacing
from ..io.child_welfare import read_child_welfare
from ..io.district_tables import read_district_table
from ..io.districts import read_districts
from ..io.satellite import inspect_raster, read_yearly_table, yearly_summary
from ..io.ubigeo import UbigeoReference, to_level
from ..io.water_points import point_coordinates, read_water_points_once
from ..jobs.types import never_cancelled
from ..settings import MIN_CELL
from ..validation import Report

LAYER = "district_features"
EQUAL_AREA = "EPSG:6933"
EARTH_RADIUS_KM = 6371.0088

# relative path in a data folder (``core.io.datafolder``), and its columns to keep (source name → feature name)
UBIGEO_TABLE = (
    str(datafolder.UBIGEO_DISTRITO),
    {
        "superficie": "superficie_km2",
        "pob_densidad_2020": "pob_densidad_2020",
        "altitude": "altitud_m",
        "latitude": "capital_lat",
        "longitude": "capital_lon",
        "indice_vulnerabilidad_alimentaria": "indice_vulnerabilidad_alimentaria",
        "idh_2019": "idh_2019",
        "pct_pobreza_total": "pct_pobreza_total",
        "pct_pobreza_extrema": "pct_pobreza_extrema",
    },
)
POVERTY_TABLE = (
    str(datafolder.POBREZA),
    {
        "pob_2020": "pob_2020",
        "pobreza_monetaria": "pobreza_monetaria",
        "conf_95_inf": "pobreza_ic95_inf",
        "conf_95_sup": "pobreza_ic95_sup",
    },
)
NBI_TABLE = (str(datafolder.NBI), {"socio_ubn": "nbi_pct", "zone": "zona_nbi"})
NTL_TABLE = (str(datafolder.NIGHT_LIGHTS_PROVINCIAL), {"ntl": "ntl_dmsp_2007"})
SATELLITE_GLOB = datafolder.SATELLITE_DISTRICT_GLOB
CENTRES = str(datafolder.CENTROS_POBLADOS)
SYSTEMS = str(datafolder.WATER_SYSTEMS)
CHILDREN = str(datafolder.ENDES_CHILDREN)
CHILD_TABLE = str(datafolder.CHILD_WELFARE)
DISTRICTS = str(datafolder.BOUNDARIES)


@dataclass
class FeatureRequest:
    """What to build the table from. Every path is optional but the districts'."""

    data_dir: Path | None = None
    districts: Path | None = None
    tables: list[Path] = field(default_factory=list)
    rasters: list[Path] = field(default_factory=list)
    water_points: Path | None = None
    centres: Path | None = None
    child_welfare: Path | None = None
    min_cell: int = MIN_CELL

    def resolve(self) -> "FeatureRequest":
        """Fill unset paths from ``data_dir`` where the shared layout has the file."""
        if self.data_dir is None:
            return self
        base = Path(self.data_dir)

        def found(*relatives: str) -> Path | None:
            return next((base / r for r in relatives if (base / r).exists()), None)

        return FeatureRequest(
            data_dir=base,
            districts=self.districts or found(DISTRICTS),
            tables=list(self.tables),
            rasters=list(self.rasters) or datafolder.rasters(base),
            water_points=self.water_points or found(SYSTEMS),
            centres=self.centres or found(CENTRES),
            child_welfare=self.child_welfare or found(CHILDREN, CHILD_TABLE),
            min_cell=self.min_cell,
        )


class _Steps:
    """Progress over a known number of steps, with cancellation checked at every step."""

    def __init__(self, total: int, progress: Callable, is_cancelled: Callable) -> None:
        self.total, self.done = max(total, 1), 0
        self.progress, self.is_cancelled = progress, is_cancelled

    def __call__(self, message: str) -> None:
        if self.is_cancelled():
            raise CancelledError("Building district features was cancelled.")
        self.progress(self.done / self.total, message)
        self.done += 1


def build_district_features(
    request: FeatureRequest,
    progress: Callable[[float, str], None] = lambda fraction, message: None,
    is_cancelled: Callable[[], bool] = never_cancelled,
    cache=None,
    shared: dict | None = None,
):
    """Build the district feature table.

    Parameters
    ----------
    request:
        The sources; ``request.resolve()`` is applied first.
    progress, is_cancelled:
        Plain callables: ``progress(fraction, message)`` and ``is_cancelled() -> bool``.
    cache:
        A ``core.cache.Cache``: the table (and its report) is taken from it when built before from the same
        files and code, and kept in it otherwise; None builds it every time.
    shared:
        Water points already read by the caller, by resolved path (``read_water_points_once``): the request's
        table found there is not read again, and one read is added (the water-risk inputs read it once).

    Returns
    -------
    (GeoDataFrame, Report)
        One row per district of the district layer (EPSG:4326), and every problem met on the way.

    Raises
    ------
    InputError
        When the district layer is missing or unusable (the report is attached).
    CancelledError
        When ``is_cancelled()`` turns true.
    """
    from ..cache import resolve

    request, cache = request.resolve(), resolve(cache)
    if cache is None:
        return _build(request, progress, is_cancelled, shared)

    def build() -> dict:
        table, report = _build(request, progress, is_cancelled, shared)
        return {"table": table, "report": _report_items(report)}

    bundle = cache.get_or_build("district_features", _inputs(request), build, parameters=_parameters(request))
    progress(1.0, "done")
    return bundle["table"], _report_of(bundle["report"])


def _inputs(request: FeatureRequest) -> list:
    """Every file the table of ``request`` may read: the data folder's and the request's own."""
    from ..io.datafolder import input_files

    named = [request.districts, request.water_points, request.centres, request.child_welfare]
    return [*input_files(request.data_dir), *named, *request.tables, *request.rasters]


def _parameters(request: FeatureRequest) -> dict:
    named = ("data_dir", "districts", "water_points", "centres", "child_welfare")
    paths = {name: str(Path(getattr(request, name)).resolve()) if getattr(request, name) else None for name in named}
    return {
        **paths,
        "tables": [str(Path(p).resolve()) for p in request.tables],
        "rasters": [str(Path(p).resolve()) for p in request.rasters],
        "min_cell": request.min_cell,
    }


def _report_items(report: Report) -> list:
    import json

    def plain(value):
        return value.item() if isinstance(value, np.generic) else str(value)

    return json.loads(json.dumps([item.to_dict() for item in report.items], default=plain))


def _report_of(items: list) -> Report:
    from ..validation.report import ReportItem, Severity

    fields = ("code", "file", "column", "rows", "params")
    return Report([ReportItem(Severity(item["severity"]), **{k: item[k] for k in fields}) for item in items])


def _build(request: FeatureRequest, progress: Callable, is_cancelled: Callable, shared: dict | None = None):
    report = Report()
    steps = _Steps(8 + len(request.tables) + len(request.rasters), progress, is_cancelled)
    reference = UbigeoReference.from_data_dir(request.data_dir) if request.data_dir else UbigeoReference()

    steps("districts")
    if request.districts is None:
        raise InputError(
            "No district layer was given or found in the data folder.",
            code="file_not_found",
            file=str(request.data_dir or ""),
            fix="Choose a polygon layer with a UBIGEO column.",
        )
    districts_loaded = read_districts(request.districts, reference=reference)
    report.extend(districts_loaded.report)
    table = districts_loaded.require().copy()
    reference = reference.with_districts(table["ubigeo"])
    table["area_km2"] = table.geometry.to_crs(EQUAL_AREA).area / 1e6

    base = Path(request.data_dir) if request.data_dir else None
    steps("district tables")
    for relative, columns in (UBIGEO_TABLE, POVERTY_TABLE, NBI_TABLE, NTL_TABLE):
        if base is not None and (base / relative).is_file():
            table = _join_table(table, base / relative, columns, reference, report)

    steps("satellite tables")
    for path in sorted(base.glob(SATELLITE_GLOB)) if base is not None else []:
        loaded = read_yearly_table(path, reference)
        report.extend(loaded.report)
        if loaded.data is not None:
            summary = yearly_summary(loaded.data, loaded.attrs["variable"])
            summary.insert(0, "ubigeo", loaded.data["ubigeo"].to_numpy())
            table = table.merge(summary, on="ubigeo", how="left")

    for path in request.tables:
        steps(f"table {Path(path).name}")
        table = _join_table(table, Path(path), None, reference, report)

    steps("populated centres")
    if request.centres is not None:
        table = _join_centres(table, request.centres, report)

    steps("water systems")
    if request.water_points is not None:
        table = _join_water_points(table, request.water_points, report, shared)

    steps("child welfare")
    if request.child_welfare is not None:
        table = _join_child_welfare(table, request, reference, report)

    for path in request.rasters:
        steps(f"raster {Path(path).name}")
        table = _join_raster(table, Path(path), report)

    steps("population")
    if "pob_densidad_2020" in table:
        area = table["superficie_km2"].fillna(table["area_km2"]) if "superficie_km2" in table else table["area_km2"]
        table["pob_2020_est"] = table["pob_densidad_2020"] * area
    progress(1.0, "done")
    return table, report


def _join_table(table, path: Path, columns: dict | None, reference, report: Report):
    loaded = read_district_table(path, reference)
    report.extend(loaded.report)
    if loaded.data is None:
        return table
    frame = loaded.data
    if columns is not None:
        frame = frame[["ubigeo", *[c for c in columns if c in frame.columns]]].rename(columns=columns)
    else:
        clashes = [c for c in frame.columns if c != "ubigeo" and c in table.columns]
        frame = frame.rename(columns={c: f"{path.stem}_{c}" for c in clashes})
    return merge_at_level(table, frame, loaded.attrs.get("level", "district"))


def merge_at_level(table, frame, level: str):
    """Left-join ``frame`` (keyed by ``ubigeo`` at ``level``) onto the districts of ``table``."""
    if level == "district":
        return table.merge(frame, on="ubigeo", how="left")
    keyed = frame.rename(columns={"ubigeo": "_key"})
    return table.assign(_key=to_level(table["ubigeo"], level)).merge(keyed, on="_key", how="left").drop(columns="_key")


def _join_centres(table, path: Path, report: Report):
    """Counts of populated centres per district, and the share that are urban."""
    from ..io.tables import read_table
    from ..io.ubigeo import repair_padding

    frame = read_table(path, report)
    if frame is None or "inei_distrito" not in frame or "tipo" not in frame:
        return table
    frame["ubigeo"] = repair_padding(frame["inei_distrito"])[0]
    urban = frame["tipo"].str.lower().eq("urban")
    counts = frame.assign(_urban=urban).groupby("ubigeo").agg(ccpp_n=("tipo", "size"), ccpp_urbanos=("_urban", "sum"))
    counts["ccpp_pct_urbano"] = 100.0 * counts["ccpp_urbanos"] / counts["ccpp_n"]
    table = table.merge(counts.reset_index(), on="ubigeo", how="left")
    table[["ccpp_n", "ccpp_urbanos"]] = table[["ccpp_n", "ccpp_urbanos"]].fillna(0)
    return table


def _join_water_points(table, path: Path, report: Report, shared: dict | None = None):
    """Systems and population served per district, and the distance to the nearest system."""
    from ..spatial.join import locate_in

    loaded = read_water_points_once(path, shared)
    report.extend(loaded.report)
    if loaded.data is None or loaded.data.empty:
        return table
    points = loaded.data
    if "ubigeo" not in points or points["ubigeo"].isna().any():
        points = points.assign(ubigeo=locate_in(points, table[["ubigeo", "geometry"]]))
    served = points["population_served"] if "population_served" in points else pd.Series(np.nan, points.index)
    summary = (
        points.assign(_served=served)
        .groupby("ubigeo")
        .agg(sistemas_n=("geometry", "size"), sistemas_pob_servida=("_served", "sum"))
    )
    table = table.merge(summary.reset_index(), on="ubigeo", how="left")
    table[["sistemas_n", "sistemas_pob_servida"]] = table[["sistemas_n", "sistemas_pob_servida"]].fillna(0)
    targets = np.c_[point_coordinates(loaded, points)]
    table["dist_sistema_km"] = nearest_distance_km(_district_origins(table), targets)
    return table


def _join_child_welfare(table, request: FeatureRequest, reference, report: Report):
    loaded = read_child_welfare(request.child_welfare, request.data_dir, reference, request.min_cell)
    report.extend(loaded.report)
    if loaded.data is None:
        return table
    child = loaded.data.rename(columns={c: f"ninos_{c}" for c in loaded.data.columns if c != "ubigeo"})
    return merge_at_level(table, child, loaded.attrs.get("level", "district"))


def _district_origins(table) -> np.ndarray:
    """Lon/lat of each district's capital when known, else a point inside the district."""
    inside = table.geometry.representative_point()
    lon = pd.Series(inside.x, index=table.index)
    lat = pd.Series(inside.y, index=table.index)
    if "capital_lon" in table and "capital_lat" in table:
        known = table["capital_lon"].notna() & table["capital_lat"].notna()
        lon, lat = lon.where(~known, table["capital_lon"]), lat.where(~known, table["capital_lat"])
    return np.c_[lon.to_numpy(dtype=float), lat.to_numpy(dtype=float)]


def _unit_vectors(lonlat: np.ndarray) -> np.ndarray:
    lon, lat = np.radians(lonlat[:, 0]), np.radians(lonlat[:, 1])
    return np.c_[np.cos(lat) * np.cos(lon), np.cos(lat) * np.sin(lon), np.sin(lat)]


def nearest_distance_km(origins: np.ndarray, targets: np.ndarray) -> np.ndarray:
    """Great-circle distance (km) from each origin (lon, lat) to the nearest target (lon, lat)."""
    from scipy.spatial import cKDTree

    chord, _ = cKDTree(_unit_vectors(targets)).query(_unit_vectors(origins))
    return 2 * EARTH_RADIUS_KM * np.arcsin(np.clip(chord / 2, 0, 1))


def _join_raster(table, path: Path, report: Report):
    from .zonal import zonal_statistics

    loaded = inspect_raster(path)
    report.extend(loaded.report)
    if loaded.data is None:
        return table
    prefix = "".join(ch if ch.isalnum() else "_" for ch in path.stem.lower()) + "_"
    stats = zonal_statistics(path, table[["geometry"]], prefix=prefix)
    return table.join(stats)


def write_features(table, target: Path, layer: str = LAYER) -> Path:
    """Write the table as a GeoPackage layer; the file appears only when complete."""
    target = Path(target)
    with replacing(target) as temporary:
        table.to_file(temporary, layer=layer, driver="GPKG")
    return target
