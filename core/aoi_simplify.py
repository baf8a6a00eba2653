"""Simplification of an AOI outline to the OneAtlas vertex limit, with the smallest tolerance that reaches it.

Split from aoi_geometry to keep modules short; the search strategy is described in simplify_to_limit.
"""

import math
from typing import Tuple

from shapely.geometry.base import BaseGeometry

from .aoi_geometry import exterior_positions, hole_count, polygon_parts, polygonal
from .aoi_validity import is_valid


def simplify_to_limit(geometry: BaseGeometry, max_positions: int) -> Tuple[BaseGeometry, float]:
    """Simplify until the exterior ring(s) hold at most max_positions positions, with the smallest
    Douglas-Peucker tolerance (in degrees) that gets there; returns (geometry, tolerance).

    The tolerance is bracketed by dividing it by 4 to 8 from the geometry's span, then found by bisection
    in log space. Plain Douglas-Peucker is ~10x faster than the topology-preserving variant, so the search
    uses it, simplifying each trial from the last geometry that was still too detailed (the trials get cheap
    quickly); the final result is one simplification of the original at the tolerance found. That result
    is kept only if it keeps the same parts and holes and stays valid, which is when topology-preserving
    simplification would give the same answer; otherwise topology-preserving simplification runs at that
    tolerance (raised until under the limit).
    """
    if exterior_positions(geometry) <= max_positions:
        return geometry, 0.0
    min_x, min_y, max_x, max_y = geometry.bounds
    span = max(max_x - min_x, max_y - min_y)
    # Come down from coarse tolerances: Douglas-Peucker is cheap when it keeps few points and slow when it
    # keeps most of a jagged outline (a tiny first tolerance cost 170 ms on 100 000 noisy vertices).
    # Each step divides the tolerance by 4 to 8: by 8 while far from the limit (a smooth outline keeps about
    # tolerance^-1/2 vertices, so 8 is still a modest jump), by 4 near it; fewer passes over every vertex.
    high, low, base, kept = span, 0.0, geometry, 1
    while low == 0.0 and high > span * 1e-12:
        step = min(max(2.0 * (max_positions / max(kept, 1)) ** 2, 4.0), 8.0)
        trial = geometry.simplify(high / step, preserve_topology=False)
        kept = exterior_positions(trial)
        if kept > max_positions:
            low, base = high / step, trial
        else:
            high /= step
    if low == 0.0:
        low = high / 4
    while high / low > 1.02:
        middle = math.sqrt(low * high)
        trial = base.simplify(middle, preserve_topology=False)
        if exterior_positions(trial) > max_positions:
            low, base = middle, trial
        else:
            high = middle
            if exterior_positions(trial) >= 0.97 * max_positions:
                break
    tolerance = high
    result = geometry.simplify(tolerance, preserve_topology=False)
    if not max_positions // 2 <= exterior_positions(result) <= max_positions:
        tolerance, result = _refine_on_original(geometry, tolerance, result, max_positions)
    if _same_structure(geometry, result) and exterior_positions(result) <= max_positions:
        return result, tolerance
    return _topology_preserving_to_limit(geometry, tolerance, max_positions)


def _refine_on_original(geometry: BaseGeometry, tolerance: float, result: BaseGeometry,
                        max_positions: int) -> Tuple[float, BaseGeometry]:
    """The chained trials above simplify already-simplified outlines. With GEOS 3.15 on a noisy outline
    that can miss either way: the original at the tolerance found keeps 1 138 positions (over the limit),
    or far fewer than the limit allows. A few bisection steps on the original outline bring the result
    just under the limit; they run only in those cases."""
    if exterior_positions(result) > max_positions:
        low, high, best = tolerance, tolerance * 4, None
    else:
        low, high, best = tolerance / 4, tolerance, result
    for _step in range(10):
        middle = math.sqrt(low * high)
        trial = geometry.simplify(middle, preserve_topology=False)
        if exterior_positions(trial) > max_positions:
            low = middle
        else:
            high, best = middle, trial
            if exterior_positions(trial) >= max_positions // 2:
                break
    return (high, best) if best is not None else (tolerance, result)


def _topology_preserving_to_limit(geometry: BaseGeometry, tolerance: float,
                                  max_positions: int) -> Tuple[BaseGeometry, float]:
    """Topology-preserving simplification under the limit, starting from the plain Douglas-Peucker
    tolerance. Vertex counts fall in steps (a noisy outline keeps its noise up to one tolerance, then
    loses nearly everything), so the tolerance is doubled then bisected, not raised blindly. Each trial
    simplifies the last too-detailed result (cheap, and topology-preserving steps stay valid); the
    returned tolerance is the sum along that chain, a bound on how far the result strays."""
    base, base_deviation = geometry.simplify(tolerance, preserve_topology=True), tolerance
    if exterior_positions(base) <= max_positions:
        return polygonal(base), tolerance
    low, high, best, best_deviation = tolerance, None, None, 0.0
    for _doubling in range(60):
        trial = base.simplify(low * 2, preserve_topology=True)
        if exterior_positions(trial) <= max_positions:
            high, best, best_deviation = low * 2, trial, base_deviation + low * 2
            break
        low, base, base_deviation = low * 2, trial, base_deviation + low * 2
    if best is None:  # could not get under the limit: the caller falls back to the convex hull
        return polygonal(base), base_deviation
    while high / low > 1.02 and exterior_positions(best) < 0.97 * max_positions:
        middle = math.sqrt(low * high)
        trial = base.simplify(middle, preserve_topology=True)
        if exterior_positions(trial) <= max_positions:
            high, best, best_deviation = middle, trial, base_deviation + middle
        else:
            low = middle  # keep the base: chaining here would add up tolerances for little gain
    return polygonal(best), best_deviation


def _same_structure(original: BaseGeometry, simplified: BaseGeometry) -> bool:
    original_parts, new_parts = polygon_parts(original), polygon_parts(simplified)
    return (len(original_parts) == len(new_parts)
            and hole_count(original) == hole_count(simplified)
            and is_valid(simplified))
