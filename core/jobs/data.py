"""The data jobs: validate inputs, build the district feature table, zonal statistics, the water-quality
standards check and the hotspots of a district field."""

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .types import JobResult, never_cancelled, noop_progress

Progress = Callable[[float, str], None]
Cancelled = Callable[[], bool]


def _path(value) -> Path | None:
    return Path(value) if value not in (None, "") else None


def _scaled(progress: Progress, start: float, share: float) -> Progress:
    return lambda fraction, message="": progress(start + share * fraction, message)


# validate ---------------------------------------------------------------------------------------------------


@dataclass
class InputFile:
    """One input: a file (or a layer's file), what it holds (None: detected) and its layer in the file."""

    path: Path
    kind: str | None = None
    layer: str | None = None


@dataclass
class ValidateRequest:
    """``inputs``: files (paths or :class:`InputFile`); ``kind``: what the bare paths hold (None: detected);
    ``data_dir``: a folder laid out like the shared data, for the UBIGEO codes and the crosswalk."""

    inputs: tuple = ()
    kind: str | None = None
    data_dir: Path | None = None


def validate(request: ValidateRequest, progress: Progress = noop_progress, is_cancelled: Cancelled = never_cancelled):
    """``report``: every problem of every input; ``summary["inputs"]``: per input ``path``, ``kind``, ``ok``
    and ``attrs``; tables ``input<i>``: the cleaned data of each usable input ``i``."""
    from ..errors import CancelledError
    from ..io import UbigeoReference, load_input
    from ..validation import Report

    data_dir = _path(request.data_dir)
    inputs = [item if isinstance(item, InputFile) else InputFile(item, request.kind) for item in request.inputs]
    reference = UbigeoReference.from_data_dir(data_dir) if data_dir else None
    report, summary, tables = Report(), [], {}
    for number, item in enumerate(inputs):
        if is_cancelled():
            raise CancelledError("Validation was cancelled.")
        progress(number / max(len(inputs), 1), str(item.path))
        loaded = load_input(Path(item.path), item.kind, reference, data_dir, item.layer)
        report.extend(loaded.report)
        summary.append({"path": str(item.path), "kind": loaded.kind, "ok": loaded.ok, "attrs": dict(loaded.attrs)})
        if loaded.ok and loaded.data is not None:
            tables[f"input{number}"] = loaded.data
    progress(1.0, "")
    return JobResult(tables=tables, report=report, summary={"inputs": summary, "ok": report.ok})


# district features ------------------------------------------------------------------------------------------


@dataclass
class FeaturesRequest:
    """What to build the table from (``core.features.district_features.FeatureRequest``): every path is
    optional but the districts' (found in ``data_dir`` when not given)."""

    data_dir: Path | None = None
    districts: Path | None = None
    tables: list[Path] = field(default_factory=list)
    rasters: list[Path] = field(default_factory=list)
    water_points: Path | None = None
    centres: Path | None = None
    child_welfare: Path | None = None
    min_cell: int | None = None

    @classmethod
    def of(cls, request) -> "FeaturesRequest":
        """The job's request from a ``FeatureRequest`` (or any object with the same attributes)."""
        if isinstance(request, cls):
            return request
        names = cls.__dataclass_fields__
        return cls(**{name: getattr(request, name) for name in names if hasattr(request, name)})

    def feature_request(self):
        from ..features.district_features import FeatureRequest

        values = {name: getattr(self, name) for name in self.__dataclass_fields__}
        if values["min_cell"] is None:
            del values["min_cell"]
        for name in ("data_dir", "districts", "water_points", "centres", "child_welfare"):
            values[name] = _path(values[name])
        values["tables"] = [Path(p) for p in values["tables"]]
        values["rasters"] = [Path(p) for p in values["rasters"]]
        return FeatureRequest(**values)


def features(request: FeaturesRequest, progress: Progress = noop_progress, is_cancelled: Cancelled = never_cancelled):
    """Table ``features``: one row per district (GeoDataFrame, ``ubigeo`` first); ``report``: the problems of
    the sources; ``summary``: ``districts`` and ``columns`` (without the geometry)."""
    from ..features.district_features import build_district_features

    table, report = build_district_features(request.feature_request(), progress, is_cancelled)
    return JobResult(
        tables={"features": table},
        report=report,
        summary={"districts": len(table), "columns": len(table.columns) - 1},
    )


# zonal statistics -------------------------------------------------------------------------------------------


@dataclass
class ZonalRequest:
    """Statistics of band ``band`` of ``raster`` over ``zones`` (polygons, index kept), or within
    ``radius_m`` metres of them when they are points (``radius_m`` given)."""

    raster: Path
    zones: Any
    stats: tuple[str, ...] = ("mean", "sum", "count", "min", "max", "std")
    band: int = 1
    prefix: str = ""
    radius_m: float | None = None


def zonal(request: ZonalRequest, progress: Progress = noop_progress, is_cancelled: Cancelled = never_cancelled):
    """Table ``statistics``: one row per zone (the zones' index), one column per statistic."""
    from ..features.zonal import buffer_statistics, zonal_statistics

    options = dict(band=request.band, prefix=request.prefix, progress=progress, is_cancelled=is_cancelled)
    stats = list(request.stats)
    if request.radius_m is not None:
        table = buffer_statistics(str(request.raster), request.zones, request.radius_m, stats, **options)
    else:
        table = zonal_statistics(str(request.raster), request.zones, stats, **options)
    return JobResult(tables={"statistics": table}, summary={"zones": len(table)})


# water-quality standards ------------------------------------------------------------------------------------


@dataclass
class StandardsRequest:
    """Measurements (``path``: point, date, parameter, value, unit) checked against ``standard`` in
    ``category`` (None: every category of the standard)."""

    path: Path
    standard: str = "DS 031-2010-SA"
    category: str | None = None


def standards(request: StandardsRequest, progress: Progress = noop_progress, is_cancelled: Cancelled = never_cancelled):
    """Tables ``points`` (one row per point and category) and ``measurements`` (one row per measurement and
    category); ``report``: the reading problems (also in an error's ``details["report"]``); ``summary``:
    ``statuses`` (measurements per status), ``points``, ``exceedances``, ``no_limit``, ``not_comparable``."""
    from ..errors import AguaPeruError
    from ..standards import STATUSES, check, read_measurements
    from ..validation import Report

    report = Report()
    try:
        measurements = read_measurements(request.path, report)
        progress(0.5, "checking")
        per_measurement, per_point = check(measurements, request.standard, request.category)
    except AguaPeruError as error:
        error.details.setdefault("report", report)
        raise
    counts = per_measurement["status"].value_counts()
    progress(1.0, "done")
    return JobResult(
        tables={"points": per_point, "measurements": per_measurement},
        report=report,
        summary={
            "statuses": {status: int(counts.get(status, 0)) for status in STATUSES},
            "points": int(per_point["point"].nunique()),
            "exceedances": int(per_measurement["exceeded"].sum()),
            "no_limit": int((per_measurement["status"] == "no_limit").sum()),
            "not_comparable": int((per_measurement["status"] == "not_comparable").sum()),
        },
    )


# hotspots ---------------------------------------------------------------------------------------------------


@dataclass
class HotspotsRequest:
    """Gi* and local Moran of ``column`` over district polygons taken from ``zones`` (a GeoDataFrame), else
    from ``source`` (a file, with ``layer``), else built like the district feature table from ``data_dir``,
    ``districts`` and ``tables``."""

    column: str = "pobreza_monetaria"
    zones: Any = None
    source: Path | None = None
    layer: str | None = None
    data_dir: Path | None = None
    districts: Path | None = None
    tables: tuple[Path, ...] = ()
    permutations: int = 999
    fdr: bool = True
    seed: int = 0
    weights: str = "queen"


def hotspots(request: HotspotsRequest, progress: Progress = noop_progress, is_cancelled: Cancelled = never_cancelled):
    """Table ``hotspots``: the districts with a value, their fields and the results (``RESULT_COLUMNS``);
    ``summary``: ``core.spatial.hotspots.hotspots``'s (counts per class, Moran's I, weights); ``report``: the
    feature table's when it was built."""
    from ..spatial.hotspots import hotspots as find_hotspots

    report, start = None, 0.05
    if request.zones is not None:
        frame = request.zones
    elif request.source is not None:
        import geopandas as gpd

        frame = gpd.read_file(request.source, layer=request.layer) if request.layer else gpd.read_file(request.source)
    else:
        from ..features.district_features import FeatureRequest, build_district_features

        built = FeatureRequest(
            data_dir=_path(request.data_dir),
            districts=_path(request.districts),
            tables=[Path(p) for p in request.tables],
        )
        frame, report = build_district_features(built, progress=_scaled(progress, 0.0, 0.3), is_cancelled=is_cancelled)
        start = 0.3
    progress(start, "weights")
    result, summary = find_hotspots(
        frame,
        request.column,
        permutations=request.permutations,
        fdr=request.fdr,
        seed=request.seed,
        weights=request.weights,
        progress=_scaled(progress, start, 0.95 - start),
        is_cancelled=is_cancelled,
    )
    progress(1.0, "done")
    return JobResult(tables={"hotspots": result}, summary=summary, report=report)
