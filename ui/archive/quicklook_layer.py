"""The quicklooks of the selected scenes, drawn on the map: one raster layer per scene in a layer group
placed under the "Footprints" layer (the AOI, a canvas item, is always drawn above every layer), so an
analyst sees whether the clouds sit over the area of interest.

The images are fetched and georeferenced in the background (``georeference``); only the newest selection
counts. The group holds nothing but previews: it is emptied with the results and removed at unload, and
the files live in a folder of the QGIS profile (oneatlas_ppo/quicklooks), deleted at unload.
"""

import shutil
import tempfile
from pathlib import Path
from typing import Callable, Dict, List, Optional

from qgis.core import QgsApplication, QgsLayerTreeGroup, QgsProject, QgsRasterLayer
from qgis.PyQt.QtCore import QCoreApplication, QObject, pyqtSignal

from ..common.formatting import utc_time
from ..common.own_layers import SKIP_MEMORY_LAYER_CHECK
from ..common.reporting import log_error
from ..common.signals import disconnect_quietly
from ..common.tasks import LatestTask, check_cancelled
from .footprints import LAYER_PROPERTY as FOOTPRINTS_PROPERTY
from .georeference import write_georeferenced

GROUP_PROPERTY = "oneatlas_ppo/archive_quicklooks"
LAYER_PROPERTY = "oneatlas_ppo/archive_quicklook"
MAX_SHOWN = 4  # a quicklook is a few hundred kB: a handful selected at once, not forty


def tr(text: str) -> str:
    return QCoreApplication.translate("ArchiveQuicklooks", text)


def fetch_and_place(client, scenes, folder: Path, context=None) -> Dict[str, object]:
    """Worker thread: scene id -> path of its georeferenced quicklook, or the error that prevented it."""
    placed = {}
    for scene in scenes:
        check_cancelled(context)
        try:
            data = client.quicklook(scene)
            check_cancelled(context)
            placed[scene.id] = write_georeferenced(data, scene.geometry, folder, scene.platform or "scene")
        except Exception as error:  # noqa: BLE001 -- one missing preview must not hide the others
            placed[scene.id] = error
    return placed


class QuicklookLayers(QObject):
    """``shown(scene ids)`` once the layers of a selection are on the map; ``failed(words)`` when one
    could not be shown (the table's status says it)."""

    shown = pyqtSignal(list)
    failed = pyqtSignal(str)

    def __init__(self, runner, client_provider: Callable[[], object], project: Optional[QgsProject] = None,
                 parent=None):
        super().__init__(parent)
        self.runner = runner
        self.client_provider = client_provider
        self.project = project or QgsProject.instance()
        self.layers: Dict[str, QgsRasterLayer] = {}
        self._folder: Optional[Path] = None
        self._task = LatestTask(runner)
        self._wanted: List[str] = []
        self.project.layersWillBeRemoved.connect(self._on_layers_removed)

    @property
    def busy(self) -> bool:
        return self._task.running

    # -- what is shown -----------------------------------------------------------------------------

    def show_scenes(self, scenes) -> None:
        """Show the quicklooks of these scenes (the first MAX_SHOWN), remove the others."""
        scenes = [scene for scene in scenes if scene.geometry is not None][:MAX_SHOWN]
        self._wanted = [scene.id for scene in scenes]
        for scene_id in [sid for sid in self.layers if sid not in self._wanted]:
            self._remove_layer(scene_id)
        missing = [scene for scene in scenes if scene.id not in self.layers]
        if not missing:
            self._task.cancel()
            self.shown.emit(list(self._wanted))
            return
        client = self.client_provider()
        if client is None:
            return
        folder = self._ensure_folder()
        by_id = {scene.id: scene for scene in missing}

        def work(context):
            return fetch_and_place(client, missing, folder, context)

        def done(placed):
            for scene_id, outcome in placed.items():
                if scene_id not in self._wanted:
                    continue
                if isinstance(outcome, Exception):
                    log_error("Placing a quicklook on the map", outcome)
                    self.failed.emit(tr("The quicklook of {platform} {date} could not be shown.").format(
                        platform=by_id[scene_id].platform, date=utc_time(by_id[scene_id].acquisition_date)))
                else:
                    self._add_layer(by_id[scene_id], outcome)
            self.shown.emit(list(self._wanted))

        def failed(error):
            log_error("Loading quicklooks", error)
            self.failed.emit(tr("The quicklooks could not be loaded (see the plugin log)."))

        self._task.start(tr("Loading quicklooks for the map"), work, done, failed)

    def clear(self) -> None:
        """The results are gone (new search): no preview stays on the map."""
        self._wanted = []
        self._task.cancel()
        for scene_id in list(self.layers):
            self._remove_layer(scene_id)
        group = self.group()
        if group is not None:
            group.parent().removeChildNode(group)

    def release(self) -> None:
        self.clear()
        disconnect_quietly(self.project.layersWillBeRemoved, self._on_layers_removed)
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
            self._folder = None

    # -- layers and the group ----------------------------------------------------------------------

    def group(self) -> Optional[QgsLayerTreeGroup]:
        for node in self.project.layerTreeRoot().findGroups(True):
            if node.customProperty(GROUP_PROPERTY):
                return node
        return None

    def _ensure_group(self) -> QgsLayerTreeGroup:
        group = self.group()
        if group is not None:
            return group
        root = self.project.layerTreeRoot()
        position = 0
        for index, node in enumerate(root.children()):
            layer = getattr(node, "layer", lambda: None)()
            if layer is not None and layer.customProperty(FOOTPRINTS_PROPERTY):
                position = index + 1  # right under the footprints: outlines stay readable over the image
                break
        group = root.insertGroup(position, tr("Archive quicklooks"))
        group.setCustomProperty(GROUP_PROPERTY, True)
        return group

    def _add_layer(self, scene, path: str) -> None:
        date = utc_time(scene.acquisition_date, missing="")
        layer = QgsRasterLayer(path, tr("Quicklook {platform} {date}").format(platform=scene.platform,
                                                                               date=date), "gdal")
        if not layer.isValid():
            self.failed.emit(tr("The quicklook of {platform} {date} could not be read.").format(
                platform=scene.platform, date=date))
            return
        layer.setCustomProperty(LAYER_PROPERTY, scene.id)
        # A preview the plugin can fetch again, not the user's work (see _ensure_folder).
        layer.setCustomProperty(SKIP_MEMORY_LAYER_CHECK, 1)
        layer.setAbstract(tr("OneAtlas quicklook of {id}, stretched over the footprint's bounding box: "
                             "quicklooks are not georeferenced, so its placement is approximate.").format(
            id=scene.archive_identifier or scene.id))
        self.project.addMapLayer(layer, False)
        self._ensure_group().insertLayer(0, layer)
        self.layers[scene.id] = layer

    def _remove_layer(self, scene_id: str) -> None:
        layer = self.layers.pop(scene_id, None)
        if layer is not None and self.project.mapLayer(layer.id()) is not None:
            self.project.removeMapLayer(layer.id())

    def _on_layers_removed(self, layer_ids) -> None:
        removed = set(layer_ids)
        for scene_id, layer in list(self.layers.items()):
            if layer.id() in removed:
                del self.layers[scene_id]

    def _ensure_folder(self) -> Path:
        # In the QGIS profile, not the system's temporary folder: QGIS takes files there for "temporary
        # layers" and asks at Exit whether to lose them, a question about previews that would only alarm.
        if self._folder is None:
            cache = Path(QgsApplication.qgisSettingsDirPath()) / "oneatlas_ppo" / "quicklooks"
            cache.mkdir(parents=True, exist_ok=True)
            self._folder = Path(tempfile.mkdtemp(prefix="session-", dir=str(cache)))
        return self._folder
