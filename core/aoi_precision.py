"""The AOI as OneAtlas receives it: coordinates rounded to the decimals we send, and the GeoJSON Polygon.

The check (core.aoi.check_aoi) judges this rounded geometry, not only the user's exact one, because
rounding can fold a narrow spike onto an edge or collapse a tiny area: the polygon the user drew would be
valid and the one sent would not. ``rounded_geometry`` is therefore the single place where the rounding is
done, used both by the check and by the GeoJSON writer.
"""

import math
from typing import List, Optional

import numpy as np
from shapely.geometry import MultiPolygon, Polygon
from shapely.geometry.base import BaseGeometry

from .aoi_geometry import from_parts, polygon_parts

# 7 decimals of a degree is 1.1 cm of latitude (and at most 1.1 cm of longitude): finer than any OneAtlas
# pixel (30 cm at best) and than a hand-drawn outline, and it keeps a 999-vertex ring to ~25 kB of JSON.
# The API documents no precision (oneatlas-api.md section 5.1); its examples use 3 to 4 decimals.
GEOJSON_DECIMALS = 7
METRES_PER_DEGREE_LATITUDE = 111_320.0


def rounded_ring(ring: np.ndarray, decimals: int = GEOJSON_DECIMALS) -> Optional[np.ndarray]:
    """The closed ring rounded to ``decimals``, without the consecutive duplicates rounding creates;
    None when fewer than 4 positions remain (the ring has collapsed)."""
    rounded = np.round(ring[:, :2], decimals) + 0.0  # + 0.0 turns -0.0 into 0.0
    keep = np.ones(len(rounded), dtype=bool)
    keep[1:] = np.any(rounded[1:] != rounded[:-1], axis=1)
    rounded = rounded[keep]
    if len(rounded) and not np.array_equal(rounded[0], rounded[-1]):
        rounded = np.vstack([rounded, rounded[:1]])
    if len(rounded) < 4:
        return None
    return rounded


def rounded_geometry(geometry: BaseGeometry, decimals: int = GEOJSON_DECIMALS,
                     drop_collapsed: bool = False) -> Optional[BaseGeometry]:
    """Every ring of every polygon part rounded as it will be sent; None when a ring collapses, unless
    drop_collapsed, which leaves out the collapsed rings (and the parts whose outline collapses)."""
    parts: List[Polygon] = []
    for part in polygon_parts(geometry):
        shell = rounded_ring(np.asarray(part.exterior.coords), decimals)
        holes = [rounded_ring(np.asarray(ring.coords), decimals) for ring in part.interiors]
        if not drop_collapsed and (shell is None or any(hole is None for hole in holes)):
            return None
        if shell is not None:
            parts.append(Polygon(shell, [hole for hole in holes if hole is not None]))
    return from_parts(parts)


def geojson_polygon(polygon: BaseGeometry, decimals: int = GEOJSON_DECIMALS) -> dict:
    """The GeoJSON Polygon (RFC 7946) of a single lon/lat polygon: closed rings, counter-clockwise
    exterior, clockwise holes, coordinates rounded by rounded_ring. Raises ValueError when the geometry is
    not exactly one polygon or a ring collapses once rounded (core.aoi.to_geojson words these)."""
    parts = polygon_parts(polygon)
    if len(parts) != 1 or not isinstance(polygon, (Polygon, MultiPolygon)):
        raise ValueError(f"A GeoJSON Polygon needs exactly one polygon; got {polygon.geom_type} "
                         f"with {len(parts)} polygon part(s).")
    part = parts[0]
    rings = [np.asarray(part.exterior.coords)] + [np.asarray(ring.coords) for ring in part.interiors]
    coordinates = []
    for index, ring in enumerate(rings):
        rounded = rounded_ring(ring, decimals)
        if rounded is None:
            raise ValueError("The ring collapses to fewer than 4 positions once rounded; it has no area.")
        counter_clockwise = signed_area(rounded) > 0
        if counter_clockwise != (index == 0):  # exterior counter-clockwise, holes clockwise
            rounded = rounded[::-1]
        coordinates.append(rounded.tolist())
    return {"type": "Polygon", "coordinates": coordinates}


def signed_area(ring: np.ndarray) -> float:
    """Shoelace area (positive when counter-clockwise), on coordinates shifted to the first point."""
    x = ring[:, 0] - ring[0, 0]
    y = ring[:, 1] - ring[0, 1]
    return 0.5 * float(np.dot(x[:-1], y[1:]) - np.dot(x[1:], y[:-1]))


def perimeter_m(rings: List[np.ndarray]) -> float:
    """Length of rings (lon/lat arrays) in metres, in a local equirectangular approximation (good to a
    fraction of a percent for an AOI: only used to say how wide an area is)."""
    total = 0.0
    for coords in rings:
        if len(coords) > 1:
            steps = np.diff(coords, axis=0)
            east = steps[:, 0] * np.cos(np.radians((coords[1:, 1] + coords[:-1, 1]) / 2))
            total += float(np.hypot(east, steps[:, 1]).sum()) * METRES_PER_DEGREE_LATITUDE
    return total


def equivalent_width_m(area_m2: float, perimeter: float) -> float:
    """The width of the rectangle with this area and perimeter (a square's side, a sliver's width), or
    a quarter of the perimeter when no rectangle has them (a round area)."""
    half = perimeter / 2
    discriminant = half * half - 4 * area_m2
    return (half - math.sqrt(max(discriminant, 0.0))) / 2
