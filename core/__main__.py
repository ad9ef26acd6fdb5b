"""AguaPerú headless command line: ``python -m core --help``."""

import argparse
import logging
import sys
from pathlib import Path

from .errors import AguaPeruError

KINDS = ("water_points", "districts", "district_table", "satellite_table", "raster", "child_welfare")

LOG = logging.getLogger("aguaperu")


def _print_progress(fraction: float, message: str) -> None:
    LOG.info("%3d %% %s", round(fraction * 100), message)


def _demo(args: argparse.Namespace) -> int:
    from .demo import build_demo

    print(build_demo(Path(args.out), progress=_print_progress))  # a folder laid out like the shared data
    return 0


def _validate(args: argparse.Namespace) -> int:
    import json

    from .io import UbigeoReference, load_input
    from .validation import Report

    reference = UbigeoReference.from_data_dir(args.data) if args.data else None
    report = Report()
    for path in args.paths:
        loaded = load_input(path, kind=args.kind, reference=reference, data_dir=args.data)
        report.extend(loaded.report)
        if not args.json:
            state = "ok" if loaded.ok else "ERRORS"
            print(f"{path}: {loaded.kind}: {state}")
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2, default=str))
    else:
        print(report.to_text())
    return 0 if report.ok else 2


def _features(args: argparse.Namespace) -> int:
    from .features.district_features import FeatureRequest, build_district_features, write_features

    request = FeatureRequest(
        data_dir=Path(args.data) if args.data else None,
        districts=Path(args.districts) if args.districts else None,
        tables=[Path(p) for p in args.table],
        rasters=[Path(p) for p in args.raster],
    )
    table, report = build_district_features(request, progress=_print_progress)
    target = write_features(table, Path(args.out))
    LOG.info(report.to_text())
    print(
        f"{target}: {len(table)} districts, {len(table.columns) - 1} columns; "
        f"{len(report.errors)} errors, {len(report.warnings)} warnings, {len(report.notes)} notes"
    )
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m core",
        description="AguaPerú without QGIS: build the demo data, and (as features land) validate inputs, "
        "build district features, run models and scenarios.",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="print progress messages")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    demo = commands.add_parser("demo", help="write the embedded demo data (laid out like the shared data) to a folder")
    demo.add_argument("--out", default="demo_output", help="output folder (default: demo_output)")
    demo.set_defaults(handler=_demo)

    validate = commands.add_parser("validate", help="check input files and list every problem (exit 2 on errors)")
    validate.add_argument("paths", nargs="+", metavar="PATH", help="files to check")
    validate.add_argument("--kind", choices=KINDS, help="what the files hold (detected when omitted)")
    validate.add_argument("--data", help="a folder laid out like the shared data: UBIGEO codes and crosswalk")
    validate.add_argument("--json", action="store_true", help="print the report as JSON")
    validate.set_defaults(handler=_validate)

    features = commands.add_parser("features", help="build the district feature table (GeoPackage)")
    features.add_argument("--data", help="a folder laid out like the shared data")
    features.add_argument("--districts", help="district polygon layer (default: the data folder's)")
    features.add_argument("--table", action="append", default=[], help="another district table (repeatable)")
    features.add_argument("--raster", action="append", default=[], help="a GeoTIFF for zonal statistics (repeatable)")
    features.add_argument("--out", required=True, help="output GeoPackage")
    features.set_defaults(handler=_features)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, format="%(message)s")
    try:
        return args.handler(args)
    except AguaPeruError as error:
        print(f"error [{error.code}]: {error.message}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
