"""The vertex of an outline section farthest from the segment joining its ends, fast on long sections.

Douglas-Peucker asks this once per vertex kept. On a sawtooth the farthest vertex is always next to an end
of the section, so each question is about nearly the whole outline: 1 000 questions on 200 000 vertices
cost a minute in a plain numpy pass. The distance to a segment is a convex function of the point, so its
largest value over any set of points is reached at a vertex of their convex hull. The outline is cut into
blocks whose hull vertices are computed once; a section is answered from the hull vertices of the blocks
it covers whole, plus the vertices of the (at most two) blocks it covers in part.
"""

import math
from typing import Optional, Tuple

import numpy as np

BLOCK = 512
_TIES = 1e-9  # distances this close to the largest count as equal: the middle one is taken (balanced splits)


class FarthestIndex:
    """Answers farthest(start, end) for a closed ring's vertex array (n, 2)."""

    def __init__(self, points: np.ndarray):
        self.points = points
        self.blocks = len(points) // BLOCK  # whole blocks only; the tail is always read directly
        self.offsets: Optional[np.ndarray] = None
        if self.blocks >= 4:
            kept = _outside_block_octagons(points[:self.blocks * BLOCK].reshape(self.blocks, BLOCK, 2))
            self.hull_indices = np.flatnonzero(kept.ravel())
            self.hull_points = points[self.hull_indices]
            self.offsets = np.concatenate([[0], np.cumsum(kept.sum(axis=1))])

    def farthest(self, start: int, end: int) -> Tuple[float, int]:
        """(distance, index) of the vertex strictly between start and end farthest from the segment
        start-end; (0.0, -1) when there is none or all lie on it."""
        if end - start < 2:
            return 0.0, -1
        first_block = -(-(start + 1) // BLOCK)  # the first block starting after start
        last_block = min(end // BLOCK, self.blocks)  # blocks before this one end at or before end
        if self.offsets is None or last_block - first_block < 2:
            return _farthest_of(self.points[start], self.points[end], self.points[start + 1:end],
                                start + 1, (start + end) / 2)
        whole = slice(self.offsets[first_block], self.offsets[last_block])
        candidates = np.concatenate([self.points[start + 1:first_block * BLOCK], self.hull_points[whole],
                                     self.points[last_block * BLOCK:end]])
        indices = np.concatenate([np.arange(start + 1, first_block * BLOCK), self.hull_indices[whole],
                                  np.arange(last_block * BLOCK, end)])
        return _farthest_of(self.points[start], self.points[end], candidates, indices, (start + end) / 2)


def _farthest_of(first: np.ndarray, last: np.ndarray, candidates: np.ndarray, indices,
                 middle: float) -> Tuple[float, int]:
    """indices: the candidates' vertex numbers, an array or the first number of consecutive ones."""
    if not len(candidates):
        return 0.0, -1
    inner = candidates - first
    direction = last - first
    length2 = float(direction @ direction)
    if length2 > 0:
        along = np.minimum(np.maximum(inner @ (direction / length2), 0.0), 1.0)
        inner = inner - along[:, None] * direction
    squared = np.einsum("ij,ij->i", inner, inner)
    best = int(np.argmax(squared))
    top = float(squared[best])
    if not top > 0:
        return 0.0, -1
    # Among ties (a sawtooth's teeth all stand as far from a chord parallel to them), the one nearest the
    # middle: the sections stay balanced and the kept vertices alternate between the teeth's tips and
    # notches, as the outline does, instead of running along one side of it.
    near_top = np.flatnonzero(squared >= top * (1 - _TIES))
    if isinstance(indices, int):
        if len(near_top) > 1:
            best = int(near_top[np.argmin(np.abs(near_top + (indices - middle)))])
        return math.sqrt(top), indices + best
    if len(near_top) > 1:
        best = int(near_top[np.argmin(np.abs(indices[near_top] - middle))])
    return math.sqrt(top), int(indices[best])


def _outside_block_octagons(blocks: np.ndarray) -> np.ndarray:
    """(blocks, size) booleans: the vertices of each block NOT inside or on the polygon of the block's
    extreme vertices in 8 directions (Akl-Toussaint). Those left out are convex combinations of the
    corners, so no distance to a segment is larger there than at a corner; rounding can misjudge a vertex
    within ~1e-16 of the outline only, whose distance is then off by as little."""
    x, y = blocks[:, :, 0], blocks[:, :, 1]
    corner_indices = np.stack([np.argmin(x, axis=1), np.argmin(x + y, axis=1), np.argmin(y, axis=1),
                               np.argmax(x - y, axis=1), np.argmax(x, axis=1), np.argmax(x + y, axis=1),
                               np.argmax(y, axis=1), np.argmin(x - y, axis=1)], axis=1)  # counter-clockwise
    corners = np.take_along_axis(blocks, corner_indices[:, :, None], axis=1)  # (blocks, 8, 2)
    scale = np.abs(blocks - blocks[:, :1, :]).max(axis=(1, 2))[:, None]
    margin = 1e-12 * scale * scale
    inside = np.ones(x.shape, dtype=bool)
    for corner in range(8):
        start, end = corners[:, corner], corners[:, (corner + 1) % 8]
        ex, ey = (end[:, 0] - start[:, 0])[:, None], (end[:, 1] - start[:, 1])[:, None]
        cross = ex * (y - start[:, 1:2]) - ey * (x - start[:, 0:1])
        # an edge between two equal corners has no side: it tests nothing (cross is 0 for every vertex)
        inside &= cross >= -margin
    kept = ~inside
    kept[np.arange(len(blocks))[:, None], corner_indices] = True
    return kept
