"""Survey mode downstream (issue 18, acceptance 4): scenarios and the rehabilitation ranking computed with the
office's survey differ from those without it exactly where the survey says so, and their outputs say which
systems are observed and which estimated. Real data: 30 systems of Ayacucho surveyed with the state opposite
to the model's class."""

from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from threadpoolctl import threadpool_limits

from core import jobs
from core.jobs.planning import RehabRequest
from core.models.water_risk.downstream import planning_classes
from core.models.water_risk.prediction import NO_EVIDENCE
from core.scenarios import Scenario, run_scenario
from core.scenarios.inputs import load_inputs

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "data"
pytestmark = pytest.mark.skipif(not SHARED.is_dir(), reason="the shared data folder is absent")
ISSUE_18_OPEN = pytest.mark.xfail(
    strict=True,
    reason="issue 18 open: survey mode downstream is not settled (estimates move by up to 1e-4 outside the "
    "surveyed area; planning classes at the thresholds; the proxy ranking of some surveyed systems)",
)

AYACUCHO = "05"
SURVEYED = 30


@pytest.fixture(scope="module")
def base():
    with threadpool_limits(1):
        return load_inputs(SHARED)


@pytest.fixture(scope="module")
def survey(base, tmp_path_factory):
    """30 systems of Ayacucho, each surveyed in the state opposite to its class (``alto`` → working)."""
    systems = base.systems[base.systems["ubigeo"].str[:2].eq(AYACUCHO)].head(SURVEYED)
    path = tmp_path_factory.mktemp("survey") / "encuesta.csv"
    works = np.where(systems["risk_class"].eq("alto"), "SI", "NO")
    frame = pd.DataFrame({"ID": systems["system_id"], "trat_funciona": works, "fecha_encuesta": "2024-05-01"})
    frame.to_csv(path, sep=";", index=False, encoding="cp1252")
    return path, dict(zip(frame["ID"].astype(str), works == "NO", strict=True))


@pytest.fixture(scope="module")
def observed(base, survey):
    with threadpool_limits(1):
        return load_inputs(SHARED, survey=survey[0])


@pytest.fixture(scope="module")
def predicted(survey):
    """The water-risk model's systems with the survey (for each system's ``evidence``)."""
    from core.models.water_risk import predict

    with threadpool_limits(1):
        return predict(SHARED, survey=survey[0])[0]


@ISSUE_18_OPEN
def test_without_survey_the_planning_classes_are_the_models(base):
    from core.models.water_risk import predict

    frame, _, card = predict(SHARED)
    classes = planning_classes(frame, card)
    thresholds = card["risk_classes"]["thresholds"]
    expected = np.select(
        [frame["risk"] >= thresholds["alto"], frame["risk"] >= thresholds["medio"]], ["alto", "medio"], "bajo"
    )
    assert (classes == expected).all() and set(classes) == {"bajo", "medio", "alto"}
    assert base.systems["status"].eq("estimated").all()
    assert base.systems["risk_class"].value_counts().get("alto", 0) > 1000
    with_survey, _, _ = predict(SHARED, survey=pd.DataFrame({"ID": ["none"], "trat_funciona": ["SI"]}))
    assert with_survey["risk_class"].eq(NO_EVIDENCE).all()  # survey mode: the map says the model cannot tell
    kept = np.select([with_survey["risk"] >= thresholds["alto"], with_survey["risk"] >= thresholds["medio"]],
                     ["alto", "medio"], "bajo")  # fmt: skip
    assert (planning_classes(with_survey, card) == kept).all()  # planning classes the national estimate


@ISSUE_18_OPEN
def test_scenario_inputs_take_the_observed_state_exactly_where_surveyed(base, observed, survey, predicted):
    _, failing = survey
    ids = observed.systems["system_id"].astype(str)
    surveyed = ids.isin(failing).to_numpy()
    assert observed.systems["status"].eq("observed").to_numpy().tolist() == surveyed.tolist()
    expected = ids[surveyed].map(failing).astype(float).to_numpy()
    assert (observed.systems["risk"].to_numpy()[surveyed] == expected).all()
    assert (observed.systems["risk_class"].to_numpy()[surveyed] == np.where(expected == 1.0, "alto", "bajo")).all()
    # unchanged: the national model's estimate (survey mode recomputes it, equal to the 4th decimal it is
    # rounded to)
    changed = ~np.isclose(observed.systems["risk"], base.systems["risk"], rtol=0, atol=1.5e-4)
    assert changed[surveyed].all()  # every surveyed system was put in the state opposite to its class
    outside = ~base.systems["ubigeo"].str[:2].eq(AYACUCHO).to_numpy()
    assert not changed[outside].any()  # no observation near them: the estimate is the model's
    evidence = ids.map(predicted.set_index(predicted["ID"].astype(str))["evidence"]).to_numpy()
    untouched = evidence == 0
    assert not changed[untouched].any() and untouched[outside].mean() > 0.99
    same = observed.systems["risk_class"].to_numpy() == base.systems["risk_class"].to_numpy()
    assert same[untouched].all()  # without evidence the class is the model's, as before
    assert base.systems["status"].eq("estimated").all()  # the inputs without the survey are untouched


def test_scenario_runs_with_a_survey_differ_where_surveyed_and_say_which(base, observed, survey):
    scenario = Scenario.from_dict({"name": "encuesta", "departments": [AYACUCHO]})
    with threadpool_limits(1):
        before = run_scenario(scenario, SHARED, inputs=base, geometry=False)
        after = run_scenario(scenario, SHARED, inputs=observed, geometry=False)
    assert "status" in after.systems and "status" not in before.systems  # a column of survey mode only
    status = after.systems.set_index(after.systems["system_id"].astype(str))["status"]
    assert set(status[status.eq("observed")].index) == set(survey[1])
    assert after.kpis["high_risk_served"] != before.kpis["high_risk_served"]
    for kpi in ("population", "served", "unserved", "demand_m3_day", "cost"):
        assert after.kpis[kpi] == before.kpis[kpi]  # the survey says nothing about who is served


def test_the_scenario_job_passes_the_survey(tmp_path, observed, survey, monkeypatch):
    from core.jobs.scenarios import ScenarioRunRequest
    from core.scenarios import run as run_module

    seen = {}
    real = run_module.run_scenario

    def spy(scenario, data_dir, progress=None, is_cancelled=None, **kwargs):
        seen.update(kwargs)
        return real(scenario, data_dir, progress, is_cancelled, geometry=False, **kwargs)

    monkeypatch.setattr(run_module, "run_scenario", spy)
    scenario = Scenario.from_dict({"name": "encuesta", "departments": [AYACUCHO]})
    request = ScenarioRunRequest(SHARED, tmp_path / "escenarios.gpkg", (scenario,), survey=survey[0])
    with threadpool_limits(1):
        result = jobs.run("scenariorun", request)
    assert seen["survey"] == survey[0]
    stored = result.summary["scenarios"][0]
    assert stored["kpis"]["high_risk_served"] >= 0


@ISSUE_18_OPEN
@pytest.mark.parametrize("risk", ["model", "proxy"])
def test_rehabilitation_with_a_survey_changes_risk_where_surveyed(survey, predicted, risk):
    path, failing = survey
    with threadpool_limits(1):
        before = jobs.run("rehab", RehabRequest(SHARED, departments=(AYACUCHO,), risk=risk)).table("rehab")
        after = jobs.run("rehab", RehabRequest(SHARED, departments=(AYACUCHO,), risk=risk, survey=path))
    table = after.table("rehab")
    assert after.summary["observed"] == SURVEYED and "status" not in before  # a column of survey mode only
    old = before.set_index(before["ID"].astype(str))
    new = table.set_index(table["ID"].astype(str))
    surveyed = new.index.isin(list(failing))
    assert new["status"].eq("observed").to_numpy().tolist() == surveyed.tolist()
    assert (new.loc[surveyed, "risk"] == new.index[surveyed].map(failing).astype(float)).all()
    changed = ~np.isclose(new["risk"], old.loc[new.index, "risk"])
    assert changed[surveyed].all()
    if risk == "proxy":  # the proxy has no neighbourhood: only the surveyed systems change
        assert not changed[~surveyed].any()
    else:  # the model's estimate moves only near the observations (same district or within NEAR_KM)
        evidence = predicted.set_index(predicted["ID"].astype(str))["evidence"]
        assert (evidence.reindex(new.index[changed & ~surveyed]) > 0).all()
    assert list(table.columns[table.columns.get_loc("risk_known") + 1 :][:1]) == ["status"]
