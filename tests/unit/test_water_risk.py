"""The water-system risk model: bundled artifact, model card, predictions on the shared and the demo data."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from core.models import portable
from core.models.artifacts import ModelIntegrityError, load_portable, sha256_file, write_card
from core.models.water_risk import aggregate_districts, classify, load_model, predict
from core.models.water_risk.features import EXCLUDED, FEATURES, RANKED, SECONDARY_LABELS, SUFFIX
from core.models.water_risk.inputs import load_inputs

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "data"
MODEL = ROOT / "models" / "water_risk"
SIASAR_SYSTEMS = 6076
# what the model card claims (leave-one-department-out): the skill is the ranking inside departments
CLAIMED_AUC_MEAN = 0.55
CLAIMED_AUC_WITHIN = 0.52
LABEL_FIELDS = {"treatment_works", "treatment_condition", *SECONDARY_LABELS, "storage_condition"}
LABEL_FIELDS |= {"distribution_condition", "trat_funciona", "trat_estado", "capt_estado"}


@pytest.fixture(scope="module")
def card() -> dict:
    return json.loads((MODEL / "model_card.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def shared_prediction():
    return predict(data_dir=SHARED)


@pytest.mark.shared_data
def test_every_siasar_system_gets_a_probability_and_a_class(shared_prediction):
    systems, _, _ = shared_prediction
    table = pd.read_csv(SHARED / "water" / "siasar_peru_systems.csv", usecols=["ID", "trat_funciona"])
    assert len(systems) == SIASAR_SYSTEMS == len(table)
    assert sorted(systems["ID"].astype(str)) == sorted(table["ID"].astype(str))
    assert systems["risk"].between(0, 1).all()
    assert set(systems["risk_class"]) == {"bajo", "medio", "alto"}
    unlabelled = systems["treatment_works"].isna()
    assert unlabelled.sum() == table["trat_funciona"].isna().sum() > 1000
    assert set(systems.loc[unlabelled, "risk_class"]) == {"bajo", "medio", "alto"}
    assert systems["ubigeo"].str.fullmatch(r"\d{6}").all()


@pytest.mark.shared_data
def test_district_sums_agree_with_the_systems(shared_prediction):
    systems, districts, _ = shared_prediction
    alto = systems["risk_class"] == "alto"
    assert districts["ubigeo"].is_unique
    assert districts["systems_n"].sum() == len(systems)
    assert districts["systems_alto"].sum() == alto.sum()
    assert districts["population_alto"].sum() == pytest.approx(systems.loc[alto, "population_served"].sum())
    assert districts["population_served"].sum() == pytest.approx(systems["population_served"].sum())
    share = districts["population_alto_share"].dropna()
    assert share.between(0, 1).all() and (share > 0).any()
    assert "geometry" in districts and districts.crs.to_epsg() == 4326


def test_aggregation_of_a_hand_made_table():
    systems = pd.DataFrame(
        {
            "ubigeo": ["010101", "010101", "010102", None],
            "risk": [0.9, 0.1, 0.5, 0.9],
            "risk_class": ["alto", "bajo", "alto", "alto"],
            "population_served": [100.0, 300.0, np.nan, 50.0],
        }
    )
    table = aggregate_districts(systems).set_index("ubigeo")
    assert table.loc["010101", ["systems_n", "systems_alto", "population_served", "population_alto"]].tolist() == [
        2,
        1,
        400.0,
        100.0,
    ]
    assert table.loc["010101", "population_alto_share"] == pytest.approx(0.25)
    assert np.isnan(table.loc["010102", "population_alto_share"])  # no population reported


def test_the_card_hashes_every_artifact(card):
    assert card["artifacts"], "the card lists no artifact"
    for name, meta in card["artifacts"].items():
        path = MODEL / name
        assert sha256_file(path) == meta["sha256"], name
        assert path.stat().st_size == meta["bytes"] < 5_000_000
    assert set(card["model"]["files"].values()) == set(card["artifacts"])
    assert "MODEL_CARD.md" not in card["artifacts"]


def test_a_tampered_artifact_is_refused(tmp_path, card):
    copy = shutil.copytree(MODEL, tmp_path / "water_risk")
    load_model(copy)  # the untouched copy loads
    target = copy / next(iter(card["artifacts"]))
    target.write_bytes(target.read_bytes() + b"\0")
    with pytest.raises(ModelIntegrityError, match="has been changed"):
        load_model(copy)
    target.unlink()
    with pytest.raises(ModelIntegrityError, match="missing"):
        load_model(copy)


def test_portable_files_are_loaded_only_with_their_hash(tmp_path):
    from sklearn.linear_model import LogisticRegression

    rng = np.random.default_rng(0)
    x = rng.normal(size=(60, 3))
    model = LogisticRegression().fit(x, x[:, 0] > 0)
    portable.save(model, tmp_path / "m.npz")
    write_card(tmp_path, {"name": "tiny"}, ["m.npz"])
    assert np.array_equal(load_portable(tmp_path, "m.npz").predict_proba(x), model.predict_proba(x))
    with pytest.raises(ModelIntegrityError, match="does not list"):
        load_portable(tmp_path, "other.npz")


def test_no_feature_comes_from_the_label(card):
    assert card["features"] == FEATURES
    bases = [name.removesuffix(SUFFIX) for name in card["features"]]
    assert bases == RANKED
    assert not LABEL_FIELDS & set(bases)
    assert not any(word in name for name in bases for word in ("treatment_works", "condition", "contamination"))
    assert {"treatment_works", "treatment_condition", "catchment_condition"} <= set(card["excluded_fields"])
    assert set(card["excluded_fields"]) == set(EXCLUDED)


@pytest.mark.shared_data
def test_features_do_not_change_when_the_labels_do():
    from core.io.water_points import read_water_points

    systems = read_water_points(SHARED / "water" / "siasar_peru_systems.csv").require()
    centres = pd.DataFrame({"longitude": [-77.0], "latitude": [-12.0], "urban": [True]})
    original = load_inputs(systems=systems, centres=centres).features
    scrambled = systems.copy()
    for column in LABEL_FIELDS & set(systems.columns):
        scrambled[column] = np.random.default_rng(1).permutation(scrambled[column].to_numpy())
    scrambled["treatment_works"] = None
    pd.testing.assert_frame_equal(load_inputs(systems=scrambled, centres=centres).features, original)


def test_the_card_reports_department_held_out_skill(card):
    evaluation = card["evaluation"]
    bundled = evaluation["bundled"]
    assert "leave-one-department-out" in evaluation["scheme"]
    assert bundled == {**evaluation["comparison"][card["model"]["bundled"]], **bundled}
    assert bundled["roc_auc_mean"] >= CLAIMED_AUC_MEAN
    assert bundled["roc_auc_pooled_within_department"] >= CLAIMED_AUC_WITHIN
    assert bundled["roc_auc_departments_above_half"] >= 0.7 * bundled["departments_scored"]
    assert bundled["brier"] < bundled["brier_baseline"]
    assert {"gbm", "keras", "blend"} <= set(evaluation["comparison"])
    assert len(bundled["per_department"]) == evaluation["departments"] >= 15
    assert sum(b["systems"] for b in bundled["calibration"]) == card["training_data"]["labelled"]
    assert {row["feature"] for row in bundled["permutation_importance"]} == set(card["features"])
    text = (MODEL / "MODEL_CARD.md").read_text(encoding="utf-8")
    for key in ("roc_auc_pooled", "roc_auc_pooled_within_department", "roc_auc_mean"):
        assert f"{bundled[key]:.3f}" in text


def test_risk_classes_follow_the_card_thresholds(card):
    thresholds = card["risk_classes"]["thresholds"]
    assert 0 < thresholds["medio"] < thresholds["alto"] < 1
    probabilities = [0.0, thresholds["medio"] - 1e-6, thresholds["medio"], thresholds["alto"], 1.0]
    assert classify(probabilities, thresholds).tolist() == ["bajo", "bajo", "medio", "alto", "alto"]
    rates = {row["class"]: row["observed_at_risk"] for row in card["risk_classes"]["lodo"]}
    assert rates["alto"] > card["training_data"]["prevalence"]


def test_prediction_runs_on_the_demo_data(tmp_path):
    from core.demo import build_demo

    folder = build_demo(tmp_path / "demo")
    demo_systems = pd.read_csv(folder / "water" / "siasar_peru_systems.csv", usecols=["ID"])
    systems, districts, _ = predict(data_dir=folder)
    assert len(systems) == len(demo_systems) > 100
    assert systems["risk"].between(0, 1).all()
    assert set(systems["risk_class"]) == {"bajo", "medio", "alto"}
    assert districts["systems_n"].sum() == len(systems)


@pytest.mark.shared_data
def test_the_command_line_writes_one_row_per_system_without_tensorflow(tmp_path, card):
    out = tmp_path / "r.csv"
    code = (
        "import sys; from core.__main__ import main; code = main(sys.argv[1:]); "
        "assert 'tensorflow' not in sys.modules or 'network' in " + repr(card["model"]["files"]) + "; sys.exit(code)"
    )
    process = subprocess.run(
        [sys.executable, "-c", code, "predict", "water-risk", "--data", str(SHARED), "--out", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert process.returncode == 0, process.stderr
    table = pd.read_csv(out, dtype={"ubigeo": str})
    assert len(table) == SIASAR_SYSTEMS
    assert list(table.columns[:4]) == ["ID", "ubigeo", "risk", "risk_class"]
    assert table["ID"].is_unique
