"""Map tools that draw a new AOI: a rectangle (press, drag, release) and a polygon (click vertices).

Both report the finished shape in the canvas CRS through ``finished(QgsGeometry)`` and say
``cancelled()`` on Esc; the AOI section decides what happens next (transform, check, restore the previous
map tool). Their rubber bands exist only while they are active, so a deactivated or released tool leaves
nothing on the canvas.
"""

from typing import List, Optional

from qgis.core import QgsApplication, QgsGeometry, QgsPointXY, QgsRectangle, QgsWkbTypes
from qgis.gui import QgsMapTool, QgsRubberBand
from qgis.PyQt.QtCore import QCoreApplication, Qt, pyqtSignal

from ..common.i18n import QT_TRANSLATE_NOOP
from .style import style_drawing_band, style_vertex_band

MIN_DRAG_PIXELS = 3  # a click without a drag is not a rectangle


def tr(text: str) -> str:
    return QCoreApplication.translate("AoiDrawing", text)


class AoiMapTool(QgsMapTool):
    """Shared plumbing: the signals, a rubber band that lives only while drawing, Esc cancels."""

    finished = pyqtSignal(object)   # QgsGeometry in the canvas CRS
    cancelled = pyqtSignal()
    HINT = ""  # marked with QT_TRANSLATE_NOOP; translated when shown (the translator comes after import)

    @property
    def hint(self) -> str:
        return tr(self.HINT) if self.HINT else ""

    def __init__(self, canvas):
        super().__init__(canvas)
        self.band: Optional[QgsRubberBand] = None
        self.vertex_band: Optional[QgsRubberBand] = None
        self.setCursor(QgsApplication.getThemeCursor(QgsApplication.Cursor.CapturePoint))

    def _ensure_band(self) -> QgsRubberBand:
        if self.band is None:
            self.band = QgsRubberBand(self.canvas(), QgsWkbTypes.GeometryType.PolygonGeometry)
            style_drawing_band(self.band)
        return self.band

    def _ensure_vertex_band(self) -> QgsRubberBand:
        if self.vertex_band is None:
            self.vertex_band = QgsRubberBand(self.canvas(), QgsWkbTypes.GeometryType.PointGeometry)
            style_vertex_band(self.vertex_band)
        return self.vertex_band

    def remove_band(self) -> None:
        for band in (self.band, self.vertex_band):
            if band is not None:
                band.reset()
                self.canvas().scene().removeItem(band)
        self.band = None
        self.vertex_band = None

    def reset(self) -> None:
        """Forget the shape being drawn."""
        self.remove_band()

    def deactivate(self) -> None:
        # Another tool took over (or ours was released): a half-drawn shape must not stay on the map.
        self.reset()
        super().deactivate()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.reset()
            event.accept()
            self.cancelled.emit()
        else:
            event.ignore()


class RectangleTool(AoiMapTool):
    HINT = QT_TRANSLATE_NOOP("AoiDrawing", "Press and drag on the map to draw a rectangle. Esc cancels.")

    def __init__(self, canvas):
        super().__init__(canvas)
        self._start: Optional[QgsPointXY] = None
        self._start_pixel = None

    def reset(self) -> None:
        self._start = None
        self._start_pixel = None
        super().reset()

    def canvasPressEvent(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        self._start = QgsPointXY(event.mapPoint())
        self._start_pixel = event.pos()
        self._ensure_band()

    def canvasMoveEvent(self, event) -> None:
        if self._start is None:
            return
        rectangle = QgsRectangle(self._start, QgsPointXY(event.mapPoint()))
        self._ensure_band().setToGeometry(QgsGeometry.fromRect(rectangle), None)

    def canvasReleaseEvent(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._start is None:
            return
        start, start_pixel = self._start, self._start_pixel
        self.reset()
        moved = event.pos() - start_pixel
        if abs(moved.x()) < MIN_DRAG_PIXELS or abs(moved.y()) < MIN_DRAG_PIXELS:
            return  # a plain click: keep the tool active and wait for a real drag
        rectangle = QgsRectangle(start, QgsPointXY(event.mapPoint()))
        rectangle.normalize()
        self.finished.emit(QgsGeometry.fromRect(rectangle))


class PolygonTool(AoiMapTool):
    HINT = QT_TRANSLATE_NOOP("AoiDrawing", "Click to add vertices; double-click or right-click to finish. "
                             "Backspace removes the last vertex, Esc cancels.")

    def __init__(self, canvas):
        super().__init__(canvas)
        self.vertices: List[QgsPointXY] = []
        self._cursor_point: Optional[QgsPointXY] = None

    def reset(self) -> None:
        self.vertices = []
        self._cursor_point = None
        super().reset()

    # Vertices are added on press, not release: Qt turns the second press of a double-click into a
    # double-click event, so a double-click adds its point once (first press) and then finishes.
    def canvasPressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            point = QgsPointXY(event.mapPoint())
            if not self.vertices or self.vertices[-1] != point:
                self.vertices.append(point)
            self._redraw()

    def canvasReleaseEvent(self, event) -> None:
        # Right-click finishes on release, not press: QGIS's canvas treats a right-button release with a
        # pan/zoom tool as "go back to the last tool", so finishing (and restoring the user's pan tool) on
        # press would let that release switch straight back to this tool.
        if event.button() == Qt.MouseButton.RightButton:
            self.finish()

    def canvasMoveEvent(self, event) -> None:
        if self.vertices:
            self._cursor_point = QgsPointXY(event.mapPoint())
            self._redraw()

    def canvasDoubleClickEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.finish()

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete) and self.vertices:
            self.vertices.pop()
            self._redraw()
            event.accept()
            return
        super().keyPressEvent(event)

    def finish(self) -> None:
        """Close the polygon; fewer than three vertices is not a polygon yet, so keep drawing."""
        if len(self.vertices) < 3:
            return
        polygon = QgsGeometry.fromPolygonXY([list(self.vertices) + [self.vertices[0]]])
        self.reset()
        self.finished.emit(polygon)

    def _redraw(self) -> None:
        points = list(self.vertices)
        if self._cursor_point is not None:
            points.append(self._cursor_point)
        band = self._ensure_band()
        band.reset(QgsWkbTypes.GeometryType.PolygonGeometry)
        for index, point in enumerate(points):
            band.addPoint(point, index == len(points) - 1)
        markers = self._ensure_vertex_band()
        markers.reset(QgsWkbTypes.GeometryType.PointGeometry)
        for index, point in enumerate(self.vertices):
            markers.addPoint(point, index == len(self.vertices) - 1)
