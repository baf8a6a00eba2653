"""Run by tests/qgis/test_startup_imports.py in a fresh Python process, so that no other test's imports count.

Plays a QGIS start with the dock left open in the last session: QgsApplication on a throw-away profile,
an interface whose main window is still hidden while plugins load, then shown, then
``initializationCompleted``. Records, as JSON on the last line of stdout, what the plugin imported at
``classFactory()`` + ``initGui()``, when the dock's content was built, and then uses the dock for real
against the simulator: connect, import an AOI, search the archive.
"""

import json
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
HEAVY = ("shapely", "pyproj", "requests", "numpy", "urllib3")
RING = [[1.40, 43.57], [1.48, 43.57], [1.48, 43.63], [1.40, 43.63], [1.40, 43.57]]


def importable():
    link_parent = Path(tempfile.mkdtemp(prefix="oneatlas-startup-"))
    (link_parent / "oneatlas_ppo").symlink_to(REPO, target_is_directory=True)
    sys.path[:0] = [str(link_parent), str(REPO)]
    return link_parent


class ImportWatch:
    """Which thread first imports each of ``names`` (a finder that records, then lets the others find)."""

    def __init__(self, names):
        self.names = set(names)
        self.threads = {}

    def find_spec(self, fullname, path=None, target=None):
        if fullname in self.names and fullname not in self.threads:
            self.threads[fullname] = threading.current_thread().name
        return


def heavy_loaded():
    return sorted({name.split(".")[0] for name in sys.modules if name.split(".")[0] in HEAVY})


def main():
    work = importable()
    from qgis.core import QgsApplication, QgsSettings
    from qgis.PyQt.QtCore import QObject, pyqtSignal
    from qgis.PyQt.QtWidgets import QApplication, QMainWindow, QToolBar

    app = QgsApplication([], True, str(work / "profile"))
    app.initQgis()
    QgsApplication.authManager().setMasterPassword("startup-check", True)
    dock_left_open = "--dock-closed" not in sys.argv
    QgsSettings().setValue("oneatlas_ppo/dock/visible", dock_left_open)

    def wait_until(condition, timeout=30.0):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            QApplication.processEvents()
            if condition():
                return True
            time.sleep(0.01)
        return False

    class Interface(QObject):
        """What the plugin uses of QgisInterface, with QGIS's start-up signal."""

        initializationCompleted = pyqtSignal()  # noqa: N815 (QGIS's name)

        def __init__(self):
            super().__init__()
            self.window = QMainWindow()
            self.window.resize(1200, 800)
            self.toolbar = QToolBar(self.window)
            self.menu = []

        def mainWindow(self):  # noqa: N802
            return self.window

        def addDockWidget(self, area, dock):  # noqa: N802
            self.window.addDockWidget(area, dock)

        def removeDockWidget(self, dock):  # noqa: N802
            self.window.removeDockWidget(dock)

        def addToolBarIcon(self, action):  # noqa: N802
            self.toolbar.addAction(action)

        def removeToolBarIcon(self, action):  # noqa: N802
            self.toolbar.removeAction(action)

        def addPluginToWebMenu(self, name, action):  # noqa: N802
            self.menu.append(action.text())

        def removePluginWebMenu(self, name, action):  # noqa: N802
            self.menu.remove(action.text())

        def messageBar(self):  # noqa: N802
            return None

        def mapCanvas(self):  # noqa: N802
            from qgis.gui import QgsMapCanvas

            if not hasattr(self, "canvas"):
                self.canvas = QgsMapCanvas(self.window)
            return self.canvas

    iface = Interface()
    report = {"heavy_before": heavy_loaded()}
    before = set(sys.modules)
    import oneatlas_ppo

    plugin = oneatlas_ppo.classFactory(iface)
    plugin.initGui()
    report["imported_at_init"] = sorted({name.split(".")[0] for name in set(sys.modules) - before})
    report["plugin_modules_at_init"] = sorted(name for name in sys.modules if name.startswith("oneatlas_ppo"))
    report["toolbar"] = [action.text() for action in iface.toolbar.actions()]
    report["menu"] = list(iface.menu)
    dock = plugin.dock

    iface.window.show()  # QGIS shows its window once every plugin is loaded
    for _ in range(20):
        QApplication.processEvents()
    report["dock_visible_while_starting"] = dock.isVisible()
    report["built_while_starting"] = dock.is_built
    watch = ImportWatch(["pyproj", "requests", "oneatlas_ppo.ui.dock_body", "oneatlas_ppo.ui.aoi.tab",
                         "oneatlas_ppo.processing_provider.provider"])
    sys.meta_path.insert(0, watch)
    iface.initializationCompleted.emit()
    registry = QgsApplication.processingRegistry()
    report["provider_registered"] = wait_until(lambda: registry.providerById("oneatlas") is not None)
    provider = registry.providerById("oneatlas")
    report["provider_algorithms"] = sorted(alg.id() for alg in provider.algorithms()) if provider else []
    if not dock_left_open:
        # Only the Processing provider registers once QGIS has started: nothing heavy, nothing built.
        report["heavy_after_provider"] = heavy_loaded()
        report["provider_imported_by"] = watch.threads.get("oneatlas_ppo.processing_provider.provider")
        report["built"] = dock.is_built
        plugin.unload()
        report["provider_after_unload"] = registry.providerById("oneatlas") is not None
        print(json.dumps(report), flush=True)
        os._exit(0)
    shown_while_loading = []

    def built_or_loading():
        if not dock.is_built and hasattr(dock.widget(), "text"):
            shown_while_loading.append(dock.widget().text())
        return dock.is_built

    report["built_after_start"] = wait_until(built_or_loading)
    sys.meta_path.remove(watch)
    report["shown_while_loading"] = sorted(set(shown_while_loading))
    report["content_imported_by"] = watch.threads
    report["tabs"] = [dock.sections.tabText(index) for index in range(dock.sections.count())]
    report["header"] = dock.header.status_label.text()
    report["aoi_tab"] = type(dock.section("aoi")).__name__

    # The dock still works fully: connect to the simulator, import an AOI, search the archive.
    from simulator import DEMO_USERS, Simulator
    from simulator.server import SimulatorServer

    server = SimulatorServer(Simulator(seed=42)).start()
    try:
        from oneatlas_ppo.ui.connection import settings as plugin_settings

        settings = plugin_settings.ConnectionSettings(environment=plugin_settings.SIMULATOR,
                                                      simulator_origin=server.sim.origin)
        plugin.session.apply(settings, api_key=DEMO_USERS[0].api_key, remember=False)
        report["connected"] = wait_until(lambda: plugin.session.account is not None)
        report["header_connected"] = dock.header.status_label.text()
        aoi_file = work / "aoi.geojson"
        aoi_file.write_text(json.dumps({"type": "FeatureCollection", "features": [
            {"type": "Feature", "properties": {}, "geometry": {"type": "Polygon", "coordinates": [RING]}}]}))
        dock.aoi_section.import_file(str(aoi_file))
        archive = dock.show_section("archive")
        archive.search_button.click()
        wait_until(lambda: not archive.searching)
        report["search_rows"] = archive.model.rowCount()
        report["search_status"] = archive.status.text()
    finally:
        plugin.unload()
        server.stop()
    print(json.dumps(report), flush=True)
    os._exit(0)  # PyQGIS may crash while the interpreter shuts down; the report is out


if __name__ == "__main__":
    main()
