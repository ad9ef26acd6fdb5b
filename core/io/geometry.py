"""Vector layers: read any OGR format, check CRS and geometries, bring everything to EPSG:4326."""

from pathlib import Path

from ..validation import Report, Severity
from .tables import reason

TARGET_CRS = "EPSG:4326"
PERU_BOUNDS = (-81.5, -18.5, -68.5, 0.1)  # west, south, east, north, degrees


def vector_engine() -> str:
    """The library that reads vector files: pyogrio when installed (geopandas 1.x requires it and reads with it),
    else fiona (geopandas 0.x); found without importing either."""
    import importlib.util

    return "pyogrio" if importlib.util.find_spec("pyogrio") is not None else "fiona"


def vector_errors() -> tuple[type[BaseException], ...]:
    """What reading a damaged vector file raises: fiona's errors, GDAL's (``CPLE_*``, not FionaErrors), pyogrio's
    (RuntimeErrors), and the standard library's (a damaged GeoPackage is a damaged SQLite file; a damaged GeoJSON,
    bad JSON; fiona 1.9 raises TypeError on a text field that is not UTF-8)."""
    import importlib.util

    errors: tuple[type[BaseException], ...] = (OSError, ValueError, RuntimeError, KeyError, IndexError, TypeError)
    if importlib.util.find_spec("fiona") is not None:
        import fiona
        from fiona._err import CPLE_BaseError

        errors += (fiona.errors.FionaError, CPLE_BaseError)
    return errors


def list_layers(path: Path) -> list[str]:
    """The layer names of a vector file (pyogrio or fiona, see ``vector_engine``)."""
    if vector_engine() == "pyogrio":
        import pyogrio

        return [str(name) for name in pyogrio.list_layers(path)[:, 0]]
    import fiona

    return list(fiona.listlayers(path))


def geometry_type(path: Path, layer: str | None) -> str:
    """The geometry type of a layer, lower case (``"multipolygon"``; ``""`` when it has none): the declared one,
    or the first feature's when the layer declares it loosely (``Unknown``, ``Geometry``)."""
    loose = ("", "unknown", "geometry", "none")
    if vector_engine() == "pyogrio":
        import pyogrio

        declared = pyogrio.read_info(path, layer=layer).get("geometry_type")
        if declared is None:  # a table without geometry
            return ""
        declared, start, chunk = declared.lower(), 0, 100
        while declared.replace(" ", "").removesuffix("z").removesuffix("m") in loose:
            frame = pyogrio.read_dataframe(path, layer=layer, columns=[], skip_features=start, max_features=chunk)
            if not len(frame):
                return ""
            found = frame.geometry.dropna()
            found = found[~found.is_empty]
            if len(found):
                return str(found.iloc[0].geom_type).lower()
            start += chunk
        return declared
    import fiona

    with fiona.open(path, layer=layer) as source:
        declared = (source.schema.get("geometry") or "").lower()
        if declared in loose:
            first = next((f for f in source if f["geometry"] is not None), None)
            declared = first["geometry"]["type"].lower() if first else ""
    return declared


def read_vector(path: Path, layer: str | None, report: Report):
    """A GeoDataFrame, or None with an error in ``report``."""
    import geopandas as gpd

    if not path.exists():
        report.add(Severity.ERROR, "file_not_found", path)
        return None
    try:
        frame = gpd.read_file(path, layer=layer) if layer else gpd.read_file(path)
    except vector_errors() as error:
        why = reason(error)
        if isinstance(error, TypeError | UnicodeError):  # fiona's way of failing on text that is not UTF-8
            why = f"probably a text field that is not UTF-8 ({why})"
        elif path.suffix.lower() in (".gpkg", ".sqlite"):  # a GeoPackage GDAL cannot open is cut short or damaged
            why = f"the file is damaged or incomplete, e.g. cut short while it was copied ({why})"
        report.add(Severity.ERROR, "unreadable_file", path, expected="GeoPackage/Shapefile/GeoJSON", reason=why)
        return None
    if frame.empty:
        report.add(Severity.ERROR, "empty_input", path)
        return None
    return frame


def to_target_crs(frame, file: str, report: Report):
    """Reproject to EPSG:4326; a missing CRS is assumed to be EPSG:4326 when coordinates look like degrees."""
    if frame.crs is None:
        west, south, east, north = frame.total_bounds
        if -180 <= west <= east <= 180 and -90 <= south <= north <= 90:
            report.add(Severity.NOTE, "missing_crs", file, assumed=TARGET_CRS)
            return frame.set_crs(TARGET_CRS)
        report.add(Severity.ERROR, "missing_crs", file, assumed="—")
        return None
    if not frame.crs.equals(TARGET_CRS):
        report.add(Severity.NOTE, "reprojected", file, source_crs=frame.crs.to_string(), target_crs=TARGET_CRS)
        return frame.to_crs(TARGET_CRS)
    return frame


def repair_geometries(frame, file: str, report: Report):
    """Drop empty geometries (or with NaN or infinite coordinates), repair invalid ones (make_valid); report both."""
    import numpy as np
    from shapely.validation import make_valid

    # a geometry with NaN or infinite coordinates has no place on a map: GEOS cannot repair it either
    finite = np.isfinite(frame.geometry.bounds.to_numpy(dtype=float)).all(axis=1)
    empty = frame.geometry.isna() | frame.geometry.is_empty | ~finite
    if empty.any():
        report.add(
            Severity.WARNING,
            "empty_geometry",
            file,
            None,
            frame.index[empty][:5],
            count=int(empty.sum()),
            examples=frame.index[empty].tolist(),
        )
        frame = frame[~empty].copy()
    invalid = ~frame.geometry.is_valid
    if invalid.any():
        report.add(
            Severity.NOTE,
            "invalid_geometry",
            file,
            None,
            frame.index[invalid][:5],
            count=int(invalid.sum()),
            examples=frame.index[invalid].tolist(),
        )
        frame = frame.copy()
        frame.loc[invalid, frame.geometry.name] = frame.geometry[invalid].apply(make_valid)
    return frame


def prepare(frame, file: str, report: Report):
    """Bring a layer to EPSG:4326 and repair its geometries; None when its CRS cannot be known."""
    frame = to_target_crs(frame, file, report)
    return None if frame is None else repair_geometries(frame, file, report)
