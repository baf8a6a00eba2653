"""A map tool that takes the polygon feature under the cursor as the AOI.

It looks through the visible polygon layers from the top of the layer list down and stops at the first
feature hit, so the user gets what they see. The feature comes back with its layer (the geometry is in the
layer's CRS)."""

from typing import Callable, List

from qgis.core import QgsApplication, QgsMapLayer, QgsVectorLayer, QgsWkbTypes
from qgis.gui import QgsMapToolIdentify
from qgis.PyQt.QtCore import QCoreApplication, Qt, pyqtSignal

from ..common.i18n import QT_TRANSLATE_NOOP


def tr(text: str) -> str:
    return QCoreApplication.translate("AoiPicking", text)


def visible_polygon_layers(canvas) -> List[QgsVectorLayer]:
    """The canvas's polygon layers, top of the legend first (the order QGIS draws them in reverse)."""
    return [layer for layer in canvas.layers()
            if layer.type() == QgsMapLayer.LayerType.VectorLayer
            and layer.geometryType() == QgsWkbTypes.GeometryType.PolygonGeometry]


class FeaturePickTool(QgsMapToolIdentify):
    picked = pyqtSignal(object, object)   # QgsFeature, QgsVectorLayer
    nothing_found = pyqtSignal()
    cancelled = pyqtSignal()
    HINT = QT_TRANSLATE_NOOP("AoiPicking", "Click a polygon on the map to use it as the AOI. Esc cancels.")

    @property
    def hint(self) -> str:  # translated when shown: the translator is installed after this import
        return tr(self.HINT)

    def __init__(self, canvas, layers: Callable[[], List[QgsVectorLayer]] = None):
        super().__init__(canvas)
        self._layers = layers or (lambda: visible_polygon_layers(canvas))
        self.setCursor(QgsApplication.getThemeCursor(QgsApplication.Cursor.Identify))

    def reset(self) -> None:
        """Nothing is drawn while picking; here so the section treats every AOI tool alike."""

    def canvasPressEvent(self, event) -> None:
        pass

    def canvasMoveEvent(self, event) -> None:
        pass

    def canvasReleaseEvent(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        layers = self._layers()
        results = self.identify(event.x(), event.y(), layers,
                                QgsMapToolIdentify.IdentifyMode.TopDownStopAtFirst) if layers else []
        for result in results:
            if isinstance(result.mLayer, QgsVectorLayer) and result.mFeature.hasGeometry():
                self.picked.emit(result.mFeature, result.mLayer)
                return
        self.nothing_found.emit()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            event.accept()
            self.cancelled.emit()
        else:
            event.ignore()
