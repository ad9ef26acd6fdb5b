"""Exact counts of points within a chord radius, by grid counting: what ``cKDTree.query_ball_point(…,
return_length=True)`` returns on unit vectors, much faster when every point has thousands of neighbours.

The points are binned into rows of latitude (``ROW_KM`` high) and, within a row, columns of longitude
(``COLUMN_KM`` wide), sorted by row then column, and a table holds where each (row, column) starts. For a query
point and a row, the haversine formula gives the half-width in longitude of the circle at the row's two edges:
every column inside the narrower one is within the radius for every latitude of the row (the distance at a
fixed longitude difference is largest at an edge of the row), so its points are counted at once from the table;
nothing beyond the widest half-width of the row can be within the radius (the half-width of a small circle grows
to one latitude and then shrinks). Only the points of the few columns between the two are checked one by one,
with scipy's own arithmetic (``(dx² + dy²) + dz²`` of the same unit vectors against the squared radius, ``<=``,
as ``sqeuclidean_distance_double`` and ``traverse_checking`` in scipy's ``ckdtree``). The classification is
conservative: every bound is widened by a margin far above floating-point error, which only sends a few more
points to the exact check. ``tests/unit/test_neighbour_counts.py`` compares the counts with scipy's.
"""

from concurrent.futures import ThreadPoolExecutor

import numpy as np

EARTH_RADIUS_KM = 6371.0088
ROW_KM, COLUMN_KM = 1.0, 0.25  # measured at a million points: 5, 10 and 20 km radii fastest among 0.25-4 km rows
CHUNK = 512  # query points per block: the candidates of a block stay in the processor cache (twice faster than 8192)
WORKERS = 2
ANGLE_MARGIN = 1e-8  # radians (6 cm) on every half-width
HAVERSINE_MARGIN = 1e-14  # on sin²(θ/2) - sin²(Δφ/2): rows touching the circle's top or bottom


def make_grid(lon, lat, vectors) -> "_Grid | None":
    """The points binned for ``count_within`` (None when there are none): build it once to count the same points
    within several radii."""
    lam, phi = np.radians(np.asarray(lon, dtype=float)), np.radians(np.asarray(lat, dtype=float))
    return _Grid(lam, phi, np.asarray(vectors, dtype=float)) if len(lam) else None


def count_within(
    lon, lat, vectors, query_lon, query_lat, query_vectors, chord: float, workers: int = WORKERS, grid=None
):
    """For each query point, the number of points within ``chord`` (chord distance on the unit sphere).

    ``lon, lat`` (degrees) and ``vectors`` (``unit_vectors(lon, lat)``) describe the same points, likewise the
    queries; ``grid``, when given, is ``make_grid(lon, lat, vectors)`` (the points are then not read again).
    Equal to ``cKDTree(vectors).query_ball_point(query_vectors, chord, return_length=True)``.
    """
    qlam, qphi = np.radians(np.asarray(query_lon, dtype=float)), np.radians(np.asarray(query_lat, dtype=float))
    counts = np.zeros(len(qlam), dtype=np.intp)
    grid = make_grid(lon, lat, vectors) if grid is None else grid
    if grid is None or len(qlam) == 0:
        return counts
    theta = 2 * np.arcsin(chord / 2)
    order = np.argsort(qphi, kind="stable")  # neighbouring queries read neighbouring rows
    qvec = np.asarray(query_vectors, dtype=float)
    blocks = [order[start : start + CHUNK] for start in range(0, len(order), CHUNK)]

    def run(block):
        return block, grid.count(qlam[block], qphi[block], qvec[block], chord, theta)

    if workers > 1 and len(blocks) > 1:
        with ThreadPoolExecutor(workers) as pool:
            done = list(pool.map(run, blocks))
    else:
        done = [run(block) for block in blocks]
    for block, got in done:
        counts[block] = got
    return counts


class _Grid:
    def __init__(self, lam: np.ndarray, phi: np.ndarray, vectors: np.ndarray) -> None:
        self.h = ROW_KM / EARTH_RADIUS_KM
        widest = np.cos(np.clip(np.abs(phi).max(), 0, np.radians(89.0)))  # columns narrowest where widest apart
        self.w = COLUMN_KM / EARTH_RADIUS_KM / widest
        self.phi0, self.lam0 = phi.min() - self.h, lam.min() - self.w
        self.rows = int((phi.max() - self.phi0) / self.h) + 2
        self.columns = int((lam.max() - self.lam0) / self.w) + 2
        row = ((phi - self.phi0) / self.h).astype(np.int64)
        column = ((lam - self.lam0) / self.w).astype(np.int64)
        key = row * self.columns + column
        order = np.argsort(key, kind="stable")
        key = key[order]
        self.xyz = np.ascontiguousarray(vectors[order])
        # start[r, c]: position (in sorted order) of the first point of row r at column >= c
        flat = np.zeros(self.rows * self.columns + 1, dtype=np.int32 if len(key) < 2**31 else np.int64)
        np.cumsum(np.bincount(key, minlength=self.rows * self.columns), out=flat[1:])
        self.start = np.empty((self.rows, self.columns + 1), dtype=flat.dtype)
        self.start[:, :-1] = flat[:-1].reshape(self.rows, self.columns)
        self.start[:, -1] = flat[self.columns :: self.columns]
        self.lines = self.phi0 + self.h * np.arange(self.rows + 1)
        self.cos_lines = np.cos(self.lines)

    def _half_width(self, qphi, cos_q, lines_phi, cos_lines, s2, margin):
        """Half-width in longitude of the circle at latitudes ``lines_phi`` (-1 where the circle misses them)."""
        num = s2 - np.sin((lines_phi - qphi[:, None]) / 2) ** 2 + margin
        ratio = _clip(num / (cos_q[:, None] * cos_lines), 0.0, 1.0)
        return np.where(num >= 0, 2 * np.arcsin(np.sqrt(ratio)), -1.0)

    def count(self, qlam, qphi, qvec, chord: float, theta: float) -> np.ndarray:
        n = len(qlam)
        s2 = np.sin(theta / 2) ** 2
        reach = int(np.ceil(theta / self.h)) + 2
        qrow = np.floor((qphi - self.phi0) / self.h).astype(np.int64)
        k = qrow[:, None] + np.arange(-reach, reach + 2)  # grid lines; rows are k[:, :-1]
        k_clip = _clip(k, 0, self.rows)
        lines, cos_lines = self.lines[k_clip], self.cos_lines[k_clip]
        cos_q = np.cos(qphi)
        inner_edges = self._half_width(qphi, cos_q, lines, cos_lines, s2, -HAVERSINE_MARGIN)
        outer_edges = self._half_width(qphi, cos_q, lines, cos_lines, s2, HAVERSINE_MARGIN)
        inner = np.minimum(inner_edges[:, :-1], inner_edges[:, 1:]) - ANGLE_MARGIN
        outer = np.maximum(outer_edges[:, :-1], outer_edges[:, 1:])
        # the row holding the widest latitude of the circle: its widest half-width
        widest_phi = np.arcsin(_clip(np.sin(qphi) / np.cos(theta), -1, 1))
        widest = 2 * np.arcsin(_clip(np.sqrt(s2 + HAVERSINE_MARGIN) / (cos_q * np.cos(widest_phi)), 0, 1))
        widest_row = np.floor((widest_phi - self.phi0) / self.h).astype(np.int64) - (qrow - reach)
        holds = (widest_row >= 0) & (widest_row < outer.shape[1])
        rows_idx = np.nonzero(holds)[0]
        outer[rows_idx, widest_row[holds]] = np.maximum(outer[rows_idx, widest_row[holds]], widest[holds])
        # widen the row next to it too: the latitude of the widest point is itself computed
        for step in (-1, 1):
            near = widest_row + step
            ok = (near >= 0) & (near < outer.shape[1])
            at = np.nonzero(ok)[0]
            outer[at, near[ok]] = np.maximum(outer[at, near[ok]], widest[ok])
        outer = np.where(outer >= 0, outer + ANGLE_MARGIN, -1.0)
        row = k[:, :-1]
        valid = (row >= 0) & (row < self.rows) & (outer >= 0)
        row = _clip(row, 0, self.rows - 1)
        position = (qlam - self.lam0)[:, None] / self.w
        half_in, half_out = inner / self.w, outer / self.w
        last = self.columns
        c_lo = _clip(np.floor(position - half_out), 0, last).astype(np.int64)
        c_hi = _clip(np.floor(position + half_out) + 1, 0, last).astype(np.int64)  # exclusive
        c_a = _clip(np.ceil(position - half_in), 0, last).astype(np.int64)
        c_b = _clip(np.floor(position + half_in), 0, last).astype(np.int64)  # exclusive
        empty = (inner < 0) | (c_b <= c_a)
        c_a = np.where(empty, c_lo, np.maximum(c_a, c_lo))
        c_b = np.where(empty, c_lo, np.minimum(c_b, c_hi))
        c_hi = np.maximum(c_hi, c_b)
        table = self.start
        lo, a = table[row, c_lo].astype(np.int64), table[row, c_a].astype(np.int64)
        b, hi = table[row, c_b].astype(np.int64), table[row, c_hi].astype(np.int64)
        counts = np.where(valid, b - a, 0).sum(axis=1)
        # exact checks: [lo, a) and [b, hi) of every valid row
        starts = np.concatenate([lo[valid], b[valid]])
        lengths = np.concatenate([(a - lo)[valid], (hi - b)[valid]])
        owner = np.concatenate([np.nonzero(valid)[0], np.nonzero(valid)[0]])
        keep = lengths > 0
        starts, lengths, owner = starts[keep], lengths[keep], owner[keep]
        total = int(lengths.sum())
        if total:
            # the candidates of a run are consecutive points: positions as run start + rank in the run; each run's
            # hits summed with reduceat, then added to its query
            index = np.int32 if len(self.xyz) < 2**31 and total < 2**31 else np.int64
            offsets = np.cumsum(lengths) - lengths
            candidate = np.arange(total, dtype=index)
            candidate += np.repeat((starts - offsets).astype(index), lengths)
            # one row of three coordinates per candidate (one memory access, not three), minus its query's
            d = np.take(self.xyz, candidate, axis=0)
            d -= _repeat_rows(qvec[owner], lengths)
            d *= d
            d2 = d[:, 0] + d[:, 1]  # (dx² + dy²) + dz², as scipy
            d2 += d[:, 2]
            inside = np.less_equal(d2, chord * chord).view(np.int8)
            hits = np.add.reduceat(inside, offsets, dtype=np.intp)
            counts += np.bincount(owner, weights=hits, minlength=n).astype(np.intp)
        return counts


def _clip(values, low, high):
    """``np.clip`` (the same values, NaN kept) without its per-call checks: twice faster on the small arrays of
    a block, called a dozen times per block."""
    return np.minimum(np.maximum(values, low), high)


def _repeat_rows(rows: np.ndarray, times: np.ndarray) -> np.ndarray:
    """``np.repeat(rows, times, axis=0)`` of a 2-D float array, each row moved as one item (several times faster)."""
    rows = np.ascontiguousarray(rows)
    item = np.dtype((np.void, rows.dtype.itemsize * rows.shape[1]))
    return np.repeat(rows.view(item).ravel(), times).view(rows.dtype).reshape(-1, rows.shape[1])
