"""The account's orders from the server (core.order_book): every contract's lines, what waits for an answer,
delivered products and their 30 days in the workspace, the status in words."""

from datetime import datetime, timedelta, timezone

from oneatlas_ppo.core.models import LEGACY, NEO
from oneatlas_ppo.core.order_book import ACQUISITION, SEGMENT, load_order_book, status_words

from .core_support import make_client
from .test_tasking_flow import tasking_order, tasking_search
from .test_tracking_and_delivery import HOURS, ordered_archive


def sim_now(simulator):
    return simulator.clock.now().astimezone(timezone.utc)


def test_orders_of_an_earlier_client_are_listed_newest_first_with_status_words(simulator, demo_user):
    earlier = make_client(simulator, demo_user)
    neo_request, neo_result = ordered_archive(earlier, "PNEO", NEO)
    simulator.clock.advance(60)
    spot_request, spot_result = ordered_archive(earlier, "SPOT", LEGACY)

    rows = load_order_book(make_client(simulator, demo_user))  # a new session: nothing in memory
    expected = [spot_request.customer_reference, neo_request.customer_reference]
    assert [row.reference for row in rows] == expected
    neo = rows[1]
    assert (neo.sales_order_id, neo.backend, neo.source) == (neo_result.sales_order_id, NEO, "archive")
    assert neo.amount > 0 and neo.currency and neo.footprint is not None
    assert status_words(neo, sim_now(simulator)) == "being produced"

    simulator.clock.advance(3 * HOURS)
    rows = load_order_book(make_client(simulator, demo_user))
    delivered = {row.reference: row for row in rows}[neo_request.customer_reference]
    assert delivered.products and delivered.delivered
    words = status_words(delivered, sim_now(simulator))
    assert words.startswith("delivered ") and "available until" in words and "left" not in words
    assert delivered.available_until - delivered.delivered_at == timedelta(days=30)
    # Four days before the end, the row says so.
    late = delivered.available_until - timedelta(days=3, hours=12)
    assert "(only 3 days left)" in status_words(delivered, late)
    assert "no longer in the workspace" in status_words(delivered, delivered.available_until + timedelta(1))
    assert len({row.reference for row in rows}) == len(rows)  # each product joined to its order, once


def test_acquisitions_waiting_for_an_answer_both_back_ends(simulator, demo_user):
    client = make_client(simulator, demo_user)
    references = []
    offers = ((demo_user.neo, "PleiadesNeoOneDay"), (demo_user.legacy, "PleiadesTaskingOneDay"))
    for contract, product in offers:
        search = tasking_search(client, contract, product, max_incidence_angle=45)
        request = tasking_order(client, search, client.feasibility(search), client.attempts(search)[0],
                                notification_threshold=0)
        client.place_order(request)
        references.append(request.customer_reference)
    rows = {row.reference: row for row in load_order_book(client)}
    assert status_words(rows[references[0]], sim_now(simulator)).startswith("acquiring")
    simulator.clock.advance(48 * HOURS)
    rows = {row.reference: row for row in load_order_book(client)}
    neo, legacy = rows[references[0]], rows[references[1]]
    assert [item.kind for item in neo.waiting] == [ACQUISITION]
    assert [item.kind for item in legacy.waiting] == [SEGMENT] and legacy.waiting[0].tasking_id
    assert 0 <= neo.waiting[0].cloud_cover <= 100 and neo.waiting[0].footprint is not None
    assert status_words(neo, sim_now(simulator)) == "an acquisition waits for your answer"
    client.accept_acquisition(neo.waiting[0].item_id)
    rows = {row.reference: row for row in load_order_book(client)}
    assert rows[references[0]].waiting == []
    assert status_words(rows[references[0]], sim_now(simulator)) == "acquired, being delivered"


def test_status_words_for_ended_lines():
    from oneatlas_ppo.core.order_book import OrderRow

    now = datetime(2026, 3, 1, tzinfo=timezone.utc)
    assert status_words(OrderRow("r", "c", NEO, "CANCELLED"), now) == "cancelled"
    assert status_words(OrderRow("r", "c", NEO, "CLOSED", source="tasking"), now).startswith("closed without")
    quotation = OrderRow("r", "c", NEO, "PENDING", quotation_id="QUO1", quotation_status="SENT",
                         quotation_valid_until=datetime(2026, 3, 4, tzinfo=timezone.utc))
    assert status_words(quotation, now) == "quotation to answer before 4 Mar"
    assert [item.kind for item in quotation.waiting] == ["quotation"]
