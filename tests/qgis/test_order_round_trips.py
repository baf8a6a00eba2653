"""What every order needs is fetched once, in the background, right after connecting: opening the order form
for a scene then costs one call (the options for that product and AOI), and nothing is fetched twice."""

from .conftest import wait_until
from .test_dock_workflow import TOULOUSE_RING, connected_plugin, write_geojson

__all__ = ["connected_plugin"]  # fixture


def order_calls(simulator, since):
    return [(record.method, record.path) for record in simulator.requests[since:]
            if record.service == "order"]


def test_after_connecting_the_order_form_needs_one_call(connected_plugin, simulator, tmp_path):
    session = connected_plugin.session
    wait_until(lambda: session.prefetcher.pending == 0, what="the background prefetch")
    prefetched = order_calls(simulator, 0)
    contracts = [contract.contract_id for contract in session.account.contracts]
    for contract_id in contracts:  # every contract's products and markets, once each
        assert prefetched.count(("GET", f"/api/v1/contracts/{contract_id}/productTypes")) == 1
        assert sum(path.endswith(f"{contract_id}/properties") for _method, path in prefetched) == 1
    assert prefetched.count(("GET", "/api/v1/properties")) == 1  # the end-user countries

    dock = connected_plugin.dock
    dock.aoi_section.import_file(write_geojson(tmp_path / "toulouse.geojson", [TOULOUSE_RING]))
    archive = dock.archive_section
    archive.search_button.click()
    wait_until(lambda: not archive.searching, what="the search")
    assert archive.model.rowCount() > 0, archive.status.text()
    archive.model.set_checked(archive.model.scene_at(0).id, True)

    before = len(simulator.requests)
    dialog = archive.open_order_dialog()
    wait_until(lambda: dialog.context is not None, what="the order form")
    calls = order_calls(simulator, before)
    assert len(calls) == 1 and calls[0][0] == "POST" and calls[0][1].endswith("/options"), calls
    assert dialog.details_form.market.count() > 0  # the prefetched markets fill the form

    # A reconnection (Refresh in the header) fetches none of it again.
    after_form = len(simulator.requests)
    session.connect_async()
    wait_until(lambda: session.is_connected, what="the reconnection")
    wait_until(lambda: session.prefetcher.pending == 0, what="the background prefetch")
    again = [path for _method, path in order_calls(simulator, after_form) if "properties" in path
             or path.endswith("/productTypes")]
    assert again == []
    dialog.close()
