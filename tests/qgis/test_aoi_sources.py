"""AOI sources other than drawing: files written by the test (GeoJSON, KML, GeoPackage), the selected
features of a layer, the map extent. The AOI always comes out in WGS84 at the coordinates of the source."""

import json

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsGeometry,
    QgsProject,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from qgis.PyQt.QtWidgets import QFileDialog

from . import test_aoi_support as support
from .test_aoi_support import VIEW_EAST, VIEW_NORTH, VIEW_SOUTH, VIEW_WEST, process_events

lambert_canvas = support.lambert_canvas  # fixtures shared by the AOI tests
section = support.section

FIELD = (1.40, 43.58, 1.46, 43.62)  # west, south, east, north


def ring(west, south, east, north):
    return [[west, south], [east, south], [east, north], [west, north], [west, south]]


@pytest.fixture
def geojson_file(tmp_path):
    path = tmp_path / "fields.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"name": "field"},
         "geometry": {"type": "Polygon", "coordinates": [ring(*FIELD)]}}]}))
    return path


def test_import_geojson_through_the_file_button(section, geojson_file, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(geojson_file), ""))
    section.buttons["file"].click()
    aoi = section.current_aoi
    assert aoi is not None and aoi.source == "File fields.geojson"
    assert aoi.geometry.bounds == pytest.approx(FIELD, abs=1e-9)
    assert aoi.ready
    assert section.report_view.source_label.text() == "File fields.geojson"
    assert section.emitted == [aoi]


def test_import_kml_drops_the_heights(section, tmp_path):
    path = tmp_path / "fields.kml"
    coordinates = " ".join(f"{lon},{lat},120" for lon, lat in ring(*FIELD))
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document>'
        f"<Placemark><name>field</name><Polygon><outerBoundaryIs><LinearRing><coordinates>{coordinates}"
        "</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark></Document></kml>")
    section.import_file(str(path))
    aoi = section.current_aoi
    assert aoi.source == "File fields.kml"
    assert aoi.geometry.bounds == pytest.approx(FIELD, abs=1e-9)
    assert not aoi.geometry.has_z
    assert aoi.ready


def write_gpkg(path, layers):
    """layers: list of (name, geometry type, CRS authid, [QgsGeometry in that CRS])."""
    for index, (name, kind, authid, geometries) in enumerate(layers):
        memory = QgsVectorLayer(f"{kind}?crs={authid}", name, "memory")
        features = []
        for geometry in geometries:
            feature = QgsFeature()
            feature.setGeometry(geometry)
            features.append(feature)
        memory.dataProvider().addFeatures(features)
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        options.layerName = name
        on_existing = QgsVectorFileWriter.ActionOnExistingFile
        options.actionOnExistingFile = (on_existing.CreateOrOverwriteLayer if index
                                        else on_existing.CreateOrOverwriteFile)
        context = QgsProject.instance().transformContext()
        error = QgsVectorFileWriter.writeAsVectorFormatV3(memory, str(path), context, options)
        assert error[0] == QgsVectorFileWriter.WriterError.NoError, error


def lambert(west, south, east, north):
    points = ", ".join(f"{x} {y}" for x, y in ring(west, south, east, north))
    geometry = QgsGeometry.fromWkt(f"POLYGON(({points}))")
    geometry.transform(QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"),
                                              QgsCoordinateReferenceSystem("EPSG:2154"),
                                              QgsProject.instance()))
    return geometry


def test_import_geopackage_takes_the_first_polygon_layer_and_merges_its_polygons(section, tmp_path):
    path = tmp_path / "survey.gpkg"
    write_gpkg(path, [
        ("wells", "Point", "EPSG:4326", [QgsGeometry.fromWkt("POINT(1.4 43.6)")]),
        ("plots", "Polygon", "EPSG:2154",
         [lambert(1.40, 43.58, 1.43, 43.62), lambert(1.43, 43.58, 1.46, 43.62)]),
        ("zones", "Polygon", "EPSG:4326", [QgsGeometry.fromWkt("POLYGON((0 0, 1 0, 1 1, 0 1, 0 0))")]),
    ])
    section.import_file(str(path))
    aoi = section.current_aoi
    assert aoi.source == "File survey.gpkg, layer 'plots' (first of 2 layers), 2 polygons"
    # two Lambert 93 plots side by side, merged and moved back to lon/lat
    assert aoi.geometry.geom_type == "Polygon"
    assert aoi.geometry.bounds == pytest.approx(FIELD, abs=1e-6)


def test_a_file_without_polygons_says_so_and_keeps_the_current_aoi(section, geojson_file, tmp_path):
    section.import_file(str(geojson_file))
    before = section.current_aoi
    path = tmp_path / "wells.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {}, "geometry": {"type": "Point", "coordinates": [1.4, 43.6]}}]}))
    section.import_file(str(path))
    assert section.current_aoi is before
    assert "wells.geojson holds no polygon" in section.message_label.text()
    assert section.message_label.isVisibleTo(section)


@pytest.fixture
def parcels_layer(lambert_canvas):
    layer = QgsVectorLayer("Polygon?crs=EPSG:2154&field=name:string", "parcels", "memory")
    features = []
    for name, box in (("a", (1.40, 43.58, 1.43, 43.62)), ("b", (1.43, 43.58, 1.46, 43.62)),
                      ("far", (1.20, 43.45, 1.22, 43.47))):
        feature = QgsFeature(layer.fields())
        feature.setAttribute("name", name)
        feature.setGeometry(lambert(*box))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    QgsProject.instance().addMapLayer(layer)
    process_events()
    yield layer
    QgsProject.instance().removeMapLayer(layer.id())


def test_use_selection_merges_the_selected_polygons(section, parcels_layer):
    assert section.layer_combo.currentLayer() is parcels_layer
    section.selection_button.click()
    assert section.current_aoi is None
    assert "No feature is selected in 'parcels'" in section.message_label.text()

    parcels_layer.selectByExpression("name in ('a', 'b')")
    section.selection_button.click()
    aoi = section.current_aoi
    assert aoi.source == "2 selected features of 'parcels'"
    assert aoi.geometry.geom_type == "Polygon" and aoi.ready
    assert aoi.geometry.bounds == pytest.approx(FIELD, abs=1e-6)

    parcels_layer.selectByExpression("name = 'far'")
    section.selection_button.click()
    far_id = next(parcels_layer.getSelectedFeatures()).id()
    assert section.current_aoi.source == f"Feature {far_id} of 'parcels'"
    assert section.current_aoi.geometry.bounds == pytest.approx((1.20, 43.45, 1.22, 43.47), abs=1e-6)


def test_map_extent(section, lambert_canvas):
    section.buttons["extent"].click()
    aoi = section.current_aoi
    assert aoi.source == "Map extent"
    west, south, east, north = aoi.geometry.bounds
    # the canvas shows at least the Toulouse view set by the fixture (wider on one axis: the canvas's ratio)
    assert west <= VIEW_WEST + 0.01 and east >= VIEW_EAST - 0.01
    assert south <= VIEW_SOUTH + 0.01 and north >= VIEW_NORTH - 0.01
    assert east - west < 1.0 and north - south < 1.0
    assert aoi.ready


def test_an_aoi_off_screen_is_brought_into_view_and_zoom_to_aoi(section, lambert_canvas, tmp_path):
    path = tmp_path / "brittany.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {}, "geometry": {"type": "Polygon",
                                                          "coordinates": [ring(-3.0, 47.9, -2.9, 48.0)]}}]}))
    section.import_file(str(path))
    canvas_aoi = section.display.canvas_geometry()
    assert lambert_canvas.extent().contains(canvas_aoi.boundingBox())

    support.set_canvas_crs(lambert_canvas, "EPSG:2154")  # back to Toulouse, Brittany off screen
    assert not lambert_canvas.extent().contains(canvas_aoi.boundingBox())
    section.buttons["zoom"].click()
    extent = lambert_canvas.extent()
    assert extent.contains(canvas_aoi.boundingBox())
    box = canvas_aoi.boundingBox()
    assert extent.width() < 3 * box.width() or extent.height() < 3 * box.height()


def test_the_layer_list_follows_the_active_polygon_layer(section, parcels_layer, qgis_iface):
    other = QgsVectorLayer("Polygon?crs=EPSG:4326", "zones", "memory")
    points = QgsVectorLayer("Point?crs=EPSG:4326", "wells", "memory")
    QgsProject.instance().addMapLayers([other, points])
    try:
        # what QGIS says when the user clicks a layer in the Layers panel
        qgis_iface.currentLayerChanged.emit(other)
        assert section.layer_combo.currentLayer() is other
        qgis_iface.currentLayerChanged.emit(points)  # not a polygon layer: the choice stays
        assert section.layer_combo.currentLayer() is other
    finally:
        QgsProject.instance().removeMapLayers([other.id(), points.id()])
