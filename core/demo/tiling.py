"""Synthetic district polygons that tile Peru: Voronoi cells of the district capitals, clipped to the country.

Provinces and departments are dissolved from the districts, so the three layers nest exactly.
"""

import numpy as np
import pandas as pd

INSIDE_MARGIN_DEG = 0.01
TWIN_OFFSET_DEG = 0.002


def mean_and_spread(stats: pd.Series) -> tuple[float, float, float, float]:
    """Latitude, longitude and their standard deviations from a ``groupby(...).agg(["mean", "std"])`` row."""
    return (stats[("latitude", "mean")], stats[("longitude", "mean")], stats[("latitude", "std")],
            stats[("longitude", "std")])  # fmt: skip


def anchors(districts: pd.DataFrame, provinces: pd.DataFrame) -> pd.DataFrame:
    """Per province: centre and spread (degrees) around which to place districts the package does not locate.

    The mean and spread of the province's located capitals; else its capital's place; else the department's.
    """
    located = districts[districts["located"]]
    by_province = located.groupby("prov_code")[["latitude", "longitude"]].agg(["mean", "std"])
    by_department = located.groupby("dep_code")[["latitude", "longitude"]].agg(["mean", "std"])
    rows = {}
    for province in sorted(districts["prov_code"].unique()):
        if province in by_province.index:
            anchor = mean_and_spread(by_province.loc[province])
        elif province in provinces.index:
            anchor = (*provinces.loc[province, ["latitude", "longitude"]], 0.15, 0.15)
        else:
            anchor = mean_and_spread(by_department.loc[province[:2]])
        rows[province] = [*anchor[:2], *np.clip(np.nan_to_num(anchor[2:]), 0.05, 0.4)]
    return pd.DataFrame.from_dict(
        rows, orient="index", columns=["latitude", "longitude", "sd_latitude", "sd_longitude"]
    )


def synthetic_locations(districts: pd.DataFrame, provinces: pd.DataFrame, outline, rng) -> pd.DataFrame:
    """Latitude and longitude for every district: the package's where it gives one, else a random place.

    A district without coordinates is placed at random around its province's anchor (see :func:`anchors`),
    closer in when the first draws fall outside Peru.
    """
    from shapely.geometry import Point

    anchor = anchors(districts, provinces)
    places = districts[["latitude", "longitude"]].copy()
    for index in districts.index[~districts["located"]]:
        centre = anchor.loc[districts.at[index, "prov_code"]]
        for shrink in (1.0, 0.5, 0.25, 0.0):
            latitude = centre["latitude"] + shrink * centre["sd_latitude"] * rng.standard_normal()
            longitude = centre["longitude"] + shrink * centre["sd_longitude"] * rng.standard_normal()
            if outline.contains(Point(longitude, latitude)):
                break
        places.loc[index, ["latitude", "longitude"]] = latitude, longitude
    return places


def seed_points(places: pd.DataFrame, outline, rng) -> np.ndarray:
    """Voronoi seeds (lon, lat): every place moved just inside the outline and no two alike."""
    from shapely.geometry import Point
    from shapely.ops import nearest_points

    inner = outline.buffer(-INSIDE_MARGIN_DEG)
    seeds = places[["longitude", "latitude"]].to_numpy(dtype=float).copy()
    for row, (lon, lat) in enumerate(seeds):
        point = Point(lon, lat)
        if not inner.contains(point):
            nearest = nearest_points(inner, point)[0]
            seeds[row] = nearest.x, nearest.y
    taken = set()
    for row in range(len(seeds)):
        while tuple(seeds[row]) in taken:
            seeds[row] += rng.uniform(-TWIN_OFFSET_DEG, TWIN_OFFSET_DEG, 2)
        taken.add(tuple(seeds[row]))
    return seeds


def voronoi_cells(seeds: np.ndarray, outline) -> list:
    """One polygon per seed, in the seeds' order: its Voronoi cell clipped to ``outline``."""
    from scipy.spatial import cKDTree
    from shapely.geometry import MultiPoint
    from shapely.ops import voronoi_diagram

    envelope = outline.envelope.buffer(1.0)
    diagram = voronoi_diagram(MultiPoint([tuple(seed) for seed in seeds]), envelope=envelope)
    tree = cKDTree(seeds)
    cells = [None] * len(seeds)
    for cell in diagram.geoms:
        inside = cell.representative_point()
        _, row = tree.query([inside.x, inside.y])
        cells[row] = cell.intersection(outline)
    return [as_multipolygon(cell) for cell in cells]


def as_multipolygon(geometry):
    """A polygonal geometry as a valid MultiPolygon (lines and points from clipping are dropped)."""
    from shapely.geometry import MultiPolygon, Polygon

    if not geometry.is_valid:
        geometry = geometry.buffer(0)
    if isinstance(geometry, Polygon):
        return MultiPolygon([geometry])
    if isinstance(geometry, MultiPolygon):
        return geometry
    return MultiPolygon([part for part in getattr(geometry, "geoms", []) if isinstance(part, Polygon)])


def dissolve(districts, key: str, columns: list[str]):
    """Union of the district polygons by ``key``, whose values become ``ubigeo``.

    ``columns`` are taken from the first district of each group.
    """
    import geopandas
    from shapely.ops import unary_union

    groups = districts.groupby(key, sort=True)
    frame = groups[columns].first().rename_axis("ubigeo").reset_index()
    geometries = [as_multipolygon(unary_union(list(group.geometry))) for _, group in groups]
    return geopandas.GeoDataFrame(frame, geometry=geometries, crs=districts.crs)


def district_polygons(districts: pd.DataFrame, places: pd.DataFrame, outline, rng):
    """A GeoDataFrame of the districts (EPSG:4326) whose polygons tile ``outline``."""
    import geopandas

    cells = voronoi_cells(seed_points(places, outline, rng), outline)
    return geopandas.GeoDataFrame(districts.copy(), geometry=cells, crs="EPSG:4326")
