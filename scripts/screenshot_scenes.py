"""Runs inside a real QGIS (``qgis --code``, see scripts/screenshots.py): drives the plugin the way a user
would, against the local simulator, and saves a PNG of the whole QGIS window (or of a dialog) per scene."""

import json
import os
import time
import traceback
from pathlib import Path

import qgis.utils
from qgis.core import QgsCoordinateReferenceSystem, QgsProject, QgsRectangle, QgsVectorLayer
from qgis.PyQt.QtCore import QDate, QTimer
from qgis.PyQt.QtWidgets import QApplication, QDialog

OUT = Path(os.environ["SCREENSHOT_DIR"])
WORK = Path(os.environ["SCREENSHOT_WORK"])
WORLD_MAP = "/usr/share/qgis/resources/data/world_map.gpkg|layername=countries"
report_lines = []


def note(text):
    report_lines.append(text)
    (WORK / "scenes-report.txt").write_text("\n".join(report_lines) + "\n")


def wait_until(condition, timeout=60.0, what="something"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        QApplication.processEvents()
        if condition():
            return
        time.sleep(0.02)
    raise TimeoutError(f"timed out waiting for {what}")


def settle(seconds=1.0):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.02)


def shoot_window(name):
    settle(1.5)
    path = OUT / name
    QApplication.primaryScreen().grabWindow(0).save(str(path))
    note(f"saved {path}")


def shoot_widget(widget, name):
    settle(0.8)
    path = OUT / name
    widget.grab().save(str(path))
    note(f"saved {path}")


def aoi_file_with_problems():
    """A field-shaped AOI over Toulouse with a courtyard hole and a jagged, 1,500-vertex edge."""
    import math

    outer = []
    count = 1500
    for index in range(count):
        angle = 2 * math.pi * index / count
        radius = 0.045 + 0.0015 * math.sin(angle * 60)
        outer.append([1.44 + radius * math.cos(angle) * 1.4, 43.60 + radius * math.sin(angle)])
    outer.append(outer[0])
    hole = [[1.435, 43.595], [1.445, 43.595], [1.445, 43.605], [1.435, 43.605], [1.435, 43.595]]
    path = WORK / "toulouse-aoi.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [{
        "type": "Feature", "properties": {"name": "Toulouse"},
        "geometry": {"type": "Polygon", "coordinates": [outer, hole]}}]}))
    return path


LAPTOP = (1366, 768)


def shoot_laptop(name):
    """The laptop-sized window with whatever dialog is over it, as the user sees it."""
    settle(1.5)
    window = qgis.utils.iface.mainWindow().frameGeometry()
    path = OUT / name
    QApplication.primaryScreen().grabWindow(0, window.x(), window.y(), LAPTOP[0], LAPTOP[1]).save(str(path))
    note(f"saved {path}")


def archive_scenes(dock, canvas, suffix, shoot_screen, shoot_dialog):
    """Scene 3: the search, footprints and the selected scene's quicklook on the map; 4: the order form with
    the price; 5: the confirmation; 6: the order placed."""
    archive = dock.archive_section
    dock.sections.setCurrentWidget(archive)
    archive.criteria_box.expand()
    form = archive.form
    form.start_date.setDate(QDate(2021, 11, 1))
    form.end_date.setDate(QDate(2026, 11, 1))
    form.max_cloud.setValue(40)
    archive.search_button.click()
    wait_until(lambda: not archive.searching, what="the archive search")
    wait_until(lambda: not archive.thumbnails.busy, what="thumbnails")
    archive.table.selectRow(0)
    wait_until(lambda: archive.model.scene_at(0).id in archive.quicklooks.layers, what="the quicklook")
    archive.model.set_checked(archive.model.scene_at(0).id, True)
    shoot_screen(f"archive-results{suffix}.png")

    dialog = archive.open_order_dialog()
    wait_until(lambda: not dialog.progress.isVisible(), what="the order form")
    details = dialog.details_form
    details.market.setCurrentIndex(max(0, details.market.findData("AGRI")))
    details.end_user_name.setText("Toulouse Métropole")
    details.country.setCurrentIndex(max(0, details.country.findData("FR")))
    details.email.setText("sig@toulouse-metropole.example")
    dialog.price_button.click()
    wait_until(lambda: not dialog.progress.isVisible(), what="the price")
    shoot_dialog(dialog, f"archive-price{suffix}.png")

    def confirm(confirmation):
        confirmation.show()
        shoot_dialog(confirmation, f"archive-confirmation{suffix}.png")
        confirmation.confirm_button.click()
        return confirmation.result() == QDialog.DialogCode.Accepted

    dialog.confirm_hook = confirm
    dialog.place_button.click()
    wait_until(lambda: not dialog.progress.isVisible(), what="the order")
    shoot_dialog(dialog, f"archive-ordered{suffix}.png")
    dialog.close()


def run_scenes():
    iface = qgis.utils.iface
    main_window = iface.mainWindow()
    main_window.setGeometry(QApplication.primaryScreen().availableGeometry())
    QgsProject.instance().setCrs(QgsCoordinateReferenceSystem("EPSG:3857"))
    world = QgsVectorLayer(WORLD_MAP, "World (local)", "ogr")
    QgsProject.instance().addMapLayer(world)

    plugin = qgis.utils.plugins["oneatlas_ppo"]
    plugin.configure_for_demo(os.environ["SIM_ORIGIN"])
    plugin.dock.setUserVisible(True)
    dock = plugin.dock
    wait_until(lambda: plugin.session.account is not None, timeout=30, what="the connection")

    # Scene 1: an AOI from a file, with problems OneAtlas would refuse.
    aoi_section = dock.aoi_section
    dock.sections.setCurrentWidget(aoi_section)
    aoi_section.import_file(str(aoi_file_with_problems()))
    aoi_section.zoom_to_aoi()
    canvas = iface.mapCanvas()
    extent = QgsRectangle(canvas.extent())
    extent.scale(1.6)
    canvas.setExtent(extent)
    canvas.refresh()
    shoot_window("dock-aoi-problem.png")

    # Scene 2: after the one-click fixes.
    aoi_section.fix_all()
    shoot_window("dock-aoi-fixed.png")

    # Scenes 3-6 at the screen's size, then again in a laptop's 1366 x 768 window.
    archive_scenes(dock, canvas, "", shoot_window, shoot_widget)
    screen = QApplication.primaryScreen().availableGeometry()
    main_window.setGeometry(screen.x(), screen.y(), LAPTOP[0], LAPTOP[1])
    settle(1.0)
    archive_scenes(dock, canvas, "-1366x768", shoot_laptop, lambda _widget, name: shoot_laptop(name))
    main_window.setGeometry(screen)
    settle(1.0)

    # Scene 7: the Orders tab keeps what was placed.
    dock.sections.setCurrentWidget(dock.orders_section)
    shoot_window("orders-tab.png")

    # Scene 8: the settings, after a successful Test connection.
    plugin.open_settings()
    settings = plugin.settings_dialog
    settings.test_button.click()
    wait_until(lambda: "Testing" not in settings.result_label.text() and settings.result_label.text(),
               what="the Test connection result")
    shoot_widget(settings, "settings-connected.png")
    settings.close()


def main():
    try:
        run_scenes()
        note("done")
    except Exception:
        note("ERROR\n" + traceback.format_exc())
    QApplication.exit(0)


QTimer.singleShot(2000, main)
