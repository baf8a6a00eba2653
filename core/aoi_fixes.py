"""The AOI fixes: each one changes the geometry in a stated way and says what it did, with the areas.

apply_fix is re-exported by core.aoi (the public entry point). Geometries are WGS84 lon/lat shapely objects.
"""

from typing import Tuple, Union

from pyproj.exceptions import ProjError
from shapely.geometry.base import BaseGeometry

from . import aoi_geometry as geo
from . import aoi_text as text
from .aoi_cache import cached_area_km2, cached_repair, is_valid, remember_valid
from .aoi_geometry import WGS84, geodesic_area_km2, to_wgs84
from .aoi_input import as_polygonal
from .aoi_precision import GEOJSON_DECIMALS, rounded_geometry
from .aoi_simplify import simplify_to_limit
from .aoi_types import (
    CONVEX_HULL,
    KEEP_LARGEST_PART,
    MAKE_VALID,
    MAX_VERTICES,
    REMOVE_HOLES,
    ROUND_AND_REPAIR,
    SIMPLIFY,
    UNION_PARTS,
    AoiFix,
    AoiFixError,
    FixResult,
)

METRES_PER_DEGREE = 111_320.0  # one degree of latitude, near enough to show a tolerance in metres


def apply_fix(geometry: BaseGeometry, fix: Union[AoiFix, str], crs=WGS84) -> FixResult:
    """Apply one fix (an AoiFix or its code) to a geometry (normally ``report.geometry``, in WGS84).
    Raises ValueError when the fix does not apply to this geometry."""
    code = fix.code if isinstance(fix, AoiFix) else str(fix)
    shape, _notes, blocking = as_polygonal(geometry)
    if blocking:
        raise AoiFixError(blocking.message)
    try:
        shape = to_wgs84(shape, crs)
    except ProjError:
        raise AoiFixError(f"The coordinate reference system {str(crs)[:80]!r} cannot be converted to WGS84 "
                          "longitude/latitude; fixes apply to the checked AOI (report.geometry).") from None
    before = cached_area_km2(shape)
    parts = geo.polygon_parts(shape)

    if code == MAKE_VALID:
        fixed, method = cached_repair(shape)
        after = cached_area_km2(fixed)
        pieces = len(geo.polygon_parts(fixed))
        description = f"Repaired the outline ({method}): it now measures {text.km2(after)}"
        if pieces > 1:
            description += f" in {text.count(pieces)} separate parts"
        description += f" (the invalid outline measured {text.km2(before)} as drawn)."
        if method != "make_valid":
            description += " buffer(0) may drop a loop of a self-crossing outline: check the result."
    elif code == UNION_PARTS:
        fixed = geo.union_if_single(parts)
        if fixed is None:
            raise AoiFixError("The parts do not touch along an edge or overlap, so they cannot be merged "
                              "into one polygon.")
        after = cached_area_km2(fixed)
        description = (f"Merged the {text.count(len(parts))} parts into one polygon of {text.km2(after)}"
                       f"{_change(before, after)}.")
    elif code == KEEP_LARGEST_PART:
        areas = [geodesic_area_km2(part) for part in parts]
        largest = max(range(len(parts)), key=areas.__getitem__)
        fixed = parts[largest]
        after = areas[largest]
        description = (f"Kept the largest of the {text.count(len(parts))} parts ({text.km2(after)}) and "
                       f"dropped {text.plural(len(parts) - 1, 'part')} totalling {text.km2(before - after)} "
                       f"({text.percent(_percent(after - before, before))}).")
    elif code == CONVEX_HULL:
        fixed = geo.convex_hull_polygon(shape)
        description = "Replaced the area by its convex hull"
        if geo.exterior_positions(fixed) > MAX_VERTICES:
            simplified = simplify_to_limit(fixed, MAX_VERTICES)
            if simplified is None:
                raise AoiFixError("The convex hull of this area has no surface: draw a larger area.")
            fixed = simplified[0]
            description += f" (simplified to {text.count(geo.exterior_positions(fixed))} vertices)"
        after = cached_area_km2(fixed)
        description += (f", adding {text.km2(max(after - before, 0.0))} "
                        f"({text.percent(_percent(after - before, before))}).")
    elif code == REMOVE_HOLES:
        holes = geo.hole_count(shape)
        fixed = geo.without_holes(shape)
        after = cached_area_km2(fixed)
        description = (f"Filled {text.plural(holes, 'hole')}, adding {text.km2(after - before)} "
                       f"({text.percent(_percent(after - before, before))}).")
    elif code == SIMPLIFY:
        fixed, description, after = _simplify(shape, before)
    elif code == ROUND_AND_REPAIR:
        fixed, description, after = _round_and_repair(shape, before)
    else:
        raise AoiFixError(f"Unknown AOI fix {code!r}.")
    if code in (KEEP_LARGEST_PART, REMOVE_HOLES) and is_valid(shape):
        remember_valid(fixed)  # a part of a valid polygon, or its outline alone, is valid too
    return FixResult(fixed, code, description, before, after)


def _simplify(shape: BaseGeometry, before: float) -> Tuple[BaseGeometry, str, float]:
    vertices_before = geo.exterior_positions(shape)
    if not is_valid(shape):
        # Simplifying keeps what the outline does (a crossing stays a crossing): repair first.
        raise AoiFixError("The outline is not valid (it crosses or touches itself): repair it first "
                          "(make valid), then simplify it.")
    simplified = simplify_to_limit(shape, MAX_VERTICES)
    if simplified is not None:
        fixed, tolerance = simplified
        after = cached_area_km2(fixed)
        kept, change = geo.exterior_positions(fixed), after - before
        description = (f"Simplified the outline from {text.count(vertices_before)} to {text.count(kept)} "
                       f"vertices (the dropped vertices lie within about "
                       f"{_metres(tolerance * METRES_PER_DEGREE)} of the new outline): the area changed by "
                       f"{text.signed_km2(change)} ({text.percent(_percent(change, before))}).")
        return fixed, description, after
    # No valid simplification under the limit: the convex hull (itself simplified: a subset of a convex
    # polygon's vertices stays convex, so valid) always fits, at the price of added area, stated here.
    hull = simplify_to_limit(geo.convex_hull_polygon(shape), MAX_VERTICES)
    if hull is None:
        raise AoiFixError("The outline cannot be simplified to a valid polygon: it has no surface to keep.")
    fixed = hull[0]
    after = cached_area_km2(fixed)
    kept, change = geo.exterior_positions(fixed), after - before
    description = (f"Simplification could not bring the outline under {text.count(MAX_VERTICES)} vertices "
                   f"as a valid polygon, so it was replaced by its convex hull ({text.count(kept)} vertices, "
                   f"from {text.count(vertices_before)}): the area changed by {text.signed_km2(change)} "
                   f"({text.percent(_percent(change, before))}).")
    return fixed, description, after


def _metres(metres: float) -> str:
    if metres < 1:
        return f"{metres * 100:.0f} cm"
    if metres < 1000:
        return f"{metres:.0f} m" if metres >= 10 else f"{metres:.1f} m"
    return f"{metres / 1000:.1f} km"


def _percent(part: float, whole: float) -> float:
    return 100.0 * part / whole if whole > 0 else 0.0


def _change(before: float, after: float) -> str:
    """', a change of +1.20 km² (+0.8%)' style suffix, or '' when nothing changed."""
    delta = after - before
    if delta == 0:
        return ", with no change of area"
    if before <= 0:
        return f", a change of {text.signed_km2(delta)}"
    return f", a change of {text.signed_km2(delta)} ({text.percent(_percent(delta, before))})"



def _round_and_repair(shape: BaseGeometry, before: float) -> Tuple[BaseGeometry, str, float]:
    """Round to the decimals sent, then repair what the rounding folded (a spike laid onto an edge is
    dropped, a narrow passage closed at a point splits the area). The repair's new vertices can fall
    between grid positions, so round and check again, a few times at most."""
    current = shape
    for _attempt in range(4):
        rounded = rounded_geometry(current, GEOJSON_DECIMALS, drop_collapsed=True)
        if rounded.is_empty:
            break
        if is_valid(rounded):
            after = cached_area_km2(rounded)
            pieces = len(geo.polygon_parts(rounded))
            description = (f"Rounded the coordinates to the {GEOJSON_DECIMALS} decimals sent to OneAtlas "
                           "(about 1 cm) and repaired what that folded: the area now measures "
                           f"{text.km2(after)}{_change(before, after)}")
            if pieces > 1:
                description += f", in {text.count(pieces)} separate parts"
            return rounded, description + ".", after
        current = geo.make_valid_polygonal(rounded)[0]
    raise AoiFixError("Rounding the coordinates to the decimals sent to OneAtlas leaves no valid area: "
                      "draw the area again with a larger or simpler outline.")
