"""Portable models: fitted scikit-learn estimators as plain arrays, evaluated with numpy alone.

A portable model is one ``.npz`` archive of numeric arrays read with ``np.load(..., allow_pickle=False)``: it
names no class, holds no code and cannot touch files, and it predicts the same on every numpy and
scikit-learn version. Its ``spec`` member (JSON bytes) says what the arrays are; ``FORMAT_VERSION`` says how
to read them. Exported kinds: ``HistGradientBoostingClassifier`` / ``Regressor`` (numerical features),
``DecisionTreeRegressor``, ``ExtraTreesRegressor``, ``RandomForestRegressor``, ``SimpleImputer`` (mean,
median, most frequent, constant on NaN), ``StandardScaler``, binary ``LogisticRegression``, a ``Pipeline``
of these, and a dict of any of them.

The predictors repeat scikit-learn's arithmetic in its order, so that they agree bit for bit on one machine:
trees of the forests see ``X`` cast to float32 (as scikit-learn casts it) and send ``x <= threshold`` left;
histogram boosting sends ``x <= threshold`` left and a missing value where ``missing_go_to_left`` says; sums
start from zero (plus the baseline) and add the trees in order. Exporting needs scikit-learn (training only);
loading and predicting need numpy only.
"""

import json
import math
from pathlib import Path

import numpy as np

FORMAT = "aguaperu-portable"
FORMAT_VERSION = 1
SUFFIX = ".npz"
SPEC = "spec"
RUNTIME = {
    "format": FORMAT,
    "format_version": FORMAT_VERSION,
    "description": f"portable numpy format v{FORMAT_VERSION}, no scikit-learn needed at prediction; "
    "tested on numpy 1.24-2.x",
}
INDEX = np.int32
LEAF = -1


class PortableFormatError(ValueError):
    """A file is not a portable model this version can read (the caller turns it into a model error)."""


class PortableVersionError(PortableFormatError):
    """A portable model in a format version this version does not read."""


# ----------------------------------------------------------------------------------------------- export (sklearn)


def export(estimator) -> tuple[dict, dict[str, np.ndarray]]:
    """The spec (plain JSON data) and the arrays of a fitted estimator, a Pipeline or a dict of them.

    Raises
    ------
    PortableFormatError
        When the estimator, or one of its settings, has no portable form.
    """
    arrays: dict[str, np.ndarray] = {}
    body = _export(estimator, "m", arrays)
    spec = {"format": FORMAT, "format_version": FORMAT_VERSION, "model": body, "exported_with": _versions()}
    return spec, arrays


def save(estimator, path: str | Path) -> dict:
    """Write ``estimator`` as a portable ``.npz`` archive (compressed) and return its spec."""
    spec, arrays = export(estimator)
    text = json.dumps(spec, sort_keys=True, allow_nan=False).encode("utf-8")
    with open(path, "wb") as handle:
        np.savez_compressed(handle, **{SPEC: np.frombuffer(text, dtype=np.uint8)}, **arrays)
    return spec


def _versions() -> dict:
    import sklearn

    return {"numpy": np.__version__, "scikit-learn": sklearn.__version__}


def _export(estimator, key: str, arrays: dict) -> dict:
    if isinstance(estimator, dict):
        return {
            "kind": "mapping",
            "items": {
                str(name): _export(part, f"{key}.{i}", arrays) for i, (name, part) in enumerate(estimator.items())
            },
        }
    kind = type(estimator).__name__
    exporter = EXPORTERS.get(kind)
    if exporter is None:
        raise PortableFormatError(f"{kind} has no portable form (exportable: {', '.join(sorted(EXPORTERS))}).")
    body = {"kind": kind, **exporter(estimator, key, arrays)}
    names = getattr(estimator, "feature_names_in_", None)
    if names is not None:
        body["feature_names"] = [str(name) for name in names]
    if hasattr(estimator, "n_features_in_"):
        body["n_features"] = int(estimator.n_features_in_)
    return body


def _put(arrays: dict, key: str, values, dtype) -> str:
    arrays[key] = np.ascontiguousarray(np.asarray(values, dtype=dtype))
    return key


def _export_pipeline(pipeline, key: str, arrays: dict) -> dict:
    return {"steps": [_export(step, f"{key}.{i}", arrays) for i, (_, step) in enumerate(pipeline.steps)]}


def _export_imputer(imputer, key: str, arrays: dict) -> dict:
    missing = imputer.missing_values
    if not (isinstance(missing, float) and np.isnan(missing)) or imputer.add_indicator:
        raise PortableFormatError("Only SimpleImputer(missing_values=nan, add_indicator=False) is portable.")
    statistics = np.asarray(imputer.statistics_, dtype=np.float64)
    keep_empty = imputer.strategy == "constant" or getattr(imputer, "keep_empty_features", False)
    kept = np.ones(len(statistics), bool) if keep_empty else ~np.isnan(statistics)
    return {
        "statistics": _put(arrays, f"{key}.statistics", statistics[kept], np.float64),
        "kept": _put(arrays, f"{key}.kept", np.flatnonzero(kept), INDEX),
    }


def _export_scaler(scaler, key: str, arrays: dict) -> dict:
    body = {}
    if scaler.with_mean:
        body["mean"] = _put(arrays, f"{key}.mean", scaler.mean_, np.float64)
    if scaler.with_std:
        body["scale"] = _put(arrays, f"{key}.scale", scaler.scale_, np.float64)
    return body


def _export_logistic(model, key: str, arrays: dict) -> dict:
    if len(model.classes_) != 2 or model.coef_.shape[0] != 1:
        raise PortableFormatError("Only binary LogisticRegression is portable.")
    return {
        "coef": _put(arrays, f"{key}.coef", model.coef_, np.float64),
        "intercept": _put(arrays, f"{key}.intercept", model.intercept_, np.float64),
        "classes": _put(arrays, f"{key}.classes", model.classes_, _class_dtype(model.classes_)),
    }


def _class_dtype(classes) -> np.dtype:
    classes = np.asarray(classes)
    if classes.dtype.kind not in "biuf":
        raise PortableFormatError(f"Classes of dtype {classes.dtype} are not portable (numbers only).")
    return classes.dtype


def _export_trees(trees: list, key: str, arrays: dict) -> dict:
    """Nodes of scikit-learn decision trees, concatenated, children renumbered to global indices."""
    columns = {"feature": [], "threshold": [], "left": [], "right": [], "value": [], "missing_left": []}
    roots, offset, missing = [], 0, True
    for tree in trees:
        nodes = tree.tree_.__getstate__()["nodes"]
        if tree.tree_.n_outputs != 1:
            raise PortableFormatError("Only single-output trees are portable.")
        leaf = nodes["left_child"] == LEAF
        roots.append(offset)
        columns["feature"].append(np.where(leaf, 0, nodes["feature"]))
        columns["threshold"].append(np.where(leaf, 0.0, nodes["threshold"]))
        columns["left"].append(np.where(leaf, LEAF, nodes["left_child"] + offset))
        columns["right"].append(np.where(leaf, LEAF, nodes["right_child"] + offset))
        columns["value"].append(tree.tree_.value[:, 0, 0])
        missing = missing and "missing_go_to_left" in nodes.dtype.names
        columns["missing_left"].append(nodes["missing_go_to_left"] if missing else np.zeros(len(nodes), bool))
        offset += len(nodes)
    return _tree_arrays(columns, roots, key, arrays, missing)


def _tree_arrays(columns: dict, roots: list, key: str, arrays: dict, missing: bool) -> dict:
    dtypes = {"feature": INDEX, "threshold": np.float64, "left": INDEX, "right": INDEX, "value": np.float64}
    body = {name: _put(arrays, f"{key}.{name}", np.concatenate(columns[name]), dtype) for name, dtype in dtypes.items()}
    body["roots"] = _put(arrays, f"{key}.roots", roots, INDEX)
    if missing:
        body["missing_left"] = _put(arrays, f"{key}.missing_left", np.concatenate(columns["missing_left"]), bool)
    return body


def _export_forest(forest, key: str, arrays: dict) -> dict:
    return _export_trees(list(forest.estimators_), key, arrays)


def _export_tree(tree, key: str, arrays: dict) -> dict:
    return _export_trees([tree], key, arrays)


def _export_hist_gradient_boosting(model, key: str, arrays: dict) -> dict:
    if getattr(model, "n_trees_per_iteration_", 1) != 1:
        raise PortableFormatError("Only binary or regression histogram boosting is portable.")
    columns = {"feature": [], "threshold": [], "left": [], "right": [], "value": [], "missing_left": []}
    roots, offset = [], 0
    for (predictor,) in model._predictors:
        nodes = predictor.nodes
        if nodes["is_categorical"].any():
            raise PortableFormatError("Histogram boosting with categorical features is not portable.")
        leaf = nodes["is_leaf"].astype(bool)
        roots.append(offset)
        columns["feature"].append(np.where(leaf, 0, nodes["feature_idx"]))
        columns["threshold"].append(np.where(leaf, 0.0, nodes["num_threshold"]))
        columns["left"].append(np.where(leaf, LEAF, nodes["left"].astype(np.int64) + offset))
        columns["right"].append(np.where(leaf, LEAF, nodes["right"].astype(np.int64) + offset))
        columns["value"].append(nodes["value"])
        columns["missing_left"].append(nodes["missing_go_to_left"].astype(bool))
        offset += len(nodes)
    body = _tree_arrays(columns, roots, key, arrays, missing=True)
    body["baseline"] = float(np.asarray(model._baseline_prediction, dtype=np.float64).ravel()[0])
    if hasattr(model, "classes_"):
        body["classes"] = _put(arrays, f"{key}.classes", model.classes_, _class_dtype(model.classes_))
    else:
        loss = getattr(model, "loss", "squared_error")
        if loss not in ("squared_error", "absolute_error", "quantile"):
            raise PortableFormatError(f"Histogram boosting with loss {loss!r} is not portable (identity link only).")
    return body


EXPORTERS = {
    "Pipeline": _export_pipeline,
    "SimpleImputer": _export_imputer,
    "StandardScaler": _export_scaler,
    "LogisticRegression": _export_logistic,
    "DecisionTreeRegressor": _export_tree,
    "ExtraTreesRegressor": _export_forest,
    "RandomForestRegressor": _export_forest,
    "HistGradientBoostingClassifier": _export_hist_gradient_boosting,
    "HistGradientBoostingRegressor": _export_hist_gradient_boosting,
}


# ------------------------------------------------------------------------------------------------- load (numpy)


def load(path: str | Path):
    """The predictor stored in a portable archive: an object with ``predict`` (and ``predict_proba``,
    ``decision_function`` for classifiers), or a dict of them.

    Raises
    ------
    PortableFormatError
        When the file is not a portable archive, its format version is unknown, or its arrays are inconsistent.
    """
    spec, arrays = read(path)
    return _build(spec["model"], arrays)


def read(path: str | Path) -> tuple[dict, dict[str, np.ndarray]]:
    """The spec and arrays of a portable archive, checked for the format and version (no object arrays)."""
    try:
        archive = np.load(path, allow_pickle=False)
        if not isinstance(archive, np.lib.npyio.NpzFile):
            raise PortableFormatError("it is a single array, not a portable archive")
        with archive:
            arrays = {name: archive[name] for name in archive.files}
    except PortableFormatError:
        raise
    except Exception as error:  # OSError, ValueError (pickled data), zipfile.BadZipFile, zlib.error, EOFError…
        raise PortableFormatError(f"it is not a readable .npz archive ({type(error).__name__}: {error})") from error
    raw = arrays.pop(SPEC, None)
    if raw is None or raw.dtype != np.uint8 or raw.ndim != 1:
        raise PortableFormatError("it holds no portable model spec")
    try:
        spec = json.loads(raw.tobytes().decode("utf-8"))
    except ValueError as error:
        raise PortableFormatError(f"its spec is not JSON ({error})") from error
    if not isinstance(spec, dict) or spec.get("format") != FORMAT:
        raise PortableFormatError(f"it is not in the {FORMAT} format")
    if spec.get("format_version") != FORMAT_VERSION:
        raise PortableVersionError(
            f"it is in {FORMAT} format version {spec.get('format_version')!r}; this version reads version "
            f"{FORMAT_VERSION} only"
        )
    return spec, arrays


def _build(body: dict, arrays: dict):
    if not isinstance(body, dict) or body.get("kind") not in BUILDERS:
        raise PortableFormatError(f"unknown model kind {body.get('kind') if isinstance(body, dict) else body!r}")
    return BUILDERS[body["kind"]](body, arrays)


def _array(arrays: dict, body: dict, name: str, kind: str, ndim: int = 1) -> np.ndarray:
    key = body.get(name)
    found = arrays.get(key) if isinstance(key, str) else None
    if found is None or found.dtype.kind not in kind or found.ndim != ndim:
        raise PortableFormatError(f"array {name!r} of {body.get('kind')} is missing or malformed")
    return found


class Estimator:
    """Input handling shared by the portable predictors: a frame's columns by name, or an array, as float64."""

    def __init__(self, body: dict) -> None:
        self.feature_names = body.get("feature_names")
        self.n_features = body.get("n_features")
        self.feature_names_in_ = np.asarray(self.feature_names, dtype=object) if self.feature_names else None

    def matrix(self, x) -> np.ndarray:
        if hasattr(x, "columns"):
            if self.feature_names is not None:
                absent = [name for name in self.feature_names if name not in x.columns]
                if absent:
                    raise ValueError(f"The input lacks the model's features: {', '.join(absent)}.")
                x = x[self.feature_names]
            x = x.to_numpy(dtype=np.float64, na_value=np.nan)
        x = np.asarray(x, dtype=np.float64)
        if x.ndim != 2 or (self.n_features is not None and x.shape[1] != self.n_features):
            raise ValueError(f"X has shape {x.shape}; the model expects (rows, {self.n_features}).")
        return x


class Trees:
    """Decision trees stored as concatenated node arrays (children > parent, so every path ends)."""

    def __init__(self, body: dict, arrays: dict, n_features: int | None) -> None:
        self.feature = _array(arrays, body, "feature", "iu").astype(np.intp)
        self.threshold = _array(arrays, body, "threshold", "f").astype(np.float64)
        self.left = _array(arrays, body, "left", "i").astype(np.intp)
        self.right = _array(arrays, body, "right", "i").astype(np.intp)
        self.value = _array(arrays, body, "value", "f").astype(np.float64)
        self.roots = _array(arrays, body, "roots", "iu").astype(np.intp)
        self.missing_left = _array(arrays, body, "missing_left", "b") if "missing_left" in body else None
        self._check(n_features)
        missing = self.missing_left if self.missing_left is not None else np.zeros(len(self.left), bool)
        self.lists = [a.tolist() for a in (self.left, self.right, self.feature, self.threshold, self.value, missing)]

    def _check(self, n_features: int | None) -> None:
        """Check that the arrays make trees: equal lengths, children later nodes of the same tree (so that every
        path ends), features the model has."""
        count = len(self.feature)
        sizes = {len(a) for a in (self.threshold, self.left, self.right, self.value)}
        if self.missing_left is not None:
            sizes.add(len(self.missing_left))
        ends = np.r_[self.roots[1:], count] if len(self.roots) else np.array([], np.intp)
        if sizes != {count} or not len(self.roots) or self.roots[0] != 0 or (np.diff(self.roots) <= 0).any():
            raise PortableFormatError("tree arrays of different lengths or bad tree starts")
        tree = np.repeat(np.arange(len(self.roots)), ends - self.roots)
        inner = self.left != LEAF
        index = np.arange(count)
        for child in (self.left, self.right):
            bad = inner & ((child <= index) | (child >= ends[tree]))
            if bad.any() or (~inner & (child != LEAF)).any():
                raise PortableFormatError("tree nodes whose children are not later nodes of the same tree")
        used = self.feature[inner]
        if n_features is not None and ((used < 0) | (used >= n_features)).any():
            raise PortableFormatError("tree nodes on features the model does not have")

    def values(self, columns: np.ndarray, t: int, nan: bool) -> np.ndarray:
        """The leaf value of tree ``t`` for every row; ``columns`` is ``X`` transposed (one row per feature).

        Each node splits the rows that reach it (index arrays): the work is rows × mean depth, the same for
        a million rows as per row for a few.
        """
        rows_n = columns.shape[1]
        out = np.empty(rows_n, dtype=np.float64)
        left, right, feature, threshold, value, missing = self.lists
        stack = [(int(self.roots[t]), None)]
        while stack:
            node, rows = stack.pop()
            if left[node] == LEAF:
                if rows is None:
                    out[:] = value[node]
                else:
                    out[rows] = value[node]
                continue
            column = columns[feature[node]]
            if rows is None:
                values, rows = column, np.arange(rows_n)
            else:
                values = column[rows]
            go = values <= threshold[node]
            if nan and missing[node]:
                go |= np.isnan(values)
            stack.append((right[node], rows[~go]))
            stack.append((left[node], rows[go]))
        return out

    def __len__(self) -> int:
        return len(self.roots)


class Forest(Estimator):
    """Regression trees averaged (ExtraTrees, RandomForest) or a single tree; ``X`` is cast to float32 first."""

    def __init__(self, body: dict, arrays: dict) -> None:
        super().__init__(body)
        self.trees = Trees(body, arrays, self.n_features)
        self.average = body["kind"] != "DecisionTreeRegressor"

    def predict(self, x) -> np.ndarray:
        x = self.matrix(x)
        if self.trees.missing_left is None and np.isnan(x).any():
            raise ValueError("Input X contains NaN; the trees were trained without missing values.")
        # scikit-learn casts X to float32 and compares that value, widened, with the float64 threshold
        columns = np.ascontiguousarray(x.T, dtype=np.float32).astype(np.float64)
        nan = self.trees.missing_left is not None
        if not self.average:
            return self.trees.values(columns, 0, nan)
        total = np.zeros(len(x), dtype=np.float64)
        for t in range(len(self.trees)):
            total += self.trees.values(columns, t, nan)
        total /= len(self.trees)
        return total


class HistGradientBoosting(Estimator):
    """Histogram gradient boosting on numerical features: baseline plus every tree's leaf value, in order."""

    def __init__(self, body: dict, arrays: dict) -> None:
        super().__init__(body)
        self.trees = Trees(body, arrays, self.n_features)
        if self.trees.missing_left is None:
            raise PortableFormatError("histogram boosting without missing-value routing")
        self.baseline = float(body["baseline"])
        self.classes_ = _array(arrays, body, "classes", "biuf") if "classes" in body else None

    def decision_function(self, x) -> np.ndarray:
        x = self.matrix(x)
        columns, nan = np.ascontiguousarray(x.T), bool(np.isnan(x).any())
        raw = np.zeros(len(x), dtype=np.float64)
        raw += self.baseline
        for t in range(len(self.trees)):
            raw += self.trees.values(columns, t, nan)
        return raw

    def predict_proba(self, x) -> np.ndarray:
        return _binary(_expit(self.decision_function(x)))

    def predict(self, x) -> np.ndarray:
        raw = self.decision_function(x)
        if self.classes_ is None:
            return raw
        return self.classes_[(raw > 0).astype(np.intp)]


class Imputer(Estimator):
    """SimpleImputer on NaN: drops the columns it dropped at fit, fills the rest with the fitted statistics."""

    def __init__(self, body: dict, arrays: dict) -> None:
        super().__init__(body)
        self.statistics = _array(arrays, body, "statistics", "f").astype(np.float64)
        self.kept = _array(arrays, body, "kept", "iu").astype(np.intp)
        limit = self.n_features if self.n_features is not None else np.iinfo(np.intp).max
        if len(self.kept) != len(self.statistics) or ((self.kept < 0) | (self.kept >= limit)).any():
            raise PortableFormatError("imputer arrays do not match")

    def transform(self, x) -> np.ndarray:
        x = self.matrix(x)
        if np.isinf(x).any():
            raise ValueError("Input X contains infinity or a value too large for dtype('float64').")
        # like scikit-learn, keep the memory layout of the input (a frame's values are column-major): the
        # dot product of a following linear model rounds differently in the other layout
        x = x[:, self.kept] if len(self.kept) != x.shape[1] else x.copy(order="K")
        missing = np.isnan(x)
        x[missing] = np.broadcast_to(self.statistics, x.shape)[missing]
        return x


class Scaler(Estimator):
    def __init__(self, body: dict, arrays: dict) -> None:
        super().__init__(body)
        self.mean = _array(arrays, body, "mean", "f").astype(np.float64) if "mean" in body else None
        self.scale = _array(arrays, body, "scale", "f").astype(np.float64) if "scale" in body else None

    def transform(self, x) -> np.ndarray:
        x = self.matrix(x).copy(order="K")
        if self.mean is not None:
            x -= self.mean
        if self.scale is not None:
            x /= self.scale
        return x


class Logistic(Estimator):
    """Binary logistic regression: ``X @ coef.T + intercept``, then the logistic function."""

    def __init__(self, body: dict, arrays: dict) -> None:
        super().__init__(body)
        self.coef = _array(arrays, body, "coef", "f", ndim=2).astype(np.float64)
        self.intercept = _array(arrays, body, "intercept", "f").astype(np.float64)
        self.classes_ = _array(arrays, body, "classes", "biuf")
        if self.coef.shape[0] != 1 or len(self.intercept) != 1 or len(self.classes_) != 2:
            raise PortableFormatError("logistic regression arrays are not those of a binary model")

    def decision_function(self, x) -> np.ndarray:
        x = self.matrix(x)
        if not np.isfinite(x).all():
            raise ValueError("Input X contains NaN or infinity.")
        return (x @ self.coef.T + self.intercept).ravel()

    def predict_proba(self, x) -> np.ndarray:
        return _binary(_expit(self.decision_function(x)))

    def predict(self, x) -> np.ndarray:
        return self.classes_[(self.decision_function(x) > 0).astype(np.intp)]


class Pipeline(Estimator):
    """Transforms in order, then the last step's method."""

    def __init__(self, body: dict, arrays: dict) -> None:
        steps = body.get("steps")
        if not isinstance(steps, list) or not steps:
            raise PortableFormatError("a pipeline without steps")
        self.steps = [_build(step, arrays) for step in steps]
        if not all(hasattr(step, "transform") for step in self.steps[:-1]):
            raise PortableFormatError("a pipeline whose first steps do not transform")
        super().__init__({**body, **{k: steps[0].get(k) for k in ("feature_names", "n_features")}})

    def _last(self, x):
        for step in self.steps[:-1]:
            x = step.transform(x)
        return x, self.steps[-1]

    def predict(self, x) -> np.ndarray:
        x, last = self._last(x)
        return last.predict(x)

    def predict_proba(self, x) -> np.ndarray:
        x, last = self._last(x)
        return last.predict_proba(x)

    def decision_function(self, x) -> np.ndarray:
        x, last = self._last(x)
        return last.decision_function(x)


def _mapping(body: dict, arrays: dict) -> dict:
    items = body.get("items")
    if not isinstance(items, dict):
        raise PortableFormatError("a mapping without items")
    return {name: _build(part, arrays) for name, part in items.items()}


def _expit(z: np.ndarray) -> np.ndarray:
    """``1 / (1 + exp(-z))`` with the C library's ``exp``, as ``scipy.special.expit`` computes it (numpy's
    vectorised ``exp`` may differ from it in the last bit)."""
    minus = -np.asarray(z, dtype=np.float64)
    overflow = minus > 709.78  # math.exp raises beyond log(float max) = 709.7827; the result there is 1 / (1 + inf) = 0
    exp = _EXP(np.where(overflow, 0.0, minus)).astype(np.float64)
    exp[overflow] = np.inf
    return 1.0 / (1.0 + exp)


_EXP = np.frompyfunc(math.exp, 1, 1)


def _binary(p: np.ndarray) -> np.ndarray:
    return np.vstack([1 - p, p]).T


BUILDERS = {
    "mapping": _mapping,
    "Pipeline": Pipeline,
    "SimpleImputer": Imputer,
    "StandardScaler": Scaler,
    "LogisticRegression": Logistic,
    "DecisionTreeRegressor": Forest,
    "ExtraTreesRegressor": Forest,
    "RandomForestRegressor": Forest,
    "HistGradientBoostingClassifier": HistGradientBoosting,
    "HistGradientBoostingRegressor": HistGradientBoosting,
}
