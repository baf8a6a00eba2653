"""Tasking orders through the Tasking tab's widgets, against the simulator: Pléiades Neo OneDay (feasibility,
attempts on the map, pick one, price, confirm, order), Pléiades (legacy) OneDay, a window outside an offer's
rules, a connection dropped after the order was sent (exactly one order, shown honestly), server and network
errors of the feasibility (said, nothing typed lost), and accounts without tasking (told why)."""

import pytest
from qgis.core import QgsProject
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtTest import QTest

from .conftest import wait_until
from .test_archive_order import ConfirmRecorder, fill_details, get_price, place
from .test_tasking_support import (
    check,
    choose_offer,
    close_tasking,
    make_tasking,
    open_order,
    properties_of,
    requests_to,
    set_window,
    type_number,
)


@pytest.fixture
def tasking(simulator):
    made = []

    def build(user, **kwargs):
        section, client, runner = make_tasking(simulator, user, **kwargs)
        made.append((section, runner))
        return section

    yield build
    for section, runner in made:
        close_tasking(section, runner)
    assert not QgsProject.instance().mapLayersByName("Tasking attempts")


def test_pleiades_neo_oneday_attempt_picked_on_the_map_priced_confirmed_and_ordered(tasking, simulator,
                                                                                     demo_user):
    section = tasking(demo_user)
    offer = choose_offer(section, "PleiadesNeoOneDay")
    assert "pick the attempt" in section.form.offer_words.text()
    type_number(section.form.max_incidence, 40)
    assert not section.order_button.isEnabled()
    check(section)

    assert "Automatic" in section.feasibility_headline.text(), section.next_step.text()
    assert "Pick one of the" in section.next_step.text()
    rows = section.attempts_model.rowCount()
    assert rows >= 1 and section.attempts_table.isVisible()
    first = section.attempts_model.attempts[0]
    assert "UTC" not in section.attempts_model.index(0, 0).data()  # the header says UTC
    assert section.attempts_model.index(0, 2).data() == first.satellite
    [layer] = QgsProject.instance().mapLayersByName("Tasking attempts")
    assert layer.featureCount() == rows and layer.temporalProperties().isActive()
    assert not section.order_button.isEnabled(), "an attempt must be picked first"

    # picked on the map: the list follows; picked in the list: the map follows
    fid = section.attempts_layer.feature_id(first.segment_key)
    layer.selectByIds([fid])
    assert section.attempts_table.selected_attempt() is first
    section.attempts_table.clearSelection()
    assert layer.selectedFeatureIds() == []
    section.attempts_table.select_row(0)
    assert layer.selectedFeatureIds() == [fid]
    assert section.order_button.isEnabled() and section.order_button.text() == "Order…"

    placed = []
    section.order_placed.connect(placed.append)
    dialog = open_order(section)
    assert first.satellite in dialog.header.text() and "Pleiades Neo OneDay" in dialog.contract_label.text()
    assert dialog.quotation.button.isVisible()  # Pleiades Neo: a quotation instead is offered
    fill_details(dialog)
    get_price(dialog)
    assert "Total" in dialog.price_label.text() and dialog.place_button.isEnabled()
    # a price bound to its inputs: an option changed blocks the order until priced again
    dialog.options_form.set_value("processing_level", "ortho")
    assert not dialog.place_button.isEnabled() and "get the price again" in dialog.price_label.text()
    get_price(dialog)
    assert dialog.place_button.isEnabled()

    recorder = ConfirmRecorder()
    place(dialog, recorder)
    text = recorder.texts[0]
    assert first.satellite in text and "incidence" in text and "local" in text
    assert "Credit left on the contract after this order" in text and "EUR" in text
    assert "Feasibility: Automatic" in text
    assert "Order placed" in dialog.message.text(), dialog.message.text()
    assert len(placed) == 1 and placed[0].sales_order_id

    [sent] = [request.json for request in requests_to(simulator, "/api/v1/orders")]
    item = sent["items"][0]
    assert sent["contractId"] == demo_user.neo and item["productTypeId"] == "PleiadesNeoOneDay"
    assert item["segmentKey"] == first.segment_key  # verbatim
    properties = properties_of(item)
    assert properties["feasibilityAutomation"] == "AUTOMATIC" and properties["maxIncidenceAngle"] == 40
    assert properties["acquisitionMode"] == "MONO" and properties["acqPeriod"]
    options = {pair["key"]: pair["value"] for pair in sent["optionsPerProductType"][0]["options"]}
    assert options["processing_level"] == "ortho"
    assert offer.contract.contract_id == demo_user.neo


def test_pleiades_legacy_oneday_is_ordered_without_quotation(tasking, simulator, demo_user):
    section = tasking(demo_user)
    choose_offer(section, "PleiadesTaskingOneDay")
    type_number(section.form.max_incidence, 45)
    check(section)
    assert "Automatic" in section.feasibility_headline.text(), section.next_step.text()
    assert not section.manual_study.isVisible()  # quotations are for Pleiades Neo only
    attempt = section.attempts_model.attempts[0]
    section.attempts_table.select_row(0)
    dialog = open_order(section)
    assert not dialog.quotation.button.isVisible()
    fill_details(dialog)
    get_price(dialog)
    place(dialog, ConfirmRecorder())
    assert "Order placed" in dialog.message.text(), dialog.message.text()
    [sent] = [request.json for request in requests_to(simulator, "/api/v1/orders")]
    assert sent["contractId"] == demo_user.legacy and sent["notificationEmails"] == ["gis@example.com"]
    assert sent["items"][0]["segmentKey"] == attempt.segment_key
    assert sent["items"][0]["productTypeId"] == "PleiadesTaskingOneDay"


def test_a_window_outside_the_offers_rules_is_said_beside_the_dates_and_nothing_is_sent(tasking, simulator,
                                                                                        demo_user):
    section = tasking(demo_user)
    choose_offer(section, "PleiadesNeoOneDay")
    set_window(section, start_in_hours=6, days=3)
    error = section.form.window_error
    assert error.isVisible() and "at most 1 day" in error.text()
    start, end = section.form.start.dateTime(), section.form.end.dateTime()
    QTest.mouseClick(section.check_button, Qt.MouseButton.LeftButton)
    assert "Correct the request" in section.next_step.text()
    assert (section.form.start.dateTime(), section.form.end.dateTime()) == (start, end)  # nothing lost

    choose_offer(section, "PleiadesNeoOneNowAttempts")
    assert not error.isVisible()  # its default window fits
    set_window(section, start_in_hours=6, days=2)
    assert error.isVisible() and "3 to 14 days" in error.text()
    set_window(section, start_in_hours=-72, days=1)
    assert "in the past" in error.text()
    QTest.mouseClick(section.check_button, Qt.MouseButton.LeftButton)
    assert not requests_to(simulator, "/api/v1/feasibility")
    assert not requests_to(simulator, "/api/v1/attempts")
    set_window(section, start_in_hours=6, days=5)
    assert not error.isVisible()


def test_a_connection_dropped_after_the_order_was_sent_leaves_exactly_one_order_shown_honestly(
        tasking, simulator, demo_user):
    section = tasking(demo_user)
    choose_offer(section, "PleiadesNeoOneDay")
    type_number(section.form.max_incidence, 40)
    check(section)
    section.attempts_table.select_row(0)
    dialog = open_order(section)
    fill_details(dialog)
    get_price(dialog)
    simulator.faults.add("drop_after", service="order", method="POST", path="/api/v1/orders", times=1)
    place(dialog, ConfirmRecorder())
    wait_until(lambda: not dialog.submission.submitting, what="the order's outcome")
    assert len(requests_to(simulator, "/api/v1/orders")) == 1  # sent once, never retried
    assert len(simulator.orders) == 1
    # the lost answer was looked up by the order's reference: the one order is found and said to exist
    text = dialog.message.text()
    assert "OneAtlas confirms the order exists (once)" in text and "Do not order again" in text, text
    assert dialog.result.recovered and dialog.result.sales_order_id in simulator.orders
    assert section.placed_orders == [dialog.result]
    assert not dialog.place_button.isEnabled()
    QTest.mouseClick(dialog.place_button, Qt.MouseButton.LeftButton)
    assert len(requests_to(simulator, "/api/v1/orders")) == 1


def test_server_and_network_errors_of_the_feasibility_are_said_and_nothing_typed_is_lost(tasking, simulator,
                                                                                       demo_user):
    section = tasking(demo_user)
    choose_offer(section, "PleiadesNeoOneDay")
    type_number(section.form.max_incidence, 42)
    type_number(section.form.max_cloud, 15)
    window = (section.form.start.dateTime(), section.form.end.dateTime())

    def typed():
        return (section.form.current_offer().product_type.product_type_id, section.form.max_incidence.value(),
                section.form.max_cloud.value(), (section.form.start.dateTime(), section.form.end.dateTime()))

    before = typed()
    assert before == ("PleiadesNeoOneDay", 42, 15, window)
    simulator.faults.add("status", service="order", path="/api/v1/feasibility", status=503, times=None)
    check(section)
    said = section.next_step.text()
    assert said and "color" in section.next_step.styleSheet(), "an error is said in the error colour"
    assert "internal problem (HTTP 503)" in said and "Try again" in said, said  # under "Check feasibility"
    assert section.result is None and not section.order_button.isEnabled()
    assert not QgsProject.instance().mapLayersByName("Tasking attempts")
    assert typed() == before  # nothing typed is lost

    simulator.faults.clear()  # the connection drops while the attempts are asked for
    simulator.faults.add("drop", service="order", path="/api/v1/attempts", times=None)
    check(section)
    said = section.next_step.text()
    assert "Could not reach OneAtlas" in said and "color" in section.next_step.styleSheet(), said
    assert section.result is None and not section.order_button.isEnabled()
    assert typed() == before

    simulator.faults.clear()
    check(section)  # the same request, untouched, now goes through
    assert "Automatic" in section.feasibility_headline.text(), section.next_step.text()
    assert section.attempts_model.rowCount() >= 1
    sent = [request.json for request in requests_to(simulator, "/api/v1/feasibility")
            if request.status == 200]
    assert sent[-1]["optical"] == {"acquisitionMode": "MONO", "maxCloudCover": 15, "maxIncidenceAngle": 42}


def test_an_account_without_contracts_is_told_why_and_nothing_is_checked(tasking, simulator, demo_user):
    for contract_id in demo_user.contract_ids:
        del simulator.contracts[contract_id]
    section = tasking(demo_user)
    assert section.form.offer.count() == 0 and section.form.current_offer() is None
    status = section.offers_status
    assert status.isVisible() and "account has no contract" in status.text(), status.text()
    QTest.mouseClick(section.check_button, Qt.MouseButton.LeftButton)
    assert "account has no contract" in section.next_step.text()
    assert not requests_to(simulator, "/api/v1/feasibility") and not section.order_button.isEnabled()


def test_contracts_that_buy_no_tasking_are_named_and_no_offer_is_listed(tasking, simulator, demo_user,
                                                                        monkeypatch):
    from simulator import order_api

    archive_only = order_api.product_types_for
    monkeypatch.setattr(order_api, "product_types_for",  # the simulator sells these contracts archive only
                        lambda backend: [pt for pt in archive_only(backend) if pt.source == "archive"])
    section = tasking(demo_user)
    assert section.form.offer.count() == 0
    text = section.offers_status.text()
    assert "buys tasking" in text and demo_user.legacy in text and demo_user.neo in text, text
