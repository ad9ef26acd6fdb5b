"""AguaPerú headless command line: ``python -m core --help``."""

import argparse
import logging
import sys
from pathlib import Path

from .errors import AguaPeruError

MODELS = ("water-risk", "poverty", "child-risk")
KINDS = ("water_points", "districts", "district_table", "satellite_table", "raster", "child_welfare")
CSV = (".csv",)
GPKG = (".gpkg",)
# options naming files or folders a command reads (an output may never be one of them, nor a file of --data)
INPUT_OPTIONS = (
    "data",
    "districts",
    "table",
    "raster",
    "systems",
    "features",
    "model_dir",
    "rules",
    "path",
    "paths",
    "file",
    "files",
    "target",
    "inflow",
    "weather",
    "candidates",
    "need",
    "population_raster",
)

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
    _print_problems(report)
    print(
        f"{target}: {len(table)} districts, {len(table.columns) - 1} columns; "
        f"{len(report.errors)} errors, {len(report.warnings)} warnings, {len(report.notes)} notes"
    )
    return 0


def _print_problems(report) -> None:
    """Errors and warnings of a report on stderr, each with its fix (notes only with ``-v``)."""
    for item in [*report.errors, *report.warnings]:
        print(item, file=sys.stderr)


def _standards(args: argparse.Namespace) -> int:
    from .standards import STATUSES, check, read_measurements, write_tables
    from .validation import Report

    report = Report()
    measurements = read_measurements(args.path, report)
    per_measurement, per_point = check(measurements, args.standard, args.category)
    if report.items:
        print(report.to_text(), file=sys.stderr)
    outputs = {Path(args.out): per_point}
    if args.measurements_out:
        outputs[Path(args.measurements_out)] = per_measurement
    target = write_tables(outputs)[0]  # both replaced together, or neither
    counts = per_measurement["status"].value_counts()
    print(
        f"{target}: {len(per_point)} rows (point x category); " + ", ".join(f"{counts.get(s, 0)} {s}" for s in STATUSES)
    )
    for row in per_point[per_point["n_exceedances"] > 0].itertuples(index=False):
        print(f"{row.category} {row.point}: {row.exceeded}")
    return 0


def _train(args: argparse.Namespace) -> int:
    if args.model == "poverty":
        return _train_poverty(args)
    if args.model == "child-risk":
        return _train_child(args)
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


def _train_poverty(args: argparse.Namespace) -> int:
    from .models.poverty import train

    card = train(
        Path(args.data),
        Path(args.out),
        target=Path(args.target) if args.target else None,
        target_column=args.target_column,
        rasters=[Path(p) for p in args.raster],
        compare_keras=not args.no_keras,
        allow_bundled=True,  # the command line is how `make models` writes the bundled model
        progress=_print_progress,
    )
    metrics = card["evaluation"]["bundled"]
    print(
        f"{args.out}: {card['model']['bundled']}, LODO R² {metrics['r2']:.3f}, MAE {metrics['mae']:.2f}, "
        f"90 % coverage {metrics['coverage90']:.3f} (mean width {metrics['mean_width']:.1f}), "
        f"{card['training_seconds']} s"
    )
    return 0


def _train_child(args: argparse.Namespace) -> int:
    from .models.child_risk import train

    card = train(Path(args.data), Path(args.out), allow_bundled=True, progress=_print_progress)
    check = card["evaluation"]["out_of_time_provinces"]
    parts = [
        f"{outcome} MAE {check[outcome]['approaches']['eb_logistic']['mae']:.2f} vs baseline "
        f"{check[outcome]['baseline_mae']:.2f} ({100 * check[outcome]['approaches']['eb_logistic']['improvement']:.1f} "
        f"% better, {check[outcome]['n_areas']} provinces)"
        for outcome in ("stunting", "anemia")
    ]
    print(f"{args.out}: out of time {check['test_year']}: " + "; ".join(parts) + f", {card['training_seconds']} s")
    return 0


def _predict_child(args: argparse.Namespace) -> int:
    from .models.child_risk import MIN_CELL, predict, write_csv

    if not args.data:
        raise AguaPeruError("predict child-risk needs --data (a folder laid out like the shared data).", "usage")
    min_cell = args.min_cell if args.min_cell is not None else MIN_CELL
    frame, recommendations, card = predict(
        Path(args.data),
        level=args.level,
        year=args.year,
        min_cell=min_cell,
        rules=Path(args.rules) if args.rules else None,
        language=args.language,
        model_dir=Path(args.model_dir) if args.model_dir else None,
        progress=_print_progress,
    )
    write_csv(frame, Path(args.out), min_cell)
    print(
        f"{args.out}: {len(frame)} {args.level}s, {int(frame['year'].iloc[0])}: stunting "
        f"{frame['stunting_pct'].min():.1f}-{frame['stunting_pct'].max():.1f} %, anaemia "
        f"{frame['anemia_pct'].min():.1f}-{frame['anemia_pct'].max():.1f} %, {len(recommendations)} recommendations "
        f"({card['name']} v{card['version']})"
    )
    return 0


def _predict_poverty(args: argparse.Namespace) -> int:
    from .models.poverty import predict, write_csv

    frame, card = predict(
        data_dir=Path(args.data) if args.data else None,
        features=Path(args.features) if args.features else None,
        model_dir=Path(args.model_dir) if args.model_dir else None,
        progress=_print_progress,
    )
    write_csv(frame, Path(args.out))
    print(
        f"{args.out}: {len(frame)} districts, poverty {frame['poverty_pct'].min():.1f}-"
        f"{frame['poverty_pct'].max():.1f} %, mean interval width {frame['interval_width'].mean():.1f} points "
        f"({card['name']} v{card['version']})"
    )
    return 0


def _predict(args: argparse.Namespace) -> int:
    if args.model == "poverty":
        return _predict_poverty(args)
    if args.model == "child-risk":
        return _predict_child(args)
    from .io.outputs import to_csv as write_csv
    from .io.outputs import write_together
    from .models.water_risk import predict

    systems, districts, _ = predict(
        data_dir=Path(args.data) if args.data else None,
        systems=Path(args.systems) if args.systems else None,
        model_dir=Path(args.model_dir) if args.model_dir else None,
        progress=_print_progress,
    )
    writers = {args.out: lambda path: write_csv(systems, path)}
    if args.districts_out:
        writers[args.districts_out] = lambda path: write_csv(districts, path)
    write_together(writers)  # both replaced together, or neither
    counts = systems["risk_class"].value_counts()
    print(
        f"{args.out}: {len(systems)} systems; "
        + ", ".join(f"{c} {counts.get(c, 0)}" for c in ("bajo", "medio", "alto"))
    )
    return 0


def _hotspots(args: argparse.Namespace) -> int:
    from .features.district_features import FeatureRequest, build_district_features, write_features
    from .models.water_risk import write_csv
    from .spatial.hotspots import hotspots

    request = FeatureRequest(
        data_dir=Path(args.data) if args.data else None,
        districts=Path(args.districts) if args.districts else None,
        tables=[Path(p) for p in args.table],
    )
    table, report = build_district_features(request, progress=_print_progress)
    LOG.info(report.to_text())
    _print_problems(report)
    result, summary = hotspots(
        table,
        args.column,
        permutations=args.permutations,
        fdr=not args.no_fdr,
        seed=args.seed,
        weights=args.weights,
        progress=_print_progress,
    )
    target = Path(args.out)
    if target.suffix.lower() == ".csv":
        write_csv(result, target)
    else:
        write_features(result, target, "hotspots")
    print(
        f"{target}: {summary['n_analysed']} districts analysed, {summary['n_missing']} without a value; "
        f"global Moran's I {summary['moran_i']:.3f} (pseudo p {summary['moran_p']:.4f}); "
        f"{summary['weights']['n_islands']} islands linked to their nearest district"
    )
    for name, counts in (("Gi*", summary["gi_counts"]), ("local Moran", summary["lisa_counts"])):
        print(f"{name}: " + ", ".join(f"{label} {n}" for label, n in counts.items()))
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
    features.add_argument("--out", required=True, help="output GeoPackage (.gpkg)")
    features.set_defaults(handler=_features, outputs={"out": GPKG})

    train = commands.add_parser("train", help="train a bundled model and write its model card")
    train.add_argument("model", choices=MODELS, help="which model")
    train.add_argument("--data", required=True, help="a folder laid out like the shared data")
    train.add_argument("--out", required=True, help="model folder to write (artifacts and model card)")
    train.add_argument("--target", help="poverty: a table with ubigeo and the rate (%%) to learn (default: INEI 2018)")
    train.add_argument("--target-column", help="poverty: the column of --target to learn")
    train.add_argument("--raster", action="append", default=[], help="poverty: a GeoTIFF for features (repeatable)")
    train.add_argument("--no-keras", action="store_true", help="poverty: skip the Keras comparison")
    train.set_defaults(handler=_train)

    predict = commands.add_parser("predict", help="predict with a bundled model and write a CSV")
    predict.add_argument("model", choices=MODELS, help="which model")
    predict.add_argument("--data", help="a folder laid out like the shared data")
    predict.add_argument("--systems", help="water systems to predict (default: the SIASAR table of --data)")
    predict.add_argument("--features", help="poverty: a district feature GeoPackage instead of building it")
    predict.add_argument("--model-dir", help="model folder (default: the bundled one)")
    predict.add_argument("--out", required=True, help="output CSV, one row per system, district or province")
    predict.add_argument("--districts-out", help="water-risk: also write the district summary to this CSV")
    predict.add_argument("--level", choices=("district", "province"), default="district", help="child-risk: level")
    predict.add_argument("--year", type=int, help="child-risk: year to estimate (default: latest survey year + 1)")
    predict.add_argument("--min-cell", type=int, help="child-risk: minimum children per published cell (30 or more)")
    predict.add_argument("--rules", help="child-risk: intervention rule table (default: the bundled one)")
    predict.add_argument("--language", choices=("en", "es"), default="en", help="child-risk: language of interventions")
    predict.set_defaults(handler=_predict, outputs={"out": CSV, "districts_out": CSV})

    standards = commands.add_parser("standards", help="check water-quality measurements against Peru's standards")
    standards.add_argument("path", metavar="PATH", help="measurement table: point, date, parameter, value, unit")
    standards.add_argument("--standard", default="DS 031-2010-SA", help="DS 031-2010-SA (default) or DS 004-2017-MINAM")
    standards.add_argument("--category", help="e.g. 3-D1, 4-E2-selva, E2, 3; every category when omitted")
    standards.add_argument("--out", required=True, help="per-point results (CSV)")
    standards.add_argument("--measurements-out", help="per-measurement results (CSV)")
    standards.set_defaults(handler=_standards, outputs={"out": CSV, "measurements_out": CSV})

    spots = commands.add_parser("hotspots", help="Getis-Ord Gi* hot and cold spots and local Moran clusters")
    spots.add_argument("--data", help="a folder laid out like the shared data (default field: poverty 2018)")
    spots.add_argument("--districts", help="district polygon layer (default: the data folder's)")
    spots.add_argument("--table", action="append", default=[], help="a district table with ubigeo (repeatable)")
    spots.add_argument("--column", default="pobreza_monetaria", help="numeric field (default: pobreza_monetaria)")
    spots.add_argument("--permutations", type=int, default=999, help="permutations for pseudo p-values (999)")
    spots.add_argument("--seed", type=int, default=0, help="seed of the permutations (0)")
    spots.add_argument("--weights", choices=("queen", "rook"), default="queen", help="contiguity (queen)")
    spots.add_argument("--no-fdr", action="store_true", help="raw p-values instead of false-discovery-rate control")
    spots.add_argument("--out", required=True, help="output GeoPackage (.gpkg, layer hotspots) or CSV (.csv)")
    spots.set_defaults(handler=_hotspots, outputs={"out": (".gpkg", ".csv")})
    from .models.demand.cli import add_parser as add_forecast_parser

    add_forecast_parser(commands, _print_progress)
    from .planning.cli import add_parser as add_plan_parser

    add_plan_parser(commands, _print_progress)
    from .scenarios.cli import add_parser as add_scenario_parser

    add_scenario_parser(commands, _print_progress)
    return parser


def check_paths(args: argparse.Namespace) -> None:
    """Before any work: every output option has an extension the command writes, is not a folder, and is
    not an input of the run nor a file of ``--data`` (``core.io.outputs``)."""
    import errno
    import os

    from .io.oserrors import file_system_error
    from .io.outputs import check_outputs, check_suffix

    outputs = {}
    for name, suffixes in getattr(args, "outputs", {}).items():
        value = getattr(args, name, None)
        if not value:
            continue
        option = "--" + name.replace("_", "-")
        if Path(value).is_dir():
            raise file_system_error(IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), value))
        check_suffix(value, suffixes, option)
        outputs[option] = value
    inputs = []
    for name in INPUT_OPTIONS:
        value = getattr(args, name, None)
        inputs.extend(value if isinstance(value, list) else [value])
    check_outputs(outputs, inputs, getattr(args, "data", None))


def _print_error(error: AguaPeruError) -> None:
    print(f"error [{error.code}]: {error.message}", file=sys.stderr)
    if error.details.get("fix"):
        print(f"  fix: {error.details['fix']}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    """Run one command; every error ends in a message (exit 2: the input or the system; 1: a bug), never a
    traceback (it is printed with ``-v`` for an unexpected error)."""
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, format="%(message)s")
    from .io.oserrors import as_os_error, file_system_error

    try:
        check_paths(args)
        return args.handler(args)
    except AguaPeruError as error:
        _print_error(error)
        return 2
    except OSError as error:
        _print_error(file_system_error(error))
        return 2
    except KeyboardInterrupt:
        print("error [cancelled]: interrupted; finished outputs were kept, nothing half-written.", file=sys.stderr)
        return 130
    except MemoryError:
        print("error [out_of_memory]: not enough memory for this run.", file=sys.stderr)
        print("  fix: close other programs, or run on fewer departments or smaller inputs.", file=sys.stderr)
        return 2
    except Exception as error:  # a library's error the code did not foresee: a message, the trace with -v
        known = as_os_error(error)
        if known is not None:
            _print_error(file_system_error(known))
            return 2
        if args.verbose:
            import traceback

            traceback.print_exc()
        print(
            f"error [internal]: {type(error).__name__}: {error}. This is a bug in AguaPerú: run again with -v "
            "to see the details, and report it.",
            file=sys.stderr,
        )
        return 1


if __name__ == "__main__":
    sys.exit(main())
