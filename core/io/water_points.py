"""Water points: vector point layers, or tables with latitude and longitude (SIASAR exports recognised)."""

from pathlib import Path

import pandas as pd

from ..validation import Report, Severity
from .checks import numeric_columns, require_column
from .geometry import PERU_BOUNDS, TARGET_CRS, prepare, read_vector
from .loaded import Loaded
from .numbers import parse_numbers
from .tables import EXCEL_SUFFIXES, TEXT_SUFFIXES, read_table
from .ubigeo import repair_padding

LAT_ALIASES = ("latitud", "latitude", "lat", "y", "coord_y", "latitudy")
XY_COLUMNS = ("longitude", "latitude")  # the coordinates of a table's points, kept beside their geometries
LON_ALIASES = ("longitud", "longitude", "lon", "long", "lng", "x", "coord_x", "longitudx")

# SIASAR (portawaterperu) Spanish field names → AguaPerú's names
SIASAR_FIELDS = {
    "ID": "system_id",
    "nombre": "name",
    "divisiones": "divisions",
    "altitud": "altitude_m",
    "año": "year_built",
    "pob_servida": "population_served",
    "viv_servidas": "dwellings_served",
    "tipo_gravedad": "gravity",
    "tipo_bombeo": "pumped",
    "agua_epoca_seca": "water_dry_season",
    "agua_epoca_lluvia": "water_rainy_season",
    "fecha_encuesta": "survey_date",
    "ubigeo": "ubigeo",
    "trat_tipo": "treatment_type",
    "trat_funciona": "treatment_works",
    "trat_estado": "treatment_condition",
    "fuente_tipo": "source_type",
    "fuente_caudal": "source_flow",
    "fuente_caudal_ud": "source_flow_unit",
    "capt_estado": "catchment_condition",
    "fuente_contaminacion_org": "organic_contamination",
    "fuente_contaminacion_inorg": "inorganic_contamination",
    "fuente_proteccion": "source_protection",
    "almc_volumen": "storage_volume",
    "almc_volumen_ud": "storage_volume_unit",
    "almc_estado": "storage_condition",
    "dist_horas": "service_hours",
    "dist_conexiones": "connections",
    "dist_estado": "distribution_condition",
}
SIASAR_SIGNATURE = {"ID", "nombre", "trat_funciona", "pob_servida"}


def is_siasar(columns) -> bool:
    return SIASAR_SIGNATURE <= set(columns)


def read_water_points(path: str | Path, layer: str | None = None) -> Loaded:
    """Read water points into EPSG:4326; SIASAR columns get AguaPerú's English names.

    Points outside Peru or without coordinates are left out (reported); swapped latitude/longitude
    are swapped back (reported).
    """
    path = Path(path)
    loaded = Loaded("water_points", str(path))
    suffix = "".join(path.suffixes[-2:]).lower() if path.suffix.lower() == ".gz" else path.suffix.lower()
    skip = ("geometry", "ubigeo", "system_id")
    if path.suffix.lower() in TEXT_SUFFIXES | EXCEL_SUFFIXES or suffix.endswith(".csv.gz"):
        frame = _points_from_table(path, loaded.report)
        # the points' own coordinates, as columns (``point_coordinates``): no reading back from the geometries
        loaded.attrs["xy_columns"] = XY_COLUMNS
        skip += XY_COLUMNS
    else:
        frame = _points_from_vector(path, layer, loaded.report)
    if frame is None:
        return loaded
    if frame.empty:  # every point lacked usable coordinates (each reported): nothing to map
        if "coordinates_projected" not in loaded.report.codes():
            loaded.report.add(Severity.ERROR, "empty_input", path)
        return loaded
    if is_siasar(frame.columns):
        loaded.attrs["schema"] = "siasar"
        frame = frame.rename(columns=SIASAR_FIELDS)
    if "ubigeo" in frame.columns:
        frame["ubigeo"] = repair_padding(frame["ubigeo"])[0]
    frame = numeric_columns(frame, str(path), loaded.report, skip=skip)
    index = frame.index
    plain = isinstance(index, pd.RangeIndex) and index.start == 0 and index.step == 1
    loaded.data = frame if plain else frame.reset_index(drop=True)  # (a million rows: no needless copy)
    return loaded


def has_point_columns(loaded: Loaded | None, frame) -> bool:
    """Whether ``frame`` (``loaded.data`` or rows of it) holds its points' coordinates as columns."""
    columns = loaded.attrs.get("xy_columns") if loaded is not None else None
    return bool(columns) and set(columns) <= set(frame.columns)


def point_coordinates(loaded: Loaded, frame=None) -> tuple[pd.Series, pd.Series]:
    """Longitude and latitude of the points of ``frame`` (default ``loaded.data``, or rows of it, same index):
    the columns a table was read from when ``loaded`` came from one (the same doubles as the geometries'), else
    read from the geometries."""
    frame = loaded.data if frame is None else frame
    if has_point_columns(loaded, frame):
        columns = loaded.attrs["xy_columns"]
        return frame[columns[0]].astype(float), frame[columns[1]].astype(float)
    from ..spatial.join import point_xy

    return point_xy(frame.geometry)


def read_water_points_once(path: str | Path, shared: dict | None = None) -> Loaded:
    """``read_water_points(path)`` through ``shared`` (resolved path → ``Loaded``): a file already in it is not
    read again, one read is added to it. Lets one job read a SIASAR table once for the systems and the district
    table (a million rows take 20 s); callers must not change the frame in place. ``shared`` None: a plain read.
    """
    if shared is None:
        return read_water_points(path)
    key = str(Path(path).resolve())
    if key not in shared:
        shared[key] = read_water_points(path)
    return shared[key]


def _points_from_table(path: Path, report: Report):
    import geopandas as gpd

    frame = read_table(path, report)
    if frame is None:
        return None
    lat = require_column(frame, "latitud", LAT_ALIASES, str(path), report)
    lon = require_column(frame, "longitud", LON_ALIASES, str(path), report)
    if lat is None or lon is None:
        return None
    numbers = numeric_columns(frame[[lat, lon]], str(path), report)
    y, x = numbers[lat], numbers[lon]
    x, y = _fix_coordinates(x, y, str(path), report)
    keep = x.notna() & y.notna()
    if not keep.all():  # (every row kept: no copy of a million rows)
        frame, x, y = frame[keep], x[keep], y[keep]
    geometry = points_from_xy(x, y)
    return gpd.GeoDataFrame(frame.drop(columns=[lat, lon]), geometry=geometry, crs=TARGET_CRS).assign(
        latitude=y.values, longitude=x.values
    )


def points_from_xy(x: pd.Series, y: pd.Series):
    """Point geometries, as ``geopandas.points_from_xy``; with shapely 1.8 and no pygeos (which geopandas then
    checks and converts point by point), built directly: three times faster, the same points."""
    import geopandas as gpd
    import numpy as np
    import shapely

    if int(shapely.__version__.split(".")[0]) >= 2 or getattr(gpd.options, "use_pygeos", False):
        return gpd.points_from_xy(x, y)
    from geopandas.array import GeometryArray
    from shapely.geometry import Point

    east, north = np.asarray(x, dtype=float).tolist(), np.asarray(y, dtype=float).tolist()
    points = _geos_points(east, north)
    if points is None:
        points = np.empty(len(east), dtype=object)
        for row, (a, b) in enumerate(zip(east, north, strict=True)):
            points[row] = Point(a, b)
    return GeometryArray(points)


def _geos_points(east: list, north: list):
    """Shapely 1.8 points made by GEOS's ``GEOSGeom_createPointFromXY`` and given to ``Point`` objects as
    shapely's own ``geom_factory`` does, without its per-object checks: three times faster than ``Point(x, y)``,
    the same two-dimensional points (``tests/unit/test_water_points_fast.py``). None where this shapely or GEOS
    does not offer it (the caller then builds the points one by one)."""
    import ctypes

    import numpy as np

    try:
        from shapely.geometry import Point
        from shapely.geos import lgeos

        prototype = ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_double, ctypes.c_double)
        create = prototype(("GEOSGeom_createPointFromXY_r", lgeos._lgeos))
        handle = lgeos.geos_handle
        probe = object.__new__(Point)
        if not {"__geom__", "_is_empty", "_ndim"} <= set(dir(probe)):
            return None
    except (ImportError, AttributeError, OSError, ValueError, TypeError):
        return None
    points, new = np.empty(len(east), dtype=object), object.__new__
    for row, (a, b) in enumerate(zip(east, north, strict=True)):
        pointer = create(handle, a, b)
        if not pointer:
            return None  # the points made so far are freed with the array
        point = new(Point)
        state = point.__dict__
        state["__geom__"], state["_is_empty"], state["_ndim"] = pointer, False, 2
        points[row] = point
    return points


def _points_from_vector(path: Path, layer: str | None, report: Report):
    frame = read_vector(path, layer, report)
    if frame is None:
        return None
    frame = prepare(frame, str(path), report)
    if frame is None:
        return None
    types = set(frame.geometry.geom_type)
    if not types <= {"Point", "MultiPoint"}:
        points = frame.geometry.geom_type.isin(["Point", "MultiPoint"])
        report.add(
            Severity.ERROR if not points.any() else Severity.WARNING,
            "wrong_geometry_type",
            path,
            found=", ".join(sorted(types)),
            expected="points",
        )
        if not points.any():
            return None
        frame = frame[points]
    frame = frame.copy()
    frame["geometry"] = frame.geometry.apply(lambda g: g.geoms[0] if g.geom_type == "MultiPoint" else g)
    x, y = _fix_coordinates(frame.geometry.x, frame.geometry.y, str(path), report)
    keep = x.notna() & y.notna()
    import geopandas as gpd

    return gpd.GeoDataFrame(
        frame[keep].drop(columns="geometry"), geometry=gpd.points_from_xy(x[keep], y[keep]), crs=TARGET_CRS
    )


def _inside(x: pd.Series, y: pd.Series) -> pd.Series:
    west, south, east, north = PERU_BOUNDS
    return x.between(west, east) & y.between(south, north)


def _fix_coordinates(x: pd.Series, y: pd.Series, file: str, report: Report) -> tuple[pd.Series, pd.Series]:
    """Swap latitude/longitude back where that puts a point in Peru; blank what stays outside."""
    x, y = parse_numbers(x).values, parse_numbers(y).values  # text left in a mostly-text column becomes NaN
    swapped = ~_inside(x, y) & _inside(y, x)
    if swapped.any():
        report.add(Severity.NOTE, "coordinates_swapped", file, None, x.index[swapped][:5], count=int(swapped.sum()))
        x, y = x.where(~swapped, y), y.where(~swapped, x)
    outside = ~_inside(x, y)
    projected = outside & (_metres(x, y) | _metres(y, x))
    if projected.any():  # UTM metres in the latitude/longitude columns: say so, not "no rows"
        report.add(
            Severity.ERROR if outside.all() else Severity.WARNING,
            "coordinates_projected",
            file,
            None,
            x.index[projected][:5],
            count=int(projected.sum()),
            examples=[f"{a:.0f}, {b:.0f}" for a, b in zip(y[projected][:3], x[projected][:3], strict=True)],
        )
    if (outside & ~projected).any():
        report.add(
            Severity.WARNING,
            "coordinates_out_of_range",
            file,
            None,
            x.index[outside & ~projected][:5],
            count=int((outside & ~projected).sum()),
            examples=x.index[outside & ~projected].tolist(),
        )
    return x.where(~outside), y.where(~outside)


def _metres(east: pd.Series, north: pd.Series) -> pd.Series:
    """Values that look like UTM metres (easting 100-900 km, northing 0-10,000 km), not degrees."""
    return east.between(100_000, 900_000) & north.between(0, 10_000_000)
