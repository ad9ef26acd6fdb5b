"""Zonal statistics of a raster band over polygons (districts) and over buffers around points.

Pixel rule
----------
Polygons
    A pixel belongs to a polygon when its centre lies inside the polygon, as GDAL rasterizes with
    ``all_touched=False`` (a centre exactly on an edge follows GDAL's scan-line rule). A polygon that
    contains no pixel centre (smaller than a pixel, or a thin sliver) gets the single pixel that contains
    its representative point (shapely ``representative_point``), so no district on the raster is left
    without a pixel. Polygons may overlap: a pixel whose centre lies inside several polygons counts for
    each of them.
Buffers
    A pixel belongs to the buffer of a point when the distance from the point to the pixel centre is at
    most the radius. In a projected CRS the distance is Euclidean, in the CRS units converted to metres.
    In a geographic CRS (degrees) the offsets in longitude and latitude are converted to metres with the
    local scale of the CRS ellipsoid at the point's latitude (metres per degree of longitude
    ``N cos(lat) pi / 180`` and of latitude ``M pi / 180``, with ``N`` and ``M`` the prime-vertical and
    meridional radii of curvature), and the distance is Euclidean in those metres. Buffers may overlap.
Values
    Pixels equal to the band's nodata value, and NaN pixels, are excluded; ``count`` is the number of
    valid pixels. A zone with no valid pixel (or off the raster) gets NaN statistics and a count of 0.
    ``std`` is the population standard deviation (``ddof=0``), as exactextract's ``stdev`` and
    rasterstats' ``std``.

Speed
-----
The membership of pixels in zones is computed once into a :class:`ZoneIndex`: a CSR-like structure that
lists, zone after zone, the positions of the zone's pixels in a window of the raster. Polygons are
rasterized together into a label raster (twice, in opposite orders, so that pixels shared by
overlapping polygons show up and only those polygons are rasterized one by one). Buffers use a disk
template of candidate pixel offsets per radius in pixels (per latitude band for geographic rasters)
around each point's pixel, filtered by the exact distance. Statistics are then a gather and a few
``numpy`` ``reduceat`` calls. Indexes are cached in-process (least recently used first out, within a
memory budget), keyed by the raster grid (transform, shape, CRS) and a hash of the zones (their CRS and
WKB, and the radius), so repeated computations over the same zones only read the raster and reduce.
"""

from __future__ import annotations

import hashlib
import math
import struct
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from ..errors import CancelledError, InputError
from ..jobs.types import never_cancelled, noop_progress

__all__ = ["STATS", "RasterGrid", "ZoneIndex", "buffer_statistics", "clear_cache", "zonal_statistics"]

STATS = ("mean", "sum", "count", "min", "max", "std")

Progress = Callable[[float, str], None]
IsCancelled = Callable[[], bool]

CACHE_MAX_BYTES = 512 * 2**20
_CANDIDATES_PER_CHUNK = 2**22  # (point, pixel) pairs tested at once when building buffers

_cache: OrderedDict[tuple, ZoneIndex] = OrderedDict()
_cache_lock = threading.Lock()


def _check_cancelled(is_cancelled: IsCancelled) -> None:
    if is_cancelled():
        raise CancelledError("Zonal statistics were cancelled.")


@dataclass(frozen=True)
class RasterGrid:
    """The pixel grid of a raster: a north-up affine transform, a shape and a CRS.

    Attributes
    ----------
    transform:
        The affine coefficients ``(a, b, c, d, e, f)``: ``x = a * col + c`` and ``y = e * row + f``
        (``b`` and ``d`` are 0).
    shape:
        ``(height, width)`` in pixels.
    crs_wkt:
        The CRS as WKT.
    """

    transform: tuple[float, float, float, float, float, float]
    shape: tuple[int, int]
    crs_wkt: str

    @classmethod
    def from_raster(cls, raster: str | Path) -> RasterGrid:
        """Read the grid of a raster file.

        Parameters
        ----------
        raster:
            Path to a GeoTIFF (or any raster GDAL reads).

        Returns
        -------
        RasterGrid
        """
        with _open_raster(raster) as dataset:
            return cls.from_dataset(dataset, raster)

    @classmethod
    def from_dataset(cls, dataset: Any, name: str | Path = "") -> RasterGrid:
        """The grid of an open ``rasterio`` dataset; ``name`` identifies it in errors."""
        transform = dataset.transform  # affine 3 refuses tuple() of a transform: read its six terms
        a, b, c, d, e, f = transform.a, transform.b, transform.c, transform.d, transform.e, transform.f
        if b != 0 or d != 0:
            raise InputError(
                f"The raster {name} is rotated; only north-up rasters are supported.",
                code="rotated_raster",
                file=str(name),
                fix="Warp the raster to a north-up grid (gdalwarp).",
            )
        if dataset.crs is None:
            raise InputError(
                f"The raster {name} has no coordinate reference system.",
                code="raster_no_crs",
                file=str(name),
                fix="Assign the raster's CRS (gdal_edit.py -a_srs).",
            )
        return cls((a, b, c, d, e, f), (dataset.height, dataset.width), dataset.crs.to_wkt())

    def pixel_of(self, x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Fractional ``(row, col)`` positions of map coordinates (pixel centres are at ``n + 0.5``)."""
        a, _, c, _, e, f = self.transform
        return (np.asarray(y, float) - f) / e, (np.asarray(x, float) - c) / a


@dataclass(frozen=True, eq=False)
class ZoneIndex:
    """Which pixels of a raster grid belong to which zone.

    The pixels of zone ``k`` are ``pixels[offsets[k]:offsets[k + 1]]``: flat positions
    (``row * width + col``) in ``window`` of ``grid``. Build it with :meth:`from_polygons` or
    :meth:`from_buffers`; read the window with :meth:`read`; compute statistics with :meth:`reduce`.

    Attributes
    ----------
    grid:
        The raster grid the index was built for.
    window:
        ``(row_off, col_off, height, width)``: the part of the grid that holds every zone's pixels.
    pixels:
        Flat pixel positions in the window, zone after zone.
    offsets:
        ``n_zones + 1`` increasing positions in ``pixels``.
    """

    grid: RasterGrid
    window: tuple[int, int, int, int]
    pixels: np.ndarray
    offsets: np.ndarray

    @property
    def n_zones(self) -> int:
        """Number of zones."""
        return len(self.offsets) - 1

    @property
    def sizes(self) -> np.ndarray:
        """Number of pixels of each zone (valid or not)."""
        return np.diff(self.offsets)

    @property
    def nbytes(self) -> int:
        """Memory held by the index arrays."""
        return self.pixels.nbytes + self.offsets.nbytes

    @classmethod
    def from_polygons(
        cls, zones: Any, grid: RasterGrid | str | Path, *, is_cancelled: IsCancelled | None = None
    ) -> ZoneIndex:
        """Index the pixels of polygons (see the pixel rule in the module docstring).

        Parameters
        ----------
        zones:
            GeoDataFrame or GeoSeries of polygons and multipolygons, in any CRS.
        grid:
            The raster grid, or the path of the raster.
        is_cancelled:
            Called between steps; when it returns True, :class:`~core.errors.CancelledError` is raised.

        Returns
        -------
        ZoneIndex
        """
        grid = grid if isinstance(grid, RasterGrid) else RasterGrid.from_raster(grid)
        return _polygon_zones(zones).build(grid, is_cancelled or never_cancelled)

    @classmethod
    def from_buffers(
        cls,
        points: Any,
        radius_m: float,
        grid: RasterGrid | str | Path,
        *,
        is_cancelled: IsCancelled | None = None,
    ) -> ZoneIndex:
        """Index the pixels within ``radius_m`` metres of points (see the module docstring).

        Parameters
        ----------
        points:
            GeoDataFrame or GeoSeries of points, in any CRS.
        radius_m:
            Buffer radius in metres.
        grid:
            The raster grid, or the path of the raster.
        is_cancelled:
            Called between chunks; when it returns True, :class:`~core.errors.CancelledError` is raised.

        Returns
        -------
        ZoneIndex
        """
        grid = grid if isinstance(grid, RasterGrid) else RasterGrid.from_raster(grid)
        return _buffer_zones(points, radius_m).build(grid, is_cancelled or never_cancelled)

    def read(self, raster: str | Path, band: int = 1) -> np.ndarray:
        """Read the index window of a band of ``raster`` (which must be on the same grid).

        Parameters
        ----------
        raster:
            Path to the raster.
        band:
            Band number, from 1.

        Returns
        -------
        numpy.ndarray
            The window, shaped ``(height, width)`` of :attr:`window`.
        """
        with _open_raster(raster) as dataset:
            if RasterGrid.from_dataset(dataset, raster) != self.grid:
                raise InputError(
                    f"The raster {raster} is not on the grid this index was built for.",
                    code="grid_mismatch",
                    file=str(raster),
                )
            return _read_window(dataset, raster, band, self.window)

    def reduce(
        self, values: np.ndarray, valid_mask: np.ndarray | None = None, stats: Iterable[str] = STATS
    ) -> dict[str, np.ndarray]:
        """Statistics of ``values`` over every zone.

        Parameters
        ----------
        values:
            2-D array covering :attr:`window` (as returned by :meth:`read`).
        valid_mask:
            Boolean array of the same shape, True where a pixel is valid; by default every non-NaN
            pixel is valid.
        stats:
            Names among :data:`STATS`.

        Returns
        -------
        dict of str to numpy.ndarray
            One array of ``n_zones`` values per statistic (float64; ``count`` is int64).
        """
        stats = _check_stats(stats)
        if values.shape != self.window[2:]:
            raise InputError(
                f"The values are shaped {values.shape}; this index expects its window {self.window[2:]}.",
                code="shape_mismatch",
                shape=tuple(values.shape),
                expected=tuple(self.window[2:]),
            )
        gathered = values.reshape(-1)[self.pixels]
        if valid_mask is not None:
            valid = valid_mask.reshape(-1)[self.pixels]
        else:
            valid = _valid(gathered, None)
        return self._reduce(gathered, valid, stats)

    def _reduce(self, gathered: np.ndarray, valid: np.ndarray, stats: tuple[str, ...]) -> dict[str, np.ndarray]:
        """Statistics of pixel values already gathered in index order, with their validity."""
        nonempty = self.sizes > 0
        starts = self.offsets[:-1][nonempty]
        count = np.zeros(self.n_zones, np.int64)
        out: dict[str, np.ndarray] = {}
        if not len(starts):
            for stat in stats:
                out[stat] = count if stat == "count" else np.full(self.n_zones, np.nan)
            return out
        count[nonempty] = np.add.reduceat(valid, starts, dtype=np.int64)
        has_value = count > 0
        with np.errstate(invalid="ignore", divide="ignore"):
            if {"sum", "mean", "std"} & set(stats):
                zeroed = np.where(valid, gathered, 0).astype(np.float64, copy=False)
                total = _scatter(np.add.reduceat(zeroed, starts), nonempty, has_value)
                mean = total / count
            for stat in stats:
                if stat == "count":
                    out[stat] = count
                elif stat == "sum":
                    out[stat] = total
                elif stat == "mean":
                    out[stat] = mean
                elif stat == "std":
                    deviation = zeroed - np.repeat(mean[nonempty], self.sizes[nonempty])
                    deviation[~valid] = 0
                    out[stat] = np.sqrt(_scatter(np.add.reduceat(deviation**2, starts), nonempty, has_value) / count)
                else:
                    ufunc, identity = (np.minimum, np.inf) if stat == "min" else (np.maximum, -np.inf)
                    filled = np.where(valid, gathered, identity).astype(np.float64, copy=False)
                    out[stat] = _scatter(ufunc.reduceat(filled, starts), nonempty, has_value)
        return out


def zonal_statistics(
    raster: str | Path,
    zones: Any,
    stats: Iterable[str] = STATS,
    *,
    band: int = 1,
    prefix: str = "",
    progress: Progress | None = None,
    is_cancelled: IsCancelled | None = None,
) -> pd.DataFrame:
    """Statistics of a raster band over polygons (see the pixel rule in the module docstring).

    Parameters
    ----------
    raster:
        Path to a GeoTIFF, in any CRS, with or without nodata.
    zones:
        GeoDataFrame (or GeoSeries) of polygons and multipolygons, in any CRS; reprojected to the
        raster's CRS.
    stats:
        Names among :data:`STATS`: ``mean``, ``sum``, ``count``, ``min``, ``max``, ``std``.
    band:
        Band number, from 1.
    prefix:
        Prepended to every column name.
    progress:
        ``progress(fraction, message)``, called as the work advances.
    is_cancelled:
        ``is_cancelled() -> bool``; when True, :class:`~core.errors.CancelledError` is raised.

    Returns
    -------
    pandas.DataFrame
        One row per zone with the index of ``zones``, one column ``f"{prefix}{stat}"`` per statistic.

    Raises
    ------
    InputError
        The raster cannot be read, a zone has no geometry or is not a polygon, or a CRS is missing.
    CancelledError
        ``is_cancelled()`` returned True.
    """
    stats = _check_stats(stats)
    return _indexed_statistics(raster, lambda: _polygon_zones(zones), stats, band, prefix, progress, is_cancelled)


def buffer_statistics(
    raster: str | Path,
    points: Any,
    radius_m: float,
    stats: Iterable[str] = STATS,
    *,
    band: int = 1,
    prefix: str = "",
    progress: Progress | None = None,
    is_cancelled: IsCancelled | None = None,
) -> pd.DataFrame:
    """Statistics of a raster band within ``radius_m`` metres of points (see the module docstring).

    Parameters
    ----------
    raster, stats, band, prefix, progress, is_cancelled:
        As in :func:`zonal_statistics`.
    points:
        GeoDataFrame (or GeoSeries) of points, in any CRS; reprojected to the raster's CRS.
    radius_m:
        Buffer radius in metres (positive).

    Returns
    -------
    pandas.DataFrame
        One row per point with the index of ``points``, one column ``f"{prefix}{stat}"`` per statistic.

    Raises
    ------
    InputError
        The raster cannot be read, a point is missing or not a point, the radius is not positive, or a
        CRS is missing (``CancelledError`` as in :func:`zonal_statistics`).
    """
    stats = _check_stats(stats)
    return _indexed_statistics(
        raster, lambda: _buffer_zones(points, radius_m), stats, band, prefix, progress, is_cancelled
    )


@dataclass(frozen=True)
class _Zones:
    """Zones read and checked: what identifies them in the cache, and how to index them on a grid."""

    labels: pd.Index
    fingerprint: str
    build: Callable[[RasterGrid, IsCancelled], ZoneIndex]


def _polygon_zones(zones: Any) -> _Zones:
    geometries = _geometries(zones)
    blobs = _wkb(geometries)

    def build(grid: RasterGrid, is_cancelled: IsCancelled) -> ZoneIndex:
        shapes, bounds = _project_polygons(blobs, zones.index, geometries.crs, grid.crs_wkt)
        _check_cancelled(is_cancelled)
        return _polygon_index(shapes, bounds, grid, is_cancelled)

    return _Zones(zones.index, _fingerprint("polygons", geometries.crs, blobs), build)


def _buffer_zones(points: Any, radius_m: float) -> _Zones:
    radius_m = _check_radius(radius_m)
    x, y, blob = _point_coordinates(points)
    crs = points.geometry.crs

    def build(grid: RasterGrid, is_cancelled: IsCancelled) -> ZoneIndex:
        return _buffer_index(*_transform(x, y, crs, grid.crs_wkt), radius_m, grid, is_cancelled)

    return _Zones(points.index, _fingerprint("buffers", crs, [blob, repr(radius_m).encode()]), build)


def _indexed_statistics(
    raster: str | Path,
    read_zones: Callable[[], _Zones],
    stats: tuple[str, ...],
    band: int,
    prefix: str,
    progress: Progress | None,
    is_cancelled: IsCancelled | None,
) -> pd.DataFrame:
    """Statistics over zones through the cached index of the zones on the raster's grid (built if missing)."""
    progress = progress or noop_progress
    is_cancelled = is_cancelled or never_cancelled
    progress(0.0, "Reading the zones")
    zones = read_zones()
    with _open_raster(raster) as dataset:
        grid = RasterGrid.from_dataset(dataset, raster)
        key = (grid, zones.fingerprint)
        index = _cached(key)
        if index is None:
            _check_cancelled(is_cancelled)
            progress(0.2, "Finding the pixels of every zone")
            index = _store(key, zones.build(grid, is_cancelled))
        _check_cancelled(is_cancelled)
        progress(0.7, "Reading the raster")
        result = _statistics(dataset, raster, band, index, stats)
    progress(1.0, "Zonal statistics done")
    return pd.DataFrame({f"{prefix}{stat}": result[stat] for stat in stats}, index=zones.labels)


def clear_cache() -> None:
    """Forget every cached :class:`ZoneIndex`."""
    with _cache_lock:
        _cache.clear()


def _cached(key: tuple) -> ZoneIndex | None:
    with _cache_lock:
        index = _cache.get(key)
        if index is not None:
            _cache.move_to_end(key)
        return index


def _store(key: tuple, index: ZoneIndex) -> ZoneIndex:
    with _cache_lock:
        _cache[key] = index
        _cache.move_to_end(key)
        while len(_cache) > 1 and sum(kept.nbytes for kept in _cache.values()) > CACHE_MAX_BYTES:
            _cache.popitem(last=False)
    return index


def _fingerprint(kind: str, crs: Any, parts: list[bytes]) -> str:
    digest = hashlib.blake2b(digest_size=20)
    digest.update(f"{kind}\n{crs.to_wkt()}".encode())
    for part in parts:
        digest.update(len(part).to_bytes(8, "little"))
        digest.update(part)
    return digest.hexdigest()


def _check_stats(stats: Iterable[str]) -> tuple[str, ...]:
    stats = (stats,) if isinstance(stats, str) else tuple(stats)
    unknown = [stat for stat in stats if stat not in STATS]
    if unknown or not stats:
        raise InputError(
            f"Unknown statistics {unknown}; choose among {', '.join(STATS)}.",
            code="unknown_statistic",
            statistics=", ".join(map(str, unknown)) or "–",
            options=", ".join(STATS),
            fix=f"Use some of {', '.join(STATS)}.",
        )
    return stats


def _check_radius(radius_m: float) -> float:
    radius_m = float(radius_m)
    if not math.isfinite(radius_m) or radius_m <= 0:
        raise InputError(
            f"The buffer radius must be a positive number of metres, not {radius_m}.", code="radius", radius=radius_m
        )
    return radius_m


def _geometries(zones: Any) -> Any:
    """The geometry column of ``zones``, checked: it exists, has a CRS and no row lacks a geometry."""
    try:
        geometries = zones.geometry
    except AttributeError as error:
        raise InputError(
            "The zones have no geometry column.", code="no_geometry_column", fix="Pass a GeoDataFrame."
        ) from error
    if geometries.crs is None:
        raise InputError(
            "The zones have no coordinate reference system.", code="zones_no_crs", fix="Set the layer's CRS."
        )
    missing = geometries.isna().to_numpy()
    if missing.any():
        raise InputError(
            f"{int(missing.sum())} zones have no geometry.",
            code="missing_geometry",
            rows=zones.index[missing].to_list(),
            count=int(missing.sum()),
            examples=", ".join(str(row) for row in zones.index[missing][:5]),
            fix="Remove the rows without geometry or draw them.",
        )
    return geometries


def _wkb(geometries: Any) -> list[bytes]:
    """The WKB of every geometry, with one shared writer under shapely 1.8 (geopandas makes one per geometry)."""
    import shapely

    if int(shapely.__version__.split(".")[0]) >= 2:  # geopandas writes WKB vectorised (shapely.geos is deprecated)
        return geometries.to_wkb().to_list()
    from shapely.geos import WKBWriter, lgeos

    return list(map(WKBWriter(lgeos).write, geometries))


def _wkb_header(blob: bytes, position: int) -> tuple[str, int, int, int]:
    """Byte order, base geometry type (1 point ... 6 multipolygon), coordinate dimensions and the next position
    of the WKB geometry at ``position`` (ISO WKB and PostGIS EWKB)."""
    order = "<" if blob[position] == 1 else ">"
    (code,) = struct.unpack_from(f"{order}I", blob, position + 1)
    position += 5
    if code & 0x20000000:  # EWKB: a SRID follows the type
        position += 4
    dimensions = 2 + bool(code & 0x80000000) + bool(code & 0x40000000)
    iso = code & 0x0FFFFFFF
    dimensions += (0, 1, 1, 2)[iso // 1000]
    return order, iso % 1000, dimensions, position


def _wkb_polygons(blob: bytes) -> list[list[np.ndarray]] | None:
    """Rings (``(n, 2)`` arrays) of each polygon of a Polygon or MultiPolygon WKB; None for other types."""
    order, kind, dimensions, position = _wkb_header(blob, 0)
    if kind == 3:
        return [_wkb_rings(blob, order, dimensions, position)[0]]
    if kind != 6:
        return None
    (n_parts,) = struct.unpack_from(f"{order}I", blob, position)
    position += 4
    polygons = []
    for _ in range(n_parts):
        part_order, _, part_dimensions, position = _wkb_header(blob, position)
        rings, position = _wkb_rings(blob, part_order, part_dimensions, position)
        polygons.append(rings)
    return polygons


def _wkb_rings(blob: bytes, order: str, dimensions: int, position: int) -> tuple[list[np.ndarray], int]:
    """The rings of the polygon body at ``position``, and the position after it."""
    (n_rings,) = struct.unpack_from(f"{order}I", blob, position)
    position += 4
    rings = []
    for _ in range(n_rings):
        (n_points,) = struct.unpack_from(f"{order}I", blob, position)
        coordinates = np.frombuffer(blob, f"{order}f8", n_points * dimensions, position + 4)
        rings.append(coordinates.reshape(n_points, dimensions)[:, :2])
        position += 4 + 8 * n_points * dimensions
    return rings, position


def _project_polygons(
    blobs: list[bytes], rows: pd.Index, source: Any, target_wkt: str
) -> tuple[list[dict], np.ndarray]:
    """GeoJSON-like multipolygons in the target CRS, and their bounds ``(n, 4)``, from WKB, with one coordinate
    transformation for all; rows that are not non-empty polygons raise an InputError."""
    parsed = [_wkb_polygons(blob) for blob in blobs]
    sizes = np.array([-1 if zone is None else sum(len(ring) for part in zone for ring in part) for zone in parsed])
    wrong = sizes <= 0
    if wrong.any():
        raise InputError(
            f"{int(wrong.sum())} zones are empty or not polygons.",
            code="geometry_type",
            rows=rows[wrong].to_list(),
            expected="Polygon or MultiPolygon",
            count=int(wrong.sum()),
            examples=", ".join(str(row) for row in rows[wrong][:5]),
        )
    if not parsed:
        return [], np.zeros((0, 4))
    coordinates = np.concatenate([ring for zone in parsed for part in zone for ring in part])
    x, y = _transform(coordinates[:, 0], coordinates[:, 1], source, target_wkt)
    starts = np.cumsum(sizes) - sizes
    bounds = np.column_stack(
        [
            np.minimum.reduceat(x, starts),
            np.minimum.reduceat(y, starts),
            np.maximum.reduceat(x, starts),
            np.maximum.reduceat(y, starts),
        ]
    )
    # Nested lists, as rasterio reads fastest (numpy rings rasterize 2.7 times slower). The cyclic garbage
    # collector is left alone: this runs in worker threads and the switch is global; its passes over the new
    # lists cost 50 ms on Peru's 1,874 districts (184,000 vertices) in a small process and nothing measurable
    # in a session holding a million objects (QGIS), where a full pass is not due.
    points = np.column_stack([x, y]).tolist()
    shapes = []
    position = 0
    for zone in parsed:
        parts = []
        for part in zone:
            rings = []
            for ring in part:
                rings.append(points[position : position + len(ring)])
                position += len(ring)
            parts.append(rings)
        shapes.append({"type": "MultiPolygon", "coordinates": parts})
    return shapes, bounds


def _point_coordinates(zones: Any) -> tuple[np.ndarray, np.ndarray, bytes]:
    """Coordinates of points, read from their WKB in one pass, and the WKB itself (to fingerprint them)."""
    blobs = _wkb(_geometries(zones))
    blob = b"".join(blobs)
    lengths = np.fromiter(map(len, blobs), np.int64, len(blobs))
    starts = np.cumsum(lengths) - lengths
    raw = np.frombuffer(blob, np.uint8)
    little = raw[starts] == 1
    wkb_type = _gather(raw, starts + 1, 4, little, "u4")
    coordinates = starts + 5 + 4 * ((wkb_type & 0x20000000) != 0)  # EWKB: a SRID precedes the coordinates
    # 1: Point, in ISO WKB and in EWKB, with room for x and y
    point = ((wkb_type & 0xFFFF) % 1000 == 1) & (coordinates + 16 <= starts + lengths)
    x, y = np.full(len(blobs), np.nan), np.full(len(blobs), np.nan)
    if point.any():
        x[point] = _gather(raw, coordinates[point], 8, little[point], "f8")
        y[point] = _gather(raw, coordinates[point] + 8, 8, little[point], "f8")
    wrong = ~np.isfinite(x) | ~np.isfinite(y)  # not a point, or empty: GEOS writes an empty point as NaN coordinates
    if wrong.any():
        raise InputError(
            f"{int(wrong.sum())} zones are empty or not points.",
            code="geometry_type",
            rows=zones.index[wrong].to_list(),
            expected="Point",
            count=int(wrong.sum()),
            examples=", ".join(str(row) for row in zones.index[wrong][:5]),
        )
    return x, y, blob


def _gather(raw: np.ndarray, starts: np.ndarray, size: int, little: np.ndarray, kind: str) -> np.ndarray:
    """Numbers of ``size`` bytes at ``starts`` in ``raw``, little- or big-endian per row."""
    chunk = raw[starts[:, None] + np.arange(size)]
    chunk[~little] = chunk[~little, ::-1]
    return chunk.view(f"<{kind}").reshape(-1)


def _transform(x: np.ndarray, y: np.ndarray, source: Any, target_wkt: str) -> tuple[np.ndarray, np.ndarray]:
    from pyproj import CRS, Transformer

    source, target = CRS.from_user_input(source), CRS.from_wkt(target_wkt)
    if source == target:
        return x, y
    return Transformer.from_crs(source, target, always_xy=True).transform(x, y)


@contextmanager
def _open_raster(raster: str | Path) -> Iterator[Any]:
    """Open a raster with rasterio; a file rasterio cannot read raises an InputError."""
    import rasterio
    from rasterio.errors import RasterioIOError

    try:
        dataset = rasterio.open(raster)
    except RasterioIOError as error:
        raise InputError(
            f"The raster {raster} cannot be read: {error}",
            code="unreadable_raster",
            reason=str(error),
            file=str(raster),
            fix="Check that the file exists and is a GeoTIFF.",
        ) from error
    with dataset:
        yield dataset


def _read_window(dataset: Any, raster: str | Path, band: int, window: tuple[int, int, int, int]) -> np.ndarray:
    from rasterio.windows import Window

    if not 1 <= band <= dataset.count:
        raise InputError(
            f"The raster {raster} has {dataset.count} bands; band {band} does not exist.",
            code="missing_band",
            bands=dataset.count,
            file=str(raster),
            band=band,
        )
    row_off, col_off, height, width = window
    return dataset.read(band, window=Window(col_off, row_off, width, height))


def _valid(values: np.ndarray, nodata: float | None) -> np.ndarray:
    """True where values are neither nodata nor NaN."""
    valid = values == values if values.dtype.kind == "f" else np.ones(values.shape, bool)
    if nodata is not None and not math.isnan(nodata):
        valid &= values != nodata
    return valid


def _statistics(
    dataset: Any, raster: str | Path, band: int, index: ZoneIndex, stats: tuple[str, ...]
) -> dict[str, np.ndarray]:
    values = _read_window(dataset, raster, band, index.window)
    gathered = values.reshape(-1)[index.pixels]
    return index._reduce(gathered, _valid(gathered, dataset.nodatavals[band - 1]), stats)


def _scatter(reduced: np.ndarray, nonempty: np.ndarray, has_value: np.ndarray) -> np.ndarray:
    """Per-zone values from per-non-empty-zone values; NaN for zones without a valid pixel."""
    out = np.full(len(nonempty), np.nan)
    out[nonempty] = reduced
    out[~has_value] = np.nan
    return out


def _pixel_window(grid: RasterGrid, bounds: np.ndarray) -> np.ndarray:
    """``(row0, row1, col0, col1)`` of the pixels each box ``(minx, miny, maxx, maxy)`` touches, clipped to the
    grid (a box off the grid gets an empty range)."""
    rows_min, cols_min = grid.pixel_of(bounds[:, 0], bounds[:, 1])
    rows_max, cols_max = grid.pixel_of(bounds[:, 2], bounds[:, 3])
    height, width = grid.shape
    return np.stack(
        [
            np.clip(np.floor(np.minimum(rows_min, rows_max)), 0, height),
            np.clip(np.floor(np.maximum(rows_min, rows_max)) + 1, 0, height),
            np.clip(np.floor(np.minimum(cols_min, cols_max)), 0, width),
            np.clip(np.floor(np.maximum(cols_min, cols_max)) + 1, 0, width),
        ],
        axis=1,
    ).astype(np.int64)


def _window_transform(grid: RasterGrid, row_off: int, col_off: int) -> Any:
    from affine import Affine

    a, b, c, d, e, f = grid.transform
    return Affine(a, b, c + a * col_off, d, e, f + e * row_off)


def _polygon_index(shapes: list[dict], bounds: np.ndarray, grid: RasterGrid, is_cancelled: IsCancelled) -> ZoneIndex:
    """Rasterize every polygon at once; rasterize again one by one only the polygons that overlap others.

    ``shapes`` are GeoJSON-like polygons in the grid's CRS and ``bounds`` their ``(minx, miny, maxx, maxy)``.
    """
    from rasterio.features import rasterize
    from shapely.geometry import shape

    n_zones = len(shapes)
    boxes = _pixel_window(grid, bounds)
    touching = (boxes[:, 1] > boxes[:, 0]) & (boxes[:, 3] > boxes[:, 2])
    if not touching.any():
        return ZoneIndex(grid, (0, 0, 0, 0), np.zeros(0, np.int32), np.zeros(n_zones + 1, np.int64))
    row0, col0 = boxes[touching, 0].min(), boxes[touching, 2].min()
    height, width = boxes[touching, 1].max() - row0, boxes[touching, 3].max() - col0
    boxes -= [row0, row0, col0, col0]
    transform = _window_transform(grid, row0, col0)
    label_type = np.uint16 if n_zones < 2**16 - 1 else np.uint32
    labels = rasterize(
        zip(shapes, range(1, n_zones + 1), strict=True),
        out_shape=(height, width),
        transform=transform,
        dtype=label_type,
    )
    _check_cancelled(is_cancelled)
    first = rasterize(
        zip(reversed(shapes), range(n_zones, 0, -1), strict=True),
        out_shape=(height, width),
        transform=transform,
        dtype=label_type,
    )
    _check_cancelled(is_cancelled)
    shared = labels != first
    del first
    zone_parts: list[np.ndarray] = []
    pixel_parts: list[np.ndarray] = []
    if shared.any():
        # zones whose box holds a shared pixel: take them out of the label raster and rasterize them alone
        table = np.zeros((height + 1, width + 1), np.int64)
        table[1:, 1:] = shared.cumsum(0).cumsum(1)
        r0, r1, c0, c1 = boxes.T
        overlapping = np.flatnonzero(touching & (table[r1, c1] - table[r0, c1] - table[r1, c0] + table[r0, c0] > 0))
        lookup = np.zeros(n_zones + 1, bool)
        lookup[overlapping + 1] = True
        labels[lookup[labels]] = 0
        for zone in overlapping:
            _check_cancelled(is_cancelled)
            r0, r1, c0, c1 = boxes[zone]
            alone = rasterize(
                [(shapes[zone], 1)],
                out_shape=(r1 - r0, c1 - c0),
                transform=_window_transform(grid, row0 + r0, col0 + c0),
            )
            rows, cols = np.nonzero(alone)
            pixel_parts.append((rows + r0) * width + cols + c0)
            zone_parts.append(np.full(len(rows), zone, label_type))
    pixels = np.flatnonzero(labels)
    pixel_parts.append(pixels)
    zone_parts.append(labels.reshape(-1)[pixels] - 1)
    sizes = np.bincount(np.concatenate(zone_parts), minlength=n_zones)
    for zone in np.flatnonzero(sizes == 0):
        point = shape(shapes[zone]).representative_point()
        row, col = (math.floor(float(value)) for value in grid.pixel_of(point.x, point.y))
        if 0 <= row - row0 < height and 0 <= col - col0 < width:
            pixel_parts.append(np.array([(row - row0) * width + col - col0]))
            zone_parts.append(np.array([zone], label_type))
            sizes[zone] = 1
    zones = np.concatenate(zone_parts)
    pixels = np.concatenate(pixel_parts)
    order = np.argsort(zones, kind="stable")
    index_type = np.int32 if height * width < 2**31 else np.int64
    offsets = np.concatenate([[0], np.cumsum(sizes)]).astype(np.int64)
    return ZoneIndex(grid, (int(row0), int(col0), int(height), int(width)), pixels[order].astype(index_type), offsets)


def _metres_per_unit(grid: RasterGrid, latitude: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Metres per CRS unit along x and along y: constant in a projected CRS, per latitude in a geographic one."""
    from pyproj import CRS

    crs = CRS.from_wkt(grid.crs_wkt)
    if not crs.is_geographic:
        factor = crs.axis_info[0].unit_conversion_factor
        return np.full(latitude.shape, factor), np.full(latitude.shape, factor)
    semi_major = crs.ellipsoid.semi_major_metre
    flattening = 1 / crs.ellipsoid.inverse_flattening if crs.ellipsoid.inverse_flattening else 0.0
    eccentricity2 = flattening * (2 - flattening)
    phi = np.radians(latitude)
    w2 = 1 - eccentricity2 * np.sin(phi) ** 2
    prime_vertical = semi_major / np.sqrt(w2)
    meridional = semi_major * (1 - eccentricity2) / w2**1.5
    return np.radians(prime_vertical * np.cos(phi)), np.radians(meridional)


def _disk_template(half_x: int, half_y: int, pixel_x: float, pixel_y: float, radius: float) -> np.ndarray:
    """``(row, col)`` offsets from a point's pixel that any point in that pixel may reach within ``radius``."""
    rows, cols = np.mgrid[-half_y : half_y + 1, -half_x : half_x + 1]
    near_x = np.maximum(np.abs(cols) - 0.5, 0) * pixel_x
    near_y = np.maximum(np.abs(rows) - 0.5, 0) * pixel_y
    keep = near_x**2 + near_y**2 <= radius**2
    return np.stack([rows[keep], cols[keep]])


def _buffer_index(
    x: np.ndarray, y: np.ndarray, radius: float, grid: RasterGrid, is_cancelled: IsCancelled
) -> ZoneIndex:
    """Pixels within ``radius`` metres of each point, from disk templates grouped by radius in pixels."""
    n_points = len(x)
    height, width = grid.shape
    fraction_row, fraction_col = grid.pixel_of(x, y)
    base_row, base_col = np.floor(fraction_row), np.floor(fraction_col)
    fraction_row, fraction_col = fraction_row - base_row, fraction_col - base_col
    metres_x, metres_y = _metres_per_unit(grid, np.asarray(y, float))
    pixel_x, pixel_y = abs(grid.transform[0]) * metres_x, abs(grid.transform[4]) * metres_y
    half_x = np.floor(radius / pixel_x + 0.5).astype(np.int64)
    half_y = np.floor(radius / pixel_y + 0.5).astype(np.int64)
    reach = np.isfinite(base_row) & np.isfinite(base_col)
    reach &= (base_row + half_y >= 0) & (base_row - half_y < height)
    reach &= (base_col + half_x >= 0) & (base_col - half_x < width)
    if not reach.any():
        return ZoneIndex(grid, (0, 0, 0, 0), np.zeros(0, np.int32), np.zeros(n_points + 1, np.int64))
    row0 = int(max(0, (base_row - half_y)[reach].min()))
    row1 = int(min(height, (base_row + half_y)[reach].max() + 1))
    col0 = int(max(0, (base_col - half_x)[reach].min()))
    col1 = int(min(width, (base_col + half_x)[reach].max() + 1))
    window_width = col1 - col0
    base_row = base_row.astype(np.int64) - row0
    base_col = base_col.astype(np.int64) - col0
    index_type = np.int32 if (row1 - row0) * window_width < 2**31 else np.int64
    point_parts: list[np.ndarray] = []
    pixel_parts: list[np.ndarray] = []
    reached = np.flatnonzero(reach)
    bands, band_of = np.unique(half_x[reached] * (half_y.max() + 1) + half_y[reached], return_inverse=True)
    for band in range(len(bands)):
        members = reached[band_of == band]
        first = members[0]
        offsets = _disk_template(half_x[first], half_y[first], pixel_x[members].min(), pixel_y[members].min(), radius)
        step = max(1, _CANDIDATES_PER_CHUNK // offsets.shape[1])
        for start in range(0, len(members), step):
            _check_cancelled(is_cancelled)
            chunk = members[start : start + step]
            rows = base_row[chunk, None] + offsets[0]
            cols = base_col[chunk, None] + offsets[1]
            dx = (offsets[1] + 0.5 - fraction_col[chunk, None]) * pixel_x[chunk, None]
            dy = (offsets[0] + 0.5 - fraction_row[chunk, None]) * pixel_y[chunk, None]
            keep = dx**2 + dy**2 <= radius**2
            keep &= (rows >= 0) & (rows < row1 - row0) & (cols >= 0) & (cols < window_width)
            point_parts.append(np.broadcast_to(chunk[:, None], keep.shape)[keep])
            pixel_parts.append((rows[keep] * window_width + cols[keep]).astype(index_type))
    points = np.concatenate(point_parts)
    pixels = np.concatenate(pixel_parts)
    if len(bands) > 1:
        order = np.argsort(points, kind="stable")
        points, pixels = points[order], pixels[order]
    offsets = np.concatenate([[0], np.cumsum(np.bincount(points, minlength=n_points))]).astype(np.int64)
    return ZoneIndex(grid, (row0, col0, row1 - row0, window_width), pixels, offsets)
