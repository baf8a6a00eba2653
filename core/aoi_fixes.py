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
    MAX_POSITIONS,
    MAX_VERTICES,
    REMOVE_HOLES,
    ROUND_AND_REPAIR,
    SIMPLIFY,
    UNION_PARTS,
    AoiFix,
    AoiFixError,
    FixResult,
)
from .i18n import Number, Plural, Text, sentences

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
        raise AoiFixError(Text("The coordinate reference system {crs} cannot be converted to WGS84 "
                               "longitude/latitude; fixes apply to the checked AOI (report.geometry).",
                               crs=repr(str(crs)[:80]))) from None
    before = cached_area_km2(shape)
    parts = geo.polygon_parts(shape)

    if code == MAKE_VALID:
        fixed, method = cached_repair(shape)
        after = cached_area_km2(fixed)
        pieces = len(geo.polygon_parts(fixed))
        numbers = {"method": method, "area": text.km2(after), "before": text.km2(before)}
        if pieces > 1:
            description = Text("Repaired the outline ({method}): it now measures {area} in {parts} separate "
                               "parts (the invalid outline measured {before} as drawn).",
                               parts=text.count(pieces), **numbers)
        else:
            description = Text("Repaired the outline ({method}): it now measures {area} (the invalid outline "
                               "measured {before} as drawn).", **numbers)
        if method != "make_valid":
            description = sentences(description, Text("buffer(0) may drop a loop of a self-crossing outline: "
                                                      "check the result."))
    elif code == UNION_PARTS:
        fixed = geo.union_if_single(parts)
        if fixed is None:
            raise AoiFixError(Text("The parts do not touch along an edge or overlap, so they cannot be "
                                   "merged into one polygon."))
        after = cached_area_km2(fixed)
        description = Text("Merged the {count} parts into one polygon of {area}{change}.",
                           count=text.count(len(parts)), area=text.km2(after), change=_change(before, after))
    elif code == KEEP_LARGEST_PART:
        areas = [geodesic_area_km2(part) for part in parts]
        largest = max(range(len(parts)), key=areas.__getitem__)
        fixed = parts[largest]
        after = areas[largest]
        description = Text("Kept the largest of the {count} parts ({area}) and dropped {dropped} totalling "
                           "{lost} ({percent}).", count=text.count(len(parts)), area=text.km2(after),
                           dropped=Plural("%n part(s)", len(parts) - 1, "part"),
                           lost=text.km2(before - after),
                           percent=text.percent(_percent(after - before, before)))
    elif code == CONVEX_HULL:
        fixed = geo.convex_hull_polygon(shape)
        simplified_to = None
        if geo.exterior_positions(fixed) > MAX_POSITIONS:
            simplified = simplify_to_limit(fixed, MAX_POSITIONS)
            if simplified is None:
                raise AoiFixError(Text("The convex hull of this area has no surface: draw a larger area."))
            fixed = simplified[0]
            simplified_to = text.count(geo.exterior_vertices(fixed))
        after = cached_area_km2(fixed)
        numbers = {"area": text.km2(max(after - before, 0.0)),
                   "percent": text.percent(_percent(after - before, before))}
        if simplified_to is None:
            description = Text("Replaced the area by its convex hull, adding {area} ({percent}).", **numbers)
        else:
            description = Text("Replaced the area by its convex hull (simplified to {vertices} vertices), "
                               "adding {area} ({percent}).", vertices=simplified_to, **numbers)
    elif code == REMOVE_HOLES:
        holes = geo.hole_count(shape)
        fixed = geo.without_holes(shape)
        after = cached_area_km2(fixed)
        description = Text("Filled {holes}, adding {area} ({percent}).",
                           holes=Plural("%n hole(s)", holes, "hole"), area=text.km2(after - before),
                           percent=text.percent(_percent(after - before, before)))
    elif code == SIMPLIFY:
        fixed, description, after = _simplify(shape, before)
    elif code == ROUND_AND_REPAIR:
        fixed, description, after = _round_and_repair(shape, before)
    else:
        raise AoiFixError(Text("Unknown AOI fix {code}.", code=repr(code)))
    if code in (KEEP_LARGEST_PART, REMOVE_HOLES) and is_valid(shape):
        remember_valid(fixed)  # a part of a valid polygon, or its outline alone, is valid too
    return FixResult(fixed, code, description, before, after)


def _simplify(shape: BaseGeometry, before: float) -> Tuple[BaseGeometry, Text, float]:
    vertices_before = geo.exterior_vertices(shape)  # corners, as check_aoi counts them
    if not is_valid(shape):
        # Simplifying keeps what the outline does (a crossing stays a crossing): repair first.
        raise AoiFixError(Text("The outline is not valid (it crosses or touches itself): repair it first "
                               "(make valid), then simplify it."))
    simplified = simplify_to_limit(shape, MAX_POSITIONS)
    if simplified is not None:
        fixed, tolerance = simplified
        after = cached_area_km2(fixed)
        kept, change = geo.exterior_vertices(fixed), after - before
        description = Text("Simplified the outline from {before} to {after} vertices (the dropped vertices "
                           "lie within about {tolerance} of the new outline): the area changed by {change} "
                           "({percent}).", before=text.count(vertices_before), after=text.count(kept),
                           tolerance=_metres(tolerance * METRES_PER_DEGREE), change=text.signed_km2(change),
                           percent=text.percent(_percent(change, before)))
        return fixed, description, after
    # No valid simplification under the limit: the convex hull (itself simplified: a subset of a convex
    # polygon's vertices stays convex, so valid) always fits, at the price of added area, stated here.
    hull = simplify_to_limit(geo.convex_hull_polygon(shape), MAX_POSITIONS)
    if hull is None:
        raise AoiFixError(Text("The outline cannot be simplified to a valid polygon: it has no surface to "
                               "keep."))
    fixed = hull[0]
    after = cached_area_km2(fixed)
    kept, change = geo.exterior_vertices(fixed), after - before
    description = Text("Simplification could not bring the outline to at most {maximum} vertices as a "
                       "valid polygon, so it was replaced by its convex hull ({after} vertices, from "
                       "{before}): the area changed by {change} ({percent}).",
                       maximum=text.count(MAX_VERTICES), after=text.count(kept),
                       before=text.count(vertices_before),
                       change=text.signed_km2(change), percent=text.percent(_percent(change, before)))
    return fixed, description, after


def _metres(metres: float) -> Number:
    if metres < 1:
        return Number(f"{metres * 100:.0f} cm", "{0} cm", (metres * 100, "f", 0))
    if metres < 1000:
        decimals = 0 if metres >= 10 else 1
        return Number(f"{metres:.{decimals}f} m", "{0} m", (metres, "f", decimals))
    return Number(f"{metres / 1000:.1f} km", "{0} km", (metres / 1000, "f", 1))


def _percent(part: float, whole: float) -> float:
    return 100.0 * part / whole if whole > 0 else 0.0


def _change(before: float, after: float) -> Text:
    """', a change of +1.20 km² (+0.8%)' style suffix, or ', with no change of area'."""
    delta = after - before
    if delta == 0:
        return Text(", with no change of area")
    if before <= 0:
        return Text(", a change of {delta}", delta=text.signed_km2(delta))
    return Text(", a change of {delta} ({percent})", delta=text.signed_km2(delta),
                percent=text.percent(_percent(delta, before)))



def _round_and_repair(shape: BaseGeometry, before: float) -> Tuple[BaseGeometry, Text, float]:
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
            numbers = {"decimals": text.count(GEOJSON_DECIMALS), "area": text.km2(after),
                       "change": _change(before, after)}
            if pieces > 1:
                description = Text("Rounded the coordinates to the {decimals} decimals sent to OneAtlas "
                                   "(about 1 cm) and repaired what that folded: the area now measures "
                                   "{area}{change}, in {parts} separate parts.", parts=text.count(pieces),
                                   **numbers)
            else:
                description = Text("Rounded the coordinates to the {decimals} decimals sent to OneAtlas "
                                   "(about 1 cm) and repaired what that folded: the area now measures "
                                   "{area}{change}.", **numbers)
            return rounded, description, after
        current = geo.make_valid_polygonal(rounded)[0]
    raise AoiFixError(Text("Rounding the coordinates to the decimals sent to OneAtlas leaves no valid area: "
                           "draw the area again with a larger or simpler outline."))
