"""Which demand points each site covers: great-circle distance within a radius, as a sparse incidence matrix.

Points are placed on the unit sphere (x, y, z); a great-circle distance ``d`` on a sphere of radius ``R`` is a
chord of ``2 sin(d / 2R)``, so a KD-tree range query on the chords is an exact great-circle query.
"""

import numpy as np
from scipy import sparse
from scipy.spatial import cKDTree

EARTH_RADIUS_KM = 6371.0088  # mean radius (IUGG)


def unit_vectors(longitude, latitude) -> np.ndarray:
    """Points on the unit sphere, one row per (longitude, latitude) in degrees."""
    lon = np.radians(np.asarray(longitude, dtype=float))
    lat = np.radians(np.asarray(latitude, dtype=float))
    cos_lat = np.cos(lat)
    return np.column_stack([cos_lat * np.cos(lon), cos_lat * np.sin(lon), np.sin(lat)])


def chord(distance_km: float) -> float:
    """The unit-sphere chord of a great-circle distance in kilometres."""
    return 2.0 * np.sin(min(distance_km / EARTH_RADIUS_KM, np.pi) / 2.0)


def chord_to_km(chords) -> np.ndarray:
    """Great-circle kilometres of unit-sphere chords."""
    return 2.0 * EARTH_RADIUS_KM * np.arcsin(np.clip(np.asarray(chords, dtype=float) / 2.0, 0.0, 1.0))


def coverage_matrix(demand_lonlat: np.ndarray, site_lonlat: np.ndarray, radius_km: float) -> sparse.csr_matrix:
    """Boolean incidence: entry (i, j) is true when site j is within ``radius_km`` of demand point i.

    Parameters
    ----------
    demand_lonlat, site_lonlat:
        Arrays of shape (n, 2): longitude, latitude in degrees (EPSG:4326).
    radius_km:
        Access distance, great circle, in kilometres (inclusive).

    Returns
    -------
    scipy.sparse.csr_matrix
        Shape (n_demand, n_sites), dtype bool, column indices sorted within each row.
    """
    demand = np.asarray(demand_lonlat, dtype=float).reshape(-1, 2)
    sites = np.asarray(site_lonlat, dtype=float).reshape(-1, 2)
    shape = (len(demand), len(sites))
    if not len(demand) or not len(sites):
        return sparse.csr_matrix(shape, dtype=bool)
    demand_tree = cKDTree(unit_vectors(demand[:, 0], demand[:, 1]))
    site_tree = cKDTree(unit_vectors(sites[:, 0], sites[:, 1]))
    pairs = demand_tree.sparse_distance_matrix(site_tree, chord(radius_km) * (1 + 1e-12), output_type="ndarray")
    rows, cols = pairs["i"].astype(np.int64), pairs["j"].astype(np.int64)
    matrix = sparse.csr_matrix((np.ones(len(rows), dtype=bool), (rows, cols)), shape=shape)
    matrix.sum_duplicates()
    matrix.sort_indices()
    return matrix


def nearest_other_km(lonlat: np.ndarray) -> np.ndarray:
    """Great-circle kilometres from each point to the nearest other point of the same set (inf when alone)."""
    points = np.asarray(lonlat, dtype=float).reshape(-1, 2)
    if len(points) < 2:
        return np.full(len(points), np.inf)
    vectors = unit_vectors(points[:, 0], points[:, 1])
    chords, _ = cKDTree(vectors).query(vectors, k=2)
    return chord_to_km(chords[:, 1])
