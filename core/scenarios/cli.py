"""``python -m core scenario run|compare``: run planning scenarios headless and compare them with the baseline."""

import re
import unicodedata
from collections.abc import Callable
from pathlib import Path

STORE_NAME = "scenarios.gpkg"


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


def _stored(store, scenario):
    """The scenario as kept in the store: a file without an id reuses the stored scenario of the same name;
    a changed scenario is stored as a new version."""
    listed = store.list()
    if not (listed["id"] == scenario.id).any():
        same = listed[listed["name"] == scenario.name]
        if not len(same):
            return store.create(scenario)
        scenario.id = same["id"].iloc[0]
    current = store.load(scenario.id)
    mine, theirs = scenario.to_dict(), current.to_dict()
    for key in ("version", "created", "modified"):
        mine.pop(key), theirs.pop(key)
    if mine == theirs:
        return current
    return store.update(scenario.copy(version=current.version, created=current.created))


def _run_all(scenarios: list, data_dir: Path, out: Path, progress, is_cancelled=None) -> dict:
    """Run and store every scenario; on an error or a cancel, the files this call created are removed (a store
    that existed before keeps what it held)."""
    from ..cancel import protected
    from ..io.atomic import SIDECARS
    from ..models.water_risk import write_csv
    from .run import never_cancelled, run_scenario
    from .store import ScenarioStore

    store = ScenarioStore(out / STORE_NAME)
    created = [] if store.path.exists() else [store.path]
    results = {}
    try:
        for scenario in scenarios:
            scenario = _stored(store, scenario)
            result = run_scenario(scenario, data_dir, progress=progress, is_cancelled=is_cancelled or never_cancelled)
            store.write_results(result)
            table = out / f"kpi_{slug(scenario.name)}.csv"
            created += [] if table.exists() else [table]
            write_csv(result.kpi_table(), table)
            results[scenario.name] = result
    except BaseException:
        with protected():
            for path in created:
                for leftover in (path, *(path.with_name(path.name + end) for end in SIDECARS)):
                    leftover.unlink(missing_ok=True)
        raise
    return results


def _print_kpis(result) -> None:
    print(f"{result.scenario.name} (v{result.scenario_version}, {result.summary['seconds']} s):")
    for row in result.kpi_table().itertuples(index=False):
        print(f"  {row.kpi:<24} {row.value:>18,.2f} {row.unit}")
    for warning in result.summary["warnings"]:
        print(f"  warning: {warning}")


def _write_comparison(results: dict, baseline_name: str, out: Path) -> None:
    from ..models.water_risk import write_csv
    from .run import compare

    kpis, districts = compare(results, baseline_name)
    write_csv(kpis, out / "comparison_kpi.csv")
    write_csv(districts, out / "comparison_districts.csv")
    print(kpis.to_string(index=False, float_format=lambda v: f"{v:,.2f}"))
    print(f"{out / 'comparison_kpi.csv'}, {out / 'comparison_districts.csv'}: {len(districts)} district rows")


def run_command(args, progress: Callable[[float, str], None]) -> int:
    """Run one scenario (and the baseline with ``--baseline``), store the results and print the KPIs."""
    from .model import Scenario, baseline

    scenario = Scenario.load(args.file)
    out = Path(args.out)
    scenarios = [baseline(scenario), scenario] if args.baseline else [scenario]
    results = _run_all(scenarios, Path(args.data), out, progress)
    for result in results.values():
        _print_kpis(result)
    if args.baseline:
        _write_comparison(results, scenarios[0].name, out)
    print(f"{out / STORE_NAME}: {', '.join(results)}")
    return 0


def compare_command(args, progress: Callable[[float, str], None]) -> int:
    """Run the baseline (with the first scenario's method settings) and every scenario; write the comparison."""
    from ..errors import InputError
    from .model import Scenario, baseline

    scenarios = [Scenario.load(path) for path in args.files]
    names = [s.name for s in scenarios]
    if len(set(names)) < len(names) or "baseline" in names:
        raise InputError(
            f"Scenario names must differ from each other and from 'baseline': {', '.join(names)}.",
            "duplicate_name",
            fix="Rename the scenarios.",
        )
    if len({tuple(s.departments) for s in scenarios}) > 1:
        raise InputError(
            "The scenarios cover different departments; compare scenarios of the same area.",
            "mixed_departments",
            fix="Give every scenario the same departments.",
        )
    reference = baseline(scenarios[0])
    out = Path(args.out)
    results = _run_all([reference, *scenarios], Path(args.data), out, progress)
    for result in results.values():
        _print_kpis(result)
    _write_comparison(results, reference.name, out)
    return 0
