"""Quotations through the widgets, against the simulator: a MANUAL feasibility leads to a quotation (never a
price or an order), which is then accepted in the quotation list; a quotation asked for instead of an
AUTOMATIC order, then refused; a manual study asked for on an AUTOMATIC result (a quotation); a quotation
asked for from the Archive tab's order form."""

import pytest
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtTest import QTest

from .conftest import wait_until
from .test_archive_order import ConfirmRecorder, fill_details, get_price
from .test_tasking_order import tasking  # noqa: F401 -- the fixture
from .test_tasking_support import (
    BIG_AREA,
    check,
    choose_offer,
    open_order,
    properties_of,
    requests_to,
    type_number,
)


class AnswerRecorder:
    """Replaces the quotation list's modal question: reads it, answers as told."""

    def __init__(self, accept=True):
        self.accept = accept
        self.asked = []

    def __call__(self, _parent, title, text, button):
        self.asked.append((title, text, button))
        return self.accept


def request_quotation(dialog, recorder):
    dialog.confirm_hook = recorder
    QTest.mouseClick(dialog.quotation.button, Qt.MouseButton.LeftButton)
    wait_until(lambda: not dialog.progress.isVisible(), what="the quotation")


def show_quotations(section):
    section.pages.setCurrentWidget(section.quotations)
    refresh(section)


def refresh(section):
    QTest.mouseClick(section.quotations.refresh_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: not section.quotations.progress.isVisible(), what="the quotation list")


def cell(section, row, column):
    return section.quotations.table.item(row, column).text()


def test_manual_feasibility_leads_to_a_quotation_that_is_then_accepted(tasking, simulator, demo_user):  # noqa: F811
    section = tasking(demo_user, aoi=BIG_AREA)
    choose_offer(section, "PleiadesNeoOnePlan")
    check(section)
    assert "Manual study needed" in section.feasibility_headline.text()
    assert "Request a quotation" in section.next_step.text()
    assert section.order_button.text() == "Request a quotation…"

    dialog = open_order(section)
    assert not dialog.price_button.isVisible() and not dialog.place_button.isVisible()
    assert "no price and no direct order" in dialog.price_label.text()
    assert dialog.quotation.button.isVisible() and dialog.quotation.button.text() == "Request a quotation…"
    fill_details(dialog)
    recorder = ConfirmRecorder()
    request_quotation(dialog, recorder)
    assert "Nothing is charged now" in recorder.texts[0] and recorder.buttons[0] == "Request the quotation"
    assert "Quotation QUO" in dialog.message.text(), dialog.message.text()
    assert not requests_to(simulator, "/api/v1/prices") and not requests_to(simulator, "/api/v1/orders")
    [sent] = [request.json for request in requests_to(simulator, "/api/v1/quotations")]
    assert properties_of(sent["items"][0])["feasibilityAutomation"] == "MANUAL"
    quotation = dialog.quotation.quotation
    assert not dialog.quotation.button.isEnabled()  # sent once

    show_quotations(section)
    assert section.quotations.table.rowCount() == 1
    assert cell(section, 0, 0) == quotation.quotation_id and cell(section, 0, 1) == "being studied by Airbus"
    section.quotations.select_quotation(quotation.quotation_id)
    assert not section.quotations.accept_button.isEnabled()

    simulator.clock.advance(3 * 3600)  # Airbus's study (2 h in the simulator)
    refresh(section)
    section.quotations.select_quotation(quotation.quotation_id)
    assert cell(section, 0, 1) == "waiting for your answer" and "EUR" in cell(section, 0, 2)
    assert " d " in cell(section, 0, 3) or " h " in cell(section, 0, 3)  # the countdown
    assert section.quotations.accept_button.isEnabled()

    accepted = []
    section.order_placed.connect(accepted.append)
    answers = AnswerRecorder(accept=True)
    section.quotations.confirm_hook = answers
    QTest.mouseClick(section.quotations.accept_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: "accepted" in section.quotations.status.text(), what="the acceptance")
    wait_until(lambda: not section.quotations.progress.isVisible(), what="the refreshed list")
    title, text, button = answers.asked[0]
    assert "will be charged" in text and "EUR" in button and quotation.quotation_id in text
    assert len(accepted) == 1 and accepted[0].sales_order_id
    assert accepted[0].quotation_id == quotation.quotation_id
    assert cell(section, 0, 1) == "accepted (ordered)"
    assert len(requests_to(simulator, f"/api/v1/contracts/{demo_user.neo}/quotations/"
                                      f"{quotation.quotation_id}/accept", method="PUT")) == 1


def test_a_quotation_asked_for_instead_of_an_automatic_order_then_refused(tasking, simulator,  # noqa: F811
                                                                          demo_user):
    section = tasking(demo_user)
    choose_offer(section, "PleiadesNeoOneDay")
    type_number(section.form.max_incidence, 40)
    check(section)
    assert "Automatic" in section.feasibility_headline.text()
    section.attempts_table.select_row(0)
    dialog = open_order(section)
    assert dialog.quotation.button.text() == "Request a quotation instead…"
    fill_details(dialog)
    get_price(dialog)
    recorder = ConfirmRecorder()
    request_quotation(dialog, recorder)
    assert "A direct order would cost" in recorder.texts[0]
    assert not dialog.place_button.isEnabled(), "after a quotation, the same request is not also ordered"
    assert not requests_to(simulator, "/api/v1/orders")
    quotation = dialog.quotation.quotation

    show_quotations(section)
    section.quotations.select_quotation(quotation.quotation_id)
    assert section.quotations.refuse_button.isEnabled()
    section.quotations.confirm_hook = AnswerRecorder(accept=False)
    QTest.mouseClick(section.quotations.refuse_button, Qt.MouseButton.LeftButton)
    assert "cancelled" in section.quotations.status.text()
    assert not requests_to(simulator, f"/api/v1/contracts/{demo_user.neo}/quotations/"
                                      f"{quotation.quotation_id}/refuse", method="PUT")
    section.quotations.confirm_hook = AnswerRecorder(accept=True)
    QTest.mouseClick(section.quotations.refuse_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: "refused" in section.quotations.status.text(), what="the refusal")
    wait_until(lambda: not section.quotations.progress.isVisible(), what="the refreshed list")
    assert cell(section, 0, 1) == "refused" and not section.quotations.accept_button.isEnabled()
    from ..unit.core_support import make_client

    lines = make_client(simulator, demo_user).track_orders(customer_reference=quotation.customer_reference)
    assert lines[0].quotation_status == "REFUSED" and lines[0].status == "CANCELLED"


def test_a_manual_study_asked_for_on_an_automatic_result_leads_to_a_quotation(tasking, simulator,  # noqa: F811
                                                                                demo_user):
    section = tasking(demo_user)
    choose_offer(section, "PleiadesNeoOnePlan")
    check(section)
    assert "Automatic" in section.feasibility_headline.text(), section.next_step.text()
    assert section.manual_study.isVisible() and section.order_button.text() == "Order…"
    section.manual_study.setChecked(True)
    assert section.order_button.text() == "Request a quotation…" and section.order_button.isEnabled()

    dialog = open_order(section)
    assert not dialog.price_button.isVisible() and not dialog.place_button.isVisible()
    fill_details(dialog)
    request_quotation(dialog, ConfirmRecorder())
    assert "Quotation QUO" in dialog.message.text(), dialog.message.text()
    [sent] = [request.json for request in requests_to(simulator, "/api/v1/quotations")]
    assert properties_of(sent["items"][0])["feasibilityAutomation"] == "MANUAL"
    assert not requests_to(simulator, "/api/v1/prices") and not requests_to(simulator, "/api/v1/orders")


@pytest.fixture
def archive_section(simulator, demo_user):
    from .test_archive_support import close_section, make_section

    section, _client, runner = make_section(simulator, demo_user)
    yield section
    if section.order_dialog is not None:
        section.order_dialog.close()
    close_section(section, runner)


def test_a_quotation_requested_from_the_archive_order_form(archive_section, simulator):
    from .test_archive_order import open_dialog, search_and_tick

    requested = []
    archive_section.quotation_requested.connect(requested.append)
    search_and_tick(archive_section, "PNEO")
    dialog = open_dialog(archive_section)
    assert dialog.quotation.button.isVisible()
    fill_details(dialog)
    request_quotation(dialog, ConfirmRecorder())
    assert "Quotation QUO" in dialog.message.text(), dialog.message.text()
    assert len(requested) == 1 and requested[0].quotation_id
    [sent] = [request.json for request in requests_to(simulator, "/api/v1/quotations")]
    assert sent["items"][0]["productTypeId"] == "PleiadesNeoArchiveMono"
    assert not requests_to(simulator, "/api/v1/orders")


def nothing_priced_or_ordered(simulator):
    return not any(requests_to(simulator, path) for path in ("/api/v1/prices", "/api/v1/orders",
                                                             "/api/v1/quotations"))


@pytest.mark.parametrize("offer", ["PleiadesTaskingOnePlan", "PleiadesTaskingOneDay"])
def test_a_manual_pleiades_tasking_says_what_to_do_and_offers_no_price_or_order(tasking, simulator,  # noqa: F811
                                                                                demo_user, offer):
    section = tasking(demo_user, aoi=BIG_AREA)  # above the simulator's 1 000 km2 automatic limit for Pleiades
    choose_offer(section, offer)
    check(section)
    assert "Manual study needed" in section.feasibility_headline.text(), section.next_step.text()
    details, next_step = section.feasibility_details.text(), section.next_step.text()
    assert "no price and cannot be ordered here" in details and "Pléiades Neo only" in details
    assert "Contact Airbus or use the OneAtlas portal" in next_step and "smaller area" in next_step
    assert "quotation" not in next_step.lower() and "price" not in next_step.lower()
    assert not section.manual_study.isVisible()
    if section.attempts_model.rowCount():  # OneDay: the passes are shown, picking one orders nothing
        section.attempts_table.select_row(0)
    assert not section.order_button.isEnabled() and section.order_button.text() == "Order…"
    assert "OneAtlas portal" in section.order_button.toolTip()
    QTest.mouseClick(section.order_button, Qt.MouseButton.LeftButton)
    assert section.open_order_dialog() is None and section.order_dialog is None
    assert nothing_priced_or_ordered(simulator)


def test_an_order_dialog_forced_open_on_a_manual_pleiades_tasking_prices_and_orders_nothing(
        tasking, simulator, demo_user):  # noqa: F811
    from oneatlas_ppo.ui.ordering.opening import open_order_dialog
    from oneatlas_ppo.ui.tasking.order import TaskingOrderSubject

    section = tasking(demo_user, aoi=BIG_AREA)
    offer = choose_offer(section, "PleiadesTaskingOnePlan")
    check(section)
    subject = TaskingOrderSubject(offer, section.result.search, section.result.feasibility)
    dialog = open_order_dialog(section, subject, section._remember_order, lambda *_: None, lambda *_: None)
    section.order_dialog = dialog
    wait_until(lambda: dialog.details_form is not None and not dialog.progress.isVisible(), what="the form")
    assert not dialog.price_button.isVisible() and not dialog.place_button.isVisible()
    assert not dialog.quotation.button.isVisible()
    assert "Contact Airbus or use the OneAtlas portal" in dialog.price_label.text()
    fill_details(dialog)
    dialog.request_price()  # what the hidden button would do: core refuses before sending anything
    wait_until(lambda: not dialog.progress.isVisible(), what="the refusal")
    assert "quotations exist for Pléiades Neo only" in dialog.message.text(), dialog.message.text()
    dialog.place_order()
    assert dialog.price is None and not section.placed_orders
    assert nothing_priced_or_ordered(simulator)
