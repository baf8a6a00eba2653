"""AOI rules that never drop area behind the user's back, on top of the public ``core.aoi`` API.

- ``fix_all_keeping_area``: "Fix all" as ``core.aoi.fix_all``, except that a multi-part area is replaced by
  its convex hull (area added, and said) instead of keeping its largest part (area dropped);
- ``per_part``: whether each part of a multi-part area would be accepted alone, so that it can be ordered
  as one order per part;
- ``fix_area_change_km2``: what a fix adds (+) or drops (-), for the words on its button;
- ``enlarge_to_minimum``: the AOI grown around its centre to a product's minimum order area (what is
  billed anyway).

Geometries are WGS84 lon/lat shapely objects. Plain Python: no QGIS import here.
"""

from dataclasses import dataclass
from typing import List, Optional, Tuple

from shapely import affinity
from shapely.geometry.base import BaseGeometry

from . import aoi as rules
from .aoi_geometry import polygon_parts

# The enlarged AOI is aimed a hair above the minimum, so that rounding the coordinates sent (1 cm) or the
# server's own area computation never puts it just under.
ENLARGE_MARGIN = 1.002


def fix_all_keeping_area(geometry: BaseGeometry, minimum_order_area_km2: Optional[float] = None,
                         max_steps: int = 8) -> rules.FixAllResult:
    """Apply the suggested fixes one after the other, choosing for each problem a fix that drops no area:
    a multi-part area becomes its convex hull, never its largest part."""
    first = rules.check_aoi(geometry, rules.WGS84, minimum_order_area_km2)
    report, current, steps = first, first.geometry, []
    for _step in range(max_steps):
        fix = next((chosen for chosen in (_keeping_area(problem) for problem in report.problems) if chosen),
                   None)
        if fix is None or (steps and steps[-1].fix_code == fix.code):
            break  # nothing left to fix, or the last fix did not cure its problem: stop rather than loop
        result = rules.apply_fix(current, fix)
        steps.append(result)
        current = result.geometry
        report = rules.check_aoi(current, rules.WGS84, minimum_order_area_km2)
    return rules.FixAllResult(current, tuple(steps), report, first)


def _keeping_area(problem) -> Optional[rules.AoiFix]:
    fixes = [fix for fix in problem.fixes if fix.code != rules.KEEP_LARGEST_PART]
    return fixes[0] if fixes else None


def fix_area_change_km2(geometry: BaseGeometry, fix) -> Optional[float]:
    """The area a fix adds (positive) or drops (negative), in km²; None when it cannot be applied."""
    try:
        result = rules.apply_fix(geometry, fix)
    except ValueError:
        return None
    return result.area_after_km2 - result.area_before_km2


@dataclass(frozen=True)
class PartsReport:
    """A multi-part area seen as one order per part: each part (largest first), its area and its check."""

    parts: Tuple[BaseGeometry, ...]
    areas_km2: Tuple[float, ...]
    reports: Tuple[rules.AoiReport, ...]

    @property
    def ok(self) -> bool:
        """True when there are several parts and OneAtlas would accept each one alone."""
        return len(self.parts) > 1 and all(report.ok for report in self.reports)

    @property
    def total_km2(self) -> float:
        return sum(self.areas_km2)


def per_part(geometry: BaseGeometry, minimum_order_area_km2: Optional[float] = None) -> PartsReport:
    parts: List[BaseGeometry] = polygon_parts(geometry)
    reports = [rules.check_aoi(part, rules.WGS84, minimum_order_area_km2) for part in parts]
    ordered = sorted(zip(parts, reports), key=lambda pair: -(pair[1].area_km2 or 0.0))
    return PartsReport(tuple(part for part, _ in ordered),
                       tuple(report.area_km2 or 0.0 for _, report in ordered),
                       tuple(report for _, report in ordered))


def enlarge_to_minimum(geometry: BaseGeometry, minimum_km2: float) -> BaseGeometry:
    """The AOI scaled up around its centre, keeping its shape, until it measures at least ``minimum_km2``
    on the ellipsoid (a few iterations: the scale is exact in a plane, nearly so on the Earth)."""
    area = rules.geodesic_area_km2(geometry)
    if area <= 0 or area >= minimum_km2:
        return geometry
    centre = geometry.centroid
    target = minimum_km2 * ENLARGE_MARGIN
    shape = geometry
    for _ in range(6):
        factor = (target / rules.geodesic_area_km2(shape)) ** 0.5
        shape = affinity.scale(shape, factor, factor, origin=centre)
        if rules.geodesic_area_km2(shape) >= minimum_km2:
            break
    return shape
