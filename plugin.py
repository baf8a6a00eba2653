"""QGIS glue: what the plugin adds to QGIS in ``initGui()``, and takes away again in ``unload()``.

Every addition registers its own undo on a stack, and ``unload()`` runs the stack backwards, so the
two can never drift apart: load, unload and load again leaves QGIS as it was.
"""

import logging
from typing import Callable, List

from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import QAction

from .ui import log_bridge
from .ui.dock import OneAtlasDock
from .ui.icons import icon
from .ui.tasks import TaskRunner

LOG = logging.getLogger("oneatlas_ppo")
MENU_NAME = "&OneAtlas Pay-Per-Order"


def tr(text: str) -> str:
    return QCoreApplication.translate("OneAtlasPlugin", text)


class OneAtlasPlugin:
    def __init__(self, iface):
        self.iface = iface
        self.dock = None
        self.toggle_dock_action = None
        self.settings_action = None
        self.tasks = None
        self._undo_stack: List[Callable[[], None]] = []

    # -- load --------------------------------------------------------------------------------------

    def initGui(self) -> None:
        handler = log_bridge.install()
        self._on_unload(lambda: log_bridge.remove(handler))

        self.tasks = TaskRunner()
        self._on_unload(self._shut_down_tasks)

        main_window = self.iface.mainWindow()
        self.dock = OneAtlasDock(self.iface, main_window)
        self.dock.settings_requested.connect(self.open_settings)
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

        LOG.debug("OneAtlas Pay-Per-Order plugin loaded")

    # -- unload ------------------------------------------------------------------------------------

    def unload(self) -> None:
        while self._undo_stack:
            undo = self._undo_stack.pop()
            try:
                undo()
            except Exception:  # one failing step must not leave the rest of QGIS half-cleaned
                LOG.exception("Error while unloading the OneAtlas plugin")
        self.dock = None
        self.toggle_dock_action = None
        self.settings_action = None
        self.tasks = None

    def _on_unload(self, undo: Callable[[], None]) -> None:
        self._undo_stack.append(undo)

    def _shut_down_tasks(self) -> None:
        self.tasks.shut_down()

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

    def open_settings(self) -> None:
        from .ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.iface.mainWindow())
        dialog.exec()

