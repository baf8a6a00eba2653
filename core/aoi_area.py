"""The area of one lon/lat ring on the WGS84 ellipsoid, fast for rings of many vertices.

pyproj's Geod computes a geodesic for every edge (~0.4 microsecond each, ~1 microsecond when edges are
long: 100 ms for the 100 000-vertex zigzag strip of benchmarks/bench_aoi.py). A ring of many vertices is
measured instead in the cylindrical equal-area projection of the WGS84 ellipsoid: areas there are exact
areas on the ellipsoid; only the edges differ (straight there, geodesic for Geod). The difference along
one edge is the thin lens between the two curves; its leading term (_lenses_m2) is subtracted. Measured
against Geod, that term is within 0.4 % of the true lens for edges up to a degree (the rest is the
ellipsoid's flattening). Edges with a lens over 1e-7 of the area are first cut along their geodesic; the
rest are corrected when their lenses add up to at most 1 % of the area (a zigzag's steep teeth, whose
lenses alternate in sign): within 4e-5 of Geod's even if nothing cancelled, within 1e-6 in the unit tests.
Few vertices, larger lenses (long edges on a big area, near a pole), or a degenerate ring: Geod itself.
"""

import math

import numpy as np
from pyproj import Geod

_GEOD = Geod(ellps="WGS84")
_EQUAL_AREA_MIN_POSITIONS = 2_000
_MAX_LENSES_SHARE = 0.01
_BIG_LENS_SHARE = 1e-7
_MAX_ADDED_POSITIONS = 20_000  # densifying beyond this costs more than Geod
_SEMI_MAJOR_M = 6_378_137.0
_FLATTENING = 1 / 298.257223563
_E2 = _FLATTENING * (2 - _FLATTENING)
_E = math.sqrt(_E2)


def ring_area_m2(coords: np.ndarray) -> float:
    """Signed area (positive counter-clockwise) of a closed lon/lat ring (n, >= 2), in m²; 0 for a ring
    that has fewer than 3 positions or a coordinate that is not a finite number."""
    if len(coords) < 3 or not np.isfinite(coords[:, :2]).all():
        return 0.0
    lon, lat = coords[:, 0], coords[:, 1]
    if len(coords) > _EQUAL_AREA_MIN_POSITIONS and float(np.abs(lat).max()) < 85.0:
        lenses = _lenses_m2(lon, lat)
        area = _equal_area_shoelace_m2(lon, lat) - float(lenses.sum())
        # A few big lenses (the long straight side of a strip): cut those edges into k pieces along their
        # geodesic (each piece has 1/k^3 of the lens), so that the 0.4 % left by the leading term does not
        # matter. Many small ones (a zigzag's teeth) are corrected as they are.
        big = np.flatnonzero(np.abs(lenses) > _BIG_LENS_SHARE * abs(area))
        pieces = np.ceil(np.sqrt(np.abs(lenses[big]) / (_BIG_LENS_SHARE * abs(area)))).astype(int)
        if len(big) and int(pieces.sum()) <= _MAX_ADDED_POSITIONS:
            lon, lat = _densified(lon, lat, big, pieces)
            lenses = _lenses_m2(lon, lat)
            area = _equal_area_shoelace_m2(lon, lat) - float(lenses.sum())
            big = ()
        if not len(big) and float(np.abs(lenses).sum()) <= _MAX_LENSES_SHARE * abs(area):
            return area
    area, _perimeter = _GEOD.polygon_area_perimeter(lon, lat)
    return float(area)


def _lenses_m2(lon: np.ndarray, lat: np.ndarray) -> np.ndarray:
    """For each edge, the signed area between its straight line in the equal-area projection and its
    geodesic (what the shoelace counts in excess of Geod), to leading order on the sphere. As a function
    of longitude, a great circle's latitude bends by phi'' = -sin(phi)cos(phi) - 2 tan(phi) phi'^2 and the
    projection's straight line (y = sin(phi) on the sphere) by tan(phi) phi'^2 the other way; a lens
    between a chord and a curve bending by c measures c dx^3 / 12."""
    lam, phi = np.radians(lon), np.radians(lat)
    d_lam, d_phi = np.diff(lam), np.diff(phi)
    middle = (phi[:-1] + phi[1:]) / 2
    sin, cos = np.sin(middle), np.cos(middle)
    bend = d_lam * d_lam * sin * cos + 3 * (sin / cos) * d_phi * d_phi
    return _SEMI_MAJOR_M ** 2 * cos * d_lam * bend / 12


def _densified(lon: np.ndarray, lat: np.ndarray, edges: np.ndarray, pieces: np.ndarray):
    """The ring with points inserted along the geodesic of each of ``edges`` (cut into ``pieces``)."""
    lon_parts, lat_parts, start = [], [], 0
    for edge, count in zip(edges.tolist(), pieces.tolist()):
        lon_parts.append(lon[start:edge + 1])
        lat_parts.append(lat[start:edge + 1])
        inner = _GEOD.npts(lon[edge], lat[edge], lon[edge + 1], lat[edge + 1], count - 1) if count > 1 else []
        lon_parts.append(np.array([point[0] for point in inner], dtype=float))
        lat_parts.append(np.array([point[1] for point in inner], dtype=float))
        start = edge + 1
    lon_parts.append(lon[start:])
    lat_parts.append(lat[start:])
    return np.concatenate(lon_parts), np.concatenate(lat_parts)


def _equal_area_shoelace_m2(lon: np.ndarray, lat: np.ndarray) -> float:
    """Signed ring area (positive counter-clockwise) in the ellipsoid's cylindrical equal-area projection:
    x = a * longitude, y = a * q(latitude) / 2, where q is the authalic function (Snyder, eq. 3-12)."""
    sin_lat = np.sin(np.radians(lat))
    q = (1 - _E2) * (sin_lat / (1 - _E2 * sin_lat ** 2)
                     - np.log((1 - _E * sin_lat) / (1 + _E * sin_lat)) / (2 * _E))
    x = _SEMI_MAJOR_M * np.radians(lon - lon[0])
    y = _SEMI_MAJOR_M * (q - q[0]) / 2
    return 0.5 * float(np.dot(x[:-1], y[1:]) - np.dot(x[1:], y[:-1]))
