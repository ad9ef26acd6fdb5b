"""Leak detection from the minimum night flow: synthetic steps and the BWDF series with injected leaks."""

import numpy as np
import pandas as pd
import pytest

from core.models.demand.anomalies import detect, inject_leak, leak_benchmark, night_flow
from core.models.demand.series import load_bwdf


def daily_pattern(days: int = 90, seed: int = 0) -> pd.Series:
    index = pd.date_range("2024-01-01", periods=days * 24, freq="h")
    rng = np.random.default_rng(seed)
    shape = 10 + 6 * np.sin(np.pi * ((index.hour - 6) % 24) / 24) ** 2
    return pd.Series(shape + rng.normal(0, 0.3, len(index)), index=index)


def test_night_flow_is_the_mean_of_the_night_hours():
    flows = daily_pattern(3)
    expected = flows[flows.index.hour.isin([2, 3, 4])].groupby(flows.index[flows.index.hour.isin([2, 3, 4])].date)
    assert night_flow(flows).to_numpy() == pytest.approx(expected.mean().to_numpy())


def test_a_step_at_night_is_found_after_it_starts_and_nothing_without_it():
    flows = daily_pattern()
    clean = detect(flows.to_frame("a"))
    assert len(clean) <= 1 and (clean["excess_flow"] < 0.5).all()  # noise: at most a small false alarm
    start = pd.Timestamp("2024-02-20 13:00")
    periods = detect(inject_leak(flows, start, 1.0).to_frame("a"))  # 10 % of the mean flow
    leaks = periods[periods["excess_flow"] > 0.5]
    assert len(leaks) == 1
    found = leaks.iloc[0]
    assert start <= found["start"] <= start + pd.Timedelta(days=3)
    assert found["excess_flow"] == pytest.approx(1.0, abs=0.3)
    assert found["end"] > found["start"] and found["score"] > 3


@pytest.mark.filterwarnings("ignore::RuntimeWarning")
def test_injected_bwdf_leaks_of_ten_percent_are_detected():
    inflow, _ = load_bwdf()
    result = leak_benchmark(inflow, share=0.10, leaks_per_area=5, seed=11)
    assert result["leaks"] == 50
    assert result["detection_rate"] >= 0.8
    assert result["false_alarms_per_area_month"] <= 2
    assert 0 <= result["median_delay_hours"] <= 72
