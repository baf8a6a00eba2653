"""The kept AOI on the canvas: one rubber band, redrawn when the map's CRS changes.

A rubber band rather than a project layer: the AOI is the plugin's working state, not data, so it must not
be saved into the user's project nor appear in the legend. It stays until the AOI is replaced or cleared,
and ``release()`` takes it off the canvas (plugin unload)."""

from typing import Optional

from qgis.core import QgsGeometry, QgsProject, QgsWkbTypes
from qgis.gui import QgsRubberBand

from ..common.geometry_transform import from_wgs84
from .style import style_aoi_band


class AoiCanvasItem:
    def __init__(self, canvas, project: Optional[QgsProject] = None):
        self.canvas = canvas
        self.project = project or QgsProject.instance()
        self.band: Optional[QgsRubberBand] = None
        self._shape = None
        self._drawn = None  # (canvas CRS, the shape in it): transformed once, possibly in a worker thread
        self._has_problems = False
        self.canvas.destinationCrsChanged.connect(self._redraw)

    def show(self, wgs84_shape, has_problems: bool = False, drawn=None) -> None:
        """Draw this WGS84 shapely geometry (replacing the previous AOI). ``drawn``: the same shape already
        in the canvas CRS (a big AOI's is transformed by its background check)."""
        self._shape = wgs84_shape
        self._drawn = (self.canvas.mapSettings().destinationCrs(), drawn) if drawn is not None else None
        self._has_problems = has_problems
        self._redraw()

    def clear(self) -> None:
        self._shape = None
        self._drawn = None
        self._remove_band()

    def canvas_geometry(self):
        """The AOI as drawn, in the canvas CRS (for zooming to it), or None."""
        if self._shape is None:
            return None
        crs = self.canvas.mapSettings().destinationCrs()
        if self._drawn is None or self._drawn[0] != crs:
            self._drawn = (crs, from_wgs84(self._shape, crs, self.project))
        return QgsGeometry(self._drawn[1])

    def zoom_to(self) -> None:
        geometry = self.canvas_geometry()
        if geometry is None or geometry.isEmpty():
            return
        extent = geometry.boundingBox()
        extent.scale(1.2)  # a margin so the outline is not glued to the map's edge
        self.canvas.setExtent(extent)
        self.canvas.refresh()

    def bring_into_view(self) -> None:
        """A file or another layer's selection may lie off screen: show it (a drawn AOI is already seen)."""
        geometry = self.canvas_geometry()
        if geometry is not None and not self.canvas.extent().contains(geometry.boundingBox()):
            self.zoom_to()

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
