"""Zonal statistics against a brute-force reference of the pixel rule (one pixel centre at a time)."""

import math
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import rasterio
from pyproj import CRS, Geod
from rasterio.transform import from_origin
from shapely import ops
from shapely.geometry import MultiPolygon, Point, Polygon, box
from shapely.prepared import prep

from core.errors import CancelledError, InputError
from core.features import zonal
from core.features.zonal import STATS, ZoneIndex, buffer_statistics, clear_cache, zonal_statistics

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data"
UTM = "EPSG:32718"
UTM_ORIGIN = (300_013.0, 8_700_029.0)  # west, north of the test rasters in UTM 18S (near Lima)
GEO_ORIGIN = (-76.5, -11.8)


@pytest.fixture(autouse=True)
def empty_cache():
    clear_cache()
    yield
    clear_cache()


def write_raster(path: Path, data: np.ndarray, transform, crs: str, nodata: float | None = -9999.0) -> Path:
    profile = dict(
        driver="GTiff",
        width=data.shape[1],
        height=data.shape[0],
        count=1,
        dtype=data.dtype,
        crs=crs,
        transform=transform,
        nodata=nodata,
    )
    with rasterio.open(path, "w", **profile) as target:
        target.write(data, 1)
    return path


def random_values(shape: tuple[int, int], seed: int = 0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    data = rng.normal(50, 20, shape).astype("float32")
    data[:6, :9] = -9999.0  # a nodata block
    data[rng.random(shape) < 0.05] = np.nan
    return data


@pytest.fixture
def utm_raster(tmp_path) -> Path:
    transform = from_origin(*UTM_ORIGIN, 100, 100)
    return write_raster(tmp_path / "utm.tif", random_values((40, 50)), transform, UTM)


def blob(x: float, y: float, size: float, seed: int) -> Polygon:
    """An irregular polygon around (x, y), vertices at random radii."""
    rng = np.random.default_rng(seed)
    angles = np.sort(rng.uniform(0, 2 * math.pi, 9))
    radii = size * rng.uniform(0.5, 1.0, 9)
    return Polygon(zip(x + radii * np.cos(angles), y + radii * np.sin(angles), strict=True))


def utm_polygons() -> gpd.GeoDataFrame:
    west, north = UTM_ORIGIN
    shapes = {
        "blob": blob(west + 2000, north - 2000, 900, 1),
        "overlaps_blob": blob(west + 2600, north - 2300, 700, 2),
        "multi": MultiPolygon([blob(west + 1000, north - 3000, 400, 3), blob(west + 4000, north - 3200, 500, 4)]),
        "with_hole": box(west + 3030, north - 1470, west + 4470, north - 230).difference(
            box(west + 3410, north - 1110, west + 3990, north - 610)
        ),
        "tiny": box(west + 1210, north - 2290, west + 1230, north - 2270),  # 20 m, holds no pixel centre
        "sliver": box(west + 4003, north - 3990, west + 4960, north - 3960),  # 30 m wide, between centre rows
        "in_nodata": box(west + 120, north - 480, west + 770, north - 130),
        "half_off": box(west - 520, north - 1780, west + 630, north - 1120),
        "off_raster": box(west - 5000, north + 1000, west - 4000, north + 2000),
    }
    return gpd.GeoDataFrame({"name": list(shapes)}, geometry=list(shapes.values()), crs=UTM).set_index("name")


def pixel_centres(raster: Path) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Map x, y of every pixel centre, the values, and their validity (not nodata, not NaN)."""
    with rasterio.open(raster) as source:
        values = source.read(1).astype(float)
        transform, nodata = source.transform, source.nodata
        rows, cols = np.mgrid[0 : source.height, 0 : source.width]
    x, y = transform * (cols + 0.5, rows + 0.5)
    valid = ~np.isnan(values) & (values != nodata)
    return x, y, values, valid


def reference_stats(values: np.ndarray) -> dict[str, float]:
    if not len(values):
        return {"mean": np.nan, "sum": np.nan, "count": 0, "min": np.nan, "max": np.nan, "std": np.nan}
    return {
        "mean": values.mean(),
        "sum": values.sum(),
        "count": len(values),
        "min": values.min(),
        "max": values.max(),
        "std": values.std(),
    }


def reference_polygons(raster: Path, zones: gpd.GeoDataFrame) -> pd.DataFrame:
    """The pixel rule one pixel at a time: centres strictly inside, else the representative point's pixel."""
    x, y, values, valid = pixel_centres(raster)
    with rasterio.open(raster) as source:
        zones = zones.to_crs(source.crs)
        transform, height, width = source.transform, source.height, source.width
    rows = []
    for geometry in zones.geometry:
        inside = np.array(
            [[geometry.contains(Point(a, b)) for a, b in zip(xr, yr, strict=True)] for xr, yr in zip(x, y, strict=True)]
        )
        if not inside.any():
            point = geometry.representative_point()
            col, row = (math.floor(v) for v in ~transform * (point.x, point.y))
            if 0 <= row < height and 0 <= col < width:
                inside[row, col] = True
        rows.append(reference_stats(values[inside & valid]))
    return pd.DataFrame(rows, index=zones.index)[list(STATS)]


def reference_buffers(raster: Path, points: gpd.GeoDataFrame, radius_m: float) -> pd.DataFrame:
    """Pixels whose centre is within the radius; degrees scaled by metres per degree measured with pyproj."""
    x, y, values, valid = pixel_centres(raster)
    with rasterio.open(raster) as source:
        points = points.to_crs(source.crs)
        geographic = CRS.from_user_input(source.crs).is_geographic
    geod = Geod(ellps="WGS84")
    rows = []
    for point in points.geometry:
        if geographic:
            step = 1e-5
            per_lon = geod.inv(point.x - step, point.y, point.x + step, point.y)[2] / (2 * step)
            per_lat = geod.inv(point.x, point.y - step, point.x, point.y + step)[2] / (2 * step)
            distance = np.hypot((x - point.x) * per_lon, (y - point.y) * per_lat)
        else:
            distance = np.hypot(x - point.x, y - point.y)
        rows.append(reference_stats(values[(distance <= radius_m) & valid]))
    return pd.DataFrame(rows, index=points.index)[list(STATS)]


def assert_same(result: pd.DataFrame, expected: pd.DataFrame, rtol: float = 1e-9) -> None:
    assert list(result.index) == list(expected.index)
    assert list(result.columns) == list(expected.columns)
    assert (result["count"].to_numpy() == expected["count"].to_numpy()).all(), (result["count"], expected["count"])
    for column in ("mean", "sum", "min", "max", "std"):
        np.testing.assert_allclose(result[column], expected[column], rtol=rtol, atol=1e-9, err_msg=column)


def test_polygons_match_the_brute_force_pixel_rule(utm_raster):
    zones = utm_polygons()
    result = zonal_statistics(utm_raster, zones)
    assert_same(result, reference_polygons(utm_raster, zones))
    assert result.loc["off_raster", "count"] == 0 and np.isnan(result.loc["off_raster"].drop("count")).all()
    assert result.loc["in_nodata", "count"] == 0 and np.isnan(result.loc["in_nodata", "mean"])
    assert result.loc["half_off", "count"] > 0


def test_a_polygon_smaller_than_a_pixel_gets_the_pixel_of_its_representative_point(utm_raster):
    zones = utm_polygons().loc[["tiny", "sliver"]]
    result = zonal_statistics(utm_raster, zones)
    with rasterio.open(utm_raster) as source:
        values = source.read(1)
        for name in ("tiny", "sliver"):
            point = zones.geometry[name].representative_point()
            row, col = source.index(point.x, point.y)
            assert result.loc[name, "count"] == (0 if np.isnan(values[row, col]) else 1)
            assert result.loc[name, "mean"] == pytest.approx(values[row, col], nan_ok=True)


def test_overlapping_polygons_each_get_every_pixel_centre_inside_them(utm_raster):
    zones = utm_polygons().loc[["blob", "overlaps_blob", "multi", "blob"]]
    zones.index = ["blob", "overlaps_blob", "multi", "same_as_blob"]  # a duplicate overlaps completely
    alone = [zonal_statistics(utm_raster, zones.loc[[name]]) for name in zones.index]
    together = zonal_statistics(utm_raster, zones)
    assert_same(together, pd.concat(alone))
    assert_same(together, reference_polygons(utm_raster, zones))
    assert together.loc["blob", "count"] == together.loc["same_as_blob", "count"] > 0


def test_zones_in_another_crs_are_reprojected_to_the_raster(utm_raster):
    zones = utm_polygons().to_crs("EPSG:4326")
    result = zonal_statistics(utm_raster, zones, prefix="ndvi_")
    assert list(result.columns) == [f"ndvi_{stat}" for stat in STATS]
    assert_same(
        result.rename(columns=lambda column: column.removeprefix("ndvi_")), reference_polygons(utm_raster, zones)
    )


def test_nodata_and_nan_pixels_are_excluded(tmp_path):
    data = np.arange(100, dtype="float32").reshape(10, 10)
    data[2, 3], data[4, 4] = -1.0, np.nan
    raster = write_raster(tmp_path / "r.tif", data, from_origin(0, 1000, 100, 100), UTM, nodata=-1.0)
    zones = gpd.GeoDataFrame(geometry=[box(210, 410, 590, 790)], crs=UTM)  # pixel rows 2-5, cols 2-5
    result = zonal_statistics(raster, zones).iloc[0]
    kept = np.array([data[r, c] for r in range(2, 6) for c in range(2, 6) if (r, c) not in {(2, 3), (4, 4)}])
    assert result["count"] == 14
    assert result["sum"] == pytest.approx(kept.sum())
    assert result["mean"] == pytest.approx(kept.mean())
    assert result["min"] == kept.min() and result["max"] == kept.max()
    assert result["std"] == pytest.approx(kept.std())


def test_z_coordinates_are_ignored(utm_raster):
    zones = utm_polygons().drop(index="off_raster")
    with_z = zones.set_geometry([ops.transform(lambda x, y: (x, y, 3000.0), geometry) for geometry in zones.geometry])
    assert with_z.has_z.all()
    assert_same(zonal_statistics(utm_raster, with_z), zonal_statistics(utm_raster, zones), rtol=0)
    points = random_points(20, UTM, seed=4)
    points_z = points.set_geometry([Point(point.x, point.y, 10.0) for point in points.geometry])
    assert_same(buffer_statistics(utm_raster, points_z, 200), buffer_statistics(utm_raster, points, 200), rtol=0)


def test_an_integer_raster_without_nodata_keeps_every_pixel(tmp_path):
    data = np.arange(100, dtype="uint8").reshape(10, 10)
    raster = write_raster(tmp_path / "r.tif", data, from_origin(0, 1000, 100, 100), UTM, nodata=None)
    zones = gpd.GeoDataFrame(geometry=[box(10, 10, 990, 990)], crs=UTM)
    result = zonal_statistics(raster, zones, ["count", "sum", "max"]).iloc[0]
    assert result["count"] == 100 and result["sum"] == 4950 and result["max"] == 99


def random_points(n: int, crs: str, seed: int) -> gpd.GeoDataFrame:
    rng = np.random.default_rng(seed)
    west, north = UTM_ORIGIN
    x, y = rng.uniform(west - 400, west + 5400, n), rng.uniform(north - 4400, north + 400, n)
    return (
        gpd.GeoDataFrame({"id": np.arange(n) * 3}, geometry=gpd.points_from_xy(x, y), crs=UTM)
        .set_index("id")
        .to_crs(crs)
    )


@pytest.mark.parametrize("radius_m", [30.0, 150.0, 420.0])
def test_buffers_match_the_brute_force_pixel_rule(utm_raster, radius_m):
    points = random_points(60, UTM, seed=int(radius_m))
    result = buffer_statistics(utm_raster, points, radius_m)
    assert_same(result, reference_buffers(utm_raster, points, radius_m))
    assert (result["count"] == 0).any() and (result["count"] > 0).any()  # some fall off the raster or in nodata


def test_buffers_of_points_in_another_crs(utm_raster):
    points = random_points(40, "EPSG:4326", seed=7)
    result = buffer_statistics(utm_raster, points, 250)
    assert_same(result, reference_buffers(utm_raster, points, 250))


def test_a_geographic_raster_measures_buffers_in_local_metres(tmp_path):
    transform = from_origin(*GEO_ORIGIN, 0.002, 0.0015)
    raster = write_raster(tmp_path / "geo.tif", random_values((60, 70), seed=3), transform, "EPSG:4326")
    rng = np.random.default_rng(11)
    west, north = GEO_ORIGIN
    points = gpd.GeoDataFrame(
        geometry=gpd.points_from_xy(rng.uniform(west, west + 0.14, 50), rng.uniform(north - 0.09, north, 50)),
        crs="EPSG:4326",
    ).to_crs(UTM)
    result = buffer_statistics(raster, points, 600)
    assert_same(result, reference_buffers(raster, points, 600), rtol=1e-7)
    zones = gpd.GeoDataFrame(
        geometry=[
            blob(west + 0.05, north - 0.04, 0.03, 5),
            box(west + 0.1, north - 0.05, west + 0.1001, north - 0.0499),
        ],
        crs="EPSG:4326",
    )
    assert_same(zonal_statistics(raster, zones), reference_polygons(raster, zones))


def test_a_buffer_is_a_disk_of_pixel_centres(tmp_path):
    data = np.ones((21, 21), "float32")
    raster = write_raster(tmp_path / "ones.tif", data, from_origin(0, 2100, 100, 100), UTM)
    points = gpd.GeoDataFrame(geometry=[Point(1050.3, 1049.6)], crs=UTM)  # near the centre of pixel (10, 10)
    counts = [buffer_statistics(raster, points, radius)["count"].iloc[0] for radius in (50, 101, 142, 250, 1000)]
    # at 1000 m: the 305 centres closer than 10 pixels, and 5 of the 12 exactly 10 pixels away from the
    # pixel centre that end up within 1000 m of the point, which sits 0.3 m east and 0.4 m south of it
    assert counts == [1, 5, 9, 21, 310]


def test_the_cached_index_gives_the_same_results_and_is_not_rebuilt(utm_raster, tmp_path, monkeypatch):
    zones, points = utm_polygons(), random_points(30, UTM, seed=1)
    first = zonal_statistics(utm_raster, zones), buffer_statistics(utm_raster, points, 300)

    def fail(*args, **kwargs):
        raise AssertionError("the index was rebuilt")

    monkeypatch.setattr(zonal, "_polygon_index", fail)
    monkeypatch.setattr(zonal, "_buffer_index", fail)
    assert_same(zonal_statistics(utm_raster, zones), first[0], rtol=0)
    assert_same(buffer_statistics(utm_raster, points, 300), first[1], rtol=0)
    other = write_raster(
        tmp_path / "other.tif", random_values((40, 50), seed=9), from_origin(*UTM_ORIGIN, 100, 100), UTM
    )
    assert_same(zonal_statistics(other, zones), reference_polygons(other, zones))  # same grid: index reused
    with pytest.raises(AssertionError, match="rebuilt"):
        buffer_statistics(utm_raster, points, 301)  # another radius is another index
    clear_cache()
    with pytest.raises(AssertionError, match="rebuilt"):
        zonal_statistics(utm_raster, zones)


def test_the_zone_index_can_be_used_directly(utm_raster):
    zones = utm_polygons()
    index = ZoneIndex.from_polygons(zones, utm_raster)
    values = index.read(utm_raster)
    valid = (values != -9999) & ~np.isnan(values)
    reduced = index.reduce(values, valid)
    expected = zonal_statistics(utm_raster, zones)
    for stat in STATS:
        np.testing.assert_array_equal(reduced[stat], expected[stat].to_numpy())
    assert index.n_zones == len(zones) and index.sizes.sum() == len(index.pixels)
    buffers = ZoneIndex.from_buffers(random_points(20, UTM, seed=2), 200, utm_raster)
    assert buffers.n_zones == 20
    with pytest.raises(InputError) as error:
        index.reduce(values[1:])
    assert error.value.code == "shape_mismatch"


def test_cancelling_raises_and_progress_reaches_one(utm_raster):
    with pytest.raises(CancelledError):
        zonal_statistics(utm_raster, utm_polygons(), is_cancelled=lambda: True)
    with pytest.raises(CancelledError):
        buffer_statistics(utm_raster, random_points(10, UTM, seed=3), 200, is_cancelled=lambda: True)
    calls = []
    zonal_statistics(utm_raster, utm_polygons(), progress=lambda fraction, message: calls.append(fraction))
    assert calls[0] == 0.0 and calls[-1] == 1.0 and calls == sorted(calls)


def test_unusable_inputs_raise_input_errors(utm_raster, tmp_path):
    zones = utm_polygons()
    cases = {
        "unreadable_raster": lambda: zonal_statistics(tmp_path / "missing.tif", zones),
        "unknown_statistic": lambda: zonal_statistics(utm_raster, zones, ["median"]),
        "zones_no_crs": lambda: zonal_statistics(utm_raster, gpd.GeoDataFrame(geometry=list(zones.geometry))),
        "missing_geometry": lambda: zonal_statistics(
            utm_raster, gpd.GeoDataFrame(geometry=[zones.geometry.iloc[0], None], crs=UTM)
        ),
        "geometry_type": lambda: buffer_statistics(utm_raster, zones, 100),
        "radius": lambda: buffer_statistics(utm_raster, random_points(3, UTM, 0), -5),
        "missing_band": lambda: zonal_statistics(utm_raster, zones, band=2),
    }
    for code, call in cases.items():
        with pytest.raises(InputError) as error:
            call()
        assert error.value.code == code, code
    with pytest.raises(InputError) as error:
        zonal_statistics(utm_raster, gpd.GeoDataFrame(geometry=[Point(0, 0), zones.geometry.iloc[0]], crs=UTM))
    assert error.value.details["rows"] == [0]
    with pytest.raises(InputError) as error:
        buffer_statistics(utm_raster, gpd.GeoDataFrame(geometry=[Point(0, 0), Point(), Polygon()], crs=UTM), 100)
    assert error.value.details["rows"] == [1, 2]


@pytest.mark.shared_data
def test_every_real_district_gets_a_value_and_counts_add_up(tmp_path):
    districts = gpd.read_file(SHARED / "boundaries" / "peru_limites_inei2017.gpkg", layer="distritos")
    assert len(districts) == 1874
    transform = from_origin(-82.0, 0.5, 0.1, 0.1)
    shape = (200, 140)
    data = np.random.default_rng(5).uniform(1, 2, shape).astype("float32")
    raster = write_raster(tmp_path / "peru.tif", data, transform, "EPSG:4326")
    result = zonal_statistics(raster, districts.set_index("ubigeo"))
    assert result["count"].min() >= 1 and result["mean"].notna().all()
    assert result["mean"].between(1, 2).all()

    rows, cols = np.mgrid[0 : shape[0], 0 : shape[1]]
    x, y = transform * (cols + 0.5, rows + 0.5)
    peru = prep(districts.unary_union)
    inside = sum(peru.contains(Point(a, b)) for a, b in zip(x.ravel(), y.ravel(), strict=True))
    without_centre = 0
    for geometry in districts.geometry:
        candidate = prep(geometry)
        west, south, east, north = geometry.bounds
        near = (x >= west) & (x <= east) & (y >= south) & (y <= north)
        if not any(candidate.contains(Point(a, b)) for a, b in zip(x[near], y[near], strict=True)):
            without_centre += 1
    assert 0 < without_centre < 1874
    assert result["count"].sum() == inside + without_centre
    assert (result["count"] == 1).sum() >= without_centre
