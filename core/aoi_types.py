"""The AOI check's vocabulary: stable problem and fix codes, the report and fix result types, and the errors
that the AOI functions raise (OneAtlasError subclasses that are also ValueError, for older callers).

Re-exported by core.aoi, which is what callers import.
"""

from dataclasses import dataclass, field
from typing import List, Optional, Tuple

from shapely.geometry.base import BaseGeometry

from .errors import InvalidAoiError, OneAtlasError

# One count everywhere a user reads it: VERTICES are the corners an analyst draws, WITHOUT the closing
# position that a GeoJSON ring repeats (a square has 4). The API notes (section 5.1, from the Airbus guide
# "g-odp-spot-pleiade-tasking", AOI Tutorial) list "<= 999 vertices" next to ">= 4 positions" and "first
# point equals last point" without saying whether the 999 includes the repeated closing position. That is
# ambiguous, so we take the safe reading: 999 POSITIONS in the ring array (what the server sees in the
# JSON), closing one included, hence at most 998 vertices per polygon. If the server counts corners, we stay
# one below its limit, never above. Holes are a separate rule (forbidden), so their vertices are not counted.
MAX_POSITIONS = 999  # exterior ring positions sent, the closing one included (the check's safe side)
MAX_VERTICES = MAX_POSITIONS - 1  # corners per polygon: the number every sentence and count states

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
INVALID_GEOJSON = "invalid_geojson"  # added for issue 10: unreadable GeoJSON input
UNSUPPORTED_CRS = "unsupported_crs"  # vertical, geocentric or local CRS: no horizontal position
TOO_SMALL = "too_small"  # narrower than a pixel: rounding to the decimals sent would distort it
INVALID_AFTER_ROUNDING = "invalid_after_rounding"  # valid as drawn, not once rounded as sent

# Stable fix codes.
MAKE_VALID = "make_valid"
UNION_PARTS = "union_parts"
KEEP_LARGEST_PART = "keep_largest_part"
CONVEX_HULL = "convex_hull"
REMOVE_HOLES = "remove_holes"
SIMPLIFY = "simplify"
ROUND_AND_REPAIR = "round_and_repair"

METRES_PER_DEGREE = 111_320.0  # one degree of latitude, near enough to show a tolerance in metres


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
    corners of every part's exterior ring, without the repeated closing position (a square has 4);
    ``notes`` are informational sentences."""

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


class AoiFixError(OneAtlasError, ValueError):
    """A fix that does not apply to this geometry (also a ValueError, as apply_fix always raised)."""


class AoiGeoJsonError(InvalidAoiError, ValueError):
    """to_geojson refused: the geometry would not reach OneAtlas as one valid Polygon. ``problems`` holds
    the AoiProblem(s) in words (also a ValueError, as to_geojson always raised)."""
