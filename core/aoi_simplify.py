"""Simplification of an AOI outline to the OneAtlas vertex limit, in our own code, without recursion.

Why not GEOS's simplify: its Douglas-Peucker (and the topology-preserving variant) recurse once per level of
splitting, and on a regular sawtooth or zigzag outline that is one level per vertex kept. With 30 000 to
100 000 vertices that overflows the C stack and kills the whole process (QGIS with it), sooner in a worker
thread with a small stack (1 MB on Windows). Here the splitting is driven by a heap in a Python loop and
each split is one numpy pass over the vertices between two kept ones: no depth, whatever the shape.

The method (simplify_to_limit): Douglas-Peucker by priority. Every ring starts from two far-apart vertices;
the pending section whose farthest vertex strays most from its chord is split at that vertex, until the
exterior ring(s) hold the limit. What is then left out lies within the last distance popped: that is the
tolerance reported (a bound on how far the result strays from the drawn outline, in degrees of latitude:
longitudes are scaled by the cosine of the mean latitude, so the distances are true lengths near enough).
Plain Douglas-Peucker can make an outline cross itself; such a result is repaired locally: the sections
of the original around the place GEOS reports are split further (more of the original outline comes back
there) until the result is valid, within the limit. When that does not fit, the whole run is redone with a
smaller budget, leaving room for repairs; after a few tries the caller falls back to the convex hull.
"""

import bisect
import heapq
import math
import re
from typing import List, Optional, Tuple

import numpy as np
from shapely.geometry import Polygon
from shapely.geometry.base import BaseGeometry

from .aoi_cache import validity_reason
from .aoi_farthest import FarthestIndex
from .aoi_geometry import exterior_positions, from_parts, polygon_parts

_SPOT = re.compile(r"\[\s*(?P<x>[-+0-9.eE]+|nan|inf)\s+(?P<y>[-+0-9.eE]+|nan|inf)\s*\]")
# The first run leaves a little room for repairs; the later ones more (a coarser outline may cross itself
# in more places, but each crossing is mended with fewer vertices than the room left).
_BUDGET_SHARES = (0.98, 0.9, 0.75, 0.6)


class _Ring:
    """One ring of the geometry: its closed coordinates (n + 1 rows, the last one the first again), the same
    with longitudes scaled (distances are measured there), and the indices of the vertices kept so far."""

    def __init__(self, coords: np.ndarray, part: int, exterior: bool, scale_x: float):
        self.coords = coords
        self.index = FarthestIndex(np.column_stack([coords[:, 0] * scale_x, coords[:, 1]]))
        self.part = part
        self.exterior = exterior
        self.kept: List[int] = [0, len(coords) - 1]

    def farthest(self, start: int, end: int) -> Tuple[float, int]:
        return self.index.farthest(start, end)

    def keep(self, index: int) -> None:
        bisect.insort(self.kept, index)

    def kept_coords(self) -> np.ndarray:
        return self.coords[self.kept]


def simplify_to_limit(geometry: BaseGeometry,
                      max_positions: int) -> Optional[Tuple[BaseGeometry, float]]:
    """The geometry with its exterior ring(s) holding at most max_positions positions (closing ones
    included), valid, with the same parts and holes; and the tolerance: how far (degrees of latitude) the
    result may stray from the original outline. None when no such simplification was found (the caller
    falls back to the convex hull). A geometry already within the limit is returned as it is, tolerance 0."""
    if exterior_positions(geometry) <= max_positions:
        return geometry, 0.0
    parts = polygon_parts(geometry)
    arrays = [(index, exterior, np.asarray(ring.coords, dtype=float)[:, :2])
              for index, part in enumerate(parts)
              for exterior, ring in [(True, part.exterior)] + [(False, hole) for hole in part.interiors]]
    if not arrays or not all(np.isfinite(coords).all() and len(coords) >= 4 for _i, _e, coords in arrays):
        return None
    latitude = float(np.mean([coords[:, 1].mean() for _i, _e, coords in arrays]))
    scale_x = max(math.cos(math.radians(latitude)), 0.01)
    rings = [_Ring(coords, index, exterior, scale_x) for index, exterior, coords in arrays]
    for share in _BUDGET_SHARES:
        budget = int(max_positions * share)
        for ring in rings:
            ring.kept = [0, len(ring.coords) - 1]
        tolerance = _douglas_peucker(rings, budget)
        if tolerance is None:
            return None  # a ring with fewer than 3 distinct vertices, or more parts than the limit allows
        repaired = _repair(rings, len(parts), max_positions)
        if repaired is not None:
            result, strayed = repaired
            return result, max(tolerance, strayed)
    return None


def _douglas_peucker(rings: List[_Ring], budget: int) -> Optional[float]:
    """Split sections by priority until the exterior rings hold ``budget`` positions; returns the largest
    distance left out (the tolerance), or None when some ring cannot keep 3 distinct vertices."""
    heap: list = []
    positions = 0
    for number, ring in enumerate(rings):
        # Two forced splits: the vertex farthest from the first, then the one farthest from those two.
        distance, split = ring.farthest(0, len(ring.coords) - 1)
        if split < 0:
            return None
        ring.keep(split)
        left, right = ring.farthest(0, split), ring.farthest(split, len(ring.coords) - 1)
        if max(left[0], right[0]) <= 0:
            return None
        ring.keep(left[1] if left[0] >= right[0] else right[1])
        for start, end in zip(ring.kept, ring.kept[1:]):
            _push(heap, ring, number, start, end)
        if ring.exterior:
            positions += len(ring.kept)
    if positions > budget:
        return None
    while heap:
        negative, number, start, end, split = heap[0]
        ring = rings[number]
        if ring.exterior and positions >= budget:
            break
        heapq.heappop(heap)
        ring.keep(split)
        positions += ring.exterior
        _push(heap, ring, number, start, split)
        _push(heap, ring, number, split, end)
    return -heap[0][0] if heap else 0.0


def _push(heap: list, ring: _Ring, number: int, start: int, end: int) -> None:
    distance, split = ring.farthest(start, end)
    if split >= 0:
        heapq.heappush(heap, (-distance, number, start, end, split))


def _build(rings: List[_Ring], part_count: int) -> BaseGeometry:
    shells: List[Optional[np.ndarray]] = [None] * part_count
    holes: List[List[np.ndarray]] = [[] for _part in range(part_count)]
    for ring in rings:
        if ring.exterior:
            shells[ring.part] = ring.kept_coords()
        else:
            holes[ring.part].append(ring.kept_coords())
    return from_parts([Polygon(shell, part_holes) for shell, part_holes in zip(shells, holes)])


def _repair(rings: List[_Ring], part_count: int,
            max_positions: int) -> Optional[Tuple[BaseGeometry, float]]:
    """The simplified geometry once valid, and the largest distance of the sections split on the way;
    None when it cannot be made valid within max_positions. Each round asks GEOS where the outline is
    invalid and brings back the farthest original vertex of every section there."""
    strayed = 0.0
    for _round in range(max_positions):
        result = _build(rings, part_count)
        reason = validity_reason(result)
        if reason is None and len(polygon_parts(result)) == part_count:
            return result, strayed
        spot = _spot(reason or "")
        if spot is None:
            return None
        sections = _sections_near(rings, spot)
        if not sections:
            return None
        for ring, start, end in sections:
            _distance, split = ring.farthest(start, end)
            ring.keep(split)
            strayed = max(strayed, ring.farthest(start, split)[0], ring.farthest(split, end)[0])
        if sum(len(ring.kept) for ring in rings if ring.exterior) > max_positions:
            return None
    return None


def _spot(reason: str) -> Optional[Tuple[float, float]]:
    match = _SPOT.search(reason)
    if not match:
        return None
    try:
        x, y = float(match.group("x")), float(match.group("y"))
    except ValueError:
        return None
    return (x, y) if math.isfinite(x) and math.isfinite(y) else None


def _sections_near(rings: List[_Ring], spot: Tuple[float, float]) -> List[Tuple[_Ring, int, int]]:
    """The kept edges (as sections of the original: ring, start, end) that pass through the spot GEOS
    reported and still leave vertices out; plus the nearest such edge of another ring (a hole reported
    outside its shell is mended by the shell's edge, not by the hole's own edges at that vertex)."""
    found, nearest = [], []
    for ring in rings:
        kept = np.asarray(ring.kept)
        splittable = np.flatnonzero(np.diff(kept) > 1)
        if not len(splittable):
            continue
        starts, ends = ring.coords[kept[splittable]], ring.coords[kept[splittable + 1]]
        distances = _segment_distances(starts, ends, np.asarray(spot))
        span = float(np.abs(ring.coords).max()) or 1.0
        for index in np.flatnonzero(distances <= 1e-9 * span):
            found.append((ring, int(kept[splittable[index]]), int(kept[splittable[index] + 1])))
        best = int(np.argmin(distances))
        nearest.append((float(distances[best]), ring, int(kept[splittable[best]]),
                        int(kept[splittable[best] + 1])))
    represented = {id(ring) for ring, _start, _end in found}
    others = [entry for entry in nearest if id(entry[1]) not in represented]
    if others:
        _distance, ring, start, end = min(others, key=lambda entry: entry[0])
        found.append((ring, start, end))
    return found


def _segment_distances(starts: np.ndarray, ends: np.ndarray, point: np.ndarray) -> np.ndarray:
    direction = ends - starts
    offset = point - starts
    length2 = np.einsum("ij,ij->i", direction, direction)
    with np.errstate(divide="ignore", invalid="ignore"):
        along = np.where(length2 > 0, np.einsum("ij,ij->i", offset, direction) / length2, 0.0)
    rest = offset - np.clip(along, 0.0, 1.0)[:, None] * direction
    return np.sqrt(np.einsum("ij,ij->i", rest, rest))
