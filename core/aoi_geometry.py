"""Geometry work behind the AOI rules: reprojection, rings, geodesic area, repairs, simplification, GeoJSON.

Everything here works with shapely 1.8 (Debian bookworm) and shapely 2.x (Debian testing): only APIs present
in both are used (``.geoms``, ``np.asarray(ring.coords)``, ``simplify``, ``shapely.validation``,
``shapely.ops.unary_union``). Coordinates are read as numpy arrays, never walked point by point in Python,
because a 100 000-vertex AOI must be checked and fixed in a fraction of a second.
"""

import functools
from typing import List, Optional, Tuple

import numpy as np
from pyproj import CRS, Transformer
from shapely.geometry import LinearRing, LineString, MultiPolygon, Polygon
from shapely.geometry.base import BaseGeometry
from shapely.ops import polygonize, unary_union

from .aoi_area import ring_area_m2
from .aoi_validity import is_valid, proven_valid, star_shaped_ring  # noqa: F401 -- re-exported

WGS84 = "EPSG:4326"
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


def exterior_vertices(geometry: BaseGeometry) -> int:
    """Corners of the exterior ring(s) as a user counts them: positions without the repeated closing one."""
    return sum(max(len(part.exterior.coords) - 1, 0) for part in polygon_parts(geometry))


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


# --- geodesic area ---------------------------------------------------------------------------------------

def geodesic_area_km2(geometry: Optional[BaseGeometry]) -> float:
    """Area on the WGS84 ellipsoid in km² (geometry in lon/lat): exteriors minus holes, whatever the ring
    orientation. This is pyproj.Geod.geometry_area_perimeter's computation on an oriented polygon, but fed
    numpy arrays: geometry_area_perimeter reads ``ring.xy``, which costs more than the area itself on
    shapely 1.8 for large rings. Big rings take a faster, as accurate, path (core.aoi_area)."""
    total = 0.0
    for part in polygon_parts(geometry):
        total += abs(ring_area_m2(np.asarray(part.exterior.coords)))
        for ring in part.interiors:
            total -= abs(ring_area_m2(np.asarray(ring.coords)))
    return abs(total) / 1e6


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
