"""The AOI map tools, driven with mouse and key events on a real canvas in Lambert 93 (EPSG:2154): the AOI
comes out in WGS84 at the longitudes/latitudes clicked, the previous map tool comes back, and nothing of
ours stays on the canvas."""

import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsProject, QgsVectorLayer
from qgis.gui import QgsMapToolPan
from qgis.PyQt.QtCore import Qt

from . import test_aoi_support as support
from .test_aoi_support import (
    click,
    degrees_per_pixel,
    double_click,
    drag,
    key,
    move,
    our_rubber_bands,
    pixel_of,
    process_events,
)

lambert_canvas = support.lambert_canvas  # fixtures shared by the AOI tests
section = support.section


@pytest.fixture
def pan_tool(lambert_canvas):
    tool = QgsMapToolPan(lambert_canvas)
    lambert_canvas.setMapTool(tool)
    yield tool
    lambert_canvas.unsetMapTool(tool)


def corners(shape):
    return sorted(set(shape.exterior.coords))


def assert_lon_lat(point, lon, lat, tolerance):
    assert point[0] == pytest.approx(lon, abs=tolerance)
    assert point[1] == pytest.approx(lat, abs=tolerance)


def test_rectangle_drawn_on_a_lambert_map_is_the_lon_lat_rectangle_dragged(section, lambert_canvas, pan_tool):
    section.buttons["rectangle"].click()
    assert lambert_canvas.mapTool() is section.rectangle_tool
    assert section.rectangle_action.isChecked()
    assert "drag" in section.message_label.text()

    drag(lambert_canvas, pixel_of(lambert_canvas, 1.30, 43.70), pixel_of(lambert_canvas, 1.50, 43.55))
    assert our_rubber_bands(lambert_canvas), "the dragged rectangle is shown while drawing"

    aoi = section.current_aoi
    assert aoi is not None and aoi.source == "Drawn rectangle"
    assert section.emitted == [aoi]
    # The two corners dragged are where the mouse was; Lambert 93's meridians converge, so the other two
    # corners of the map rectangle are NOT at (1.30, 43.55) and (1.50, 43.70) in lon/lat: a real transform.
    points = corners(aoi.geometry)
    assert len(points) == 4
    tolerance = degrees_per_pixel(lambert_canvas)
    for lon, lat in ((1.30, 43.70), (1.50, 43.55)):
        nearest = min(points, key=lambda point, lon=lon, lat=lat: abs(point[0] - lon) + abs(point[1] - lat))
        assert_lon_lat(nearest, lon, lat, tolerance)
    west, south, east, north = aoi.geometry.bounds
    assert 0.003 < abs(west - 1.30) + abs(south - 43.55) < 0.05
    assert aoi.ready and aoi.vertex_count == 4  # its corners: the closing position is not one
    assert aoi.area_km2 == pytest.approx(16.1 * 16.7, rel=0.05)  # 0.2° lon x 0.15° lat at 43.6° N
    # done: the user's previous tool is back, the drawing band is gone, the kept AOI is shown
    assert lambert_canvas.mapTool() is pan_tool
    assert not section.rectangle_action.isChecked()
    assert section.rectangle_tool.band is None
    assert len(our_rubber_bands(lambert_canvas)) == 1
    assert section.report_view.source_label.text() == "Drawn rectangle"
    assert "km²" in section.report_view.measures_label.text()


def test_a_click_without_drag_is_not_a_rectangle(section, lambert_canvas):
    section.activate_tool(section.rectangle_tool)
    click(lambert_canvas, pixel_of(lambert_canvas, 1.4, 43.6))
    assert section.current_aoi is None
    assert lambert_canvas.mapTool() is section.rectangle_tool  # still waiting for a real drag


def test_polygon_clicks_move_preview_backspace_and_double_click(section, lambert_canvas, pan_tool):
    section.buttons["polygon"].click()
    assert lambert_canvas.mapTool() is section.polygon_tool
    canvas = lambert_canvas
    click(canvas, pixel_of(canvas, 1.30, 43.50))
    click(canvas, pixel_of(canvas, 1.50, 43.50))
    move(canvas, pixel_of(canvas, 1.45, 43.60))
    band = section.polygon_tool.band
    assert band is not None and band.numberOfVertices() == 3  # two vertices + the cursor preview
    assert section.polygon_tool.vertex_band.numberOfVertices() == 2
    click(canvas, pixel_of(canvas, 1.55, 43.58))  # a mistake...
    key(canvas, Qt.Key.Key_Backspace)              # ...removed
    assert len(section.polygon_tool.vertices) == 2
    click(canvas, pixel_of(canvas, 1.50, 43.70))
    double_click(canvas, pixel_of(canvas, 1.30, 43.70))

    aoi = section.current_aoi
    assert aoi is not None and aoi.source == "Drawn polygon"
    points = corners(aoi.geometry)
    assert len(points) == 4 and aoi.vertex_count == 4
    tolerance = degrees_per_pixel(canvas)
    expected = sorted([(1.30, 43.50), (1.50, 43.50), (1.50, 43.70), (1.30, 43.70)])
    for point, (lon, lat) in zip(points, expected):
        assert_lon_lat(point, lon, lat, tolerance)
    assert canvas.mapTool() is pan_tool
    assert section.polygon_tool.band is None


def test_polygon_right_click_finishes_and_esc_cancels(section, lambert_canvas, pan_tool):
    canvas = lambert_canvas
    section.activate_tool(section.polygon_tool)
    for lon, lat in ((1.3, 43.5), (1.5, 43.5)):
        click(canvas, pixel_of(canvas, lon, lat))
    click(canvas, pixel_of(canvas, 1.4, 43.6), Qt.MouseButton.RightButton)  # two vertices: not finished yet
    assert section.current_aoi is None and canvas.mapTool() is section.polygon_tool
    click(canvas, pixel_of(canvas, 1.4, 43.7))
    click(canvas, pixel_of(canvas, 1.4, 43.6), Qt.MouseButton.RightButton)
    assert section.current_aoi is not None and len(corners(section.current_aoi.geometry)) == 3
    assert canvas.mapTool() is pan_tool

    section.activate_tool(section.polygon_tool)
    click(canvas, pixel_of(canvas, 1.3, 43.5))
    click(canvas, pixel_of(canvas, 1.5, 43.5))
    key(canvas, Qt.Key.Key_Escape)
    assert canvas.mapTool() is pan_tool
    assert section.polygon_tool.band is None and section.polygon_tool.vertex_band is None
    assert section.polygon_tool.vertices == []
    assert len(section.emitted) == 1  # the cancelled drawing changed nothing


def test_switching_to_another_tool_unchecks_ours_and_drops_the_drawing(section, lambert_canvas):
    canvas = lambert_canvas
    section.activate_tool(section.polygon_tool)
    click(canvas, pixel_of(canvas, 1.3, 43.5))
    other = QgsMapToolPan(canvas)
    canvas.setMapTool(other)
    assert not section.polygon_action.isChecked()
    assert section.polygon_tool.band is None
    canvas.unsetMapTool(other)


@pytest.fixture
def parcels(lambert_canvas):
    """A Web-Mercator polygon layer on the Lambert 93 canvas (the feature's CRS differs from the map's)."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform

    layer = QgsVectorLayer("Polygon?crs=EPSG:3857&field=name:string", "parcels", "memory")
    to_mercator = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), layer.crs(),
                                         QgsProject.instance())
    features = []
    for name, (west, south, east, north) in (("north", (1.35, 43.62, 1.45, 43.70)),
                                             ("south", (1.35, 43.50, 1.45, 43.58))):
        feature = QgsFeature(layer.fields())
        feature.setAttribute("name", name)
        ring = [QgsPointXY(x, y) for x, y in ((west, south), (east, south), (east, north), (west, north))]
        geometry = QgsGeometry.fromPolygonXY([ring])
        geometry.transform(to_mercator)
        feature.setGeometry(geometry)
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    QgsProject.instance().addMapLayer(layer)
    lambert_canvas.setLayers([layer])
    process_events()
    yield layer
    lambert_canvas.setLayers([])
    QgsProject.instance().removeMapLayer(layer.id())


def test_pick_a_feature_on_the_map(section, lambert_canvas, parcels, pan_tool):
    canvas = lambert_canvas
    section.buttons["pick"].click()
    assert canvas.mapTool() is section.pick_tool
    click(canvas, pixel_of(canvas, 1.55, 43.45))  # outside every polygon
    assert section.current_aoi is None
    assert "No polygon under the cursor" in section.message_label.text()
    assert canvas.mapTool() is section.pick_tool

    click(canvas, pixel_of(canvas, 1.40, 43.54))
    aoi = section.current_aoi
    south_id = next(f.id() for f in parcels.getFeatures() if f["name"] == "south")
    assert aoi.source == f"Feature {south_id} of 'parcels'"
    assert aoi.geometry.bounds == pytest.approx((1.35, 43.50, 1.45, 43.58), abs=1e-7)
    assert canvas.mapTool() is pan_tool


def test_release_leaves_no_rubber_band_or_map_tool_of_ours(section, lambert_canvas, pan_tool):
    canvas = lambert_canvas
    section.activate_tool(section.rectangle_tool)
    drag(canvas, pixel_of(canvas, 1.3, 43.7), pixel_of(canvas, 1.5, 43.55))
    section.activate_tool(section.polygon_tool)
    click(canvas, pixel_of(canvas, 1.3, 43.5))
    click(canvas, pixel_of(canvas, 1.5, 43.5))
    assert len(our_rubber_bands(canvas)) == 3  # the kept AOI, the polygon being drawn and its vertices

    section.release()
    process_events()
    assert our_rubber_bands(canvas) == []
    assert canvas.mapTool() is pan_tool
    assert canvas.mapTool() not in section.map_tools
