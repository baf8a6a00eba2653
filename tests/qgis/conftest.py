"""Fixtures for tests that run inside a real QgsApplication (pytest-qgis)."""

import logging
import subprocess
import sys
import time
from pathlib import Path

import pytest
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QApplication, QToolBar

TEST_MASTER_PASSWORD = "oneatlas-tests-master-password"


@pytest.fixture(scope="session", autouse=True)
def auth_master_password(qgis_app):
    """pytest-qgis gives every run a new, empty authentication database; setting its master password here
    means nothing in a test can ever open a password prompt (which would hang a headless run)."""
    auth_manager = QgsApplication.authManager()
    assert auth_manager.setMasterPassword(TEST_MASTER_PASSWORD, True), "cannot set the master password"
    return TEST_MASTER_PASSWORD


@pytest.fixture(scope="session", autouse=True)
def plugin_catalogues(qgis_app):
    """The compiled catalogues, and the translator the plugin installs at load for the session's language
    (English: the plural forms, "1 scene" / "3 scenes"), for the sections tests build without the plugin."""
    repo = Path(__file__).resolve().parents[2]
    subprocess.run([sys.executable, str(repo / "scripts" / "i18n.py"), "release"], check=True)
    from oneatlas_ppo.ui.common import i18n

    translator = i18n.install_translator()
    yield
    i18n.remove_translator(translator)


@pytest.fixture(autouse=True)
def no_remembered_order_details():
    """Order forms fill in what the last order on a contract gave (ui/ordering/remembered_details.py): every
    test starts from forms nobody has filled in yet, whatever ran before it."""
    from qgis.core import QgsSettings

    QgsSettings().remove("oneatlas_ppo/order_details")
    yield


def wait_until(condition, timeout=15.0, what="the condition"):
    """Let Qt deliver events (task results arrive through them) until ``condition()`` holds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        QApplication.processEvents()
        if condition():
            return
        time.sleep(0.01)
    raise AssertionError(f"timed out after {timeout} s waiting for {what}\n{background_state()}")


def background_state() -> str:
    """What was running when a wait timed out: QGIS's tasks and every Python thread's stack, so that an
    intermittent timeout on a loaded CI machine says why instead of only that it happened."""
    import sys
    import threading
    import traceback

    from qgis.PyQt.QtCore import QThreadPool

    pool = QThreadPool.globalInstance()
    lines = [f"Global thread pool: {pool.activeThreadCount()} of {pool.maxThreadCount()} threads busy",
             "QGIS tasks still active:"]
    for task in QgsApplication.taskManager().activeTasks():
        lines.append(f"  {task.description()!r} status={int(task.status())} progress={task.progress():.0f}")
    names = {thread.ident: thread.name for thread in threading.enumerate()}
    for ident, frame in sys._current_frames().items():
        lines.append(f"Thread {names.get(ident, ident)}:")
        lines.extend("  " + line.rstrip() for line in traceback.format_stack(frame)[-8:])
    return "\n".join(lines)


def process_events(rounds: int = 3) -> None:
    for _ in range(rounds):
        QApplication.processEvents()
        QApplication.sendPostedEvents(None, 0)  # 0 = QEvent::DeferredDelete: runs pending deleteLater()


class RecordingInterface:
    """Makes the pytest-qgis interface behave like QGIS where it matters for load/unload: a real plugins
    toolbar, a real Web menu record, docks really added to the main window."""

    def __init__(self, iface, monkeypatch):
        self.iface = iface
        self.main_window = iface.mainWindow()
        self.plugins_toolbar = QToolBar("Plugins", self.main_window)
        self.web_menus = {}
        monkeypatch.setattr(iface, "addToolBarIcon", self.plugins_toolbar.addAction, raising=False)
        monkeypatch.setattr(iface, "removeToolBarIcon", self.plugins_toolbar.removeAction, raising=False)
        monkeypatch.setattr(iface, "addPluginToWebMenu", self._add_web_menu, raising=False)
        monkeypatch.setattr(iface, "removePluginWebMenu", self._remove_web_menu, raising=False)
        monkeypatch.setattr(iface, "addDockWidget", self.main_window.addDockWidget, raising=False)
        monkeypatch.setattr(iface, "removeDockWidget", self.main_window.removeDockWidget, raising=False)

    def _add_web_menu(self, name, action):
        self.web_menus.setdefault(name, []).append(action)

    def _remove_web_menu(self, name, action):
        actions = self.web_menus.get(name, [])
        if action in actions:
            actions.remove(action)
        if not actions:
            self.web_menus.pop(name, None)

    def web_menu_texts(self):
        return {name: [action.text() for action in actions] for name, actions in self.web_menus.items()}


@pytest.fixture
def recording_iface(qgis_iface, monkeypatch):
    recorder = RecordingInterface(qgis_iface, monkeypatch)
    yield recorder
    recorder.plugins_toolbar.deleteLater()


@pytest.fixture
def plugin_package():
    import oneatlas_ppo

    return oneatlas_ppo


@pytest.fixture
def loaded_plugin(recording_iface, plugin_package):
    """The real plugin, created through classFactory and started with initGui(); unloaded afterwards."""
    plugin = plugin_package.classFactory(recording_iface.iface)
    plugin.initGui()
    yield plugin
    if plugin.dock is not None:
        plugin.unload()
    process_events()


def plugin_logger_handlers():
    return list(logging.getLogger("oneatlas_ppo").handlers)


__all__ = ["process_events", "wait_until", "plugin_logger_handlers", "Qt"]
