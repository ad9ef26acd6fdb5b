"""Vector layers: read any OGR format, check CRS and geometries, bring everything to EPSG:4326."""

from pathlib import Path

from ..validation import Report, Severity

TARGET_CRS = "EPSG:4326"
PERU_BOUNDS = (-81.5, -18.5, -68.5, 0.1)  # west, south, east, north, degrees


def read_vector(path: Path, layer: str | None, report: Report):
    """A GeoDataFrame, or None with an error in ``report``."""
    import fiona
    import geopandas as gpd

    if not path.exists():
        report.add(Severity.ERROR, "file_not_found", path)
        return None
    try:
        frame = gpd.read_file(path, layer=layer) if layer else gpd.read_file(path)
    except (fiona.errors.FionaError, OSError, ValueError, RuntimeError) as error:
        report.add(
            Severity.ERROR,
            "unreadable_file",
            path,
            expected="GeoPackage/Shapefile/GeoJSON",
            reason=str(error).splitlines()[0][:200] if str(error) else type(error).__name__,
        )
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
    """Drop empty geometries and repair invalid ones (make_valid), reporting both."""
    from shapely.validation import make_valid

    empty = frame.geometry.isna() | frame.geometry.is_empty
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
