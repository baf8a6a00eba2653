"""A shape drawn on the map beyond the world: said in one sentence that fits a drawing.

The map lets the mouse go past the edge of the world: beyond ±180°/±90° on a map in degrees, or far outside
the region a projected map's coordinate system can place (Lambert-93 dragged across the ocean). Converted
to longitude/latitude, such a shape comes out wrapped around the globe or near a pole, and the AOI rules
would then speak of vertices, layers and the antimeridian: words for an imported file, not for a drawing.
Here a drawing is checked first, as drawn, and refused with one sentence the user can act on.
"""

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsPointXY,
    QgsProject,
)
from qgis.PyQt.QtCore import QCoreApplication

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")
TOLERANCE_M = 1.0  # a position that does not come back within this after a round trip is not on the Earth


def tr(text: str) -> str:
    return QCoreApplication.translate("DrawnWorld", text)


def _off_the_earth(points, crs) -> bool:
    """True when a point of a projected map does not stand for one place on the Earth: the conversion to
    longitude/latitude fails, or converting back does not land where it was drawn (PROJ wraps or folds
    what lies outside the projection's domain)."""
    project = QgsProject.instance()
    there = QgsCoordinateTransform(crs, WGS84, project)
    back = QgsCoordinateTransform(WGS84, crs, project)
    for point in points:
        try:
            lon_lat = there.transform(point)
            returned = back.transform(lon_lat)
        except QgsCsException:
            return True
        if abs(lon_lat.x()) > 180.0 or abs(lon_lat.y()) > 90.0:
            return True
        if returned.distance(point) > TOLERANCE_M + 1e-9 * max(abs(point.x()), abs(point.y())):
            return True
    return False


def outside_world_sentence(geometry, crs: QgsCoordinateReferenceSystem) -> str:
    """'' when every vertex of a shape drawn on a map in ``crs`` stands for a place on the Earth; else one
    sentence for the whole shape (a drawing has few vertices: each is checked)."""
    points = [QgsPointXY(vertex.x(), vertex.y()) for vertex in geometry.vertices()]
    if not crs.isValid() or not points:
        return ""
    if crs.isGeographic():
        if all(abs(point.x()) <= 180.0 and abs(point.y()) <= 90.0 for point in points):
            return ""
        return tr("The shape you drew goes past the edge of the world (longitude −180° to 180°, latitude "
                  "−90° to 90°): draw it again within the world, over the area you want.")
    if not _off_the_earth(points, crs):
        return ""
    return tr("The shape you drew lies outside the part of the world the map's coordinate system, {crs}, can "
              "place: draw it again over the area you want (zoom to it first), or change the project's "
              "coordinate system.").format(crs=crs.authid() or crs.description())
