"""The quotation list of a Pleiades Neo contract, read from the order lines (there is no list call)."""

from datetime import timedelta

import pytest
from shapely.geometry import box

from .core_support import make_client
from .test_tasking_flow import tasking_order, tasking_search


def test_quotations_are_listed_with_status_amount_and_expiry_not_direct_orders(simulator, demo_user):
    client = make_client(simulator, demo_user)
    oneday = tasking_search(client, demo_user.neo, "PleiadesNeoOneDay", days=1, max_incidence_angle=40)
    attempt = client.attempts(oneday)[0]
    client.place_order(tasking_order(client, oneday, client.feasibility(oneday), attempt))  # an order
    plan = tasking_search(client, demo_user.neo, "PleiadesNeoOnePlan", days=30)
    request = tasking_order(client, plan, client.feasibility(plan))
    quotation = client.request_quotation(request)

    entries = client.quotations(demo_user.neo)
    assert [entry.quotation_id for entry in entries] == [quotation.quotation_id]
    entry = entries[0]
    assert entry.status == "SENT" and entry.can_answer and entry.status_words == "waiting for your answer"
    assert entry.total == pytest.approx(quotation.total) and entry.currency == "EUR"
    assert entry.customer_reference == request.customer_reference
    assert timedelta(days=6) < entry.valid_until - simulator.clock.now() <= timedelta(days=7)
    assert entry.product_types == ["PleiadesNeoOnePlan"]


def test_a_manual_quotation_is_studied_then_answerable_then_accepted(simulator, demo_user):
    client = make_client(simulator, demo_user)
    plan = tasking_search(client, demo_user.neo, "PleiadesNeoOnePlan", days=30, aoi=box(1.2, 43.4, 1.6, 43.8))
    feasibility = client.feasibility(plan)
    assert feasibility.manual
    quotation = client.request_quotation(tasking_order(client, plan, feasibility))
    [entry] = client.quotations(demo_user.neo)
    assert entry.status == "IN_PROGRESS" and not entry.can_answer
    simulator.clock.advance(3 * 3600)
    [entry] = client.quotations(demo_user.neo)
    assert entry.status == "SENT" and entry.can_answer
    client.accept_quotation(demo_user.neo, quotation.quotation_id)
    [entry] = client.quotations(demo_user.neo)
    assert entry.status == "ACCEPTED" and entry.sales_order_id and not entry.can_answer


def test_an_expired_quotation_cannot_be_answered(simulator, demo_user):
    client = make_client(simulator, demo_user)
    plan = tasking_search(client, demo_user.neo, "PleiadesNeoOnePlan", days=30)
    client.request_quotation(tasking_order(client, plan, client.feasibility(plan)))
    simulator.clock.advance(8 * 86400)
    [entry] = client.quotations(demo_user.neo)
    assert entry.status == "EXPIRED" and entry.expired() and not entry.can_answer
    assert entry.seconds_left() == 0
