"""``parse_numbers`` reads each distinct text once, plain numbers with array operations (issue 17): the results
equal those of the row-by-row reading it replaced (kept here as the reference), on every table of the shared
data and on generated texts (decimal commas, thousands, ambiguous values, blanks, infinities, "S.I.")."""

import itertools
import random
import re
import unicodedata
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from core.io.checks import CODE_PREFIXES, CODE_WORDS, is_code_column, numeric_columns
from core.io.numbers import (
    DECIMAL_COMMA,
    DECIMAL_POINT,
    GROUPED,
    MISSING_TOKENS,
    ONE_GROUP,
    mostly_numeric,
    parse_numbers,
    to_float,
)
from core.validation import Report

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "data"


# --- the reference: the row-by-row reading of commit ef5efb0 --------------------------------------------------


def reference_convention(text: pd.Series) -> str | None:
    def any_match(pattern: re.Pattern, unless: re.Pattern) -> bool:
        return bool((text.str.match(pattern) & ~text.str.match(unless)).fillna(False).any())

    decimal_point, decimal_comma = any_match(DECIMAL_POINT, ONE_GROUP["."]), any_match(DECIMAL_COMMA, ONE_GROUP[","])
    comma_groups, point_groups = any_match(GROUPED[","], ONE_GROUP[","]), any_match(GROUPED["."], ONE_GROUP["."])
    point, comma = decimal_point or comma_groups, decimal_comma or point_groups
    if point and comma:
        return None if comma_groups or point_groups else "decimal"
    return "point" if point else "comma" if comma else None


def reference_parse(series: pd.Series) -> dict:
    if pd.api.types.is_numeric_dtype(series):
        values = series.astype(float)
        infinite = pd.Series(np.isinf(values.to_numpy()), index=series.index)
        false = pd.Series(False, index=series.index)
        return {
            "values": values.where(~infinite),
            "unparseable": infinite,
            "decimal_comma": false.copy(),
            "thousands": false.copy(),
            "ambiguous": false.copy(),
        }
    text = series.astype("string").str.strip()
    blank = text.isna() | text.str.lower().isin(MISSING_TOKENS)
    convention = reference_convention(text)

    def matches(pattern: re.Pattern) -> pd.Series:
        return text.str.match(pattern).fillna(False).astype(bool) & ~blank

    one_comma, one_point = matches(ONE_GROUP[","]), matches(ONE_GROUP["."])
    ambiguous = (one_comma | one_point) & (convention is None)
    grouped_comma = matches(GROUPED[","]) & ~(one_comma & (convention != "point"))
    grouped_point = matches(GROUPED["."]) & ~(one_point & (convention != "comma"))
    comma = matches(DECIMAL_COMMA) & ~(one_comma & (convention not in ("comma", "decimal")))
    cleaned = text.where(~grouped_comma, text.str.replace(",", "", regex=False))
    cleaned = cleaned.where(~grouped_point, cleaned.str.replace(".", "", regex=False).str.replace(",", "."))
    cleaned = cleaned.where(~comma, cleaned.str.replace(",", ".", regex=False))
    values = to_float(cleaned.where(~blank & ~ambiguous))
    infinite = ~np.isfinite(values) & values.notna()
    values = values.where(~infinite)
    unparseable = (values.isna() & ~blank & ~ambiguous) | infinite
    return {
        "values": values,
        "unparseable": unparseable.astype(bool),
        "decimal_comma": comma,
        "thousands": grouped_comma | grouped_point,
        "ambiguous": ambiguous,
    }


def reference_is_code(series: pd.Series) -> bool:
    name = unicodedata.normalize("NFKD", str(series.name)).encode("ascii", "ignore").decode()
    words = re.split(r"[^0-9a-z]+", re.sub(r"([a-z])([A-Z])", r"\1 \2", name).lower())
    first = next((word for word in words if word), "")
    if first in CODE_WORDS or first.startswith(CODE_PREFIXES):
        return True
    text = series.dropna().astype(str).str.strip()
    return bool(len(text)) and bool(text.str.fullmatch(r"0\d+").any()) and bool(text.str.fullmatch(r"\d+").all())


def assert_same_parse(series: pd.Series) -> None:
    got, expected = parse_numbers(series), reference_parse(series)
    for name, want in expected.items():
        have = getattr(got, name)
        pd.testing.assert_series_equal(have, want, check_names=True, obj=f"{name} of {series.name!r}")
        if name == "values":  # bit for bit, -0.0 included
            assert np.array_equal(have.to_numpy().view(np.int64), want.to_numpy().view(np.int64)), series.name


# --- every table of the shared data ---------------------------------------------------------------------------


def shared_tables() -> list[Path]:
    suffixes = (".csv", ".csv.gz", ".tsv", ".txt")
    return sorted(p for p in SHARED.rglob("*") if p.is_file() and p.name.lower().endswith(suffixes))


@pytest.mark.shared_data
@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared/data is absent")
def test_every_column_of_the_shared_tables_reads_as_before():
    tables = shared_tables()
    assert len(tables) >= 10
    columns = 0
    for path in tables:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, nrows=20_000, on_bad_lines="skip")
        for column in frame.columns:
            assert_same_parse(frame[column])
            assert_same_parse(frame[column].replace("", None))  # blanks as missing values too
            assert is_code_column(frame[column]) == reference_is_code(frame[column]), (path, column)
            columns += 1
    assert columns > 200


# --- generated texts ------------------------------------------------------------------------------------------

SPECIALS = [
    "", " ", "-", "--", "NA", "n/a", "NaN", "null", "None", "S.I.", "s.i.", "inf", "-inf", "Infinity", "1e400",
    "1e5", "0x10", "٣", "１２", "1_000", "12\n", " 3.5 ", "+7", "+.5", ".5", "5.", "-0", "-0.0", "00012", "0.000",
    "2,435", "2.435", "1,234,567", "1.234.567", "2,435.5", "2.435,0", "0,5", "12,5", "3.5", "-12.34567",
    "1" * 18, "9" * 19, "1" * 400, "2.4350", "02.435", "123.456", "1234.567", "+2.435", "-2,435", "1,5,6", "1..2",
    "abc", "12abc", "1 000", "1\x002", "\t2015\t", "2015.0",
]  # fmt: skip


@pytest.mark.parametrize("value", SPECIALS)
def test_each_special_text_alone_and_beside_each_convention(value):
    for company in ([], ["3.5"], ["0,5"], ["1,234,567"], ["1.234.567"], ["0.5", "1,5"], ["2,435"], ["2.435"]):
        assert_same_parse(pd.Series([value, *company, None, value], name="x"))


def test_random_columns_read_as_before():
    rng = random.Random(17)
    alphabet = "0123456789.,-+ "
    for _ in range(400):
        size = rng.randint(0, 30)
        values = []
        for _ in range(size):
            pick = rng.random()
            if pick < 0.15:
                values.append(rng.choice(SPECIALS))
            elif pick < 0.2:
                values.append(None)
            else:
                values.append("".join(rng.choice(alphabet) for _ in range(rng.randint(1, 9))))
        assert_same_parse(pd.Series(values, dtype=object, name="x"))


def test_every_short_text_of_the_number_alphabet_reads_as_before():
    alphabet = "0159.,-+"
    texts = ["".join(chars) for length in range(1, 6) for chars in itertools.product(alphabet, repeat=length)]
    assert_same_parse(pd.Series(texts, name="all"))  # one column: the convention is told by some, not others
    for start in range(0, len(texts), 997):  # smaller columns, each with a convention of its own
        assert_same_parse(pd.Series(texts[start : start + 997], name="part"))


def test_other_inputs_read_as_before():
    index = pd.Index([10, 3, 7, 1], name="row")
    cases = [
        pd.Series([1, 2, None, 4], dtype="Int64"),
        pd.Series([1.5, np.inf, -np.inf, np.nan]),
        pd.Series([True, False, True, False]),
        pd.Series(["1", 2, 3.5, None], dtype=object),
        pd.Series([1, 1.0, True, "1"], dtype=object),
        pd.Series(["2,435", "2,435", None, "1,5"], dtype="string", index=index, name="named"),
        pd.Series(pd.Categorical(["1,5", "2", None, "2"])),
        pd.Series([], dtype=object),
        pd.Series([], dtype="string"),
        pd.Series([None, None], dtype=object),
    ]
    for series in cases:
        assert_same_parse(series)


def test_numeric_columns_reports_as_before():
    frame = pd.DataFrame(
        {
            "pob_2020": ["2,435", "1,500", "S.I.", "-5", "inf", "2,435"],
            "pct_x": ["101", "50,5", "", "3", "4", "5"],
            "name": ["a", "b", "c", "d", "e", "f"],
            "codigo": ["01", "02", "03", "04", "05", "06"],
            "lead": ["01", "02", "03", "04", "05", "06"],
        }
    )
    report = Report()
    out = numeric_columns(frame, "x.csv", report)
    assert out["pob_2020"].isna().all() and out["pct_x"].tolist()[:2] == [pytest.approx(np.nan, nan_ok=True), 50.5]
    assert out["name"].tolist() == list("abcdef") and out["lead"].tolist() == frame["lead"].tolist()
    codes = [(item.code, item.column) for item in report.items]
    assert ("ambiguous_number", "pob_2020") in codes and ("out_of_range", "pct_x") in codes
    assert ("decimal_comma", "pct_x") in codes and ("unparseable_number", "pob_2020") in codes
    assert mostly_numeric(frame["pob_2020"]) and not mostly_numeric(frame["name"])


# --- codes and blanks, each distinct value once -----------------------------------------------------------------


def reference_repair_padding(values: pd.Series) -> tuple[pd.Series, pd.Series]:
    text = values.astype("string").str.strip()
    text = text.str.replace(r"\.0+$", "", regex=True)
    digits = text.where(text.str.fullmatch(r"\d{1,6}").fillna(False))
    width = digits.str.len().map({1: 2, 2: 2, 3: 4, 4: 4, 5: 6, 6: 6})
    padded = pd.Series(
        [d.zfill(int(w)) if isinstance(d, str) and pd.notna(w) else pd.NA for d, w in zip(digits, width, strict=True)],
        index=values.index,
        dtype="string",
    )
    repaired = padded.notna() & (padded != digits)
    return padded.astype(object).where(padded.notna(), None), repaired.fillna(False).astype(bool)


def test_ubigeo_repair_reads_as_before():
    from core.io.ubigeo import repair_padding

    cases = [
        pd.Series(["10101", "010101", " 150101 ", "10101.0", "abc", None, "", "1", "123", "1234567", "10101"]),
        pd.Series([10101, 150101, 1, None], dtype="Int64", index=[5, 6, 7, 8], name="ubigeo"),
        pd.Series([10101.0, np.nan, 150101.0]),
        pd.Series([], dtype=object),
    ]
    if SHARED.is_dir():
        systems = pd.read_csv(SHARED / "water" / "siasar_peru_systems.csv", dtype=str)
        cases.append(systems["ubigeo"])
    for series in cases:
        got, expected = repair_padding(series), reference_repair_padding(series)
        pd.testing.assert_series_equal(got[0], expected[0])
        pd.testing.assert_series_equal(got[1], expected[1])


@pytest.mark.shared_data
@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared/data is absent")
def test_blank_cells_become_missing_as_before():
    from core.io.tables import _blank_to_missing

    for path in shared_tables()[:12]:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, nrows=5_000, on_bad_lines="skip")
        frame.columns = [str(c).strip() for c in frame.columns]
        pd.testing.assert_frame_equal(_blank_to_missing(frame), frame.replace({"": pd.NA}))
    odd = pd.DataFrame([["", "a", None], [" ", "", "x"]], columns=["a", "a", "b"], index=[3, 1])
    pd.testing.assert_frame_equal(_blank_to_missing(odd), odd.replace({"": pd.NA}))


# --- points built and read without geopandas' per-point checks (shapely 1.8) ------------------------------------


def test_points_are_built_and_read_as_geopandas_does():
    import geopandas as gpd

    from core.io.water_points import points_from_xy
    from core.spatial.join import point_xy

    rng = np.random.default_rng(17)
    x = pd.Series(rng.uniform(-81.3, -68.7, 500), index=rng.permutation(np.arange(1000, 1500)))
    y = pd.Series(rng.uniform(-18.3, -0.1, 500), index=x.index)
    ours = gpd.GeoSeries(points_from_xy(x, y), index=x.index, crs="EPSG:4326")
    theirs = gpd.GeoSeries(gpd.points_from_xy(x, y), index=x.index, crs="EPSG:4326")
    assert ours.geom_equals_exact(theirs, tolerance=0).all()
    for series in (ours, theirs, gpd.GeoSeries([*theirs[:3], None], crs="EPSG:4326")):
        east, north = point_xy(series)
        pd.testing.assert_series_equal(east, series.x)
        pd.testing.assert_series_equal(north, series.y)
