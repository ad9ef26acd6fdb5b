"""Survey mode of the water-risk model (issue 18): readers, measurements turning systems observed, districts."""

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from core.errors import InputError
from core.models.water_risk import predict
from core.models.water_risk.survey import measurement_history, read_measurements, read_survey

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"
SIASAR = DATA / "water" / "siasar_peru_systems.csv"
pytestmark = pytest.mark.skipif(not SIASAR.is_file(), reason="shared data not available")


@pytest.fixture(scope="module")
def baseline():
    return predict(DATA)


def test_survey_reads_siasar_and_variants(tmp_path):
    survey = read_survey(SIASAR)
    assert {"ID", "works", "observed_on", "source"} <= set(survey.columns)
    assert survey["source"].eq("survey").all() and survey["works"].dtype == bool
    path = tmp_path / "s.csv"
    path.write_bytes("ID;trat_funciona;fecha_encuesta\n1;Sí;2024-01-02\n2;NO;\n3;0;\n4;;\n".encode("cp1252"))
    small = read_survey(path)
    assert small.set_index("ID")["works"].to_dict() == {"1": True, "2": False, "3": False}
    path.write_text("ID,trat_funciona\n1,quizás\n", encoding="utf-8")
    with pytest.raises(InputError) as error:
        read_survey(path)
    assert error.value.code == "survey_bad_state" and error.value.details["column"] == "trat_funciona"


def test_without_survey_the_outputs_are_those_of_the_national_model(baseline):
    """No survey and no measurements: survey mode stays out of the way (the same columns and classes as the
    national model alone; the honest no-evidence classes come with the survey-mode release)."""
    systems, districts, card = baseline
    assert list(systems.columns[:4]) == ["ID", "ubigeo", "risk", "risk_class"]
    assert "status" not in systems and "systems_observed" not in districts
    assert set(systems["risk_class"]) <= {"bajo", "medio", "alto"}


def test_a_survey_of_no_known_system_marks_every_system_estimated_without_evidence(baseline):
    systems = baseline[0]
    surveyed, districts, _ = predict(DATA, survey=pd.DataFrame({"ID": ["no-such-system"], "trat_funciona": ["SI"]}))
    assert list(surveyed.columns[:11]) == [
        "ID", "ubigeo", "risk", "risk_class", "status", "evidence", "source", "observed_on",
        "evidence_district", "evidence_near_km", "risk_untreated",
    ]  # fmt: skip
    assert surveyed["status"].eq("estimated").all() and surveyed["evidence"].eq(0).all()
    assert surveyed["risk_class"].eq("sin_evidencia").all()  # the bundled model is near chance
    assert surveyed[["department_rate_lo", "department_rate_hi"]].notna().all().all()
    assert districts["systems_observed"].eq(0).all()
    assert np.allclose(surveyed["risk"], systems["risk"])


def test_chlorine_measurements_turn_systems_observed(baseline, tmp_path):
    systems = baseline[0]
    picked = systems.iloc[[10, 20, 30]]
    near = systems.iloc[40]
    rows = [
        # system 10: low chlorine in January, good in March: the latest wins (working)
        (picked.ID.iloc[0], "15/01/2024", "Cloro residual libre", "0,2", "mg/L", "", ""),
        (picked.ID.iloc[0], "15/03/2024", "Cloro residual libre", "0,8", "mg/L", "", ""),
        # system 20: good in January, low in March (not working)
        (picked.ID.iloc[1], "15/01/2024", "Cloro residual libre", "1,0", "mg/L", "", ""),
        (picked.ID.iloc[1], "15/03/2024", "Cloro residual libre", "0,1", "mg/L", "", ""),
        # system 30: chlorine fine but E. coli found on the same day (not working)
        (picked.ID.iloc[2], "10/02/2024", "Cloro residual libre", "0,6", "mg/L", "", ""),
        (picked.ID.iloc[2], "10/02/2024", "Escherichia coli", "3", "UFC/100 mL", "", ""),
        # an unnamed point 50 m from system 40: matched by distance
        ("P-01", "01/02/2024", "Cloro residual", "<0,1", "mg/L", f"{near.longitude + 0.0004:.6f}", f"{near.latitude:.6f}"),  # noqa: E501
    ]  # fmt: skip
    table = pd.DataFrame(
        rows, columns=["Nombre del punto", "Fecha", "Parámetro", "Valor", "Unidad de medida", "lon", "lat"]
    )
    path = tmp_path / "oefa.csv"
    table.to_csv(path, index=False, encoding="utf-8")
    measured = read_measurements(path, systems).set_index("ID")
    assert measured.loc[str(picked.ID.iloc[0]), "works"]
    assert not measured.loc[str(picked.ID.iloc[1]), "works"]
    assert not measured.loc[str(picked.ID.iloc[2]), "works"]
    assert measured.loc[str(near.ID), "match"] == "distance" and measured.loc[str(near.ID), "distance_m"] < 150
    history = measurement_history(path, systems)
    assert history.loc[history.parameter.eq("chlorine"), "limit_low"].eq(0.5).all()

    after, districts, _ = predict(DATA, measurements=path)
    observed = after[after.status.eq("observed")].set_index("ID")
    assert set(observed.index.astype(str)) == {str(i) for i in [*picked.ID, near.ID]}
    assert observed["source"].eq("measurement").all()
    assert observed.loc[picked.ID.iloc[0], "risk"] == 0.0 and observed.loc[picked.ID.iloc[1], "risk"] == 1.0
    assert observed.loc[picked.ID.iloc[1], "risk_class"] == "alto"
    changed = districts.set_index("ubigeo").loc[observed["ubigeo"].unique()]
    assert changed["systems_observed"].sum() == 4
    row = districts.set_index("ubigeo").loc[observed.loc[picked.ID.iloc[1], "ubigeo"]]
    assert row["observed_share"] > 0 and row["observed_not_working_share"] > 0
    # departments without any observation keep the national model's risk
    departments = set(observed["ubigeo"].str[:2])
    far = ~after["ubigeo"].str[:2].isin(departments)
    before = baseline[0].set_index("ID").loc[after.loc[far, "ID"], "risk"].to_numpy()
    assert np.allclose(after.loc[far, "risk"].to_numpy(), before, atol=1e-4)
