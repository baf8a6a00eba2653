""""Fix all" on two separate districts, clicked as a user would, then ordered: the convex hull is ordered
(no area dropped) after exactly one confirmation: the fix itself asks nothing, and a second click on the
order button after the order asks nothing and sends nothing."""

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QApplication, QDialog
from shapely.geometry import shape

from oneatlas_ppo.core import aoi as rules

from .conftest import process_events, wait_until
from .test_aoi_parts_orders import (
    EAST,
    WEST,
    fill_and_price,
    import_two_districts,
    search_and_pick_covering_scene,
)
from .test_dock_workflow import connected_plugin  # noqa: F401 -- fixture


def open_dialogs():
    return [widget for widget in QApplication.topLevelWidgets()
            if isinstance(widget, QDialog) and widget.isVisible()]


def test_fix_all_then_order_the_hull_asks_for_exactly_one_confirmation(
        connected_plugin, simulator, tmp_path):  # noqa: F811
    from oneatlas_ppo.ui.ordering.confirmation import ConfirmOrderDialog

    dock = connected_plugin.dock
    import_two_districts(dock, tmp_path)
    dialogs_before = open_dialogs()
    QTest.mouseClick(dock.aoi_section.report_view.fix_all_button, Qt.MouseButton.LeftButton)
    process_events()
    assert open_dialogs() == dialogs_before, "Fix all must not ask anything itself"
    fixed = dock.aoi_section.current_aoi
    assert fixed.ready and not fixed.per_part
    assert fixed.geometry.covers(WEST) and fixed.geometry.covers(EAST)

    archive, _scene = search_and_pick_covering_scene(dock)
    QTest.mouseClick(archive.order_button, Qt.MouseButton.LeftButton)
    dialog = archive.order_dialog
    fill_and_price(dialog)
    asked = []

    def confirm(confirmation):
        asked.append(confirmation.text())
        QTest.mouseClick(confirmation.confirm_button, Qt.MouseButton.LeftButton)
        return confirmation.result() == QDialog.DialogCode.Accepted

    dialog.confirm_hook = confirm
    QTest.mouseClick(dialog.place_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: archive.placed_orders, what="the order")
    process_events()
    dialog.place_order()  # a second press (the button is disabled; the slot is called anyway): nothing more
    QTest.mouseClick(dialog.place_button, Qt.MouseButton.LeftButton)
    process_events()

    assert len(asked) == 1, "exactly one confirmation"
    assert len(dialog.findChildren(ConfirmOrderDialog)) == 1
    assert "You are about to order 1 archive scene. " in asked[0]
    assert len(simulator.orders) == 1 and len(archive.placed_orders) == 1
    ordered = shape(next(iter(simulator.orders.values())).body["aoi"][0]["geometry"])
    assert rules.geodesic_area_km2(ordered) >= rules.geodesic_area_km2(WEST) + rules.geodesic_area_km2(EAST)
    dialog.close()
