"""The district poverty model: bundled artifact and card, predictions for every district, retraining on a
user table into a folder of its own, and the headless command."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from core.errors import InputError
from core.features.district_features import FeatureRequest, build_district_features
from core.models.artifacts import MODELS_DIR, ModelIntegrityError, load_portable
from core.models.poverty import held_out_predictions, load_model, predict, train
from core.models.poverty.features import is_label_column
from core.models.poverty.inputs import read_target

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "data"
POVERTY = SHARED / "socioeconomic" / "pobreza2018_distrital.csv"
MODEL = MODELS_DIR / "poverty"
DISTRICTS, LABELLED = 1874, 1532
pytestmark = [
    pytest.mark.shared_data,
    pytest.mark.skipif(not SHARED.is_dir(), reason="../shared/data is absent"),
]


@pytest.fixture(scope="module")
def truth() -> pd.Series:
    table = pd.read_csv(POVERTY, dtype={"ubigeo": str})
    return table.set_index(table["ubigeo"].str.zfill(6))["pobreza_monetaria"]


@pytest.fixture(scope="module")
def card() -> dict:
    return json.loads((MODEL / "model_card.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def district_table():
    table, _ = build_district_features(FeatureRequest(data_dir=SHARED))
    return table


@pytest.fixture(scope="module")
def shared_prediction(district_table):
    return predict(data_dir=SHARED, features=district_table)


def test_every_district_gets_a_rate_inside_its_interval(shared_prediction, truth):
    frame, _ = shared_prediction
    assert len(frame) == DISTRICTS and frame["ubigeo"].is_unique
    assert frame["ubigeo"].str.fullmatch(r"\d{6}").all()
    values = frame[["poverty_lo90", "poverty_pct", "poverty_hi90"]]
    assert values.notna().all().all() and values.apply(lambda c: c.between(0, 100)).all().all()
    assert (frame["poverty_lo90"] <= frame["poverty_pct"]).all()
    assert (frame["poverty_pct"] <= frame["poverty_hi90"]).all()
    assert np.allclose(frame["interval_width"], frame["poverty_hi90"] - frame["poverty_lo90"], atol=0.011)
    observed = frame["observed_pct"].notna()
    assert observed.sum() == LABELLED == len(truth)
    assert np.allclose(frame.loc[observed, "observed_pct"], frame.loc[observed, "ubigeo"].map(truth))
    assert frame.loc[~observed, "residual"].isna().all()
    assert (frame["in_training"] == observed).all()
    # the departments without a rate in the shared data are predicted, and not all alike
    unknown = frame.loc[~observed]
    assert set(unknown["ubigeo"].str[:2]) >= {"01", "08", "16", "20"}
    assert unknown["poverty_pct"].std() > 5
    assert frame.crs.to_epsg() == 4326 and frame.geometry.notna().all()
    assert {"department", "province", "district"} <= set(frame.columns)


def test_the_card_metrics_follow_from_the_held_out_predictions(card, shared_prediction, truth):
    _, returned = shared_prediction
    bundled = card["evaluation"]["bundled"]
    held_out = held_out_predictions(returned)
    assert len(held_out) == LABELLED and set(held_out["ubigeo"]) == set(truth.index)
    observed = held_out["ubigeo"].map(truth).to_numpy()
    assert np.allclose(held_out["observed"], observed)
    predicted = held_out["predicted"].to_numpy()
    r2 = 1 - np.sum((observed - predicted) ** 2) / np.sum((observed - observed.mean()) ** 2)
    assert r2 == pytest.approx(bundled["r2"], abs=1e-3)
    assert np.mean(np.abs(observed - predicted)) == pytest.approx(bundled["mae"], abs=1e-2)
    inside = (held_out["low"] <= observed) & (observed <= held_out["high"])
    assert inside.mean() == pytest.approx(bundled["coverage90"], abs=1e-3)
    assert (held_out["high"] - held_out["low"]).mean() == pytest.approx(bundled["mean_width"], abs=1e-2)
    # what the card claims: the target, with every department held out once
    assert bundled["r2"] >= card["evaluation"]["target_r2"] == 0.65
    assert 0.85 <= bundled["coverage90"] <= 0.95
    assert card["evaluation"]["target_reached"] is True
    assert len(bundled["per_department"]) == bundled["departments"] == 20
    assert {"forest", "gbm", "keras"} <= set(card["evaluation"]["comparison"])
    assert set(card["evaluation"]["baselines"]) == {"gbm_district_table_raw_rate", "linear_food_vulnerability"}
    assert len(bundled["permutation_importance"]) == len(card["features"])
    assert card["also_tried"] and card["limitations"]


def test_no_label_column_is_a_feature_and_the_model_sees_the_card_order(card):
    assert not [c for c in card["features"] if is_label_column(c)]
    assert "pob_2020" not in card["features"]
    assert {"indice_vulnerabilidad_alimentaria", "idh_2019", "endes30_stunting"} <= set(card["features"])
    model = load_portable(MODEL, card["model"]["file"], card)
    assert list(model.feature_names_in_) == card["features"]


def test_a_changed_artifact_is_refused(tmp_path):
    copy = tmp_path / "poverty"
    shutil.copytree(MODEL, copy)
    with open(copy / "poverty_model.npz", "ab") as handle:
        handle.write(b"\0")
    with pytest.raises(ModelIntegrityError):
        load_model(copy)
    with pytest.raises(ModelIntegrityError):
        predict(data_dir=SHARED, model_dir=copy)


def test_training_never_writes_into_the_bundled_folder(tmp_path):
    with pytest.raises(InputError) as refused:
        train(SHARED, MODEL, compare_keras=False)
    assert refused.value.code == "bundled_model_folder" and str(MODEL) in refused.value.message
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(InputError) as occupied:
        train(SHARED, tmp_path, compare_keras=False)
    assert occupied.value.code == "folder_not_empty"


def test_a_target_table_must_hold_rates_in_percent(tmp_path):
    path = tmp_path / "target.csv"
    pd.DataFrame({"ubigeo": ["010101", "010102"], "share": [0.4, 140.0]}).to_csv(path, index=False)
    with pytest.raises(InputError) as missing:
        read_target(path, "rate")
    assert missing.value.code == "missing_column" and "share" in missing.value.message
    with pytest.raises(InputError) as outside:
        read_target(path, "share")
    assert outside.value.code == "target_not_percent"


def night_lights(path: Path) -> Path:
    """A coarse GeoTIFF over northern Peru (0.1°), values from a fixed seed."""
    import rasterio
    from rasterio.transform import from_origin

    values = np.random.default_rng(0).gamma(1.0, 2.0, size=(80, 60)).astype("float32")
    profile = {"driver": "GTiff", "height": 80, "width": 60, "count": 1, "dtype": "float32", "crs": "EPSG:4326"}
    with rasterio.open(path, "w", **profile, transform=from_origin(-81.5, 0.0, 0.1, 0.1), nodata=-9999.0) as tif:
        tif.write(values, 1)
    return path


def test_retraining_on_a_user_table_and_raster_writes_its_own_model(tmp_path, truth):
    bundled = {p.name: p.stat().st_mtime_ns for p in MODEL.iterdir()}
    survey = truth[truth.index.str[:2].isin(["02", "03", "04", "05", "06", "09"])]
    target = tmp_path / "mi_encuesta.csv"
    pd.DataFrame({"UBIGEO": survey.index, "pobreza_2024": survey.to_numpy()}).to_csv(target, index=False)
    raster = night_lights(tmp_path / "luces.tif")
    out = tmp_path / "modelos" / "mine"
    card = train(
        SHARED,
        out,
        target=target,
        target_column="pobreza_2024",
        rasters=[raster],
        compare_keras=False,
        compare=False,
        importance_repeats=0,
    )
    written = json.loads((out / "model_card.json").read_text(encoding="utf-8"))
    assert written["target"]["column"] == "pobreza_2024" and written["target"]["source"] == "user table"
    assert written["rasters"] == [str(raster.resolve())] and "luces_mean" in written["features"]
    assert written["training_data"]["labelled"] == len(survey)
    assert written["evaluation"]["bundled"]["departments"] == 6
    assert set(written["artifacts"]) == {"poverty_model.npz", "poverty_out_of_fold.csv"}
    assert written["origin"] == "aguaperu training" and written["runtime"]["format_version"] == 1
    assert load_model(out)[1]["folder"] == str(out)  # a folder our training wrote is read back
    assert (out / "MODEL_CARD.md").is_file()
    assert card["evaluation"]["bundled"]["r2"] == written["evaluation"]["bundled"]["r2"]
    assert not [p for p in out.parent.iterdir() if p.name != "mine"]  # the temporary folder is gone
    assert {p.name: p.stat().st_mtime_ns for p in MODEL.iterdir()} == bundled

    frame, used = predict(data_dir=SHARED, model_dir=out)  # the card's raster joins the features again
    assert len(frame) == DISTRICTS and used["folder"] == str(out)
    assert frame["observed_pct"].notna().sum() == len(survey) == frame["in_training"].sum()
    assert (frame["poverty_lo90"] <= frame["poverty_hi90"]).all()


def test_headless_prediction_writes_one_row_per_district(tmp_path):
    out = tmp_path / "p.csv"
    process = subprocess.run(
        [sys.executable, "-m", "core", "predict", "poverty", "--data", str(SHARED), "--out", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert process.returncode == 0, process.stderr
    table = pd.read_csv(out, dtype={"ubigeo": str})
    assert list(table.columns[:4]) == ["ubigeo", "poverty_pct", "poverty_lo90", "poverty_hi90"]
    assert len(table) == DISTRICTS and table["ubigeo"].str.fullmatch(r"\d{6}").all()
    assert "geometry" not in table
