"""The dock as QGIS shows it: the plugin loaded through classFactory, its AOI tab feeding its Archive tab,
signed in to the simulator, from an imported AOI to an order the simulator received."""

import json

import pytest
from qgis.PyQt.QtWidgets import QDialog

from oneatlas_ppo.ui.connection import credentials
from oneatlas_ppo.ui.connection import settings as plugin_settings

from .conftest import process_events, wait_until

TOULOUSE_RING = [[1.40, 43.57], [1.48, 43.57], [1.48, 43.63], [1.40, 43.63], [1.40, 43.57]]
COURTYARD = [[1.435, 43.595], [1.445, 43.595], [1.445, 43.605], [1.435, 43.605], [1.435, 43.595]]


def write_geojson(path, rings):
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {}, "geometry": {"type": "Polygon", "coordinates": rings}}]}))
    return str(path)


@pytest.fixture
def connected_plugin(loaded_plugin, simulator, demo_user):
    settings = plugin_settings.ConnectionSettings(environment=plugin_settings.SIMULATOR,
                                                  simulator_origin=simulator.origin)
    loaded_plugin.session.apply(settings, api_key=demo_user.api_key)
    wait_until(lambda: loaded_plugin.session.account is not None, what="the connection")
    yield loaded_plugin
    credentials.forget_api_key()


def test_an_aoi_oneatlas_would_refuse_is_not_searched_until_fixed(connected_plugin, simulator, tmp_path):
    dock = connected_plugin.dock
    dock.aoi_section.import_file(write_geojson(tmp_path / "holed.geojson", [TOULOUSE_RING, COURTYARD]))
    process_events()
    archive = dock.archive_section
    assert "fix it in the AOI tab" in archive.aoi_label.text()
    searches_before = len([r for r in simulator.requests if r.service == "search"])
    archive.search_button.click()
    process_events()
    assert not archive.searching
    assert "fix it in the AOI tab" in archive.status.text()
    assert len([r for r in simulator.requests if r.service == "search"]) == searches_before

    dock.aoi_section.fix_all()
    process_events()
    assert archive.aoi_label.text() == "Searching over the current area of interest."
    archive.search_button.click()
    assert archive.searching
    wait_until(lambda: not archive.searching, what="the search")


def test_from_imported_aoi_to_an_order_the_simulator_received(connected_plugin, simulator, tmp_path):
    dock = connected_plugin.dock
    dock.aoi_section.import_file(write_geojson(tmp_path / "toulouse.geojson", [TOULOUSE_RING]))
    archive = dock.archive_section
    for code, box in archive.form.constellation_boxes.items():
        box.setChecked(code == "PNEO")
    archive.search_button.click()
    assert dock.status_line.text().startswith("Working: ")  # the dock says what runs in the background
    wait_until(lambda: not archive.searching, what="the search")
    wait_until(lambda: dock.status_line.text() == "", what="the status line to clear")
    assert archive.model.rowCount() > 0
    scene = archive.model.scene_at(0)
    archive.model.set_checked(scene.id, True)

    dialog = archive.open_order_dialog()
    wait_until(lambda: dialog.context is not None, what="the order form")
    # The chosen product's minimum order area reaches the AOI tab.
    minimum = dialog.context.product_type.minimum_order_area_km2
    minimum_label = dock.aoi_section.findChild(type(archive.aoi_label), "aoiMinimum")
    if minimum:
        assert dialog.context.product_type.label in minimum_label.text()
    details = dialog.details_form
    details.market.setCurrentIndex(details.market.findData("AGRI"))
    details.end_user_name.setText("Toulouse Métropole")
    details.country.setCurrentIndex(details.country.findData("FR"))
    details.email.setText("sig@example.org")
    dialog.price_button.click()
    wait_until(lambda: dialog.place_button.isEnabled(), what="the price")

    seen = []

    def confirm(confirmation):
        seen.append(confirmation.findChild(type(archive.aoi_label), None))
        confirmation.confirm_button.click()
        return confirmation.result() == QDialog.DialogCode.Accepted

    dialog.confirm_hook = confirm
    header_before = dock.header.details_label.text()
    dialog.place_button.click()
    wait_until(lambda: archive.placed_orders, what="the order")
    dialog.close()

    assert seen, "the order went out without the confirmation dialog"
    assert len(simulator.orders) == 1
    order = next(iter(simulator.orders.values()))
    body = order.body
    assert order.contract_id == dialog.context.contract.contract_id
    assert body["items"][0]["dataSourceIds"][0]["catalogItemId"] == scene.id
    assert body["primaryMarket"] == "AGRI"
    # The header's credit follows the order.
    neo = dialog.context.contract
    wait_until(lambda: connected_plugin.session.account.contract(neo.contract_id).credit_remaining
               < neo.credit_remaining, what="the credit to be updated")
    wait_until(lambda: dock.header.details_label.text() != header_before, what="the header to show it")
    assert "Pléiades Neo" in dock.header.details_label.text()
    # The order is kept in the Orders tab, with the id the server gave it.
    listed = dock.orders_section.order_texts()
    assert len(listed) == 1
    assert f"Sales order {order.sales_order_id}" in listed[0]
    assert body["customerReference"] in listed[0]
