"""Monthly planning forecast: level, season and population growth on synthetic and BWDF flows."""

import numpy as np
import pandas as pd
import pytest

from core.errors import InputError
from core.models.demand.planning import monthly_forecast
from core.models.demand.series import load_bwdf


def test_flat_history_grows_with_the_population():
    index = pd.date_range("2022-01-01", "2023-12-31 23:00", freq="h")
    flows = pd.DataFrame({"a": 10.0, "b": 20.0}, index=index)
    plan = monthly_forecast(flows, months=24, growth_per_year={"a": 0.0, "b": 0.02})
    assert plan.index[0] == pd.Timestamp("2024-01-01") and len(plan) == 24
    assert plan["a"].to_numpy() == pytest.approx(10.0)
    # b: 2 % a year from the middle of 2023 (1 July) to the middle of January 2024: 6.5 months
    assert plan["b"].iloc[0] == pytest.approx(20 * 1.02 ** (6.5 / 12))
    assert plan["b"].iloc[12] / plan["b"].iloc[0] == pytest.approx(1.02)


def test_bwdf_summer_peak_is_kept():
    inflow, _ = load_bwdf()
    plan = monthly_forecast(inflow.loc[:"2022-03-31 23:00"], months=12)
    actual = inflow.loc["2022-04":"2023-03"].resample("MS").mean()
    assert plan.index.equals(actual.index)
    error = (plan - actual).abs().mean().mean() / actual.mean().mean()
    naive = (actual - inflow.loc["2021-04":"2022-03"].resample("MS").mean().to_numpy()).abs().mean().mean()
    assert error < 0.1 and error * actual.mean().mean() < 1.2 * naive
    assert plan["DMA 1 (L/s)"].idxmax().month in (7, 8)


def test_short_history():
    index = pd.date_range("2023-01-01", "2023-06-30 23:00", freq="h")
    with pytest.raises(InputError, match="12 complete months"):
        monthly_forecast(pd.DataFrame({"a": np.ones(len(index))}, index=index))


def test_growth_by_area_compares_the_forecast_with_the_last_week():
    from core.models.demand.summary import area_key, growth_by_area
    from core.spatial.classify import symmetric_breaks

    hours = pd.date_range("2024-01-01", periods=24 * 14, freq="h")
    history = pd.DataFrame({"DMA 1 (L/s)": [10.0] * 168 + [20.0] * 168, "DMA 2 (L/s)": 5.0}, index=hours)
    forecast = pd.DataFrame(
        {
            "timestamp": list(hours[:3]) * 2,
            "area": ["DMA 1 (L/s)"] * 3 + ["DMA 2 (L/s)"] * 3,
            "forecast": [22.0, 22.0, 22.0, 4.0, 4.0, 4.0],
        }  # fmt: skip
    )
    growth = growth_by_area(history, forecast).set_index("key")
    assert growth.loc["dma 1", "growth_pct"] == pytest.approx(10.0)  # against 20, the last week, not 15
    assert growth.loc["dma 2", "growth_pct"] == pytest.approx(-20.0)
    assert area_key("  DMA  5 (l/s) ") == "dma 5" and area_key("Sector Norte") == "sector norte"
    low, breaks = symmetric_breaks(growth["growth_pct"])
    assert low == pytest.approx(-20.0) and breaks == pytest.approx([-12.0, -4.0, 4.0, 12.0, 20.0])
