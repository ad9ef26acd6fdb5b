"""Reading tables (CSV, TSV, gzip'd CSV, XLSX) without losing codes or accents."""

import csv
import gzip
import io
import zipfile
import zlib
from pathlib import Path

import pandas as pd

from ..validation import Report, Severity

ENCODINGS = ("utf-8-sig", "cp1252", "latin-1")
EXCEL_SUFFIXES = {".xlsx", ".xlsm", ".xls"}
TEXT_SUFFIXES = {".csv", ".tsv", ".txt", ".gz"}
SNIFF_BYTES = 64 * 1024
# what a damaged table raises from the standard library, pandas and openpyxl (a damaged .xlsx is a bad zip)
UNREADABLE = (
    OSError,
    ValueError,
    EOFError,
    pd.errors.ParserError,
    gzip.BadGzipFile,
    zlib.error,
    zipfile.BadZipFile,
    KeyError,
    IndexError,
    RuntimeError,  # zipfile: an encrypted member; NotImplementedError: an unknown compression method
)


def reason(error: BaseException) -> str:
    """The first line of an error's text (its type when it has none), at most 200 characters."""
    text = str(error).strip()
    return (text.splitlines()[0] if text else type(error).__name__)[:200]


def _raw_bytes(path: Path) -> bytes:
    data = path.read_bytes()
    if data[:2] == b"\x1f\x8b":
        data = gzip.decompress(data)
    return data


def _decode(data: bytes) -> tuple[str, str]:
    for encoding in ENCODINGS:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise UnicodeDecodeError("latin-1", data, 0, 1, "undecodable")  # latin-1 never fails; kept for clarity


def _delimiter(text: str) -> str:
    sample = text[:SNIFF_BYTES]
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
    except csv.Error:
        first = sample.splitlines()[0] if sample else ""
        return max(",;\t|", key=first.count)


def _blank_to_missing(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame.replace({"": pd.NA})`` column by column with array comparisons (four times faster)."""
    columns = {}
    for position in range(frame.shape[1]):
        values = frame.iloc[:, position].to_numpy(dtype=object, copy=True)
        values[values == ""] = pd.NA
        columns[position] = values
    out = pd.DataFrame(columns, index=frame.index)
    out.columns = frame.columns
    return out


def read_table(path: str | Path, report: Report | None = None, sheet: int | str = 0) -> pd.DataFrame | None:
    """Read a table with every cell as text (codes keep their zeros); problems go to ``report``.

    Returns None when the file cannot be used at all (the report then holds an error).
    """
    path = Path(path)
    report = report if report is not None else Report()
    if not path.is_file():
        report.add(Severity.ERROR, "file_not_found", path)
        return None
    try:
        if path.suffix.lower() in EXCEL_SUFFIXES:
            frame = pd.read_excel(path, sheet_name=sheet, dtype=str)
        else:
            text, encoding = _decode(_raw_bytes(path))
            if encoding != ENCODINGS[0]:
                report.add(Severity.NOTE, "encoding_fallback", path, encoding=encoding)
            if not text.strip():
                report.add(Severity.ERROR, "empty_input", path)
                return None
            frame = pd.read_csv(
                io.StringIO(text), sep=_delimiter(text), dtype=str, keep_default_na=False, skipinitialspace=True
            )
    except UNREADABLE as error:
        kind = "Excel" if path.suffix.lower() in EXCEL_SUFFIXES else "CSV"
        report.add(Severity.ERROR, "unreadable_file", path, expected=kind, reason=reason(error))
        return None
    frame.columns = [str(c).strip() for c in frame.columns]
    frame = _blank_to_missing(frame)
    if frame.empty:
        report.add(Severity.ERROR, "empty_input", path)
        return None
    return frame
