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
        east, north = point_xy(geometry[mask])
        x[mask], y[mask] = east.to_numpy(float), north.to_numpy(float)
    labels = locate_points(x, y, list(polygons.geometry), list(polygons[column]))
    return pd.Series(labels, index=points.index, dtype="object")


def point_xy(geometry) -> tuple[pd.Series, pd.Series]:
    """``geometry.x, geometry.y`` of a GeoSeries of points. With shapely 1.8 and no pygeos, geopandas reads them
    point by point through shapely's coordinate sequences (9 µs a point); here they are read straight from GEOS,
    the same doubles, 20 times faster. Anything else (shapely 2, pygeos, a geometry that is not a point) goes
    through geopandas."""
    fast = _xy_from_geos(np.asarray(geometry.values, dtype=object))
    if fast is None:
        return geometry.x, geometry.y
    return pd.Series(fast[0], index=geometry.index), pd.Series(fast[1], index=geometry.index)


def _xy_from_geos(points: np.ndarray) -> tuple[np.ndarray, np.ndarray] | None:
    try:
        import ctypes

        import geopandas as gpd
        import shapely

        if int(shapely.__version__.split(".")[0]) >= 2 or getattr(gpd.options, "use_pygeos", False):
            return None
        from shapely.geometry import Point
        from shapely.geos import lgeos

        prototype = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p, ctypes.POINTER(ctypes.c_double))
        get_x = prototype(("GEOSGeomGetX_r", lgeos._lgeos))
        get_y = prototype(("GEOSGeomGetY_r", lgeos._lgeos))
        handle = lgeos.geos_handle
    except (ImportError, AttributeError, OSError, ValueError, TypeError):
        return None
    x, y = np.empty(len(points)), np.empty(len(points))
    value = ctypes.c_double()
    pointer = ctypes.byref(value)
    for row, point in enumerate(points):
        if type(point) is not Point:  # noqa: E721 - subclasses and None go through geopandas
            return None
        if get_x(handle, point._geom, pointer) != 1:  # empty point: GEOS refuses
            return None
        x[row] = value.value
        if get_y(handle, point._geom, pointer) != 1:
            return None
        y[row] = value.value
    return x, y
