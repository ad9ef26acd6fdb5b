"""The registry of jobs: every job AguaPerú runs is one public core function, ``run(request, progress,
is_cancelled) -> JobResult``, named here once. The command line (``core.__main__``), the Processing provider
(``aguaperu_plugin.processing``) and the dock's tasks (``aguaperu_plugin.tasks``) are thin adapters: they turn
their parameters into the job's request, call :func:`run` with the job's id, and turn the result into files,
layers and messages. ``tests/unit/test_jobs_registry.py`` checks that every job has exactly one entry and that
each adapter calls it.

Importing this module is cheap (no pandas): a job's module is imported when it runs.

``exportmap`` has no entry: printing a map is all QGIS layout work (``aguaperu_plugin.printing``), with no core
part to share between adapters (``ADAPTER_ONLY``).
"""

from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module

from .types import JobResult, never_cancelled, noop_progress

__all__ = ["ADAPTER_ONLY", "JOBS", "Job", "JobResult", "job", "never_cancelled", "noop_progress", "request_type", "run"]

# Processing algorithms that are adapters of no core job, and why
ADAPTER_ONLY = {"exportmap": "a QGIS print layout filled and exported: no computation in core"}


@dataclass(frozen=True)
class Job:
    """One job: its id (as in ``core.dependencies.JOBS``), its core entry (``"module:function"`` under
    ``core.jobs``, the function taking the request named ``"module:Request"``), the Processing algorithms
    that run it (``aguaperu:<id>``), the command-line commands (``"predict water-risk"``) and whether a dock
    task runs it."""

    id: str
    entry: str
    request: str
    algorithms: tuple[str, ...] = ()
    commands: tuple[str, ...] = ()
    dock: bool = True

    def function(self) -> Callable[..., JobResult]:
        module, name = self.entry.split(":")
        return getattr(import_module(f"{__name__}.{module}"), name)

    def request_type(self) -> type:
        module, name = self.request.split(":")
        return getattr(import_module(f"{__name__}.{module}"), name)


def _job(id: str, module: str, name: str, request: str, **where) -> Job:
    return Job(id, f"{module}:{name}", f"{module}:{request}", **where)


JOBS: dict[str, Job] = {
    job.id: job
    for job in (
        _job("validate", "data", "validate", "ValidateRequest", algorithms=("validateinputs",), commands=("validate",)),
        _job(
            "features", "data", "features", "FeaturesRequest", algorithms=("districtfeatures",), commands=("features",)
        ),
        _job("zonal", "data", "zonal", "ZonalRequest", algorithms=("zonalstatistics",), commands=(), dock=False),
        _job(
            "standards",
            "data",
            "standards",
            "StandardsRequest",
            algorithms=("standardscheck",),
            commands=("standards",),
            dock=False,
        ),
        _job("hotspots", "data", "hotspots", "HotspotsRequest", algorithms=("hotspots",), commands=("hotspots",)),
        _job(
            "waterrisk",
            "models",
            "water_risk",
            "WaterRiskRequest",
            algorithms=("waterrisk",),
            commands=("predict water-risk",),
        ),
        _job("poverty", "models", "poverty", "PovertyRequest", algorithms=("poverty",), commands=("predict poverty",)),
        _job(
            "povertyretrain",
            "models",
            "poverty_retrain",
            "PovertyRetrainRequest",
            algorithms=("povertyretrain",),
            commands=("train poverty",),
        ),
        _job(
            "childrisk",
            "models",
            "child_risk",
            "ChildRiskRequest",
            algorithms=("childrisk",),
            commands=("predict child-risk",),
        ),
        _job(
            "demandforecast",
            "demand",
            "demand_forecast",
            "DemandForecastRequest",
            algorithms=("demandforecast",),
            commands=("forecast demand",),
        ),
        _job(
            "demandanomalies",
            "demand",
            "demand_anomalies",
            "DemandAnomaliesRequest",
            algorithms=("demandanomalies",),
            dock=False,  # the dock's forecast task flags the anomalies (``DemandForecastRequest.anomalies``)
        ),
        _job(
            "demandschedule",
            "demand",
            "demand_schedule",
            "DemandScheduleRequest",
            algorithms=("demandschedule",),
        ),
        _job(
            "siting",
            "planning",
            "siting",
            "SitingRequest",
            algorithms=("siting",),
            commands=("plan siting",),
            dock=False,
        ),
        _job("rehab", "planning", "rehab", "RehabRequest", algorithms=("rehab",), commands=("plan rehab",), dock=False),
        _job(
            "scenariorun",
            "scenarios",
            "scenario_run",
            "ScenarioRunRequest",
            algorithms=("scenariorun",),
            commands=("scenario run", "scenario compare"),  # both run the files (and the baseline), then store
        ),
        _job("scenariocompare", "scenarios", "scenario_compare", "ScenarioCompareRequest"),
        # exportmap is not a job here: printing is all QGIS layout work (aguaperu_plugin.printing), no core part
    )
}


def job(job_id: str) -> Job:
    """The registered job ``job_id`` (``KeyError`` for an unknown one)."""
    return JOBS[job_id]


def request_type(job_id: str) -> type:
    """The request dataclass of ``job_id``."""
    return JOBS[job_id].request_type()


def run(
    job_id: str,
    request,
    progress: Callable[[float, str], None] = noop_progress,
    is_cancelled: Callable[[], bool] = never_cancelled,
) -> JobResult:
    """Run the job ``job_id`` on ``request`` (an instance of its request type) and return its result.

    Raises whatever the job raises: ``AguaPeruError`` subclasses for the input, ``CancelledError`` when
    ``is_cancelled()`` turns true.
    """
    entry = JOBS[job_id]
    expected = entry.request_type()
    if not isinstance(request, expected):
        raise TypeError(f"job {job_id} takes a {expected.__name__}, not a {type(request).__name__}")
    return entry.function()(request, progress=progress, is_cancelled=is_cancelled)
