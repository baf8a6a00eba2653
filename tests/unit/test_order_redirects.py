"""Money edge cases (issue 10): a price or order request whose AOI is broken GeoJSON is refused in words
before anything is sent; an order POST answered by a redirect (301, 302, 303, 307) is never followed and
never resent, and the order is looked up by its reference like any lost answer.

A hostile loopback server (tests/unit/hostile.py) sits in front of the simulator: it passes everything on,
except the order POST, which it answers with a redirect after handing the order to the simulator or not.
"""

import pytest
import requests

from oneatlas_ppo.core import errors
from oneatlas_ppo.core.outcomes import MAY_EXIST, submission_outcome

from .core_support import make_client, requests_to
from .hostile import TOKEN, HostileServer, answer, forward_to
from .order_variants import variant_request

ORDERS = "/order/api/v1/orders"

BROKEN_GEOJSON = {
    "no coordinates": ({"type": "Polygon"}, "has no coordinates"),
    "coordinates are text": ({"type": "Polygon", "coordinates": "Toulouse"}, "where a list was expected"),
    "a ring of two positions": ({"type": "Polygon", "coordinates": [[[1.42, 43.58], [1.46]]]}, "positions"),
    "not a GeoJSON type": ({"type": "Circle", "coordinates": [1.44, 43.6]}, "not a GeoJSON type"),
}


@pytest.mark.parametrize(("geometry", "words"), BROKEN_GEOJSON.values(), ids=BROKEN_GEOJSON.keys())
def test_a_broken_geojson_aoi_is_refused_in_words_before_any_price_or_order_is_asked(
        simulator, demo_user, geometry, words):
    client = make_client(simulator, demo_user)
    request = variant_request(client, "neo-archive")
    request.aoi = geometry
    for ask in (client.price, client.place_order):
        with pytest.raises(errors.InvalidAoiError, match=words) as raised:
            ask(request)
        assert raised.value.field == "aoi"
        assert str(raised.value).startswith("The area of interest cannot be ordered: ")
        assert submission_outcome(raised.value) != MAY_EXIST  # nothing was sent: correct it and try again
    with pytest.raises(errors.InvalidAoiError, match=words):
        client.options(request.contract_id, request.product_type_id, geometry)
    assert requests_to(simulator, "/api/v1/prices") == []
    assert requests_to(simulator, "/api/v1/orders") == []
    assert not client.pending_orders()


def redirecting_orders(simulator, status, acted, location):
    """Answers the order POST with ``status``; when ``acted``, the simulator gets the order first (a server
    that created it and says "see the result there")."""

    def handler(_server, request, conn):
        if acted:
            headers = {key: value for key, value in request.headers.items()
                       if key not in ("host", "content-length", "connection")}
            requests.post(simulator.origin + request.path, data=request.body, headers=headers, timeout=10)
        answer(conn, status, b"", {"Location": location}, reason="Redirect")

    return handler


@pytest.fixture
def catcher():
    """Where the redirects point: nothing may ever reach it."""
    with HostileServer({}, fallback=lambda _server, _request, conn: answer(conn, 200, {})) as server:
        yield server


def client_through(server, simulator, user, **kwargs):
    simulated = make_client(simulator, user)
    client = type(simulated)(user.api_key, origin=server.origin, retry=simulated._retry,
                             sleep=simulated.sim_time.sleep, wall_clock=simulated.sim_time.time, **kwargs)
    client.sim_time = simulated.sim_time
    return client


@pytest.mark.parametrize("status", [301, 302, 303, 307])
def test_an_order_created_then_answered_by_a_redirect_is_found_by_its_reference(
        simulator, demo_user, catcher, status):
    forward = forward_to(simulator.origin)
    routes = {TOKEN: forward, ORDERS: redirecting_orders(simulator, status, True, f"{catcher.origin}/x")}
    with HostileServer(routes, fallback=forward) as server:
        client = client_through(server, simulator, demo_user)
        request = variant_request(client, "neo-archive")
        result = client.place_order(request)
        order_posts = [r for r in server.requests if r.method == "POST" and r.path == ORDERS]
    assert result.recovered and result.sales_order_id in simulator.orders
    assert len(order_posts) == 1 and len(requests_to(simulator, "/api/v1/orders")) == 1  # never resent
    assert catcher.requests == []  # never followed
    with pytest.raises(errors.DuplicateOrderError):
        client.place_order(request)


@pytest.mark.parametrize("status", [301, 302, 303, 307])
def test_an_order_answered_by_a_redirect_is_not_placed_only_after_the_whole_window(
        simulator, demo_user, catcher, status):
    forward = forward_to(simulator.origin)
    routes = {TOKEN: forward, ORDERS: redirecting_orders(simulator, status, False, f"{catcher.origin}/x")}
    with HostileServer(routes, fallback=forward) as server:
        client = client_through(server, simulator, demo_user, reconcile_window_s=90)
        request = variant_request(client, "neo-archive")
        with pytest.raises(errors.OrderOutcomeUnknownError) as raised:
            client.place_order(request)  # 15 s of lookups: too early to say, whatever the redirect says
        assert submission_outcome(raised.value) == MAY_EXIST
        assert "Do NOT order again" in str(raised.value)
        (pending,) = client.pending_orders()
        assert pending.state == "checking" and pending.note == f"HTTP {status}, a redirect"
        (entry,) = client.settle_pending(wait=True)
        order_posts = [r for r in server.requests if r.method == "POST" and r.path == ORDERS]
    assert entry.state == "not_placed" and entry.absent_checks >= 2
    assert entry.last_absent_at >= entry.failed_at + 90
    assert len(order_posts) == 1 and not simulator.orders  # never resent
    assert catcher.requests == []  # never followed
