"""``percentile_in_group`` (the water-risk model's within-department percentiles) gives pandas' grouped
``rank(pct=True)`` to the last bit: ties, blanks, one-row groups, infinities."""

import numpy as np
import pandas as pd
import pytest

from core.models.water_risk.features import percentile_in_group


def _pandas(values, groups):
    return pd.Series(values).groupby(groups).rank(pct=True).to_numpy(dtype=float)


@pytest.mark.parametrize("seed", range(5))
def test_same_doubles_as_pandas(seed):
    rng = np.random.default_rng(seed)
    n = 20_000
    values = rng.choice(np.r_[rng.normal(size=50), 0.0, -0.0, np.inf, -np.inf, np.nan], n)  # many ties
    values = np.where(rng.random(n) < 0.3, rng.normal(size=n), values)  # and distinct ones
    groups = rng.integers(0, 25, n)
    got, expected = percentile_in_group(values, groups), _pandas(values, groups)
    np.testing.assert_array_equal(got, expected)
    assert np.isnan(got).sum() == np.isnan(values).sum() > 0


def test_edge_cases():
    groups = np.array([0, 0, 0, 1, 2, 2, 3])
    values = np.array([5.0, 5.0, 1.0, 7.0, np.nan, 3.0, np.nan])
    got = percentile_in_group(values, groups)
    np.testing.assert_array_equal(got, _pandas(values, groups))
    np.testing.assert_array_equal(got[:4], [2.5 / 3, 2.5 / 3, 1 / 3, 1.0])
    assert np.isnan(got[4]) and got[5] == 1.0 and np.isnan(got[6])
    assert np.isnan(percentile_in_group(np.array([np.nan, np.nan]), np.array([0, 1]))).all()
    assert len(percentile_in_group(np.array([]), np.array([], dtype=int))) == 0
