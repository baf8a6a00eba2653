"""The "Footprints" memory layer: one outlined polygon per search result, selection linked with the table.

The layer holds only public catalog attributes (id, satellite, date, cloud, incidence): never a link,
a token or anything else that would leak into a saved project. It is replaced on each new search and
removed when the section is released (plugin unload).
"""

from typing import List, Optional

from qgis.core import (
    Qgis,
    QgsFillSymbol,
    QgsLineSymbolLayer,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..common.i18n import QT_TRANSLATE_NOOP
from ..common.linked_footprints import LinkedFootprints, outline_symbol

LAYER_NAME = QT_TRANSLATE_NOOP("ArchiveFootprints", "Footprints")
# Marks the layer as ours (custom property) so a project reopened later is not confused with a user layer.
LAYER_PROPERTY = "oneatlas_ppo/archive_footprints"
FIELDS = ("scene_id", "constellation", "platform", "acquired", "cloud_cover", "incidence")


def tr(text: str) -> str:
    return QCoreApplication.translate("ArchiveFootprints", text)


def _outline_symbol(colour: str = "230,85,13,170", width: str = "0.3") -> QgsFillSymbol:
    return outline_symbol(colour, width)


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


FIELDS_URI = ("field=scene_id:string(64)&field=constellation:string(8)&field=platform:string(16)"
              "&field=acquired:string(32)&field=cloud_cover:double&field=incidence:double")


def scene_row(scene):
    """A scene as the shared footprints layer takes it: key, WKT, public attributes in FIELDS order."""
    date = scene.acquisition_date.isoformat() if scene.acquisition_date else ""
    wkt = scene.geometry.wkt if scene.geometry is not None else ""
    return scene.id, wkt, [scene.id, scene.constellation, scene.platform, date, scene.cloud_cover,
                           scene.incidence_angle]


class FootprintsLayer(LinkedFootprints):
    """The archive results' layer (ui/common/linked_footprints.py keyed by scene id): replaced on each new
    search, pages appended, ``selection_changed(list of scene ids)`` when the user selects on the map."""

    def __init__(self, project: Optional[QgsProject] = None, parent=None):
        super().__init__(tr(LAYER_NAME), FIELDS_URI, LAYER_PROPERTY, project, parent,
                         symbol_factory=_outline_symbol, row_of=scene_row)

    def configure(self, layer: QgsVectorLayer) -> None:
        _style_selection(layer)

    def select_scenes(self, scene_ids: List[str]) -> None:
        """Select (highlight) these scenes' footprints; does not echo back through selection_changed."""
        self.select(scene_ids)

    def selected_scene_ids(self) -> List[str]:
        return self.selected_keys()
