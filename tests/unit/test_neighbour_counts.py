"""Grid counting (core.spatial.counts) returns scipy's cKDTree counts exactly, on the real systems and on a
dense synthetic table like the million-system bench's."""

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from core.models.water_risk import features
from core.models.water_risk.features import _chord, neighbourhood_features, unit_vectors
from core.spatial.counts import count_within, make_grid

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data"
SYSTEMS = SHARED / "water" / "siasar_peru_systems.csv"
pytestmark = pytest.mark.skipif(not SYSTEMS.is_file(), reason="shared data absent")


def _points(frame):
    frame = frame.assign(
        longitud=pd.to_numeric(frame["longitud"], errors="coerce"),
        latitud=pd.to_numeric(frame["latitud"], errors="coerce"),
    ).dropna(subset=["longitud", "latitud"])
    lon, lat = frame["longitud"].to_numpy(float), frame["latitud"].to_numpy(float)
    untreated = frame["trat_tipo"].replace("", np.nan).isna().to_numpy()
    return lon, lat, unit_vectors(lon, lat), untreated


def _check(lon, lat, vectors, untreated):
    from scipy.spatial import cKDTree

    tree, subset = cKDTree(vectors), cKDTree(vectors[untreated])
    grid = make_grid(lon, lat, vectors)  # one grid for every radius, as the features do
    for km in (5, 10, 20):
        expected = tree.query_ball_point(vectors, _chord(km), return_length=True)
        got = count_within(lon, lat, vectors, lon, lat, vectors, _chord(km))
        np.testing.assert_array_equal(got, expected, err_msg=f"{km} km")
        shared = count_within(lon, lat, vectors, lon, lat, vectors, _chord(km), grid=grid)
        np.testing.assert_array_equal(shared, expected, err_msg=f"{km} km, shared grid")
    expected = subset.query_ball_point(vectors, _chord(10), return_length=True)
    got = count_within(lon[untreated], lat[untreated], vectors[untreated], lon, lat, vectors, _chord(10))
    np.testing.assert_array_equal(got, expected, err_msg="untreated, 10 km")


def test_real_systems():
    _check(*_points(pd.read_csv(SYSTEMS, dtype=str, keep_default_na=False)))


def test_dense_synthetic_systems():
    from bench.scale import synthetic_systems

    _check(*_points(synthetic_systems(40_000, source=SYSTEMS, seed=7)))


def test_features_equal_by_grid_or_tree(monkeypatch):
    from bench.scale import synthetic_systems

    frame = synthetic_systems(20_000, source=SYSTEMS, seed=3)
    systems = pd.DataFrame(
        {
            "longitude": pd.to_numeric(frame["longitud"]),
            "latitude": pd.to_numeric(frame["latitud"]),
            "treatment_type": frame["trat_tipo"].replace("", np.nan),
        }
    ).dropna(subset=["longitude", "latitude"])
    by_tree = neighbourhood_features(systems, None, None)
    monkeypatch.setattr(features, "GRID_COUNTS_FROM", 0)
    by_grid = neighbourhood_features(systems, None, None)
    pd.testing.assert_frame_equal(by_grid, by_tree)


def test_empty_inputs():
    assert count_within([], [], np.empty((0, 3)), [1.0], [-10.0], unit_vectors([1.0], [-10.0]), 0.1).tolist() == [0]
