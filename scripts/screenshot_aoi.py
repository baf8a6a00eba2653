"""Screenshots of the AOI tab as a user sees it, to look at (not a test).

A map canvas in Lambert 93 with the world's countries, the AOI section beside it:
- aoi_problems.png: an imported field with a hole and a stray second part (two problems, fix buttons), with
  Pléiades OneDay's 100 km² minimum chosen;
- aoi_fixed.png: the same after "Fix all" (what changed, Undo, the minimum that applies);
- aoi_narrow.png: a self-crossing polygon drawn with the polygon tool (mouse events), at 300 px;
- aoi_drawing.png: the polygon tool half-way (the preview follows the mouse), with its hint.

    xvfb-run -a .venv/bin/python scripts/screenshot_aoi.py [out_dir]
"""

import json
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
WORLD = "/usr/share/qgis/resources/data/world_map.gpkg|layername=countries"
REGIONS = "/usr/share/qgis/resources/data/world_map.gpkg|layername=states_provinces"


def _importable():
    link_parent = Path(tempfile.mkdtemp(prefix="oneatlas-shots-"))
    (link_parent / "oneatlas_ppo").symlink_to(REPO, target_is_directory=True)
    sys.path[:0] = [str(link_parent), str(REPO)]


def settle(seconds=0.4):
    from qgis.PyQt.QtWidgets import QApplication

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)


class CanvasOnlyInterface:
    """The one thing the AOI section asks of QGIS's interface."""

    def __init__(self, canvas):
        self._canvas = canvas

    def mapCanvas(self):
        return self._canvas


def square(west, south, size):
    east, north = west + size, south + size
    return [[west, south], [east, south], [east, north], [west, north], [west, south]]


def main(out_dir: Path) -> None:
    _importable()
    from qgis.core import QgsApplication

    app = QgsApplication([], True)
    app.initQgis()
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransform,
        QgsFillSymbol,
        QgsPointXY,
        QgsProject,
        QgsRectangle,
        QgsVectorLayer,
    )
    from qgis.gui import QgsMapCanvas, QgsMapToolPan
    from qgis.PyQt.QtCore import QEvent, QPointF, Qt
    from qgis.PyQt.QtGui import QColor, QMouseEvent
    from qgis.PyQt.QtWidgets import QHBoxLayout, QWidget

    from oneatlas_ppo.ui.aoi_section import AoiSection

    out_dir.mkdir(parents=True, exist_ok=True)
    project = QgsProject.instance()
    lambert = QgsCoordinateReferenceSystem("EPSG:2154")
    project.setCrs(lambert)
    countries = QgsVectorLayer(WORLD, "countries", "ogr")
    countries.renderer().symbol().setColor(QColor(232, 228, 214))
    regions = QgsVectorLayer(REGIONS, "regions", "ogr")
    regions.renderer().setSymbol(QgsFillSymbol.createSimple(
        {"color": "0,0,0,0", "outline_color": "150,150,150,255", "outline_width": "0.3"}))
    project.addMapLayer(countries)
    project.addMapLayer(regions)

    window = QWidget()
    window.setWindowTitle("AOI section")
    layout = QHBoxLayout(window)
    layout.setContentsMargins(0, 0, 0, 0)
    canvas = QgsMapCanvas(window)
    canvas.setCanvasColor(QColor(170, 211, 223))
    canvas.setDestinationCrs(lambert)
    canvas.setLayers([regions, countries])
    canvas.setMinimumSize(760, 620)
    layout.addWidget(canvas, 1)
    pan = QgsMapToolPan(canvas)
    canvas.setMapTool(pan)
    section = AoiSection(CanvasOnlyInterface(canvas), None, window)
    section.setFixedWidth(360)
    layout.addWidget(section)
    window.resize(1120, 640)
    window.show()
    settle()

    to_map = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), lambert, project)
    canvas.setExtent(to_map.transformBoundingBox(QgsRectangle(0.6, 43.2, 2.3, 44.0)))
    canvas.refresh()
    settle(1.0)

    # 1. an imported field with a hole and a stray second part, and a product with a 100 km² minimum
    field = [square(1.40, 43.56, 0.07), square(1.43, 43.58, 0.012)]
    stray = [square(1.52, 43.60, 0.015)]
    path = Path(tempfile.mkdtemp()) / "fields.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [{
        "type": "Feature", "properties": {},
        "geometry": {"type": "MultiPolygon", "coordinates": [field, stray]}}]}))
    section.import_file(str(path))
    section.set_minimum_order_area(100, "Pléiades OneDay")
    section.buttons["zoom"].click()
    settle(1.0)
    window.grab().save(str(out_dir / "aoi_problems.png"))

    # 2. after "Fix all"
    section.report_view.fix_all_button.click()
    settle(1.0)
    window.grab().save(str(out_dir / "aoi_fixed.png"))

    # 3. a bow-tie drawn with the polygon tool, in a 300 px wide panel
    section.clear()
    section.set_minimum_order_area(None, "")
    canvas.setExtent(to_map.transformBoundingBox(QgsRectangle(1.15, 43.45, 1.75, 43.75)))
    section.setFixedWidth(300)
    window.resize(1060, 640)

    def pixel(lon, lat):
        point = canvas.getCoordinateTransform().transform(to_map.transform(QgsPointXY(lon, lat)))
        return QPointF(point.x(), point.y())

    def mouse(kind, lon, lat, button=Qt.MouseButton.LeftButton):
        return QMouseEvent(kind, pixel(lon, lat), button, button, Qt.KeyboardModifier.NoModifier)

    section.buttons["polygon"].click()
    for lon, lat in ((1.30, 43.52), (1.50, 43.68), (1.50, 43.52)):
        canvas.mousePressEvent(mouse(QEvent.Type.MouseButtonPress, lon, lat))
        canvas.mouseReleaseEvent(mouse(QEvent.Type.MouseButtonRelease, lon, lat))
    canvas.mouseMoveEvent(mouse(QEvent.Type.MouseMove, 1.31, 43.66, Qt.MouseButton.NoButton))
    settle(1.0)
    window.grab().save(str(out_dir / "aoi_drawing.png"))
    canvas.mousePressEvent(mouse(QEvent.Type.MouseButtonPress, 1.30, 43.68))
    canvas.mouseReleaseEvent(mouse(QEvent.Type.MouseButtonRelease, 1.30, 43.68))
    canvas.mousePressEvent(mouse(QEvent.Type.MouseButtonPress, 1.30, 43.68, Qt.MouseButton.RightButton))
    canvas.mouseReleaseEvent(mouse(QEvent.Type.MouseButtonRelease, 1.30, 43.68, Qt.MouseButton.RightButton))
    settle(1.0)
    window.grab().save(str(out_dir / "aoi_narrow.png"))

    section.release()
    for name in ("aoi_problems", "aoi_fixed", "aoi_drawing", "aoi_narrow"):
        print(out_dir / f"{name}.png")
    # Leave without tearing QGIS down: PyQGIS often crashes at interpreter exit, and the PNGs are written.
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else REPO / "screenshots")
