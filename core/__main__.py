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

    from . import jobs
    from .jobs.data import ValidateRequest

    request = ValidateRequest(inputs=tuple(args.paths), kind=args.kind, data_dir=args.data)
    result = jobs.run("validate", request)
    report = result.report
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2, default=str))
    else:
        for item in result.summary["inputs"]:
            state = "ok" if item["ok"] else "ERRORS"
            print(f"{item['path']}: {item['kind']}: {state}")
        print(report.to_text())
    return 0 if report.ok else 2


def _features(args: argparse.Namespace) -> int:
    from . import jobs
    from .features.district_features import write_features
    from .jobs.data import FeaturesRequest

    request = FeaturesRequest(data_dir=args.data, districts=args.districts, tables=args.table, rasters=args.raster)
    result = jobs.run("features", request, progress=_print_progress)
    table, report = result.table("features"), result.report
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
    from . import jobs
    from .jobs.data import StandardsRequest
    from .standards import STATUSES, write_tables

    result = jobs.run("standards", StandardsRequest(args.path, args.standard, args.category))
    per_point, per_measurement = result.table("points"), result.table("measurements")
    if result.report.items:
        print(result.report.to_text(), file=sys.stderr)
    outputs = {Path(args.out): per_point}
    if args.measurements_out:
        outputs[Path(args.measurements_out)] = per_measurement
    target = write_tables(outputs)[0]  # both replaced together, or neither
    counts = result.summary["statuses"]
    print(
        f"{target}: {len(per_point)} rows (point x category); " + ", ".join(f"{counts.get(s, 0)} {s}" for s in STATUSES)
    )
    for row in per_point[per_point["n_exceedances"] > 0].itertuples(index=False):
        print(f"{row.category} {row.point}: {row.exceeded}")
    return 0


def _train_water_risk(args: argparse.Namespace) -> int:
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
    from . import jobs
    from .jobs.models import PovertyRetrainRequest

    request = PovertyRetrainRequest(
        data_dir=Path(args.data),
        out=Path(args.out),
        target=Path(args.target) if args.target else None,
        target_column=args.target_column,
        rasters=tuple(Path(p) for p in args.raster),
        compare_keras=not args.no_keras,
        allow_bundled=True,  # the command line is how `make models` writes the bundled model
    )
    card = jobs.run("povertyretrain", request, progress=_print_progress).card
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
    from . import jobs
    from .jobs.models import ChildRiskRequest
    from .models.child_risk import write_csv

    request = ChildRiskRequest(
        data_dir=Path(args.data) if args.data else None,
        level=args.level,
        year=args.year,
        min_cell=args.min_cell,
        rules=Path(args.rules) if args.rules else None,
        language=args.language,
        model_dir=Path(args.model_dir) if args.model_dir else None,
        classes=0,
    )
    result = jobs.run("childrisk", request, progress=_print_progress)
    frame, card = result.table("areas"), result.card
    write_csv(frame, Path(args.out), result.summary["min_cell"])
    print(
        f"{args.out}: {len(frame)} {args.level}s, {int(frame['year'].iloc[0])}: stunting "
        f"{frame['stunting_pct'].min():.1f}-{frame['stunting_pct'].max():.1f} %, anaemia "
        f"{frame['anemia_pct'].min():.1f}-{frame['anemia_pct'].max():.1f} %, "
        f"{len(result.table('interventions'))} recommendations ({card['name']} v{card['version']})"
    )
    return 0


def _predict_poverty(args: argparse.Namespace) -> int:
    from . import jobs
    from .jobs.models import PovertyRequest
    from .models.poverty import write_csv

    request = PovertyRequest(
        data_dir=Path(args.data) if args.data else None,
        features=Path(args.features) if args.features else None,
        model_dir=Path(args.model_dir) if args.model_dir else None,
        classes=0,
    )
    result = jobs.run("poverty", request, progress=_print_progress)
    frame, card = result.table("poverty"), result.card
    write_csv(frame, Path(args.out))
    print(
        f"{args.out}: {len(frame)} districts, poverty {frame['poverty_pct'].min():.1f}-"
        f"{frame['poverty_pct'].max():.1f} %, mean interval width {frame['interval_width'].mean():.1f} points "
        f"({card['name']} v{card['version']})"
    )
    return 0


def _predict_water_risk(args: argparse.Namespace) -> int:
    from . import jobs
    from .io.outputs import to_csv, write_together
    from .jobs.models import WaterRiskRequest

    request = WaterRiskRequest(
        data_dir=Path(args.data) if args.data else None,
        systems=Path(args.systems) if args.systems else None,
        model_dir=Path(args.model_dir) if args.model_dir else None,
        survey=Path(args.survey) if getattr(args, "survey", None) else None,
        measurements=Path(args.measurements) if getattr(args, "measurements", None) else None,
    )
    result = jobs.run("waterrisk", request, progress=_print_progress)
    systems, districts = result.table("systems"), result.table("districts")
    writers = {args.out: lambda path: to_csv(systems, path)}
    if args.districts_out:
        writers[args.districts_out] = lambda path: to_csv(districts, path)
    write_together(writers)  # both replaced together, or neither
    counts = result.summary["counts"]
    print(
        f"{args.out}: {len(systems)} systems ({result.summary['observed']} observed, "
        f"{result.summary['estimated']} estimated); " + ", ".join(f"{c} {n}" for c, n in counts.items())
    )
    return 0


# the model a command names -> its handler (``commands()`` lists them as "predict water-risk", ...)
PREDICT = {"water-risk": _predict_water_risk, "poverty": _predict_poverty, "child-risk": _predict_child}
TRAIN = {"water-risk": _train_water_risk, "poverty": _train_poverty, "child-risk": _train_child}


def _predict(args: argparse.Namespace) -> int:
    return PREDICT[args.model](args)


def _train(args: argparse.Namespace) -> int:
    return TRAIN[args.model](args)


_predict.by_model = PREDICT
_train.by_model = TRAIN


def _hotspots(args: argparse.Namespace) -> int:
    from . import jobs
    from .features.district_features import write_features
    from .io.outputs import write_csv
    from .jobs.data import HotspotsRequest

    request = HotspotsRequest(
        column=args.column,
        data_dir=args.data,
        districts=args.districts,
        tables=tuple(args.table),
        permutations=args.permutations,
        fdr=not args.no_fdr,
        seed=args.seed,
        weights=args.weights,
    )
    result = jobs.run("hotspots", request, progress=_print_progress)
    LOG.info(result.report.to_text())
    _print_problems(result.report)
    summary = result.summary
    target = Path(args.out)
    if target.suffix.lower() == ".csv":
        write_csv(result.table("hotspots"), target)
    else:
        write_features(result.table("hotspots"), target, "hotspots")
    print(
        f"{target}: {summary['n_analysed']} districts analysed, {summary['n_missing']} without a value; "
        f"global Moran's I {summary['moran_i']:.3f} (pseudo p {summary['moran_p']:.4f}); "
        f"{summary['weights']['n_islands']} islands linked to their nearest district"
    )
    for name, counts in (("Gi*", summary["gi_counts"]), ("local Moran", summary["lisa_counts"])):
        print(f"{name}: " + ", ".join(f"{label} {n}" for label, n in counts.items()))
    return 0


def build_parser() -> argparse.ArgumentParser:
    from .cache import add_options as add_cache_options

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
    add_cache_options(features)

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
    predict.add_argument("--survey", help="water-risk: the office's survey (ID, trat_funciona SI/NO, fecha_encuesta)")
    predict.add_argument(
        "--measurements", help="water-risk: water-quality measurements (point, date, parameter, value, unit)"
    )
    predict.add_argument("--level", choices=("district", "province"), default="district", help="child-risk: level")
    predict.add_argument("--year", type=int, help="child-risk: year to estimate (default: latest survey year + 1)")
    predict.add_argument("--min-cell", type=int, help="child-risk: minimum children per published cell (30 or more)")
    predict.add_argument("--rules", help="child-risk: intervention rule table (default: the bundled one)")
    predict.add_argument("--language", choices=("en", "es"), default="en", help="child-risk: language of interventions")
    predict.set_defaults(handler=_predict, outputs={"out": CSV, "districts_out": CSV})
    add_cache_options(predict)

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
    add_cache_options(spots)
    from .models.demand.cli import add_parser as add_forecast_parser

    add_forecast_parser(commands, _print_progress)
    from .planning.cli import add_parser as add_plan_parser

    add_plan_parser(commands, _print_progress)
    from .scenarios.cli import add_parser as add_scenario_parser

    add_scenario_parser(commands, _print_progress)
    return parser


def commands(parser: argparse.ArgumentParser | None = None, prefix: str = "") -> dict:
    """Every command a user can type (``"predict water-risk"``, ``"plan siting"``, ...) -> its handler, read
    from the parser (``tests/unit/test_jobs_registry.py`` compares them with ``core.jobs.JOBS``)."""
    parser = parser or build_parser()
    found = {}
    for action in parser._actions:  # argparse keeps subcommands in a _SubParsersAction
        if not isinstance(action, argparse._SubParsersAction):
            continue
        for name, sub in action.choices.items():
            words = f"{prefix} {name}".strip()
            handler = sub.get_default("handler")
            nested = commands(sub, words)
            if nested:
                found.update(nested)
            elif getattr(handler, "by_model", None):
                found.update({f"{words} {model}": function for model, function in handler.by_model.items()})
            elif handler is not None:
                found[words] = handler
    return found


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
        from .cache import configure

        configure(args)  # the disk cache of --cache-dir / --no-cache (``core.cache``)
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
