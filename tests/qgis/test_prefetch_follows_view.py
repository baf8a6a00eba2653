"""What the connection fetches ahead for orders follows the back-ends the user is working with: the Archive
tab's checked satellites, the Tasking tab's chosen offer. A user who searches Pléiades only never pays for
Pléiades Neo's calls; checking Pléiades Neo fetches them at once, so its order form still needs one call.
With no tab built yet, every contract is fetched as before (docs/decisions/0011)."""

import pytest

from oneatlas_ppo.core.names import LEGACY, NEO
from oneatlas_ppo.ui.connection import credentials
from oneatlas_ppo.ui.connection import settings as plugin_settings

from .conftest import wait_until
from .test_dock_workflow import TOULOUSE_RING, connected_plugin, write_geojson

__all__ = ["connected_plugin"]  # fixture


def order_calls(simulator, since=0):
    return [(record.method, record.path) for record in simulator.requests[since:]
            if record.service == "order"]


def reference_calls(simulator, contract_id, since=0):
    """How many times the products and the markets of ``contract_id`` were asked for."""
    calls = order_calls(simulator, since)
    return (calls.count(("GET", f"/api/v1/contracts/{contract_id}/productTypes")),
            calls.count(("GET", f"/api/v1/contracts/{contract_id}/properties")))


def countries_calls(simulator, since=0):
    return order_calls(simulator, since).count(("GET", "/api/v1/properties"))


def contract_ids(session, backend):
    return [contract.contract_id for contract in session.account.contracts if contract.backend == backend]


def connect(plugin, simulator, demo_user):
    settings = plugin_settings.ConnectionSettings(environment=plugin_settings.SIMULATOR,
                                                  simulator_origin=simulator.origin)
    plugin.session.apply(settings, api_key=demo_user.api_key)
    wait_until(lambda: plugin.session.account is not None, what="the connection")
    wait_until(lambda: plugin.session.prefetcher.pending == 0, what="the background prefetch")


@pytest.fixture
def plugin(loaded_plugin):
    yield loaded_plugin
    credentials.forget_api_key()


def test_with_no_tab_built_connecting_fetches_every_contract(connected_plugin, simulator):
    session = connected_plugin.session
    assert not connected_plugin.dock.is_built  # no tab has said what it works with
    wait_until(lambda: session.prefetcher.pending == 0, what="the background prefetch")
    assert contract_ids(session, NEO) and contract_ids(session, LEGACY)
    for contract in session.account.contracts:
        assert reference_calls(simulator, contract.contract_id) == (1, 1), contract.contract_id
    assert countries_calls(simulator) == 1


def test_archive_with_pleiades_only_fetches_neo_when_it_is_checked(plugin, simulator, demo_user, tmp_path):
    archive = plugin.dock.archive_section
    for code, box in archive.form.constellation_boxes.items():
        box.setChecked(code == "PHR")
    connect(plugin, simulator, demo_user)
    session = plugin.session
    (neo,), legacy = contract_ids(session, NEO), contract_ids(session, LEGACY)
    for contract_id in legacy:
        assert reference_calls(simulator, contract_id) == (1, 1)
    assert reference_calls(simulator, neo) == (0, 0)  # nothing Neo is in view: nothing Neo is fetched
    assert countries_calls(simulator) == 0

    archive.form.constellation_boxes["PNEO"].setChecked(True)
    assert session.prefetcher.pending > 0  # started at once, before any search
    wait_until(lambda: session.prefetcher.pending == 0, what="the Pléiades Neo prefetch")
    assert reference_calls(simulator, neo) == (1, 1)
    assert countries_calls(simulator) == 1
    for contract_id in legacy:  # nothing fetched twice
        assert reference_calls(simulator, contract_id) == (1, 1)

    plugin.dock.aoi_section.import_file(write_geojson(tmp_path / "toulouse.geojson", [TOULOUSE_RING]))
    archive.form.constellation_boxes["PHR"].setChecked(False)  # Neo scenes only
    archive.search_button.click()
    wait_until(lambda: not archive.searching, what="the search")
    assert archive.model.rowCount() > 0, archive.status.text()
    scene = archive.model.scene_at(0)
    assert scene.constellation.upper() == "PNEO"

    before = len(simulator.requests)
    archive.model.set_checked(scene.id, True)
    dialog = archive.open_order_dialog()
    wait_until(lambda: dialog.context is not None, what="the order form")
    calls = order_calls(simulator, before)
    assert len(calls) == 1 and calls[0][0] == "POST" and calls[0][1].endswith("/options"), calls
    assert dialog.details_form.market.count() > 0  # the prefetched markets and countries fill the form
    assert dialog.details_form.country.count() > 0
    dialog.close()


def test_a_backend_checked_while_disconnected_is_fetched_at_the_next_connection(plugin, simulator,
                                                                               demo_user):
    archive = plugin.dock.archive_section
    for code, box in archive.form.constellation_boxes.items():
        box.setChecked(code == "PHR")
    connect(plugin, simulator, demo_user)
    session = plugin.session
    (neo,) = contract_ids(session, NEO)

    session.forget_key()
    archive.form.constellation_boxes["PNEO"].setChecked(True)
    assert session.prefetcher.pending == 0  # no connection: nothing is fetched with the old client
    assert reference_calls(simulator, neo) == (0, 0)

    connect(plugin, simulator, demo_user)
    assert reference_calls(simulator, neo) == (1, 1)
    assert countries_calls(simulator) == 1


def test_tasking_fetches_the_markets_of_the_chosen_offer(plugin, simulator, demo_user):
    tasking = plugin.dock.tasking_section
    connect(plugin, simulator, demo_user)
    wait_until(lambda: tasking.offers_loaded, what="the tasking offers")
    session = plugin.session
    wait_until(lambda: session.prefetcher.pending == 0, what="the background prefetch")
    offer = tasking.form.current_offer()
    assert offer is not None and offer.backend == NEO  # Pléiades Neo offers come first
    (neo,), legacy = contract_ids(session, NEO), contract_ids(session, LEGACY)
    assert reference_calls(simulator, neo) == (1, 1)
    assert countries_calls(simulator) == 1
    for contract_id in legacy:  # the offers list needed their products, not yet their markets
        assert reference_calls(simulator, contract_id) == (1, 0)

    legacy_offer = next(index for index, other in enumerate(tasking.form.offers) if other.backend == LEGACY)
    tasking.form.offer.setCurrentIndex(legacy_offer)
    wait_until(lambda: session.prefetcher.pending == 0, what="the Pléiades & SPOT prefetch")
    for contract_id in legacy:
        assert reference_calls(simulator, contract_id) == (1, 1)
