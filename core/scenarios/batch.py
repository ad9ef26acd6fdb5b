"""A batch of scenario runs stored in one transaction, and the comparison of stored or fresh results with the
baseline: the domain steps of the jobs ``scenariorun`` and ``scenariocompare`` (``core.jobs.scenarios``).

Scenario files (the command line, the Processing algorithm) are matched with the store before the run: a file
without a stored id reuses the stored scenario of the same name, a changed scenario becomes a new version, and
the baseline of a file batch has the reserved id ``BASELINE_ID``. Scenarios taken from the store (the dock) are
run as they are and their results written under their ids.
"""

import re
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path

from ..errors import InputError
from .model import Scenario

STORE_NAME = "scenarios.gpkg"
COMPARISON = ("comparison_kpi.csv", "comparison_districts.csv")
BASELINE_ID = "0" * 32  # the baseline's id in a store a file batch writes: never a scenario file's
SHARE_DIFF_PP = "served_share_diff_pp"  # change of the share served, in percentage points (difference maps)


def slug(name: str) -> str:
    """A file-name-safe version of a scenario name (accents dropped)."""
    name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^0-9A-Za-z_-]+", "_", name).strip("_").lower() or "scenario"


def kpi_file(scenario: Scenario) -> str:
    """The KPI CSV of a scenario, named by its id as well as its name: two scenarios never share one, whatever
    their names (``plan a`` and ``plan_a``, ``Baseline`` and ``baseline``), on any file system."""
    if scenario.id == BASELINE_ID:
        return "kpi_baseline.csv"
    return f"kpi_{slug(scenario.name)[:48]}_{scenario.id[:12]}.csv"


def file_baseline(like: Scenario | None = None) -> Scenario:
    """The baseline of a file batch: reserved id ``BASELINE_ID``, so that a scenario named ``baseline`` is never
    taken for it; method settings (departments, access distance…) of ``like``."""
    from .model import baseline

    return baseline(like).copy(id=BASELINE_ID)


def check_comparable(scenarios: Sequence[Scenario]) -> None:
    """Scenario files compared together have distinct names (letter case ignored) and the same departments."""
    names = [s.name for s in scenarios]
    if len({name.casefold() for name in names}) < len(names):
        raise InputError(
            f"Scenario names must differ from each other: {', '.join(names)}.",
            code="duplicate_name",
            names=", ".join(names),
            fix="Rename the scenarios.",
        )
    if len({tuple(s.departments) for s in scenarios}) > 1:
        raise InputError(
            "The scenarios cover different departments; compare scenarios of the same area.",
            code="mixed_departments",
            fix="Give every scenario the same departments.",
        )


def _prepared(store, listed, scenario: Scenario, is_baseline: bool):
    """The scenario as it will be stored, and the version of it the store holds now (None: not stored)."""
    from .model import now

    if (scenario.id == BASELINE_ID) != is_baseline:
        raise InputError(
            f"Scenario {scenario.name!r} has the id reserved for the baseline ({BASELINE_ID}).",
            code="reserved_id",
            value=scenario.id,
            name=scenario.name,
            fix="Remove the id from the scenario file; a new one is given.",
        )
    if not (listed["id"] == scenario.id).any():
        same = listed[(listed["name"] == scenario.name) & (listed["id"] != BASELINE_ID)]
        if is_baseline or not len(same):
            return scenario, None
        scenario.id = same["id"].iloc[0]
    current = store.load(scenario.id)
    mine, theirs = scenario.to_dict(), current.to_dict()
    for key in ("version", "created", "modified"):
        mine.pop(key), theirs.pop(key)
    if mine == theirs:
        return current, current.version
    return scenario.copy(version=current.version + 1, created=current.created, modified=now()), current.version


def labels(results: list) -> dict:
    """A distinct column label for each result (its name; with its id when the name is taken already, letter
    case ignored): label → result, in order."""
    labelled: dict = {}
    for result in results:
        label = result.scenario.name
        if label.casefold() in {known.casefold() for known in labelled}:
            label = f"{label} ({result.scenario_id[:12]})"
        labelled[label] = result
    return labelled


def run_batch(
    scenarios: list[Scenario],
    data_dir: Path,
    store_path: Path,
    progress: Callable[[float, str], None],
    is_cancelled: Callable[[], bool],
    *,
    stored: bool = False,
    compare: bool = False,
    csv_dir: Path | None = None,
    inputs: Sequence = (),
    survey=None,
    measurements=None,
) -> tuple[list, tuple | None]:
    """Run every scenario, then store the scenarios and their results in one transaction; with ``csv_dir``, the
    KPI CSV of each (and with ``compare`` the comparison CSVs) are replaced together with it.

    A scenario with a plan is also run without it (``run.plan_counterpart``: same assumptions, no plan); the
    KPIs of that counterpart are stored in the scenario's run summary, never as a scenario of their own, so
    that every comparison splits a change into what the assumptions and what the plan did.

    Parameters
    ----------
    scenarios:
        With ``compare``, the first is the baseline; ``stored``: they are the store's own (results are written
        under their ids, the scenarios left as they are), else they are matched with the store first.
    inputs:
        The input files of the run: no output may replace one of them, nor a file of the data folder (checked
        before any work).
    survey, measurements:
        The office's observations (paths or frames): every scenario's systems take the observed state where
        known and the estimate elsewhere (``run.run_scenario``).

    Returns
    -------
    (results, comparison)
        The ``ScenarioResult`` of each, and ``(kpi_table, district_table)`` of ``run.compare`` with ``compare``
        (None without).

    On an error or a cancel nothing is written: the store is never deleted, a transaction of this run is
    rolled back, no CSV is replaced.
    """
    from ..io.atomic import replacing_together
    from ..io.outputs import check_outputs, to_csv
    from . import run
    from .store import ScenarioStore

    store = ScenarioStore(store_path)
    if stored:
        prepared = [(scenario.copy(), None) for scenario in scenarios]
    else:
        listed = store.list()
        prepared = [_prepared(store, listed, s, compare and i == 0) for i, s in enumerate(scenarios)]
    ids = [scenario.id for scenario, _ in prepared]
    if len(set(ids)) < len(ids):
        raise InputError(
            "Two scenario files are the same scenario (same id, or same name without an id).",
            code="duplicate_scenario",
            value=ids,
            fix="Give each scenario its own name, or remove the duplicated file.",
        )
    writers: dict = {}
    targets: dict = {}
    if csv_dir is not None:
        files = {scenario.id: csv_dir / kpi_file(scenario) for scenario, _ in prepared}
        targets.update({f"--out ({scenario.name})": files[scenario.id] for scenario, _ in prepared})
        if compare:
            targets.update(
                {"--out (comparison)": csv_dir / COMPARISON[0], "--out (districts)": csv_dir / COMPARISON[1]}
            )
    check_outputs({**targets, "--out (store)": store.path}, inputs, data_dir)
    share = 1.0 / len(prepared)
    results = []
    for number, (scenario, _) in enumerate(prepared):
        start = number * share
        own = 0.9 if scenario.plan.is_empty else 0.75  # the rest: its counterpart without the plan
        result = run.run_scenario(
            scenario,
            data_dir,
            progress=lambda f, m="", s=start, o=own: progress(s + o * share * f, m),
            is_cancelled=is_cancelled,
            survey=survey,
            measurements=measurements,
        )
        results.append(
            run.plan_counterpart(
                result,
                data_dir,
                progress=lambda f, m="", s=start + 0.75 * share: progress(s + 0.15 * share * f, m),
                is_cancelled=is_cancelled,
                survey=survey,
                measurements=measurements,
            )
        )
    comparison = None
    if compare:
        labelled = labels(results)
        comparison = run.compare(labelled, next(iter(labelled)))
    if csv_dir is not None:
        writers = {files[r.scenario_id]: (lambda path, r=r: to_csv(r.kpi_table(), path)) for r in results}
        if comparison is not None:
            writers[csv_dir / COMPARISON[0]] = lambda path: to_csv(comparison[0], path)
            writers[csv_dir / COMPARISON[1]] = lambda path: to_csv(comparison[1], path)
    progress(0.95, "writing")
    seen = None if stored else {scenario.id: version for scenario, version in prepared}
    with replacing_together(list(writers)) as temporaries:
        for temporary, write in zip(temporaries, writers.values(), strict=True):
            write(temporary)
        # one transaction; the CSVs are moved into place only once it has committed
        store.write_many(results, is_cancelled, seen=seen)
    return results, comparison


def compare_stored(store, baseline_id: str, ids: Sequence[str]):
    """The stored results of the baseline and of ``ids``, compared.

    Returns
    -------
    (labelled, kpi_table, district_table)
        ``labelled``: column label → ``ScenarioResult`` (the baseline first, labels as ``labels``); the tables
        of ``run.compare``.

    Raises
    ------
    InputError
        When a scenario is not in the store or has no results of its current version (run it again).
    """
    from .run import compare

    listed = store.list().set_index("id")
    results = []
    for scenario_id in [baseline_id, *ids]:
        if scenario_id not in listed.index:
            raise InputError(
                f"{store.path} holds no scenario {scenario_id}.",
                code="unknown_scenario",
                value=scenario_id,
                fix="Refresh the list.",
            )
        row = listed.loc[scenario_id]
        if not row["has_results"] or row["stale"]:
            raise InputError(
                f"Scenario {row['name']!r} has no results of its current version.",
                code="no_results",
                value=scenario_id,
                name=str(row["name"]),
                fix="Run it first (Run selected, or Run baseline and ticked).",
            )
        results.append(store.read_results(scenario_id))
    labelled = labels(results)
    table, districts = compare(labelled, next(iter(labelled)))
    return labelled, table, districts
