"""Shared pieces of the Tasking tab tests: the tab against the simulator, driven through its widgets."""

from datetime import datetime, timedelta, timezone

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QApplication
from shapely.geometry import box

from .conftest import wait_until

TOULOUSE = box(1.40, 43.57, 1.48, 43.63)
BIG_AREA = box(1.2, 43.4, 1.6, 43.8)  # about 1 400 km2: a MANUAL feasibility on Pleiades Neo


def make_tasking(simulator, user, aoi=TOULOUSE):
    from oneatlas_ppo.ui.common.tasks import TaskRunner
    from oneatlas_ppo.ui.tasking.tab import TaskingSection

    from ..unit.core_support import make_client

    # Time runs on the simulator's clock: a lost answer is looked up without real waiting.
    client = make_client(simulator, user)
    runner = TaskRunner()
    section = TaskingSection(lambda: client, runner, aoi=aoi)
    section.resize(560, 900)
    section.show()
    section.load_offers()
    wait_until(lambda: section.offers_loaded, what="the tasking offers")
    return section, client, runner


def close_tasking(section, runner):
    if section.order_dialog is not None:
        section.order_dialog.close_for_unload()
    section.release()
    runner.shut_down()
    section.close()
    section.deleteLater()
    QApplication.processEvents()


def choose_offer(section, product_type_id):
    combo = section.form.offer
    for index in range(combo.count()):
        if combo.itemData(index).endswith("/" + product_type_id):
            combo.setCurrentIndex(index)
            return section.form.current_offer()
    offered = [combo.itemText(index) for index in range(combo.count())]
    raise AssertionError(f"{product_type_id} not offered: {offered}")


def type_number(spin, value):
    spin.selectAll()
    spin.lineEdit().clear()
    QTest.keyClicks(spin, str(value))
    spin.interpretText()


def set_window(section, start_in_hours, days):
    from oneatlas_ppo.ui.tasking.form import to_qdatetime

    start = datetime.now(timezone.utc) + timedelta(hours=start_in_hours)
    section.form.start.setDateTime(to_qdatetime(start))
    section.form.end.setDateTime(to_qdatetime(start + timedelta(days=days)))


def check(section):
    QTest.mouseClick(section.check_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: not section.progress.isVisible(), what="the feasibility")


def requests_to(simulator, path, method="POST"):
    return [r for r in simulator.requests if r.service == "order" and r.method == method and r.path == path]


def open_order(section):
    QTest.mouseClick(section.order_button, Qt.MouseButton.LeftButton)
    dialog = section.order_dialog
    assert dialog is not None and dialog.isVisible()
    wait_until(lambda: not dialog.progress.isVisible(), what="the order form")
    assert dialog.details_form is not None, dialog.message.text() or dialog.contract_label.text()
    return dialog


def properties_of(item):
    return {pair["key"]: pair["value"] for pair in item["properties"]}
