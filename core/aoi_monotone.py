"""Exact, fast validity proof for an outline that is monotone along some direction.

A closed ring is monotone along a direction d when its vertices, projected on d, rise along one chain from
the lowest vertex to the highest and fall along the other chain back to it. Strips, corridors and areas
with a sawtooth or zigzag edge are such outlines; they are where GEOS's validity check is slowest (a
100 000-vertex zigzag whose edges each span a few hundred others costs GEOS seconds: its monotone chains
are one edge long and their boxes overlap), while this proof is one sort and a few passes in numpy.

The ring is then simple when each chain rises strictly (certified projection signs) and the chains never
meet between their shared end vertices: every inner vertex of one chain lies strictly on the same side of
the other chain's edge above or below it. Between two consecutive projected vertex positions both chains
are single straight segments, one strictly on one side of the other at both ends, so they cannot cross.
False means "not proven", never "invalid": the caller then asks GEOS.
"""

import math
from typing import Optional, Tuple

import numpy as np

from .aoi_orientation import orientation_signs, projection_signs

_ROUNDING = 2.0 ** -53


def monotone_ring(ring: np.ndarray) -> bool:
    """True only when the closed ring (n, 2) is provably simple because it is monotone along a direction
    (and so, as a hole-free polygon, valid)."""
    if len(ring) < 4 or not np.array_equal(ring[0], ring[-1]) or not np.isfinite(ring).all():
        return False
    vertices = ring[:-1]
    direction = _monotone_direction(vertices)
    if direction is None:
        return False
    chains = _chains(vertices, direction)
    if chains is None:
        return False
    rising, other = chains
    return _strictly_apart(rising, other, direction)


def _monotone_direction(vertices: np.ndarray) -> Optional[Tuple[float, float]]:
    """A direction along which the ring has exactly one lowest and one highest vertex (two chains), found
    by sweeping the direction over half a turn: an edge's projection changes sign once, when the direction
    becomes perpendicular to it, and the number of sign changes round the ring is tallied at every such
    event (one sort). Floating-point is fine here: the caller certifies the direction it gets."""
    edges = np.roll(vertices, -1, axis=0) - vertices
    if len(edges) < 3 or not np.any(edges):
        return None
    angles = np.arctan2(edges[:, 1], edges[:, 0])
    start = 0.1234567  # any start angle; one away from the usual axis-parallel edges avoids ties at 0
    signs = np.where(np.cos(angles - start) >= 0, 1, -1)
    flips = np.mod(angles + math.pi / 2 - start, math.pi)  # when each edge's projection changes sign
    order = np.argsort(flips, kind="stable")
    rank = np.empty_like(order)
    rank[order] = np.arange(len(order))
    changes = int(np.count_nonzero(signs != np.roll(signs, -1)))
    delta = np.zeros(len(edges), dtype=np.int64)
    for shift in (1, -1):  # the previous and the next edge round the ring
        neighbour = np.roll(np.arange(len(edges)), shift)
        # the neighbour's sign when this edge flips: flipped already if its own event came first
        neighbour_sign = np.where(rank[neighbour] < rank, -signs[neighbour], signs[neighbour])
        delta += np.where(neighbour_sign == signs, 1, -1)  # equal before -> different after, and back
    counts = changes + np.cumsum(delta[order])  # sign changes after each event, in event order
    times = flips[order]
    # interval k lies between event k and event k+1 (the last one wraps round to the first, half a turn on)
    widths = np.append(np.diff(times), times[0] + math.pi - times[-1])
    candidates = np.flatnonzero((counts == 2) & (widths > 0))
    if not len(candidates):
        return None
    best = candidates[np.argmax(widths[candidates])]
    angle = start + times[best] + widths[best] / 2
    return math.cos(angle), math.sin(angle)


def _chains(vertices: np.ndarray, direction) -> Optional[Tuple[np.ndarray, np.ndarray]]:
    """The two chains from the lowest to the highest vertex along direction, both rising, when every
    edge's projection sign is certain and changes exactly twice round the ring; else None."""
    ends = np.roll(vertices, -1, axis=0)
    signs = projection_signs(vertices, ends, direction)
    if not signs.all():
        return None
    previous = np.roll(signs, 1)  # sign of the edge arriving at each vertex
    lowest = np.flatnonzero((previous < 0) & (signs > 0))
    highest = np.flatnonzero((previous > 0) & (signs < 0))
    if len(lowest) != 1 or len(highest) != 1:
        return None
    low, high = int(lowest[0]), int(highest[0])
    count = len(vertices)
    rising = vertices[np.arange(low, low + (high - low) % count + 1) % count]
    falling = vertices[np.arange(high, high + (low - high) % count + 1) % count]
    return rising, falling[::-1]


def _strictly_apart(first: np.ndarray, second: np.ndarray, direction) -> bool:
    """Whether the inner vertices of each rising chain lie strictly on one side of the other chain (the
    same side for all of the first chain's vertices, the opposite one for the second's)."""
    both = np.abs(np.concatenate([first, second]))
    # how far a computed projection can be from the exact one (a few roundings of the largest term)
    largest = abs(direction[0]) * both[:, 0].max() + abs(direction[1]) * both[:, 1].max()
    bound = 64 * _ROUNDING * float(largest)
    sides = _sides(first[1:-1], second, direction, bound)
    if sides is None:
        return False
    other_sides = _sides(second[1:-1], first, direction, bound)
    if other_sides is None:
        return False
    if not len(sides) and not len(other_sides):
        return False  # two vertices only: no area
    side = sides[0] if len(sides) else -other_sides[0]
    return bool(np.all(sides == side) and np.all(other_sides == -side))


def _sides(points: np.ndarray, chain: np.ndarray, direction, bound: float) -> Optional[np.ndarray]:
    """The certified side (+1 left, -1 right) of each point relative to every edge of chain whose
    projected span may contain the point's projection (bound covers the rounding of projections);
    None when a side cannot be certified."""
    if not len(points):
        return np.empty(0)
    dx, dy = direction
    heights = np.maximum.accumulate(chain[:, 0] * dx + chain[:, 1] * dy)  # sorted, as searchsorted needs
    positions = points[:, 0] * dx + points[:, 1] * dy
    last_edge = len(chain) - 2
    first = np.clip(np.searchsorted(heights, positions - bound, side="left") - 1, 0, last_edge)
    last = np.clip(np.searchsorted(heights, positions + bound, side="right") - 1, 0, last_edge)
    last = np.maximum(last, first)
    counts = last - first + 1
    owner = np.repeat(np.arange(len(points)), counts)
    offsets = np.arange(len(owner)) - np.repeat(np.cumsum(counts) - counts, counts)
    edge = np.repeat(first, counts) + offsets
    signs = orientation_signs(chain[edge], chain[edge + 1], points[owner])
    if not signs.all():
        return None
    return signs
