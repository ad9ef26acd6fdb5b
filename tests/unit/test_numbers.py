"""Numbers are never changed silently (issue 19, finding 4): thousands separators, infinities, huge values,
repeated timestamps, day/month order and survey years, each on copies of the shared data."""

import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from core.errors import InputError
from core.io import load_input
from core.io.district_tables import read_district_table
from core.io.districts import read_districts
from core.io.numbers import parse_numbers
from core.models.child_risk import predict
from core.models.demand.series import read_inflow
from core.spatial.hotspots import hotspots
from core.standards import check, read_measurements
from core.validation import Report

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "data"
POVERTY = SHARED / "socioeconomic" / "pobreza2018_distrital.csv"
OEFA = SHARED / "water" / "oefa_water_quality_lambayeque.csv"
pytestmark = [
    pytest.mark.shared_data,
    pytest.mark.skipif(not SHARED.is_dir(), reason="../shared/data is absent"),
]


# --- thousands separators, per column and in both conventions ------------------------------------------------


@pytest.mark.parametrize(
    ("values", "expected", "convention"),
    [
        (["2,435", "1,234,567", "3.5"], [2435, 1234567, 3.5], "point"),  # 1,234,567 and 3.5 tell
        (["2.435,0", "2.435", "12,5"], [2435, 2435, 12.5], "comma"),  # 2.435,0 and 12,5 tell
        (["2,435", "0,5"], [2.435, 0.5], "comma"),
        (["1,453", "0.5", "2,4"], [1.453, 0.5, 2.4], "decimal"),  # both decimals, no thousands group (OEFA)
    ],
)
def test_thousands_separators_follow_the_column(values, expected, convention):
    from core.io.numbers import separator_convention  # new in issue 19

    series = pd.Series(values)
    assert separator_convention(series) == convention
    parsed = parse_numbers(series)
    assert parsed.values.tolist() == pytest.approx(expected) and not parsed.ambiguous.any()


def test_an_ambiguous_column_is_refused_with_file_column_rows_and_fix(tmp_path):
    table = pd.read_csv(POVERTY, dtype=str).head(6)
    table["pob_2020"] = ["2,435", "1,500", "12,000", "3,250", "7,125", "9,999"]  # thousands or decimals?
    table["hogares"] = ["2.435,0"] * 6  # the other convention, told by its decimal
    path = tmp_path / "pobreza.csv"
    table.to_csv(path, index=False)
    loaded = read_district_table(path)
    errors = [item for item in loaded.report.errors if item.code == "ambiguous_number"]
    assert len(errors) == 1 and not loaded.ok
    error = errors[0]
    assert error.file == str(path) and error.column == "pob_2020" and error.rows == [0, 1, 2, 3, 4]
    assert "'2,435'" in error.message and "2435" in error.fix
    assert loaded.data["pob_2020"].isna().all()  # never 2.435 people
    assert (loaded.data["hogares"] == 2435.0).all()
    assert "thousands_separator" in loaded.report.codes()
    done = subprocess.run(
        [sys.executable, "-m", "core", "validate", str(path)], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 2 and "ambiguous_number" in done.stdout and "pob_2020" in done.stdout


def test_the_shared_tables_have_no_ambiguous_numbers():
    for path in sorted(SHARED.glob("socioeconomic/*.csv")):
        loaded = load_input(path, kind="district_table")
        assert "ambiguous_number" not in loaded.report.codes(), path


# --- infinities and huge values ----------------------------------------------------------------------------


def test_infinities_are_flagged_per_row_in_the_standards_check(tmp_path):
    table = pd.read_csv(OEFA, dtype=str)
    rows = table.index[table["Valor"].str.fullmatch(r"\d+[.,]\d+").fillna(False)][:2].tolist()
    table.loc[rows, "Valor"] = ["1e400", "inf"]
    path = tmp_path / "oefa.csv"
    table.to_csv(path, index=False)
    report = Report()
    measurements = read_measurements(path, report)
    assert measurements.loc[rows, "value"].isna().all()
    item = next(item for item in report.items if item.code == "unparseable_number")
    assert item.rows[:2] == rows and "'1e400'" in item.message
    per_measurement, per_point = check(measurements)
    assert not per_point["exceeded"].astype(str).str.contains("inf").any()  # was "(infx)"
    assert np.isfinite(per_measurement["value"].dropna()).all()


def test_huge_populations_give_finite_hotspot_statistics():
    districts = read_districts(SHARED / "boundaries" / "peru_limites_inei2017.gpkg").require()
    poverty = pd.read_csv(POVERTY, dtype={"ubigeo": str}, usecols=["ubigeo", "pob_2020"])
    frame = districts.merge(poverty, on="ubigeo", how="inner").head(300).reset_index(drop=True)
    normal, normal_summary = hotspots(frame, "pob_2020", permutations=99, seed=0)
    frame["pob_2020"] = frame["pob_2020"] * 1e302  # values near 1e308: sums and squares overflowed
    huge, summary = hotspots(frame, "pob_2020", permutations=99, seed=0)
    assert np.isfinite(summary["moran_i"]) and summary["moran_i"] == pytest.approx(normal_summary["moran_i"])
    assert (huge["lisa_class"] == normal["lisa_class"]).all()
    assert set(huge["lisa_class"]) != {"LL"}


def test_infinite_demand_is_left_out_row_by_row(tmp_path):
    index = pd.date_range("2024-01-01", periods=48, freq="h")
    flows = pd.DataFrame({"timestamp": index.strftime("%Y-%m-%d %H:%M"), "Sector": np.linspace(10, 20, 48)})
    flows["Sector"] = flows["Sector"].astype(str)
    flows.loc[5, "Sector"] = "inf"
    path = tmp_path / "flows.csv"
    flows.to_csv(path, index=False)
    report = Report()
    inflow = read_inflow(path, report)
    assert np.isfinite(inflow["Sector"]).all()  # the hour is interpolated from its neighbours
    item = next(item for item in report.items if item.code == "unparseable_number")
    assert item.rows == [5] and item.column == "Sector"


# --- repeated timestamps and day/month order -----------------------------------------------------------------


def test_repeated_times_are_refused_and_the_hour_clocks_repeat_is_reported(tmp_path):
    index = pd.date_range("2024-01-01", periods=30, freq="h").strftime("%Y-%m-%d %H:%M").tolist()
    text = "timestamp,DMA\n" + "".join(f"{t},10\n" for t in index) + f"{index[10]},10004\n"
    path = tmp_path / "flows.csv"
    path.write_text(text)
    with pytest.raises(InputError) as caught:  # was averaged into 5,007 L/s
        read_inflow(path)
    assert caught.value.code == "duplicate_timestamps" and caught.value.details["examples"] == [index[10]]
    # the hour repeated when clocks go back (BWDF, Europe) is averaged, and said
    autumn = pd.date_range("2022-10-30 00:00", periods=6, freq="h").strftime("%d/%m/%Y %H:%M").tolist()
    autumn.insert(3, autumn[2])
    path.write_text("fecha,DMA\n" + "".join(f"{t},{i}\n" for i, t in enumerate(autumn)))
    report = Report()
    inflow = read_inflow(path, report)
    assert inflow.loc["2022-10-30 02:00", "DMA"] == 2.5
    assert [item.code for item in report.items] == ["dst_repeated_hour"]


def test_month_first_dates_are_read_so_and_ambiguous_ones_refused(tmp_path):
    index = pd.date_range("2021-01-01", periods=24 * 40, freq="h")
    path = tmp_path / "us.csv"
    pd.DataFrame({"Date": index.strftime("%m/%d/%Y %H:%M"), "DMA": np.arange(len(index))}).to_csv(path, index=False)
    report = Report()
    inflow = read_inflow(path, report)
    assert len(inflow) == len(index) and inflow["DMA"].notna().all()  # was 5,784 empty hours
    assert inflow.index[0] == index[0] and inflow.index[-1] == index[-1]
    assert "dates_month_first_column" in report.codes()
    # the first 3 days of January, hourly: 01/02 is 1 February or 2 January; the regular step tells
    path.write_text("Date,DMA\n" + "".join(f"{t:%m/%d/%Y %H:%M},1\n" for t in index[:72]))
    assert read_inflow(path).index[-1] == index[71]
    # one day of hourly readings, 05/06/2021: 5 June or 6 May, both regular series
    path.write_text("Date,DMA\n" + "".join(f"05/06/2021 {h:02d}:00,1\n" for h in range(24)))
    with pytest.raises(InputError) as caught:
        read_inflow(path)
    assert caught.value.code == "ambiguous_date_order" and caught.value.details["column"] == "Date"


# --- survey years --------------------------------------------------------------------------------------------


def test_child_risk_years_are_bounded_by_the_survey(tmp_path):
    for year in (1900, 2013, 2030):
        with pytest.raises(InputError) as caught:
            predict(SHARED, "district", year=year)
        assert caught.value.code == "year_out_of_range" and "2014" in caught.value.message
    done = subprocess.run(
        [sys.executable, "-m", "core", "predict", "child-risk", "--data", str(SHARED), "--year", "1900"]
        + ["--out", str(tmp_path / "x.csv")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 2 and "year_out_of_range" in done.stderr + done.stdout
    assert not (tmp_path / "x.csv").exists()
