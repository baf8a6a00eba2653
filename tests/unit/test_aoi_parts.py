"""core.aoi_parts: "Fix all" never drops area, one order per part, the area a fix changes, and enlarging an
AOI to a product's minimum around its centre."""

from shapely.geometry import MultiPolygon, box

from oneatlas_ppo.core import aoi as rules
from oneatlas_ppo.core.aoi_parts import (
    enlarge_to_minimum,
    fix_all_keeping_area,
    fix_area_change_km2,
    per_part,
)

# Two districts 5 km apart: the largest keeps ~57 % of the area (core.aoi.fix_all would drop the rest).
BIG = box(1.40, 43.57, 1.46, 43.61)
SMALL = box(1.52, 43.57, 1.565, 43.61)
TWO_DISTRICTS = MultiPolygon([BIG, SMALL])


def test_core_fix_all_keeps_the_largest_part_but_fix_all_keeping_area_drops_nothing():
    before = rules.geodesic_area_km2(TWO_DISTRICTS)
    suggested = rules.check_aoi(TWO_DISTRICTS).problem(rules.MULTIPART).fix.code
    assert suggested == rules.KEEP_LARGEST_PART  # the trap the issue describes
    result = fix_all_keeping_area(TWO_DISTRICTS)
    assert result.ok and result.geometry.geom_type == "Polygon"
    assert [step.fix_code for step in result.steps] == [rules.CONVEX_HULL]
    assert result.geometry.covers(TWO_DISTRICTS)
    assert rules.geodesic_area_km2(result.geometry) > before
    assert "adding" in result.steps[0].description


def test_fix_area_change_says_what_each_multipart_fix_adds_or_drops():
    before = rules.geodesic_area_km2(TWO_DISTRICTS)
    dropped = fix_area_change_km2(TWO_DISTRICTS, rules.KEEP_LARGEST_PART)
    added = fix_area_change_km2(TWO_DISTRICTS, rules.CONVEX_HULL)
    assert dropped < 0 and abs(dropped + rules.geodesic_area_km2(SMALL)) < 1e-6 * before
    assert added > 0


def test_per_part_lists_each_part_largest_first_with_its_own_check():
    parts = per_part(TWO_DISTRICTS, minimum_order_area_km2=None)
    assert parts.ok and len(parts.parts) == 2
    assert parts.parts[0].equals(BIG) and parts.areas_km2[0] > parts.areas_km2[1]
    assert abs(parts.total_km2 - rules.geodesic_area_km2(TWO_DISTRICTS)) < 1e-6
    assert not per_part(BIG).ok  # one part: nothing to split


def test_enlarge_to_minimum_grows_the_aoi_around_its_centre_to_the_minimum():
    small = box(1.44, 43.60, 1.47, 43.62)  # about 5 km²
    assert rules.geodesic_area_km2(small) < 25
    grown = enlarge_to_minimum(small, 25.0)
    area = rules.geodesic_area_km2(grown)
    assert 25.0 <= area < 25.0 * 1.01
    assert grown.contains(small)
    assert grown.centroid.distance(small.centroid) < 1e-6
    assert rules.check_aoi(grown, minimum_order_area_km2=25).minimum_area.applies is False
    assert enlarge_to_minimum(BIG, 10.0) is BIG  # already above: unchanged
