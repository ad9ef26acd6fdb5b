"""The model jobs: water-quality risk, district poverty (and its retraining), child risk."""

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .types import JobResult, never_cancelled, noop_progress

Progress = Callable[[float, str], None]
Cancelled = Callable[[], bool]
MAP_CLASSES = 5  # classes of a choropleth the dock draws (Fisher-Jenks, ``core.spatial.classify``)


def _path(value) -> Path | None:
    return Path(value) if value not in (None, "") else None


def _breaks(frame, columns, classes: int) -> dict:
    """``column -> (minimum, upper bounds)`` of each column with values; nothing when ``classes`` is 0."""
    if not classes:
        return {}
    from ..spatial.classify import class_breaks

    return {
        column: (float(frame[column].min()), class_breaks(frame[column], k=classes))
        for column in columns
        if column in frame and frame[column].notna().any()
    }


def _cache(request):
    """The ``core.cache.Cache`` of a request: its ``cache_dir``, else the process's folder (the command line's)."""
    from ..cache import Cache

    return Cache.of(getattr(request, "cache_dir", None))


def _scaled(progress: Progress, share: float) -> Progress:
    return lambda fraction, message="": progress(share * fraction, message)


# water-quality risk -----------------------------------------------------------------------------------------


@dataclass
class WaterRiskRequest:
    """``data_dir``: a folder laid out like the shared data; ``systems``: another SIASAR-like table (default:
    the folder's); ``model_dir``: another model folder (default: the bundled one)."""

    data_dir: Path | None = None
    systems: Path | None = None
    model_dir: Path | None = None
    cache_dir: Path | None = None  # the disk cache (``core.cache``; default: the process's)
    survey: object = None  # the office's survey (path or frame; ``water_risk.survey.read_survey``)
    measurements: object = None  # water-quality measurements (path or frame; ``survey.read_measurements``)


def water_risk(
    request: WaterRiskRequest, progress: Progress = noop_progress, is_cancelled: Cancelled = never_cancelled
):
    """Tables ``systems`` (one row per system: ``ID, ubigeo, risk, risk_class, status, evidence, …, geometry``)
    and ``districts`` (population served by high-risk systems, observed and estimated shares);
    ``summary["counts"]``: systems per class (``sin_evidencia`` included); ``observed``, ``estimated``: systems
    of each status; ``skill``: the card's held-out metrics for the situation (with or without a survey)."""
    from ..models.water_risk import predict
    from ..models.water_risk.prediction import ALL_CLASSES, CLASSES, OBSERVED, skill

    def given(value):
        return value if hasattr(value, "columns") else _path(value)

    systems, districts, card = predict(
        data_dir=_path(request.data_dir),
        systems=_path(request.systems),
        model_dir=_path(request.model_dir),
        progress=_scaled(progress, 0.98),
        is_cancelled=is_cancelled,
        cache=_cache(request),
        survey=given(request.survey),
        measurements=given(request.measurements),
    )
    counts = systems["risk_class"].value_counts()
    observed = int(systems["status"].eq(OBSERVED).sum()) if "status" in systems else 0
    progress(1.0, "done")
    return JobResult(
        tables={"systems": systems, "districts": districts},
        card=card,
        summary={
            "counts": {c: int(counts.get(c, 0)) for c in ALL_CLASSES if c in CLASSES or counts.get(c, 0)},
            "systems": len(systems),
            "observed": observed,
            "estimated": len(systems) - observed,
            "skill": skill(card, surveyed=observed > 0, share=observed / max(len(systems), 1)),
        },
    )


# district poverty -------------------------------------------------------------------------------------------


@dataclass
class PovertyRequest:
    """``features``: a district feature GeoPackage instead of building it from ``data_dir``; ``classes``: map
    classes of the rate and of the interval width (0: none)."""

    data_dir: Path | None = None
    features: Path | None = None
    model_dir: Path | None = None
    classes: int = MAP_CLASSES
    cache_dir: Path | None = None  # the disk cache (``core.cache``; default: the process's)


def poverty(request: PovertyRequest, progress: Progress = noop_progress, is_cancelled: Cancelled = never_cancelled):
    """Tables ``poverty`` (one row per district: ``poverty_pct`` with its 90 % interval, geometry where the
    features have it) and ``held_out`` (the card's department-held-out predictions, for the chart)."""
    from ..models.poverty import held_out_predictions, predict

    frame, card = predict(
        data_dir=_path(request.data_dir),
        features=_path(request.features),
        model_dir=_path(request.model_dir),
        progress=_scaled(progress, 0.9),
        is_cancelled=is_cancelled,
        cache=_cache(request),
    )
    progress(0.92, "classes")
    breaks = _breaks(frame, ("poverty_pct", "interval_width"), request.classes)
    progress(1.0, "done")
    return JobResult(
        tables={"poverty": frame, "held_out": held_out_predictions(card)},
        card=card,
        breaks=breaks,
        summary={
            "districts": len(frame),
            "poverty_range": (float(frame["poverty_pct"].min()), float(frame["poverty_pct"].max())),
            "mean_interval_width": float(frame["interval_width"].mean()),
        },
    )


@dataclass
class PovertyRetrainRequest:
    """Retrain the poverty model on ``target`` (a table with ubigeo and the rate in %; default INEI 2018) into
    the model folder ``out``. ``allow_bundled``: may write the bundled folder (``make models`` only)."""

    data_dir: Path
    out: Path
    target: Path | None = None
    target_column: str | None = None
    rasters: tuple[Path, ...] = ()
    compare_keras: bool = False
    allow_bundled: bool = False


def poverty_retrain(
    request: PovertyRetrainRequest, progress: Progress = noop_progress, is_cancelled: Cancelled = never_cancelled
):
    """No tables; ``card``: the new model's card, with ``folder`` added."""
    from ..models.poverty import train

    card = train(
        Path(request.data_dir),
        Path(request.out),
        target=_path(request.target),
        target_column=request.target_column,
        rasters=[Path(p) for p in request.rasters],
        compare_keras=request.compare_keras,
        allow_bundled=request.allow_bundled,
        progress=progress,
        is_cancelled=is_cancelled,
    )
    return JobResult(card={**card, "folder": str(request.out)})


# child risk -------------------------------------------------------------------------------------------------


@dataclass
class ChildRiskRequest:
    """Stunting, anaemia and the child-risk index of every ``level`` area (district or province) for ``year``
    (default: the latest survey year + 1); only aggregates of at least ``min_cell`` children are published.
    ``geometry``: join the data folder's polygons to the areas."""

    data_dir: Path
    level: str = "district"
    year: int | None = None
    min_cell: int | None = None
    rules: Path | None = None
    language: str = "en"
    model_dir: Path | None = None
    geometry: bool = False
    classes: int = MAP_CLASSES
    cache_dir: Path | None = None  # the disk cache (``core.cache``; default: the process's)


def child_risk(
    request: ChildRiskRequest, progress: Progress = noop_progress, is_cancelled: Cancelled = never_cancelled
):
    """Tables ``areas`` (published estimates), ``interventions`` (checked for publication) and, when asked,
    ``areas_map`` (the areas with their polygons); ``summary["min_cell"]`` is the floor applied."""
    from ..errors import AguaPeruError
    from ..models.child_risk import MIN_CELL, predict, with_geometry
    from ..models.child_risk.privacy import check_published

    if not request.data_dir:
        raise AguaPeruError(
            "predict child-risk needs --data (a folder laid out like the shared data).", code="child_risk_needs_data"
        )
    min_cell = request.min_cell if request.min_cell is not None else MIN_CELL
    frame, recommendations, card = predict(
        Path(request.data_dir),
        level=request.level,
        year=request.year,
        min_cell=min_cell,
        rules=_path(request.rules),
        language=request.language,
        model_dir=_path(request.model_dir),
        progress=_scaled(progress, 0.9),
        is_cancelled=is_cancelled,
        cache=_cache(request),
    )
    progress(0.92, "classes")
    breaks = _breaks(frame, ("child_risk_index", "stunting_pct", "anemia_pct"), request.classes)
    tables = {"areas": frame, "interventions": check_published(recommendations, min_cell)}
    if request.geometry:
        tables["areas_map"] = with_geometry(frame, Path(request.data_dir), request.level)
    progress(1.0, "done")
    return JobResult(
        tables=tables,
        card=card,
        breaks=breaks,
        summary={"min_cell": min_cell, "level": request.level, "year": int(frame["year"].iloc[0])},
    )
