"""Runs inside the demo's QGIS (``qgis --code``): shows the plugin's dock over a local world map, points the
plugin at the local simulator, and, without a display, saves a screenshot and quits."""

import os

import qgis.utils
from qgis.core import QgsProject, QgsRectangle, QgsVectorLayer
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication

WORLD_MAP = "/usr/share/qgis/resources/data/world_map.gpkg"


def show_demo():
    iface = qgis.utils.iface
    # Without a window manager (Xvfb) the window would keep its default size: fill the screen.
    iface.mainWindow().setGeometry(QApplication.primaryScreen().availableGeometry())
    if os.path.exists(WORLD_MAP):
        layer = QgsVectorLayer(f"{WORLD_MAP}|layername=countries", "World (local)", "ogr")
        if layer.isValid():
            QgsProject.instance().addMapLayer(layer)
    plugin = qgis.utils.plugins.get("oneatlas_ppo")
    if plugin is not None:
        configure = getattr(plugin, "configure_for_demo", None)
        if configure is not None and os.environ.get("SIM_PORT"):
            configure(f"http://127.0.0.1:{os.environ['SIM_PORT']}")
        plugin.dock.setUserVisible(True)
    # After the layer's own zoom-to-extent has happened: frame southern France and Spain.
    QTimer.singleShot(500, lambda: zoom_to(iface.mapCanvas(), QgsRectangle(-5, 40, 10, 48)))
    screenshot = os.environ.get("DEMO_SCREENSHOT")
    if screenshot:
        QTimer.singleShot(4000, lambda: take_screenshot(screenshot))
    exit_after = float(os.environ.get("DEMO_EXIT_AFTER", "0") or 0)
    if exit_after > 0:
        QTimer.singleShot(int(exit_after * 1000), QApplication.exit)


def zoom_to(canvas, rectangle):
    canvas.setExtent(rectangle)
    canvas.refresh()


def take_screenshot(path):
    QApplication.primaryScreen().grabWindow(0).save(path)
    print(f"Screenshot saved to {path}")


QTimer.singleShot(1500, show_demo)
