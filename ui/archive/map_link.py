"""The results table and the map, linked: a row selected selects its footprint (and the reverse), the
selected scenes' quicklooks are drawn on the map, and after a search the map frames the results and the AOI.
"""

from typing import Callable, List

from qgis.core import QgsCoordinateTransform, QgsProject, QgsRectangle
from qgis.PyQt.QtCore import QItemSelection, QItemSelectionModel, QObject, pyqtSignal

from ..common.geometry_transform import from_wgs84


class SelectionLink(QObject):
    """Keeps the table's selection and the footprints layer's selection the same, without echoes;
    ``scenes_selected(list of scenes)`` after every change, from either side."""

    scenes_selected = pyqtSignal(list)

    def __init__(self, table, model, footprints, parent=None):
        super().__init__(parent)
        self.table, self.model, self.footprints = table, model, footprints
        self._syncing = False
        table.selectionModel().selectionChanged.connect(self._from_table)
        footprints.selection_changed.connect(self._from_map)

    def selected_scenes(self) -> List[object]:
        ids = set(self.table.selected_scene_ids())
        return [scene for scene in self.model.scenes() if scene.id in ids]

    def _from_table(self, *_args) -> None:
        if self._syncing:
            return
        self._syncing = True
        try:
            self.footprints.select_scenes(self.table.selected_scene_ids())
        finally:
            self._syncing = False
        self.scenes_selected.emit(self.selected_scenes())

    def _from_map(self, scene_ids) -> None:
        if self._syncing:
            return
        self._syncing = True
        try:
            selection = QItemSelection()
            for scene_id in scene_ids:
                row = self.model.row_of(scene_id)
                if row is not None:
                    selection.select(self.model.index(row, 0),
                                     self.model.index(row, self.model.columnCount() - 1))
            self.table.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            if scene_ids:
                row = self.model.row_of(scene_ids[0])
                if row is not None:
                    self.table.scrollTo(self.model.index(row, 0))
        finally:
            self._syncing = False
        self.scenes_selected.emit(self.selected_scenes())


def results_extent(canvas, footprints_layer, aoi, project=None) -> QgsRectangle:
    """The footprints' extent and the AOI's, together, in the map's CRS (empty when there is neither)."""
    project = project or QgsProject.instance()
    crs = canvas.mapSettings().destinationCrs()
    extent = QgsRectangle()
    if footprints_layer is not None and footprints_layer.featureCount():
        transform = QgsCoordinateTransform(footprints_layer.crs(), crs, project)
        extent = transform.transformBoundingBox(footprints_layer.extent())
    if aoi is not None and not aoi.is_empty:
        box = from_wgs84(aoi, crs, project).boundingBox()
        if extent.isEmpty():
            extent = box
        else:
            extent.combineExtentWith(box)
    return extent


def frame_results(canvas, footprints_layer, aoi, guard: Callable[[], bool] = lambda: True) -> None:
    """Zoom the map to the results and the AOI (with a small margin)."""
    if canvas is None or not guard():
        return
    try:
        extent = results_extent(canvas, footprints_layer, aoi)
    except Exception:  # noqa: BLE001 -- framing is a courtesy: a CRS that cannot take it leaves the map be
        return
    if extent.isEmpty():
        return
    extent.scale(1.05)
    canvas.setExtent(extent)
    canvas.refresh()
