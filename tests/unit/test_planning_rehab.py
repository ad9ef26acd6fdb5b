"""Rehabilitation priority: components on a hand-made layout, ranking on real departments, output files, CLI."""

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from core.__main__ import main
from core.errors import InputError
from core.planning.output import write_table
from core.planning.rehab import COLUMNS, WEIGHTS, proxy_risk, rank_rehabilitation

WITHOUT_SURVEY = [c for c in COLUMNS if c != "status"]  # ``status`` is a column of survey mode (issue 18)

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "data"
KM_EAST = 1 / (111.32 * np.cos(np.radians(13.0)))  # degrees of longitude per km at 13° S


@pytest.fixture
def layout(tmp_path):
    """Systems A and B 0.5 km apart, C alone; centres: one shared by A and B, one A's only, one C's, one far."""
    systems = pd.DataFrame(
        {
            "ID": [1, 2, 3],
            "nombre": ["A", "B", "C"],
            "latitud": [-13.0, -13.0, -13.2],
            "longitud": [-74.0, -74.0 + 0.5 * KM_EAST, -74.2],
            "pob_servida": [120, 80, 30],
            "trat_funciona": ["NO", "SI", None],
            "capt_estado": ["D - CAIDO", "A - BUENO", None],
            "ubigeo": ["050101", "050101", "050101"],
        }
    )
    path = tmp_path / "systems.csv"
    systems.to_csv(path, index=False)
    centres = pd.DataFrame(
        {
            "longitude": [-74.0, -74.0 - 0.8 * KM_EAST, -74.2, -75.0],
            "latitude": [-13.0, -13.0, -13.2, -13.0],
            "population": [100.0, 50.0, 30.0, 1000.0],
        }
    )
    return path, centres


@pytest.mark.shared_data
def test_components_on_a_hand_made_layout(layout):
    path, centres = layout
    table, summary = rank_rehabilitation(SHARED, systems=path, centres=centres, risk="proxy")
    rows = table.set_index("nombre")
    assert rows.loc[["A", "B", "C"], "population_within"].tolist() == [150.0, 100.0, 30.0]
    assert rows.loc[["A", "B", "C"], "population_sole"].tolist() == [50.0, 0.0, 30.0]
    assert rows.loc[["A", "B", "C"], "crucialness"].tolist() == pytest.approx([1 / 3, 0.0, 1.0], abs=1e-4)
    assert rows.loc["A", "nearest_other_km"] == pytest.approx(0.5, abs=0.01)
    assert rows.loc["C", "nearest_other_km"] > 20
    assert rows.loc[["A", "B", "C"], "risk"].tolist() == [1.0, 0.0, 0.5]  # C unknown: mean of the others
    assert rows.loc[["A", "B", "C"], "risk_known"].tolist() == [True, True, False]
    assert rows["need"].to_numpy() == pytest.approx([0.1505] * 3)  # INEI 2018 poverty of 050101: 15.05 %
    expected = (
        WEIGHTS["population"] * rows["population_score"]
        + WEIGHTS["crucialness"] * rows["crucialness"]
        + WEIGHTS["risk"] * rows["risk"]
        + WEIGHTS["need"] * rows["need"]
    )
    assert rows["score"].to_numpy() == pytest.approx(expected.to_numpy(), abs=1e-4)
    assert list(table["nombre"]) == ["A", "C", "B"] and list(table["rank"]) == [1, 2, 3]
    assert summary["weights"] == WEIGHTS and summary["risk_source"] == "proxy"


@pytest.mark.shared_data
def test_weights_and_risk_options(layout):
    path, centres = layout
    table, summary = rank_rehabilitation(SHARED, systems=path, centres=centres, risk="none", weights={"population": 1})
    assert summary["weights"] == {"population": 1.0, "crucialness": 0.0, "risk": 0.0, "need": 0.0}
    assert (table["score"] == table["population_score"]).all()
    with pytest.raises(InputError) as error:
        rank_rehabilitation(SHARED, systems=path, centres=centres, weights={"beauty": 1})
    assert error.value.code == "bad_weight"
    with pytest.raises(InputError):
        rank_rehabilitation(SHARED, systems=path, centres=centres, risk="guess")
    with pytest.raises(InputError):
        rank_rehabilitation(SHARED, systems=path, centres=centres, access_km=0)


def test_proxy_risk_counts_bad_states_among_recorded_items():
    systems = pd.DataFrame(
        {
            "treatment_works": ["NO", "SI", None, None],
            "catchment_condition": ["A - BUENO", "C - MALO", None, "B - REGULAR"],
            "storage_condition": [None, "D - CAIDO", None, None],
        }
    )
    risk, known = proxy_risk(systems)
    assert risk[:2] == pytest.approx([0.5, 2 / 3]) and np.isnan(risk[2]) and risk[3] == 0.0
    assert known.tolist() == [True, True, False, True]


@pytest.mark.shared_data
def test_ranking_a_department_with_the_risk_model():
    table, summary = rank_rehabilitation(SHARED, departments=["17"])  # Madre de Dios: 50 SIASAR systems
    assert list(table.columns) == WITHOUT_SURVEY
    assert len(table) == summary["systems"] == 50 and table["ubigeo"].str.startswith("17").all()
    assert list(table["rank"]) == list(range(1, 51))
    assert (np.diff(table["score"].to_numpy()) <= 0).all()
    assert table["risk_known"].all() and table["risk"].between(0, 1).all() and table["risk"].nunique() > 10
    for column in ("population_score", "crucialness", "need", "score"):
        assert table[column].between(0, 1).all(), column
    assert (table["population_sole"] <= table["population_within"] + 1e-6).all()


@pytest.mark.shared_data
def test_cli_plan_rehab_writes_a_ranked_csv(tmp_path, capsys):
    target = tmp_path / "out" / "rehab.csv"
    code = main(["plan", "rehab", "--data", str(SHARED), "--department", "05", "--risk", "proxy", "--out", str(target)])
    assert code == 0
    written = pd.read_csv(target, dtype={"ubigeo": str})
    assert list(written.columns) == WITHOUT_SURVEY and written["rank"].tolist() == list(range(1, len(written) + 1))
    assert "systems ranked" in capsys.readouterr().out
    assert not [p for p in target.parent.iterdir() if p.name.startswith(".aguaperu-")]


def test_write_table_is_atomic_and_checks_the_suffix(tmp_path):
    frame = pd.DataFrame({"a": [1, 2], "longitude": [-74.0, -75.0], "latitude": [-13.0, -12.0]})
    write_table(frame, tmp_path / "t.csv")
    assert pd.read_csv(tmp_path / "t.csv")["a"].tolist() == [1, 2]
    write_table(frame, tmp_path / "t.gpkg", layer="x")
    import geopandas as gpd

    assert len(gpd.read_file(tmp_path / "t.gpkg", layer="x")) == 2
    with pytest.raises(InputError) as error:
        write_table(frame, tmp_path / "t.xlsx")
    assert error.value.code == "bad_output"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["t.csv", "t.gpkg"]
