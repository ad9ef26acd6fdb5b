"""The portable model format: the bundled models, read with numpy alone, predict what scikit-learn predicts
(bit for bit on one machine); every exportable kind round-trips; predicting never imports scikit-learn."""

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from core.models import portable
from core.models.artifacts import MODELS_DIR, read_card

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "data"
RNG = np.random.default_rng(0)


def frame(rows: int, columns: int, missing: float = 0.2) -> pd.DataFrame:
    values = RNG.normal(size=(rows, columns)) * np.arange(1, columns + 1)
    values[RNG.random(values.shape) < missing] = np.nan
    return pd.DataFrame(values, columns=[f"f{i}" for i in range(columns)])


def roundtrip(model, tmp_path: Path):
    portable.save(model, tmp_path / "m.npz")
    return portable.load(tmp_path / "m.npz")


def same(a, b) -> None:
    """Equal to 1e-12, and bit for bit where the arithmetic is the same (it is on one machine)."""
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    assert a.shape == b.shape
    np.testing.assert_allclose(a, b, rtol=0, atol=1e-12)
    assert np.array_equal(a, b, equal_nan=True)


def test_histogram_boosting_round_trips_with_missing_values(tmp_path):
    from sklearn.ensemble import HistGradientBoostingClassifier, HistGradientBoostingRegressor

    x = frame(600, 5)
    label = (x["f0"].fillna(0) + x["f1"].fillna(1) > 0).to_numpy()
    classifier = HistGradientBoostingClassifier(max_iter=40, max_leaf_nodes=9, random_state=0).fit(x, label)
    loaded = roundtrip(classifier, tmp_path)
    test = frame(3000, 5, missing=0.4)
    same(loaded.decision_function(test), classifier.decision_function(test))
    same(loaded.predict_proba(test), classifier.predict_proba(test))
    assert (loaded.predict(test) == classifier.predict(test)).all()
    regressor = HistGradientBoostingRegressor(max_iter=30, random_state=0).fit(x, x["f2"].fillna(0) * 2)
    same(roundtrip(regressor, tmp_path).predict(test), regressor.predict(test))


@pytest.mark.parametrize("kind", ["ExtraTreesRegressor", "RandomForestRegressor", "DecisionTreeRegressor"])
def test_regression_trees_round_trip_with_their_float32_comparisons(kind, tmp_path):
    import sklearn.ensemble
    import sklearn.tree
    from sklearn.impute import SimpleImputer
    from sklearn.pipeline import make_pipeline

    estimator = getattr(sklearn.ensemble, kind, None) or getattr(sklearn.tree, kind)
    params = {"n_estimators": 20, "n_jobs": 1} if kind != "DecisionTreeRegressor" else {}
    x = frame(500, 6)
    model = make_pipeline(
        SimpleImputer(strategy="median", keep_empty_features=True),
        estimator(min_samples_leaf=3, random_state=0, **params),
    ).fit(x, np.sin(x["f0"].fillna(0)) + x["f3"].fillna(0) / 7)
    test = frame(2000, 6, missing=0.3)
    # values on a threshold and just either side of it, in float64: only the float32 cast sends them right
    tree = model[-1].estimators_[0] if kind != "DecisionTreeRegressor" else model[-1]
    inner = tree.tree_.children_left >= 0
    features, thresholds = tree.tree_.feature[inner], tree.tree_.threshold[inner]
    for offset in (0.0, 1e-9, -1e-9):
        test.iloc[: len(features)] = np.nan
        for row, (feature, threshold) in enumerate(zip(features, thresholds, strict=True)):
            test.iat[row, feature] = threshold + offset
        same(roundtrip(model, tmp_path).predict(test), model.predict(test))


def test_imputer_scaler_logistic_pipelines_in_a_dict_round_trip(tmp_path):
    from sklearn.impute import SimpleImputer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    x = frame(400, 4).assign(empty=np.nan)  # a column blank at fit is dropped, as scikit-learn does
    models = {
        name: make_pipeline(SimpleImputer(strategy=strategy), StandardScaler(), LogisticRegression()).fit(
            x, (x["f1"].fillna(0) > cut).to_numpy()
        )
        for name, strategy, cut in (("stunting", "median", 0.0), ("anemia", "mean", 0.5))
    }
    loaded = roundtrip(models, tmp_path)
    assert set(loaded) == set(models)
    test = frame(1000, 4, missing=0.3).assign(empty=np.nan)
    for name, model in models.items():
        same(loaded[name].predict_proba(test), model.predict_proba(test))
        same(loaded[name].decision_function(test), model.decision_function(test))
        assert (loaded[name].predict(test) == model.predict(test)).all()
        same(loaded[name].predict_proba(test[test.columns[::-1]]), model.predict_proba(test))  # columns by name


def test_a_kind_without_a_portable_form_is_refused_when_exporting():
    from sklearn.neighbors import KNeighborsRegressor

    with pytest.raises(portable.PortableFormatError, match="no portable form"):
        portable.export(KNeighborsRegressor().fit(np.eye(3), [0, 1, 2]))


def broken(tmp_path: Path, change) -> Path:
    """The bundled water-risk model with one array changed by ``change(arrays)``."""
    spec, arrays = portable.read(MODELS_DIR / "water_risk" / "water_risk_gbm.npz")
    change(arrays)
    path = tmp_path / "broken.npz"
    text = np.frombuffer(json.dumps(spec).encode("utf-8"), dtype=np.uint8)
    np.savez(path, spec=text, **arrays)
    return path


@pytest.mark.parametrize(
    "change",
    [
        lambda a: a["m.left"].__setitem__(0, 0),  # a node that is its own child: a loop
        lambda a: a["m.right"].__setitem__(0, 10**6),  # a child outside the tree
        lambda a: a["m.feature"].__setitem__(0, 99),  # a feature the model does not have
        lambda a: a.__setitem__("m.value", a["m.value"][:-1]),  # arrays of different lengths
        lambda a: a.pop("m.threshold"),
    ],
    ids=["loop", "outside", "feature", "lengths", "missing"],
)
def test_inconsistent_arrays_are_refused_at_load(change, tmp_path):
    with pytest.raises(portable.PortableFormatError):
        portable.load(broken(tmp_path, change))


def test_files_that_are_not_portable_archives_are_refused(tmp_path):
    (tmp_path / "text.npz").write_text("not a zip", encoding="utf-8")
    np.save(tmp_path / "array.npy", np.arange(3))
    np.savez(tmp_path / "plain.npz", a=np.arange(3))
    for name, message in (("text.npz", "not a readable"), ("array.npy", "single array"), ("plain.npz", "no portable")):
        with pytest.raises(portable.PortableFormatError, match=message):
            portable.load(tmp_path / name)


# ---------------------------------------------------------------- the bundled kinds on the shared data


@pytest.mark.shared_data
@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared/data is absent")
def test_on_the_shared_data_the_portable_form_predicts_what_scikit_learn_predicts(tmp_path):
    """Each bundled kind, fitted as training fits it on the shared data, gives the same numbers (bit for bit here)."""
    from core.models.child_risk import covariates as child_covariates
    from core.models.child_risk import smallarea
    from core.models.child_risk.estimators import design, fixed_logit
    from core.models.child_risk.survey import OUTCOMES, district_counts
    from core.models.poverty.estimators import fit_forest, to_logit
    from core.models.poverty.inputs import default_target
    from core.models.poverty.inputs import load_inputs as poverty_inputs
    from core.models.water_risk.estimators import booster_logit, fit_booster
    from core.models.water_risk.inputs import load_inputs as water_inputs

    water = water_inputs(SHARED)
    known = water.label.notna().to_numpy()
    booster = fit_booster(water.features[known], water.label[known].astype(int).to_numpy())
    same(booster_logit(roundtrip(booster, tmp_path), water.features), booster_logit(booster, water.features))

    card = read_card(MODELS_DIR / "poverty")
    target, column = default_target(SHARED)
    table = poverty_inputs(SHARED, None, target, column, []).table
    x = table[card["features"]].astype(float)
    rate = pd.to_numeric(table[column], errors="coerce")
    forest = fit_forest(x[rate.notna()], to_logit(rate[rate.notna()]))
    same(roundtrip(forest, tmp_path).predict(x), forest.predict(x))

    features = read_card(MODELS_DIR / "child_risk")["features"]
    covariates = child_covariates.district_covariates(SHARED)
    counts = district_counts(SHARED)
    models = {outcome: smallarea.fit("logistic", features, covariates, counts, outcome)[0] for outcome in OUTCOMES}
    loaded = roundtrip(models, tmp_path)
    rows = design(covariates, features, 2019)
    for outcome, model in models.items():
        same(fixed_logit(loaded[outcome], rows), fixed_logit(model, rows))


@pytest.mark.parametrize("name", ["water_risk", "poverty", "child_risk"])
def test_the_bundled_cards_say_what_their_models_run_on(name):
    card = read_card(MODELS_DIR / name)
    assert card["runtime"] == portable.RUNTIME and card["origin"] == "aguaperu training"
    model = card["model"].get("files", {}).get("gbm") or card["model"]["file"]
    spec, _ = portable.read(MODELS_DIR / name / model)
    assert spec["format_version"] == portable.FORMAT_VERSION and spec["exported_with"]["scikit-learn"]


def test_predicting_never_imports_scikit_learn():
    """Loading and running the three bundled estimators in a fresh interpreter leaves sklearn unimported."""
    code = """
import sys
import numpy as np
from core.models.artifacts import MODELS_DIR, load_portable, read_card

def load(name, file):
    card = read_card(MODELS_DIR / name)
    return load_portable(MODELS_DIR / name, file, card), np.full((3, len(card["features"])), np.nan)

model, x = load("water_risk", "water_risk_gbm.npz")
model.decision_function(x)
model, x = load("poverty", "poverty_model.npz")
model.predict(x)
models, x = load("child_risk", "child_risk_model.npz")
[model.predict_proba(x) for model in models.values()]
print(sorted(m for m in sys.modules if m.split(".")[0] in ("sklearn", "scipy", "skops")))
"""
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
