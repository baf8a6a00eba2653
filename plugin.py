"""QGIS glue: what the plugin adds to QGIS in ``initGui()``, and takes away again in ``unload()``.

Every addition registers its own undo on a stack, and ``unload()`` runs the stack backwards, so the
two can never drift apart: load, unload and load again leaves QGIS as it was.
"""

import logging
import os
from typing import Callable, List

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, pyqtBoundSignal
from qgis.PyQt.QtWidgets import QAction

from .ui.common import i18n, log_bridge
from .ui.common.icons import icon
from .ui.common.warm_up import WhenImported
from .ui.connection.project_watch import StreamedLayerWatch
from .ui.connection.tile_auth import TileAuthorization
from .ui.dock import OneAtlasDock

LOG = logging.getLogger("oneatlas_ppo")
MENU_NAME = "&OneAtlas Pay-Per-Order"
DEMO_API_KEY_ENV_VAR = "ONEATLAS_DEMO_API_KEY"


def tr(text: str) -> str:
    return QCoreApplication.translate("OneAtlasPlugin", text)


class OneAtlasPlugin:
    def __init__(self, iface):
        self.iface = iface
        self._undo_stack: List[Callable[[], None]] = []
        self._forget_gui_objects()

    # -- load --------------------------------------------------------------------------------------

    def initProcessing(self) -> None:  # noqa: N802 (QGIS API)
        """The ``oneatlas`` Processing provider; qgis_process calls only this, QGIS's window initGui()."""
        if self.provider is not None:
            return
        self._install_translator()  # qgis_process: the algorithms' names and help in QGIS's language
        from .processing_provider.provider import OneAtlasProvider

        # The provider shares the dock's connection when there is one (self.session is read at each run).
        self.provider = OneAtlasProvider(session=lambda: self.session)
        QgsApplication.processingRegistry().addProvider(self.provider)
        self._on_unload(self._remove_provider)

    def _init_processing_in_background(self) -> None:
        """QGIS has started: the provider's modules are imported in a background thread (in the main thread
        they froze QGIS for some 40 ms at every start), then it registers."""
        self._provider_import = WhenImported([f"{__package__}.processing_provider.provider"],
                                             self.initProcessing)
        self._on_unload(self._provider_import.stop)

    def initGui(self) -> None:
        # QGIS pays for initGui() at every start: only the toolbar button, the menu and an empty dock shell
        # here. The session, the task runner, the dock's content and their imports come when first needed.
        self._install_translator()
        handler = log_bridge.install()
        self._on_unload(lambda: log_bridge.remove(handler))
        self._on_unload(self._drop_session)

        # Streamed layers: the token goes on tiles of the OneAtlas access origin only, added by one request
        # preprocessor (layer sources and projects never hold it); removed at unload. Both follow the
        # session once it exists (created when first needed, see ``session``).
        self.tile_auth = TileAuthorization()
        self.tile_auth.install()
        self._on_unload(self.tile_auth.remove)
        self.streamed_layer_watch = StreamedLayerWatch(self.iface, lambda: self.session, self.tile_auth)
        self._on_unload(self.streamed_layer_watch.release)

        main_window = self.iface.mainWindow()
        self.dock = OneAtlasDock(self.iface, main_window, session_provider=lambda: self.session)
        self.dock.settings_requested.connect(self.open_settings)
        # Showing the panel connects by itself only when that cannot open a password prompt.
        self.dock.visibilityChanged.connect(self._dock_visibility_changed)
        self.dock.built.connect(lambda: self._dock_visibility_changed(self.dock.isVisible()))
        started = getattr(self.iface, "initializationCompleted", None)
        if not main_window.isVisible() and isinstance(started, pyqtBoundSignal):
            # QGIS is starting (it shows its window once every plugin is loaded): a dock left open last
            # time is filled in once QGIS has finished starting, never during it, and the Processing
            # provider (its algorithms import shapely, pyproj and requests) registers then too.
            self.dock.wait_for_startup(started)
            started.connect(self._init_processing_in_background)
            self._on_unload(lambda: self._disconnect(started, self._init_processing_in_background))
        else:
            self.initProcessing()
        self.iface.addDockWidget(OneAtlasDock.saved_area(), self.dock)
        self.dock.setVisible(OneAtlasDock.saved_visibility())
        self._on_unload(self._remove_dock)

        self.toggle_dock_action = QAction(icon("oneatlas"), tr("OneAtlas Pay-Per-Order"), main_window)
        self.toggle_dock_action.setObjectName("OneAtlasPPOToggleDock")
        self.toggle_dock_action.setToolTip(tr("Show or hide the OneAtlas Pay-Per-Order panel"))
        self.toggle_dock_action.setCheckable(True)
        self.toggle_dock_action.setChecked(self.dock.isVisible())
        self.toggle_dock_action.toggled.connect(self.dock.setUserVisible)
        self.dock.visibilityChanged.connect(self._sync_toggle_action)
        self.iface.addToolBarIcon(self.toggle_dock_action)
        self.iface.addPluginToWebMenu(MENU_NAME, self.toggle_dock_action)
        self._on_unload(lambda: self._remove_action(self.toggle_dock_action))

        self.settings_action = QAction(icon("settings"), tr("Settings…"), main_window)
        self.settings_action.setObjectName("OneAtlasPPOSettings")
        self.settings_action.triggered.connect(self.open_settings)
        self.iface.addPluginToWebMenu(MENU_NAME, self.settings_action)
        self._on_unload(lambda: self._remove_action(self.settings_action))
        self._on_unload(self._close_settings_dialog)

        LOG.debug("OneAtlas Pay-Per-Order plugin loaded")

    def _install_translator(self) -> None:
        """The plugin's texts in QGIS's language (locale/userLocale, or the system's), once per load."""
        if not self._translated:
            self._translated = True
            self.translator = i18n.install_translator()  # None: English, the texts as written
            self._on_unload(self._remove_translator)

    def _remove_translator(self) -> None:
        i18n.remove_translator(self.translator)
        self.translator = None
        self._translated = False

    # -- unload ------------------------------------------------------------------------------------

    def unload(self) -> None:
        while self._undo_stack:
            undo = self._undo_stack.pop()
            try:
                undo()
            except Exception:  # one failing step must not leave the rest of QGIS half-cleaned
                LOG.exception("Error while unloading the OneAtlas plugin")
        self._forget_gui_objects()

    def _forget_gui_objects(self) -> None:
        """What initGui() creates; None before it and after unload()."""
        self.dock = None
        self.toggle_dock_action = None
        self.settings_action = None
        self._tasks = None
        self._session = None
        self.settings_dialog = None
        self.provider = None
        self.tile_auth = None
        self.streamed_layer_watch = None
        self.translator = None
        self._translated = False

    @property
    def tasks(self):
        """The plugin's TaskRunner (ui.common.tasks), created when first needed; None when not loaded."""
        if self._tasks is None and self.dock is not None:
            from .ui.common.tasks import TaskRunner

            self._tasks = TaskRunner()
            self._tasks.add_listener(self.dock.show_background_work)
        return self._tasks

    @property
    def session(self):
        """The connection (ui.connection.session.Session), created when first needed: when the dock is
        first shown, the settings are opened or a script asks. It decrypts nothing when created."""
        if self._session is None and self.dock is not None:
            from .ui.connection.session import Session

            self._session = Session(self.iface, self.tasks)
            for follower in (self.tile_auth, self.streamed_layer_watch):
                if follower is not None:
                    follower.bind(self._session)
        return self._session

    def _on_unload(self, undo: Callable[[], None]) -> None:
        self._undo_stack.append(undo)

    @staticmethod
    def _disconnect(signal, slot) -> None:
        try:
            signal.disconnect(slot)
        except (TypeError, RuntimeError):
            pass  # already emitted and disconnected, or never connected

    def _remove_provider(self) -> None:
        QgsApplication.processingRegistry().removeProvider(self.provider)

    def _drop_session(self) -> None:
        if self._session is not None:
            self._session.deleteLater()
        if self._tasks is not None:
            self._tasks.shut_down()

    def _remove_dock(self) -> None:
        self.dock.remember_place()
        if hasattr(self.dock, "release"):
            self.dock.release()  # map tools, canvas items, timers owned by the sections
        self.iface.removeDockWidget(self.dock)
        self.dock.setParent(None)
        self.dock.deleteLater()

    def _remove_action(self, action: QAction) -> None:
        self.iface.removeToolBarIcon(action)
        self.iface.removePluginWebMenu(MENU_NAME, action)
        action.setParent(None)
        action.deleteLater()

    # -- behaviour ---------------------------------------------------------------------------------

    def _sync_toggle_action(self, visible: bool) -> None:
        if self.toggle_dock_action is not None and self.toggle_dock_action.isChecked() != visible:
            self.toggle_dock_action.setChecked(visible)

    def _dock_visibility_changed(self, visible: bool) -> None:
        if visible and self.dock is not None and self.dock.is_built:
            self.session.connect_if_unlocked()

    def open_settings(self) -> None:
        """Open the settings dialog (window-modal, without blocking: background tasks keep publishing)."""
        from .ui.connection.settings_dialog import SettingsDialog

        if self.settings_dialog is not None:
            self.settings_dialog.raise_()
            self.settings_dialog.activateWindow()
            return
        self.settings_dialog = SettingsDialog(self.session, self.iface.mainWindow())
        self.settings_dialog.finished.connect(self._settings_dialog_closed)
        self.settings_dialog.open()

    def _settings_dialog_closed(self, *args) -> None:
        if self.settings_dialog is not None:
            self.settings_dialog.deleteLater()
            self.settings_dialog = None

    def _close_settings_dialog(self) -> None:
        if self.settings_dialog is not None:
            self.settings_dialog.reject()
            self._settings_dialog_closed()

    def configure_for_demo(self, origin: str) -> None:
        """Used by scripts/demo_startup.py: point the plugin at the local simulator at ``origin``; with
        ONEATLAS_DEMO_API_KEY set, store that key and connect."""
        self.session.use_simulator(origin, os.environ.get(DEMO_API_KEY_ENV_VAR, "").strip() or None)

