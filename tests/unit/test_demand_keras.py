"""The Keras demand models: the LSTM forecaster and the autoencoder leak detector, on small synthetic series."""

import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from core.errors import InputError
from core.models.demand.anomalies import detect as night_flow_detect
from core.models.demand.anomalies import inject_leak

ROOT = Path(__file__).resolve().parents[2]
SMALL_LSTM = {
    "max_history_weeks": 6,
    "input_days": 7,
    "units": 8,
    "context_units": 8,
    "hidden": 16,
    "epochs": 3,
    "validation_weeks": 1,
    "profile_days": 4,
}
SMALL_AUTOENCODER = {"min_train_days": 60, "refit_days": 30, "epochs": 15}


def hourly_flows(days: int, areas: dict[str, float], seed: int = 0) -> pd.DataFrame:
    """A daily pattern (low at night, peaks morning and evening) with a weekly rhythm and noise, per area."""
    index = pd.date_range("2024-01-01", periods=days * 24, freq="h")
    rng = np.random.default_rng(seed)
    hour = index.hour.to_numpy()
    shape = 0.5 + 0.6 * np.exp(-(((hour - 8) / 2.5) ** 2)) + 0.5 * np.exp(-(((hour - 20) / 3) ** 2))
    weekend = np.where(index.dayofweek >= 5, 0.9, 1.0)
    columns = {name: mean * shape * weekend * (1 + rng.normal(0, 0.03, len(index))) for name, mean in areas.items()}
    return pd.DataFrame(columns, index=index)


def run_python(code: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)


def test_importing_the_keras_modules_does_not_import_tensorflow():
    code = (
        "import sys; import core.models.demand.lstm, core.models.demand.autoencoder, core.models.demand.keras_eval; "
        "heavy = [m for m in ('tensorflow', 'keras') if m in sys.modules]; print(heavy); sys.exit(bool(heavy))"
    )
    done = run_python(code)
    assert done.returncode == 0, done.stdout + done.stderr


def test_without_tensorflow_the_error_says_what_to_install():
    code = (
        "import sys; sys.modules['tensorflow'] = None; sys.modules['keras'] = None\n"
        "from core.models.demand.keras_setup import import_keras\n"
        "from core.errors import InputError\n"
        "try:\n    import_keras()\nexcept InputError as error:\n    print(error.code, error.details['fix'])\n"
    )
    done = run_python(code)
    assert "missing_tensorflow pip install tensorflow-cpu==2.17.1" in done.stdout, done.stderr


def test_the_lstm_uses_only_the_hours_before_the_origin_and_forecasts_every_area_and_hour():
    pytest.importorskip("tensorflow")
    from core.models.demand.lstm import LstmConfig, lstm_forecast

    inflow = hourly_flows(70, {"a": 10.0, "b": 40.0, "c": 5.0})
    origin = pd.Timestamp("2024-03-04")  # a Monday, nine weeks in
    config = LstmConfig(**SMALL_LSTM)
    table = lstm_forecast(inflow, None, origin, 168, config=config)
    changed = inflow.copy()
    changed.loc[origin:] *= 3.0
    changed.loc[origin + pd.Timedelta(days=2) :] = np.nan
    again = lstm_forecast(changed, None, origin, 168, config=config)
    assert list(table.columns) == ["timestamp", "area", "forecast"]
    assert len(table) == 168 * 3 and set(table["area"]) == {"a", "b", "c"}
    assert table["timestamp"].min() == origin and table["timestamp"].nunique() == 168
    assert np.isfinite(table["forecast"]).all() and (table["forecast"] >= 0).all()
    assert again["forecast"].to_numpy() == pytest.approx(table["forecast"].to_numpy())
    wide = table.pivot(index="timestamp", columns="area", values="forecast")
    actual = inflow.loc[wide.index, wide.columns]
    # within 15 % of each area's mean flow on average: a forecast that learned the daily pattern
    assert ((wide - actual).abs().mean() / actual.mean() < 0.15).all()


def test_the_lstm_refuses_a_short_history():
    from core.models.demand.lstm import lstm_forecast

    with pytest.raises(InputError, match="weeks of hourly flows"):
        lstm_forecast(hourly_flows(20, {"a": 10.0}), None, "2024-01-15")


def test_the_autoencoder_flags_a_large_leak_in_the_detector_table_format():
    pytest.importorskip("tensorflow")
    from core.models.demand.autoencoder import AutoencoderConfig, detect, find_anomalies

    flows = hourly_flows(150, {"a": 10.0, "b": 20.0, "c": 8.0}, seed=1)
    start = pd.Timestamp("2024-04-20 14:00")
    flows["b"] = inject_leak(flows["b"], start, 6.0)  # 30 % of the mean flow
    config = AutoencoderConfig(**SMALL_AUTOENCODER)
    periods = detect(flows, config)
    assert list(periods.columns) == list(night_flow_detect(flows).columns)
    found = periods[(periods["area"] == "b") & (periods["start"] >= start)]
    assert len(found) >= 1
    assert found["start"].iloc[0] <= start + pd.Timedelta(days=5)
    assert found["excess_flow"].iloc[0] > 3 and (periods["detector"] == "autoencoder").all()
    assert periods["excess_flow"].idxmax() == found.index[0]  # the leak stands out from any false alarm
    either = find_anomalies(flows, "either", autoencoder=config)
    assert set(either["detector"]) <= {"night_flow", "autoencoder"} and len(either) >= len(periods)


def test_an_unknown_detection_method_is_refused():
    from core.models.demand.autoencoder import find_anomalies

    with pytest.raises(InputError, match="Unknown method"):
        find_anomalies(hourly_flows(30, {"a": 1.0}), "magic")
