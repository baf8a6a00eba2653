"""The Tasking tab inside the loaded plugin: it takes the AOI tab's area (a refused one is never sent), lists
the offers of the connected account, and gives back its map layer when the plugin unloads."""

from qgis.core import QgsProject

from .conftest import process_events, wait_until
from .test_archive_order import ConfirmRecorder, fill_details, get_price, place
from .test_dock_workflow import COURTYARD, TOULOUSE_RING, connected_plugin, write_geojson  # noqa: F401


def test_the_tab_in_the_dock_follows_the_aoi_and_cleans_up_at_unload(connected_plugin, simulator,  # noqa: F811
                                                                      tmp_path):
    dock = connected_plugin.dock
    dock.aoi_section.import_file(write_geojson(tmp_path / "holed.geojson", [TOULOUSE_RING, COURTYARD]))
    process_events()
    tasking = dock.tasking_section
    wait_until(lambda: tasking.offers_loaded, what="the tasking offers")
    labels = [tasking.form.offer.itemText(index) for index in range(tasking.form.offer.count())]
    assert any(label.startswith("Pléiades Neo OneDay") for label in labels)
    assert any(label.startswith("SPOT OnePlan") for label in labels)
    assert "fix it in the AOI tab" in tasking.aoi_label.text()
    tasking.check_button.click()
    assert "fix it in the AOI tab" in tasking.next_step.text()
    assert not [r for r in simulator.requests if r.path == "/api/v1/feasibility"]

    dock.aoi_section.fix_all()
    process_events()
    assert tasking.aoi_label.text() == "Tasking over the current area of interest."
    index = next(i for i, label in enumerate(labels) if label.startswith("Pléiades Neo OneDay"))
    tasking.form.offer.setCurrentIndex(index)
    tasking.form.max_incidence.setValue(40)
    tasking.check_button.click()
    assert tasking.checking
    wait_until(lambda: not tasking.checking, what="the feasibility")
    assert QgsProject.instance().mapLayersByName("Tasking attempts"), tasking.next_step.text()

    # the order placed in the Tasking tab is kept in the Orders tab, with the id the server gave it
    tasking.attempts_table.select_row(0)
    assert tasking.order_button.isEnabled()
    dialog = tasking.open_order_dialog()  # what "Order…" does (the dock is not shown: no clicks reach it)
    wait_until(lambda: not dialog.progress.isVisible(), what="the order form")
    fill_details(dialog)
    get_price(dialog)
    place(dialog, ConfirmRecorder())
    [result] = tasking.placed_orders
    dialog.close()
    [order] = simulator.orders.values()
    assert result.sales_order_id == order.sales_order_id
    assert order.body["items"][0]["productTypeId"] == "PleiadesNeoOneDay"
    listed = dock.orders_section.order_texts()
    assert len(listed) == 1 and f"Sales order {order.sales_order_id}" in listed[0], listed

    connected_plugin.unload()
    process_events()
    assert not QgsProject.instance().mapLayersByName("Tasking attempts")
