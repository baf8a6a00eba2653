"""AOI sources that are not drawn: the selected features of a layer, a vector file, the map extent.

Each returns a :class:`SourceGeometry` (a QGIS geometry, its CRS and words saying where it came from) or
raises :class:`AoiSourceError` with a sentence the user can act on. Several polygons are merged, never
silently dropped: the AOI checks then say it is multipart and offer the fixes."""

from dataclasses import dataclass
from pathlib import Path
from typing import List

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeatureRequest,
    QgsGeometry,
    QgsMapLayer,
    QgsProviderRegistry,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..common.i18n import QT_TRANSLATE_NOOP

# An AOI is one area: a layer with more polygons than this is a data set, not an AOI (and merging it
# could take minutes). The user can select the few they need and use the selection.
MAX_FEATURES = 5000

# What the file dialog offers; any other format OGR reads also works when typed or dropped.
FILE_FILTER = QT_TRANSLATE_NOOP(
    "AoiSources", "Vector files (*.geojson *.json *.kml *.kmz *.shp *.gpkg *.gml *.fgb);;"
    "GeoJSON (*.geojson *.json);;KML (*.kml *.kmz);;Shapefile (*.shp);;GeoPackage (*.gpkg);;All files (*)")


def tr(text: str) -> str:
    return QCoreApplication.translate("AoiSources", text)


def file_filter() -> str:
    return tr(FILE_FILTER)


class AoiSourceError(Exception):
    """Why a layer, a selection or a file gave no AOI, in words the user can act on."""


@dataclass
class SourceGeometry:
    geometry: QgsGeometry
    crs: QgsCoordinateReferenceSystem
    description: str


def is_polygon_layer(layer) -> bool:
    return (layer is not None and layer.type() == QgsMapLayer.LayerType.VectorLayer
            and layer.geometryType() == QgsWkbTypes.GeometryType.PolygonGeometry)


def _merge(geometries: List[QgsGeometry]) -> QgsGeometry:
    if len(geometries) == 1:
        return QgsGeometry(geometries[0])
    return QgsGeometry.unaryUnion(geometries)


def _polygons(features) -> List[QgsGeometry]:
    return [feature.geometry() for feature in features
            if feature.hasGeometry()
            and feature.geometry().type() == QgsWkbTypes.GeometryType.PolygonGeometry]


def feature_geometry(feature, layer: QgsVectorLayer) -> SourceGeometry:
    description = tr("Feature {id} of '{layer}'").format(id=feature.id(), layer=layer.name())
    return SourceGeometry(QgsGeometry(feature.geometry()), layer.crs(), description)


def selected_features_geometry(layer: QgsVectorLayer) -> SourceGeometry:
    if not is_polygon_layer(layer):
        raise AoiSourceError(tr("Choose a polygon layer first."))
    count = layer.selectedFeatureCount()
    if count == 0:
        raise AoiSourceError(tr("No feature is selected in '{layer}'. Select one or more polygons on the "
                                "map (Select Features tool), then use the selection.").format(
            layer=layer.name()))
    if count > MAX_FEATURES:
        raise AoiSourceError(tr("{count} features are selected in '{layer}': an AOI is one area. Select "
                                "fewer polygons.").format(count=count, layer=layer.name()))
    polygons = _polygons(layer.getSelectedFeatures())
    if not polygons:
        raise AoiSourceError(tr("The selected features of '{layer}' have no geometry.").format(
            layer=layer.name()))
    if count == 1:
        feature = next(iter(layer.getSelectedFeatures()))
        return feature_geometry(feature, layer)
    description = tr("{count} selected features of '{layer}'").format(count=count, layer=layer.name())
    return SourceGeometry(_merge(polygons), layer.crs(), description)


def map_extent_geometry(canvas) -> SourceGeometry:
    extent = canvas.extent()
    if extent.isEmpty():
        raise AoiSourceError(tr("The map shows nothing yet: add a layer or zoom to your area first."))
    return SourceGeometry(QgsGeometry.fromRect(extent), canvas.mapSettings().destinationCrs(),
                          tr("Map extent"))


def _file_layers(path: str) -> List[QgsVectorLayer]:
    """The vector layers of a file, in the file's order, skipping those that cannot hold polygons."""
    layers = []
    for details in QgsProviderRegistry.instance().querySublayers(path):
        if details.type() != QgsMapLayer.LayerType.VectorLayer:
            continue
        geometry_type = QgsWkbTypes.geometryType(details.wkbType())
        # KML and some GeoJSON files say "unknown" for a layer of polygons: look inside those too.
        if geometry_type not in (QgsWkbTypes.GeometryType.PolygonGeometry,
                                 QgsWkbTypes.GeometryType.UnknownGeometry):
            continue
        layer = QgsVectorLayer(details.uri(), details.name() or Path(path).stem,
                               details.providerKey() or "ogr")
        if layer.isValid():
            layers.append(layer)
    if not layers:  # e.g. a provider that lists no sublayers: let OGR open the file as it is
        layer = QgsVectorLayer(path, Path(path).stem, "ogr")
        if layer.isValid():
            layers.append(layer)
    return layers


def file_geometry(path: str) -> SourceGeometry:
    """The polygons of the first layer of ``path`` that has any (OGR: GeoJSON, KML, Shapefile, GeoPackage)."""
    name = Path(path).name
    if not Path(path).exists():
        raise AoiSourceError(tr("{name} does not exist.").format(name=name))
    layers = _file_layers(path)
    if not layers:
        raise AoiSourceError(tr("QGIS cannot read {name} as a vector file.").format(name=name))
    for index, layer in enumerate(layers):
        if layer.featureCount() > MAX_FEATURES:
            raise AoiSourceError(tr("{name} has {count} features: an AOI is one area. Open the file in QGIS, "
                                    "select the polygons you need and use the selection.").format(
                name=name, count=layer.featureCount()))
        request = QgsFeatureRequest().setNoAttributes()
        polygons = _polygons(layer.getFeatures(request))
        if not polygons:
            continue
        description = tr("File {name}").format(name=name)
        if len(layers) > 1:
            description += tr(", layer '{layer}'").format(layer=layer.name())
            if index + 1 < len(layers):
                description += tr(" (first of {count} layers)").format(count=len(layers))
        if len(polygons) > 1:
            description += tr(", {count} polygons").format(count=len(polygons))
        return SourceGeometry(_merge(polygons), layer.crs(), description)
    raise AoiSourceError(tr("{name} holds no polygon (only points or lines?). An AOI must be an area.")
                         .format(name=name))
