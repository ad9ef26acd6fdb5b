"""The water-demand Processing algorithms, headless: forecast and anomalies on the BWDF benchmark, and the
supply schedule on a case checked by hand; bad inputs fail with messages that name the file and column."""

import pandas as pd
import pytest
from qgis.core import QgsProcessingException

from aguaperu.core.models.demand.series import bwdf_files


@pytest.fixture(scope="module")
def bwdf():
    return bwdf_files()


def test_forecast_writes_one_row_per_hour_and_one_column_per_area(plugin, qgis_processing, bwdf, tmp_path):
    import processing

    inflow, weather = bwdf
    result = processing.run(
        "aguaperu:demandforecast",
        {
            "INFLOW": str(inflow),
            "WEATHER": str(weather),
            "ORIGIN": "2022-09-05 00:00",
            "HORIZON": 48,
            "HOLIDAYS": "IT",
            "OUTPUT": str(tmp_path / "f.csv"),
            "INTERVALS": str(tmp_path / "i.csv"),
        },
    )
    wide = pd.read_csv(result["OUTPUT"], index_col=0, parse_dates=[0])
    assert result["AREAS"] == wide.shape[1] == 10 and result["HOURS"] == len(wide) == 48
    assert wide.index[0] == pd.Timestamp("2022-09-05 00:00")
    observed = pd.read_excel(inflow, index_col=0).iloc[:, :10]  # the BWDF workbook: timestamp, DMA A..J
    assert (wide.to_numpy() > 0).all() and wide.to_numpy().max() < 3 * observed.max().max()
    long = pd.read_csv(result["INTERVALS"])
    assert len(long) == 48 * 10
    assert (long["lower_95"] <= long["lower_80"]).all() and (long["lower_80"] <= long["forecast"]).all()
    assert (long["forecast"] <= long["upper_80"]).all() and (long["upper_80"] <= long["upper_95"]).all()


def test_forecast_refuses_a_bad_origin(plugin, qgis_processing, bwdf, tmp_path):
    import processing

    with pytest.raises(QgsProcessingException, match="not a date"):
        processing.run(
            "aguaperu:demandforecast",
            {"INFLOW": str(bwdf[0]), "ORIGIN": "next monday", "OUTPUT": str(tmp_path / "f.csv")},
        )
    assert not (tmp_path / "f.csv").exists()


def test_anomalies_lists_periods_with_area_start_end_and_score(plugin, qgis_processing, bwdf, tmp_path):
    import processing

    result = processing.run("aguaperu:demandanomalies", {"INFLOW": str(bwdf[0]), "OUTPUT": str(tmp_path / "a.csv")})
    periods = pd.read_csv(result["OUTPUT"], parse_dates=["start", "end"])
    assert list(periods.columns[:4]) == ["area", "start", "end", "score"]
    assert len(periods) == result["PERIODS"] > 0
    assert (periods["end"] > periods["start"]).all() and (periods["score"] > 0).all()


def test_schedule_meets_demand_when_capacity_suffices(plugin, qgis_processing, tmp_path):
    """Two areas, 3 hours; the cheap source feeds only A (capacity 5 L/s), the dear one both (10 L/s).
    Demand A 4, 6, 4 and B 3, 3, 3 (L/s), no tanks: A takes 4, 5, 4 from the cheap source and the rest comes
    from the dear one; nothing is unmet."""
    import processing

    demand = pd.DataFrame(
        {"A": [4.0, 6.0, 4.0], "B": [3.0, 3.0, 3.0]},
        index=pd.date_range("2024-01-01 00:00", periods=3, freq="h", name="timestamp"),
    )
    demand.to_csv(tmp_path / "demand.csv", date_format="%Y-%m-%d %H:%M")
    (tmp_path / "sources.csv").write_text(
        "name,capacity_lps,cost_per_m3,areas\nbarata,5,0.1,A\ncara,10,0.5,\n", encoding="utf-8"
    )
    result = processing.run(
        "aguaperu:demandschedule",
        {
            "DEMAND": str(tmp_path / "demand.csv"),
            "SOURCES": str(tmp_path / "sources.csv"),
            "OUTPUT": str(tmp_path / "schedule.csv"),
        },
    )
    assert result["UNMET_M3"] == pytest.approx(0.0, abs=1e-6)
    flows = pd.read_csv(result["OUTPUT"])
    cheap = flows[flows["source"] == "barata"].groupby("timestamp")["flow_lps"].sum().to_numpy()
    assert cheap == pytest.approx([4.0, 5.0, 4.0], abs=1e-6)
    per_area = flows.groupby("area")["flow_lps"].sum()
    assert per_area["A"] == pytest.approx(14.0) and per_area["B"] == pytest.approx(9.0)
    # cost: cheap 13 L/s·h, dear 1 + 9 = 10 L/s·h, at 3.6 m3 per L/s·h
    assert result["COST"] == pytest.approx(3.6 * (13 * 0.1 + 10 * 0.5))


def test_schedule_names_the_missing_column(plugin, qgis_processing, tmp_path):
    import processing

    pd.DataFrame({"A": [1.0]}, index=pd.date_range("2024-01-01", periods=1, freq="h")).to_csv(tmp_path / "d.csv")
    (tmp_path / "s.csv").write_text("name,capacity\nrio,5\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="capacity_lps"):
        processing.run(
            "aguaperu:demandschedule",
            {"DEMAND": str(tmp_path / "d.csv"), "SOURCES": str(tmp_path / "s.csv"), "OUTPUT": str(tmp_path / "o.csv")},
        )
    assert not (tmp_path / "o.csv").exists()
