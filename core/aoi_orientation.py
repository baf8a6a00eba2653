"""Certified signs of the 2D orientation determinant, shared by the AOI validity proofs.

Shewchuk's error bound for the floating-point orientation determinant ("Adaptive Precision Floating-Point
Arithmetic and Fast Robust Geometric Predicates", 1997, ccwerrboundA): when |det| exceeds it, the sign of the
computed det is the sign of the exact one. Below UNDERFLOW_GUARD products may have lost bits to underflow,
which the bound does not cover, so such a det also counts as undecided.
"""

import numpy as np

ORIENTATION_ERROR_BOUND = (3.0 + 16.0 * 2.0 ** -53) * 2.0 ** -53
UNDERFLOW_GUARD = 1e-280


def orientation_signs(a: np.ndarray, b: np.ndarray, c: np.ndarray) -> np.ndarray:
    """Per row, the exact sign of orient(a, b, c) (+1: c left of a->b, -1: right), or 0 when the
    floating-point determinant cannot decide it (including exact collinearity). Arrays are (n, 2)."""
    ax, ay = a[:, 0] - c[:, 0], a[:, 1] - c[:, 1]
    bx, by = b[:, 0] - c[:, 0], b[:, 1] - c[:, 1]
    left, right = ax * by, ay * bx
    det = left - right
    size = np.abs(det)
    certain = (size > ORIENTATION_ERROR_BOUND * (np.abs(left) + np.abs(right))) & (size > UNDERFLOW_GUARD)
    return np.where(certain, np.sign(det), 0.0)


def projection_signs(starts: np.ndarray, ends: np.ndarray, direction) -> np.ndarray:
    """Per row, the exact sign of direction . (end - start), or 0 when too close to call. It is the
    orientation determinant of the vectors (end - start) and (-dy, dx), so the same bound certifies it."""
    dx, dy = float(direction[0]), float(direction[1])
    left = (ends[:, 0] - starts[:, 0]) * dx
    right = -(ends[:, 1] - starts[:, 1]) * dy
    value = left - right
    size = np.abs(value)
    certain = (size > ORIENTATION_ERROR_BOUND * (np.abs(left) + np.abs(right))) & (size > UNDERFLOW_GUARD)
    return np.where(certain, np.sign(value), 0.0)
