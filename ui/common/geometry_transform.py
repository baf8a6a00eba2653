"""QGIS geometries <-> WGS84 shapely geometries, through QGIS's own coordinate transforms.

The transform always goes through ``QgsCoordinateTransform(..., QgsProject.instance())`` so the user's
datum-transformation choices (the project's transform context) apply, and EPSG:4326 comes out as x=lon,
y=lat (QGIS normalises axis order for GIS use). Geometries cross the QGIS/shapely border as WKB, which keeps
100 000-vertex polygons fast (no per-vertex Python work).
"""

from typing import Optional

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsGeometry,
    QgsProject,
    QgsRectangle,
    QgsWkbTypes,
)
from shapely import wkb

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")


def _transform(source: QgsCoordinateReferenceSystem, destination: QgsCoordinateReferenceSystem,
               project: Optional[QgsProject],
               context: Optional[QgsCoordinateTransformContext] = None) -> Optional[QgsCoordinateTransform]:
    if not source.isValid() or source == destination:
        return None
    if context is not None:  # a worker thread: the project's context, read on the main thread beforehand
        return QgsCoordinateTransform(source, destination, context)
    return QgsCoordinateTransform(source, destination, project or QgsProject.instance())


def plain_polygonal(geometry: QgsGeometry) -> QgsGeometry:
    """A copy with straight segments only and no Z/M: what OneAtlas (and shapely) understand.

    KML files bring Z values, some GeoPackages curved polygons; neither means anything for an AOI."""
    plain = QgsGeometry(geometry)
    if QgsWkbTypes.isCurvedType(plain.wkbType()):
        plain.convertToStraightSegment()
    abstract = plain.get()
    if abstract is not None:
        abstract.dropZValue()
        abstract.dropMValue()
    return plain


def to_wgs84(geometry: QgsGeometry, source_crs: QgsCoordinateReferenceSystem,
             project: Optional[QgsProject] = None, context: Optional[QgsCoordinateTransformContext] = None):
    """A shapely geometry in lon/lat WGS84 from a QGIS geometry in ``source_crs``.

    From a worker thread, pass ``context`` (``QgsProject.instance().transformContext()`` read on the main
    thread): the project itself must not be touched there."""
    moved = plain_polygonal(geometry)
    transform = _transform(source_crs, WGS84, project, context)
    if transform is not None:
        moved.transform(transform)
    return wkb.loads(bytes(moved.asWkb()))


def from_wgs84(shape, destination_crs: QgsCoordinateReferenceSystem,
               project: Optional[QgsProject] = None,
               context: Optional[QgsCoordinateTransformContext] = None) -> QgsGeometry:
    """A QGIS geometry in ``destination_crs`` from a WGS84 shapely geometry (to draw it on the canvas)."""
    geometry = QgsGeometry()
    geometry.fromWkb(shape.wkb)
    transform = _transform(WGS84, destination_crs, project, context)
    if transform is not None:
        geometry.transform(transform)
    return geometry


def rectangle_to_wgs84(rectangle: QgsRectangle, source_crs: QgsCoordinateReferenceSystem,
                       project: Optional[QgsProject] = None):
    """The four corners of a map rectangle, moved to WGS84 (a quadrilateral, not a bounding box, so the
    AOI keeps the corners the user drew even in a rotated projection such as Lambert 93)."""
    return to_wgs84(QgsGeometry.fromRect(rectangle), source_crs, project)
