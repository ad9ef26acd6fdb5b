"""Tasks of the Scenarios page: run scenarios into the project's scenario GeoPackage; compare them with the baseline."""

from dataclasses import dataclass, field
from pathlib import Path

from .base import BaseTask

COMPARISON_FILE = "aguaperu_comparacion_escenarios.gpkg"


@dataclass
class ScenarioRun:
    """What the page needs of a finished run (copied out of the task: QGIS deletes finished tasks)."""

    scenario_id: str
    name: str
    version: int
    path: Path  # the scenario GeoPackage
    tables: dict  # output kind -> layer name
    minimum: float  # classes of the population without water per district
    breaks: list
    sites: int
    kpis: dict = field(default_factory=dict)


class ScenarioRunTask(BaseTask):
    """Run scenarios of the store and write their results in one transaction (the job ``scenariorun``); each
    result is written under the id of the scenario it was run for (the scenarios are copies taken when the task
    was made: later edits or selections do not reach them)."""

    def __init__(self, scenarios: list, store_path: Path, data_dir: Path, **callbacks) -> None:
        from ..toolbelt.i18n import tr

        names = ", ".join(s.name for s in scenarios)
        super().__init__(tr("AguaPerú: running {0}", names), **callbacks)
        self.scenarios = [s.copy() for s in scenarios]
        self.store_path, self.data_dir = Path(store_path), Path(data_dir)

    def compute(self) -> list:
        from ...core import jobs
        from ...core.jobs.scenarios import ScenarioRunRequest

        request = ScenarioRunRequest(self.data_dir, self.store_path, tuple(self.scenarios), stored=True)
        result = jobs.run("scenariorun", request, progress=self.progress_callback, is_cancelled=self.isCanceled)
        minimum, breaks = result.breaks["unserved"]
        return [
            ScenarioRun(
                run["id"],
                run["name"],
                run["version"],
                self.store_path,
                run["tables"],
                minimum,
                breaks,
                run["sites"],
                run["kpis"],
            )
            for run in result.summary["scenarios"]
        ]


@dataclass
class Comparison:
    """What the page and the report need of a comparison (copied out of the task)."""

    names: list  # the baseline first
    table: object  # the KPI table of ``core.scenarios.run.compare`` (each change split: assumptions, plan)
    district_layers: dict  # name -> (GeoPackage, layer) of each scenario's districts
    styles: dict  # name -> (minimum, breaks) of its population without water (shared by every map)
    difference_layers: dict  # name -> (GeoPackage, layer) of scenario − baseline per district
    difference_breaks: dict  # name -> (minimum, breaks) centred on 0 (shared by every map)
    scenarios: dict = field(default_factory=dict)  # name -> the scenario as it was run
    unsplit: list = field(default_factory=list)  # names whose change cannot be split (results of an older version)


def comparison_of(result, store_path: Path, layers: Path) -> Comparison:
    """The ``Comparison`` of a ``scenariocompare`` result (its differences written to ``layers``)."""
    from ...core.scenarios import Scenario
    from ...core.scenarios.batch import SHARE_DIFF_PP

    summary = result.summary
    names = summary["labels"]
    unserved, difference = result.breaks["unserved"], result.breaks.get(SHARE_DIFF_PP)
    return Comparison(
        names,
        result.table("comparison_kpi"),
        {name: (Path(store_path), table) for name, table in summary["district_tables"].items()},
        dict.fromkeys(names, unserved),
        {name: (Path(layers), layer) for name, layer in summary["difference_tables"].items()},
        dict.fromkeys(summary["difference_tables"], difference),
        {name: Scenario.from_dict(data) for name, data in summary["scenarios"].items()},
        list(summary.get("unsplit", [])),
    )


class ScenarioCompareTask(BaseTask):
    """Compare the stored results of ``ids`` with the baseline's (the job ``scenariocompare``) and write the
    per-district differences to ``COMPARISON_FILE`` in ``out_dir``; ``on_done`` receives a ``Comparison``."""

    def __init__(self, store_path: Path, baseline_id: str, ids: list, out_dir: Path, **callbacks) -> None:
        from ..toolbelt.i18n import tr

        super().__init__(tr("AguaPerú: comparing scenarios"), **callbacks)
        self.store_path, self.baseline_id, self.ids = Path(store_path), baseline_id, list(ids)
        self.target = Path(out_dir) / COMPARISON_FILE

    def compute(self) -> Comparison:
        from ...core import jobs
        from ...core.jobs.scenarios import ScenarioCompareRequest

        request = ScenarioCompareRequest(self.store_path, self.baseline_id, tuple(self.ids), layers=self.target)
        result = jobs.run("scenariocompare", request, progress=self.progress_callback, is_cancelled=self.isCanceled)
        return comparison_of(result, self.store_path, self.target)
