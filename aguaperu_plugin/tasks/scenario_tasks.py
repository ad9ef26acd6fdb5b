"""Tasks of the Scenarios page: run scenarios into the project's scenario GeoPackage; prepare a comparison."""

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
    """Run scenarios one after the other; each result is written under the id of the scenario it was run for
    (the scenarios are copies taken when the task was made: later edits or selections do not reach them)."""

    def __init__(self, scenarios: list, store_path: Path, data_dir: Path, **callbacks) -> None:
        from ..toolbelt.i18n import tr

        names = ", ".join(s.name for s in scenarios)
        super().__init__(tr("AguaPerú: running {0}", names), **callbacks)
        self.scenarios = [s.copy() for s in scenarios]
        self.store_path, self.data_dir = Path(store_path), Path(data_dir)

    def compute(self) -> list:
        from ...core.scenarios import ScenarioStore, run_scenario
        from ...core.spatial.classify import class_breaks

        store = ScenarioStore(self.store_path)
        results = []
        share = 1.0 / len(self.scenarios)
        for number, scenario in enumerate(self.scenarios):
            start = number * share
            result = run_scenario(
                scenario,
                self.data_dir,
                progress=lambda f, m="", s=start: self.progress_callback(s + 0.9 * share * f, m),
                is_cancelled=self.isCanceled,
            )
            results.append(result)
        self.progress_callback(0.95, "writing")
        self.check_cancelled()
        # one transaction for all of them, rolled back when cancelled meanwhile: the store is left as it was
        written = store.write_many(results, is_cancelled=self.isCanceled)
        runs = []
        for result, tables in zip(results, written, strict=True):
            unserved = result.districts["unserved"]
            runs.append(
                ScenarioRun(
                    result.scenario_id,
                    result.scenario.name,
                    result.scenario_version,
                    self.store_path,
                    tables,
                    float(unserved.min()),
                    class_breaks(unserved, k=5),
                    len(result.sites),
                    dict(result.kpis),
                )
            )
        return runs


@dataclass
class Comparison:
    names: list  # the baseline first
    table: object  # core.scenarios.compare's KPI table
    district_layers: dict  # name -> (GeoPackage, layer) of each scenario's districts
    styles: dict  # name -> (minimum, breaks) of its population without water
    difference_layers: dict  # name -> (GeoPackage, layer) of scenario − baseline per district
    difference_breaks: dict  # name -> (minimum, breaks) centred on 0
    scenarios: dict = field(default_factory=dict)  # name -> the scenario as it was run


def comparison_inputs(store, baseline_id: str, ids: list, out_dir: Path) -> Comparison:
    """Read the stored results of the baseline and of ``ids``, compare them, and write the per-district
    differences (with the baseline's polygons) to one GeoPackage in ``out_dir``.

    Raises
    ------
    InputError
        When a scenario has no results yet (or results of an older version: run it again).
    """
    import geopandas as gpd

    from ...core.errors import InputError
    from ...core.models.demand.summary import symmetric_breaks
    from ...core.scenarios import compare
    from ...core.scenarios.store import output_tables
    from ...core.spatial.classify import class_breaks

    listed = store.list().set_index("id")
    results, names, tables = {}, [], {}
    for scenario_id in [baseline_id, *ids]:
        if scenario_id not in listed.index:
            raise InputError(
                f"{store.path} holds no scenario {scenario_id}.", "unknown_scenario", fix="Refresh the list."
            )
        row = listed.loc[scenario_id]
        if not row["has_results"] or row["stale"]:
            raise InputError(
                f"Scenario {row['name']!r} has no results of its current version.",
                "no_results",
                value=scenario_id,
                fix="Run it first (Run selected, or Run baseline and ticked).",
            )
        result = store.read_results(scenario_id)
        name = row["name"] if row["name"] not in results else f"{row['name']} ({scenario_id[:6]})"
        results[name] = result
        names.append(name)
        tables[name] = (store.path, output_tables(scenario_id)["districts"])
    table, districts = compare(results, names[0])
    shapes = gpd.GeoDataFrame(results[names[0]].districts)[["ubigeo", "geometry"]]
    target = Path(out_dir) / COMPARISON_FILE
    differences, breaks = {}, {}
    frames = {}
    for name, scenario_id in zip(names[1:], ids, strict=True):
        own = districts[districts["scenario"] == name].drop(columns="scenario")
        own = own.assign(served_share_diff_pp=100 * own["served_share_diff"])
        frames[f"diff_{scenario_id}"] = gpd.GeoDataFrame(shapes.merge(own, on="ubigeo"), geometry="geometry")
        differences[name] = (target, f"diff_{scenario_id}")
        breaks[name] = symmetric_breaks(own["served_share_diff_pp"], 7)  # odd: no change in the middle class
    _write_layers(frames, target)
    styles = {}
    for name, result in results.items():
        unserved = result.districts["unserved"]
        styles[name] = (float(unserved.min()), class_breaks(unserved, k=5))
    scenarios = {name: result.scenario for name, result in results.items()}
    return Comparison(names, table, tables, styles, differences, breaks, scenarios)


def _write_layers(frames: dict, target: Path) -> None:
    """Every layer into one GeoPackage, which appears (or is replaced) only when complete."""
    import os
    import tempfile

    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(suffix=".gpkg", dir=target.parent, prefix=".aguaperu-")
    os.close(handle)
    os.remove(temporary)
    try:
        for layer, frame in frames.items():
            frame.to_file(temporary, layer=layer, driver="GPKG")
        os.replace(temporary, target)
    finally:
        if os.path.exists(temporary):
            os.remove(temporary)
