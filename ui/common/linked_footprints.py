"""A memory layer of footprints whose selection is linked with a list, shared by the feature tabs.

One outlined polygon per row, keyed by the row's id; selecting features on the map emits
``selection_changed(list of keys)``, and ``select(keys)`` highlights rows chosen in the list without echoing
back. The layer holds only public attributes given by the caller (never a link or a token, which would leak
into a saved project); it is replaced on demand and removed at release (plugin unload), and a layer the
user removed from the Layers panel is forgotten, never touched again.
"""

from typing import Iterable, List, Optional, Sequence, Tuple

from qgis.core import (
    QgsFeature,
    QgsFillSymbol,
    QgsGeometry,
    QgsProject,
    QgsSimpleLineSymbolLayer,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QObject, pyqtSignal

from .own_layers import SKIP_MEMORY_LAYER_CHECK
from .signals import disconnect_quietly

Row = Tuple[str, str, Sequence]  # key, WKT in EPSG:4326, attribute values in field order


def outline_symbol(rgba: str = "230,85,13,220", width: str = "0.5") -> QgsFillSymbol:
    """Outlines only, no fill layer at all: dozens of overlapping strips would bury the map and the AOI
    under a wash, and QGIS fills a *selected* polygon with the selection colour whenever its symbol has a
    fill layer (even a transparent one). With only a line, a selected footprint is outlined, never filled."""
    symbol = QgsFillSymbol()
    symbol.deleteSymbolLayer(0)
    symbol.appendSymbolLayer(QgsSimpleLineSymbolLayer.create({
        "line_color": rgba, "line_width": width, "line_style": "solid", "joinstyle": "miter"}))
    return symbol


class LinkedFootprints(QObject):
    selection_changed = pyqtSignal(list)

    def __init__(self, name: str, fields_uri: str, marker_property: str, project: Optional[QgsProject] = None,
                 parent=None, symbol_factory=outline_symbol, row_of=None):
        """``fields_uri``: the memory provider's field part ("field=id:string(64)&field=..."),
        ``marker_property``: a custom property marking the layer as ours in a reopened project,
        ``row_of``: turns what replace()/add() are given (scenes, attempts...) into a Row (default: as is)."""
        super().__init__(parent)
        self.row_of = row_of or (lambda row: row)
        self.name = name
        self.fields_uri = fields_uri
        self.marker_property = marker_property
        self.symbol_factory = symbol_factory
        self.project = project or QgsProject.instance()
        self.layer: Optional[QgsVectorLayer] = None
        self._feature_of_key = {}
        self._key_of_feature = {}
        self._updating_selection = False
        self.project.layersWillBeRemoved.connect(self._on_layers_removed)

    # -- lifetime ----------------------------------------------------------------------------------

    def new_layer(self) -> QgsVectorLayer:
        layer = QgsVectorLayer(f"Polygon?crs=EPSG:4326&{self.fields_uri}", self.name, "memory")
        layer.setCustomProperty(self.marker_property, True)
        layer.setCustomProperty(SKIP_MEMORY_LAYER_CHECK, 1)  # results fetched again at will, not user work
        layer.setRenderer(QgsSingleSymbolRenderer(self.symbol_factory()))
        return layer

    def configure(self, layer: QgsVectorLayer) -> None:
        """Hook for subclasses (temporal properties...), before the layer joins the project."""

    def replace(self, rows: Iterable[Row]) -> QgsVectorLayer:
        self.remove()
        layer = self.new_layer()
        self.layer = layer
        self.add(rows)
        self.configure(layer)
        layer.selectionChanged.connect(self._on_layer_selection)
        self.project.addMapLayer(layer)
        return layer

    def add(self, rows: Iterable) -> None:
        if self.layer is None:
            self.replace(rows)
            return
        rows = [row for row in map(self.row_of, rows) if row[0] not in self._feature_of_key and row[1]]
        features = []
        for _key, wkt, attributes in rows:
            feature = QgsFeature(self.layer.fields())
            feature.setGeometry(QgsGeometry.fromWkt(wkt))
            feature.setAttributes(list(attributes))
            features.append(feature)
        if not features:
            return
        ok, added = self.layer.dataProvider().addFeatures(features)
        if ok:
            for row, feature in zip(rows, added):
                self._feature_of_key[row[0]] = feature.id()
                self._key_of_feature[feature.id()] = row[0]
        self.layer.updateExtents()
        self.layer.triggerRepaint()

    def remove(self) -> None:
        layer, self.layer = self.layer, None
        self._feature_of_key.clear()
        self._key_of_feature.clear()
        if layer is not None and self.project.mapLayer(layer.id()) is not None:
            self.project.removeMapLayer(layer.id())

    def release(self) -> None:
        self.remove()
        disconnect_quietly(self.project.layersWillBeRemoved, self._on_layers_removed)

    def _on_layers_removed(self, layer_ids) -> None:
        if self.layer is not None and self.layer.id() in list(layer_ids):
            self.layer = None
            self._feature_of_key.clear()
            self._key_of_feature.clear()

    # -- selection ---------------------------------------------------------------------------------

    def select(self, keys: List[str]) -> None:
        if self.layer is None:
            return
        feature_ids = [self._feature_of_key[key] for key in keys if key in self._feature_of_key]
        self._updating_selection = True
        try:
            self.layer.selectByIds(feature_ids)
        finally:
            self._updating_selection = False

    def selected_keys(self) -> List[str]:
        if self.layer is None:
            return []
        return [self._key_of_feature[fid] for fid in self.layer.selectedFeatureIds()
                if fid in self._key_of_feature]

    def feature_id(self, key: str):
        return self._feature_of_key.get(key)

    def _on_layer_selection(self, *_args) -> None:
        if not self._updating_selection:
            self.selection_changed.emit(self.selected_keys())
