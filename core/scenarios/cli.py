"""``python -m core scenario run|compare``: run planning scenarios headless and compare them with the baseline."""

import re
import unicodedata
from collections.abc import Callable
from pathlib import Path

STORE_NAME = "scenarios.gpkg"
COMPARISON = ("comparison_kpi.csv", "comparison_districts.csv")
BASELINE_ID = "0" * 32  # the baseline's id in a store the command line writes: never a scenario file's


def add_parser(commands, progress: Callable[[float, str], None]) -> None:
    """Add the ``scenario`` command (``run``, ``compare``) to the CLI's sub-parsers."""
    scenario = commands.add_parser("scenario", help="run planning scenarios and compare them with the baseline")
    jobs = scenario.add_subparsers(dest="job", metavar="JOB", required=True)

    run = jobs.add_parser("run", help="run one scenario file; results go to DIR/scenarios.gpkg and a KPI CSV")
    run.add_argument("file", metavar="FILE.json", help="scenario file (see resources/scenarios/)")
    run.add_argument("--data", required=True, help="a folder laid out like the shared data")
    run.add_argument("--out", required=True, help="output folder (GeoPackage and CSV files)")
    run.add_argument("--baseline", action="store_true", help="also run the baseline and write the comparison")
    run.set_defaults(handler=lambda args: run_command(args, progress))

    compare = jobs.add_parser("compare", help="run scenario files and the baseline, and write the comparison")
    compare.add_argument("files", nargs="+", metavar="FILE.json", help="scenario files")
    compare.add_argument("--data", required=True, help="a folder laid out like the shared data")
    compare.add_argument("--out", required=True, help="output folder (GeoPackage and CSV files)")
    compare.set_defaults(handler=lambda args: compare_command(args, progress))


def slug(name: str) -> str:
    """A file-name-safe version of a scenario name (accents dropped)."""
    name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^0-9A-Za-z_-]+", "_", name).strip("_").lower() or "scenario"


def kpi_file(scenario) -> str:
    """The KPI CSV of a scenario, named by its id as well as its name: two scenarios never share one, whatever
    their names (``plan a`` and ``plan_a``, ``Baseline`` and ``baseline``), on any file system."""
    if scenario.id == BASELINE_ID:
        return "kpi_baseline.csv"
    return f"kpi_{slug(scenario.name)[:48]}_{scenario.id[:12]}.csv"


def cli_baseline(like=None):
    """The baseline of the command line and the Processing algorithm: reserved id ``BASELINE_ID``, so that a
    scenario named ``baseline`` is never taken for it."""
    from .model import baseline

    return baseline(like).copy(id=BASELINE_ID)


def _prepared(store, listed, scenario, is_baseline: bool):
    """The scenario as it will be stored, and the version of it the store holds now (None: not stored).

    A file without a stored id reuses the stored scenario of the same name (never the baseline); a changed
    scenario becomes a new version. Nothing is written here: ``run_all`` stores scenarios and results in one
    transaction.
    """
    from ..errors import InputError
    from .model import now

    if (scenario.id == BASELINE_ID) != is_baseline:
        raise InputError(
            f"Scenario {scenario.name!r} has the id reserved for the baseline ({BASELINE_ID}).",
            "reserved_id",
            value=scenario.id,
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


def run_all(
    scenarios: list,
    data_dir: Path,
    out: Path,
    progress,
    is_cancelled=None,
    compare: bool = False,
    inputs: tuple = (),
) -> list:
    """Run every scenario (with ``compare``, the first is the baseline ``cli_baseline`` and the others are
    compared with it), then store the scenarios and their results in one transaction and write the KPI CSVs
    (and ``comparison_kpi.csv``, ``comparison_districts.csv``), all replaced together.

    Outputs are checked against ``inputs`` (the scenario files) and the data folder before any work. On an
    error or a cancel nothing is written: the store is never deleted, a transaction of this run is rolled back.
    """
    from ..errors import InputError
    from ..io.atomic import replacing_together
    from ..io.outputs import check_outputs, to_csv
    from .run import compare as compare_results
    from .run import never_cancelled, run_scenario
    from .store import ScenarioStore

    store = ScenarioStore(out / STORE_NAME)
    listed = store.list()
    prepared = [_prepared(store, listed, s, compare and i == 0) for i, s in enumerate(scenarios)]
    ids = [scenario.id for scenario, _ in prepared]
    if len(set(ids)) < len(ids):
        raise InputError(
            "Two scenario files are the same scenario (same id, or same name without an id).",
            "duplicate_scenario",
            value=ids,
            fix="Give each scenario its own name, or remove the duplicated file.",
        )
    files = {scenario.id: out / kpi_file(scenario) for scenario, _ in prepared}
    targets = {f"--out ({scenario.name})": files[scenario.id] for scenario, _ in prepared}
    if compare:
        targets.update({"--out (comparison)": out / COMPARISON[0], "--out (districts)": out / COMPARISON[1]})
    check_outputs({**targets, "--out (store)": store.path}, inputs, data_dir)
    results = [
        run_scenario(scenario, data_dir, progress=progress, is_cancelled=is_cancelled or never_cancelled)
        for scenario, _ in prepared
    ]
    writers = {files[r.scenario_id]: (lambda path, r=r: to_csv(r.kpi_table(), path)) for r in results}
    if compare:
        labelled = labels(results)
        kpis, districts = compare_results(labelled, next(iter(labelled)))
        writers[out / COMPARISON[0]] = lambda path: to_csv(kpis, path)
        writers[out / COMPARISON[1]] = lambda path: to_csv(districts, path)

    with replacing_together(list(writers)) as temporaries:
        for temporary, write in zip(temporaries, writers.values(), strict=True):
            write(temporary)
        # one transaction; the CSVs are moved into place only once it has committed
        store.write_many(results, is_cancelled, seen={scenario.id: version for scenario, version in prepared})
    return results


def _print_kpis(result) -> None:
    print(f"{result.scenario.name} (v{result.scenario_version}, {result.summary['seconds']} s):")
    for row in result.kpi_table().itertuples(index=False):
        print(f"  {row.kpi:<24} {row.value:>18,.2f} {row.unit}")
    for warning in result.summary["warnings"]:
        print(f"  warning: {warning}")


def _print_comparison(out: Path) -> None:
    import pandas as pd

    kpis = pd.read_csv(out / COMPARISON[0])
    print(kpis.to_string(index=False, float_format=lambda v: f"{v:,.2f}"))
    districts = pd.read_csv(out / COMPARISON[1], usecols=[0])
    print(f"{out / COMPARISON[0]}, {out / COMPARISON[1]}: {len(districts)} district rows")


def run_command(args, progress: Callable[[float, str], None]) -> int:
    """Run one scenario (and the baseline with ``--baseline``), store the results and print the KPIs."""
    from .model import Scenario

    scenario = Scenario.load(args.file)
    out = Path(args.out)
    scenarios = [cli_baseline(scenario), scenario] if args.baseline else [scenario]
    results = run_all(scenarios, Path(args.data), out, progress, compare=args.baseline, inputs=(args.file,))
    for result in results:
        _print_kpis(result)
    if args.baseline:
        _print_comparison(out)
    print(f"{out / STORE_NAME}: {', '.join(r.scenario.name for r in results)}")
    return 0


def compare_command(args, progress: Callable[[float, str], None]) -> int:
    """Run the baseline (with the first scenario's method settings) and every scenario; write the comparison."""
    from ..errors import InputError
    from .model import Scenario

    scenarios = [Scenario.load(path) for path in args.files]
    names = [s.name for s in scenarios]
    if len({name.casefold() for name in names}) < len(names):
        raise InputError(
            f"Scenario names must differ from each other: {', '.join(names)}.",
            "duplicate_name",
            fix="Rename the scenarios.",
        )
    if len({tuple(s.departments) for s in scenarios}) > 1:
        raise InputError(
            "The scenarios cover different departments; compare scenarios of the same area.",
            "mixed_departments",
            fix="Give every scenario the same departments.",
        )
    out = Path(args.out)
    results = run_all(
        [cli_baseline(scenarios[0]), *scenarios], Path(args.data), out, progress, compare=True, inputs=args.files
    )
    for result in results:
        _print_kpis(result)
    _print_comparison(out)
    return 0
