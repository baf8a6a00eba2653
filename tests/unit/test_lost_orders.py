"""Money: an order whose answer is lost is never called "not placed" while it may exist, for all four
variants, with the simulator's search delay off and on (an order searchable only some time after it was
created, which nothing in the API rules out)."""

import pytest

from oneatlas_ppo.core import errors

from .core_support import make_client, requests_to
from .order_variants import SEARCH_DELAYS, VARIANTS, DamagingProxy, variant_request


@pytest.fixture(params=SEARCH_DELAYS, ids=lambda delay: f"search-delay-{delay}s")
def delay(request, simulator):
    simulator.search_delay = request.param
    return request.param


@pytest.mark.parametrize("variant", VARIANTS)
def test_an_order_created_then_its_answer_lost_is_never_offered_again(simulator, demo_user, delay, variant):
    """The reproduced bug: the order exists, the first searches come back empty, and the user used to be
    told "Nothing was charged; you can safely try again"."""
    client = make_client(simulator, demo_user)
    request = variant_request(client, variant)
    simulator.faults.add("drop_after", service="order", method="POST", path="/api/v1/orders", times=1)
    try:
        result = client.place_order(request)
    except errors.OrderNotPlacedError:  # the one answer that would charge the user twice
        pytest.fail("an order that exists was reported as not placed")
    except errors.OrderOutcomeUnknownError as error:
        assert delay and error.state == "checking" and "Do NOT order again" in str(error)
        with pytest.raises(errors.DuplicateOrderError):
            client.place_order(request)  # the guard holds while it is being checked
        (entry,) = client.settle_pending(wait=True)
        assert entry.state == "placed" and entry.sales_order_id in simulator.orders
    else:
        assert not delay or simulator.search_delay <= sum(client.sim_time.slept)
        assert result.recovered and result.sales_order_id in simulator.orders
    assert len(simulator.orders) == 1
    assert len(requests_to(simulator, "/api/v1/orders")) == 1  # never re-sent


@pytest.mark.parametrize("variant", ["neo-archive", "neo-tasking", "legacy-tasking"])
def test_an_order_never_received_is_not_placed_only_after_the_whole_window(
    simulator, demo_user, delay, variant
):
    client = make_client(simulator, demo_user, reconcile_window_s=90)
    request = variant_request(client, variant)
    simulator.faults.add("drop", service="order", method="POST", path="/api/v1/orders", times=1)
    with pytest.raises(errors.OrderOutcomeUnknownError):
        client.place_order(request)  # 15 s of lookups: too early to say
    assert sum(client.sim_time.slept) < 90
    (entry,) = client.settle_pending(wait=True)
    assert entry.state == "not_placed" and entry.absent_checks >= 2
    assert entry.last_absent_at >= entry.failed_at + 90  # absent until after the window ended
    assert not simulator.orders
    assert client.place_order(request).sales_order_id  # now it is true that trying again is safe
    assert len(simulator.orders) == 1


@pytest.mark.parametrize("variant", VARIANTS)
def test_a_2xx_with_an_unreadable_body_is_a_placed_order(simulator, demo_user, delay, variant):
    client = make_client(simulator, demo_user)
    request = variant_request(client, variant)
    simulator.faults.add("malformed_json", service="order", method="POST", path="/api/v1/orders", times=1)
    result = client.place_order(request)  # never OrderNotPlacedError, never OrderOutcomeUnknownError
    (sales_order_id,) = simulator.orders
    assert result.recovered and "do not order again" in result.summary
    if delay > 15:  # not searchable within the interactive lookups: placed, ids to come
        assert result.sales_order_id is None and "ids will appear" in result.note
        assert [entry.reference for entry in client.pending_orders()] == [request.customer_reference]
        (entry,) = client.settle_pending(wait=True)
        assert entry.state == "placed" and entry.sales_order_id == sales_order_id
    else:
        assert result.sales_order_id == sales_order_id
    assert not client.pending_orders()
    with pytest.raises(errors.DuplicateOrderError, match="already placed"):
        client.place_order(request)
    assert len(requests_to(simulator, "/api/v1/orders")) == 1


@pytest.mark.parametrize("variant", ["neo-archive", "legacy-tasking"])
def test_a_2xx_cut_in_the_middle_of_its_body_is_a_placed_order(simulator, demo_user, variant):
    with DamagingProxy(simulator) as proxy:
        proxy.cut.add(("POST", "/order/api/v1/orders"))
        client = make_client(simulator, demo_user)
        client = type(client)(
            demo_user.api_key,
            origin=proxy.origin,
            retry=client._retry,
            sleep=client.sim_time.sleep,
            wall_clock=client.sim_time.time,
        )
        request = variant_request(client, variant)
        result = client.place_order(request)
    assert result.recovered and list(simulator.orders) == [result.sales_order_id]
    assert len(requests_to(simulator, "/api/v1/orders")) == 1


def test_legacy_tasking_found_through_the_icr_shaped_tracking_answer(simulator, demo_user):
    """Track Orders with Customerref nests the tasking in "icr": reading it at the top level found nothing."""
    client = make_client(simulator, demo_user)
    request = variant_request(client, "legacy-tasking")
    # The order search is down: only the taskings list (answering in the icr shape) can find the order.
    simulator.faults.add("status", service="order", path="/api/v2/orders/search", status=503, times=None)
    simulator.faults.add("drop_after", service="order", method="POST", path="/api/v1/orders", times=1)
    result = client.place_order(request)
    assert result.recovered and result.sales_order_id in simulator.orders
    assert "tasking ICR" in result.note
    taskings = client.legacy_taskings(demo_user.legacy, request.customer_reference)
    assert [(t.customer_reference, t.status) for t in taskings] == [
        (request.customer_reference, "In Progress")
    ]
    assert taskings[0].tasking_id.startswith("ICR") and taskings[0].sales_order_id == result.sales_order_id


def test_a_lookup_uses_the_wildcard_form_then_the_exact_one(simulator, demo_user):
    client = make_client(simulator, demo_user)
    request = variant_request(client, "neo-archive")
    simulator.faults.add("drop", service="order", method="POST", path="/api/v1/orders", times=1)
    with pytest.raises(errors.OrderOutcomeUnknownError):
        client.place_order(request)
    queries = [r.json["criteria"]["q"] for r in requests_to(simulator, "/api/v2/orders/search")]
    reference = request.customer_reference
    assert queries[0].startswith(f"(customerReference:*{reference}*) AND (contractId:")
    assert queries[1].startswith(f"(customerReference:{reference}) AND (contractId:")
