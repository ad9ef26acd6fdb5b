"""The model kinds compared: extremely randomised trees and gradient boosting (scikit-learn), a Keras network.

Every kind learns the logit of the poverty rate (so predictions stay within 0-100 % and errors shrink near
the ends) and returns logits; ``to_percent`` turns them back.
"""

import numpy as np
import pandas as pd

# the rate is clipped to [0.5, 99.5] % before the logit: a reported 0 % or 100 % stays finite
CLIP = 0.005
FOREST_PARAMS = {"n_estimators": 150, "min_samples_leaf": 5, "max_features": 0.5}
BOOSTER_PARAMS = {"max_iter": 300, "learning_rate": 0.05}
NETWORK_PARAMS = {
    "hidden": [64, 32],
    "dropout": 0.2,
    "l2": 1e-3,
    "learning_rate": 1e-3,
    "epochs": 150,
    "batch_size": 64,
}
# columns whose logarithm (log1p) the network sees: counts, densities, areas, distances, night lights
LOG_HINTS = ("densidad", "pob_", "area", "superficie", "ccpp", "sistemas", "within", "ntl", "no2", "dist_", "_n")


def to_logit(percent) -> np.ndarray:
    """Logit of a rate given in percent, clipped to ``[CLIP, 1 - CLIP]``."""
    share = np.clip(np.asarray(percent, dtype=float) / 100.0, CLIP, 1 - CLIP)
    return np.log(share / (1 - share))


def to_percent(logit) -> np.ndarray:
    """The rate in percent of a logit."""
    return 100.0 / (1.0 + np.exp(-np.asarray(logit, dtype=float)))


def interval(logit, halfwidth) -> tuple[np.ndarray, np.ndarray]:
    """(low, high) in percent of logits ± a logit half-width (one number or one per row)."""
    logit = np.asarray(logit, dtype=float)
    return to_percent(logit - halfwidth), to_percent(logit + halfwidth)


def fit_forest(features: pd.DataFrame, logit: np.ndarray, seed: int = 0):
    """Median imputation and extremely randomised trees: the bundled kind."""
    from sklearn.ensemble import ExtraTreesRegressor
    from sklearn.impute import SimpleImputer
    from sklearn.pipeline import make_pipeline

    forest = ExtraTreesRegressor(**FOREST_PARAMS, random_state=seed, n_jobs=1)
    return make_pipeline(SimpleImputer(strategy="median", keep_empty_features=True), forest).fit(features, logit)


def fit_booster(features: pd.DataFrame, logit: np.ndarray, seed: int = 0):
    """Histogram gradient boosting (missing values handled natively), on one OpenMP thread.

    With ~1,500 rows threads gain nothing, and OpenMP threads competing with another busy process can make
    one fit take minutes instead of a second.
    """
    from sklearn.ensemble import HistGradientBoostingRegressor
    from threadpoolctl import threadpool_limits

    with threadpool_limits(limits=1, user_api="openmp"):
        return HistGradientBoostingRegressor(**BOOSTER_PARAMS, random_state=seed).fit(features, logit)


def predict_sklearn(model, features: pd.DataFrame) -> np.ndarray:
    from threadpoolctl import threadpool_limits

    with threadpool_limits(limits=1, user_api="openmp"):
        return np.asarray(model.predict(features), dtype=float)


class Network:
    """A Keras regression network with its input standardisation (fitted on the training rows)."""

    def __init__(self, model, preprocessing: dict) -> None:
        self.model, self.preprocessing = model, preprocessing

    def predict(self, features: pd.DataFrame) -> np.ndarray:
        x = network_input(features, self.preprocessing)
        return self.model.predict(x, verbose=0, batch_size=4096).ravel().astype(float)


def network_preprocessing(features: pd.DataFrame) -> dict:
    """Which columns are logged, their means and deviations, and which get a missing-value indicator."""
    logged = [c for c in features.columns if any(hint in c for hint in LOG_HINTS)]
    frame = features.copy()
    frame[logged] = np.log1p(frame[logged].clip(lower=0))
    return {
        "log": logged,
        "mean": frame.mean().fillna(0.0).to_dict(),
        "std": frame.std().replace(0.0, 1.0).fillna(1.0).to_dict(),
        "indicators": [c for c in features.columns if features[c].isna().any()],
    }


def network_input(features: pd.DataFrame, preprocessing: dict) -> np.ndarray:
    """Standardised features (clipped to ±6, blanks at 0) and one missing-value indicator per listed column."""
    frame = features.copy()
    frame[preprocessing["log"]] = np.log1p(frame[preprocessing["log"]].clip(lower=0))
    mean, std = pd.Series(preprocessing["mean"]), pd.Series(preprocessing["std"])
    standard = ((frame - mean[frame.columns]) / std[frame.columns]).clip(-6, 6).fillna(0.0)
    flags = features[preprocessing["indicators"]].isna().astype(float)
    return np.c_[standard.to_numpy(), flags.to_numpy()].astype("float32")


def fit_network(features: pd.DataFrame, logit: np.ndarray, seed: int = 0) -> Network:
    """Two hidden ReLU layers with dropout and L2, mean squared error on the logit (fixed seeds)."""
    import keras
    import tensorflow as tf

    keras.utils.set_random_seed(seed)
    tf.config.experimental.enable_op_determinism()
    params = NETWORK_PARAMS
    preprocessing = network_preprocessing(features)
    x = network_input(features, preprocessing)
    layers = [keras.Input(shape=(x.shape[1],))]
    for width in params["hidden"]:
        regulariser = keras.regularizers.L2(params["l2"])
        layers += [keras.layers.Dense(width, activation="relu", kernel_regularizer=regulariser)]
        layers += [keras.layers.Dropout(params["dropout"])]
    model = keras.Sequential([*layers, keras.layers.Dense(1)])
    model.compile(optimizer=keras.optimizers.Adam(params["learning_rate"]), loss="mse")
    model.fit(x, logit.astype("float32"), epochs=params["epochs"], batch_size=params["batch_size"], verbose=0)
    return Network(model, preprocessing)


def predict_network(model: Network, features: pd.DataFrame) -> np.ndarray:
    return model.predict(features)


KINDS = {
    "forest": (fit_forest, predict_sklearn),
    "gbm": (fit_booster, predict_sklearn),
    "keras": (fit_network, predict_network),
}
SKLEARN_KINDS = ("forest", "gbm")


def conformal_halfwidth(residuals: np.ndarray, level: float = 0.9) -> float:
    """Split-conformal quantile of absolute logit residuals: the ⌈(n + 1)·level⌉-th smallest (finite-sample)."""
    ordered = np.sort(np.abs(np.asarray(residuals, dtype=float)))
    rank = min(int(np.ceil((len(ordered) + 1) * level)), len(ordered))
    return float(ordered[rank - 1])
