"""Byte-reproducible writers: each file goes to a temporary name beside its target and is moved into place.

Reproducible means: no timestamps (GDAL's current date is fixed, gzip's mtime is 0), fixed row and key
order, fixed float formatting.
"""

import csv
import gzip
import json
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import numpy as np
import pandas as pd

from ..cancel import protected

FIONA_TYPES = {"i": "int", "u": "int", "f": "float", "b": "str", "O": "str"}


@contextmanager
def replacing(target: Path) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; move it onto ``target`` when the block succeeds."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(prefix=".aguaperu-", suffix=target.suffix, dir=target.parent)
    os.close(handle)
    temporary = Path(name)
    temporary.unlink()
    try:
        yield temporary
        with protected():
            os.replace(temporary, target)
    finally:
        with protected():
            temporary.unlink(missing_ok=True)


def write_bytes(target: Path, data: bytes) -> None:
    with replacing(target) as temporary:
        temporary.write_bytes(data)


def csv_bytes(frame: pd.DataFrame, quote_text: bool = False) -> bytes:
    """UTF-8 CSV, ``\\n`` line ends; ``quote_text`` quotes text cells and the header as R's write.csv does."""
    quoting = csv.QUOTE_NONNUMERIC if quote_text else csv.QUOTE_MINIMAL
    return frame.to_csv(index=False, lineterminator="\n", quoting=quoting).encode("utf-8")


def write_csv(target: Path, frame: pd.DataFrame, quote_text: bool = False) -> None:
    """Write ``frame`` as CSV, gzip-compressed (with a zero timestamp) when ``target`` ends in ``.gz``."""
    data = csv_bytes(frame, quote_text)
    if target.suffix == ".gz":
        data = gzip.compress(data, compresslevel=9, mtime=0)
    write_bytes(target, data)


def write_json(target: Path, content: dict) -> None:
    write_bytes(target, (json.dumps(content, indent=2, ensure_ascii=False) + "\n").encode("utf-8"))


def fiona_schema(frame) -> dict:
    """A fiona schema from a GeoDataFrame's dtypes; mixed polygons are written as MultiPolygons."""
    properties = {column: FIONA_TYPES[frame[column].dtype.kind] for column in frame.columns if column != "geometry"}
    kinds = set(frame.geom_type)
    return {"geometry": kinds.pop() if len(kinds) == 1 else "MultiPolygon", "properties": properties}


def records(frame, kind: str) -> Iterator[dict]:
    """fiona records: blanks as None, numpy scalars as Python numbers, polygons promoted to ``kind``."""
    from shapely.geometry import MultiPolygon, mapping

    columns = [column for column in frame.columns if column != "geometry"]
    for values, geometry in zip(frame[columns].itertuples(index=False, name=None), frame.geometry, strict=True):
        properties = {
            column: None if pd.isna(value) else value.item() if isinstance(value, np.generic) else value
            for column, value in zip(columns, values, strict=True)
        }
        if kind == "MultiPolygon" and geometry.geom_type == "Polygon":
            geometry = MultiPolygon([geometry])
        yield {"geometry": mapping(geometry), "properties": properties}


def write_geopackage(target: Path, layers: list[tuple[str, object, str, dict]], current_date: str) -> None:
    """Write layers ``(name, GeoDataFrame, description, tags)`` into one GeoPackage.

    The description goes into ``gpkg_contents``; the tags into the layer's GDAL metadata.
    """
    import fiona

    with replacing(target) as temporary, fiona.Env(OGR_CURRENT_DATE=current_date):
        for name, frame, description, tags in layers:
            schema = fiona_schema(frame)
            with fiona.open(
                temporary,
                "w",
                driver="GPKG",
                layer=name,
                schema=schema,
                crs="EPSG:4326",
                DESCRIPTION=description,
            ) as layer:
                layer.writerecords(records(frame, schema["geometry"]))
                layer.update_tags(tags)


def write_geotiff(
    target: Path, array: np.ndarray, transform, nodata: float, tags: dict, description: str, unit: str
) -> None:
    """A one-band, deflate-compressed, tiled GeoTIFF in EPSG:4326 with nodata, tags and band description."""
    import rasterio

    profile = {
        "driver": "GTiff",
        "width": array.shape[1],
        "height": array.shape[0],
        "count": 1,
        "dtype": array.dtype.name,
        "crs": "EPSG:4326",
        "transform": transform,
        "nodata": nodata,
        "compress": "deflate",
        "predictor": 3,
        "zlevel": 9,
        "tiled": True,
        "blockxsize": 256,
        "blockysize": 256,
    }
    with replacing(target) as temporary:
        with rasterio.open(temporary, "w", **profile) as raster:
            raster.write(array, 1)
            raster.update_tags(**tags)
            raster.set_band_description(1, description)
            raster.set_band_unit(1, unit)
