"""AguaPerú headless command line: ``python -m core --help``."""

import argparse
import logging
import sys
from pathlib import Path

from .errors import AguaPeruError

LOG = logging.getLogger("aguaperu")


def _print_progress(fraction: float, message: str) -> None:
    LOG.info("%3d %% %s", round(fraction * 100), message)


def _demo(args: argparse.Namespace) -> int:
    from .demo import build_demo

    path = build_demo(Path(args.out), progress=_print_progress)
    print(path)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m core",
        description="AguaPerú without QGIS: build the demo data, and (as features land) validate inputs, "
        "build district features, run models and scenarios.",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="print progress messages")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    demo = commands.add_parser("demo", help="write the embedded demo data (GeoPackage) into a folder")
    demo.add_argument("--out", default="demo_output", help="output folder (default: demo_output)")
    demo.set_defaults(handler=_demo)
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
