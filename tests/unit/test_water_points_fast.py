"""The points a table's coordinates become (``core.io.water_points.points_from_xy``) are those of
``shapely.geometry.Point(x, y)``, whichever way this shapely builds them, and behave as shapely's own."""

import gc
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
from shapely.geometry import Point, Polygon

from core.io.water_points import point_coordinates, points_from_xy, read_water_points

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data"


def test_points_equal_shapely_points_byte_for_byte():
    rng = np.random.default_rng(7)
    x = np.r_[rng.uniform(-81.5, -68.5, 2000), -0.0, 0.0, 1e-300, -180.0, 180.0]
    y = np.r_[rng.uniform(-18.5, 0.0, 2000), 0.0, -0.0, -1e-300, -90.0, 90.0]
    made = points_from_xy(pd.Series(x), pd.Series(y))
    expected = [Point(a, b) for a, b in zip(x, y, strict=True)]
    assert len(made) == len(expected)
    assert [p.wkb for p in made] == [p.wkb for p in expected]
    assert all(not p.has_z and p.geom_type == "Point" and not p.is_empty for p in made)


def test_points_behave_as_shapely_points_in_geopandas():
    x, y = pd.Series([-77.03, -71.54, -73.25]), pd.Series([-12.05, -16.41, -3.75])
    frame = gpd.GeoDataFrame({"n": [1, 2, 3]}, geometry=points_from_xy(x, y), crs="EPSG:4326")
    square = Polygon([(-78, -13), (-76, -13), (-76, -11), (-78, -11)])
    assert frame.within(square).tolist() == [True, False, False]
    assert frame.to_crs("EPSG:32718").to_crs("EPSG:4326").geometry.x.round(9).tolist() == x.tolist()
    assert frame.geometry.iloc[0].equals(Point(-77.03, -12.05))
    copy = frame.copy()
    del frame
    gc.collect()  # the copy's points outlive the frame's: each owns its own GEOS geometry
    assert copy.geometry.y.tolist() == y.tolist()


def test_a_table_read_keeps_its_points_coordinates_as_columns():
    loaded = read_water_points(SHARED / "water" / "siasar_peru_systems.csv")
    lon, lat = point_coordinates(loaded)
    assert loaded.attrs["xy_columns"] == ("longitude", "latitude")
    assert lon.tolist() == loaded.data.geometry.x.tolist() and lat.tolist() == loaded.data.geometry.y.tolist()
    moved = loaded.data.copy()  # a frame that lost the columns: read from its geometries
    moved = moved.drop(columns=["longitude", "latitude"])
    again = point_coordinates(loaded, moved)
    assert again[0].tolist() == lon.tolist()
