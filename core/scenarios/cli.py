"""``python -m core scenario run|compare``: run planning scenarios headless and compare them with the baseline
(both run the job ``scenariorun``: ``core.jobs.scenarios``)."""

from collections.abc import Callable
from pathlib import Path

from .batch import COMPARISON, STORE_NAME


def add_parser(commands, progress: Callable[[float, str], None]) -> None:
    """Add the ``scenario`` command (``run``, ``compare``) to the CLI's sub-parsers."""
    from ..cache import add_options as add_cache_options

    scenario = commands.add_parser("scenario", help="run planning scenarios and compare them with the baseline")
    jobs = scenario.add_subparsers(dest="job", metavar="JOB", required=True)

    run = jobs.add_parser("run", help="run one scenario file; results go to DIR/scenarios.gpkg and a KPI CSV")
    run.add_argument("file", metavar="FILE.json", help="scenario file (see resources/scenarios/)")
    run.add_argument("--data", required=True, help="a folder laid out like the shared data")
    run.add_argument("--out", required=True, help="output folder (GeoPackage and CSV files)")
    run.add_argument("--baseline", action="store_true", help="also run the baseline and write the comparison")
    _observation_options(run)
    run.set_defaults(handler=lambda args: run_command(args, progress))
    add_cache_options(run, out_is_folder=True)

    compare = jobs.add_parser("compare", help="run scenario files and the baseline, and write the comparison")
    compare.add_argument("files", nargs="+", metavar="FILE.json", help="scenario files")
    compare.add_argument("--data", required=True, help="a folder laid out like the shared data")
    compare.add_argument("--out", required=True, help="output folder (GeoPackage and CSV files)")
    _observation_options(compare)
    compare.set_defaults(handler=lambda args: compare_command(args, progress))
    add_cache_options(compare, out_is_folder=True)


def _observation_options(parser) -> None:
    parser.add_argument("--survey", help="the office's survey (ID, trat_funciona SI/NO): observed state where known")
    parser.add_argument(
        "--measurements", help="water-quality measurements (point, date, parameter, value, unit): observed state"
    )


def _observations(args) -> dict:
    return {
        name: Path(value) if value else None for name in ("survey", "measurements") for value in [getattr(args, name)]
    }


def _print_kpis(run: dict, kpis) -> None:
    print(f"{run['name']} (v{run['version']}, {run['seconds']} s):")
    for row in kpis.itertuples(index=False):
        print(f"  {row.kpi:<24} {row.value:>18,.2f} {row.unit}")
    for warning in run["warnings"]:
        print(f"  warning: {warning}")


def _print_result(result, out: Path) -> None:
    for run in result.summary["scenarios"]:
        _print_kpis(run, result.table(run["tables"]["kpi"]))
    if "comparison_kpi" in result.tables:
        print(result.table("comparison_kpi").to_string(index=False, float_format=lambda v: f"{v:,.2f}"))
        rows = len(result.table("comparison_districts"))
        print(f"{out / COMPARISON[0]}, {out / COMPARISON[1]}: {rows} district rows")


def run_command(args, progress: Callable[[float, str], None]) -> int:
    """Run one scenario (and the baseline with ``--baseline``), store the results and print the KPIs."""
    from .. import jobs
    from ..jobs.scenarios import ScenarioRunRequest

    out = Path(args.out)
    request = ScenarioRunRequest(
        Path(args.data),
        out / STORE_NAME,
        (args.file,),
        baseline=args.baseline,
        csv_dir=out,
        classes=0,
        **_observations(args),
    )
    result = jobs.run("scenariorun", request, progress=progress)
    _print_result(result, out)
    print(f"{out / STORE_NAME}: {', '.join(run['name'] for run in result.summary['scenarios'])}")
    return 0


def compare_command(args, progress: Callable[[float, str], None]) -> int:
    """Run the baseline (with the first scenario's method settings) and every scenario; write the comparison."""
    from .. import jobs
    from ..jobs.scenarios import ScenarioRunRequest

    out = Path(args.out)
    request = ScenarioRunRequest(
        Path(args.data),
        out / STORE_NAME,
        tuple(args.files),
        baseline=True,
        csv_dir=out,
        classes=0,
        **_observations(args),
    )
    _print_result(jobs.run("scenariorun", request, progress=progress), out)
    return 0
