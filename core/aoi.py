"""The OneAtlas AOI rules: check an area of interest, explain each broken rule in plain words, offer fixes.

OneAtlas Pay-Per-Order takes the AOI as one GeoJSON Polygon in WGS84 longitude/latitude, with at most 999
vertices, no holes and no self-intersection (API notes, section 5.1). A product may also have a minimum
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
from dataclasses import dataclass, field
from typing import List, Optional, Tuple, Union

from pyproj.exceptions import CRSError
from shapely.geometry import Polygon
from shapely.geometry.base import BaseGeometry
from shapely.validation import explain_validity

from . import aoi_geometry as geo
from . import aoi_text as text
from .aoi_geometry import WGS84, geodesic_area_km2, to_geojson, to_wgs84

__all__ = [
    "MAX_VERTICES", "WGS84", "AoiFix", "AoiProblem", "AoiReport", "FixResult", "FixAllResult",
    "MinimumAreaReport", "check_aoi", "apply_fix", "fix_all", "geodesic_area_km2", "minimum_area_report",
    "to_geojson", "to_wgs84",
]

# The API says "<= 999 vertices" and ">= 4 positions" for a GeoJSON ring whose last position repeats the
# first. We count POSITIONS of the exterior ring, the closing one included (a square is 5), because that is
# the number the server sees in the JSON array; if the server counts distinct corners instead, we are one
# below its limit, never above. Holes are a separate rule (forbidden), so their vertices are not counted.
MAX_VERTICES = 999

# Stable problem codes (the UI and tests rely on them).
EMPTY = "empty"
NOT_AN_AREA = "not_an_area"
UNKNOWN_CRS = "unknown_crs"
TRANSFORM_FAILED = "transform_failed"
OUT_OF_RANGE = "coordinates_out_of_range"
CROSSES_ANTIMERIDIAN = "crosses_antimeridian"
ZERO_AREA = "zero_area"
SELF_INTERSECTION = "self_intersection"
INVALID = "invalid"
MULTIPART = "multipart"
HOLES = "holes"
TOO_MANY_VERTICES = "too_many_vertices"

# Stable fix codes.
MAKE_VALID = "make_valid"
UNION_PARTS = "union_parts"
KEEP_LARGEST_PART = "keep_largest_part"
CONVEX_HULL = "convex_hull"
REMOVE_HOLES = "remove_holes"
SIMPLIFY = "simplify"

METRES_PER_DEGREE = 111_320.0  # one degree of latitude, near enough to show a tolerance in metres

# GEOS's explain_validity reasons, in words an analyst reads.
_VALIDITY_REASONS = {
    "Self-intersection": "the outline crosses itself",
    "Ring Self-intersection": "the outline touches itself at a point",
    "Hole lies outside shell": "a hole lies outside the outline",
    "Nested holes": "a hole lies inside another hole",
    "Interior is disconnected": "holes cut the polygon into separate pieces",
    "Nested shells": "one part lies inside another part",
    "Duplicate Rings": "a ring is repeated",
    "Too few points in geometry component": "a ring has too few points",
    "Invalid Coordinate": "a coordinate is not a number",
    "Ring is not closed": "a ring is not closed",
}
_VALIDITY_PATTERN = re.compile(r"^\s*(?P<reason>[^\[]*?)\s*(\[(?P<x>\S+)\s+(?P<y>[^\]\s]+)\])?\s*$")


@dataclass(frozen=True)
class AoiFix:
    """A repair the user can apply with one click; ``label`` is the button/menu text."""

    code: str
    label: str

    def __str__(self) -> str:
        return self.label


@dataclass(frozen=True)
class AoiProblem:
    """One broken rule: a stable code, a message with numbers, the suggested fix (None: the user must act)
    and other possible fixes."""

    code: str
    message: str
    fix: Optional[AoiFix] = None
    alternatives: Tuple[AoiFix, ...] = ()

    @property
    def fixes(self) -> Tuple[AoiFix, ...]:
        return ((self.fix,) if self.fix else ()) + self.alternatives

    def __str__(self) -> str:
        return self.message


@dataclass(frozen=True)
class MinimumAreaReport:
    """Information, not an error: a product's minimum order area and the area that will be billed."""

    area_km2: float
    minimum_km2: float
    applies: bool
    billed_area_km2: float
    message: str


@dataclass(frozen=True)
class AoiReport:
    """The result of check_aoi. ``geometry`` is the AOI in WGS84 lon/lat (what fixes apply to);
    ``area_km2`` is None when the coordinates do not allow a meaningful area; ``vertex_count`` counts the
    exterior ring positions (closing one included) of every part; ``notes`` are informational sentences."""

    geometry: BaseGeometry
    area_km2: Optional[float]
    vertex_count: int
    problems: Tuple[AoiProblem, ...]
    minimum_area: Optional[MinimumAreaReport] = None
    notes: Tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        """True when OneAtlas will accept the AOI as it is."""
        return not self.problems

    @property
    def codes(self) -> Tuple[str, ...]:
        return tuple(problem.code for problem in self.problems)

    @property
    def fixable(self) -> bool:
        """True when at least one problem has a fix."""
        return any(problem.fix for problem in self.problems)

    def problem(self, code: str) -> Optional[AoiProblem]:
        return next((problem for problem in self.problems if problem.code == code), None)

    def summary(self) -> str:
        """Every message on its own line (problems first, then information)."""
        lines = [problem.message for problem in self.problems] + list(self.notes)
        if self.minimum_area:
            lines.append(self.minimum_area.message)
        if not self.problems:
            lines.insert(0, "The area follows the OneAtlas AOI rules.")
        return "\n".join(lines)


@dataclass(frozen=True)
class FixResult:
    """What a fix did: the new WGS84 geometry, a sentence describing the change, and the areas."""

    geometry: BaseGeometry
    fix_code: str
    description: str
    area_before_km2: float
    area_after_km2: float

    @property
    def area_change_km2(self) -> float:
        return self.area_after_km2 - self.area_before_km2

    @property
    def area_change_percent(self) -> Optional[float]:
        """None when there was no area before (a collapsed or self-cancelling outline)."""
        if self.area_before_km2 <= 0:
            return None
        return 100.0 * self.area_change_km2 / self.area_before_km2


@dataclass(frozen=True)
class FixAllResult:
    """fix_all's outcome: the final geometry, each step applied, and the final report."""

    geometry: BaseGeometry
    steps: Tuple[FixResult, ...]
    report: AoiReport
    initial_report: AoiReport = field(repr=False, default=None)

    @property
    def ok(self) -> bool:
        return self.report.ok

    @property
    def descriptions(self) -> List[str]:
        return [step.description for step in self.steps]


# --- the check ----------------------------------------------------------------------------------------

def check_aoi(geometry: Optional[BaseGeometry], crs=WGS84,
              minimum_order_area_km2: Optional[float] = None) -> AoiReport:
    """Check an AOI (any shapely geometry, in ``crs``: anything pyproj.CRS.from_user_input accepts)
    against the OneAtlas rules. Every broken rule is reported, most fundamental first."""
    shape, notes, blocking = _as_polygonal(geometry)
    if blocking:
        return AoiReport(shape, None, 0, (blocking,), None, tuple(notes))
    try:
        lon_lat = to_wgs84(shape, crs)
    except CRSError:
        problem = AoiProblem(UNKNOWN_CRS, f"The coordinate reference system {crs!r} is unknown, so the area "
                                          "cannot be placed on the Earth. Set the layer's coordinate "
                                          "reference system.")
        return AoiReport(shape, None, geo.exterior_positions(shape), (problem,), None, tuple(notes))
    if geo.needs_transform(crs):
        notes.append(f"Converted from {geo.crs_name(crs)} to WGS84 longitude/latitude.")
    return _check_wgs84(lon_lat, crs, minimum_order_area_km2, notes)


def _as_polygonal(geometry) -> Tuple[BaseGeometry, List[str], Optional[AoiProblem]]:
    """Bring any input to its polygons; (geometry, notes, blocking problem or None)."""
    notes: List[str] = []
    if geometry is None or geometry.is_empty:
        return Polygon(), notes, AoiProblem(EMPTY, "The area is empty: it has no coordinates.")
    outline = geo.closed_line_as_polygon(geometry)
    if outline is not None:
        notes.append(f"The closed line ({geometry.geom_type}) was read as the outline of a polygon.")
        return outline, notes, None
    parts = geo.polygon_parts(geometry)
    if not parts:
        return geometry, notes, AoiProblem(NOT_AN_AREA, _not_an_area_message(geometry))
    left_out = geo.non_area_member_count(geometry)
    if left_out:
        notes.append(f"Left out {text.plural(left_out, 'point or line', 'points or lines')} of the "
                     f"{geometry.geom_type} (points and lines have no area).")
    if geometry.geom_type == "GeometryCollection":
        return geo.from_parts(parts), notes, None
    return geometry, notes, None


def _not_an_area_message(geometry: BaseGeometry) -> str:
    kind = geometry.geom_type
    if kind in ("LineString", "LinearRing"):
        what = "a line that is not closed"
    elif kind == "MultiLineString":
        what = "lines"
    elif kind == "Point":
        what = "a point"
    elif kind == "MultiPoint":
        what = "points"
    else:
        what = "without any polygon"
    return f"The geometry is {what} ({kind}); OneAtlas needs a polygon that encloses an area."


def _check_wgs84(geometry: BaseGeometry, crs, minimum_order_area_km2, notes: List[str]) -> AoiReport:
    problems: List[AoiProblem] = []
    vertex_count = geo.exterior_positions(geometry)

    def report(area_km2):
        minimum = minimum_area_report(area_km2, minimum_order_area_km2) if area_km2 is not None else None
        return AoiReport(geometry, area_km2, vertex_count, tuple(problems), minimum, tuple(notes))

    rings = geo.ring_arrays(geometry)  # read once: every coordinate test below works on these arrays
    unconvertible = geo.non_finite_count(rings)
    if unconvertible:
        problems.append(AoiProblem(TRANSFORM_FAILED, (
            f"{text.plural(unconvertible, 'vertex', 'vertices')} could not be converted from "
            f"{geo.crs_name(crs)} to longitude/latitude (outside the region where that coordinate system "
            "is defined, or not numbers). Check the layer's coordinate reference system.")))
        return report(None)
    outside, first = geo.out_of_range_positions(rings)
    if outside:
        problems.append(AoiProblem(OUT_OF_RANGE, (
            f"{text.plural(outside, 'vertex', 'vertices')} lie outside longitude -180..180 / latitude -90..90"
            f" (first at {first[0]:.5f}, {first[1]:.5f}). Check the layer's coordinate reference system.")))
    if geo.crosses_antimeridian(rings):
        problems.append(AoiProblem(CROSSES_ANTIMERIDIAN, (
            "The area crosses the antimeridian (longitude 180°); OneAtlas cannot take it as one polygon. "
            "Split it into two areas, one on each side of 180°, and order them separately.")))
    if outside:
        return report(None)

    if geo.is_collapsed(geometry):
        problems.append(AoiProblem(ZERO_AREA, (
            "The area measures 0 km²: its outline is collapsed onto a line or a point. "
            "OneAtlas needs a polygon with a surface.")))
        return report(0.0)

    valid = _is_valid(geometry)
    if valid:
        area_km2 = _cached_area_km2(geometry)
    else:
        problems.append(_validity_problem(geometry))
        # The area of a self-crossing outline is ambiguous (a figure-of-eight's loops cancel out):
        # measure what the repair keeps, which is also what the user will order after fixing it.
        area_km2 = _cached_area_km2(_cached_repair(geometry)[0])
        notes.append(f"The invalid outline was measured as repaired: {text.km2(area_km2)}.")
    parts = geo.polygon_parts(geometry)
    if len(parts) > 1:
        problems.append(_multipart_problem(parts, mergeable=not valid))
    holes = geo.hole_count(geometry)
    if holes:
        hole_area = max(geodesic_area_km2(geo.without_holes(geometry)) - area_km2, 0.0)
        problems.append(AoiProblem(HOLES, (
            f"The area has {text.plural(holes, 'hole')} ({text.km2(hole_area)} in total); "
            "OneAtlas does not accept polygons with holes."),
            AoiFix(REMOVE_HOLES, f"Fill the holes (adds {text.km2(hole_area)}, "
                                 f"{text.percent(_percent(hole_area, area_km2))})")))
    if vertex_count > MAX_VERTICES:
        where = " (all parts together)" if len(parts) > 1 else ""
        problems.append(AoiProblem(TOO_MANY_VERTICES, (
            f"The area has {text.plural(vertex_count, 'vertex', 'vertices')}{where}; OneAtlas accepts at "
            f"most {text.count(MAX_VERTICES)}."),
            AoiFix(SIMPLIFY, f"Simplify the outline to at most {text.count(MAX_VERTICES)} vertices"),
            (AoiFix(CONVEX_HULL, "Replace the area by its convex hull"),)))
    return report(area_km2)


def _validity_problem(geometry: BaseGeometry) -> AoiProblem:
    explanation = _validity_reason(geometry) or ""
    match = _VALIDITY_PATTERN.match(explanation)
    reason = match.group("reason") if match else explanation
    words = _VALIDITY_REASONS.get(reason, reason.lower() or "the geometry is invalid")
    where = ""
    if match and match.group("x"):
        try:
            where = f" near {text.lon_lat(float(match.group('x')), float(match.group('y')))}"
        except ValueError:
            where = ""
    code = SELF_INTERSECTION if "Self-intersection" in reason else INVALID
    return AoiProblem(code, (
        f"The polygon is not valid: {words}{where}. OneAtlas rejects invalid and self-intersecting "
        "polygons."), AoiFix(MAKE_VALID, "Repair the outline (make valid)"))


def _multipart_problem(parts: List[Polygon], mergeable: bool) -> AoiProblem:
    """mergeable: whether merging can give one polygon. The parts of a VALID multipolygon touch at most at
    points, so their union never is one polygon; only overlapping or edge-sharing parts (invalid) merge."""
    areas = sorted((geodesic_area_km2(part) for part in parts), reverse=True)
    total = sum(areas)
    shown = ", ".join(text.km2(area) for area in areas[:5]) + (", ..." if len(areas) > 5 else "")
    message = (f"The area has {text.count(len(parts))} separate parts ({shown}); OneAtlas accepts a single "
               "polygon per order. Order the parts separately, or merge them into one polygon.")
    if mergeable and geo.union_if_single(parts) is not None:
        merge = AoiFix(UNION_PARTS, "Merge the touching parts into one polygon")
        return AoiProblem(MULTIPART, message, merge)
    dropped = total - areas[0]
    hull_added = max(geodesic_area_km2(geo.convex_hull_polygon(geo.from_parts(parts))) - total, 0.0)
    keep_largest = AoiFix(KEEP_LARGEST_PART, (
        f"Keep only the largest part ({text.km2(areas[0])}), dropping {text.km2(dropped)} "
        f"({text.percent(-_percent(dropped, total))})"))
    hull = AoiFix(CONVEX_HULL, (f"Replace the parts by their convex hull, adding {text.km2(hull_added)} "
                                f"({text.percent(_percent(hull_added, total))})"))
    # Suggest whichever changes the ordered area less; the other stays available.
    if dropped <= hull_added:
        return AoiProblem(MULTIPART, message, keep_largest, (hull,))
    return AoiProblem(MULTIPART, message, hull, (keep_largest,))


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
        message = (f"The area is {text.km2(area_km2)}, below this product's minimum order area of "
                   f"{text.km2(minimum_order_area_km2)}: you will be billed for {text.km2(billed)}.")
    else:
        message = (f"The area is {text.km2(area_km2)}, at or above this product's minimum order area of "
                   f"{text.km2(minimum_order_area_km2)}: you are billed for the area itself.")
    return MinimumAreaReport(area_km2, float(minimum_order_area_km2), applies, billed, message)


# --- fixes --------------------------------------------------------------------------------------------------

def apply_fix(geometry: BaseGeometry, fix: Union[AoiFix, str], crs=WGS84) -> FixResult:
    """Apply one fix (an AoiFix or its code) to a geometry (normally ``report.geometry``, in WGS84).
    Raises ValueError when the fix does not apply to this geometry."""
    code = fix.code if isinstance(fix, AoiFix) else str(fix)
    shape, _notes, blocking = _as_polygonal(geometry)
    if blocking:
        raise ValueError(blocking.message)
    shape = to_wgs84(shape, crs)
    before = _cached_area_km2(shape)
    parts = geo.polygon_parts(shape)

    if code == MAKE_VALID:
        fixed, method = _cached_repair(shape)
        after = _cached_area_km2(fixed)
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
            raise ValueError("The parts do not touch along an edge or overlap, so they cannot be merged into "
                             "one polygon.")
        after = _cached_area_km2(fixed)
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
            fixed, _tolerance = geo.simplify_to_limit(fixed, MAX_VERTICES)
            description += f" (simplified to {text.count(geo.exterior_positions(fixed))} vertices)"
        after = _cached_area_km2(fixed)
        description += (f", adding {text.km2(max(after - before, 0.0))} "
                        f"({text.percent(_percent(after - before, before))}).")
    elif code == REMOVE_HOLES:
        holes = geo.hole_count(shape)
        fixed = geo.without_holes(shape)
        after = _cached_area_km2(fixed)
        description = (f"Filled {text.plural(holes, 'hole')}, adding {text.km2(after - before)} "
                       f"({text.percent(_percent(after - before, before))}).")
    elif code == SIMPLIFY:
        fixed, description, after = _simplify(shape, before)
    else:
        raise ValueError(f"Unknown AOI fix {code!r}.")
    if code in (KEEP_LARGEST_PART, REMOVE_HOLES) and _is_valid(shape):
        _VALIDITY.put(fixed, None)  # a part of a valid polygon, or its outline alone, is valid too
    return FixResult(fixed, code, description, before, after)


def _simplify(shape: BaseGeometry, before: float) -> Tuple[BaseGeometry, str, float]:
    vertices_before = geo.exterior_positions(shape)
    fixed, tolerance = geo.simplify_to_limit(shape, MAX_VERTICES)
    last_resort = ""
    if fixed.is_empty or geo.exterior_positions(fixed) > MAX_VERTICES or not _is_valid(fixed):
        # Simplification could not get under the limit with a valid result: the convex hull (itself
        # simplified) always can, at the price of added area, which the description states.
        fixed, _tolerance = geo.simplify_to_limit(geo.convex_hull_polygon(shape), MAX_VERTICES)
        last_resort = " Simplification alone could not reach the limit, so the convex hull was used."
    after = _cached_area_km2(fixed)
    metres = tolerance * METRES_PER_DEGREE
    description = (f"Simplified the outline from {text.count(vertices_before)} to "
                   f"{text.count(geo.exterior_positions(fixed))} vertices (tolerance about "
                   f"{_metres(metres)}): the area changed by {text.signed_km2(after - before)} "
                   f"({text.percent(_percent(after - before, before))}).{last_resort}")
    return fixed, description, after


def _metres(metres: float) -> str:
    if metres < 1:
        return f"{metres * 100:.0f} cm"
    if metres < 1000:
        return f"{metres:.0f} m" if metres >= 10 else f"{metres:.1f} m"
    return f"{metres / 1000:.1f} km"


def _change(before: float, after: float) -> str:
    """', a change of +1.20 km² (+0.8%)' style suffix, or '' when nothing changed."""
    delta = after - before
    if delta == 0:
        return ", with no change of area"
    if before <= 0:
        return f", a change of {text.signed_km2(delta)}"
    return f", a change of {text.signed_km2(delta)} ({text.percent(_percent(delta, before))})"


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


# --- small caches, so that a check followed by fixes does not redo the same work on a big geometry --------

class _IdentityCache:
    """Values computed for the last few geometry OBJECTS. Identity, not equality: cheap and exact (shapely
    geometries are immutable), and a check followed by apply_fix passes the very same object."""

    def __init__(self, size: int):
        self._size = size
        self._entries: List[tuple] = []

    def get(self, geometry: BaseGeometry, compute):
        for cached_geometry, value in list(self._entries):
            if cached_geometry is geometry:
                return value
        value = compute(geometry)
        self.put(geometry, value)
        return value

    def put(self, geometry: BaseGeometry, value) -> None:
        self._entries.insert(0, (geometry, value))
        del self._entries[self._size:]


_AREAS = _IdentityCache(4)
_VALIDITY = _IdentityCache(4)
_REPAIRS = _IdentityCache(2)


def _cached_area_km2(geometry: BaseGeometry) -> float:
    return _AREAS.get(geometry, geodesic_area_km2)


def _is_valid(geometry: BaseGeometry) -> bool:
    return _validity_reason(geometry) is None


def _validity_reason(geometry: BaseGeometry) -> Optional[str]:
    """None when valid, else GEOS's explanation ("Self-intersection[x y]"). One validity run per geometry:
    explain_validity answers both questions, and GEOS's check can cost 250 ms on a jagged outline."""
    return _VALIDITY.get(geometry, _compute_validity_reason)


def _compute_validity_reason(geometry: BaseGeometry) -> Optional[str]:
    if geo.proven_valid(geometry):
        return None
    explanation = explain_validity(geometry)
    return None if explanation == _GEOS_VALID else explanation


_GEOS_VALID = "Valid Geometry"  # what GEOSisValidReason says of a valid geometry (shapely 1.8 and 2.x)


def _cached_repair(geometry: BaseGeometry) -> Tuple[BaseGeometry, str]:
    """make_valid once per geometry object: check_aoi measures the repaired area, apply_fix reuses it."""
    repaired = _REPAIRS.get(geometry, geo.make_valid_polygonal)
    if repaired[1] == "make_valid":
        _VALIDITY.put(repaired[0], None)  # make_valid_polygonal checked it
    return repaired
