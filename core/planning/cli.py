"""``python -m core plan siting|rehab``: new water-point siting and rehabilitation priority, headless."""

import argparse
from collections.abc import Callable
from pathlib import Path

from .output import SUFFIXES


def add_parser(commands, progress: Callable[[float, str], None]) -> None:
    """Add the ``plan`` command (``siting``, ``rehab``) to the CLI's sub-parsers."""
    plan = commands.add_parser("plan", help="plan new water points (siting) or rank systems for rehabilitation")
    jobs = plan.add_subparsers(dest="job", metavar="JOB", required=True)

    siting = jobs.add_parser("siting", help="choose sites covering the most unserved need (MILP, greedy fallback)")
    _common(siting)
    limit = siting.add_mutually_exclusive_group(required=True)
    limit.add_argument("--k", type=int, help="number of new sites")
    limit.add_argument("--budget", type=float, help="budget, in the unit of the costs")
    siting.add_argument("--unit-cost", type=float, default=1.0, help="cost of a site without a cost column (1)")
    siting.add_argument(
        "--candidates",
        help="candidate sites: points or a table with latitude/longitude (default: the unserved populated centres)",
    )
    siting.add_argument("--cost-column", default="cost", help="cost column of --candidates (default: cost)")
    siting.add_argument("--include-served", action="store_true", help="also count centres a system already serves")
    siting.add_argument("--rural-only", action="store_true", help="leave urban centres out of the demand")
    siting.add_argument("--need", help="district table with ubigeo and a need factor (default: 1 + poverty)")
    siting.add_argument("--need-column", default="need_weight", help="need factor column of --need (need_weight)")
    siting.add_argument("--method", choices=("auto", "milp", "greedy"), default="auto", help="default: auto")
    siting.add_argument("--time-limit", type=float, default=120.0, help="seconds for the MILP solver (120)")
    siting.add_argument("--out", help="chosen sites: .csv or .gpkg")
    siting.add_argument("--demand-out", help="every demand point with its weight and coverage: .csv or .gpkg")
    siting.set_defaults(handler=run_siting, progress=progress, outputs={"out": SUFFIXES, "demand_out": SUFFIXES})

    rehab = jobs.add_parser("rehab", help="rank existing water systems for rehabilitation")
    _common(rehab)
    rehab.add_argument("--systems", help="water systems (default: SIASAR of --data)")
    rehab.add_argument(
        "--risk",
        choices=("model", "proxy", "none"),
        default="model",
        help="risk from the bundled model (default), SIASAR conditions, or left out",
    )
    rehab.add_argument("--survey", help="the office's survey (ID, trat_funciona SI/NO): observed state where known")
    rehab.add_argument(
        "--measurements", help="water-quality measurements (point, date, parameter, value, unit): observed state"
    )
    rehab.add_argument("--out", required=True, help="ranked systems: .csv or .gpkg")
    rehab.set_defaults(handler=run_rehab, progress=progress, outputs={"out": SUFFIXES})


def _common(parser: argparse.ArgumentParser) -> None:
    from ..cache import add_options as add_cache_options

    parser.add_argument("--data", required=True, help="a folder laid out like the shared data")
    add_cache_options(parser)
    parser.add_argument("--access-km", type=float, default=1.0, help="access distance in km (default 1)")
    parser.add_argument("--department", nargs="+", default=[], metavar="CODE", help="department codes (default: all)")
    parser.add_argument("--population-raster", help="population GeoTIFF instead of spreading district totals")
    parser.add_argument(
        "--raster-mode",
        choices=("point", "buffer"),
        default="point",
        help="raster value at the centre (point) or sum within the access distance (buffer)",
    )
    parser.add_argument(
        "--no-poverty-model",
        action="store_true",
        help="districts without INEI poverty take the national median, not the model",
    )


def _population(args: argparse.Namespace):
    from ..jobs.planning import PopulationRequest

    return PopulationRequest(
        raster=args.population_raster,
        raster_mode=args.raster_mode,
        need_table=getattr(args, "need", None),
        need_column=getattr(args, "need_column", "need_weight"),
        poverty_model=not args.no_poverty_model,
    )


def run_siting(args: argparse.Namespace, progress: Callable[[float, str], None] | None = None) -> int:
    """Plan the sites, write the tables asked for and print the summary (``progress``: default the parser's)."""
    from .. import jobs
    from ..io.outputs import write_together
    from ..jobs.planning import SitingRequest
    from .output import write_to

    request = SitingRequest(
        data_dir=Path(args.data),
        k=args.k,
        budget=args.budget,
        unit_cost=args.unit_cost,
        access_km=args.access_km,
        exclude_served=not args.include_served,
        rural_only=args.rural_only,
        method=args.method,
        time_limit=args.time_limit,
        candidates=args.candidates,
        cost_column=args.cost_column,
        departments=tuple(args.department),
        population=_population(args),
    )
    result = jobs.run("siting", request, progress=progress or args.progress)
    sites, demand = result.table("sites"), result.table("demand")
    writers = {}
    if args.out:
        writers[args.out] = lambda path: write_to(sites, path, "sites")
    if args.demand_out:
        writers[args.demand_out] = lambda path: write_to(demand, path, "demand")
    write_together(writers)  # both replaced together, or neither
    s = result.summary
    print(
        f"{s['sites_selected']} sites ({s['method']}, {s['status']}, gap {100 * s['gap']:.4f} %, "
        f"{s['seconds']:.1f} s): need covered {s['objective']:,.0f} of {s['target_need']:,.0f} "
        f"({100 * s['covered_share']:.1f} %), "
        f"population {s['population_covered']:,.0f} of {s['target_population']:,.0f} "
        f"({100 * s['population_share']:.1f} %); greedy {s['greedy_objective']:,.0f}; instance {s['instance']}"
    )
    print(f"population: {s['population_method']}; need: {s['need_method']}")
    return 0


def run_rehab(args: argparse.Namespace, progress: Callable[[float, str], None] | None = None) -> int:
    """Rank the systems, write the table and print the top of it (``progress``: default the parser's)."""
    from .. import jobs
    from ..jobs.planning import RehabRequest
    from .output import write_table

    request = RehabRequest(
        data_dir=Path(args.data),
        access_km=args.access_km,
        departments=tuple(args.department),
        systems=args.systems,
        risk=args.risk,
        population=_population(args),
        survey=Path(args.survey) if args.survey else None,
        measurements=Path(args.measurements) if args.measurements else None,
    )
    result = jobs.run("rehab", request, progress=progress or args.progress)
    table, summary = result.table("rehab"), result.summary
    target = write_table(table, Path(args.out), "rehab")
    weights = ", ".join(f"{name} {value:g}" for name, value in summary["weights"].items())
    print(f"{target}: {summary['systems']} systems ranked (weights: {weights}; risk: {summary['risk_source']})")
    if summary.get("observed"):
        print(f"{summary['observed']} systems observed (survey or measurements), the rest estimated")
    for row in table.head(5).itertuples(index=False):
        print(f"{row.rank}. {row.ID} {row.nombre} ({row.ubigeo}): score {row.score:.3f}")
    return 0
