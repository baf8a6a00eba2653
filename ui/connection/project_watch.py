"""Streamed layers in a project opened later: shown as soon as the plugin is connected, and explained in
words while it is not.

Without a connection there is no token, and every tile of a streamed layer would come back 401: a grey
layer and a flood of network errors. So, while the plugin is not connected, the streamed layers of a
project just read are switched off (marked, so they are switched on again), and the message bar says what
to do. When the connection is made, they are switched on and drawn.
"""

import logging
from typing import Callable, List, Optional

from qgis.core import Qgis, QgsDataSourceUri, QgsProject
from qgis.PyQt.QtCore import QCoreApplication

from .tile_auth import is_access_url

LOG = logging.getLogger("oneatlas_ppo.ui.project_watch")
HIDDEN_PROPERTY = "oneatlas_ppo/hidden_until_connected"


def tr(text: str, n: int = -1) -> str:
    """``n``: a count, for the plural forms of a "%n" text."""
    return QCoreApplication.translate("StreamedLayers", text, None, n)


STREAMED_PROPERTY = "oneatlas_ppo/streamed_item"  # the item id (no secret): marks our streamed layers


def streamed_layers(project: Optional[QgsProject] = None) -> List:
    """The layers of ``project`` streamed from a OneAtlas workspace (marked when they were opened)."""
    project = project or QgsProject.instance()
    return [layer for layer in project.mapLayers().values()
            if layer.customProperty(STREAMED_PROPERTY) not in (None, "")]


def tile_url(layer) -> str:
    uri = QgsDataSourceUri()
    uri.setEncodedUri(layer.source())
    return uri.param("url")


class StreamedLayerWatch:
    def __init__(self, iface, session_provider: Callable[[], object], tile_auth,
                 project: Optional[QgsProject] = None):
        self.iface = iface
        # The session is created when first needed (fast start): a project with streamed layers needs it.
        self._session_provider = session_provider
        self._bound = None
        self.tile_auth = tile_auth
        self.project = project or QgsProject.instance()
        self.last_message = ""
        self.project.readProject.connect(self._project_read)

    @property
    def session(self):
        return self._session_provider()

    def bind(self, session) -> None:
        """Show the project's streamed layers again as soon as ``session`` connects."""
        self._bound = session
        session.state_changed.connect(self._session_changed)

    def release(self) -> None:
        connections = [(self.project.readProject, self._project_read)]
        if self._bound is not None:
            connections.append((self._bound.state_changed, self._session_changed))
        for signal, slot in connections:
            try:
                signal.disconnect(slot)
            except (TypeError, RuntimeError):
                pass

    def _say(self, text: str, level=Qgis.MessageLevel.Info) -> None:
        self.last_message = text
        self.session.message_bar(text, level, 15)

    def _project_read(self, *args) -> None:
        try:
            layers = streamed_layers(self.project)
            if not layers:
                return
            if self.session.is_connected:
                self._show(layers)
                return
            for layer in layers:
                node = self.project.layerTreeRoot().findLayer(layer.id())
                if node is not None and node.itemVisibilityChecked():
                    node.setItemVisibilityChecked(False)
                    layer.setCustomProperty(HIDDEN_PROPERTY, True)
            self._say(tr("This project has %n image(s) streamed from your OneAtlas workspace, switched off "
                         "until the OneAtlas plugin is connected: open the OneAtlas panel (Web > OneAtlas "
                         "Pay-Per-Order) and connect; they then appear by themselves.", len(layers)),
                      Qgis.MessageLevel.Warning)
            self.session.connect_if_unlocked()
        except Exception:  # a project must open whatever happens here
            LOG.exception("Error while looking at the streamed layers of the project")

    def _session_changed(self) -> None:
        if self.session.is_connected:
            try:
                self._show(streamed_layers(self.project))
            except Exception:
                LOG.exception("Error while showing the streamed layers again")

    def _show(self, layers) -> None:
        base = self.tile_auth.access_base() if self.tile_auth is not None else ""
        elsewhere = [layer.name() for layer in layers if base and not is_access_url(tile_url(layer), base)]
        for layer in layers:
            if layer.customProperty(HIDDEN_PROPERTY):
                layer.removeCustomProperty(HIDDEN_PROPERTY)
                node = self.project.layerTreeRoot().findLayer(layer.id())
                if node is not None:
                    node.setItemVisibilityChecked(True)
            layer.triggerRepaint()
        if elsewhere:
            self._say(tr("{names}: %n image(s) streamed from another OneAtlas server than the one the "
                         "plugin is connected to ({base}); connect to that server in the plugin settings to "
                         "see them.",
                         len(elsewhere)).format(names=", ".join(elsewhere), base=base),
                      Qgis.MessageLevel.Warning)
