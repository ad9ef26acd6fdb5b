"""A comparison tells the plan's own effect from that of the assumptions (issue 20, acceptance 3): every
scenario with a plan is also run without it (same growth, climate, horizon and departments), on the shared
data, in Ayacucho ("05") to keep it short."""

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from threadpoolctl import threadpool_limits

from core import jobs
from core.jobs.scenarios import ScenarioCompareRequest, ScenarioRunRequest
from core.scenarios import KPI_UNITS, ScenarioStore
from core.scenarios.batch import COMPARISON

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "data"
GROWTH = ROOT / "resources" / "scenarios" / "crecimiento_15.json"
pytestmark = pytest.mark.skipif(not SHARED.is_dir(), reason="the shared data folder is absent")


@pytest.fixture(scope="module")
def compared(tmp_path_factory):
    """``crecimiento 15 %`` with a (smaller) plan and its growth-only copy, compared with the baseline by the
    command line's job; their files in ``out``."""
    out = tmp_path_factory.mktemp("plan_effect")
    data = json.loads(GROWTH.read_text(encoding="utf-8"))
    data["departments"] = ["05"]
    data["plan"] = {"new_sites": [{"optimise": {"k": 10}}], "fix_treatment": {"top": 30}}
    planned = out / "con_plan.json"
    planned.write_text(json.dumps(data), encoding="utf-8")
    growth_only = out / "solo_crecimiento.json"
    growth_only.write_text(json.dumps({**data, "name": "solo crecimiento", "plan": {}}), encoding="utf-8")
    request = ScenarioRunRequest(SHARED, out / "s.gpkg", (growth_only, planned), baseline=True, csv_dir=out)
    with threadpool_limits(1):
        result = jobs.run("scenariorun", request)
    return result, out, data["name"]


def test_a_growth_only_scenario_has_no_plan_effect(compared):
    result, out, _ = compared
    table = result.table("comparison_kpi").set_index("kpi")
    total = table["solo crecimiento_diff"]
    assert list(table.index) == list(KPI_UNITS)
    defined = total.notna()  # budget, budget_left: NaN without a budget
    assert defined.sum() >= len(KPI_UNITS) - 2
    assert (table.loc[defined, "solo crecimiento_plan"] == 0.0).all()
    assert table["solo crecimiento_assumptions"][defined].tolist() == total[defined].tolist()
    assert total["population"] > 0 and total["unserved"] > 0  # growth changed something: the split is not trivial
    written = pd.read_csv(out / COMPARISON[0]).set_index("kpi")
    assert written.loc["served", "solo crecimiento_plan"] == 0.0
    assert written.loc["served", "solo crecimiento_assumptions"] == pytest.approx(total["served"])


def test_a_plan_shows_its_own_effect_apart_from_growth(compared):
    result, out, name = compared
    table = result.table("comparison_kpi").set_index("kpi")
    assert table.loc["served", f"{name}_plan"] > 0 and table.loc["unserved", f"{name}_plan"] < 0
    assert table.loc["new_systems", f"{name}_plan"] == 10 and table.loc["treatment_fixes", f"{name}_plan"] == 30
    # the same assumptions as the growth-only scenario: its assumptions effect is that scenario's total change
    defined = table["solo crecimiento_diff"].notna()
    assert table.loc[defined, f"{name}_assumptions"].to_numpy() == pytest.approx(
        table.loc[defined, "solo crecimiento_diff"].to_numpy()
    )
    total = table[f"{name}_diff"][defined].to_numpy()
    parts = (table[f"{name}_assumptions"] + table[f"{name}_plan"])[defined].to_numpy()
    assert np.allclose(parts, total, rtol=1e-9, atol=1e-6)
    # the counterpart is not a scenario of the store
    assert sorted(ScenarioStore(out / "s.gpkg").list()["name"]) == sorted(["baseline", "solo crecimiento", name])


def test_a_comparison_read_from_the_store_splits_the_same_way(compared, tmp_path):
    result, out, name = compared
    listed = ScenarioStore(out / "s.gpkg").list().set_index("name")["id"]
    request = ScenarioCompareRequest(out / "s.gpkg", listed["baseline"], (listed[name], listed["solo crecimiento"]))
    again = jobs.run("scenariocompare", request)
    assert again.summary["unsplit"] == []
    first, second = result.table("comparison_kpi").set_index("kpi"), again.table("comparison_kpi").set_index("kpi")
    for column in (f"{name}_assumptions", f"{name}_plan", "solo crecimiento_plan"):
        assert second[column].fillna(-1).tolist() == pytest.approx(first[column].fillna(-1).tolist())
