"""The two model kinds compared: calibrated gradient boosting (scikit-learn) and a Keras network."""

import numpy as np
import pandas as pd

from .features import LOG_FEATURES

GBM_PARAMS = {
    "learning_rate": 0.03,
    "max_iter": 150,
    "max_leaf_nodes": 7,
    "min_samples_leaf": 80,
    "l2_regularization": 5.0,
}
CALIBRATION_FOLDS = 5
NETWORK_PARAMS = {
    "hidden": [32, 16],
    "dropout": 0.3,
    "l2": 1e-3,
    "learning_rate": 1e-3,
    "epochs": 30,
    "batch_size": 128,
}


def fit_booster(features: pd.DataFrame, label: np.ndarray, seed: int = 0):
    """Histogram gradient boosting on labelled rows."""
    from sklearn.ensemble import HistGradientBoostingClassifier

    return HistGradientBoostingClassifier(**GBM_PARAMS, random_state=seed).fit(features, label)


def booster_logit(model, features: pd.DataFrame) -> np.ndarray:
    """The booster's log-odds of the at-risk class."""
    return np.asarray(model.decision_function(features), dtype=float).ravel()


def network_preprocessing(features: pd.DataFrame) -> dict:
    """Parameters that turn the feature frame into the network's input (fitted on training rows only)."""
    logged = _log(features)
    return {
        "columns": list(features.columns),
        "log": [c for c in features.columns if c in LOG_FEATURES],
        "mean": {c: float(np.nanmean(logged[c])) if logged[c].notna().any() else 0.0 for c in logged},
        "std": {c: float(np.nanstd(logged[c])) or 1.0 if logged[c].notna().any() else 1.0 for c in logged},
        "indicators": [c for c in features.columns if features[c].isna().any()],
    }


def _log(features: pd.DataFrame, columns=None) -> pd.DataFrame:
    columns = [c for c in features.columns if c in LOG_FEATURES] if columns is None else columns
    out = features.copy()
    out[columns] = np.log1p(out[columns].clip(lower=0))
    return out


def network_input(features: pd.DataFrame, preprocessing: dict) -> np.ndarray:
    """Standardised features, missing values at the mean (0) plus a missing-value indicator column each."""
    frame = _log(features[preprocessing["columns"]], preprocessing["log"])
    mean, std = pd.Series(preprocessing["mean"]), pd.Series(preprocessing["std"])
    standard = ((frame - mean[frame.columns]) / std[frame.columns]).clip(-6, 6)
    flags = features[preprocessing["indicators"]].isna().astype(float)
    return np.c_[standard.fillna(0.0).to_numpy(), flags.to_numpy()].astype("float32")


class Network:
    """A small Keras classifier with its input preprocessing."""

    def __init__(self, model, preprocessing: dict) -> None:
        self.model, self.preprocessing = model, preprocessing

    def logit(self, features: pd.DataFrame) -> np.ndarray:
        x = network_input(features, self.preprocessing)
        p = np.clip(self.model(x, training=False).numpy().ravel().astype(float), 1e-6, 1 - 1e-6)
        return np.log(p / (1 - p))


def fit_network(features: pd.DataFrame, label: np.ndarray, seed: int = 0) -> Network:
    """A two-hidden-layer network trained with binary cross-entropy (fixed seeds, deterministic ops)."""
    import keras
    import tensorflow as tf

    keras.utils.set_random_seed(seed)
    tf.config.experimental.enable_op_determinism()
    preprocessing = network_preprocessing(features)
    x = network_input(features, preprocessing)
    params = NETWORK_PARAMS
    layers = [keras.Input(shape=(x.shape[1],))]
    for width in params["hidden"]:
        layers.append(
            keras.layers.Dense(width, activation="relu", kernel_regularizer=keras.regularizers.L2(params["l2"]))
        )
        layers.append(keras.layers.Dropout(params["dropout"]))
    layers.append(keras.layers.Dense(1, activation="sigmoid"))
    model = keras.Sequential(layers)
    model.compile(optimizer=keras.optimizers.Adam(params["learning_rate"]), loss="binary_crossentropy")
    model.fit(x, label.astype("float32"), epochs=params["epochs"], batch_size=params["batch_size"], verbose=0)
    return Network(model, preprocessing)


def network_logit(model: Network, features: pd.DataFrame) -> np.ndarray:
    """The network's log-odds of the at-risk class."""
    return model.logit(features)


KINDS = {"gbm": (fit_booster, booster_logit), "keras": (fit_network, network_logit)}


def standardised(logit: np.ndarray, departments: np.ndarray) -> np.ndarray:
    """Log-odds standardised within each department's systems (labelled or not): mean 0, deviation 1.

    A department with one system, or with identical scores, gets 0.
    """
    frame = pd.Series(logit)
    by = frame.groupby(np.asarray(departments))
    spread = by.transform(lambda v: v.std(ddof=0)).to_numpy()
    deviation = (frame - by.transform("mean")).to_numpy()
    return np.divide(deviation, spread, out=np.zeros_like(deviation), where=spread > 1e-12)


class Calibrated:
    """A base model whose log-odds, standardised within each department, are Platt-scaled.

    ``p = sigmoid(a·s + b)`` with ``s = (z − mean z) / sd z`` over the department's systems. No feature
    predicted a department's share of failing treatment out of department, nor how much its systems
    differ, so every department gets the same level (``b``, about the training prevalence) and the same
    spread; ``a`` is fitted on out-of-fold scores of departments left out, so it is honest about them.
    """

    def __init__(self, kind: str, base, slope: float, intercept: float) -> None:
        self.kind, self.base, self.slope, self.intercept = kind, base, slope, intercept

    def probability(self, features: pd.DataFrame, departments: np.ndarray) -> np.ndarray:
        z = standardised(KINDS[self.kind][1](self.base, features), departments)
        return 1.0 / (1.0 + np.exp(-(self.slope * z + self.intercept)))


def fit_calibrated(
    kind: str, features: pd.DataFrame, label: np.ndarray, departments: np.ndarray, rows: np.ndarray, seed: int = 0
) -> Calibrated:
    """Fit ``kind`` on the labelled ``rows`` and its Platt scaling on department-grouped out-of-fold scores.

    ``features``, ``label`` (NaN where unlabelled) and ``departments`` cover every system, so that
    centring uses whole departments, as at prediction time.
    """
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold

    fit, logit = KINDS[kind]
    rows = np.asarray(rows)
    labelled = rows[~np.isnan(label[rows])]
    groups = departments[labelled]
    folds = min(CALIBRATION_FOLDS, len(np.unique(groups)))
    scores, targets = [], []
    for train, test in GroupKFold(n_splits=folds).split(labelled, groups=groups):
        base = fit(features.iloc[labelled[train]], label[labelled[train]].astype(int), seed)
        held = np.flatnonzero(np.isin(departments, np.unique(groups[test])))
        z = standardised(logit(base, features.iloc[held]), departments[held])
        keep = ~np.isnan(label[held])
        scores.append(z[keep])
        targets.append(label[held][keep].astype(int))
    platt = LogisticRegression(C=1e4).fit(np.concatenate(scores).reshape(-1, 1), np.concatenate(targets))
    base = fit(features.iloc[labelled], label[labelled].astype(int), seed)
    return Calibrated(kind, base, float(platt.coef_[0, 0]), float(platt.intercept_[0]))
