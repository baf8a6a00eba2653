"""The OneAtlas AOI rules: check an area of interest, explain each broken rule in plain words, offer fixes.

OneAtlas Pay-Per-Order takes the AOI as one GeoJSON Polygon in WGS84 longitude/latitude, with at most 999
ring positions (read on the safe side: 998 vertices, the closing position aside; see MAX_VERTICES in
aoi_types), no holes and no self-intersection (API notes, section 5.1). A product may also have a minimum
order area (section 5.2): a smaller AOI is accepted but billed at the minimum, which we report as information.

    report = check_aoi(geometry, crs="EPSG:2154", minimum_order_area_km2=100)
    for problem in report.problems:          # problem.code, problem.message, problem.fix (or None)
        ...
    result = apply_fix(report.geometry, report.problems[0].fix)   # FixResult: geometry, description, ...
    everything = fix_all(geometry, crs="EPSG:2154")               # FixAllResult: geometry, steps, report
    body = to_geojson(everything.geometry)                        # GeoJSON Polygon for the API

Geometries are shapely objects; ``report.geometry`` and every fixed geometry are in WGS84 lon/lat, so fixes
are applied to them without a CRS. Plain Python: no QGIS import here.
"""


import re
from typing import List, Optional

from pyproj.exceptions import ProjError
from shapely.geometry import Polygon
from shapely.geometry.base import BaseGeometry

from . import aoi_geometry as geo
from . import aoi_text as text
from .aoi_cache import cached_area_km2, cached_repair, is_valid, sent_geometry, validity_reason
from .aoi_fixes import apply_fix
from .aoi_geometry import WGS84, geodesic_area_km2, to_wgs84
from .aoi_input import as_polygonal, crs_refusal
from .aoi_precision import GEOJSON_DECIMALS, equivalent_width_m, geojson_polygon
from .aoi_precision import perimeter_m as geo_perimeter
from .aoi_types import (  # noqa: F401 -- every code and type is part of this module's API
    CONVEX_HULL,
    CROSSES_ANTIMERIDIAN,
    EMPTY,
    HOLES,
    INVALID,
    INVALID_AFTER_ROUNDING,
    INVALID_GEOJSON,
    KEEP_LARGEST_PART,
    MAKE_VALID,
    MAX_POSITIONS,
    MAX_VERTICES,
    MULTIPART,
    NOT_AN_AREA,
    OUT_OF_RANGE,
    REMOVE_HOLES,
    ROUND_AND_REPAIR,
    SELF_INTERSECTION,
    SIMPLIFY,
    TOO_MANY_VERTICES,
    TOO_SMALL,
    TRANSFORM_FAILED,
    UNION_PARTS,
    UNKNOWN_CRS,
    UNSUPPORTED_CRS,
    ZERO_AREA,
    AoiFix,
    AoiFixError,
    AoiGeoJsonError,
    AoiProblem,
    AoiReport,
    FixAllResult,
    FixResult,
    MinimumAreaReport,
)
from .i18n import Plural, Text

__all__ = [
    "MAX_VERTICES", "MAX_POSITIONS", "WGS84", "GEOJSON_DECIMALS", "MIN_WIDTH_M", "AoiFix", "AoiProblem",
    "AoiReport", "FixResult", "FixAllResult", "MinimumAreaReport", "AoiFixError", "AoiGeoJsonError",
    "check_aoi", "apply_fix", "fix_all", "geodesic_area_km2", "minimum_area_report", "to_geojson", "to_wgs84",
]

# An area narrower than one pixel of the sharpest OneAtlas imagery (0.3 m: the Pleiades Neo "resolution"
# in the API's search example, oneatlas-api.md section 4) cannot be imaged as an area; it is also where
# the 1 cm rounding of the coordinates sent starts to distort or collapse the outline. Such an AOI is
# nearly always an accident (a line digitised as a polygon, coordinates read in the wrong unit).
MIN_WIDTH_M = 0.3

_VALIDITY_REASONS = {
    "Self-intersection": Text("the outline crosses itself"),
    "Ring Self-intersection": Text("the outline touches itself at a point"),
    "Hole lies outside shell": Text("a hole lies outside the outline"),
    "Nested holes": Text("a hole lies inside another hole"),
    "Interior is disconnected": Text("holes cut the polygon into separate pieces"),
    "Nested shells": Text("one part lies inside another part"),
    "Duplicate Rings": Text("a ring is repeated"),
    "Too few points in geometry component": Text("a ring has too few points"),
    "Invalid Coordinate": Text("a coordinate is not a number"),
    "Ring is not closed": Text("a ring is not closed"),
}
_VALIDITY_PATTERN = re.compile(r"^\s*(?P<reason>[^\[]*?)\s*(\[(?P<x>\S+)\s+(?P<y>[^\]\s]+)\])?\s*$")



# --- the check ----------------------------------------------------------------------------------------

def check_aoi(geometry: Optional[BaseGeometry], crs=WGS84,
              minimum_order_area_km2: Optional[float] = None) -> AoiReport:
    """Check an AOI (any shapely geometry, in ``crs``: anything pyproj.CRS.from_user_input accepts)
    against the OneAtlas rules. Every broken rule is reported, most fundamental first."""
    shape, notes, blocking = as_polygonal(geometry)
    if blocking:
        return AoiReport(shape, None, 0, (blocking,), None, tuple(notes))
    refused = _crs_problem(crs)
    if refused is None:
        try:
            lon_lat = to_wgs84(shape, crs)
        except ProjError:  # a CRS PROJ knows but cannot relate to WGS84 (no transformation)
            refused = AoiProblem(UNSUPPORTED_CRS, Text(
                "The coordinate reference system {crs} cannot be converted to WGS84 "
                "longitude/latitude, so the area cannot be placed on the Earth. Set the layer's coordinate "
                "reference system to a geographic or projected one (for example EPSG:4326 or a UTM zone).",
                crs=_crs_words(crs)))
    if refused is not None:
        return AoiReport(shape, None, geo.exterior_vertices(shape), (refused,), None, tuple(notes))
    if geo.needs_transform(crs):
        notes.append(Text("Converted from {crs} to WGS84 longitude/latitude.", crs=geo.crs_name(crs)))
    return _check_wgs84(lon_lat, crs, minimum_order_area_km2, notes)


def _crs_problem(crs) -> Optional[AoiProblem]:
    """UNKNOWN_CRS for what is not a CRS, UNSUPPORTED_CRS for a CRS without a horizontal position."""
    refusal = crs_refusal(crs)
    if refusal is None:
        return None
    known, words = refusal
    if not known:
        return AoiProblem(UNKNOWN_CRS, Text("The coordinate reference system {crs} is unknown, so the area "
                                            "cannot be placed on the Earth. Set the layer's coordinate "
                                            "reference system.", crs=_crs_words(crs)))
    return AoiProblem(UNSUPPORTED_CRS, Text(
        "The coordinate reference system {crs} is {words}, so the area cannot be placed on the "
        "Earth. Set the layer's coordinate reference system to the one its x/y coordinates are in (a "
        "geographic or projected system, for example EPSG:4326 or a UTM zone).", crs=_crs_words(crs),
        words=words))


def _crs_words(crs) -> str:
    try:
        return geo.crs_name(crs)
    except Exception:  # noqa: BLE001 -- only naming it: an unreadable CRS is shown as given
        shown = repr(crs)
        return shown if len(shown) <= 60 else shown[:57] + "..."


def _check_wgs84(geometry: BaseGeometry, crs, minimum_order_area_km2, notes: List[str]) -> AoiReport:
    problems: List[AoiProblem] = []
    vertex_count = geo.exterior_vertices(geometry)  # corners, as drawn: the closing position is not one

    def report(area_km2):
        minimum = minimum_area_report(area_km2, minimum_order_area_km2) if area_km2 is not None else None
        return AoiReport(geometry, area_km2, vertex_count, tuple(problems), minimum, tuple(notes))

    rings = geo.ring_arrays(geometry)  # read once: every coordinate test below works on these arrays
    unconvertible = geo.non_finite_count(rings)
    if unconvertible:
        problems.append(AoiProblem(TRANSFORM_FAILED, Text(
            "{vertices} could not be converted from {crs} to longitude/latitude (outside the region where "
            "that coordinate system is defined, or not numbers). Check the layer's coordinate reference "
            "system.", vertices=_vertices(unconvertible), crs=geo.crs_name(crs))))
        return report(None)
    outside, first = geo.out_of_range_positions(rings)
    if outside:
        problems.append(AoiProblem(OUT_OF_RANGE, Text(
            "{vertices} lie outside longitude -180..180 / latitude -90..90 (first at {x}, {y}). Check the "
            "layer's coordinate reference system.", vertices=_vertices(outside), x=f"{first[0]:.5f}",
            y=f"{first[1]:.5f}")))
    if geo.crosses_antimeridian(rings):
        problems.append(AoiProblem(CROSSES_ANTIMERIDIAN, Text(
            "The area crosses the antimeridian (longitude 180°); OneAtlas cannot take it as one polygon. "
            "Split it into two areas, one on each side of 180°, and order them separately.")))
    if outside:
        return report(None)

    if geo.is_collapsed(geometry):
        problems.append(AoiProblem(ZERO_AREA, Text(
            "The area measures 0 km²: its outline is collapsed onto a line or a point. "
            "OneAtlas needs a polygon with a surface.")))
        return report(0.0)

    # Judge the polygon OneAtlas will receive (rounded to the decimals sent) first: when it is valid, so is
    # what we send, and the user's exact outline need not be checked as well (one validity run, not two).
    sent = sent_geometry(geometry)
    sent_valid = sent is not None and is_valid(sent)
    valid = sent_valid or is_valid(geometry)
    if valid:
        area_km2 = cached_area_km2(geometry)
    else:
        problems.append(_validity_problem(geometry))
        # The area of a self-crossing outline is ambiguous (a figure-of-eight's loops cancel out):
        # measure what the repair keeps, which is also what the user will order after fixing it.
        area_km2 = cached_area_km2(cached_repair(geometry)[0])
        notes.append(Text("The invalid outline was measured as repaired: {area}.", area=text.km2(area_km2)))
    if valid:
        width = _width_m(geometry, rings, area_km2)
        if width < MIN_WIDTH_M:
            problems.append(_too_small_problem(width, area_km2))
        elif not sent_valid:
            problems.append(_rounding_problem(sent))
    parts = geo.polygon_parts(geometry)
    if len(parts) > 1:
        problems.append(_multipart_problem(parts, mergeable=not valid))
    holes = geo.hole_count(geometry)
    if holes:
        hole_area = max(geodesic_area_km2(geo.without_holes(geometry)) - area_km2, 0.0)
        problems.append(AoiProblem(HOLES, Text(
            "The area has {holes} ({area} in total); OneAtlas does not accept polygons with holes.",
            holes=Plural("%n hole(s)", holes, "hole"), area=text.km2(hole_area)),
            AoiFix(REMOVE_HOLES, Text("Fill the holes (adds {area}, {percent})", area=text.km2(hole_area),
                                      percent=text.percent(_percent(hole_area, area_km2))))))
    if vertex_count > MAX_VERTICES:  # the same as more than MAX_POSITIONS positions for one polygon
        numbers = {"vertices": _vertices(vertex_count), "maximum": text.count(MAX_VERTICES)}
        problems.append(AoiProblem(TOO_MANY_VERTICES, (
            Text("The area has {vertices} (all parts together); OneAtlas accepts at most {maximum}.",
                 **numbers) if len(parts) > 1
            else Text("The area has {vertices}; OneAtlas accepts at most {maximum}.", **numbers)),
            AoiFix(SIMPLIFY, Text("Simplify the outline to at most {maximum} vertices",
                                  maximum=text.count(MAX_VERTICES))),
            (AoiFix(CONVEX_HULL, Text("Replace the area by its convex hull")),)))
    return report(area_km2)


def _validity_problem(geometry: BaseGeometry) -> AoiProblem:
    code = SELF_INTERSECTION if "Self-intersection" in (validity_reason(geometry) or "") else INVALID
    return AoiProblem(code, Text(
        "The polygon is not valid: {reason}. OneAtlas rejects invalid and self-intersecting polygons.",
        reason=_validity_words(geometry)), AoiFix(MAKE_VALID, Text("Repair the outline (make valid)")))


def _validity_words(geometry: BaseGeometry) -> str:
    """GEOS's reason in words, with the place: 'the outline crosses itself near lon 2.35000, lat 48.85000'."""
    explanation = validity_reason(geometry) or ""
    match = _VALIDITY_PATTERN.match(explanation)
    reason = match.group("reason") if match else explanation
    # A reason GEOS words differently from the list stays in its own (English) words.
    words = _VALIDITY_REASONS.get(reason) or reason.lower() or Text("the geometry is invalid")
    if match and match.group("x"):
        try:
            place = text.lon_lat(float(match.group("x")), float(match.group("y")))
        except ValueError:
            return words
        return Text("{reason} near {place}", reason=words, place=place)
    return words


def _width_m(geometry: BaseGeometry, rings, area_km2: float) -> float:
    """How wide the area is: the width of the rectangle with its area and perimeter. A long perimeter
    can also mean a jagged or zigzag outline around a wide area, so a narrow result is confirmed with the
    convex hull's perimeter (a sliver's hull is the sliver; a zigzag's hull is the strip it fills)."""
    width = equivalent_width_m(area_km2 * 1e6, geo_perimeter(rings))
    if width >= MIN_WIDTH_M:
        return width
    hull = geo.ring_arrays(geo.convex_hull_polygon(geometry), holes=False)
    return equivalent_width_m(area_km2 * 1e6, geo_perimeter(hull)) if hull else width


def _too_small_problem(width_m: float, area_km2: float) -> AoiProblem:
    return AoiProblem(TOO_SMALL, Text(
        "The area is only about {width} wide ({area}): narrower than one pixel of the sharpest OneAtlas "
        "imagery ({pixel}), and too small to keep its shape once its coordinates are rounded to the "
        "{decimals} decimals sent (about 1 cm). Draw a larger area, or check the layer's coordinate "
        "reference system (metres read as degrees, or the reverse, shrink an area this much).",
        width=text.length(width_m), area=text.km2(area_km2), pixel=text.length(MIN_WIDTH_M),
        decimals=str(GEOJSON_DECIMALS)))


def _rounding_problem(sent: Optional[BaseGeometry]) -> AoiProblem:
    """The outline is valid as drawn but not once rounded as sent (a spike folded onto an edge, a narrow
    passage closed, a small hole collapsed)."""
    if sent is None:
        what = Text("a ring of the area collapses to fewer than 4 positions")
    else:
        what = Text("the outline is no longer valid: {reason}", reason=_validity_words(sent))
    return AoiProblem(INVALID_AFTER_ROUNDING, Text(
        "Rounded to the {decimals} decimals sent to OneAtlas (about 1 cm), {what} (a narrow spike "
        "or passage folds onto an edge). OneAtlas rejects invalid polygons.", decimals=str(GEOJSON_DECIMALS),
        what=what), AoiFix(ROUND_AND_REPAIR, Text("Round the outline as it will be sent and repair it")))


def _multipart_problem(parts: List[Polygon], mergeable: bool) -> AoiProblem:
    """mergeable: whether merging can give one polygon. The parts of a VALID multipolygon touch at most at
    points, so their union never is one polygon; only overlapping or edge-sharing parts (invalid) merge."""
    areas = sorted((geodesic_area_km2(part) for part in parts), reverse=True)
    total = sum(areas)
    shown = ", ".join(text.km2(area) for area in areas[:5]) + (", ..." if len(areas) > 5 else "")
    message = Text("The area has {count} separate parts ({areas}); OneAtlas accepts a single polygon per "
                   "order. Order the parts separately, or merge them into one polygon.",
                   count=text.count(len(parts)), areas=shown)
    if mergeable and geo.union_if_single(parts) is not None:
        merge = AoiFix(UNION_PARTS, Text("Merge the touching parts into one polygon"))
        return AoiProblem(MULTIPART, message, merge)
    dropped = total - areas[0]
    hull_added = max(geodesic_area_km2(geo.convex_hull_polygon(geo.from_parts(parts))) - total, 0.0)
    keep_largest = AoiFix(KEEP_LARGEST_PART, Text(
        "Keep only the largest part ({area}), dropping {dropped} ({percent})", area=text.km2(areas[0]),
        dropped=text.km2(dropped), percent=text.percent(-_percent(dropped, total))))
    hull = AoiFix(CONVEX_HULL, Text("Replace the parts by their convex hull, adding {added} ({percent})",
                                    added=text.km2(hull_added),
                                    percent=text.percent(_percent(hull_added, total))))
    # Suggest whichever changes the ordered area less; the other stays available.
    if dropped <= hull_added:
        return AoiProblem(MULTIPART, message, keep_largest, (hull,))
    return AoiProblem(MULTIPART, message, hull, (keep_largest,))


def _vertices(count: int) -> Text:
    return Plural("%n vertex(es)", count, "vertex", "vertices")


def _percent(part: float, whole: float) -> float:
    return 100.0 * part / whole if whole > 0 else 0.0


# --- minimum order area --------------------------------------------------------------------------------

def minimum_area_report(area_km2: float,
                        minimum_order_area_km2: Optional[float]) -> Optional[MinimumAreaReport]:
    """Compare an area with a product's minimum order area (None or 0: no minimum, no report)."""
    if not minimum_order_area_km2 or minimum_order_area_km2 <= 0:
        return None
    applies = area_km2 < minimum_order_area_km2
    billed = max(area_km2, minimum_order_area_km2)
    if applies:
        message = Text("The area is {area}, below this product's minimum order area of {minimum}: you will "
                       "be billed for {billed}.", area=text.km2(area_km2),
                       minimum=text.km2(minimum_order_area_km2), billed=text.km2(billed))
    else:
        message = Text("The area is {area}, at or above this product's minimum order area of {minimum}: you "
                       "are billed for the area itself.", area=text.km2(area_km2),
                       minimum=text.km2(minimum_order_area_km2))
    return MinimumAreaReport(area_km2, float(minimum_order_area_km2), applies, billed, message)




def fix_all(geometry: Optional[BaseGeometry], crs=WGS84, minimum_order_area_km2: Optional[float] = None,
            max_steps: int = 8) -> FixAllResult:
    """Apply the suggested fixes one after the other (repair, then single part, then holes, then vertices:
    the order of the report's problems) until the AOI passes or no fix remains."""
    first = check_aoi(geometry, crs, minimum_order_area_km2)
    report, current, steps = first, first.geometry, []
    for _step in range(max_steps):
        problem = next((problem for problem in report.problems if problem.fix), None)
        if problem is None or (steps and steps[-1].fix_code == problem.fix.code):
            break  # nothing left to fix, or the last fix did not cure its problem: stop rather than loop
        result = apply_fix(current, problem.fix)
        steps.append(result)
        current = result.geometry
        report = check_aoi(current, WGS84, minimum_order_area_km2)
    return FixAllResult(current, tuple(steps), report, first)



# --- the GeoJSON sent ---------------------------------------------------------------------------------------

def to_geojson(geometry: BaseGeometry, decimals: int = GEOJSON_DECIMALS) -> dict:
    """The AOI as OneAtlas takes it: one GeoJSON Polygon (RFC 7946) in WGS84 lon/lat, closed rings, the
    exterior counter-clockwise and holes clockwise, coordinates rounded to ``decimals`` (7: about 1 cm)
    without the consecutive duplicates rounding creates. A MultiPolygon with a single part is accepted.

    The polygon written is checked as written: raises AoiGeoJsonError (an InvalidAoiError, also a
    ValueError) with the problem in words when the geometry is not one polygon, or when the rounded
    polygon would be invalid or collapsed. After check_aoi(...).ok this does not happen."""
    try:
        body = geojson_polygon(geometry, decimals)
    except ValueError:
        parts = len(geo.polygon_parts(geometry)) if isinstance(geometry, BaseGeometry) else 0
        if parts == 1:
            problem = _rounding_problem(None)
        else:
            kind = getattr(geometry, "geom_type", type(geometry).__name__)
            problem = AoiProblem(MULTIPART if parts > 1 else NOT_AN_AREA, Text(
                "A OneAtlas AOI is exactly one polygon; this is a {kind} with {parts} polygon parts. Check "
                "the area (check_aoi) and apply its fixes first.", kind=kind, parts=text.count(parts)))
        raise AoiGeoJsonError([problem]) from None
    sent = sent_geometry(geometry) if decimals == GEOJSON_DECIMALS else None
    if sent is None:
        sent = Polygon(body["coordinates"][0], body["coordinates"][1:])
    if not is_valid(sent):
        raise AoiGeoJsonError([_rounding_problem(sent)])
    return body
