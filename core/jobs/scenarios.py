"""The scenario jobs: run scenarios and store them with their results in one transaction (``scenariorun``), and
compare stored results with the baseline (``scenariocompare``)."""

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .types import JobResult, never_cancelled, noop_progress

Progress = Callable[[float, str], None]
Cancelled = Callable[[], bool]
MAP_CLASSES = 5  # classes of the maps of the population without water (Fisher-Jenks)
DIFFERENCE_CLASSES = 7  # classes of the difference maps: odd, so that "no change" is the middle class


@dataclass
class ScenarioRunRequest:
    """Run ``scenarios`` on the data folder ``data_dir`` and store them, with their results, in ``store``.

    scenarios:
        Scenario files (JSON) or ``core.scenarios.Scenario`` objects.
    baseline:
        Also run the baseline of a file batch (reserved id, the first scenario's method settings), first, and
        compare every scenario with it.
    stored:
        The scenarios are the store's own (the dock): run as they are, results written under their ids. Else
        they are matched with the store first (by id, else by name; a changed one becomes a new version).
    csv_dir:
        Also write the KPI CSV of each scenario there (and, with ``baseline``, ``comparison_kpi.csv`` and
        ``comparison_districts.csv``), replaced together with the store's transaction.
    classes:
        Map classes of the population without water per district, shared by every scenario of the run.
    survey, measurements:
        The office's survey and water-quality measurements (paths or frames, ``models.water_risk.survey``):
        the systems take the observed state where known, the estimate elsewhere; ``status`` says which.
    """

    data_dir: Path
    store: Path
    scenarios: tuple = ()
    baseline: bool = False
    stored: bool = False
    csv_dir: Path | None = None
    classes: int = MAP_CLASSES
    survey: object = None
    measurements: object = None


def scenario_run(
    request: ScenarioRunRequest, progress: Progress = noop_progress, is_cancelled: Cancelled = never_cancelled
) -> JobResult:
    """Run every scenario (the baseline first with ``request.baseline``), then store scenarios and results in
    ONE transaction (all or nothing; a cancel rolls it back).

    Tables: ``kpi_<id>`` (``kpi, value, unit``) and ``districts_<id>`` (per district, with polygons) of each
    scenario (names as in the store, ``core.scenarios.store.output_tables``), then, with ``baseline``,
    ``comparison_kpi`` and ``comparison_districts`` (``core.scenarios.run.compare``). Breaks: ``unserved``.
    Summary: ``store`` and ``scenarios`` (one entry per scenario run, in order: ``id, name, version, label,
    seconds, warnings, sites, tables, kpis``).

    Raises
    ------
    InputError
        A scenario file that cannot be read or checked, scenario files that cannot be compared (same name,
        different departments), an output that would replace an input.
    CancelledError
        When ``is_cancelled()`` turns true: nothing is written.
    """
    from ..scenarios.batch import check_comparable, file_baseline, labels, run_batch
    from ..scenarios.model import Scenario
    from ..scenarios.store import output_tables

    files = tuple(s for s in request.scenarios if not isinstance(s, Scenario))
    scenarios = [s if isinstance(s, Scenario) else Scenario.load(s) for s in request.scenarios]
    if not scenarios:
        raise ValueError("a scenario run needs at least one scenario")
    if not request.stored:
        check_comparable(scenarios)
    if request.baseline:
        scenarios = [file_baseline(scenarios[0]), *scenarios]
    csv_dir = Path(request.csv_dir) if request.csv_dir not in (None, "") else None
    results, comparison = run_batch(
        scenarios,
        Path(request.data_dir),
        Path(request.store),
        progress,
        is_cancelled,
        stored=request.stored,
        compare=request.baseline,
        csv_dir=csv_dir,
        inputs=files + tuple(p for p in (request.survey, request.measurements) if isinstance(p, (str, Path))),
        survey=request.survey,
        measurements=request.measurements,
    )
    tables, runs = {}, []
    for label, result in labels(results).items():
        names = output_tables(result.scenario_id)
        tables[names["kpi"]] = result.kpi_table()
        tables[names["districts"]] = result.districts
        runs.append(
            {
                "id": result.scenario_id,
                "name": result.scenario.name,
                "version": result.scenario_version,
                "label": label,
                "seconds": result.summary["seconds"],
                "warnings": list(result.summary["warnings"]),
                "sites": len(result.sites),
                "tables": names,
                "kpis": dict(result.kpis),
            }
        )
    if comparison is not None:
        tables["comparison_kpi"], tables["comparison_districts"] = comparison
    pooled = [result.districts["unserved"] for result in results]
    progress(1.0, "done")
    return JobResult(
        tables=tables,
        breaks=_breaks("unserved", pooled, request.classes),
        summary={"store": str(request.store), "scenarios": runs},
    )


def _breaks(column: str, parts: list, classes: int) -> dict:
    """``{column: (minimum, upper bounds)}`` of the values of every part together (one legend for all)."""
    import pandas as pd

    from ..spatial.classify import class_breaks

    values = pd.concat([pd.Series(part, dtype=float) for part in parts], ignore_index=True)
    if not classes or not values.notna().any():
        return {}
    return {column: (float(values.min()), class_breaks(values, k=classes))}


@dataclass
class ScenarioCompareRequest:
    """Compare the stored results of ``scenario_ids`` with those of the baseline ``baseline_id`` in ``store``.

    layers:
        A GeoPackage to write the per-district differences into (one layer ``diff_<id>`` per scenario, with
        the baseline's polygons); replaced whole, through a temporary file.
    csv_dir:
        Also write ``comparison_kpi.csv`` and ``comparison_districts.csv`` there (replaced together with
        ``layers``).
    """

    store: Path
    baseline_id: str
    scenario_ids: tuple[str, ...]
    layers: Path | None = None
    csv_dir: Path | None = None
    classes: int = MAP_CLASSES
    difference_classes: int = DIFFERENCE_CLASSES


def scenario_compare(
    request: ScenarioCompareRequest, progress: Progress = noop_progress, is_cancelled: Cancelled = never_cancelled
) -> JobResult:
    """The baseline against the scenarios, from the store.

    Tables: ``comparison_kpi`` (one row per KPI; a column per result, then ``<label>_diff`` and ``<label>_pct``
    of each scenario, then ``<label>_assumptions`` and ``<label>_plan``: the change split into what the
    assumptions and what the plan did, ``core.scenarios.run.compare``), ``comparison_districts`` (per scenario
    and district) and ``diff_<id>`` (per district: scenario, baseline, difference and ``served_share_diff_pp``,
    with polygons) of each scenario. Breaks shared
    by the maps shown side by side: ``unserved`` (all results' districts together) and
    ``served_share_diff_pp`` (centred on 0, all differences together). Summary: ``labels`` (the baseline
    first), ``ids`` (label → scenario id), ``district_tables`` (label → the store's layer of its districts),
    ``difference_tables`` (label → layer in ``layers``), ``scenarios`` (label → the scenario as run, a dict),
    ``unsplit`` (labels of scenarios with a plan whose results were stored without their counterpart: run
    them again to split their change).

    Raises
    ------
    InputError
        A scenario missing from the store, or without results of its current version.
    CancelledError
        When ``is_cancelled()`` turns true before the files are written.
    """
    import geopandas as gpd

    from ..errors import CancelledError
    from ..scenarios.batch import COMPARISON, SHARE_DIFF_PP, compare_stored
    from ..scenarios.run import without_plan_kpis
    from ..scenarios.store import ScenarioStore, output_tables
    from ..spatial.classify import symmetric_breaks

    store = ScenarioStore(request.store)
    progress(0.05, "reading")
    labelled, table, districts = compare_stored(store, request.baseline_id, list(request.scenario_ids))
    progress(0.6, "comparing")
    names = list(labelled)
    shapes = gpd.GeoDataFrame(labelled[names[0]].districts)[["ubigeo", "geometry"]]
    tables = {"comparison_kpi": table, "comparison_districts": districts}
    differences = {}
    for name in names[1:]:
        own = districts[districts["scenario"] == name].drop(columns="scenario")
        own = own.assign(**{SHARE_DIFF_PP: 100 * own["served_share_diff"]})
        layer = f"diff_{labelled[name].scenario_id}"
        tables[layer] = gpd.GeoDataFrame(shapes.merge(own, on="ubigeo"), geometry="geometry")
        differences[name] = layer
    breaks = _breaks("unserved", [result.districts["unserved"] for result in labelled.values()], request.classes)
    if request.difference_classes and differences:
        pooled = [tables[layer][SHARE_DIFF_PP] for layer in differences.values()]
        breaks[SHARE_DIFF_PP] = symmetric_breaks(_concat(pooled), request.difference_classes)
    if is_cancelled():
        raise CancelledError("The comparison was cancelled.")
    progress(0.8, "writing")
    _write(tables, differences, request, COMPARISON)
    progress(1.0, "done")
    return JobResult(
        tables=tables,
        breaks=breaks,
        summary={
            "labels": names,
            "ids": {name: result.scenario_id for name, result in labelled.items()},
            "district_tables": {name: output_tables(r.scenario_id)["districts"] for name, r in labelled.items()},
            "difference_tables": differences,
            "scenarios": {name: result.scenario.to_dict() for name, result in labelled.items()},
            "unsplit": [name for name in names[1:] if without_plan_kpis(labelled[name]) is None],
        },
    )


def _concat(parts: list):
    import pandas as pd

    return pd.concat(parts, ignore_index=True)


def _write(tables: dict, differences: dict, request: ScenarioCompareRequest, names: tuple) -> None:
    """The comparison's files, replaced together (``core.io.outputs.write_together``)."""
    from ..io.outputs import to_csv, write_together

    writers = {}
    if request.layers not in (None, "") and differences:

        def layers(path: Path) -> None:
            for layer in differences.values():
                tables[layer].to_file(path, layer=layer, driver="GPKG")

        writers[Path(request.layers)] = layers
    if request.csv_dir not in (None, ""):
        folder = Path(request.csv_dir)
        writers[folder / names[0]] = lambda path: to_csv(tables["comparison_kpi"], path)
        writers[folder / names[1]] = lambda path: to_csv(tables["comparison_districts"], path)
    if writers:
        write_together(writers)
