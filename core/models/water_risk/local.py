"""Local evidence: the national model combined with the office's own observations (survey mode).

For every system, features are computed from the *other* systems' observations (a system's own observation
never enters its own features): the district's and department's failure rates shrunk by empirical Bayes,
a kernel-weighted rate of observed neighbours, the nearest observed system's state and distance, the counts,
and the national model's log-odds centred in the department. A small logistic regression (numpy, L2, Newton)
combines them; it is refitted on the office's own observations each time (leave-one-out features of the
observed systems; seconds), or, with too few observations, uses ``DEFAULT_COEFFICIENTS`` (fitted by
``survey_eval`` on the shared data's labelled departments, recorded in the model card).

Numpy and scipy only: nothing here needs scikit-learn.
"""

from dataclasses import dataclass

import numpy as np
import pandas as pd

from .features import EARTH_RADIUS_KM, unit_vectors

NEAR_KM = 5.0  # "evidence": observations in the same district plus those within this distance, each once
KERNEL_KM = 2.0  # e-folding distance of the neighbour weights
KERNEL_REACH_KM = 10.0  # neighbours farther than this carry no weight
DISTRICT_PRIOR = 4.0  # empirical-Bayes prior strength (systems) of the district rate toward the department's
DEPARTMENT_PRIOR = 10.0  # ... of the department rate toward the national prevalence
KERNEL_PRIOR = 1.0  # ... of the neighbour rate toward the district's (in kernel weight)
NATIONAL_PREVALENCE = 0.277  # labelled SIASAR Peru 2015-16 (1,185 of 4,275): the prior where nothing is observed
MIN_FIT = 40  # observations needed to refit the combination (and at least MIN_CLASS of each state)
MIN_CLASS = 8
RIDGE = 1.0  # L2 penalty of the combination (standardised features; intercept free)
RATE_LEVEL = 0.90  # interval of the department rate

FEATURES = [
    "national_logit",
    "district_rate_logit",
    "department_rate_logit",
    "kernel_rate_logit",
    "nearest_state",
    "nearest_km_log",
    "district_observed_log",
    "kernel_weight_log",
]
# the features of a system in a district without observations (measured: the neighbour features add noise there)
REMOTE_FEATURES = ("national_logit", "department_rate_logit")
# fitted by ``python -m core.models.water_risk.survey_eval`` (all labelled departments, 25 % surveyed, seed 0);
# used when the office has fewer than MIN_FIT observations: (intercept, coefficient per feature of FEATURES)
DEFAULT_COEFFICIENTS = {
    "intercept": 0.0,
    "national_logit": 0.1,
    "district_rate_logit": 0.6,
    "department_rate_logit": 0.4,
    "kernel_rate_logit": 0.5,
    "nearest_state": 0.3,
    "nearest_km_log": 0.0,
    "district_observed_log": 0.0,
    "kernel_weight_log": 0.0,
}


def _logit(p) -> np.ndarray:
    p = np.clip(np.asarray(p, dtype=float), 1e-4, 1 - 1e-4)
    return np.log(p / (1 - p))


def _sigmoid(z) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.asarray(z, dtype=float)))


@dataclass
class Evidence:
    """Per system: the combination's features and the counts shown to the user (same order as the systems)."""

    features: pd.DataFrame
    district: np.ndarray  # other observed systems in the same district
    near: np.ndarray  # other observed systems within NEAR_KM
    total: np.ndarray  # each observation once: in the district or near
    department_rate: np.ndarray
    department_lo: np.ndarray
    department_hi: np.ndarray


def _group_sums(keys: np.ndarray, observed: np.ndarray, y: np.ndarray):
    """Observed count and failures of each row's group (``keys``), the row itself included."""
    frame = pd.DataFrame({"k": keys, "n": observed.astype(float), "f": np.where(observed, y, 0.0)})
    sums = frame.groupby("k")[["n", "f"]].transform("sum")
    return sums["n"].to_numpy(), sums["f"].to_numpy()


def evidence(
    longitude,
    latitude,
    ubigeo,
    label,
    national_logit=None,
    prevalence: float = NATIONAL_PREVALENCE,
    department_prior: dict | None = None,
) -> Evidence:
    """Features of every system from the other systems' observations.

    Parameters
    ----------
    longitude, latitude, ubigeo:
        One value per system (``ubigeo`` six digits; its first two are the department).
    label:
        1.0 where observed not working, 0.0 where observed working, NaN where not observed.
    national_logit:
        The national model's log-odds per system (None: all zero).
    prevalence:
        The rate where nothing is observed (the department rate's prior mean).
    department_prior:
        ``department -> (failures, observations)`` known before the survey (e.g. the card's SIASAR counts):
        added to the department's prior. None: only ``prevalence`` with strength ``DEPARTMENT_PRIOR``.
    """
    from scipy.spatial import cKDTree

    label = np.asarray(label, dtype=float)
    n = len(label)
    observed = ~np.isnan(label)
    y = np.where(observed, label, 0.0)
    own = observed.astype(float)
    district = pd.Series(ubigeo).astype("string").fillna("").to_numpy(dtype=str)
    department = np.array([d[:2] for d in district])
    # department rate: others of the department, shrunk toward the prior
    dep_n, dep_f = _group_sums(department, observed, y)
    dep_n, dep_f = dep_n - own, dep_f - y
    prior_f = np.full(n, DEPARTMENT_PRIOR * prevalence)
    prior_n = np.full(n, DEPARTMENT_PRIOR)
    if department_prior:
        for code, (failures, count) in department_prior.items():
            rows = department == code
            prior_f[rows] += failures
            prior_n[rows] += count
    dep_rate = (dep_f + prior_f) / (dep_n + prior_n)
    # district rate: others of the district, shrunk toward the department's
    dis_n, dis_f = _group_sums(district, observed, y)
    dis_n, dis_f = dis_n - own, dis_f - y
    dis_rate = (dis_f + DISTRICT_PRIOR * dep_rate) / (dis_n + DISTRICT_PRIOR)

    points = unit_vectors(longitude, latitude)
    located = np.isfinite(points).all(axis=1)
    kernel_w = np.zeros(n)
    kernel_f = np.zeros(n)
    near = np.zeros(n)
    nearest_state = np.full(n, np.nan)
    nearest_km = np.full(n, np.nan)
    near_outside_district = np.zeros(n)
    source_rows = np.flatnonzero(observed & located)
    if len(source_rows):
        tree = cKDTree(points[source_rows])
        reach = 2 * np.sin(max(KERNEL_REACH_KM, NEAR_KM) / (2 * EARTH_RADIUS_KM))
        targets = np.flatnonzero(located)
        pairs = tree.sparse_distance_matrix(cKDTree(points[targets]), reach, output_type="coo_matrix")
        src, dst = source_rows[pairs.row], targets[pairs.col]
        km = 2 * EARTH_RADIUS_KM * np.arcsin(np.clip(pairs.data / 2, 0, 1))
        keep = src != dst
        # sparse_distance_matrix leaves out pairs at distance 0 (same coordinates): add them back
        src, dst, km = src[keep], dst[keep], km[keep]
        same = _same_place(points, source_rows, targets)
        if len(same[0]):
            src, dst, km = np.r_[src, same[0]], np.r_[dst, same[1]], np.r_[km, np.zeros(len(same[0]))]
        weight = np.where(km <= KERNEL_REACH_KM, np.exp(-km / KERNEL_KM), 0.0)
        kernel_w = np.bincount(dst, weight, n)
        kernel_f = np.bincount(dst, weight * y[src], n)
        within = km <= NEAR_KM
        near = np.bincount(dst[within], minlength=n).astype(float)
        outside = within & (district[src] != district[dst])
        near_outside_district = np.bincount(dst[outside], minlength=n).astype(float)
        # the nearest other observed system (k = 2: the first may be the system itself)
        k = min(2, len(source_rows))
        chord, index = tree.query(points[targets], k=k)
        chord, index = chord.reshape(len(targets), k), index.reshape(len(targets), k)
        first = source_rows[index[:, 0]]
        use_second = first == targets
        if k == 2:
            pick = np.where(use_second, source_rows[index[:, 1]], first)
            dist = np.where(use_second, chord[:, 1], chord[:, 0])
        else:
            pick, dist = first, np.where(use_second, np.inf, chord[:, 0])
        valid = np.isfinite(dist) & (pick != targets)
        nearest_state[targets[valid]] = y[pick[valid]]
        nearest_km[targets[valid]] = 2 * EARTH_RADIUS_KM * np.arcsin(np.clip(dist[valid] / 2, 0, 1))
    kernel_rate = (kernel_f + KERNEL_PRIOR * dis_rate) / (kernel_w + KERNEL_PRIOR)
    centred = np.zeros(n) if national_logit is None else _centred(np.asarray(national_logit, float), department)
    features = pd.DataFrame(
        {
            "national_logit": centred,
            "district_rate_logit": _logit(dis_rate),
            "department_rate_logit": _logit(dep_rate),
            "kernel_rate_logit": _logit(kernel_rate),
            # no observed neighbour: the department's rate stands for its state
            "nearest_state": np.where(np.isnan(nearest_state), dep_rate, nearest_state) - dep_rate,
            "nearest_km_log": np.log1p(np.nan_to_num(nearest_km, nan=100.0).clip(0, 100)),
            "district_observed_log": np.log1p(dis_n),
            "kernel_weight_log": np.log1p(kernel_w),
        }
    )[FEATURES]
    # the department rate's interval: Beta posterior of the department's observations (itself included)
    from scipy.stats import beta

    a = dep_f + y + prior_f
    b = (dep_n + own) - (dep_f + y) + prior_n - prior_f
    tail = (1 - RATE_LEVEL) / 2
    return Evidence(
        features=features,
        district=dis_n.astype(int),
        near=near.astype(int),
        total=(dis_n + near_outside_district).astype(int),
        department_rate=a / (a + b),
        department_lo=beta.ppf(tail, a, b),
        department_hi=beta.ppf(1 - tail, a, b),
    )


def _same_place(points: np.ndarray, sources: np.ndarray, targets: np.ndarray):
    """Pairs (source, target) of different systems at exactly the same coordinates."""
    keys = pd.DataFrame(points).round(12).astype(str).agg(",".join, axis=1).to_numpy()
    src_frame = pd.DataFrame({"key": keys[sources], "src": sources})
    dst_frame = pd.DataFrame({"key": keys[targets], "dst": targets})
    pairs = src_frame.merge(dst_frame, on="key")
    pairs = pairs[pairs["src"] != pairs["dst"]]
    return pairs["src"].to_numpy(), pairs["dst"].to_numpy()


def _centred(logit: np.ndarray, department: np.ndarray) -> np.ndarray:
    """Log-odds standardised within each department (its level and spread carry nothing across departments)."""
    series = pd.Series(logit)
    groups = series.groupby(department)
    sd = groups.transform("std").fillna(1.0).replace(0.0, 1.0)
    return ((series - groups.transform("mean")) / sd).fillna(0.0).to_numpy()


# the combination ---------------------------------------------------------------------------------------------


@dataclass
class Combination:
    """``p = sigmoid(intercept + Σ coefficient · feature)`` on the features of ``FEATURES``."""

    intercept: float
    coefficients: dict
    fitted_on: int  # observations it was fitted on (0: the default)

    def logit(self, features: pd.DataFrame) -> np.ndarray:
        x = features[FEATURES].to_numpy(dtype=float)
        beta = np.array([self.coefficients[c] for c in FEATURES])
        return self.intercept + x @ beta

    def probability(self, features: pd.DataFrame) -> np.ndarray:
        return _sigmoid(self.logit(features))

    def to_dict(self) -> dict:
        return {"intercept": self.intercept, **self.coefficients}


def default_combination(coefficients: dict | None = None) -> Combination:
    values = dict(coefficients or DEFAULT_COEFFICIENTS)
    return Combination(float(values.pop("intercept")), {c: float(values[c]) for c in FEATURES}, 0)


def fit(features: pd.DataFrame, label, ridge: float = RIDGE, iterations: int = 50) -> Combination:
    """Penalised logistic regression by Newton's method (features standardised, intercept not penalised)."""
    x = features[FEATURES].to_numpy(dtype=float)
    y = np.asarray(label, dtype=float)
    mean, sd = x.mean(axis=0), x.std(axis=0)
    sd = np.where(sd > 1e-9, sd, 1.0)
    z = np.c_[np.ones(len(x)), (x - mean) / sd]
    w = np.zeros(z.shape[1])
    penalty = np.full(z.shape[1], ridge)
    penalty[0] = 0.0
    for _ in range(iterations):
        p = _sigmoid(z @ w)
        gradient = z.T @ (p - y) + penalty * w
        hessian = (z * (p * (1 - p))[:, None]).T @ z + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.max(np.abs(step)) < 1e-8:
            break
    coefficients = w[1:] / sd
    intercept = float(w[0] - np.sum(coefficients * mean))
    return Combination(intercept, dict(zip(FEATURES, map(float, coefficients), strict=True)), len(y))


def can_fit(label) -> bool:
    y = np.asarray(label, dtype=float)
    y = y[~np.isnan(y)]
    return len(y) >= MIN_FIT and min(y.sum(), len(y) - y.sum()) >= MIN_CLASS


CROSS_FOLDS = 5


def cross_fitted(
    longitude,
    latitude,
    ubigeo,
    label,
    national_logit=None,
    folds: int = CROSS_FOLDS,
    seed: int = 0,
    by_district: bool = False,
) -> tuple[np.ndarray, pd.DataFrame]:
    """(rows, features) of the observed systems, each computed without the observations of its fold.

    A system's own observation must not enter its features; leaving only itself out biases the district
    rate against its own state (a failing system sees a lower rate than its working neighbours see), which a
    flexible combiner would learn. Leaving a random fifth out mimics a system the survey did not reach;
    ``by_district`` leaves whole districts out, mimicking a system in a district the survey did not visit.
    """
    label = np.asarray(label, dtype=float)
    rows = np.flatnonzero(~np.isnan(label))
    rng = np.random.default_rng(seed)
    if by_district:
        districts = pd.Series(ubigeo).astype("string").fillna("").to_numpy(dtype=str)[rows]
        names = np.unique(districts)
        fold = rng.integers(0, folds, len(names))[np.searchsorted(names, districts)]
    else:
        fold = rng.integers(0, folds, len(rows))
    out = np.empty((len(rows), len(FEATURES)))
    for j in range(folds):
        mine = rows[fold == j]
        if not len(mine):
            continue
        hidden = label.copy()
        hidden[mine] = np.nan
        out[fold == j] = evidence(longitude, latitude, ubigeo, hidden, national_logit).features.to_numpy()[mine]
    return rows, pd.DataFrame(out, columns=FEATURES)


def combine(
    longitude, latitude, ubigeo, label, national_logit=None, default: Combination | None = None
) -> tuple[np.ndarray, dict, Evidence]:
    """Probability of failure of every system, the combinations used and the evidence.

    Two combinations are fitted (when ``can_fit``; else ``default``): one on randomly cross-fitted features,
    for systems with observations in their district, one on district-grouped cross-fitted features, for
    systems in districts without any. A department with no observation at all keeps the national model's
    probability (``sigmoid(national_logit)``): nothing local is known there.
    """
    label = np.asarray(label, dtype=float)
    ev = evidence(longitude, latitude, ubigeo, label, national_logit)
    models = {}
    for name, grouped in (("district_observed", False), ("district_not_observed", True)):
        if can_fit(label):
            rows, features = cross_fitted(longitude, latitude, ubigeo, label, national_logit, by_district=grouped)
            if grouped:  # outside observed districts only the department's rate and the national model carry
                features = features.assign(**{c: 0.0 for c in FEATURES if c not in REMOTE_FEATURES})
            models[name] = fit(features, label[rows])
        else:
            models[name] = default or default_combination()
    probability = np.where(
        ev.district > 0,
        models["district_observed"].probability(ev.features),
        models["district_not_observed"].probability(ev.features),
    )
    department = pd.Series(ubigeo).astype("string").fillna("").str[:2].to_numpy(dtype=str)
    observed_departments = set(department[~np.isnan(label)])
    nothing = ~np.isin(department, list(observed_departments))
    if national_logit is not None:
        probability = np.where(nothing, _sigmoid(national_logit), probability)
    return probability, models, ev


def department_rates(ubigeo, label, prior: dict | None = None, prevalence: float = NATIONAL_PREVALENCE):
    """(rate, low, high) of each system's department: Beta posterior of its observations (RATE_LEVEL interval).

    ``prior``: ``department -> rate`` known before the survey (the model card's SIASAR rates), worth
    ``DEPARTMENT_PRIOR`` systems; ``prevalence`` where a department has none.
    """
    from scipy.stats import beta

    label = np.asarray(label, dtype=float)
    department = pd.Series(ubigeo).astype("string").fillna("").str[:2].to_numpy(dtype=str)
    observed = ~np.isnan(label)
    n, f = _group_sums(department, observed, np.where(observed, label, 0.0))
    mean = pd.Series(department).map(prior or {}).fillna(prevalence).to_numpy(dtype=float)
    a = f + DEPARTMENT_PRIOR * mean
    b = n - f + DEPARTMENT_PRIOR * (1 - mean)
    tail = (1 - RATE_LEVEL) / 2
    return a / (a + b), beta.ppf(tail, a, b), beta.ppf(1 - tail, a, b)
