"""Child welfare (issue 7): small-area estimates for every district and province, the out-of-time check of the
model card, the child-risk index, traceable interventions, and the privacy rule on every output path."""

import io
import json
import logging
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from core.errors import InputError
from core.io.child_welfare import check_min_cell, read_child_welfare
from core.models.artifacts import MODELS_DIR, ModelIntegrityError
from core.models.child_risk import (
    HEADLESS_COLUMNS,
    MIN_CELL,
    child_risk_index,
    load_model,
    predict,
    read_rules,
    recommend,
    sensitivity,
    train,
    write_csv,
)
from core.models.child_risk import covariates as covariate_tables
from core.models.child_risk.evaluation import out_of_time
from core.models.child_risk.interventions import RULES
from core.models.child_risk.privacy import PrivacyError, check_published, direct_estimates
from core.models.child_risk.survey import CHILDREN, district_counts
from core.models.child_risk.training import features

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "data"
MODEL = MODELS_DIR / "child_risk"
DISTRICTS, PROVINCES = 1874, 196
pytestmark = [
    pytest.mark.shared_data,
    pytest.mark.skipif(not SHARED.is_dir(), reason="../shared/data is absent"),
]


@pytest.fixture(scope="module")
def card() -> dict:
    return json.loads((MODEL / "model_card.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def districts():
    return predict(SHARED, "district")


@pytest.fixture(scope="module")
def provinces(districts):  # after districts: the covariates are cached by then
    return predict(SHARED, "province")


@pytest.fixture(scope="module")
def records() -> pd.DataFrame:
    return pd.read_csv(SHARED / CHILDREN)


@pytest.fixture(scope="module")
def counts() -> pd.DataFrame:
    return district_counts(SHARED)


@pytest.fixture(scope="module")
def cli_province(tmp_path_factory, districts):
    out = tmp_path_factory.mktemp("cli") / "provinces.csv"
    command = [sys.executable, "-m", "core", "-v", "predict", "child-risk", "--data", str(SHARED)]
    done = subprocess.run(
        [*command, "--level", "province", "--out", str(out)], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    return done, out


# --- estimates for every area -------------------------------------------------------------------------------


@pytest.mark.parametrize(("which", "count", "width"), [("districts", DISTRICTS, 6), ("provinces", PROVINCES, 4)])
def test_every_area_gets_estimates_and_intervals(request, which, count, width):
    frame, _, card = request.getfixturevalue(which)
    assert list(frame.columns[: len(HEADLESS_COLUMNS)]) == HEADLESS_COLUMNS
    assert len(frame) == count and frame["ubigeo"].is_unique
    assert frame["ubigeo"].str.fullmatch(rf"\d{{{width}}}").all()
    for outcome in ("stunting", "anemia"):
        low, mid, high = (frame[f"{outcome}_{c}"] for c in ("lo90", "pct", "hi90"))
        assert mid.notna().all() and low.notna().all() and high.notna().all()
        assert (low <= mid).all() and (mid <= high).all() and (low > 0).all() and (high < 100).all()
    assert frame["child_risk_index"].between(0, 100).all()
    assert (frame["year"] == card["model"]["default_year"]).all() and card["model"]["default_year"] == 2019
    # areas without a publishable survey cell still get estimates (covariates + larger areas), less precise ones
    unmeasured = frame["n_children_measured"].isna()
    logit_width = np.log(high / (100 - high)) - np.log(low / (100 - low))
    assert unmeasured.any() and logit_width[unmeasured].median() > logit_width[~unmeasured].median()


def test_estimates_follow_the_survey_where_it_is_large(districts, provinces):
    for frame in (districts[0], provinces[0]):
        big = frame["n_children_measured"] >= 200
        gap = (frame.loc[big, "stunting_pct"] - frame.loc[big, "direct_stunting_pct"]).abs()
        assert big.sum() > 20 and gap.median() < 3
        big_hb = frame["n_children_hb"] >= 200
        assert np.corrcoef(frame.loc[big_hb, "anemia_pct"], frame.loc[big_hb, "direct_anemia_pct"])[0, 1] > 0.8


def test_the_year_trend_moves_the_estimates(districts):
    earlier, _, _ = predict(SHARED, "district", year=2014)
    assert earlier["stunting_pct"].mean() > districts[0]["stunting_pct"].mean() + 1


# --- the model card and the bundled artifact ------------------------------------------------------------------


def test_out_of_time_check_beats_the_baseline_and_matches_the_card(card, counts):
    check = card["evaluation"]["out_of_time_provinces"]
    assert check["train_years"] == [2014, 2015, 2016, 2017] and check["test_year"] == 2018
    assert check["min_children"] == 60
    covariates = covariate_tables.district_covariates(SHARED)
    again = out_of_time(features(), covariates, counts, 2018)
    for outcome in ("stunting", "anemia"):
        stored, fresh = check[outcome], again[outcome]
        assert fresh["n_areas"] == stored["n_areas"] > 80
        assert fresh["baseline_mae"] == pytest.approx(stored["baseline_mae"], abs=1e-3)
        assert fresh["approaches"]["eb_logistic"]["mae"] == pytest.approx(
            stored["approaches"]["eb_logistic"]["mae"], abs=1e-3
        )
    stunting = again["stunting"]["approaches"]["eb_logistic"]
    assert stunting["mae"] <= 0.9 * again["stunting"]["baseline_mae"]
    assert card["evaluation"]["target_reached"] is True
    assert 0.8 <= stunting["coverage90"] <= 0.98
    text = (MODEL / "MODEL_CARD.md").read_text(encoding="utf-8")
    for needed in ("Survey weights", "Out-of-time check", "Sensitivity", "Privacy", "eb_gbm", "Spearman"):
        assert needed in text


def test_bundled_artifact_is_small_and_checked(tmp_path, card):
    models, loaded = load_model()
    assert set(models) == {"stunting", "anemia"} and loaded["features"] == card["features"]
    artifact = MODEL / card["model"]["file"]
    assert artifact.stat().st_size < 2 * 1024 * 1024
    copy = tmp_path / "child_risk"
    shutil.copytree(MODEL, copy)
    with open(copy / card["model"]["file"], "ab") as handle:
        handle.write(b"\0")
    with pytest.raises(ModelIntegrityError):
        load_model(copy)


def test_training_never_replaces_the_bundled_model():
    with pytest.raises(InputError) as caught:
        train(SHARED, MODELS_DIR / "child_risk")
    assert caught.value.code == "bundled_model_folder"


# --- the index and the interventions ---------------------------------------------------------------------------


def test_index_formula_is_the_weighted_mean_of_percentile_ranks():
    frame = pd.DataFrame(
        {
            "stunting_pct": [10.0, 20.0, 30.0, 40.0],
            "anemia_pct": [40.0, 30.0, 20.0, 10.0],
            "poverty_pct": [1.0, 2.0, 3.0, 4.0],
            "water_risk_pct": [np.nan, 5.0, 5.0, 50.0],
        }
    )
    equal = {"stunting_pct": 1.0, "anemia_pct": 1.0, "poverty_pct": 1.0, "water_risk_pct": 1.0}
    # ranks: stunting and poverty 0.25..1, anaemia 1..0.25, water 0.5 (missing), 0.5, 0.5 (tie), 1
    result = child_risk_index(frame, equal)
    assert result["child_risk_index"].tolist() == pytest.approx([50.0, 56.25, 62.5, 81.25], abs=0.06)
    weighted = child_risk_index(frame, {**equal, "water_risk_pct": 0.0})
    assert weighted["child_risk_index"].tolist() == pytest.approx([50.0, 58.33, 66.67, 75.0], abs=0.06)
    assert result["index_missing"].tolist() == ["water_risk_pct", "", "", ""]
    assert result["drivers"].iloc[3] == "stunting p100; poverty p100; water risk p100"
    assert result["drivers"].iloc[0] == "anaemia p100"


def test_index_sensitivity_is_reported(card, districts):
    reported = card["index"]["sensitivity"]
    assert reported["min_spearman"] > 0.9 and 0 < reported["min_top_decile_kept"] <= 1
    again = sensitivity(districts[0])
    assert again["min_spearman"] == pytest.approx(reported["min_spearman"], abs=1e-3)


TRIGGER = re.compile(r"^(\w+) (-?\d+\.\d) (>=|>|<=|<) (-?[\d.]+) \(([+-]\d+\.\d) points\)$")


def test_every_recommendation_names_its_trigger(districts):
    frame, recommendations, _ = districts
    assert len(recommendations) > 100
    rules = read_rules().set_index("rule_id")
    keyed = frame.set_index("ubigeo")
    for row in recommendations.itertuples(index=False):
        first = row.trigger.split(" and ")[0]
        match = TRIGGER.match(first)
        assert match, row.trigger
        indicator, value, op, threshold, excess = match.groups()
        rule = rules.loc[row.rule_id]
        assert indicator == rule["indicator"] == row.indicator and op == rule["operator"]
        assert float(threshold) == rule["threshold"]
        assert float(value) == pytest.approx(keyed.at[row.ubigeo, indicator], abs=0.051)
        assert float(excess) == pytest.approx(float(value) - float(threshold), abs=0.11)
        assert float(value) >= float(threshold)  # every bundled rule is a ">=" rule
        if rule["and_indicator"]:
            assert rule["and_indicator"] in row.trigger.split(" and ")[1]
        assert (
            f"{row.rule_id} " in keyed.at[row.ubigeo, "interventions"]
            and row.trigger in keyed.at[row.ubigeo, "interventions"]
        )
    fired = frame.set_index("ubigeo")["anemia_pct"] >= 40
    r01 = set(recommendations.loc[recommendations["rule_id"] == "R01", "ubigeo"])
    assert r01 == set(fired[fired].index)


def test_rules_are_editable_and_checked(tmp_path, districts):
    frame = districts[0]
    mine = tmp_path / "rules.csv"
    bundled = pd.read_csv(RULES, dtype=str, keep_default_na=False)
    bundled.iloc[[0]].assign(threshold="10", rule_id="X1").to_csv(mine, index=False)
    table = recommend(frame, read_rules(mine), language="es")
    assert set(table["rule_id"]) == {"X1"} and table["intervention"].str.startswith("Suplementación").all()
    bad = bundled.copy()
    bad.loc[1, "indicator"] = "anaemia"
    bad.loc[2, "threshold"] = "high"
    bad.loc[3, "operator"] = "=>"
    bad.to_csv(mine, index=False)
    with pytest.raises(InputError) as caught:
        read_rules(mine)
    message = caught.value.message
    assert str(mine) in message and caught.value.code == "bad_rules"
    assert "row 3, column indicator" in message and "row 4, column threshold" in message
    assert "row 5, column operator" in message and caught.value.details["rows"] == [3, 4, 5]


# --- privacy -------------------------------------------------------------------------------------------------


def test_min_cell_can_only_be_raised(districts):
    assert check_min_cell(None) == MIN_CELL == 30 and check_min_cell(45) == 45
    for low in (29, 1, 0, -5, 29.5):
        with pytest.raises(InputError) as caught:
            check_min_cell(low)
        assert caught.value.code == "min_cell_too_low"
    with pytest.raises(InputError):
        predict(SHARED, "district", min_cell=10)
    stricter, _, _ = predict(SHARED, "district", min_cell=100)
    assert stricter["n_children_measured"].dropna().min() >= 100
    assert stricter["suppressed"].sum() > districts[0]["suppressed"].sum()


def test_no_published_cell_holds_fewer_than_min_cell_children(districts, provinces, records, counts):
    for frame in (districts[0], provinces[0]):
        for column, direct in (("n_children_measured", "direct_stunting_pct"), ("n_children_hb", "direct_anemia_pct")):
            published = frame[column].dropna()
            assert (published >= MIN_CELL).all()
            assert frame.loc[frame[column].isna(), direct].isna().all()
            assert frame.loc[frame[column].isna(), "suppressed"].all()
    # a province minus its published districts never leaves a group of 1-29 children
    district_n = districts[0].set_index("ubigeo")["n_children_measured"].fillna(0)
    province_n = provinces[0].set_index("ubigeo")["n_children_measured"].dropna()
    remainder = province_n - district_n.groupby(district_n.index.str[:4]).sum().reindex(province_n.index)
    assert ((remainder == 0) | (remainder >= MIN_CELL)).all()
    for level in ("district", "province"):
        table = direct_estimates(counts, level, MIN_CELL)
        assert (table["n_children_measured"].dropna() >= MIN_CELL).all()
    # the features table reads the records through the same counts and the same suppression (issue 19)
    features = read_child_welfare(SHARED / CHILDREN, SHARED).data
    assert (features["n_haz"].dropna() >= MIN_CELL).all() and features["n_haz"].isna().equals(
        features["stunting_pct"].isna()
    )
    with pytest.raises(InputError):
        read_child_welfare(SHARED / CHILDREN, SHARED, min_cell=5)


def test_publishing_guard_refuses_records(records):
    with pytest.raises(PrivacyError):
        check_published(records.head(3))
    with pytest.raises(PrivacyError):
        check_published(pd.DataFrame({"ubigeo": ["010101"], "n_children_measured": [3]}))
    with pytest.raises(PrivacyError):
        write_csv(pd.DataFrame({"HHID": [1]}), Path("never_written.csv"))
    assert not Path("never_written.csv").exists()


def _record_tokens(records: pd.DataFrame) -> tuple[set[str], set[str]]:
    """Household ids and cluster coordinates (4 decimals) of the records: never in any output."""
    ids = {str(int(v)) for v in records["HHID"].dropna()}
    coordinates = set()
    for column in ("longitudx", "latitudy"):
        coordinates |= {f"{v:.4f}" for v in records[column].dropna() if v != 0}
    return ids, coordinates


def _leaks(text: str, ids: set[str], coordinates: set[str]) -> list[str]:
    found = [t for t in re.findall(r"\d{7,}", text) if t in ids]
    numbers = re.findall(r"-?\d+\.\d{4,}", text)
    found += [n for n in numbers if f"{float(n):.4f}" in coordinates]
    return found


def test_no_output_path_leaks_individual_records(tmp_path, caplog, records, districts, cli_province):
    ids, coordinates = _record_tokens(records)
    outputs = {}
    with caplog.at_level(logging.DEBUG, logger="aguaperu"):
        frame, recommendations, _ = predict(SHARED, "district", min_cell=30)
        for bad in ({"min_cell": 3}, {"level": "household"}, {"rules": tmp_path / "missing.csv"}):
            with pytest.raises(InputError) as caught:
                predict(SHARED, **{"level": "district", **bad})
            outputs[f"error {bad}"] = caught.value.message + json.dumps(caught.value.details, default=str)
    outputs["logs"] = caplog.text
    target = write_csv(frame, tmp_path / "districts.csv")
    outputs["district csv"] = target.read_text(encoding="utf-8")
    outputs["recommendations"] = recommendations.to_csv(index=False)
    done, province_csv = cli_province
    assert done.returncode == 0, done.stderr
    outputs["cli csv"] = province_csv.read_text(encoding="utf-8")
    outputs["cli output"] = done.stdout + done.stderr
    for path in MODEL.iterdir():
        if path.suffix == ".npz":
            with zipfile.ZipFile(path) as archive:
                outputs[path.name] = "".join(archive.read(n).decode("latin-1") for n in archive.namelist())
        else:
            outputs[path.name] = path.read_text(encoding="utf-8")
    for name, text in outputs.items():
        assert not _leaks(text, ids, coordinates), name
        assert "HHID" not in text and "haz_x100" not in text and "hb_adj_x10" not in text, name
    # no table row is a child: every output table has one row per area, none per record
    written = pd.read_csv(io.StringIO(outputs["cli csv"]), dtype={"ubigeo": str})
    assert len(written) == PROVINCES and not set(written.columns) & {"HHID", "age_months", "longitudx", "latitudy"}


def test_cli_refuses_a_lower_min_cell(tmp_path):
    out = tmp_path / "x.csv"
    command = [sys.executable, "-m", "core", "predict", "child-risk", "--data", str(SHARED), "--min-cell", "5"]
    done = subprocess.run([*command, "--out", str(out)], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and "min_cell_too_low" in done.stderr and not out.exists()


def test_retraining_writes_a_model_folder_of_its_own(tmp_path, districts):
    (tmp_path / "busy").mkdir()
    (tmp_path / "busy" / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        train(SHARED, tmp_path / "busy", compare=False)
    assert caught.value.code == "folder_not_empty"
    card = train(SHARED, tmp_path / "mine", compare=False)
    assert set(card["evaluation"]["out_of_time_provinces"]["stunting"]["approaches"]) == {"eb_logistic"}
    frame, _, loaded = predict(SHARED, "province", model_dir=tmp_path / "mine")
    assert loaded["folder"] == str(tmp_path / "mine") and len(frame) == PROVINCES
    assert frame["stunting_pct"].to_numpy() == pytest.approx(
        predict(SHARED, "province")[0]["stunting_pct"].to_numpy(), abs=0.01
    )
