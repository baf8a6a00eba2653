"""Tasking orders through the Tasking tab's widgets, against the simulator: Pléiades Neo OneDay (feasibility,
attempts on the map, pick one, price, confirm, order), Pléiades (legacy) OneDay, a window outside an offer's
rules, and a connection dropped after the order was sent (exactly one order, shown honestly)."""

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
