"""Degenerate AOIs (issue 10, item 6): each is a problem in words from check_aoi, before any call, and what
OneAtlas receives (to_geojson, rounded to 7 decimals) is a valid polygon or nothing.

Plain shapely/pyproj, no QGIS:
``.venv/bin/python -m pytest -p no:pytest_qgis -q tests/unit/test_aoi_degenerate.py``.
"""


import numpy as np
import pytest
from shapely.geometry import Polygon, box, shape

from oneatlas_ppo.core import aoi, errors
from oneatlas_ppo.core.aoi_validity import monotone_ring

MM_IN_DEGREES = 1e-3 / 111_320  # one millimetre of latitude


def assert_sendable(geometry):
    """What a user who fixed the AOI gets: to_geojson works and OneAtlas receives a valid polygon."""
    body = aoi.to_geojson(geometry)
    sent = shape(body)
    assert sent.is_valid and sent.area > 0
    return body


# --- tiny areas and slivers ------------------------------------------------------------------------------

@pytest.mark.parametrize(("width_deg", "height_deg", "shown"), [
    (MM_IN_DEGREES, MM_IN_DEGREES, "mm"),            # the 1 mm square of the issue: collapsed once rounded
    (10 * MM_IN_DEGREES, 10 * MM_IN_DEGREES, "cm"),  # 1 cm square: survives rounding, but deformed
    (0.1, 1e-9, "mm"),                               # 1e-9 degree sliver, 11 km long
    (0.1, 1e-7, "cm"),                               # 1e-7 degree sliver: exactly one rounding step wide
    (0.1, 2e-6, "cm"),                               # 22 cm wide: still below one 30 cm pixel
])
def test_tiny_areas_and_slivers_are_refused_in_words(width_deg, height_deg, shown):
    report = aoi.check_aoi(box(2.35, 48.85, 2.35 + width_deg, 48.85 + height_deg))
    assert report.codes == ("too_small",)
    message = report.problem("too_small").message
    assert "wide" in message and shown in message and "30 cm" in message
    assert "e-" not in message  # no scientific notation in words meant for people
    assert report.problem("too_small").fix is None  # only the user can say what area was meant
    assert not aoi.fix_all(report.geometry).steps


def test_an_area_just_wider_than_a_pixel_passes():
    report = aoi.check_aoi(box(2.35, 48.85, 2.45, 48.85 + 1e-5))  # 1.1 m wide, 7.3 km long
    assert report.ok, report.summary()
    assert_sendable(report.geometry)


def test_a_square_given_in_the_wrong_unit_is_explained():
    # metres typed as if they were degrees, then read in Lambert-93: a 3 m area near the projection origin
    report = aoi.check_aoi(box(700000, 6600000, 700000.1, 6600000.1), crs="EPSG:2154")
    assert report.codes == ("too_small",)
    assert "coordinate reference system" in report.problem("too_small").message


# --- spikes folded by rounding -------------------------------------------------------------------------

def spike_on_bottom_edge(at=2.4, tip=1e-8):
    """A 0.1 degree square with a spike 0.1 degree long and 4e-8 degree wide on its bottom edge: valid as
    drawn; rounded to 7 decimals the spike's two sides fall onto the same line (out and back)."""
    return Polygon([(2.3, 48.8), (at, 48.8), (at + 0.05, 48.8 + tip), (at, 48.8 + 4 * tip),
                    (at, 48.8 + 5 * tip), (2.5, 48.8 + 5 * tip), (2.5, 48.9), (2.3, 48.9)])


def spike_touching_an_edge(gap=3e-8):
    """An inward spike from the top edge whose tip stops 3e-8 degree short of the bottom edge: rounding
    lays the tip on that edge, which splits the area (the ring touches itself)."""
    return Polygon([(2.3, 48.8), (2.5, 48.8), (2.5, 48.9), (2.40001, 48.9), (2.4, 48.8 + gap),
                    (2.39999, 48.9), (2.3, 48.9)])


def spike_at_the_first_vertex():
    """The folded spike starts the ring: the closing position is part of it."""
    return Polygon([(2.4, 48.8), (2.45, 48.8 + 1e-8), (2.4, 48.8 + 4e-8), (2.4, 48.8 + 5e-8),
                    (2.5, 48.8 + 5e-8), (2.5, 48.9), (2.3, 48.9), (2.3, 48.8)])


@pytest.mark.parametrize("make", [spike_on_bottom_edge, lambda: spike_on_bottom_edge(at=2.35),
                                  spike_touching_an_edge, spike_at_the_first_vertex],
                         ids=["middle-of-edge", "other-position", "tip-on-opposite-edge", "first-vertex"])
def test_a_spike_that_rounding_folds_is_caught_and_fixed(make):
    geometry = make()
    assert geometry.is_valid  # the outline as drawn is fine: only what is sent is not
    report = aoi.check_aoi(geometry)
    problem = report.problem("invalid_after_rounding")
    assert problem is not None, report.summary()
    assert "7 decimals" in problem.message and "near lon" in problem.message
    assert problem.fix.code == "round_and_repair"
    with pytest.raises(aoi.AoiGeoJsonError) as raised:  # never sent as it is
        aoi.to_geojson(geometry)
    assert isinstance(raised.value, errors.InvalidAoiError) and isinstance(raised.value, ValueError)
    assert "7 decimals" in str(raised.value)

    fixed = aoi.fix_all(geometry)
    assert fixed.ok, fixed.report.summary()
    assert fixed.steps[0].fix_code == "round_and_repair"
    assert "1 cm" in fixed.steps[0].description
    assert abs(fixed.report.area_km2 - report.area_km2) < 0.01 * report.area_km2 + 1e-3
    assert_sendable(fixed.geometry)


def test_a_spike_wide_enough_to_survive_rounding_is_left_alone():
    geometry = spike_on_bottom_edge(tip=1e-6)
    report = aoi.check_aoi(geometry)
    assert report.ok, report.summary()
    assert_sendable(geometry)


# --- bad GeoJSON -----------------------------------------------------------------------------------------

SQUARE = [[2.3, 48.8], [2.4, 48.8], [2.4, 48.9], [2.3, 48.9], [2.3, 48.8]]


@pytest.mark.parametrize(("bad", "words"), [
    ({"type": "Polygone", "coordinates": [SQUARE]}, "'Polygone'"),                 # wrong type
    ({"type": "Polygon"}, "has no coordinates"),                                    # missing coordinates
    ({"type": "Polygon", "coordinates": [[[2.3, [48.8]], {"x": 1}, [], 7]]}, "a list of 1, not a number"),
    ({"type": "Polygon",
      "coordinates": [[["2.3", "48.8"], ["2.4", "48.8"], ["2.4", "48.9"], ["2.3", "48.8"]]]},
     "the text '2.3'"),                                                             # strings as numbers
    ({"type": "Polygon", "coordinates": [[[2.3, True], [2.4, 48.8], [2.4, 48.9], [2.3, 48.8]]]},
     "boolean"),
    ({"type": "Polygon", "coordinates": [[[2.3, 48.8], [2.4, 48.8], [2.3, 48.8]]]},
     "at least 4"),
    ({"type": "Polygon", "coordinates": "2.3 48.8"}, "where a list was expected"),
    ({"type": "Feature", "geometry": {"type": "Polygon", "coordinates": [[None] * 4]}},
     "null, not a position"),
    ({"type": "FeatureCollection", "features": "none"}, "no list of features"),
    ("{not json", "not JSON"),
    (42, "int"),
])
def test_bad_geojson_is_a_problem_in_words(bad, words):
    report = aoi.check_aoi(bad)
    assert report.codes == ("invalid_geojson",)
    message = report.problem("invalid_geojson").message
    assert message.startswith("The GeoJSON cannot be read:") and words in message
    with pytest.raises(aoi.AoiFixError):
        aoi.apply_fix(bad, "make_valid")


def test_good_geojson_objects_and_text_are_read():
    polygon = {"type": "Polygon", "coordinates": [SQUARE]}
    assert aoi.check_aoi(polygon).ok
    assert aoi.check_aoi({"type": "Feature", "properties": {}, "geometry": polygon}).ok
    assert aoi.check_aoi(f'{{"type": "Polygon", "coordinates": [{SQUARE}]}}').ok
    two = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": polygon},
        {"type": "Feature",
         "geometry": {"type": "Polygon", "coordinates": [[[3, 48], [3.1, 48], [3.1, 48.1], [3, 48]]]}}]}
    assert aoi.check_aoi(two).codes == ("multipart",)


# --- coordinate reference systems without a horizontal position ---------------------------------------

ENGINEERING_WKT = ('ENGCRS["Construction site",EDATUM["Site datum"],CS[Cartesian,2],'
                   'AXIS["x",east,ORDER[1],LENGTHUNIT["metre",1]],AXIS["y",north,ORDER[2],LENGTHUNIT["metre",1]]]')


@pytest.mark.parametrize(("crs", "code", "words"), [
    ("EPSG:5703", "unsupported_crs", "vertical"),        # NAVD88 height
    ("EPSG:3855", "unsupported_crs", "vertical"),        # EGM2008 height
    ("EPSG:4978", "unsupported_crs", "Earth-centred"),   # WGS 84 geocentric
    (ENGINEERING_WKT, "unsupported_crs", "local"),
    ('LOCAL_CS["Plant grid",LOCAL_DATUM["Plant",0],UNIT["metre",1],AXIS["X",EAST],AXIS["Y",NORTH]]',
     "unsupported_crs", "local"),
    ("nonsense", "unknown_crs", "unknown"),
    ("EPSG:999999", "unknown_crs", "unknown"),
    (object(), "unknown_crs", "unknown"),
])
def test_crs_without_a_horizontal_position_is_a_problem_in_words(crs, code, words):
    report = aoi.check_aoi(box(0, 0, 10, 10), crs)
    assert report.codes == (code,)
    assert words in report.problems[0].message
    assert report.area_km2 is None


def test_a_compound_crs_with_a_height_is_read_by_its_horizontal_part():
    # EPSG:5972: ETRS89 / UTM zone 32N + NN2000 height
    report = aoi.check_aoi(box(500000, 6600000, 510000, 6610000), crs="EPSG:5972")
    assert report.ok, report.summary()
    assert report.area_km2 == pytest.approx(100, rel=0.01)


# --- to_geojson: the public rule for the GeoJSON of an AOI ------------------------------------------------

def test_to_geojson_is_the_rounded_counter_clockwise_polygon():
    clockwise = Polygon([(2.3, 48.8), (2.3, 48.9), (2.40000004, 48.9), (2.4, 48.8)])
    body = aoi.to_geojson(clockwise)
    assert body == {"type": "Polygon", "coordinates": [
        [[2.3, 48.8], [2.4, 48.8], [2.4, 48.9], [2.3, 48.9], [2.3, 48.8]]]}


def test_to_geojson_refuses_in_words_what_is_not_one_polygon():
    with pytest.raises(aoi.AoiGeoJsonError, match="exactly one polygon") as raised:
        aoi.to_geojson(box(0, 0, 1, 1).union(box(2, 0, 3, 1)))
    assert raised.value.problems[0].code == "multipart"
    with pytest.raises(aoi.AoiGeoJsonError, match="collapses"):
        aoi.to_geojson(box(2.35, 48.85, 2.35 + MM_IN_DEGREES, 48.85 + MM_IN_DEGREES))


# --- the zigzag: proven valid quickly ---------------------------------------------------------------------

def zigzag(count=100_000, overlap=70, length=0.1, height=0.02, center=(2.35, 48.85)):
    """A strip whose top edge zigzags: each edge rises over ``overlap`` steps and comes back over
    ``overlap - 1``, so every edge's box overlaps ~2 x overlap others (GEOS's slow case)."""
    teeth = count - 3
    step = length / (teeth + overlap)
    index = np.arange(teeth)
    x = center[0] + step * (index // 2) + np.where(index % 2 == 1, overlap * step, 0.0)
    y = center[1] + height + np.where(index % 2 == 1, height, 0.0)
    top = np.column_stack([x, y])[::-1]
    return Polygon(np.vstack([[center, (x.max() + step, center[1])], top]))


def test_the_100000_vertex_zigzag_is_judged_valid_with_only_its_vertex_count_to_fix():
    # How fast is measured by benchmarks/bench_aoi.py (target 0.2 s), not asserted here.
    report = aoi.check_aoi(zigzag())
    assert report.codes == ("too_many_vertices",)


@pytest.mark.parametrize("overlap", [1, 3, 70])
def test_the_monotone_proof_agrees_with_geos(overlap):
    ring = np.asarray(zigzag(2_000, overlap).exterior.coords)
    assert monotone_ring(ring)
    assert Polygon(ring).is_valid


def test_the_monotone_proof_never_says_valid_when_geos_does_not():
    rng = np.random.default_rng(7)
    for _trial in range(300):
        ring = np.asarray(zigzag(40, int(rng.integers(1, 6))).exterior.coords).copy()
        # push one top vertex down through the others: often a crossing, sometimes still valid
        index = int(rng.integers(2, len(ring) - 2))
        ring[index, 1] -= rng.uniform(0, 0.05)
        if monotone_ring(ring):
            assert Polygon(ring).is_valid
    bow_tie = np.array([(0, 0), (1, 1), (1, 0), (0, 1), (0, 0)], dtype=float)
    assert not monotone_ring(bow_tie)
    out_and_back = np.array([(0, 0), (2, 0), (1, 0), (1, 1), (0, 0)], dtype=float)
    assert not monotone_ring(out_and_back)
