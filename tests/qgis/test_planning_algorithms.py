"""The siting and rehabilitation Processing algorithms on real data (one department, to keep the test short)."""

from pathlib import Path

import pandas as pd
import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data"


def test_siting_chooses_k_sites_exactly_and_writes_points(plugin, qgis_processing, tmp_path):
    import processing

    target = tmp_path / "sitios.gpkg"
    result = processing.run(
        "aguaperu:siting",
        {"DATA_FOLDER": str(SHARED), "DEPARTMENTS": "05", "K": 12, "ACCESS_KM": 1.0, "OUTPUT": str(target)},
    )
    assert result["SITES"] == 12 and result["METHOD"] == "milp" and result["GAP"] == pytest.approx(0, abs=1e-6)
    assert 0 < result["COVERED_SHARE"] < 1
    layer = QgsVectorLayer(f"{target}|layername=sites", "s", "ogr")
    assert layer.isValid() and layer.featureCount() == 12
    ubigeos = {str(f["ubigeo"]) for f in layer.getFeatures()}
    assert all(code.startswith("05") for code in ubigeos)
    # build order: each site adds less than the one before
    needs = [f["marginal_need"] for f in sorted(layer.getFeatures(), key=lambda f: f["order"])]
    assert needs == sorted(needs, reverse=True)


def test_siting_needs_a_number_of_sites_or_a_budget(plugin, qgis_processing, tmp_path):
    import processing

    with pytest.raises(QgsProcessingException):
        processing.run(
            "aguaperu:siting",
            {"DATA_FOLDER": str(SHARED), "DEPARTMENTS": "05", "K": 0, "OUTPUT": str(tmp_path / "x.csv")},
        )
    assert not (tmp_path / "x.csv").exists()


def test_rehab_ranks_every_system_of_the_department(plugin, qgis_processing, tmp_path):
    import processing

    target = tmp_path / "rehab.csv"
    result = processing.run(
        "aguaperu:rehab", {"DATA_FOLDER": str(SHARED), "DEPARTMENTS": "17", "RISK": 1, "OUTPUT": str(target)}
    )
    table = pd.read_csv(target, dtype={"ubigeo": str})
    systems = pd.read_csv(SHARED / "water" / "siasar_peru_systems.csv", dtype={"ubigeo": str})
    expected = systems["ubigeo"].astype(str).str.zfill(6).str[:2].eq("17").sum()
    assert result["SYSTEMS"] == len(table) == expected > 0
    assert table["rank"].tolist() == list(range(1, len(table) + 1))
    assert table["score"].is_monotonic_decreasing
    for column in ("population_within", "crucialness", "risk", "need"):
        assert column in table.columns


def test_scenariorun_runs_a_scenario_file_and_the_baseline(plugin, qgis_processing, tmp_path):
    import json

    import processing

    scenario = tmp_path / "ayacucho.json"
    scenario.write_text(
        json.dumps(
            {
                "name": "Ayacucho 2030",
                "horizon_year": 2030,
                "growth": {"annual_pct": 1.0},
                "plan": {"new_sites": [{"optimise": {"k": 5}}]},
                "departments": ["05"],
            }
        ),
        encoding="utf-8",
    )
    result = processing.run(
        "aguaperu:scenariorun",
        {"SCENARIO": str(scenario), "DATA_FOLDER": str(SHARED), "BASELINE": True, "OUTPUT": str(tmp_path / "out")},
    )
    kpis = pd.read_csv(tmp_path / "out" / "comparison_kpi.csv")
    assert {"baseline", "Ayacucho 2030", "Ayacucho 2030_diff"} <= set(kpis.columns)
    new = kpis.loc[kpis["kpi"] == "new_systems", "Ayacucho 2030_diff"].iloc[0]
    assert new == 5
    layer = QgsVectorLayer(f"{result['STORE']}|layername=districts_{result['SCENARIO_ID']}", "d", "ogr")
    assert layer.isValid() and layer.featureCount() == 119  # Ayacucho's districts
    assert 0 < result["SERVED_SHARE"] <= 1
