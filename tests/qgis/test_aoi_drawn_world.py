"""A shape drawn past the edge of the world, on a map in degrees or far outside what a projected map's
coordinate system can place (Lambert-93 dragged across the globe): one sentence that fits a drawing, never
one per vertex nor words about layers or the antimeridian; the AOI drawn before is kept."""

import pytest
from qgis.core import QgsGeometry, QgsPointXY, QgsRectangle

from . import test_aoi_support as support
from .test_aoi_support import process_events, set_canvas_crs

lambert_canvas = support.lambert_canvas  # fixtures shared by the AOI tests
section = support.section

LAYER_WORDS = ("vert", "layer", "antimeridian", "Check the")


def draw(section, rectangle: QgsRectangle) -> None:
    section.buttons["rectangle"].click()
    section.rectangle_tool.finished.emit(QgsGeometry.fromRect(rectangle))  # what a drag ends with
    process_events()


def assert_one_sentence_for_a_drawing(section, *words):
    message = section.message_label.text()
    assert not section.message_label.isHidden()
    assert message.startswith("The shape you drew") and message.count(". ") == 0 and message.endswith(".")
    for word in words:
        assert word in message
    for word in LAYER_WORDS:
        assert word not in message, message


@pytest.mark.parametrize("authid, inside, outside", [
    # far beyond Lambert-93's plane: PROJ would put it near the South Pole, across 180°
    ("EPSG:2154", QgsRectangle(600_000, 6_250_000, 610_000, 6_260_000), QgsRectangle(5e7, 5e7, 6e7, 6e7)),
    # past Web Mercator's right edge (x > 20 037 508 m): PROJ would wrap it round to the Pacific
    ("EPSG:3857", QgsRectangle(150_000, 5_400_000, 160_000, 5_410_000), QgsRectangle(19e6, 0, 22e6, 1e6)),
])
def test_a_shape_drawn_outside_a_projected_map_gets_one_sentence_and_the_aoi_stays(
        section, lambert_canvas, authid, inside, outside):
    set_canvas_crs(lambert_canvas, authid)
    draw(section, inside)
    before = section.current_aoi
    assert before is not None and before.ready

    draw(section, outside)
    assert_one_sentence_for_a_drawing(section, authid, "coordinate system")
    assert section.current_aoi is before, "the AOI drawn before is kept"
    assert section.emitted == [before]


def test_a_shape_drawn_past_180_degrees_on_a_map_in_degrees_gets_one_sentence(section, lambert_canvas):
    set_canvas_crs(lambert_canvas, "EPSG:4326")
    draw(section, QgsRectangle(170, 10, 200, 20))
    assert_one_sentence_for_a_drawing(section, "edge of the world")
    assert section.current_aoi is None
    assert section.emitted == []

    draw(section, QgsRectangle(1.3, 43.5, 1.5, 43.7))  # drawn again inside: taken as it is
    assert section.current_aoi is not None and section.current_aoi.ready
    assert "drew" not in section.message_label.text()


def test_a_polygon_drawn_inside_lambert93_is_taken(section, lambert_canvas):
    ring = [QgsPointXY(x, y) for x, y in ((570_000, 6_270_000), (600_000, 6_300_000), (620_000, 6_260_000))]
    section.buttons["polygon"].click()
    section.polygon_tool.finished.emit(QgsGeometry.fromPolygonXY([ring]))
    process_events()
    assert section.current_aoi is not None and section.current_aoi.ready
