"""Contiguity weights between districts, with islands linked to their nearest neighbours.

Two districts are neighbours when their boundaries share a point (queen, the default) or a segment (rook),
as libpysal finds them. A district with no contiguous neighbour (an *island*: Amantaní and Anapia in Lake
Titicaca, or a district whose neighbours were all left out because their value is missing) is linked to the
``k`` districts whose centroids are nearest (libpysal KNN; great-circle distances for geographic
coordinates, centroids computed in an equal-area projection), and each of those gets the island as a
neighbour too, so the weights stay symmetric (with ``k=1`` this is libpysal's ``attach_islands``). The
returned weights are row-standardised; the statistics use them as esda expects (``hotspots.py``).
"""

import copy
import inspect
from dataclasses import dataclass, field

import numpy as np

from ..errors import InputError
from ..features.district_features import EARTH_RADIUS_KM, EQUAL_AREA
from .pysal import import_pysal

KINDS = ("queen", "rook")


@dataclass
class DistrictWeights:
    """Spatial weights over the rows of a frame: ids are row positions ``0 … n-1``."""

    w: object  # libpysal.weights.W, row-standardised
    kind: str
    k: int
    islands: list[int] = field(default_factory=list)  # positions linked by their nearest neighbours

    @property
    def n_components(self) -> int:
        return int(self.w.n_components)

    def binary(self):
        """A copy with every link weighing 1 (what esda's Gi* expects before adding the self-weight)."""
        binary = copy.deepcopy(self.w)
        binary.transform = "B"
        return binary

    def describe(self, labels=None) -> dict:
        """Plain facts for a summary; ``labels`` name the rows (UBIGEO codes, say) in place of positions."""
        cardinalities = np.array([self.w.cardinalities[i] for i in self.w.id_order])
        return {
            "kind": self.kind,
            "k_nearest_for_islands": self.k,
            "islands": [str(labels[i]) if labels is not None else i for i in self.islands],
            "n_islands": len(self.islands),
            "n_components": self.n_components,
            "neighbours_min": int(cardinalities.min()),
            "neighbours_mean": round(float(cardinalities.mean()), 2),
            "neighbours_max": int(cardinalities.max()),
        }


def contiguity_weights(frame, kind: str = "queen", k: int = 1) -> DistrictWeights:
    """Queen or rook contiguity between the polygons of ``frame``, islands linked to their ``k`` nearest.

    Parameters
    ----------
    frame:
        GeoDataFrame of polygons, every geometry present (drop rows without one first). Its index is ignored:
        the weights' ids are row positions.
    kind:
        ``"queen"`` (a shared point makes neighbours) or ``"rook"`` (a shared segment).
    k:
        How many nearest districts (by centroid) an island is linked to.

    Returns
    -------
    DistrictWeights
        Row-standardised libpysal weights, the islands (positions) and how they were linked.

    Raises
    ------
    InputError
        For an unknown ``kind``, ``k < 1``, fewer than ``k + 1`` rows or missing geometries.
    """
    if kind not in KINDS:
        raise InputError(
            f"Unknown contiguity '{kind}': use queen or rook.",
            code="unknown_weights",
            kind=str(kind),
            fix="Choose queen or rook.",
        )
    if k < 1 or len(frame) <= k:
        raise InputError(
            f"Cannot link islands to {k} nearest districts among {len(frame)}.",
            code="too_few_rows",
            rows=len(frame),
            k=k,
            fix="Use k of at least 1 and more districts than k.",
        )
    missing = (frame.geometry.isna() | frame.geometry.is_empty).to_numpy()
    if missing.any():
        raise InputError(
            "Some districts have no geometry.",
            code="missing_geometry",
            count=int(missing.sum()),
            examples=", ".join(str(row) for row in np.flatnonzero(missing)[:5]),
            fix="Drop them first.",
        )
    weights, _ = import_pysal()
    polygons = frame.reset_index(drop=True)
    builder = weights.Queen if kind == "queen" else weights.Rook
    # positions as ids (the frame's index is 0..n-1 here); libpysal 4.10+ asks to say so (its default will change)
    index = {"use_index": False} if "use_index" in inspect.signature(builder.from_dataframe).parameters else {}
    contiguity = builder.from_dataframe(polygons, silence_warnings=True, **index)
    islands = sorted(int(i) for i in contiguity.islands)
    neighbours = {i: list(contiguity.neighbors[i]) for i in range(len(polygons))}
    if islands:
        nearest = _nearest(polygons, k, weights)
        for island in islands:
            for other in nearest.neighbors[island]:
                for a, b in ((island, other), (other, island)):
                    if b not in neighbours[a]:
                        neighbours[a].append(b)
    w = weights.W(neighbours, id_order=list(range(len(polygons))), silence_warnings=True)  # components: describe()
    w.transform = "R"
    return DistrictWeights(w, kind, k, islands)


def _nearest(polygons, k: int, weights):
    """libpysal KNN over district centroids: great-circle for geographic coordinates, planar otherwise."""
    crs = polygons.crs
    if crs is not None and crs.is_geographic:
        centroids = polygons.geometry.to_crs(EQUAL_AREA).centroid.to_crs(crs)
        points = np.c_[centroids.x, centroids.y]
        return weights.KNN.from_array(points, k=k, radius=EARTH_RADIUS_KM, silence_warnings=True)
    centroids = polygons.geometry.centroid
    return weights.KNN.from_array(np.c_[centroids.x, centroids.y], k=k, silence_warnings=True)
