"""Geometry work behind the AOI rules: reprojection, rings, geodesic area, repairs, simplification, GeoJSON.

Everything here works with shapely 1.8 (Debian bookworm) and shapely 2.x (Debian testing): only APIs present
in both are used (``.geoms``, ``np.asarray(ring.coords)``, ``simplify``, ``shapely.validation``,
``shapely.ops.unary_union``). Coordinates are read as numpy arrays, never walked point by point in Python,
because a 100 000-vertex AOI must be checked and fixed in a fraction of a second.
"""

import functools
import math
from typing import List, Optional, Tuple

import numpy as np
from pyproj import CRS, Geod, Transformer
from shapely.geometry import LinearRing, LineString, MultiPolygon, Polygon
from shapely.geometry.base import BaseGeometry
from shapely.ops import polygonize, unary_union

WGS84 = "EPSG:4326"
_GEOD = Geod(ellps="WGS84")
_WGS84_CRS = CRS.from_user_input(WGS84)


# --- polygon parts and rings -------------------------------------------------------------------------

def polygon_parts(geometry: Optional[BaseGeometry]) -> List[Polygon]:
    """The non-empty polygons inside any geometry (collections are searched recursively)."""
    if geometry is None or geometry.is_empty:
        return []
    if isinstance(geometry, Polygon):
        return [geometry]
    if hasattr(geometry, "geoms"):
        parts: List[Polygon] = []
        for member in geometry.geoms:
            parts.extend(polygon_parts(member))
        return parts
    return []


def non_area_member_count(geometry: BaseGeometry) -> int:
    """How many points/lines a geometry holds besides its polygons (they carry no area)."""
    if geometry.is_empty or isinstance(geometry, Polygon):
        return 0
    if hasattr(geometry, "geoms"):
        return sum(non_area_member_count(member) for member in geometry.geoms)
    return 1


def from_parts(parts: List[Polygon]) -> BaseGeometry:
    """One Polygon, a MultiPolygon, or an empty Polygon, from a list of polygons."""
    if not parts:
        return Polygon()
    if len(parts) == 1:
        return parts[0]
    return MultiPolygon(parts)


def polygonal(geometry: Optional[BaseGeometry]) -> BaseGeometry:
    """Keep only the polygons of a geometry (a repair can return lines or points alongside them)."""
    return from_parts(polygon_parts(geometry))


def closed_line_as_polygon(geometry: BaseGeometry) -> Optional[Polygon]:
    """A closed LinearRing/LineString drawn as an outline becomes the polygon it encloses; else None."""
    if isinstance(geometry, (LinearRing, LineString)) and not geometry.is_empty:
        coords = np.asarray(geometry.coords)
        if len(coords) >= 4 and np.array_equal(coords[0], coords[-1]):
            return Polygon(coords[:, :2])
    return None


def ring_arrays(geometry: BaseGeometry, holes: bool = True) -> List[np.ndarray]:
    """Each ring of each polygon part as an (n, 2) float array (exteriors first within a part)."""
    arrays = []
    for part in polygon_parts(geometry):
        arrays.append(np.asarray(part.exterior.coords)[:, :2])
        if holes:
            arrays.extend(np.asarray(ring.coords)[:, :2] for ring in part.interiors)
    return arrays


def exterior_positions(geometry: BaseGeometry) -> int:
    """Positions of the exterior ring(s), closing position included (what a GeoJSON ring would hold)."""
    return sum(len(part.exterior.coords) for part in polygon_parts(geometry))


def hole_count(geometry: BaseGeometry) -> int:
    return sum(len(part.interiors) for part in polygon_parts(geometry))


def rebuild(geometry: BaseGeometry, ring_function) -> BaseGeometry:
    """Rebuild polygon parts with every ring array passed through ring_function (drops any Z)."""
    parts = []
    for part in polygon_parts(geometry):
        shell = ring_function(np.asarray(part.exterior.coords)[:, :2])
        holes = [ring_function(np.asarray(ring.coords)[:, :2]) for ring in part.interiors]
        parts.append(Polygon(shell, holes))
    return from_parts(parts)


# --- coordinate reference systems -------------------------------------------------------------------------

def crs_key(crs) -> str:
    """A hashable text for any CRS input pyproj accepts (so transformers can be cached)."""
    if isinstance(crs, str):
        return crs
    if isinstance(crs, int):
        return f"EPSG:{crs}"
    return CRS.from_user_input(crs).to_wkt()


# Cached: building a Transformer costs milliseconds (a proj.db lookup) and live validation calls this on
# every edit. Sharing one between threads is safe since pyproj 3.1 (one PROJ object per thread inside).
@functools.lru_cache(maxsize=32)
def _transformer_to_wgs84(key: str) -> Optional[Transformer]:
    """None when the CRS already is WGS84 longitude/latitude (no transformation needed)."""
    source = CRS.from_user_input(key)
    if source.equals(_WGS84_CRS, ignore_axis_order=True):
        return None
    # always_xy: x is easting/longitude and y northing/latitude whatever the CRS's official axis order,
    # which is how shapely and QGIS hold coordinates.
    return Transformer.from_crs(source, _WGS84_CRS, always_xy=True)


def needs_transform(crs) -> bool:
    """True unless the CRS already is WGS84 longitude/latitude."""
    return _transformer_to_wgs84(crs_key(crs)) is not None


def crs_name(crs) -> str:
    """A short human name for a CRS input ('EPSG:2154 (RGF93 v1 / Lambert-93)')."""
    return _crs_name(crs_key(crs))


@functools.lru_cache(maxsize=32)
def _crs_name(key: str) -> str:
    crs_object = CRS.from_user_input(key)
    authority = crs_object.to_authority()
    if authority:
        return f"{authority[0]}:{authority[1]} ({crs_object.name})"
    return crs_object.name


def to_wgs84(geometry: BaseGeometry, crs=WGS84) -> BaseGeometry:
    """The geometry in WGS84 longitude/latitude (2D). Points that cannot be transformed become inf."""
    transformer = _transformer_to_wgs84(crs_key(crs))
    if transformer is None:
        if getattr(geometry, "has_z", False):
            return rebuild(geometry, lambda ring: ring)
        return geometry

    def transform_ring(ring: np.ndarray) -> np.ndarray:
        lon, lat = transformer.transform(ring[:, 0], ring[:, 1], errcheck=False)
        return np.column_stack([np.asarray(lon, dtype=float), np.asarray(lat, dtype=float)])

    return rebuild(geometry, transform_ring)


# --- coordinate checks --------------------------------------------------------------------------------

def non_finite_count(rings: List[np.ndarray]) -> int:
    """Positions that are inf/NaN (what PROJ returns for points outside a projection's domain)."""
    return int(sum(np.count_nonzero(~np.isfinite(ring).all(axis=1)) for ring in rings))


def out_of_range_positions(rings: List[np.ndarray]) -> Tuple[int, Optional[Tuple[float, float]]]:
    """How many finite positions lie outside lon -180..180 / lat -90..90, and the first one."""
    total, first = 0, None
    for ring in rings:
        finite = ring[np.isfinite(ring).all(axis=1)]
        bad = (np.abs(finite[:, 0]) > 180.0) | (np.abs(finite[:, 1]) > 90.0)
        number = int(np.count_nonzero(bad))
        if number and first is None:
            first = (float(finite[bad][0, 0]), float(finite[bad][0, 1]))
        total += number
    return total, first


def crosses_antimeridian(rings: List[np.ndarray]) -> bool:
    """True when an edge jumps more than 180° in longitude (the usual sign of an outline wrapped at ±180°),
    or when the longitudes straddle +180 or -180 (an outline drawn past the antimeridian)."""
    for ring in rings:
        lon = ring[:, 0][np.isfinite(ring[:, 0])]
        if len(lon) < 2:
            continue
        if np.any(np.abs(np.diff(lon)) > 180.0):
            return True
        if lon.min() < 180.0 < lon.max() or lon.min() < -180.0 < lon.max():
            return True
    return False


def is_collapsed(geometry: BaseGeometry) -> bool:
    """True when every part's outline lies on one line (or one point): no surface, whatever the validity.
    Measured with cross products in numpy, because the signed area of a self-crossing outline can be zero
    without the outline being collapsed (a figure-of-eight)."""
    for part in polygon_parts(geometry):
        min_x, min_y, max_x, max_y = part.bounds
        if abs(part.area) > 1e-9 * (max_x - min_x) * (max_y - min_y):
            return False  # a clear planar area (GEOS, no vertex reading): this part has a surface
        # ~0: collapsed, or a figure-of-eight whose loops cancel out: the vertices tell which
        ring = np.asarray(part.exterior.coords)[:, :2]
        ring = ring[np.isfinite(ring).all(axis=1)]
        if len(ring) < 3:
            continue
        offsets = ring - ring[0]
        lengths = np.hypot(offsets[:, 0], offsets[:, 1])
        farthest = offsets[int(np.argmax(lengths))]
        reach = float(lengths.max())
        if reach == 0:
            continue
        cross = offsets[:, 0] * farthest[1] - offsets[:, 1] * farthest[0]
        if float(np.abs(cross).max()) > 1e-12 * reach * reach:
            return False
    return True


# --- validity -----------------------------------------------------------------------------------------

def is_valid(geometry: BaseGeometry) -> bool:
    """GEOS's validity, with a fast exact answer for a common big case: a hole-free outline that is
    star-shaped around its centroid (see star_shaped_ring). GEOS's own check is near-linear for smooth
    outlines but costs ~250 ms on 100 000 vertices that zigzag at every step (its monotone chains are one or
    two edges long and their boxes overlap by hundreds), which live validation cannot afford."""
    return proven_valid(geometry) or bool(geometry.is_valid)


def proven_valid(geometry: BaseGeometry) -> bool:
    """True when the fast exact test proves the geometry valid; False means "ask GEOS"."""
    return (isinstance(geometry, Polygon) and not geometry.is_empty and not len(geometry.interiors)
            and star_shaped_ring(np.asarray(geometry.exterior.coords)[:, :2]))


# Shewchuk's error bound for the floating-point 2D orientation determinant ("Adaptive Precision
# Floating-Point Arithmetic and Fast Robust Geometric Predicates", 1997, ccwerrboundA): when |det| exceeds
# it, the sign of the computed det is the sign of the exact one. Below _UNDERFLOW_GUARD products may have
# lost bits to underflow, which the bound does not cover, so such a det also counts as undecided.
_ORIENTATION_ERROR_BOUND = (3.0 + 16.0 * 2.0 ** -53) * 2.0 ** -53
_UNDERFLOW_GUARD = 1e-280


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


# --- geodesic area ---------------------------------------------------------------------------------------

def geodesic_area_km2(geometry: Optional[BaseGeometry]) -> float:
    """Area on the WGS84 ellipsoid in km² (geometry in lon/lat): exteriors minus holes, whatever the ring
    orientation. This is pyproj.Geod.geometry_area_perimeter's computation on an oriented polygon, but fed
    numpy arrays: geometry_area_perimeter reads ``ring.xy``, which costs more than the area itself on
    shapely 1.8 for large rings."""
    total = 0.0
    for part in polygon_parts(geometry):
        total += abs(_ring_area_m2(np.asarray(part.exterior.coords)))
        for ring in part.interiors:
            total -= abs(_ring_area_m2(np.asarray(ring.coords)))
    return abs(total) / 1e6


def _ring_area_m2(coords: np.ndarray) -> float:
    if len(coords) < 3 or not np.isfinite(coords[:, :2]).all():
        return 0.0
    lon, lat = coords[:, 0], coords[:, 1]
    if len(coords) > _EQUAL_AREA_MIN_POSITIONS:
        longest_step = max(float(np.abs(np.diff(lon)).max()), float(np.abs(np.diff(lat)).max()))
        if longest_step <= _EQUAL_AREA_MAX_STEP_DEGREES:
            return _equal_area_shoelace_m2(lon, lat)
    area, _perimeter = _GEOD.polygon_area_perimeter(lon, lat)
    return float(area)


# Geod computes a geodesic for every edge (~0.4 microsecond each: 40 ms for 100 000 vertices). A ring made
# of many short edges is measured instead in the cylindrical equal-area projection of the WGS84 ellipsoid
# (exact areas on the ellipsoid; only the edges differ: straight there, geodesic for Geod). With every edge
# shorter than 0.01 degree (~1 km) the two agree to ~1e-8 in relative terms, 20 times faster; the unit
# tests compare them. Few or long edges keep Geod.
_EQUAL_AREA_MIN_POSITIONS = 2_000
_EQUAL_AREA_MAX_STEP_DEGREES = 0.01
_SEMI_MAJOR_M = 6_378_137.0
_FLATTENING = 1 / 298.257223563
_E2 = _FLATTENING * (2 - _FLATTENING)
_E = math.sqrt(_E2)


def _equal_area_shoelace_m2(lon: np.ndarray, lat: np.ndarray) -> float:
    """Signed ring area (positive counter-clockwise) in the ellipsoid's cylindrical equal-area projection:
    x = a * longitude, y = a * q(latitude) / 2, where q is the authalic function (Snyder, eq. 3-12)."""
    sin_lat = np.sin(np.radians(lat))
    q = (1 - _E2) * (sin_lat / (1 - _E2 * sin_lat ** 2)
                     - np.log((1 - _E * sin_lat) / (1 + _E * sin_lat)) / (2 * _E))
    x = _SEMI_MAJOR_M * np.radians(lon - lon[0])
    y = _SEMI_MAJOR_M * (q - q[0]) / 2
    return 0.5 * float(np.dot(x[:-1], y[1:]) - np.dot(x[1:], y[:-1]))


def part_areas_km2(geometry: BaseGeometry) -> List[float]:
    return [geodesic_area_km2(part) for part in polygon_parts(geometry)]


# --- repairs ---------------------------------------------------------------------------------------------

def make_valid_polygonal(geometry: BaseGeometry) -> Tuple[BaseGeometry, str]:
    """Repair an invalid geometry, keeping its polygons; returns (geometry, method used).

    A single outline without holes (the usual hand-drawn case) is repaired by noding its edges and keeping
    the faces inside by the even-odd rule: the result of GEOS's make_valid, many times faster on big rings.
    Otherwise make_valid (GEOS >= 3.8, in shapely 1.8 and 2.x) keeps every lobe of a self-crossing outline;
    buffer(0) is the last resort for older GEOS, and may drop a lobe of a figure-of-eight."""
    repaired = _even_odd_faces(geometry)
    if repaired is not None:
        return repaired, "make_valid"
    try:
        from shapely.validation import make_valid
    except ImportError:  # shapely < 1.8
        make_valid = None
    if make_valid is not None:
        try:
            repaired = polygonal(make_valid(geometry))
            if not repaired.is_empty and is_valid(repaired):
                return repaired, "make_valid"
        except Exception:  # noqa: S110 -- GEOS too old or a repair failure: try buffer(0) below
            pass
    return polygonal(geometry.buffer(0)), "buffer(0)"


_MAX_FACES_FOR_PARITY = 64  # beyond, GEOS's make_valid is the faster way


def _even_odd_faces(geometry: BaseGeometry) -> Optional[BaseGeometry]:
    """The even-odd repair of a single hole-free outline, or None when it does not apply or fails."""
    if not isinstance(geometry, Polygon) or len(geometry.interiors):
        return None
    ring = np.asarray(geometry.exterior.coords)[:, :2]
    if len(ring) < 4 or not np.isfinite(ring).all():
        return None
    try:
        faces = list(polygonize(unary_union(LineString(ring))))  # the outline cut at every crossing
    except Exception:  # GEOS noding failure: let make_valid try
        return None
    if not faces or len(faces) > _MAX_FACES_FOR_PARITY:
        return None
    inside = [face for face in faces if _crosses_odd_times(ring, face.representative_point())]
    if not inside:
        return None
    if len(inside) == 1:
        return inside[0] if not inside[0].is_empty and is_valid(inside[0]) else None
    # Faces of a planar subdivision never overlap, so when no two inside faces share an edge (the usual
    # case: an edge of the outline has an inside face on one side and an outside face on the other) they
    # already form a valid MultiPolygon, which the validity check confirms; a union costs more than that.
    together = MultiPolygon(inside)
    if is_valid(together):
        return together
    result = polygonal(unary_union(inside))  # faces sharing an edge (the outline runs over itself)
    return result if not result.is_empty and is_valid(result) else None


def _crosses_odd_times(ring: np.ndarray, point) -> bool:
    """Ray casting (towards +x) against every edge of the ring, in numpy: odd means inside."""
    x, y = point.x, point.y
    x0, y0, x1, y1 = ring[:-1, 0], ring[:-1, 1], ring[1:, 0], ring[1:, 1]
    straddles = (y0 > y) != (y1 > y)
    with np.errstate(divide="ignore", invalid="ignore"):
        crossing_x = x0 + (y - y0) * (x1 - x0) / (y1 - y0)
    return bool(np.count_nonzero(straddles & (crossing_x > x)) % 2)


def union_if_single(parts: List[Polygon]) -> Optional[Polygon]:
    """The union of parts when it is one polygon (parts share an edge or overlap), else None."""
    try:
        merged = polygonal(unary_union(parts))
    except Exception:  # GEOS topology errors on invalid parts: no union offered
        return None
    return merged if isinstance(merged, Polygon) and not merged.is_empty else None


def without_holes(geometry: BaseGeometry) -> BaseGeometry:
    return from_parts([Polygon(np.asarray(part.exterior.coords)[:, :2]) for part in polygon_parts(geometry)])


def convex_hull_polygon(geometry: BaseGeometry) -> BaseGeometry:
    """The convex hull as a polygon. For a big geometry GEOS first gets only the vertices that can be on
    the hull: those not strictly inside the octagon of the extreme vertices (Akl-Toussaint). It is the same
    hull, since the discarded vertices lie inside the octagon, itself inside the hull of the kept ones;
    GEOS gathers distinct vertices in a sorted set, which is what makes its hull slow on 100 000."""
    rings = ring_arrays(geometry, holes=False)
    points = np.concatenate(rings) if rings else np.empty((0, 2))
    if len(points) >= _HULL_FILTER_MIN_POINTS and np.isfinite(points).all():
        candidates = points[~_strictly_inside_extreme_octagon(points)]
        if 2 <= len(candidates) <= len(points) // 2:  # else filtering gains nothing (a round outline)
            # A line through the candidates has their hull, and is built from the array in C by shapely
            # 1.8, where a MultiPoint is built point by point.
            return polygonal(LineString(candidates).convex_hull)
    return polygonal(geometry.convex_hull)


_HULL_FILTER_MIN_POINTS = 5_000


def _strictly_inside_extreme_octagon(points: np.ndarray) -> np.ndarray:
    """Which points lie strictly inside the polygon of the extreme points in 8 directions, by a margin far
    above rounding (a doubtful point is kept: keeping one more is always safe)."""
    x, y = points[:, 0], points[:, 1]
    corners = [np.argmin(x), np.argmin(x + y), np.argmin(y), np.argmax(x - y),
               np.argmax(x), np.argmax(x + y), np.argmax(y), np.argmin(x - y)]  # counter-clockwise
    octagon = points[corners]
    scale = float(np.abs(points - points.mean(axis=0)).max()) or 1.0
    margin = 1e-9 * scale * scale
    inside = np.ones(len(points), dtype=bool)
    for start, end in zip(octagon, np.roll(octagon, -1, axis=0)):
        if np.array_equal(start, end):
            continue  # two directions found the same corner: no edge there
        inside &= (end[0] - start[0]) * (y - start[1]) - (end[1] - start[1]) * (x - start[0]) > margin
    return inside


# --- simplification to a vertex limit -------------------------------------------------------------------

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


# --- GeoJSON ---------------------------------------------------------------------------------------------

def to_geojson(polygon: BaseGeometry, decimals: int = 7) -> dict:
    """A GeoJSON Polygon (RFC 7946) from a lon/lat polygon: closed rings, counter-clockwise exterior,
    clockwise holes, coordinates rounded to ``decimals`` (7 decimals is about 1 cm) with the consecutive
    duplicates that rounding creates removed. A MultiPolygon with a single part is accepted."""
    parts = polygon_parts(polygon)
    if len(parts) != 1 or not isinstance(polygon, (Polygon, MultiPolygon)):
        raise ValueError(f"A GeoJSON Polygon needs exactly one polygon; got {polygon.geom_type} "
                         f"with {len(parts)} polygon part(s).")
    part = parts[0]
    rings = [np.asarray(part.exterior.coords)] + [np.asarray(ring.coords) for ring in part.interiors]
    coordinates = []
    for index, ring in enumerate(rings):
        rounded = _rounded_closed_ring(ring[:, :2], decimals)
        counter_clockwise = _signed_area(rounded) > 0
        if counter_clockwise != (index == 0):  # exterior counter-clockwise, holes clockwise
            rounded = rounded[::-1]
        coordinates.append(rounded.tolist())
    return {"type": "Polygon", "coordinates": coordinates}


def _rounded_closed_ring(ring: np.ndarray, decimals: int) -> np.ndarray:
    rounded = np.round(ring, decimals) + 0.0  # + 0.0 turns -0.0 into 0.0
    keep = np.ones(len(rounded), dtype=bool)
    keep[1:] = np.any(rounded[1:] != rounded[:-1], axis=1)
    rounded = rounded[keep]
    if len(rounded) and not np.array_equal(rounded[0], rounded[-1]):
        rounded = np.vstack([rounded, rounded[:1]])
    if len(rounded) < 4:
        raise ValueError("The ring collapses to fewer than 4 positions once rounded; it has no area.")
    return rounded


def _signed_area(ring: np.ndarray) -> float:
    """Shoelace area (positive when counter-clockwise), on coordinates shifted to the first point."""
    x = ring[:, 0] - ring[0, 0]
    y = ring[:, 1] - ring[0, 1]
    return 0.5 * float(np.dot(x[:-1], y[1:]) - np.dot(x[1:], y[:-1]))
