"""One look for the AOI on the canvas, shared by the drawing tools and the kept AOI."""

from qgis.gui import QgsRubberBand
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor

AOI_STROKE = QColor(196, 127, 0)          # the amber of the AOI icons
AOI_FILL = QColor(242, 169, 0, 60)
DRAWING_STROKE = QColor(196, 127, 0, 220)
DRAWING_FILL = QColor(242, 169, 0, 40)
PROBLEM_STROKE = QColor(198, 40, 40)      # an AOI that OneAtlas would refuse as it is


def style_aoi_band(band: QgsRubberBand, has_problems: bool = False) -> None:
    band.setStrokeColor(PROBLEM_STROKE if has_problems else AOI_STROKE)
    band.setFillColor(AOI_FILL)
    band.setWidth(2)
    band.setLineStyle(Qt.PenStyle.DashLine if has_problems else Qt.PenStyle.SolidLine)


def style_drawing_band(band: QgsRubberBand) -> None:
    band.setStrokeColor(DRAWING_STROKE)
    band.setFillColor(DRAWING_FILL)
    band.setWidth(2)
    band.setLineStyle(Qt.PenStyle.DashLine)


def style_vertex_band(band: QgsRubberBand) -> None:
    """Marks the vertices clicked so far, so what Backspace removes is visible."""
    band.setIcon(QgsRubberBand.IconType.ICON_CIRCLE)
    band.setIconSize(7)
    band.setColor(DRAWING_STROKE)
    band.setWidth(2)
