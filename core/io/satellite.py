"""Satellite inputs: GeoTIFF rasters (any CRS, with nodata) and wide yearly district tables."""

import re
from pathlib import Path

import numpy as np
import pandas as pd

from ..validation import Report, Severity
from .district_tables import read_district_table
from .geometry import PERU_BOUNDS
from .loaded import Loaded
from .tables import reason
from .ubigeo import UbigeoReference

YEAR = re.compile(r"(?:19|20)\d{2}$")
VARIABLE_BY_PREFIX = {"pp": "precipitation", "lst": "lst", "no2": "no2", "pm2.5": "pm25", "ntl": "ntl", "ndvi": "ndvi"}
OVERVIEW_PIXELS = 512


def variable_name(path: Path) -> str:
    """``pp_mean_yearly_peru_district_2001-2024.csv`` → ``precipitation``."""
    prefix = path.name.split("_")[0].lower()
    return VARIABLE_BY_PREFIX.get(prefix, re.sub(r"\W+", "_", prefix))


def read_yearly_table(path: str | Path, reference: UbigeoReference | None = None) -> Loaded:
    """A wide table with one column per year; data holds ``ubigeo`` and ``{variable}_{year}`` columns."""
    path = Path(path)
    loaded = read_district_table(path, reference)
    loaded.kind = "satellite_table"
    if loaded.data is None:
        return loaded
    variable = variable_name(path)
    years = {column: YEAR.search(column).group() for column in loaded.data.columns if YEAR.search(column)}
    if not years:
        loaded.report.add(Severity.ERROR, "no_year_columns", path)
        loaded.data = None
        return loaded
    frame = loaded.data[["ubigeo", *years]].rename(columns={c: f"{variable}_{y}" for c, y in years.items()})
    loaded.data = frame
    loaded.attrs.update(variable=variable, years=sorted(int(y) for y in years.values()))
    return loaded


def yearly_summary(frame: pd.DataFrame, variable: str) -> pd.DataFrame:
    """Per row: the mean over all years, the latest year's value and the linear trend per year."""
    columns = sorted((c for c in frame.columns if c.startswith(f"{variable}_")), key=lambda c: int(c[-4:]))
    years = np.array([int(c[-4:]) for c in columns], dtype=float)
    values = frame[columns].to_numpy(dtype=float)
    valid = np.isfinite(values)
    count = valid.sum(axis=1)
    filled = np.where(valid, values, 0.0)
    mean = np.divide(filled.sum(axis=1), count, out=np.full(len(frame), np.nan), where=count > 0)
    centred = np.where(
        valid,
        years - np.divide((valid * years).sum(axis=1), count, where=count > 0, out=np.zeros(len(frame)))[:, None],
        0.0,
    )
    slope = np.divide(
        (centred * (filled - mean[:, None]) * valid).sum(axis=1),
        (centred**2).sum(axis=1),
        out=np.full(len(frame), np.nan),
        where=count > 1,
    )
    latest = pd.DataFrame(values, index=frame.index).ffill(axis=1).iloc[:, -1].to_numpy()
    return pd.DataFrame(
        {f"{variable}_mean": mean, f"{variable}_latest": latest, f"{variable}_trend": slope}, index=frame.index
    )


def inspect_raster(path: str | Path, report: Report | None = None) -> Loaded:
    """Check a GeoTIFF: readable, has a CRS, declares nodata, overlaps Peru, holds valid pixels."""
    import rasterio
    from rasterio._err import CPLE_BaseError  # GDAL's errors (a damaged TIFF directory): not RasterioErrors
    from rasterio.errors import RasterioError
    from rasterio.warp import transform_bounds

    path = Path(path)
    loaded = Loaded("raster", str(path), report=report if report is not None else Report())
    report = loaded.report
    if not path.is_file():
        report.add(Severity.ERROR, "file_not_found", path)
        return loaded
    try:
        with rasterio.open(path) as raster:
            attrs = {
                "crs": raster.crs.to_string() if raster.crs else None,
                "width": raster.width,
                "height": raster.height,
                "nodata": raster.nodata,
                "res": raster.res,
                "count": raster.count,
            }
            if raster.crs is None:
                report.add(Severity.ERROR, "raster_no_crs", path)
                return loaded
            if raster.nodata is None:
                report.add(Severity.WARNING, "raster_no_nodata", path)
            west, south, east, north = transform_bounds(raster.crs, "EPSG:4326", *raster.bounds)
            pw, ps, pe, pn = PERU_BOUNDS
            if east < pw or west > pe or north < ps or south > pn:
                report.add(Severity.WARNING, "raster_outside_peru", path)
            factor = max(1, max(raster.width, raster.height) // OVERVIEW_PIXELS)
            sample = raster.read(
                1, out_shape=(max(1, raster.height // factor), max(1, raster.width // factor)), masked=True
            )
            if np.ma.count(np.ma.masked_invalid(sample)) == 0:
                report.add(Severity.ERROR, "raster_all_nodata", path)
                return loaded
    except (RasterioError, CPLE_BaseError, OSError, ValueError, MemoryError) as error:
        report.add(Severity.ERROR, "unreadable_file", path, expected="GeoTIFF", reason=reason(error))
        return loaded
    loaded.data = str(path)
    loaded.attrs.update(attrs)
    return loaded
