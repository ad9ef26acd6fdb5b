"""``python -m core forecast demand``: the hourly demand forecast of every area, written as CSV."""

import argparse
from collections.abc import Callable
from pathlib import Path

from ...errors import InputError

TARGETS = ("demand",)
DATE_FORMAT = "%Y-%m-%d %H:%M"


def add_parser(commands, progress: Callable[[float, str], None]) -> None:
    """Add the ``forecast`` command to the CLI's sub-parsers."""
    parser = commands.add_parser("forecast", help="forecast each area's hourly water demand (CSV: hour x area)")
    parser.add_argument("target", choices=TARGETS, help="what to forecast")
    parser.add_argument("--inflow", required=True, help="hourly flows: BWDF xlsx layout or CSV (timestamp, areas)")
    parser.add_argument("--weather", help="hourly weather covering the history and the forecast hours (optional)")
    parser.add_argument(
        "--origin",
        default="auto",
        help='first forecast hour, "YYYY-MM-DD HH:MM"; default "auto": midnight after the last full day of flows',
    )
    parser.add_argument("--horizon", type=int, default=168, help="hours ahead, 1-168 (default 168)")
    parser.add_argument("--model", choices=("gbm", "seasonal_naive"), default="gbm", help="default: gbm")
    parser.add_argument("--holidays", default="PE", help="country of the public holidays (default PE; BWDF: IT)")
    parser.add_argument(
        "--extra-holiday", action="append", default=[], metavar="MM-DD", help="a local holiday (repeatable)"
    )
    parser.add_argument("--out", required=True, help="output CSV: one row per hour, one column per area")
    parser.add_argument("--intervals-out", help="also write the long table with the 80 %% and 95 %% intervals")
    parser.set_defaults(handler=run, progress=progress, outputs={"out": (".csv",), "intervals_out": (".csv",)})


def _extra_days(values: list[str]) -> tuple[tuple[int, int], ...]:
    days = []
    for value in values:
        try:
            month, day = (int(part) for part in value.split("-"))
        except ValueError as error:
            raise InputError(f"--extra-holiday {value}: expected MM-DD.", code="bad_holiday", value=value) from error
        days.append((month, day))
    return tuple(days)


def write_csv(table, target: Path, index: bool) -> None:
    """Write ``table`` as CSV; the file appears only when complete (``core.io.outputs.write_csv``)."""
    from ...io.outputs import write_csv as write

    write(table, target, index=index, date_format=DATE_FORMAT)


def run(args: argparse.Namespace, progress: Callable[[float, str], None] | None = None) -> int:
    """Read the inputs, forecast, write the CSV(s) and print a one-line summary (``progress``: default the
    parser's)."""
    from ... import jobs
    from ...io.outputs import to_csv, write_together
    from ...jobs.demand import DemandForecastRequest

    request = DemandForecastRequest(
        inflow=args.inflow,
        origin=args.origin,
        horizon=args.horizon,
        weather=args.weather,
        model=args.model,
        country=args.holidays,
        extra_days=_extra_days(args.extra_holiday),
    )
    result = jobs.run("demandforecast", request, progress=progress or args.progress)
    wide, table, origin = result.table("forecast"), result.table("intervals"), result.summary["origin"]
    writers = {args.out: lambda path: to_csv(wide, path, index=True, date_format=DATE_FORMAT)}
    if args.intervals_out:
        writers[args.intervals_out] = lambda path: to_csv(table, path, date_format=DATE_FORMAT)
    write_together(writers)  # both replaced together, or neither
    print(f"{args.out}: {len(wide)} hours from {origin:%Y-%m-%d %H:%M}, {wide.shape[1]} areas ({args.model})")
    return 0


run.by_model = {target: run for target in TARGETS}  # the commands: ``forecast demand``
