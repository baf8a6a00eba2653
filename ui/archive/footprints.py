"""The "Footprints" memory layer: one outlined polygon per search result, selection linked with the table.

The layer holds only public catalog attributes (id, satellite, date, cloud, incidence): never a link,
a token or anything else that would leak into a saved project. It is replaced on each new search and
removed when the section is released (plugin unload).
"""

from typing import Iterable, List, Optional

from qgis.core import (
    Qgis,
    QgsFeature,
    QgsFillSymbol,
    QgsGeometry,
    QgsLineSymbolLayer,
    QgsProject,
    QgsSimpleLineSymbolLayer,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication, QObject, pyqtSignal

from ..common.own_layers import SKIP_MEMORY_LAYER_CHECK

LAYER_NAME = "Footprints"
# Marks the layer as ours (custom property) so a project reopened later is not confused with a user layer.
LAYER_PROPERTY = "oneatlas_ppo/archive_footprints"
FIELDS = ("scene_id", "constellation", "platform", "acquired", "cloud_cover", "incidence")


def tr(text: str) -> str:
    return QCoreApplication.translate("ArchiveFootprints", text)


def _outline_symbol(colour: str = "230,85,13,170", width: str = "0.3") -> QgsFillSymbol:
    """Outlines only, no fill layer at all: dozens of overlapping strips would bury the map and the AOI
    under a wash, and QGIS fills a *selected* polygon with the selection colour whenever its symbol has a
    fill layer (even a transparent one). With only a line, a selected footprint is outlined, never filled."""
    symbol = QgsFillSymbol()
    symbol.deleteSymbolLayer(0)
    symbol.appendSymbolLayer(QgsSimpleLineSymbolLayer.create({
        "line_color": colour, "line_width": width, "line_style": "solid", "joinstyle": "miter"}))
    return symbol


def _style_selection(layer: QgsVectorLayer) -> None:
    """QGIS 3.34+ lets a layer draw its selection with its own symbol: a strong magenta outline. Older
    versions draw the outline above in the project's selection colour (still an outline, not a fill)."""
    properties = getattr(layer, "selectionProperties", None)
    if properties is None:
        return
    selection = properties()
    selection.setSelectionRenderingMode(Qgis.SelectionRenderingMode.CustomSymbol)
    selection.setSelectionSymbol(_outline_symbol("214,0,147,255", "0.9"))


def selected_outline_only(layer: QgsVectorLayer) -> bool:
    """True when a selected footprint is drawn as an outline (no symbol layer that could fill it)."""
    symbols = [layer.renderer().symbol()]
    properties = getattr(layer, "selectionProperties", None)
    if properties is not None and properties().selectionSymbol() is not None:
        symbols.append(properties().selectionSymbol())
    return all(isinstance(symbol_layer, QgsLineSymbolLayer)
               for symbol in symbols for symbol_layer in symbol.symbolLayers())


class FootprintsLayer(QObject):
    """Owns at most one layer in the project; emits ``selection_changed(list of scene ids)`` when the user
    selects footprints on the map."""

    selection_changed = pyqtSignal(list)

    def __init__(self, project: Optional[QgsProject] = None, parent=None):
        super().__init__(parent)
        self.project = project or QgsProject.instance()
        self.layer: Optional[QgsVectorLayer] = None
        self._feature_of_scene = {}
        self._scene_of_feature = {}
        self._updating_selection = False
        self.project.layersWillBeRemoved.connect(self._on_layers_removed)

    # -- lifetime ----------------------------------------------------------------------------------

    def replace(self, scenes: Iterable) -> QgsVectorLayer:
        """Drop the previous search's layer and add a new one with these scenes."""
        self.remove()
        uri = ("Polygon?crs=EPSG:4326&field=scene_id:string(64)&field=constellation:string(8)"
               "&field=platform:string(16)&field=acquired:string(32)&field=cloud_cover:double"
               "&field=incidence:double")
        layer = QgsVectorLayer(uri, tr(LAYER_NAME), "memory")
        layer.setCustomProperty(LAYER_PROPERTY, True)
        layer.setCustomProperty(SKIP_MEMORY_LAYER_CHECK, 1)
        layer.setRenderer(QgsSingleSymbolRenderer(_outline_symbol()))
        _style_selection(layer)
        self.layer = layer
        self.add(scenes)
        layer.selectionChanged.connect(self._on_layer_selection)
        self.project.addMapLayer(layer)
        return layer

    def add(self, scenes: Iterable) -> None:
        """Append scenes (a further page of results)."""
        if self.layer is None:
            self.replace(scenes)
            return
        features = []
        scenes = [scene for scene in scenes if scene.id not in self._feature_of_scene and scene.geometry]
        for scene in scenes:
            feature = QgsFeature(self.layer.fields())
            feature.setGeometry(QgsGeometry.fromWkt(scene.geometry.wkt))
            date = scene.acquisition_date.isoformat() if scene.acquisition_date else ""
            feature.setAttributes([scene.id, scene.constellation, scene.platform, date,
                                   scene.cloud_cover, scene.incidence_angle])
            features.append(feature)
        if not features:
            return
        ok, added = self.layer.dataProvider().addFeatures(features)
        if ok:
            for scene, feature in zip(scenes, added):
                self._feature_of_scene[scene.id] = feature.id()
                self._scene_of_feature[feature.id()] = scene.id
        self.layer.updateExtents()
        self.layer.triggerRepaint()

    def remove(self) -> None:
        layer, self.layer = self.layer, None
        self._feature_of_scene.clear()
        self._scene_of_feature.clear()
        if layer is not None and self.project.mapLayer(layer.id()) is not None:
            self.project.removeMapLayer(layer.id())

    def release(self) -> None:
        """Plugin unload: remove the layer and stop listening to the project."""
        self.remove()
        try:
            self.project.layersWillBeRemoved.disconnect(self._on_layers_removed)
        except TypeError:
            pass

    def _on_layers_removed(self, layer_ids) -> None:
        # The user removed the layer from the Layers panel: forget it, do not touch a deleted object.
        if self.layer is not None and self.layer.id() in list(layer_ids):
            self.layer = None
            self._feature_of_scene.clear()
            self._scene_of_feature.clear()

    # -- selection ---------------------------------------------------------------------------------

    def select_scenes(self, scene_ids: List[str]) -> None:
        """Select (highlight) these scenes' footprints; does not echo back through selection_changed."""
        if self.layer is None:
            return
        feature_ids = [self._feature_of_scene[sid] for sid in scene_ids if sid in self._feature_of_scene]
        self._updating_selection = True
        try:
            self.layer.selectByIds(feature_ids)
        finally:
            self._updating_selection = False

    def selected_scene_ids(self) -> List[str]:
        if self.layer is None:
            return []
        return [self._scene_of_feature[fid] for fid in self.layer.selectedFeatureIds()
                if fid in self._scene_of_feature]

    def _on_layer_selection(self, *_args) -> None:
        if not self._updating_selection:
            self.selection_changed.emit(self.selected_scene_ids())
