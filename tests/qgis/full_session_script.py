"""Runs inside a real QGIS (``qgis --code``, see test_quit_after_full_session.py): a full session with the
plugin against the local simulator, then QGIS is quit the way a user quits it (Project > Exit QGIS).

The session: an AOI from the selected feature of a layer, two archive searches with footprints on the map,
selection linked both ways (table -> map, map -> table), a quicklook opened and closed, an order placed, an
order whose answer is dropped and recovered, and the Layer Styling panel open on the Footprints layer.
Every step is checked here and written to SESSION_REPORT (JSON); the test reads it and QGIS's exit status.

SESSION=short skips the searches and orders; CRASH_AT_QUIT=1 crashes QGIS on purpose when it quits (the
test proves with it that a crash at exit is seen). QUIT=application quits with QgsApplication.exit(), which
skips QGIS's "close the project" step (as scripts do); AOI=file then imports the AOI from the file instead of
adding the Fields layer, so that the only layers are World and the plugin's Footprints.
"""

import ctypes
import json
import os
import time
import traceback
import urllib.request
from pathlib import Path

import qgis.utils
from qgis.core import QgsApplication, QgsCoordinateReferenceSystem, QgsProject, QgsVectorLayer
from qgis.gui import QgsMapLayerComboBox
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QDate, QTimer
from qgis.PyQt.QtWidgets import QApplication, QComboBox, QDockWidget, QMessageBox

REPORT = Path(os.environ["SESSION_REPORT"])
ORIGIN = os.environ["SIM_ORIGIN"]
WORLD_MAP = "/usr/share/qgis/resources/data/world_map.gpkg|layername=countries"
# Two fields near Toulouse, in a file (not a scratch layer: the user's own data).
FIELDS_GEOJSON = {"type": "FeatureCollection", "features": [
    {"type": "Feature", "properties": {"name": name}, "geometry": {"type": "Polygon", "coordinates": [[
        [x, y], [x + 0.05, y], [x + 0.05, y + 0.04], [x, y + 0.04], [x, y]]]}}
    for name, x, y in (("north field", 1.46, 43.62), ("south field", 1.40, 43.56))]}

report = {"steps": [], "exit_dialogs": [], "error": None}


def save():
    REPORT.write_text(json.dumps(report, indent=1))


def step(text):
    report["steps"].append(text)
    save()


def wait_until(condition, timeout=60.0, what="something"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        QApplication.processEvents()
        if condition():
            return
        time.sleep(0.02)
    raise TimeoutError(f"timed out waiting for {what}")


def check(condition, what):
    if not condition:
        raise AssertionError(what)


def simulator_fault(fault):
    request = urllib.request.Request(ORIGIN + "/_sim/faults", data=json.dumps(fault).encode(), method="POST",
                                     headers={"Content-Type": "application/json"})
    urllib.request.urlopen(request, timeout=10).read()


def aoi_from_a_layer_selection(iface, dock):
    path = REPORT.parent / "fields.geojson"
    path.write_text(json.dumps(FIELDS_GEOJSON))
    aoi = dock.aoi_section
    dock.sections.setCurrentWidget(aoi)
    if os.environ.get("AOI") == "file":
        one_field = REPORT.parent / "one-field.geojson"
        one_field.write_text(json.dumps({**FIELDS_GEOJSON, "features": FIELDS_GEOJSON["features"][:1]}))
        aoi.import_file(str(one_field))
        check(aoi.current_aoi is not None and aoi.current_aoi.ready, "the file is an AOI OneAtlas accepts")
        step("AOI imported from the Fields file")
        return
    fields = QgsVectorLayer(str(path), "Fields", "ogr")
    check(fields.isValid(), "the Fields layer loads")
    QgsProject.instance().addMapLayer(fields)
    iface.setActiveLayer(fields)
    fields.selectByIds([next(iter(fields.allFeatureIds()))])
    aoi.layer_combo.setLayer(fields)
    aoi.selection_button.click()
    check(aoi.current_aoi is not None and aoi.current_aoi.ready,
          "the selected field is an AOI OneAtlas accepts")
    step("AOI from the selected feature of the Fields layer")


def search_with_footprints(iface, dock, style_dock, round_number):
    archive = dock.archive_section
    dock.sections.setCurrentWidget(archive)
    archive.form.start_date.setDate(QDate(2021, 11, 1))
    archive.form.end_date.setDate(QDate(2026, 11, 1))
    archive.form.max_cloud.setValue(40)
    archive.search_button.click()
    wait_until(lambda: not archive.searching, what="the archive search")
    wait_until(lambda: not archive.table.view_pending and not archive.thumbnails.busy, what="the thumbnails")
    layer = archive.footprints.layer
    check(layer is not None and layer.featureCount() >= 2, "footprints on the map")
    # Table -> map, then map -> table.
    archive.table.selectRow(0)
    first = archive.model.scene_at(0).id
    wait_until(lambda: archive.footprints.selected_scene_ids() == [first], what="the footprint selected")
    second_feature = sorted(layer.allFeatureIds())[1]
    layer.selectByIds([second_feature])
    wait_until(lambda: archive.table.selected_scene_ids() == archive.footprints.selected_scene_ids()
               != [first], what="the table row selected from the map")
    # The Layer Styling panel shows the Footprints layer (QGIS follows the current layer).
    iface.setActiveLayer(layer)
    style_dock.show()
    wait_until(lambda: styled_layer_id(style_dock) == layer.id(),
               what="the Layer Styling panel on Footprints")
    # A quicklook, opened then closed.
    dialog = archive.show_quicklook(archive.model.scene_at(0))
    wait_until(lambda: dialog.image.pixmap() is not None and not dialog.image.pixmap().isNull(),
               what="the quicklook image")
    dialog.close()
    step(f"search {round_number}: {layer.featureCount()} footprints, selection linked both ways, "
         "styled in the Layer Styling panel, quicklook opened and closed")


def styled_layer_id(style_dock):
    """The layer the Layer Styling panel shows (its layer chooser, QgsLayerStylingWidget::mLayerCombo)."""
    combo = style_dock.findChild(QComboBox, "mLayerCombo")  # PyQt sees it as a plain QComboBox
    layer = sip.cast(combo, QgsMapLayerComboBox).currentLayer() if combo is not None else None
    return layer.id() if layer is not None else None


def order(dock, drop_the_answer):
    archive = dock.archive_section
    archive.model.set_checked(archive.model.scene_at(0).id, True)
    dialog = archive.open_order_dialog()
    wait_until(lambda: not dialog.progress.isVisible(), what="the order form")
    details = dialog.details_form
    details.market.setCurrentIndex(max(0, details.market.findData("AGRI")))
    details.end_user_name.setText("Toulouse Métropole")
    details.country.setCurrentIndex(max(0, details.country.findData("FR")))
    details.email.setText("sig@toulouse-metropole.example")
    dialog.price_button.click()
    wait_until(lambda: not dialog.progress.isVisible(), what="the price")
    if drop_the_answer:
        simulator_fault({"kind": "drop_after", "service": "order", "method": "POST", "path": "/api/v1/orders",
                         "times": 1})
    placed = len(archive.placed_orders)
    dialog.confirm_hook = lambda confirmation: True
    dialog.place_button.click()
    wait_until(lambda: len(archive.placed_orders) > placed, timeout=120, what="the order")
    result = archive.placed_orders[-1]
    check(bool(getattr(result, "recovered", False)) == drop_the_answer,
          "recovered only when the answer was lost")
    dialog.close()
    step(("order whose answer was dropped, recovered: " if drop_the_answer else "order placed: ")
         + dialog.message.text())


def session():
    iface = qgis.utils.iface
    main_window = iface.mainWindow()
    main_window.setGeometry(QApplication.primaryScreen().availableGeometry())
    project = QgsProject.instance()
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:3857"))
    project.addMapLayer(QgsVectorLayer(WORLD_MAP, "World", "ogr"))
    plugin = qgis.utils.plugins["oneatlas_ppo"]
    plugin.configure_for_demo(ORIGIN)
    plugin.dock.setUserVisible(True)
    dock = plugin.dock
    wait_until(lambda: plugin.session.account is not None, timeout=30, what="the connection")
    step("connected")
    aoi_from_a_layer_selection(iface, dock)
    if os.environ.get("SESSION") == "short":
        return plugin
    style_dock = main_window.findChild(QDockWidget, "LayerStyling")
    check(style_dock is not None, "QGIS has its Layer Styling panel")
    for round_number in (1, 2):  # the second search replaces the styled Footprints layer
        search_with_footprints(iface, dock, style_dock, round_number)
    order(dock, drop_the_answer=False)
    order(dock, drop_the_answer=True)
    dock.sections.setCurrentWidget(dock.orders_section)
    footprints = dock.archive_section.footprints.layer
    iface.setActiveLayer(footprints)
    wait_until(lambda: styled_layer_id(style_dock) == footprints.id(),
               what="the Layer Styling panel on Footprints")
    report["styled_layer_at_quit"] = QgsProject.instance().mapLayer(styled_layer_id(style_dock)).name()
    QApplication.primaryScreen().grabWindow(0).save(str(REPORT.parent / "before-quit.png"))
    return plugin


def answer_exit_questions():
    """What a user answers when quitting: yes, quit; do not save the project."""
    box = QApplication.activeModalWidget()
    if not isinstance(box, QMessageBox):
        return
    report["exit_dialogs"].append(box.text())
    save()
    for button in (QMessageBox.StandardButton.Discard, QMessageBox.StandardButton.Yes,
                   QMessageBox.StandardButton.Ok):
        if box.button(button) is not None:
            box.button(button).click()
            return


def crash():
    ctypes.string_at(0)  # reading address 0: a segmentation fault, as a crash at exit would be


def main():
    plugin = None
    try:
        plugin = session()
        # Quit with nothing running, as a user would after the last answer came: no "cancel tasks?" question.
        wait_until(lambda: not plugin.tasks.running, what="the background work to end")
        step("session done")
    except Exception:
        report["error"] = traceback.format_exc()
        save()
    app = QApplication.instance()
    app.aboutToQuit.connect(lambda: step("QGIS is quitting"))
    if os.environ.get("CRASH_AT_QUIT") == "1":
        app.aboutToQuit.connect(crash)
    questions = QTimer(app)
    questions.timeout.connect(answer_exit_questions)
    questions.start(100)
    if os.environ.get("QUIT") == "application":
        step("QgsApplication.exit()")
        QgsApplication.exit(0)
    else:
        step("Project > Exit QGIS")
        qgis.utils.iface.actionExit().trigger()


QTimer.singleShot(2000, main)
