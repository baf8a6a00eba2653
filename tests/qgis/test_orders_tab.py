"""The Orders tab as an analyst uses it: orders of an earlier session listed from the server with their
status in words, searchable, refreshed; a delivery announced with a button that opens it on the map; a
tasking followed on the simulator's clock, one acquisition refused and one accepted through the widgets;
orders whose answer was lost shown as being checked, then settled; the orders saved as a GeoPackage; reads
that back off while nothing changes, one at a time."""

import sqlite3
import time

import pytest
from qgis.core import QgsProject

from oneatlas_ppo.core.journal import CHECKING, Journal, JournalEntry
from oneatlas_ppo.core.models import LEGACY, NEO
from oneatlas_ppo.ui.connection.session import journal_path
from oneatlas_ppo.ui.orders import orders_layer
from oneatlas_ppo.ui.orders.streaming import streamed_layers

from .conftest import process_events, wait_until
from .orders_support import HOURS, earlier_session_archive_order, earlier_session_tasking_order
from .test_dock_workflow import connected_plugin

__all__ = ["connected_plugin"]


def read_orders(tab):
    wait_until(lambda: not tab.refreshing, what="a refresh in flight")
    tab.refresh_now()
    wait_until(lambda: not tab.refreshing, what="the orders to be read")
    process_events()
    return tab.order_texts()


@pytest.fixture
def clean_project():
    QgsProject.instance().clear()
    yield QgsProject.instance()
    QgsProject.instance().clear()


def test_orders_of_an_earlier_session_appear_with_statuses_search_and_delivery(
        connected_plugin, simulator, demo_user, clean_project):
    neo_request, neo_result = earlier_session_archive_order(simulator, demo_user, "PNEO", NEO)
    simulator.clock.advance(60)
    spot_request, _spot = earlier_session_archive_order(simulator, demo_user, "SPOT", LEGACY)
    tab = connected_plugin.dock.orders_section
    texts = read_orders(tab)
    assert len(texts) == 2
    assert spot_request.customer_reference in texts[0] and neo_request.customer_reference in texts[1]
    assert "being produced" in texts[1] and f"Sales order {neo_result.sales_order_id}" in texts[1]
    assert "Pléiades Neo archive" in texts[1]

    tab.search.setText(neo_request.customer_reference)
    assert tab.visible_order_texts() == [texts[1]]
    tab.search.setText("being produced")
    assert len(tab.visible_order_texts()) == 2
    tab.search.setText("delivered")
    assert tab.visible_order_texts() == []
    tab.search.clear()

    simulator.clock.advance(3 * HOURS)
    texts = read_orders(tab)
    assert all("delivered" in text and "available until" in text for text in texts)
    assert tab.last_notice.startswith(f"Order {spot_request.customer_reference} is delivered") or \
        tab.last_notice.startswith(f"Order {neo_request.customer_reference} is delivered")
    assert tab.notice_button is not None
    tab.notice_button.click()  # the message bar's button opens the delivered order on the map
    assert streamed_layers()


def test_a_tasking_moves_through_its_lifecycle_with_answers_given_in_the_tab(
        connected_plugin, simulator, demo_user, clean_project):
    request, _result = earlier_session_tasking_order(simulator, demo_user, "PleiadesNeoOnePlan")
    reference = request.customer_reference
    tab = connected_plugin.dock.orders_section
    assert "acquiring until" in read_orders(tab)[0]
    questions = []
    tab.confirm_hook = lambda title, text: questions.append(text) or True

    simulator.clock.advance(16 * HOURS)  # first pass, then the quality check: proposed (threshold 0)
    texts = read_orders(tab)
    assert "an acquisition waits for your answer" in texts[0]
    assert len(tab.waiting_texts()) == 1 and "cloud" in tab.waiting_texts()[0]
    tab.waiting.setCurrentRow(0)
    tab.refuse_button.click()
    assert "Refusing costs nothing" in questions[-1] and reference in questions[-1]
    wait_until(lambda: [r for r in simulator.requests if r.path.endswith("/refuse")], what="the refusal")
    texts = read_orders(tab)
    assert "1 acquisition refused, trying again" in texts[0] and tab.waiting_texts() == []

    simulator.clock.advance(26 * HOURS)  # the next pass a day later, proposed again
    read_orders(tab)
    assert len(tab.waiting_texts()) == 1
    tab.waiting.setCurrentRow(0)
    questions.clear()
    tab.confirm_hook = lambda title, text: questions.append(text) or False  # the user says no
    tab.accept_button.click()
    process_events()
    assert not [r for r in simulator.requests if r.path.endswith("/accept")]
    tab.confirm_hook = lambda title, text: questions.append(text) or True
    tab.accept_button.click()
    assert "produced and delivered" in questions[-1]
    wait_until(lambda: [r for r in simulator.requests if r.path.endswith("/accept")], what="the acceptance")
    assert "acquired, being delivered" in read_orders(tab)[0]
    simulator.clock.advance(2 * HOURS)
    assert "delivered" in read_orders(tab)[0] and "available until" in tab.order_texts()[0]
    assert len([r for r in simulator.requests if r.path.endswith("/accept")]) == 1  # sent once


def test_an_order_whose_answer_was_lost_shows_as_being_checked_then_settled(
        loaded_plugin, simulator, demo_user, clean_project):
    from oneatlas_ppo.ui.connection import credentials
    from oneatlas_ppo.ui.connection import settings as plugin_settings

    request, result = earlier_session_archive_order(simulator, demo_user)
    reference = request.customer_reference
    journal = Journal(journal_path())
    journal.claim(JournalEntry(reference, demo_user.neo, NEO))
    journal.update(reference, state=CHECKING, failed_at=time.time())
    journal.done_sending(reference)
    simulator.search_delay = 3600  # OneAtlas does not list it yet: the check cannot conclude
    tab = loaded_plugin.dock.orders_section
    settings = plugin_settings.ConnectionSettings(environment=plugin_settings.SIMULATOR,
                                                  simulator_origin=simulator.origin)
    try:
        loaded_plugin.session.apply(settings, api_key=demo_user.api_key)
        wait_until(lambda: loaded_plugin.session.is_connected, what="the connection")
        wait_until(lambda: not loaded_plugin.tasks.running, what="the first check")
        texts = tab.order_texts()
        assert len(texts) == 1 and reference in texts[0] and "being checked: do not order again" in texts[0]

        simulator.search_delay = 0
        loaded_plugin.session.connect_async()  # the next connection settles it
        wait_until(lambda: any(f"Sales order {result.sales_order_id}" in text for text in tab.order_texts()),
                   what="the order to be settled")
        wait_until(lambda: not loaded_plugin.tasks.running, what="the refresh")
        texts = tab.order_texts()
        assert len(texts) == 1 and "being checked" not in texts[0] and reference in texts[0]
    finally:
        credentials.forget_api_key()
        journal_path().unlink()


def test_the_orders_are_saved_as_a_geopackage_layer(connected_plugin, simulator, demo_user, tmp_path,
                                                    clean_project):
    request, result = earlier_session_archive_order(simulator, demo_user)
    tab = connected_plugin.dock.orders_section
    read_orders(tab)
    target = tmp_path / "team orders.gpkg"
    orders_layer.choose_path_hook = lambda: str(target)
    try:
        assert tab.save_layer() == str(target)
    finally:
        orders_layer.choose_path_hook = None
    layers = QgsProject.instance().mapLayersByName(orders_layer.LAYER_NAME)
    assert len(layers) == 1 and layers[0].featureCount() == 1
    feature = next(layers[0].getFeatures())
    assert feature["reference"] == request.customer_reference
    assert feature["sales_order"] == result.sales_order_id and feature["amount"] > 0
    assert feature["status"] == "being produced" and not feature.geometry().isEmpty()
    token = connected_plugin.session.connected_client().current_token()
    with sqlite3.connect(target) as database:
        dump = "\n".join(database.iterdump())
    assert token not in dump and demo_user.api_key not in dump


def test_refreshes_back_off_while_nothing_changes_and_never_run_two_at_once(
        connected_plugin, simulator, demo_user, clean_project):
    earlier_session_archive_order(simulator, demo_user)
    tab = connected_plugin.dock.orders_section
    read_orders(tab)
    poller = tab.poller
    poller.start()
    try:
        assert poller.delay_s == 30
        delays = []
        for _ in range(6):  # nothing changes on the server: each read waits twice as long, up to 10 min
            tab.refresh()
            wait_until(lambda: not tab.refreshing, what="the refresh")
            delays.append(poller.delay_s)
        assert delays == [60, 120, 240, 480, 600, 600]
        simulator.clock.advance(3 * HOURS)  # delivered: something changed, look again soon
        tab.refresh()
        wait_until(lambda: not tab.refreshing, what="the refresh")
        assert poller.delay_s == 30

        # The poller, the user and an answer all asking at once: one read at a time, and one more after it.
        simulator.faults.add("latency", service="order", ms=300, times=None)
        simulator.peak_in_flight = 0
        reads_before = len([r for r in simulator.requests if r.path.endswith("/orders/search")])
        tab.refresh()
        poller.due.emit()
        tab.refresh_now()
        tab.refresh()
        wait_until(lambda: not tab.refreshing, timeout=30, what="the refreshes")
        reads = len([r for r in simulator.requests if r.path.endswith("/orders/search")]) - reads_before
        assert simulator.peak_in_flight == 1
        one_read = reads // 2
        assert one_read >= 1 and reads == 2 * one_read  # the first, then exactly one more
    finally:
        poller.stop()
        simulator.faults.clear()
