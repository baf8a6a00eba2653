"""The kept AOI on the canvas: one rubber band, redrawn when the map's CRS changes.

A rubber band rather than a project layer: the AOI is the plugin's working state, not data, so it must not
be saved into the user's project nor appear in the legend. It stays until the AOI is replaced or cleared,
and ``release()`` takes it off the canvas (plugin unload)."""

from typing import Optional

from qgis.core import QgsProject, QgsWkbTypes
from qgis.gui import QgsRubberBand

from ..common.geometry_transform import from_wgs84
from .style import style_aoi_band


class AoiCanvasItem:
    def __init__(self, canvas, project: Optional[QgsProject] = None):
        self.canvas = canvas
        self.project = project or QgsProject.instance()
        self.band: Optional[QgsRubberBand] = None
        self._shape = None
        self._has_problems = False
        self.canvas.destinationCrsChanged.connect(self._redraw)

    def show(self, wgs84_shape, has_problems: bool = False) -> None:
        """Draw this WGS84 shapely geometry (replacing the previous AOI)."""
        self._shape = wgs84_shape
        self._has_problems = has_problems
        self._redraw()

    def clear(self) -> None:
        self._shape = None
        self._remove_band()

    def canvas_geometry(self):
        """The AOI as drawn, in the canvas CRS (for zooming to it), or None."""
        if self._shape is None:
            return None
        return from_wgs84(self._shape, self.canvas.mapSettings().destinationCrs(), self.project)

    def zoom_to(self) -> None:
        geometry = self.canvas_geometry()
        if geometry is None or geometry.isEmpty():
            return
        extent = geometry.boundingBox()
        extent.scale(1.2)  # a margin so the outline is not glued to the map's edge
        self.canvas.setExtent(extent)
        self.canvas.refresh()

    def release(self) -> None:
        self.clear()
        try:
            self.canvas.destinationCrsChanged.disconnect(self._redraw)
        except (TypeError, RuntimeError):
            pass

    def _remove_band(self) -> None:
        if self.band is not None:
            self.band.reset(QgsWkbTypes.GeometryType.PolygonGeometry)
            self.canvas.scene().removeItem(self.band)
            self.band = None

    def _redraw(self) -> None:
        if self._shape is None:
            return
        if self.band is None:
            self.band = QgsRubberBand(self.canvas, QgsWkbTypes.GeometryType.PolygonGeometry)
        style_aoi_band(self.band, self._has_problems)
        self.band.setToGeometry(self.canvas_geometry(), None)
