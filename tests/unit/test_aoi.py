"""The OneAtlas AOI rules as a GIS analyst meets them: what is wrong, in words and numbers, what each fix did.

Plain shapely/pyproj, no QGIS:
``.venv/bin/python -m pytest -p no:pytest_qgis -q tests/unit/test_aoi.py``.
"""

import math

import numpy as np
import pytest
from pyproj import CRS
from shapely.geometry import (
    GeometryCollection,
    LinearRing,
    LineString,
    MultiPolygon,
    Point,
    Polygon,
    box,
)

from oneatlas_ppo.core import aoi, aoi_text


def circle(vertex_positions, radius=0.1, center=(2.35, 48.85)):
    """A lon/lat circle whose exterior ring holds vertex_positions positions (closing one included)."""
    angles = np.linspace(0, 2 * np.pi, vertex_positions - 1, endpoint=False)
    return Polygon(np.column_stack([center[0] + radius * np.cos(angles),
                                    center[1] + radius * np.sin(angles)]))


def wiggly_outline(vertex_positions, center=(2.35, 48.85), radius=0.05, seed=1):
    """A smooth, coastline-like outline (sum of sinusoids), valid, with vertex_positions positions."""
    rng = np.random.default_rng(seed)
    angles = np.linspace(0, 2 * np.pi, vertex_positions - 1, endpoint=False)
    radii = np.ones_like(angles)
    for k in range(1, 200):
        radii += (0.3 / k) * np.sin(k * angles + rng.uniform(0, 2 * np.pi))
    radii = radius * (radii - radii.min() + 0.2)
    return Polygon(np.column_stack([center[0] + radii * np.cos(angles), center[1] + radii * np.sin(angles)]))


# --- a valid AOI and the geodesic area ----------------------------------------------------------------------

def test_a_valid_square_passes_every_rule():
    report = aoi.check_aoi(box(2.3, 48.8, 2.4, 48.9))
    assert report.ok
    assert report.problems == ()
    assert report.vertex_count == 4  # its corners: the GeoJSON ring's repeated closing position is not one
    assert report.summary().startswith("The area follows the OneAtlas AOI rules.")


def test_geodesic_area_of_a_tenth_of_a_degree_square_at_the_equator():
    # On the WGS84 ellipsoid 0.1° of longitude is 11.132 km and 0.1° of latitude 11.057 km at the equator:
    # 123.09 km² (a sphere of radius 6371 km would give the often quoted 123.6 km²).
    area = aoi.geodesic_area_km2(box(0, -0.05, 0.1, 0.05))
    assert area == pytest.approx(11.1319 * 11.0574, rel=2e-4)
    assert aoi.check_aoi(box(0, -0.05, 0.1, 0.05)).area_km2 == pytest.approx(area)


def test_geodesic_area_ignores_ring_orientation_and_subtracts_holes():
    clockwise = Polygon(list(box(0, 0, 1, 1).exterior.coords)[::-1])
    assert aoi.geodesic_area_km2(clockwise) == pytest.approx(aoi.geodesic_area_km2(box(0, 0, 1, 1)))
    donut = box(0, 0, 1, 1).difference(box(0.25, 0.25, 0.75, 0.75))
    expected = aoi.geodesic_area_km2(box(0, 0, 1, 1)) - aoi.geodesic_area_km2(box(0.25, 0.25, 0.75, 0.75))
    assert aoi.geodesic_area_km2(donut) == pytest.approx(expected)


# --- coordinate reference systems ---------------------------------------------------------------------------

def test_lambert93_square_is_converted_to_known_longitude_latitude():
    # (700 000, 6 600 000) is Lambert-93's projection origin: longitude 3°, latitude 46.5°.
    square = box(695_000, 6_595_000, 705_000, 6_605_000)
    report = aoi.check_aoi(square, crs="EPSG:2154")
    assert report.ok
    center = report.geometry.centroid
    assert center.x == pytest.approx(3.0, abs=1e-4)
    assert center.y == pytest.approx(46.5, abs=1e-4)
    # 10 km x 10 km on the map; Lambert-93 shrinks distances by ~0.1% there, so the ground area is a bit more.
    assert report.area_km2 == pytest.approx(100.2, abs=0.3)
    # PROJ names the CRS "RGF93 v1 / Lambert-93" (9.1) or "ETRS89-FRA [RGF93 v1] / Lambert-93" (9.7)
    assert report.notes[0].startswith("Converted from EPSG:2154 (")
    assert report.notes[0].endswith("Lambert-93) to WGS84 longitude/latitude.")


def test_utm_input_given_as_a_number_or_a_pyproj_crs():
    square = box(499_000, 0, 501_000, 2_000)  # UTM 31N: x 500 000 is longitude 3°, y 0 the equator
    for crs in (32631, CRS.from_epsg(32631), "EPSG:32631"):
        report = aoi.check_aoi(square, crs=crs)
        assert report.ok
        min_lon, min_lat, max_lon, max_lat = report.geometry.bounds
        assert (min_lat, (min_lon + max_lon) / 2) == pytest.approx((0.0, 3.0), abs=1e-9)
        assert report.area_km2 == pytest.approx(4.0, rel=2e-3)  # UTM scale 0.9996 at the central meridian


def test_an_unknown_crs_is_reported_not_raised():
    report = aoi.check_aoi(box(0, 0, 1, 1), crs="EPSG:99999")
    assert report.codes == ("unknown_crs",)
    assert report.problems[0].message == (
        "The coordinate reference system 'EPSG:99999' is unknown, so the area cannot be placed on the Earth. "
        "Set the layer's coordinate reference system.")
    assert report.problems[0].fix is None


def test_points_outside_the_projection_cannot_be_converted():
    orthographic = "+proj=ortho +lat_0=0 +lon_0=0 +ellps=WGS84"  # a disc of radius ~6 378 km
    report = aoi.check_aoi(box(6_000_000, 0, 7_000_000, 100_000), crs=orthographic)
    assert report.codes == ("transform_failed",)
    assert report.problems[0].message.startswith("3 vertices could not be converted from")
    assert report.area_km2 is None


def test_z_coordinates_are_dropped():
    report = aoi.check_aoi(Polygon([(0, 0, 5), (1, 0, 5), (1, 1, 5), (0, 0, 5)]))
    assert report.ok
    assert not report.geometry.has_z


# --- geometry types -------------------------------------------------------------------------------------

@pytest.mark.parametrize("geometry", [None, Polygon(), MultiPolygon(), GeometryCollection()])
def test_empty_geometry(geometry):
    report = aoi.check_aoi(geometry)
    assert report.codes == ("empty",)
    assert report.problems[0].message == "The area is empty: it has no coordinates."
    assert not report.fixable


def test_an_open_line_is_not_an_area():
    report = aoi.check_aoi(LineString([(0, 0), (1, 1), (2, 0)]))
    assert report.codes == ("not_an_area",)
    assert report.problems[0].message == ("The geometry is a line that is not closed (LineString); OneAtlas "
                                          "needs a polygon that encloses an area.")


def test_a_point_is_not_an_area():
    assert aoi.check_aoi(Point(1, 1)).problems[0].message == (
        "The geometry is a point (Point); OneAtlas needs a polygon that encloses an area.")


@pytest.mark.parametrize("outline", [LineString([(0, 0), (1, 0), (1, 1), (0, 0)]),
                                     LinearRing([(0, 0), (1, 0), (1, 1)])])
def test_a_closed_line_is_read_as_the_polygon_it_encloses(outline):
    report = aoi.check_aoi(outline)
    assert report.ok
    assert report.geometry.geom_type == "Polygon"
    assert report.area_km2 == pytest.approx(aoi.geodesic_area_km2(Polygon([(0, 0), (1, 0), (1, 1)])))
    assert report.notes[0].startswith("The closed line (")


def test_points_and_lines_of_a_collection_are_left_out_with_a_note():
    report = aoi.check_aoi(GeometryCollection([box(0, 0, 1, 1), Point(3, 3), LineString([(0, 0), (5, 5)])]))
    assert report.ok
    assert report.geometry.equals(box(0, 0, 1, 1))
    assert report.notes == ("Left out 2 points or lines of the GeometryCollection (points and lines have "
                            "no area).",)


def test_a_collapsed_outline_has_zero_area():
    report = aoi.check_aoi(Polygon([(0, 0), (1, 1), (2, 2), (0, 0)]))
    assert report.codes == ("zero_area",)
    assert report.problems[0].message.startswith("The area measures 0 km²: its outline is collapsed")
    assert report.area_km2 == 0.0


# --- coordinate ranges and the antimeridian --------------------------------------------------------------

def test_coordinates_beyond_the_valid_ranges():
    report = aoi.check_aoi(box(190, 10, 191, 11))
    assert report.codes == ("coordinates_out_of_range",)
    assert report.problems[0].message == (
        "5 vertices lie outside longitude -180..180 / latitude -90..90 (first at 191.00000, 10.00000). "
        "Check the layer's coordinate reference system.")
    assert report.problems[0].fix is None
    assert report.area_km2 is None


def test_projected_metres_read_as_degrees_are_out_of_range():
    report = aoi.check_aoi(box(650_000, 6_860_000, 660_000, 6_870_000))  # Lambert-93 values, no CRS given
    assert "coordinates_out_of_range" in report.codes


def test_an_outline_wrapped_at_the_antimeridian():
    report = aoi.check_aoi(Polygon([(179.5, 0), (-179.5, 0), (-179.5, 1), (179.5, 1)]))
    assert report.codes == ("crosses_antimeridian",)
    assert report.problems[0].message.startswith("The area crosses the antimeridian (longitude 180°)")
    assert report.problems[0].fix is None


def test_a_utm_zone_60_square_across_180_degrees_is_caught_after_conversion():
    report = aoi.check_aoi(box(820_000, 0, 850_000, 30_000), crs="EPSG:32660")
    assert report.codes == ("crosses_antimeridian",)


def test_an_outline_drawn_past_180_is_out_of_range_and_crosses():
    assert aoi.check_aoi(box(179, 0, 181, 1)).codes == ("coordinates_out_of_range", "crosses_antimeridian")


# --- validity -------------------------------------------------------------------------------------------

def test_self_intersecting_outline_and_its_repair():
    bowtie = Polygon([(0, 0), (0.1, 0.1), (0.1, 0), (0, 0.1)])
    report = aoi.check_aoi(bowtie)
    assert report.codes == ("self_intersection",)
    assert report.problems[0].message == (
        "The polygon is not valid: the outline crosses itself near lon 0.05000, lat 0.05000. "
        "OneAtlas rejects invalid and self-intersecting polygons.")
    # The loops of a figure-of-eight cancel out when measured as drawn: the report measures the repair.
    triangles = aoi.geodesic_area_km2(box(0, 0, 0.1, 0.1)) / 2
    assert report.area_km2 == pytest.approx(triangles, rel=1e-3)
    assert report.problems[0].fix.code == "make_valid"

    result = aoi.apply_fix(report.geometry, report.problems[0].fix)
    assert result.geometry.is_valid
    assert result.geometry.geom_type == "MultiPolygon"
    assert result.description == ("Repaired the outline (make_valid): it now measures 61.5 km² in 2 separate "
                                  "parts (the invalid outline measured 0 km² as drawn).")
    assert result.area_change_percent is None  # nothing meaningful to compare with


def test_an_outline_touching_itself_is_invalid():
    pinched = Polygon([(0, 0), (2, 0), (1, 1), (2, 2), (0, 2), (1, 1), (0, 0)])
    report = aoi.check_aoi(pinched)
    assert report.codes == ("self_intersection",)  # a ring touching itself is a self-intersection too
    assert "the outline touches itself at a point near lon 1.00000, lat 1.00000" in report.problems[0].message
    result = aoi.apply_fix(report.geometry, "make_valid")
    assert result.geometry.is_valid
    assert result.area_change_km2 == pytest.approx(0.0, abs=1e-6)


def test_a_spike_is_removed_by_the_repair_without_changing_the_area():
    spiked = Polygon([(0, 0), (1, 0), (1, 0.5), (1.5, 0.5), (1, 0.5), (1, 1), (0, 1)])
    result = aoi.apply_fix(spiked, "make_valid")
    assert result.geometry.geom_type == "Polygon" and result.geometry.is_valid
    assert result.area_after_km2 == pytest.approx(aoi.geodesic_area_km2(box(0, 0, 1, 1)))


# --- one polygon ------------------------------------------------------------------------------------------

def test_separate_parts_keep_the_largest():
    parts = MultiPolygon([box(0, 0, 0.1, 0.1), box(1, 1, 1.02, 1.02)])
    report = aoi.check_aoi(parts)
    assert report.codes == ("multipart",)
    assert report.problems[0].message == (
        "The area has 2 separate parts (123.1 km², 4.92 km²); OneAtlas accepts a single polygon per order. "
        "Order the parts separately, or merge them into one polygon.")
    fix = report.problems[0].fix
    assert fix.code == "keep_largest_part"
    assert fix.label == "Keep only the largest part (123.1 km²), dropping 4.92 km² (-3.8%)"
    assert [alternative.code for alternative in report.problems[0].alternatives] == ["convex_hull"]

    result = aoi.apply_fix(report.geometry, fix)
    assert result.geometry.equals(box(0, 0, 0.1, 0.1))
    assert result.description == ("Kept the largest of the 2 parts (123.1 km²) and dropped 1 part totalling "
                                  "4.92 km² (-3.8%).")
    assert result.area_change_km2 == pytest.approx(-4.92, abs=0.01)
    assert aoi.check_aoi(result.geometry).ok


def test_close_parts_suggest_the_convex_hull_when_it_adds_less_than_dropping_a_part():
    parts = MultiPolygon([box(0, 0, 0.1, 0.1), box(0.101, 0, 0.2, 0.1)])
    problem = aoi.check_aoi(parts).problems[0]
    assert problem.fix.code == "convex_hull"
    assert problem.fix.label == "Replace the parts by their convex hull, adding 1.23 km² (+0.5%)"
    result = aoi.apply_fix(parts, problem.fix)
    assert result.geometry.geom_type == "Polygon"
    assert result.description == "Replaced the area by its convex hull, adding 1.23 km² (+0.5%)."
    assert result.area_change_percent == pytest.approx(0.5, abs=0.05)


def test_parts_sharing_an_edge_are_merged():
    parts = MultiPolygon([box(0, 0, 0.1, 0.1), box(0.1, 0, 0.2, 0.1)])
    report = aoi.check_aoi(parts)
    # GEOS also calls a multipolygon whose parts share an edge invalid; either fix makes one polygon.
    assert report.problem("multipart").fix.code == "union_parts"
    result = aoi.apply_fix(report.geometry, report.problem("multipart").fix)
    assert result.geometry.equals(box(0, 0, 0.2, 0.1))
    assert result.description.startswith("Merged the 2 parts into one polygon of 246.2 km²")


def test_merging_parts_that_do_not_touch_is_refused():
    with pytest.raises(ValueError, match="cannot be merged"):
        aoi.apply_fix(MultiPolygon([box(0, 0, 1, 1), box(3, 3, 4, 4)]), "union_parts")


# --- holes ------------------------------------------------------------------------------------------------

def test_holes_are_reported_with_their_area_and_filled():
    holes = [box(0.02, 0.02, 0.04, 0.04).exterior.coords, box(0.06, 0.06, 0.08, 0.08).exterior.coords]
    donut = Polygon(box(0, 0, 0.1, 0.1).exterior.coords, holes)
    report = aoi.check_aoi(donut)
    assert report.codes == ("holes",)
    hole_area = 2 * aoi.geodesic_area_km2(box(0.02, 0.02, 0.04, 0.04))
    assert report.problems[0].message == (
        "The area has 2 holes (9.85 km² in total); OneAtlas does not accept polygons with holes.")
    assert report.problems[0].fix.label == "Fill the holes (adds 9.85 km², +8.7%)"
    result = aoi.apply_fix(report.geometry, report.problems[0].fix)
    assert result.geometry.equals(box(0, 0, 0.1, 0.1))
    assert result.area_change_km2 == pytest.approx(hole_area)
    assert result.description == "Filled 2 holes, adding 9.85 km² (+8.7%)."


# --- vertices ----------------------------------------------------------------------------------------------

def test_the_vertex_limit_is_998_corners_that_is_999_ring_positions_closing_one_included():
    # The API's "<= 999 vertices" read on the safe side: 999 positions sent, so 998 corners as drawn.
    assert aoi.MAX_POSITIONS == 999 and aoi.MAX_VERTICES == 998
    report = aoi.check_aoi(circle(999))
    assert report.ok and report.vertex_count == 998
    assert len(aoi.to_geojson(report.geometry)["coordinates"][0]) == 999
    report = aoi.check_aoi(circle(1000))
    assert report.codes == ("too_many_vertices",)
    assert report.vertex_count == 999


def test_too_many_vertices_in_words_and_the_simplification():
    polygon = circle(1205)  # 1 204 corners
    report = aoi.check_aoi(polygon)
    assert report.vertex_count == 1204
    assert report.problems[0].message == "The area has 1 204 vertices; OneAtlas accepts at most 998."
    assert report.problems[0].fix.label == "Simplify the outline to at most 998 vertices"
    result = aoi.apply_fix(report.geometry, report.problems[0].fix)
    corners = len(result.geometry.exterior.coords) - 1
    # Douglas-Peucker drops a regular circle's vertices in big steps, hence well under the limit here.
    assert 500 <= corners <= 998
    assert result.description.startswith(f"Simplified the outline from 1 204 to {corners} vertices "
                                         "(the dropped vertices lie within about ")
    assert abs(result.area_change_percent) < 0.01
    assert f"({aoi_text.percent(result.area_change_percent)})." in result.description
    after = aoi.check_aoi(result.geometry)
    assert after.ok and after.vertex_count == corners  # the description and the new check count alike


def test_a_multi_part_area_counts_the_corners_of_all_its_parts():
    report = aoi.check_aoi(MultiPolygon([circle(601), circle(401, center=(3.35, 48.85))]))
    assert report.vertex_count == 1000
    message = next(problem.message for problem in report.problems if problem.code == "too_many_vertices")
    assert message == "The area has 1 000 vertices (all parts together); OneAtlas accepts at most 998."


def test_a_100000_vertex_outline_is_simplified_with_a_tiny_area_change():
    polygon = wiggly_outline(100_000)
    result = aoi.fix_all(polygon)
    assert result.ok
    assert [step.fix_code for step in result.steps] == ["simplify"]
    assert result.report.vertex_count <= 998
    assert abs(result.steps[0].area_change_percent) < 0.5


def test_simplifying_keeps_holes_and_parts_as_they_are():
    ring_with_hole = Polygon(circle(3000, radius=0.2).exterior.coords,
                             [circle(2000, radius=0.05).exterior.coords])
    result = aoi.apply_fix(ring_with_hole, "simplify")
    assert result.geometry.is_valid
    assert len(result.geometry.interiors) == 1


def test_the_convex_hull_of_a_detailed_outline_is_simplified_too():
    result = aoi.apply_fix(circle(5000), "convex_hull")
    corners = len(result.geometry.exterior.coords) - 1
    assert corners <= 998
    assert f"(simplified to {aoi_text.count(corners)} vertices)" in result.description
    assert aoi.check_aoi(result.geometry).ok


def test_an_unknown_fix_is_refused():
    with pytest.raises(ValueError, match="Unknown AOI fix 'paint_it_blue'"):
        aoi.apply_fix(box(0, 0, 1, 1), "paint_it_blue")


# --- minimum order area -------------------------------------------------------------------------------------

def test_an_area_below_the_product_minimum_is_billed_at_the_minimum():
    report = aoi.check_aoi(box(0, -0.05, 0.1, 0.05), minimum_order_area_km2=500)
    assert report.ok  # information, not a problem
    minimum = report.minimum_area
    assert minimum.applies
    assert minimum.billed_area_km2 == 500
    assert minimum.message == ("The area is 123.1 km², below this product's minimum order area of 500 km²: "
                               "you will be billed for 500 km².")
    assert minimum.message in report.summary()


def test_an_area_above_the_product_minimum_is_billed_as_it_is():
    minimum = aoi.check_aoi(box(0, -0.05, 0.1, 0.05), minimum_order_area_km2=100).minimum_area
    assert not minimum.applies
    assert minimum.billed_area_km2 == pytest.approx(123.09, abs=0.01)
    assert minimum.message == ("The area is 123.1 km², at or above this product's minimum order area of "
                               "100 km²: you are billed for the area itself.")


@pytest.mark.parametrize("minimum", [None, 0])
def test_no_minimum_no_report(minimum):
    assert aoi.check_aoi(box(0, 0, 0.1, 0.1), minimum_order_area_km2=minimum).minimum_area is None


# --- fix everything ----------------------------------------------------------------------------------------

def test_fix_all_applies_the_fixes_in_order_until_the_area_passes():
    detailed_with_hole = Polygon(circle(3000, radius=0.2).exterior.coords,
                                 [box(2.3, 48.8, 2.32, 48.82).exterior.coords])
    messy = MultiPolygon([detailed_with_hole, box(5, 45, 5.01, 45.01)])
    result = aoi.fix_all(messy, minimum_order_area_km2=100)
    assert [step.fix_code for step in result.steps] == ["keep_largest_part", "remove_holes", "simplify"]
    assert result.ok
    assert result.geometry.geom_type == "Polygon"
    assert result.initial_report.codes == ("multipart", "holes", "too_many_vertices")
    assert result.report.minimum_area.applies is False
    assert len(result.descriptions) == 3


def test_fix_all_repairs_a_figure_of_eight_then_makes_one_polygon():
    result = aoi.fix_all(Polygon([(0, 0), (0.1, 0.1), (0.1, 0), (0, 0.1)]))
    assert [step.fix_code for step in result.steps][0] == "make_valid"
    assert result.ok and result.geometry.geom_type == "Polygon"


def test_fix_all_in_a_projected_crs_returns_longitude_latitude():
    hole = box(699_000, 6_599_000, 701_000, 6_601_000)
    square = box(695_000, 6_595_000, 705_000, 6_605_000).difference(hole)
    result = aoi.fix_all(square, crs="EPSG:2154")
    assert result.ok
    assert result.geometry.centroid.x == pytest.approx(3.0, abs=1e-3)
    assert result.geometry.centroid.y == pytest.approx(46.5, abs=1e-3)


def test_fix_all_leaves_problems_without_fix_to_the_user():
    result = aoi.fix_all(Polygon([(179.5, 0), (-179.5, 0), (-179.5, 1), (179.5, 1)]))
    assert result.steps == ()
    assert result.report.codes == ("crosses_antimeridian",)


# --- GeoJSON for the API -----------------------------------------------------------------------------------

def test_geojson_ring_is_closed_counter_clockwise_and_rounded():
    clockwise = Polygon([(0, 0), (0, 1.123456789), (1, 1), (1, 0)])
    geojson = aoi.to_geojson(clockwise)
    assert geojson == {"type": "Polygon",
                       "coordinates": [[[0.0, 0.0], [1.0, 0.0], [1.0, 1.0], [0.0, 1.1234568], [0.0, 0.0]]]}


def test_geojson_rounding_removes_the_duplicates_it_creates():
    nearly_doubled = Polygon([(0, 0), (1, 0), (1, 1), (1.00000001, 1.00000001), (0, 1)])
    ring = aoi.to_geojson(nearly_doubled)["coordinates"][0]
    assert ring == [[0.0, 0.0], [1.0, 0.0], [1.0, 1.0], [0.0, 1.0], [0.0, 0.0]]


def test_geojson_holes_run_clockwise():
    donut = box(0, 0, 1, 1).difference(box(0.4, 0.4, 0.6, 0.6))
    exterior, hole = aoi.to_geojson(donut)["coordinates"]

    def signed_area(ring):
        return sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:])) / 2

    assert signed_area(exterior) > 0 > signed_area(hole)


def test_geojson_needs_exactly_one_polygon():
    assert aoi.to_geojson(MultiPolygon([box(0, 0, 1, 1)]))["type"] == "Polygon"
    with pytest.raises(ValueError, match="exactly one polygon"):
        aoi.to_geojson(MultiPolygon([box(0, 0, 1, 1), box(2, 2, 3, 3)]))


def test_a_fixed_aoi_round_trips_through_geojson_within_a_centimetre():
    fixed = aoi.fix_all(box(695_000, 6_595_000, 705_000, 6_605_000), crs="EPSG:2154").geometry
    ring = np.asarray(aoi.to_geojson(fixed)["coordinates"][0])
    original = np.asarray(fixed.exterior.coords)
    if not fixed.exterior.is_ccw:
        original = original[::-1]
    assert np.abs(ring - original).max() < 1e-7
    assert math.isclose(aoi.geodesic_area_km2(Polygon(ring)), aoi.geodesic_area_km2(fixed), rel_tol=1e-6)


# --- the fast paths give the reference answers -----------------------------------------------------------

def test_big_rings_are_measured_like_pyproj_geod_does():
    from pyproj import Geod

    outline = wiggly_outline(50_000)  # many short edges: the equal-area fast path
    ring = np.asarray(outline.exterior.coords)
    geod_area, _ = Geod(ellps="WGS84").polygon_area_perimeter(ring[:, 0], ring[:, 1])
    assert aoi.geodesic_area_km2(outline) == pytest.approx(abs(geod_area) / 1e6, rel=1e-7)


def test_big_rings_with_long_edges_still_use_geodesics():
    from pyproj import Geod

    # 3 000 vertices along the bottom, then one 10-degree edge back: the long edge must be a geodesic
    bottom = np.column_stack([np.linspace(0, 10, 3000), np.full(3000, 40.0)])
    ring = np.vstack([bottom, [[10, 50], [0, 50], [0, 40]]])
    geod_area, _ = Geod(ellps="WGS84").polygon_area_perimeter(ring[:, 0], ring[:, 1])
    assert aoi.geodesic_area_km2(Polygon(ring)) == pytest.approx(abs(geod_area) / 1e6, rel=1e-9)


@pytest.mark.parametrize("outline", [
    [(0, 0), (0.1, 0.1), (0.1, 0), (0, 0.1)],                              # figure-of-eight
    [(0, 0), (4, 0), (4, 4), (1, 4), (1, 1), (3, 1), (3, 3), (0, 3)],      # a loop over itself
    [(math.cos(a), math.sin(a)) for a in np.arange(5) * 4 * math.pi / 5],  # pentagram
    [(0, 0), (1, 0), (1, 0.5), (1.5, 0.5), (1, 0.5), (1, 1), (0, 1)],      # spike
    [(0, 0), (1, 0), (1, 1), (2, 1), (2, 0), (1, 0), (1, 1), (0, 1)],      # two loops sharing an edge
])
def test_the_fast_repair_matches_geos_make_valid(outline):
    from shapely.validation import make_valid

    polygon = Polygon(outline)
    fast = aoi.apply_fix(polygon, "make_valid").geometry
    reference = make_valid(polygon)
    assert fast.is_valid
    assert fast.symmetric_difference(reference).area == pytest.approx(0.0, abs=1e-12)


def test_a_noisy_100000_vertex_outline_is_simplified_under_the_limit():
    rng = np.random.default_rng(3)
    angles = np.linspace(0, 2 * np.pi, 99_999, endpoint=False)
    radii = 0.05 * (1 + 0.02 * rng.random(angles.size))
    noisy = Polygon(np.column_stack([2.35 + radii * np.cos(angles), 48.85 + radii * np.sin(angles)]))
    result = aoi.apply_fix(noisy, "simplify")
    assert 500 <= len(result.geometry.exterior.coords) <= 999  # Douglas-Peucker counts move in steps
    assert result.geometry.is_valid
    assert abs(result.area_change_percent) < 1


def test_a_single_part_multipolygon_is_accepted():
    report = aoi.check_aoi(MultiPolygon([box(0, 0, 0.1, 0.1)]))
    assert report.ok
    assert aoi.to_geojson(report.geometry)["type"] == "Polygon"


def test_tiny_changes_stay_visible_in_words():
    assert aoi_text.percent(0.0000031) == "+<0.001%"
    assert aoi_text.percent(-0.004) == "-0.004%"
    assert aoi_text.percent(12.4) == "+12%"
    assert aoi_text.km2(0.0000014) == "1.4 m²"
    assert aoi_text.km2(1204.4) == "1 204 km²"
    assert aoi_text.count(100_000) == "100 000"


# --- the fast validity proof for star-shaped outlines (core.aoi_geometry.star_shaped_ring) ---------------
# It may only ever say "valid" when GEOS agrees; when it cannot prove it, GEOS decides (check_aoi's answer
# is GEOS's either way). These compare it with GEOS on rings built to break it.

def _ring(points):
    ring = np.asarray(points, dtype=float)
    return np.vstack([ring, ring[:1]])


def _star(count, seed, jitter=0.5, center=(2.35, 48.85), radius=0.05):
    rng = np.random.default_rng(seed)
    step = 2 * np.pi / count
    angles = np.arange(count) * step + rng.uniform(0, 0.9 * step, count)  # increasing, uneven
    radii = radius * (1 + jitter * rng.random(count))
    return np.column_stack([center[0] + radii * np.cos(angles), center[1] + radii * np.sin(angles)])


TRICKY_RINGS = {
    "figure-of-eight": [(0, 0), (1, 1), (1, 0), (0, 1)],
    "touching vertex (bow tie through a shared corner)": [(0, 0), (2, 0), (1, 1), (2, 2), (0, 2), (1, 1)],
    "touching vertex on an edge": [(0, 0), (4, 0), (4, 4), (2, 0.0), (0, 4)],
    "collinear overlap (edge doubling back)": [(0, 0), (3, 0), (3, 1), (2, 0), (1, 0), (0, 1)],
    "spike": [(0, 0), (1, 0), (1, 0.5), (1.5, 0.5), (1, 0.5), (1, 1), (0, 1)],
    "pentagram (turns one way, twice round)": [(math.cos(a), math.sin(a))
                                               for a in np.arange(5) * 4 * math.pi / 5],
    "twice round a circle": [(math.cos(a), math.sin(a))
                             for a in np.linspace(0, 4 * math.pi, 40, endpoint=False)],
    "repeated consecutive vertex (valid for GEOS)": [(0, 0), (1, 0), (1, 0), (1, 1), (0, 1)],
    "collinear vertices along an edge (valid)": [(0, 0), (1, 0), (2, 0), (2, 2), (0, 2)],
    "square (valid)": [(0, 0), (1, 0), (1, 1), (0, 1)],
    "clockwise square (valid)": [(0, 0), (0, 1), (1, 1), (1, 0)],
    "U shape, no point sees it whole (valid)": [(0, 0), (3, 0), (3, 3), (2, 3), (2, 1), (1, 1), (1, 3),
                                                (0, 3)],
    "triangle that collapsed onto a line": [(0, 0), (1, 1), (2, 2)],
}


@pytest.mark.parametrize("name", TRICKY_RINGS)
def test_the_star_proof_never_says_valid_when_geos_does_not(name):
    from oneatlas_ppo.core import aoi_geometry

    ring = _ring(TRICKY_RINGS[name])
    geos_valid = Polygon(ring).is_valid
    if aoi_geometry.star_shaped_ring(ring):
        assert geos_valid
    assert aoi_geometry.is_valid(Polygon(ring)) == geos_valid


def test_the_star_proof_proves_what_it_is_for():
    from oneatlas_ppo.core import aoi_geometry

    for name in ("square (valid)", "clockwise square (valid)", "collinear vertices along an edge (valid)"):
        assert aoi_geometry.star_shaped_ring(_ring(TRICKY_RINGS[name])), name
    jagged = _star(20_000, seed=5, jitter=0.02)
    assert aoi_geometry.star_shaped_ring(_ring(jagged))
    for name in ("figure-of-eight", "pentagram (turns one way, twice round)", "twice round a circle",
                 "U shape, no point sees it whole (valid)", "repeated consecutive vertex (valid for GEOS)"):
        assert not aoi_geometry.star_shaped_ring(_ring(TRICKY_RINGS[name])), name


def test_the_star_proof_agrees_with_geos_on_random_rings():
    """Random star-like rings (valid), the same with a few vertices moved at random (often crossing), and
    random point clouds walked in random order (almost always crossing)."""
    from oneatlas_ppo.core import aoi_geometry

    rng = np.random.default_rng(11)
    proven, invalid_seen = 0, 0
    for seed in range(150):
        star = _star(int(rng.integers(3, 300)), seed, jitter=float(rng.uniform(0, 1)))
        moved = star.copy()
        picks = rng.integers(0, len(moved), size=int(rng.integers(1, 4)))
        elsewhere = star[rng.integers(0, len(star), size=len(picks))]
        moved[picks] = elsewhere + rng.normal(0, 0.02, (len(picks), 2))
        cloud = rng.uniform(0, 1, (int(rng.integers(3, 12)), 2))
        for points in (star, moved, cloud):
            ring = _ring(points)
            geos_valid = Polygon(ring).is_valid
            invalid_seen += not geos_valid
            if aoi_geometry.star_shaped_ring(ring):
                proven += 1
                assert geos_valid, (seed, points.tolist())
            assert aoi_geometry.is_valid(Polygon(ring)) == geos_valid
    assert proven > 150 and invalid_seen > 100  # the comparison really covered both answers


def test_the_star_proof_refuses_a_turn_too_close_to_call_in_floating_point():
    from oneatlas_ppo.core import aoi_validity

    # Seen from (0, 0), the edge (0.1, 0.1) -> (0.30000000000000004, 0.3) turns by ~5e-18: within rounding.
    starts, ends = np.array([[0.1, 0.1]]), np.array([[0.30000000000000004, 0.3]])
    assert not aoi_validity._turns_one_way(starts, ends, (0.0, 0.0))
    assert not aoi_validity._turns_one_way(np.array([[1.0, 1.0]]), np.array([[2.0, 2.0]]), (0.0, 0.0))
    assert aoi_validity._turns_one_way(np.array([[1.0, 0.0]]), np.array([[0.0, 1.0]]), (0.0, 0.0))


def test_a_big_jagged_outline_crossing_itself_is_still_reported():
    """The proof fails on it, so GEOS decides; the report names the crossing."""
    outline = _star(20_000, seed=6, jitter=0.02)
    outline[5_000:5_050] = outline[5_000:5_050][::-1].copy()
    report = aoi.check_aoi(Polygon(outline))
    assert report.problem(aoi.SELF_INTERSECTION) is not None
    jagged = aoi.check_aoi(Polygon(_star(20_000, seed=6, jitter=0.02)))
    assert jagged.codes == (aoi.TOO_MANY_VERTICES,)


@pytest.mark.parametrize("outline", ["wiggly", "round", "collinear"])
def test_the_convex_hull_of_a_big_outline_is_the_one_geos_computes(outline):
    """Big outlines go through a vertex pre-filter (kept: few of a wiggly outline, most of a round one)."""
    from oneatlas_ppo.core import aoi_geometry

    if outline == "wiggly":
        polygon = wiggly_outline(50_000)
    elif outline == "round":
        polygon = circle(20_000)
    else:  # a rectangle whose sides hold thousands of collinear vertices
        side = np.linspace(0, 1, 3_000)
        polygon = Polygon(np.concatenate([
            np.column_stack([side, 0 * side]), np.column_stack([1 + 0 * side, side]),
            np.column_stack([side[::-1], 1 + 0 * side]), np.column_stack([0 * side, side[::-1]])]))
    vertices = np.asarray(polygon.exterior.coords)
    filtered_out = aoi_geometry._strictly_inside_extreme_octagon(vertices).mean()
    assert (filtered_out > 0.5) == (outline == "wiggly")  # the filter is used, or skipped as not worth it
    hull = aoi_geometry.convex_hull_polygon(polygon)
    reference = polygon.convex_hull
    assert hull.equals(reference)
    assert hull.area == pytest.approx(reference.area, rel=1e-15)
    assert set(hull.exterior.coords) == set(reference.exterior.coords)
