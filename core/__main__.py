"""AguaPerú headless command line: ``python -m core --help``."""

import argparse
import logging
import sys
from pathlib import Path

from .errors import AguaPeruError

MODELS = ("water-risk",)
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


def _standards(args: argparse.Namespace) -> int:
    from .standards import STATUSES, check, read_measurements, write_table
    from .validation import Report

    report = Report()
    measurements = read_measurements(args.path, report)
    per_measurement, per_point = check(measurements, args.standard, args.category)
    if report.items:
        print(report.to_text(), file=sys.stderr)
    target = write_table(per_point, Path(args.out))
    if args.measurements_out:
        write_table(per_measurement, Path(args.measurements_out))
    counts = per_measurement["status"].value_counts()
    print(
        f"{target}: {len(per_point)} rows (point x category); " + ", ".join(f"{counts.get(s, 0)} {s}" for s in STATUSES)
    )
    for row in per_point[per_point["n_exceedances"] > 0].itertuples(index=False):
        print(f"{row.category} {row.point}: {row.exceeded}")
    return 0


def _train(args: argparse.Namespace) -> int:
    from .models.water_risk.training import train

    card = train(Path(args.data), Path(args.out), progress=_print_progress)
    metrics = card["evaluation"]["bundled"]
    print(
        f"{args.out}: {card['model']['bundled']}, LODO ROC-AUC mean of departments {metrics['roc_auc_mean']:.3f}, "
        f"pooled within departments {metrics['roc_auc_pooled_within_department']:.3f}, "
        f"Brier {metrics['brier']:.4f} (baseline {metrics['brier_baseline']:.4f}), "
        f"{card['training_seconds']} s"
    )
    return 0


def _predict(args: argparse.Namespace) -> int:
    from .models.water_risk import predict, write_csv

    systems, districts, _ = predict(
        data_dir=Path(args.data) if args.data else None,
        systems=Path(args.systems) if args.systems else None,
        model_dir=Path(args.model_dir) if args.model_dir else None,
        progress=_print_progress,
    )
    write_csv(systems, Path(args.out))
    if args.districts_out:
        write_csv(districts, Path(args.districts_out))
    counts = systems["risk_class"].value_counts()
    print(
        f"{args.out}: {len(systems)} systems; "
        + ", ".join(f"{c} {counts.get(c, 0)}" for c in ("bajo", "medio", "alto"))
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

    train = commands.add_parser("train", help="train a bundled model and write its model card")
    train.add_argument("model", choices=MODELS, help="which model")
    train.add_argument("--data", required=True, help="a folder laid out like the shared data")
    train.add_argument("--out", required=True, help="model folder to write (artifacts and model card)")
    train.set_defaults(handler=_train)

    predict = commands.add_parser("predict", help="predict with a bundled model and write a CSV")
    predict.add_argument("model", choices=MODELS, help="which model")
    predict.add_argument("--data", help="a folder laid out like the shared data")
    predict.add_argument("--systems", help="water systems to predict (default: the SIASAR table of --data)")
    predict.add_argument("--model-dir", help="model folder (default: the bundled one)")
    predict.add_argument("--out", required=True, help="output CSV, one row per system")
    predict.add_argument("--districts-out", help="also write the district summary to this CSV")
    predict.set_defaults(handler=_predict)

    standards = commands.add_parser("standards", help="check water-quality measurements against Peru's standards")
    standards.add_argument("path", metavar="PATH", help="measurement table: point, date, parameter, value, unit")
    standards.add_argument("--standard", default="DS 031-2010-SA", help="DS 031-2010-SA (default) or DS 004-2017-MINAM")
    standards.add_argument("--category", help="e.g. 3-D1, 4-E2-selva, E2, 3; every category when omitted")
    standards.add_argument("--out", required=True, help="per-point results (CSV)")
    standards.add_argument("--measurements-out", help="per-measurement results (CSV)")
    standards.set_defaults(handler=_standards)
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
