"""Delivered products as layers streamed from the OneAtlas workspace.

A layer is an XYZ layer over the item's (or each image's) tile template: its source holds the tile URL and
nothing else, so a saved project carries no secret; the token travels in a header added by the request
preprocessor (tile_auth.py). Layers are marked with a custom property so that a reopened project can be
recognised (project_watch.py). A product with several images becomes a layer group, an order with several
products too; everything is named as an analyst would name it: satellite, date and order reference.
"""

from typing import List, Optional
from urllib.parse import quote

from qgis.core import QgsLayerTreeGroup, QgsProject, QgsRasterLayer
from qgis.PyQt.QtCore import QCoreApplication

from ...core.workspace import XYZ_SUFFIX, streaming_urls
from ..common.formatting import constellation_label
from ..common.geometry_transform import from_wgs84
from ..connection.project_watch import STREAMED_PROPERTY, streamed_layers  # noqa: F401 (used by the tab)

MAX_ZOOM = 20


def tr(text: str) -> str:
    return QCoreApplication.translate("Streaming", text)


def xyz_uri(template: str) -> str:
    """The QGIS source of an XYZ layer. ``{z}/{x}/{y}`` stay as they are; the rest is percent-encoded."""
    return f"type=xyz&url={quote(template, safe=':/{}')}&zmin=0&zmax={MAX_ZOOM}"


def product_name(scene, reference: str = "") -> str:
    """"Pléiades Neo PNEO3 · 2025-03-02 · my-reference": satellite, date, order."""
    parts = [" ".join(part for part in (constellation_label(scene.constellation), scene.platform) if part)]
    if scene.acquisition_date is not None:
        parts.append(scene.acquisition_date.strftime("%Y-%m-%d"))
    parts.append(reference or scene.customer_reference or scene.id)
    return " · ".join(part for part in parts if part)


def layer_sources(scene) -> List[tuple]:
    """(name suffix, XYZ template) of each image of the product; one entry (no suffix) for the whole item
    when it has a single image or none listed."""
    urls = streaming_urls(scene)
    images = urls.image_wmts
    if len(images) <= 1:
        return [("", urls.xyz)]
    return [(name, href.split("?", 1)[0].rstrip("/") + XYZ_SUFFIX.format(matrix_set="EPSG3857"))
            for name, href in images.items()]


def streamed_layer(name: str, template: str, item_id: str) -> QgsRasterLayer:
    layer = QgsRasterLayer(xyz_uri(template), name, "wms")
    layer.setCustomProperty(STREAMED_PROPERTY, item_id)
    return layer


def open_streamed(row, iface=None, project: Optional[QgsProject] = None) -> List[QgsRasterLayer]:
    """Add the delivered products of ``row`` (core OrderRow) as streamed layers at the top of the layer
    tree, in a group when there is more than one layer, and zoom the map to them. Returns the layers."""
    project = project or QgsProject.instance()
    entries = []
    for scene in row.products:
        sources = layer_sources(scene)
        for suffix, template in sources:
            name = product_name(scene, row.reference) + (f" · {suffix}" if suffix else "")
            entries.append((streamed_layer(name, template, scene.id), scene))
    if not entries:
        return []
    root = project.layerTreeRoot()
    parent: QgsLayerTreeGroup = root
    if len(entries) > 1:
        parent = root.insertGroup(0, tr("OneAtlas {reference}").format(reference=row.reference))
    for index, (layer, _scene) in enumerate(entries):
        project.addMapLayer(layer, False)
        parent.insertLayer(index if parent is not root else 0, layer)
    zoom_to(iface, [scene.geometry for _layer, scene in entries])
    return [layer for layer, _scene in entries]


def zoom_to(iface, geometries) -> None:
    """Zoom the map canvas to the union of WGS84 shapely ``geometries`` (with a small margin)."""
    canvas = iface.mapCanvas() if iface is not None else None
    geometries = [geometry for geometry in geometries if geometry is not None]
    if canvas is None or not geometries:
        return
    extent = None
    for geometry in geometries:
        box = from_wgs84(geometry, canvas.mapSettings().destinationCrs()).boundingBox()
        if extent is None:
            extent = box
        else:
            extent.combineExtentWith(box)
    extent.scale(1.1)
    canvas.setExtent(extent)
    canvas.refresh()


