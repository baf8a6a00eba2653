"""Exact, fast proofs that a hole-free polygon is valid, so that GEOS's validity check (which costs seconds
on some 100 000-vertex outlines) runs only when no proof applies.

Two proofs, both in numpy with floating-point orientation signs certified by Shewchuk's error bound (a
sign too close to call counts as "not proven", never as a guess):
- star_shaped_ring: the outline is strictly star-shaped around its centroid or vertex mean (round,
  jagged, coastline-like areas);
- monotone_ring (core.aoi_monotone): the outline is two chains monotone along one direction (strips,
  corridors, sawtooth and zigzag edges, whose overlapping edge boxes make GEOS slowest).
A proof only ever says "valid"; False means "ask GEOS", which decides every other case.
"""

import math
from typing import List, Tuple

import numpy as np
from shapely.geometry import Polygon
from shapely.geometry.base import BaseGeometry

from .aoi_monotone import monotone_ring
from .aoi_orientation import ORIENTATION_ERROR_BOUND as _ORIENTATION_ERROR_BOUND
from .aoi_orientation import UNDERFLOW_GUARD as _UNDERFLOW_GUARD

__all__ = ["is_valid", "proven_valid", "star_shaped_ring", "monotone_ring"]


def is_valid(geometry: BaseGeometry) -> bool:
    """GEOS's validity, with a fast exact answer for a common big case: a hole-free outline that is
    star-shaped around its centroid (see star_shaped_ring). GEOS's own check is near-linear for smooth
    outlines but costs ~250 ms on 100 000 vertices that zigzag at every step (its monotone chains are one or
    two edges long and their boxes overlap by hundreds), which live validation cannot afford."""
    return proven_valid(geometry) or bool(geometry.is_valid)


def proven_valid(geometry: BaseGeometry) -> bool:
    """True when a fast exact test proves the geometry valid; False means "ask GEOS"."""
    if not isinstance(geometry, Polygon) or geometry.is_empty or len(geometry.interiors):
        return False
    ring = np.asarray(geometry.exterior.coords)[:, :2]
    return star_shaped_ring(ring) or monotone_ring(ring)




def star_shaped_ring(ring: np.ndarray) -> bool:
    """True only when the closed ring (n, 2) is provably simple because it is strictly star-shaped around
    its area centroid or its vertex mean: seen from that point c, every edge turns the same way (a
    certified orientation sign, exact despite rounding), and the edges sweep round c exactly once.
    Then the edges' angular sectors tile the full turn without overlap and every vertex lies on its own
    ray from c, so no two edges meet except consecutive ones at their shared vertex: the ring is simple,
    has an area, and as a hole-free polygon it is valid. False means "not proven" (a repeated vertex, a
    spike, a self-intersection, or just a shape that no such point sees whole): the caller asks GEOS."""
    if len(ring) < 4 or not np.array_equal(ring[0], ring[-1]) or not np.isfinite(ring).all():
        return False
    # The centres come from every step-th vertex (any point will do for a proof; these are cheap) and are
    # tried on those same vertices' edges first, so that most shapes that are not star-shaped are turned
    # down in a fraction of a millisecond, before the full test.
    step = max(1, (len(ring) - 1) // _STAR_SAMPLE_EDGES)
    sample = np.vstack([ring[:-1:step], ring[:1]])
    edges = np.arange(0, len(ring) - 1, step)
    return any(_turns_one_way(ring[edges], ring[edges + 1], center) and _sweeps_once_around(ring, center)
               for center in _star_center_candidates(sample))


_STAR_SAMPLE_EDGES = 2_048


def _star_center_candidates(ring: np.ndarray) -> List[Tuple[float, float]]:
    """The area centroid (when the ring has an area) and the vertex mean of a closed ring."""
    origin = ring[0]
    x, y = ring[:, 0] - origin[0], ring[:, 1] - origin[1]
    cross = x[:-1] * y[1:] - x[1:] * y[:-1]
    twice_area = float(cross.sum())
    candidates = []
    if twice_area != 0.0 and math.isfinite(twice_area):
        centroid_x = float(((x[:-1] + x[1:]) * cross).sum()) / (3.0 * twice_area)
        centroid_y = float(((y[:-1] + y[1:]) * cross).sum()) / (3.0 * twice_area)
        candidates.append((origin[0] + centroid_x, origin[1] + centroid_y))
    mean = ring[:-1].mean(axis=0)
    candidates.append((float(mean[0]), float(mean[1])))
    return candidates


def _turns_one_way(starts: np.ndarray, ends: np.ndarray, center: Tuple[float, float]) -> bool:
    """Whether every edge (start -> end) turns round center with the same, certain, non-zero sign."""
    return _certain_turns(starts, ends, center)[0] is not None


def _certain_turns(starts: np.ndarray, ends: np.ndarray, center: Tuple[float, float]):
    """(det, dot) of each edge's two vectors from center when every det has the same certain sign,
    else (None, None). det is twice the signed area of (center, start, end)."""
    ax, ay = starts[:, 0] - center[0], starts[:, 1] - center[1]
    bx, by = ends[:, 0] - center[0], ends[:, 1] - center[1]
    left, right = ax * by, ay * bx
    det = left - right
    size = np.abs(det)
    certain = (size > _ORIENTATION_ERROR_BOUND * (np.abs(left) + np.abs(right))) & (size > _UNDERFLOW_GUARD)
    if not certain.all():
        return None, None
    positive = det > 0
    if positive.any() and not positive.all():
        return None, None
    return det, ax * bx + ay * by


def _sweeps_once_around(ring: np.ndarray, center: Tuple[float, float]) -> bool:
    det, dot = _certain_turns(ring[:-1], ring[1:], center)
    if det is None:
        return False
    # Each edge turns by an angle strictly between 0 and pi (the sign is certain); the exact total is
    # 2 pi times the winding number, and rounding errors (~1e-15 per edge) cannot move it by pi.
    turned = float(np.abs(np.arctan2(det, dot)).sum())
    return round(turned / (2.0 * math.pi)) == 1
