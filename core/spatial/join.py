"""Points located in polygons without a spatial-index package.

``geopandas.sjoin`` needs rtree or pygeos with geopandas 0.12 and shapely 1.8 (Debian's), and neither is a
dependency: here each polygon's bounding box selects candidate points from the points sorted by longitude
(``searchsorted``), and only those are tested, with ``shapely.contains_xy`` (shapely 2) or a prepared polygon
(shapely 1.8). The result equals ``sjoin(points, polygons, predicate="within")`` keeping the first polygon in
table order of each point.
"""

from collections.abc import Sequence

import numpy as np
import pandas as pd


def _contains(polygon, x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Whether each point (x, y) lies inside ``polygon`` (its interior: points on the boundary do not)."""
    try:
        from shapely import contains_xy  # shapely 2
    except ImportError:
        from shapely.geometry import Point
        from shapely.prepared import prep

        prepared = prep(polygon)
        return np.fromiter((prepared.contains(Point(a, b)) for a, b in zip(x, y, strict=True)), bool, len(x))
    return np.asarray(contains_xy(polygon, x, y), dtype=bool)


def locate_points(x: Sequence[float], y: Sequence[float], polygons: Sequence, labels: Sequence) -> np.ndarray:
    """The label of the first polygon holding each point; None for a point in no polygon (or not finite).

    Parameters
    ----------
    x, y:
        Point coordinates, in the polygons' coordinate reference system.
    polygons:
        Shapely polygons (None and empty ones are skipped).
    labels:
        One label per polygon (e.g. its UBIGEO).

    Returns
    -------
    numpy.ndarray
        Object array, one label (or None) per point.
    """
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    found = np.full(len(x), None, dtype=object)
    free = np.isfinite(x) & np.isfinite(y)
    order = np.flatnonzero(free)[np.argsort(x[free], kind="stable")]
    xs = x[order]
    for polygon, label in zip(polygons, labels, strict=True):
        if polygon is None or polygon.is_empty:
            continue
        west, south, east, north = polygon.bounds
        candidates = order[np.searchsorted(xs, west, "left") : np.searchsorted(xs, east, "right")]
        candidates = candidates[free[candidates] & (y[candidates] >= south) & (y[candidates] <= north)]
        if not len(candidates):
            continue
        inside = candidates[_contains(polygon, x[candidates], y[candidates])]
        found[inside] = label
        free[inside] = False
    return found


def locate_in(points, polygons, column: str = "ubigeo") -> pd.Series:
    """``column`` of the first polygon of the GeoDataFrame ``polygons`` holding each point of the GeoDataFrame
    ``points`` (index of ``points``; missing where none does). Points are taken to the polygons' CRS."""
    geometry = points.geometry
    if polygons.crs is not None and geometry.crs is not None and geometry.crs != polygons.crs:
        geometry = geometry.to_crs(polygons.crs)
    is_point = geometry.notna() & ~geometry.is_empty & geometry.geom_type.eq("Point")
    x, y = np.full(len(geometry), np.nan), np.full(len(geometry), np.nan)
    mask = is_point.to_numpy(dtype=bool)
    if mask.any():
        x[mask], y[mask] = geometry[mask].x.to_numpy(float), geometry[mask].y.to_numpy(float)
    labels = locate_points(x, y, list(polygons.geometry), list(polygons[column]))
    return pd.Series(labels, index=points.index, dtype="object")
