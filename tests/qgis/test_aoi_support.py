"""Helpers for the AOI tests: a real canvas in a projected CRS, clicks at known longitudes/latitudes, and a
section built the way the plugin builds it. (A few checks of the helpers themselves are at the end.)"""

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
)
from qgis.PyQt.QtCore import QEvent, QPoint, QPointF, Qt
from qgis.PyQt.QtGui import QKeyEvent, QMouseEvent

from .conftest import process_events

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")
# Around Toulouse: the canvas shows lon 1.2..1.6, lat 43.45..43.75 (Lambert 93 and Web Mercator cover it).
VIEW_WEST, VIEW_SOUTH, VIEW_EAST, VIEW_NORTH = 1.2, 43.45, 1.6, 43.75




def set_canvas_crs(canvas, authid: str) -> QgsCoordinateReferenceSystem:
    """The project and the canvas in ``authid``, showing the Toulouse area."""
    crs = QgsCoordinateReferenceSystem(authid)
    QgsProject.instance().setCrs(crs)
    canvas.setDestinationCrs(crs)
    to_map = QgsCoordinateTransform(WGS84, crs, QgsProject.instance())
    extent = to_map.transformBoundingBox(QgsRectangle(VIEW_WEST, VIEW_SOUTH, VIEW_EAST, VIEW_NORTH))
    # A hidden canvas keeps a tiny default map size (one pixel is then a kilometre): show it at full size.
    canvas.window().show()
    canvas.resize(800, 600)
    process_events()
    canvas.setExtent(extent)
    canvas.refresh()
    process_events()
    return crs


def pixel_of(canvas, lon: float, lat: float) -> QPoint:
    """The canvas pixel where this longitude/latitude is drawn."""
    to_map = QgsCoordinateTransform(WGS84, canvas.mapSettings().destinationCrs(), QgsProject.instance())
    point = canvas.getCoordinateTransform().transform(to_map.transform(QgsPointXY(lon, lat)))
    return QPoint(round(point.x()), round(point.y()))


def degrees_per_pixel(canvas) -> float:
    """How far one pixel is, in degrees (the tolerance of a click)."""
    return (VIEW_EAST - VIEW_WEST) / canvas.width() * 2


def _mouse(kind, pixel: QPoint, button, buttons=None):
    return QMouseEvent(kind, QPointF(pixel), button, buttons if buttons is not None else button,
                       Qt.KeyboardModifier.NoModifier)


# The events go through the canvas's own handlers (QgsMapCanvas forwards them to the active map tool),
# which is what a real mouse does, including the conversion of the position to map coordinates.
def press(canvas, pixel, button=Qt.MouseButton.LeftButton):
    canvas.mousePressEvent(_mouse(QEvent.Type.MouseButtonPress, pixel, button))


def release(canvas, pixel, button=Qt.MouseButton.LeftButton):
    canvas.mouseReleaseEvent(_mouse(QEvent.Type.MouseButtonRelease, pixel, button,
                                    Qt.MouseButton.NoButton))


def move(canvas, pixel, buttons=Qt.MouseButton.NoButton):
    canvas.mouseMoveEvent(_mouse(QEvent.Type.MouseMove, pixel, Qt.MouseButton.NoButton, buttons))


def click(canvas, pixel, button=Qt.MouseButton.LeftButton):
    press(canvas, pixel, button)
    release(canvas, pixel, button)


def double_click(canvas, pixel):
    """What Qt delivers for a double-click: press, release, double-click (instead of a 2nd press), release."""
    click(canvas, pixel)
    canvas.mouseDoubleClickEvent(_mouse(QEvent.Type.MouseButtonDblClick, pixel, Qt.MouseButton.LeftButton))
    release(canvas, pixel)


def drag(canvas, start: QPoint, end: QPoint):
    press(canvas, start)
    for step in (0.25, 0.5, 0.75, 1.0):
        move(canvas, start + (end - start) * step, Qt.MouseButton.LeftButton)
    release(canvas, end)


def key(canvas, qt_key):
    canvas.keyPressEvent(QKeyEvent(QEvent.Type.KeyPress, qt_key, Qt.KeyboardModifier.NoModifier))


def our_rubber_bands(canvas):
    from qgis.gui import QgsRubberBand

    return [item for item in canvas.scene().items() if isinstance(item, QgsRubberBand)]


@pytest.fixture
def lambert_canvas(qgis_canvas, qgis_new_project):
    set_canvas_crs(qgis_canvas, "EPSG:2154")
    yield qgis_canvas
    # leave the shared canvas and project as other tests expect them
    qgis_canvas.setLayers([])
    qgis_canvas.setDestinationCrs(WGS84)
    QgsProject.instance().setCrs(WGS84)
    qgis_canvas.window().hide()


@pytest.fixture
def section(qgis_iface, lambert_canvas):
    from oneatlas_ppo.ui.aoi.tab import AoiSection

    widget = AoiSection(qgis_iface, None)
    widget.resize(340, 700)
    widget.emitted = []
    widget.aoi_changed.connect(widget.emitted.append)
    yield widget
    widget.release()
    widget.deleteLater()
    process_events()


def test_pixel_helper_round_trips_through_the_canvas(lambert_canvas):
    assert lambert_canvas.mapSettings().outputSize().width() > 700  # the real size, not a hidden widget's
    pixel = pixel_of(lambert_canvas, 1.4, 43.6)
    assert 0 < pixel.x() < lambert_canvas.width() and 0 < pixel.y() < lambert_canvas.height()
    to_wgs84 = QgsCoordinateTransform(lambert_canvas.mapSettings().destinationCrs(), WGS84,
                                      QgsProject.instance())
    back = to_wgs84.transform(lambert_canvas.getCoordinateTransform().toMapCoordinates(pixel))
    assert back.x() == pytest.approx(1.4, abs=degrees_per_pixel(lambert_canvas))
    assert back.y() == pytest.approx(43.6, abs=degrees_per_pixel(lambert_canvas))
