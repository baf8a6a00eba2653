"""Faults from the simulator: latency and timeouts, 429 with Retry-After, 500/503, an expired token, malformed
JSON, dropped connections, and the no-duplicate guarantee of order creation; secrets never shown."""

import logging

import pytest

from oneatlas_ppo.core import errors
from oneatlas_ppo.core.catalog import ArchiveSearch
from oneatlas_ppo.core.models import LEGACY, NEO

from .core_support import TOULOUSE, make_client, requests_to, wait_for
from .test_archive_flow import order_request


class RecordingSleep:
    def __init__(self):
        self.delays = []

    def __call__(self, seconds):
        self.delays.append(seconds)


def first_scene(client, constellation):
    return client.search_archive(ArchiveSearch(aoi=TOULOUSE, constellations=[constellation])).scenes[0]


def test_a_slow_answer_within_the_timeout_is_waited_for(simulator, demo_user):
    client = make_client(simulator, demo_user, timeout=2)
    simulator.faults.add("latency", service="order", path="/api/v1/contracts", ms=300)
    assert client.account().contracts


def test_a_read_that_times_out_is_retried_then_reported(simulator, demo_user):
    client = make_client(simulator, demo_user, timeout=0.3)
    client.sign_in()
    simulator.faults.add("latency", service="order", path="/api/v1/contracts", ms=600, times=None)
    with pytest.raises(errors.NetworkError, match="did not answer in time") as caught:
        client.account()
    assert caught.value.timed_out
    assert len(requests_to(simulator, "/api/v1/contracts", method="GET")) == 3  # FAST_RETRY: 3 attempts


def test_429_waits_for_retry_after_then_succeeds(simulator, demo_user):
    sleep = RecordingSleep()
    client = make_client(simulator, demo_user, sleep=sleep)
    simulator.faults.add("status", service="order", path="/api/v1/contracts", status=429, retry_after=7)
    assert client.account().contracts
    assert 0.05 in sleep.delays  # Retry-After 7 s, capped by the test policy's max_delay


def test_429_that_persists_is_a_rate_limit_error_with_the_wait(simulator, demo_user):
    client = make_client(simulator, demo_user)
    simulator.faults.add(
        "status", service="order", path="/api/v1/contracts", status=429, retry_after=4, times=None
    )
    with pytest.raises(errors.RateLimitError, match="wait 4 seconds") as caught:
        client.account()
    assert caught.value.retry_after == 4


@pytest.mark.parametrize("status", [500, 503])
def test_server_errors_on_reads_are_retried(simulator, demo_user, status):
    client = make_client(simulator, demo_user)
    simulator.faults.add("status", service="search", status=status, times=2)
    assert first_scene(client, "PNEO").id
    assert [r.status for r in requests_to(simulator, "/api/v2/opensearch", service="search")] == [
        status,
        status,
        200,
    ]


def test_a_price_is_retried_but_an_order_refused_by_a_500_is_never_resent(simulator, demo_user):
    client = make_client(simulator, demo_user, interactive_window_s=None)  # wait for the whole window
    request = order_request(client, NEO, first_scene(client, "PNEO"))
    simulator.faults.add("status", service="order", path="/api/v1/prices", status=503, times=1)
    assert client.price(request).total > 0
    simulator.faults.add("status", service="order", path="/api/v1/orders", status=500, times=None)
    with pytest.raises(errors.OrderNotPlacedError, match="safely try again"):
        client.place_order(request)
    assert len(requests_to(simulator, "/api/v1/orders")) == 1  # sent once, then looked up
    assert len(requests_to(simulator, "/api/v2/orders/search")) >= 4  # repeatedly, over the window
    assert sum(client.sim_time.slept) >= 120  # the whole reconciliation window, on the test's clock
    assert not simulator.orders
    simulator.faults.clear()
    assert client.place_order(request).sales_order_id  # "safe to retry" was true


def test_an_expired_token_is_renewed_once_and_the_call_repeated(simulator, demo_user):
    client = make_client(simulator, demo_user)
    client.account()
    simulator.expire_tokens()
    assert client.product_types(demo_user.neo)
    token_calls = [r for r in simulator.requests if r.service == "authenticate"]
    assert len(token_calls) == 2
    simulator.faults.add("expired_token", service="order", times=None)
    with pytest.raises(errors.AuthenticationError):
        client.markets(demo_user.neo)
    assert len([r for r in simulator.requests if r.service == "authenticate"]) == 3  # renewed once only


def test_an_expired_token_during_an_order_is_renewed_and_orders_once(simulator, demo_user):
    client = make_client(simulator, demo_user)
    request = order_request(client, LEGACY, first_scene(client, "PHR"))
    simulator.faults.add("expired_token", service="order", path="/api/v1/orders", times=1)
    assert client.place_order(request).sales_order_id
    assert len(simulator.orders) == 1


def test_a_token_near_expiry_is_renewed_before_use(simulator, demo_user):
    clock = [1000.0]
    client = make_client(simulator, demo_user, clock=lambda: clock[0])
    simulator.token_lifetime = 120
    client.account()
    clock[0] += 110  # within the renewal margin (10 % of 120 s)
    client.markets(demo_user.neo)
    assert len([r for r in simulator.requests if r.service == "authenticate"]) == 2
    assert all(r.status != 401 for r in simulator.requests)


def test_malformed_json_is_an_unexpected_response_not_a_crash(simulator, demo_user):
    client = make_client(simulator, demo_user)
    client.sign_in()
    simulator.faults.add("malformed_json", service="order", path="/api/v1/contracts", times=1)
    with pytest.raises(errors.UnexpectedResponseError, match="does not understand"):
        client.account()
    assert client.account().contracts  # not cached broken


def test_wrong_shapes_are_unexpected_response_errors_never_key_errors():
    from oneatlas_ppo.core.catalog import search_page_from_json
    from oneatlas_ppo.core.models import Price
    from oneatlas_ppo.core.order_models import OrderResult
    from oneatlas_ppo.core.tasking import Feasibility

    for call in (
        lambda: search_page_from_json([], 1, 50),
        lambda: search_page_from_json({"features": "x"}, 1, 50),
        lambda: Price.from_json({"currency": "EUR"}),
        lambda: OrderResult.from_json({"totalAmount": 3}, "ref", "neo"),
        lambda: Feasibility.from_json({"progCapacities": [{"progTypes": [{"name": "ONEDAY"}]}]}, "ONEDAY"),
    ):
        with pytest.raises(errors.UnexpectedResponseError):
            call()


def test_a_dropped_read_is_retried(simulator, demo_user):
    client = make_client(simulator, demo_user)
    simulator.faults.add("drop", service="search", times=1)
    assert first_scene(client, "PNEO").id


def test_drop_after_order_creation_recovers_the_one_order(simulator, demo_user):
    """The no-duplicate guarantee: the order is created, the answer is lost, the client finds it."""
    for backend, constellation in ((NEO, "PNEO"), (LEGACY, "PHR")):
        client = make_client(simulator, demo_user)
        request = order_request(client, backend, first_scene(client, constellation))
        before = len(simulator.orders)
        simulator.faults.add("drop_after", service="order", method="POST", path="/api/v1/orders", times=1)
        result = client.place_order(request)
        assert result.recovered and "do not order again" in result.summary
        assert len(simulator.orders) == before + 1
        assert result.sales_order_id in simulator.orders
        assert len(requests_to(simulator, "/api/v1/orders")) == before + 1  # never re-sent


def test_malformed_order_confirmation_is_recovered_not_resent(simulator, demo_user):
    client = make_client(simulator, demo_user)
    request = order_request(client, NEO, first_scene(client, "PNEO"))
    simulator.faults.add("malformed_json", service="order", path="/api/v1/orders", times=1)
    result = client.place_order(request)
    assert result.recovered and list(simulator.orders) == [result.sales_order_id]


def test_drop_before_handling_a_neo_order_is_safe_to_retry_only_after_the_window(simulator, demo_user):
    client = make_client(simulator, demo_user)
    request = order_request(client, NEO, first_scene(client, "PNEO"))
    simulator.faults.add("drop", service="order", method="POST", path="/api/v1/orders", times=1)
    with pytest.raises(errors.OrderOutcomeUnknownError, match="being checked") as caught:
        client.place_order(request)  # the interactive part of the window ends first: still checking
    assert caught.value.customer_reference == request.customer_reference
    assert caught.value.state == "checking"
    with pytest.raises(errors.DuplicateOrderError, match="still being checked"):
        client.place_order(request)
    (settled,) = client.settle_pending(wait=True)
    assert settled.state == "not_placed" and settled.absent_checks >= 2
    assert not simulator.orders
    assert client.place_order(request).sales_order_id and len(simulator.orders) == 1


def test_drop_before_a_first_legacy_archive_order_cannot_be_called_safe(simulator, demo_user):
    """Whether order search lists Pleiades/SPOT archive orders is undocumented: with no order of that
    contract visible there, absence proves nothing, so the user is told not to retry blindly."""
    client = make_client(simulator, demo_user, interactive_window_s=None)
    request = order_request(client, LEGACY, first_scene(client, "SPOT"))
    simulator.faults.add("drop", service="order", method="POST", path="/api/v1/orders", times=1)
    with pytest.raises(errors.OrderOutcomeUnknownError, match="Do NOT order again") as caught:
        client.place_order(request)
    assert caught.value.state == "unknown"
    with pytest.raises(errors.DuplicateOrderError):
        client.place_order(request)  # and the client itself refuses to resend it
    assert not simulator.orders


def test_an_order_that_times_out_is_never_declared_absent_while_checked(simulator, demo_user):
    client = make_client(simulator, demo_user, timeout=0.4)
    request = order_request(client, NEO, first_scene(client, "PNEO"))
    simulator.faults.add("latency", service="order", method="POST", path="/api/v1/orders", ms=1500)
    with pytest.raises(errors.OrderOutcomeUnknownError):
        client.place_order(request)
    assert len(requests_to(simulator, "/api/v1/orders")) == 1
    assert len(requests_to(simulator, "/api/v2/orders/search")) >= 4  # looked up a few times
    assert [entry.reference for entry in client.pending_orders()] == [request.customer_reference]
    # the server finishes the order later (wait for that, not for a fixed time): the next settlement
    # finds exactly one
    wait_for(lambda: simulator.orders, what="the simulator to finish the slow order")
    (settled,) = client.settle_pending()
    assert settled.state == "placed" and settled.sales_order_id in simulator.orders
    assert len(simulator.orders) == 1 and not client.pending_orders()


def test_a_proxy_failure_says_so(simulator, demo_user):
    from oneatlas_ppo.core import OneAtlasClient, RetryPolicy

    client = OneAtlasClient(
        demo_user.api_key,
        origin=simulator.origin,
        proxies={"http": "http://127.0.0.1:9"},
        timeout=2,
        retry=RetryPolicy(max_attempts=1),
    )
    with pytest.raises(errors.NetworkError) as caught:
        client.sign_in()
    assert caught.value.proxy_failed and "proxy" in str(caught.value)


def test_key_and_token_never_in_repr_str_errors_or_logs(simulator, demo_user, caplog):
    caplog.set_level(logging.DEBUG, logger="oneatlas_ppo")
    client = make_client(simulator, demo_user)
    client.account()
    token = client._auth.token()
    simulator.expire_tokens()
    simulator.faults.add("status", service="order", path="/api/v1/contracts/.*/productTypes", status=503)
    client.product_types(demo_user.legacy)  # a renewal and a retry, both logged
    from oneatlas_ppo.core import OneAtlasClient

    with pytest.raises(errors.AuthenticationError) as caught:
        OneAtlasClient("not-a-real-key-123", origin=simulator.origin).sign_in()
    shown = " ".join(
        [
            repr(client),
            str(client),
            repr(client._auth),
            repr(client.http),
            str(caught.value),
            repr(caught.value),
            caplog.text,
        ]
    )
    for secret in (demo_user.api_key, token, "not-a-real-key-123"):
        assert secret not in shown
    assert "Signed in" in caplog.text  # the log is there, only without secrets
