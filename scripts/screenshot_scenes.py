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

    # Scene 7: the Orders tab keeps what was placed (the tab's page is the section's parent).
    dock.sections.setCurrentWidget(dock.orders_section.parentWidget())
    shoot_window("orders-tab.png")

    # Scene 8: the settings, after a successful Test connection.
    plugin.open_settings()
    settings = plugin.settings_dialog
    settings.test_button.click()
    wait_until(lambda: "Testing" not in settings.result_label.text() and settings.result_label.text(),
               what="the Test connection result")
    shoot_widget(settings, "settings-connected.png")
    settings.close()

    tasking_scenes(iface, dock)
    orders_scenes(plugin, dock, iface)


def tasking_scenes(iface, dock):
    """The Tasking tab: feasibility in words, attempts on the map with the list, the confirmation, the
    quotation list."""
    canvas = iface.mapCanvas()
    tasking = dock.tasking_section
    dock.sections.setCurrentWidget(tasking.parentWidget())  # the tab's page holds the built content
    wait_until(lambda: tasking.offers_loaded, what="the tasking offers")
    root = QgsProject.instance().layerTreeRoot()
    for layer in QgsProject.instance().mapLayers().values():  # the archive's footprints, in any language
        if layer.customProperty("oneatlas_ppo/archive_footprints"):
            root.findLayer(layer.id()).setItemVisibilityChecked(False)

    def choose(product_type_id):
        combo = tasking.form.offer
        combo.setCurrentIndex(next(i for i in range(combo.count())
                                   if combo.itemData(i).endswith("/" + product_type_id)))

    def check():
        tasking.check_button.click()
        wait_until(lambda: not tasking.progress.isVisible(), what="the feasibility")

    # Scene T1: a OnePlan feasibility, in words.
    choose("PleiadesNeoOnePlan")
    check()
    shoot_window("tasking-feasibility.png")

    # Scene T2: OneDay attempts on the map, linked with the list.
    choose("PleiadesNeoOneDay")
    tasking.form.max_incidence.setValue(40)
    check()
    layer = tasking.attempts_layer.layer
    if layer is not None:
        extent = QgsRectangle(canvas.mapSettings().layerExtentToOutputExtent(layer, layer.extent()))
        extent.scale(1.3)
        canvas.setExtent(extent)
        canvas.refresh()
    tasking.attempts_table.select_row(0)
    note(f"tasking: {tasking.attempts_model.rowCount()} attempt(s); {tasking.next_step.text()}")
    shoot_window("tasking-attempts.png")

    # Scene T3: the tasking confirmation (then the order).
    dialog = tasking.open_order_dialog()
    wait_until(lambda: not dialog.progress.isVisible(), what="the tasking order form")

    def fill(form):
        form.market.setCurrentIndex(max(0, form.market.findData("AGRI")))
        form.end_user_name.setText("Toulouse Métropole")
        form.country.setCurrentIndex(max(0, form.country.findData("FR")))
        form.email.setText("sig@toulouse-metropole.example")

    fill(dialog.details_form)
    dialog.price_button.click()
    wait_until(lambda: not dialog.progress.isVisible(), what="the tasking price")

    def confirm(confirmation):
        confirmation.resize(620, 960)  # the whole summary, down to the credit left, in one picture
        confirmation.show()
        shoot_widget(confirmation, "tasking-confirmation.png")
        confirmation.confirm_button.click()
        return confirmation.result() == QDialog.DialogCode.Accepted

    dialog.confirm_hook = confirm
    dialog.place_button.click()
    wait_until(lambda: not dialog.progress.isVisible(), what="the tasking order")
    dialog.close()

    # Scene T4: a quotation asked for instead of an order, in the quotation list.
    tasking.attempts_table.select_row(min(1, tasking.attempts_model.rowCount() - 1))
    dialog = tasking.open_order_dialog()
    wait_until(lambda: not dialog.progress.isVisible(), what="the tasking order form")
    fill(dialog.details_form)
    dialog.confirm_hook = lambda confirmation: confirmation.confirm_button.click() or True
    dialog.quotation.button.click()
    wait_until(lambda: dialog.quotation.quotation is not None or not dialog.progress.isVisible(),
               what="the quotation")
    dialog.close()
    tasking.pages.setCurrentWidget(tasking.quotations)
    wait_until(lambda: not tasking.quotations.loading, what="the quotation list")
    tasking.quotations.table.selectRow(0)
    shoot_window("tasking-quotations.png")


def advance_simulator_clock(seconds):
    import requests

    requests.post(os.environ["SIM_ORIGIN"] + "/_sim/clock", json={"advance": seconds}, timeout=10)


def place_waiting_tasking(client):
    """A Pleiades Neo one-plan tasking whose acquisitions all wait for an answer (threshold 0)."""
    from datetime import datetime, timedelta, timezone

    from shapely.geometry import box

    from oneatlas_ppo.core.orders import TaskingOrderRequest, new_customer_reference
    from oneatlas_ppo.core.tasking import TaskingSearch

    contract = client.contract_for_backend("neo")
    product = client.product_type(contract.contract_id, "PleiadesNeoOnePlan")
    start = datetime.now(timezone.utc) + timedelta(hours=12)
    aoi = box(1.42, 43.58, 1.46, 43.62)
    search = TaskingSearch(contract_id=contract.contract_id, product_type=product, aoi=aoi, start=start,
                           end=start + timedelta(days=30), max_incidence_angle=45)
    options = client.options(contract.contract_id, product.product_type_id, aoi)
    client.place_order(TaskingOrderRequest(
        contract_id=contract.contract_id, product_type_id=product.product_type_id, aoi=aoi,
        options=options.resolve({"processing_level": "primary"}).values, primary_market="AGRI",
        customer_reference=new_customer_reference("toulouse-plan"), notification_email="sig@example.org",
        end_user_name="Toulouse Métropole", end_user_country="FR", start=search.start, end=search.end,
        max_cloud_cover=search.max_cloud_cover, max_incidence_angle=search.max_incidence_angle,
        feasibility=client.feasibility(search), segment_key=None, notification_threshold=0))


def select_waiting_acquisition(orders):
    """Choose the first acquisition waiting for an answer and wait for its quicklook (or its words)."""
    from qgis.PyQt.QtCore import Qt

    for index in range(orders.waiting.count()):
        _row, item = orders.waiting.item(index).data(Qt.ItemDataRole.UserRole)
        if item.kind != "quotation":
            orders.waiting.setCurrentRow(index)
            break
    else:
        raise RuntimeError("no acquisition waits for an answer")
    wait_until(lambda: item.item_id not in orders.preview.loading, timeout=30, what="the quicklook")
    note(f"acquisition {item.item_id}: {orders.preview.message or 'quicklook shown'}")


def orders_scenes(plugin, dock, iface):
    orders = dock.orders_section
    dock.sections.setCurrentWidget(orders.parentWidget())
    place_waiting_tasking(plugin.session.connected_client())
    advance_simulator_clock(16 * 3600)  # the archive order is delivered, the tasking's acquisition proposed

    def refreshed():
        wait_until(lambda: not orders.refreshing, what="a refresh in flight")
        orders.refresh_now()
        wait_until(lambda: not orders.refreshing, timeout=30, what="the orders")

    # Scene 9: the Orders tab with statuses in words, and an acquisition waiting for an answer, chosen
    # (not the quotation of scene T4, in the same list) with its quicklook beside its cloud cover.
    refreshed()
    orders.list.setCurrentRow(0)
    select_waiting_acquisition(orders)
    shoot_window("orders-statuses.png")
    shoot_widget(orders, "orders-acquisition-waiting.png")

    # Scene 10: a delivered image streamed on the map.
    delivered = next(row for row in orders.rows if row.products)
    orders.select_reference(delivered.reference)
    orders.open_button.click()
    canvas = iface.mapCanvas()
    wait_until(lambda: not canvas.isDrawing(), timeout=30, what="the map")
    shoot_window("orders-streamed.png")

    # Scene 11: the same product downloaded, unpacked and opened with its default style.
    folder = WORK / "downloads"
    folder.mkdir(exist_ok=True)
    orders.downloads.folder_hook = lambda: str(folder)
    orders.download_button.click()
    wait_until(lambda: not orders.downloads.running, timeout=60, what="the download")
    for layer in QgsProject.instance().mapLayers().values():
        if layer.customProperty("oneatlas_ppo/streamed_item"):
            node = QgsProject.instance().layerTreeRoot().findLayer(layer.id())
            node.setItemVisibilityChecked(False)  # the downloaded copy alone on the map
    if orders.downloads.layers:
        extent = QgsRectangle(canvas.mapSettings().layerExtentToOutputExtent(
            orders.downloads.layers[0], orders.downloads.layers[0].extent()))
        extent.scale(1.2)
        canvas.setExtent(extent)
        canvas.refresh()
    wait_until(lambda: not canvas.isDrawing(), timeout=30, what="the map")
    shoot_window("orders-downloaded.png")


def main():
    try:
        run_scenes()
        note("done")
    except Exception:
        note("ERROR\n" + traceback.format_exc())
    QApplication.exit(0)


QTimer.singleShot(2000, main)
