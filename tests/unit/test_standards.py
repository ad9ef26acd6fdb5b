"""Checking water-quality measurements against DS 031-2010-SA and DS 004-2017-MINAM."""

import math
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from core.errors import InputError
from core.standards import categories, check, convert, load_limits, read_measurements, select_categories
from core.standards.measurements import measurements_frame, parse_dates, parse_values
from core.standards.parameters import Match, _index, match_parameter, simplify
from core.standards.tables import STANDARD_FILES, parameter_table
from core.standards.units import UNITS, dimension
from core.validation import Report

ROOT = Path(__file__).resolve().parents[2]
OEFA = ROOT.parent / "shared" / "data" / "water" / "oefa_water_quality_lambayeque.csv"
ECA = "DS 004-2017-MINAM"
DRINKING = "DS 031-2010-SA"


def measurements(*rows) -> pd.DataFrame:
    """A small long table with the reader's English column names: (point, parameter, value, unit)."""
    return pd.DataFrame(rows, columns=["point", "parameter", "value", "unit"])


def one(per_measurement: pd.DataFrame, point: str, category: str | None = None) -> pd.Series:
    rows = per_measurement[per_measurement["point"] == point]
    if category is not None:
        rows = rows[rows["category"] == category]
    assert len(rows) == 1, rows
    return rows.iloc[0]


# units


@pytest.mark.parametrize(
    ("value", "source", "target", "expected"),
    [
        (12.0, "µg/L", "mg/L", 0.012),  # micro sign
        (12.0, "μg/l", "mg/L", 0.012),  # Greek mu
        (12.0, "ug/L", "mg/L", 0.012),
        (500.0, "ng/L", "mg/L", 0.0005),
        (0.25, "g/L", "mg/L", 250.0),
        (0.010, "mg L-1", "mg/L", 0.010),
        (3.0, "ppb", "mg/L", 0.003),
        (23.0, "NMP/100 mL", "UFC/100 mL", 23.0),
        (5.0, "UFC/mL", "UFC/100 mL", 500.0),
        (4.0, "NTU", "UNT", 4.0),
        (1.5, "mS/cm", "µS/cm", 1500.0),
        (900.0, "µmho/cm", "µS/cm", 900.0),
        (7.2, "Unidad de pH", "pH", 7.2),
        (7.2, "unidades de pH", "pH", 7.2),
        (26.0, "ºC", "°C", 26.0),
        (0.5, "Bq/L", "Bq/L", 0.5),
    ],
)
def test_units_convert_within_their_dimension(value, source, target, expected):
    assert convert(value, source, target) == pytest.approx(expected)


@pytest.mark.parametrize(("source", "target"), [("mg/kg", "mg/L"), ("µg/g", "mg/L"), ("mg/L", "µS/cm"), ("kg", "mg/L")])
def test_units_of_other_dimensions_are_not_comparable(source, target):
    assert convert(1.0, source, target) is None


def test_every_unit_of_the_tables_is_known():
    for standard in STANDARD_FILES:
        units = set(load_limits(standard, None)["unit"])
        assert all(dimension(unit) is not None for unit in units), units
    assert dimension("mg/kg") == "mass_fraction" != UNITS["mg/l"][0]


# values, dates, names


def test_values_keep_censoring_and_read_decimal_commas():
    text = pd.Series(["<0.100", "0,233", "> 2400", "1.234,5", "ND", "abc", "2908,3", "<=0,5", "", "56100"])
    report = Report()
    values, censored = parse_values(text, "t.csv", "Valor", report)
    expected = [0.1, 0.233, 2400.0, 1234.5, math.nan, math.nan, 2908.3, 0.5, math.nan, 56100.0]
    assert values.tolist() == pytest.approx(expected, nan_ok=True)
    assert censored.tolist() == ["<", "", ">", "", "<", "", "", "<", "", ""]
    assert report.codes() == ["unparseable_number", "censored_values"]
    assert report.items[0].params["count"] == 1 and report.items[1].params["count"] == 4


def test_dates_are_day_first_unless_impossible():
    report = Report()
    dates = parse_dates(
        pd.Series(["1/14/19", "6/10/2019", "17/3/2019", "2018-12-01", "31/02/2019", ""]), "t", "F", report
    )
    assert dates.iloc[0] == pd.Timestamp("2019-01-14")
    assert dates.iloc[1] == pd.Timestamp("2019-10-06")
    assert dates.iloc[2] == pd.Timestamp("2019-03-17")
    assert dates.iloc[3] == pd.Timestamp("2018-12-01")
    assert pd.isna(dates.iloc[4]) and pd.isna(dates.iloc[5])
    assert report.codes() == ["dates_month_first", "unparseable_date"]


@pytest.mark.parametrize(
    ("name", "parameter", "fraction"),
    [
        ("Arsénico total", "arsenic", "total"),
        ("ARSENICO", "arsenic", ""),
        ("As", "arsenic", ""),
        ("Plomo (Pb)", "lead", ""),
        ("Cadmio disuelto", "cadmium", "dissolved"),
        ("Hierro (Fe) disuelto", "iron", "dissolved"),
        ("Potencial de hidrógeno (pH)", "ph", ""),
        ("Potencial de hidrógeno", "ph", ""),
        ("Oxígeno Disuelto", "dissolved_oxygen", ""),
        ("Sólidos disueltos totales", "tds", ""),
        ("Coliformes Totales", "total_coliforms", ""),
        ("Cromo Total", "chromium_total", "total"),
        ("Cromo hexavalente", "chromium_vi", ""),
        ("Hidrocarburos totales de petróleo (C8-C40)", "tph", ""),
        ("Hidrocarburos Totales de Petróleo (Fracción aromática)", "tph_aromatic", ""),
        ("Benzo (a) Pireno", "benzo_a_pyrene", ""),
        ("m,p- Xileno", "mp_xylene", ""),
        ("Conductividad eléctrica", "conductivity", ""),
        ("Nitratos (NO3-)", "nitrate", ""),
        ("Something else", None, ""),
    ],
)
def test_parameter_names_find_their_table_parameter(name, parameter, fraction):
    assert match_parameter(name) == Match(parameter, fraction)


def test_parameter_names_and_aliases_never_collide():
    table = parameter_table()
    assert table["parameter"].is_unique
    owners: dict[str, set] = {}
    for row in table.itertuples(index=False):
        for name in [row.parameter, row.name_en, row.name_es, row.symbol, *row.aliases.split(";")]:
            if simplify(name):
                owners.setdefault(simplify(name), set()).add(row.parameter)
    assert {key: found for key, found in owners.items() if len(found) > 1} == {}
    assert len(_index()) == len(owners)


# the tables


@pytest.mark.parametrize("standard", list(STANDARD_FILES))
def test_limit_tables_are_consistent_and_cited(standard):
    limits = load_limits(standard, None)
    assert not limits.duplicated(["category", "parameter"]).any()
    assert set(limits["parameter"]) <= set(parameter_table()["parameter"])
    assert (limits["min"].notna() | limits["max"].notna()).all()
    assert (limits["min"].isna() | limits["max"].isna() | (limits["min"] < limits["max"])).all()
    assert limits["source"].str.startswith(standard).all()
    assert set(limits["fraction"]) <= {"", "total", "dissolved"}


def test_known_limits_as_transcribed():
    drinking = load_limits(DRINKING).set_index("parameter")
    assert drinking.loc["arsenic", "max"] == 0.010 and drinking.loc["lead", "max"] == 0.010
    assert drinking.loc["mercury", "max"] == 0.001 and drinking.loc["cadmium", "max"] == 0.003
    assert (drinking.loc["ph", "min"], drinking.loc["ph", "max"]) == (6.5, 8.5)
    assert drinking.loc["turbidity", ["max", "unit"]].tolist() == [5.0, "UNT"]
    assert drinking.loc["total_coliforms", ["max", "unit"]].tolist() == [0.0, "UFC/100 mL"]
    assert drinking.loc["iron", "max"] == 0.3 and drinking.loc["manganese", "max"] == 0.4
    assert drinking.loc["aluminium", "max"] == 0.2 and drinking.loc["nitrate", "max"] == 50.0
    assert drinking.loc["chloride", "max"] == drinking.loc["sulphate", "max"] == 250.0
    rivers = load_limits(ECA, "4-E2-selva").set_index("parameter")
    assert rivers.loc["dissolved_oxygen", "min"] == 5.0 and math.isnan(rivers.loc["dissolved_oxygen", "max"])
    assert rivers.loc["cadmium", "fraction"] == "dissolved"
    assert load_limits(ECA, "3-D1").set_index("parameter").loc["arsenic", "max"] == 0.1


def test_categories_are_chosen_by_code_short_form_or_group():
    assert select_categories(ECA, "3-D1") == ["3-D1"]
    assert select_categories(ECA, "d2") == ["3-D2"]
    assert select_categories(ECA, "E2") == ["4-E2-costa-sierra", "4-E2-selva"]
    assert select_categories(ECA, "Cat. 3") == ["3-D1", "3-D2"]
    assert select_categories(ECA, "categoría 1") == ["1-A1", "1-A2", "1-A3"]
    assert select_categories("ds 004-2017 minam", "all") == categories(ECA)["category"].tolist()
    assert len(select_categories(ECA, None)) == 10
    assert select_categories(DRINKING, None) == ["consumo-humano"]
    with pytest.raises(InputError) as caught:
        select_categories(ECA, "Z9")
    assert caught.value.code == "unknown_category"
    with pytest.raises(InputError) as caught:
        load_limits("WHO 2017")
    assert caught.value.code == "unknown_standard"


# the check


def test_maximum_limits_with_units_and_censoring():
    table = measurements(
        ("A", "Arsénico", "12", "µg/L"),  # 0.012 mg/L > 0.010
        ("B", "Arsénico", "<0.005", "mg/L"),  # certainly below
        ("C", "Arsénico", "<0.02", "mg/L"),  # detection limit above the limit: not an exceedance
        ("D", "Arsénico", ">0.02", "mg/L"),  # at least 0.02: certainly above
        ("E", "Arsénico", "15", "mg/kg"),  # sediment
        ("F", "Talco", "3", "mg/L"),  # no limit
        ("G", "Coliformes totales", "3", "NMP/100 mL"),  # limit 0 UFC/100 mL
        ("H", "Arsénico", "abc", "mg/L"),
        ("I", "Arsénico", ">0.005", "mg/L"),  # at least 0.005: could be either side of 0.010
        ("J", "Arsénico", "ND", "mg/L"),  # not detected, detection limit unknown
    )
    per_measurement, per_point = check(table, DRINKING)
    a = one(per_measurement, "A")
    assert (a["status"], a["value_in_limit_unit"], a["limit_max"]) == ("exceeds", pytest.approx(0.012), 0.010)
    assert a["ratio"] == pytest.approx(1.2) and a["excess"] == pytest.approx(0.002)
    assert one(per_measurement, "B")["status"] == "complies"
    assert one(per_measurement, "C")["status"] == "undetermined" and not one(per_measurement, "C")["exceeded"]
    assert one(per_measurement, "D")["status"] == "exceeds"
    assert one(per_measurement, "E")["status"] == "not_comparable"
    assert one(per_measurement, "F")["status"] == "no_limit"
    coliforms = one(per_measurement, "G")
    assert coliforms["status"] == "exceeds" and math.isnan(coliforms["ratio"])
    assert one(per_measurement, "H")["status"] == "no_value"
    assert one(per_measurement, "I")["status"] == one(per_measurement, "J")["status"] == "undetermined"
    points = per_point.set_index("point")
    assert (
        points.loc["E", "n_not_comparable"] == 1 and points.loc["E", "not_comparable_parameters"] == "Arsénico [mg/kg]"
    )
    assert points.loc["F", "n_no_limit"] == 1 and points.loc["F", "no_limit_parameters"] == "Talco"
    assert points.loc["A", "exceeded"] == "Arsénico 1/1 (1.2x)"


def test_minimum_limits_and_ranges():
    table = measurements(
        ("low", "Oxígeno disuelto", "3.2", "mg/L"),  # below the minimum of 4 (D1)
        ("ok", "Oxígeno disuelto", "6.1", "mg/L"),
        ("dl-low", "Oxígeno disuelto", "<3", "mg/L"),  # under 3, so under 4
        ("dl-high", "Oxígeno disuelto", "<5", "mg/L"),  # could be either side of 4
        ("above", "Oxígeno disuelto", ">4.5", "mg/L"),
        ("acid", "pH", "6.0", "Unidad de pH"),
        ("alkaline", "Potencial de hidrógeno (pH)", "9.2", "unidades de pH"),
        ("neutral", "pH", "7.4", ""),  # a pH without a unit is in pH units
    )
    per_measurement, _ = check(table, ECA, "3-D1")
    low = one(per_measurement, "low")
    assert low["status"] == "exceeds" and low["ratio"] == pytest.approx(4 / 3.2) and low["limit"] == ">= 4 mg/L"
    assert low["excess"] == pytest.approx(0.8)
    assert one(per_measurement, "ok")["status"] == "complies"
    assert one(per_measurement, "dl-low")["status"] == "exceeds"
    assert one(per_measurement, "dl-high")["status"] == "undetermined"
    assert one(per_measurement, "above")["status"] == "complies"
    acid, alkaline = one(per_measurement, "acid"), one(per_measurement, "alkaline")
    assert acid["status"] == alkaline["status"] == "exceeds"
    assert acid["ratio"] == pytest.approx(6.5 / 6.0) and alkaline["ratio"] == pytest.approx(9.2 / 8.5)
    assert acid["limit"] == "6.5 - 8.5 pH"
    assert one(per_measurement, "neutral")["status"] == "complies"


def test_every_category_is_reported_on_its_own():
    table = measurements(("P", "Plomo", "0.03", "mg/L"), ("P", "Oxígeno disuelto", "4.5", "mg/L"))
    per_measurement, per_point = check(table, ECA, None)
    assert len(per_measurement) == 2 * 10 and len(per_point) == 10
    lead = per_measurement[per_measurement["parameter"] == "lead"].set_index("category")["status"]
    assert lead["1-A1"] == "exceeds" and lead["1-A2"] == "complies" and lead["3-D1"] == "complies"
    assert lead["4-E2-selva"] == "exceeds" and lead["4-E3-marinos"] == "exceeds"
    oxygen = per_measurement[per_measurement["parameter"] == "dissolved_oxygen"].set_index("category")["status"]
    assert oxygen["1-A1"] == "exceeds" and oxygen["1-A3"] == "complies" and oxygen["3-D2"] == "exceeds"
    assert per_point.set_index("category").loc["1-A1", "n_exceedances"] == 2


def test_dissolved_and_total_fractions_are_marked():
    table = measurements(("T", "Cadmio total", "0.0004", "mg/L"), ("D", "Hierro disuelto", "0.5", "mg/L"))
    per_measurement, _ = check(table, ECA, None)
    cadmium = one(per_measurement, "T", "4-E1")
    assert cadmium["status"] == "exceeds" and cadmium["fraction_note"] == "total_vs_dissolved_limit"
    iron = one(per_measurement, "D", "1-A1")
    assert iron["status"] == "exceeds" and iron["fraction_note"] == "dissolved_vs_total_limit"


def test_how_often_counts_samples():
    table = pd.DataFrame(
        {
            "Nombre del punto": ["R1"] * 4,
            "Fecha": ["1/2/2019", "1/2/2019", "1/3/2019", "1/4/2019"],
            "Parámetro": ["Plomo", "Arsénico", "Plomo", "Plomo"],
            "Valor": ["0,02", "0,05", "0,004", "0,03"],
            "Unidad de medida": ["mg/L"] * 4,
        }
    )
    _, per_point = check(table, DRINKING)
    point = per_point.iloc[0]
    assert (point["n_samples"], point["n_samples_exceeding"], point["n_exceedances"]) == (3, 2, 3)
    assert point["exceeded"] == "Arsénico 1/1 (5x); Plomo 2/3 (3x)"
    assert point["worst_parameter"] == "Arsénico" and point["max_ratio"] == pytest.approx(5.0)


# reading files


def test_reader_takes_latin1_and_spanish_columns(tmp_path):
    path = tmp_path / "lab.csv"
    path.write_bytes("Punto;Fecha;Parámetro;Resultado;Unidad\nP1;03/04/2020;Arsénico;0,02;mg/L\n".encode("latin-1"))
    report = Report()
    frame = read_measurements(path, report)
    assert frame.loc[0, ["point", "parameter_name", "value", "unit"]].tolist() == ["P1", "Arsénico", 0.02, "mg/L"]
    assert frame.loc[0, "date"] == pd.Timestamp("2020-04-03")
    assert "encoding_fallback" in report.codes()


def test_reader_names_missing_columns_and_unknown_units(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("punto,parametro,valor\nP1,Plomo,0.1\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_measurements(path)
    assert caught.value.code.startswith("missing_column")
    path.write_text("punto,parametro,valor,unidad\nP1,Plomo,0.1,furlong\nP1,Zzz,1,mg/L\n", encoding="utf-8")
    report = Report()
    read_measurements(path, report)
    assert {"unknown_unit", "unknown_parameter"} <= set(report.codes())


# the real OEFA file: exceedances checked by hand against the raw rows


@pytest.fixture(scope="module")
def oefa():
    report = Report()
    return read_measurements(OEFA, report), report


@pytest.mark.shared_data
def test_oefa_file_is_read_whole(oefa):
    frame, report = oefa
    assert len(frame) == 998 and frame["point"].nunique() == 24
    assert frame["date"].notna().all() and frame["value"].notna().all()
    assert (frame["censored"] == "<").sum() == 553
    assert frame.loc[frame["point"] == "F01861-AG01", "date"].iloc[0] == pd.Timestamp("2019-01-14")
    assert {"censored_values", "dates_month_first", "points_outside_peru"} <= set(report.codes())
    outside = report.items[report.codes().index("points_outside_peru")]
    assert outside.params["points"] == 5  # F00768-AG01..03, AS01, AS02 lie in the sea at 81.9° W


@pytest.mark.shared_data
def test_oefa_coordinates_from_utm_match_the_file(oefa):
    raw = pd.read_csv(OEFA, encoding="utf-8").drop(columns=["lon", "lat"])
    frame = measurements_frame(raw)
    expected = oefa[0]
    inside = expected["lon"].notna()
    assert (frame["lon"][inside] - expected["lon"][inside]).abs().max() < 1e-6
    assert (frame["lat"][inside] - expected["lat"][inside]).abs().max() < 1e-6


@pytest.mark.shared_data
@pytest.mark.parametrize(
    ("point", "parameter", "standard", "category", "value", "limit", "status", "ratio"),
    [
        # río Tigre (Loreto): raw row 158 "6,26", Potencial de hidrógeno; ECA Cat. 4-E2 selva 6.5–9.0
        ("F01861-AG01", "Potencial de hidrógeno", ECA, "4-E2-selva", 6.26, "6.5 - 9 pH", "exceeds", 6.5 / 6.26),
        # río Tigre: raw row 43 "0,0033" Plomo; ECA Cat. 4-E2 0.0025 mg/L
        ("F01861-AG01", "Plomo", ECA, "4-E2-selva", 0.0033, "<= 0.0025 mg/L", "exceeds", 1.32),
        # río Tigre: raw row 160 "5,68" Oxígeno Disuelto; ECA Cat. 1-A1 at least 6 mg/L, Cat. 4-E2 at least 5
        ("F01861-AG01", "Oxígeno Disuelto", ECA, "1-A1", 5.68, ">= 6 mg/L", "exceeds", 6 / 5.68),
        ("F01861-AG01", "Oxígeno Disuelto", ECA, "4-E2-selva", 5.68, ">= 5 mg/L", "complies", 5 / 5.68),
        # quebrada Kangaza (Amazonas): raw rows 631 "0,012" Plomo, 674 "23,59" Aceites y grasas, 658 "9,411" HTP
        ("F05689-AG07", "Plomo", ECA, "4-E2-selva", 0.012, "<= 0.0025 mg/L", "exceeds", 4.8),
        ("F05689-AG07", "Aceites y grasas", ECA, "4-E2-selva", 23.59, "<= 5 mg/L", "exceeds", 4.718),
        ("F05689-AG07", "Hidrocarburos totales de petróleo (C8-C40)", ECA, "4-E2-selva", 9.411, "<= 0.5 mg/L",
         "exceeds", 18.822),
        # afloramiento and irrigation canal near a well: raw rows 829 "0,0137" Arsénico, 870 "12,285" Hierro
        ("F00768-AG01", "Arsénico", DRINKING, "consumo-humano", 0.0137, "<= 0.01 mg/L", "exceeds", 1.37),
        ("F00768-AG01", "Arsénico", ECA, "3-D1", 0.0137, "<= 0.1 mg/L", "complies", 0.137),
        ("F00768-AG02", "Hierro", ECA, "3-D1", 12.285, "<= 5 mg/L", "exceeds", 2.457),
        # well: raw row 930 "<0.5" µg/L Benzo (a) Pireno = below 0.0005 mg/L; DS 031: 0.0007 mg/L
        ("F00334-AG01", "Benzo (a) Pireno", DRINKING, "consumo-humano", 0.0005, "<= 0.0007 mg/L", "complies",
         0.5 / 0.7),
    ],
)  # fmt: skip
def test_oefa_exceedances_found_by_hand(oefa, point, parameter, standard, category, value, limit, status, ratio):
    per_measurement, _ = check(oefa[0], standard, category)
    rows = per_measurement[(per_measurement["point"] == point) & (per_measurement["parameter_name"] == parameter)]
    assert len(rows) == 1
    row = rows.iloc[0]
    assert row["value_in_limit_unit"] == pytest.approx(value)
    assert row["limit"] == limit
    assert row["status"] == status
    assert row["ratio"] == pytest.approx(ratio, rel=1e-3)


@pytest.mark.shared_data
def test_oefa_points_summary_for_rivers_of_the_selva(oefa):
    _, per_point = check(oefa[0], ECA, "4-E2-selva")
    points = per_point.set_index("point")
    kangaza = points.loc["F05689-AG07"]
    assert kangaza["n_exceedances"] == 5 and kangaza["n_samples"] == 1 and kangaza["n_samples_exceeding"] == 1
    assert kangaza["worst_parameter"] == "Hidrocarburos totales de petróleo"
    assert kangaza["max_ratio"] == pytest.approx(9.411 / 0.5)
    assert "Plomo 1/1 (4.8x)" in kangaza["exceeded"] and "Cadmio disuelto 1/1 (1.88x)" in kangaza["exceeded"]
    assert points.loc["F05689-AG08", "n_exceedances"] == 0
    assert (
        points.loc["F01861-AG01", "n_no_limit"] > 0
        and "Temperatura" in points.loc["F01861-AG01", "no_limit_parameters"]
    )
    assert points["lon"].isna().sum() == 5  # the points at sea have no location on the map


@pytest.mark.shared_data
def test_cli_writes_points_and_measurements(tmp_path):
    out, each = tmp_path / "points.csv", tmp_path / "measurements.csv"
    process = subprocess.run(
        [sys.executable, "-m", "core", "standards", str(OEFA), "--standard", ECA, "--category", "3-D1",
         "--out", str(out), "--measurements-out", str(each)],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert process.returncode == 0, process.stderr
    assert "3-D1 F00768-AG02: Hierro 1/1 (2.46x)" in process.stdout
    points = pd.read_csv(out)
    assert len(points) == 24 and set(points["category"]) == {"3-D1"}
    assert len(pd.read_csv(each)) == 998
    assert "points_outside_peru" in process.stderr
