"""The order journal outlives the client that wrote it (new client, new session, Processing), holds no
secret, and amounts that cannot be money are never shown as prices."""

import json
import threading

import pytest

from oneatlas_ppo.core import OneAtlasClient, errors
from oneatlas_ppo.core.journal import Journal

from .core_support import make_client, requests_to
from .order_variants import DamagingProxy, variant_request


def test_the_guard_survives_a_new_client_and_the_new_one_settles_the_order(simulator, demo_user, tmp_path):
    journal = tmp_path / "profile" / "oneatlas_orders.json"
    simulator.search_delay = 60
    first = make_client(simulator, demo_user, journal=journal)
    request = variant_request(first, "neo-archive")
    simulator.faults.add("drop_after", service="order", method="POST", path="/api/v1/orders", times=1)
    with pytest.raises(errors.OrderOutcomeUnknownError):
        first.place_order(request)
    # A new QGIS session (or the Processing provider): another client, the same journal file.
    second = make_client(simulator, demo_user, journal=str(journal), sim_time=first.sim_time)
    assert [entry.state for entry in second.pending_orders()] == ["checking"]
    with pytest.raises(errors.DuplicateOrderError, match="still being checked"):
        second.place_order(request)
    assert len(requests_to(simulator, "/api/v1/orders")) == 1
    (entry,) = second.settle_pending(wait=True)
    assert entry.state == "placed" and entry.sales_order_id in simulator.orders
    third = make_client(simulator, demo_user, journal=journal)
    assert not third.pending_orders()
    with pytest.raises(errors.DuplicateOrderError, match="already placed"):
        third.place_order(request)
    assert len(simulator.orders) == 1


def test_the_journal_keeps_the_intent_without_any_secret(simulator, demo_user, tmp_path):
    path = tmp_path / "orders.json"
    client = make_client(simulator, demo_user, journal=path)
    request = variant_request(client, "legacy-archive")
    price = client.price(request)
    result = client.place_order(request, price=price)
    text = path.read_text()
    (entry,) = json.loads(text)["entries"].values()
    assert entry["reference"] == request.customer_reference and entry["state"] == "placed"
    assert entry["contract_id"] == demo_user.legacy and entry["sales_order_id"] == result.sales_order_id
    assert entry["price_total"] == pytest.approx(price.total) and entry["currency"] == "EUR"
    assert len(entry["aoi_digest"]) == 16 and entry["product_type_id"] == request.product_type_id
    token = client._auth.token()
    assert demo_user.api_key not in text and token not in text and "Bearer" not in text
    assert list(tmp_path.iterdir()) == [path]  # written atomically: no temporary file left behind


def test_two_clients_racing_with_one_reference_send_one_order(simulator, demo_user, tmp_path):
    path = tmp_path / "orders.json"
    clients = [make_client(simulator, demo_user, journal=path) for _ in range(2)]
    request = variant_request(clients[0], "neo-archive")
    simulator.faults.add("latency", service="order", method="POST", path="/api/v1/orders", ms=300)
    outcomes = []

    def place(client):
        try:
            outcomes.append(client.place_order(request))
        except errors.DuplicateOrderError as error:
            outcomes.append(error)

    threads = [threading.Thread(target=place, args=(client,)) for client in clients]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert sorted(type(item).__name__ for item in outcomes) == ["DuplicateOrderError", "OrderResult"]
    assert len(requests_to(simulator, "/api/v1/orders")) == 1 and len(simulator.orders) == 1


def test_a_refused_order_releases_its_reference(simulator, demo_user):
    client = make_client(simulator, demo_user)
    request = variant_request(client, "neo-archive", end_user_country="XX")
    with pytest.raises(errors.ValidationError) as caught:
        client.place_order(request)
    assert caught.value.user_field == "country"
    assert client.journal.get(request.customer_reference).state == "refused"
    request.end_user_country = "FR"
    assert client.place_order(request).sales_order_id  # the corrected order may use the same reference


def test_a_damaged_journal_file_is_kept_aside_not_a_crash(tmp_path):
    path = tmp_path / "orders.json"
    path.write_text('{"entries": {"a": ')
    journal = Journal(path)
    assert journal.entries() == []
    assert [item.name for item in tmp_path.iterdir() if "damaged" in item.name]


@pytest.mark.parametrize("amount", [b"NaN", b"Infinity", b"-Infinity", b"-12.5", b'"NaN"'])
def test_impossible_prices_are_refused_never_shown(simulator, demo_user, amount):
    with DamagingProxy(simulator) as proxy:

        def damage(method, path, status, body):
            if path == "/order/api/v1/prices":
                return body.replace(b'"totalAmount":', b'"totalAmount":' + amount + b',"was":')
            return None

        proxy.damage = damage
        client = OneAtlasClient(
            demo_user.api_key, origin=proxy.origin, retry=make_client(simulator, demo_user)._retry
        )
        request = variant_request(client, "neo-archive")
        # A NaN literal is read as "no value" by the JSON reader (core/answers.py): refused all the same.
        with pytest.raises(errors.UnexpectedResponseError, match="impossible amount|no total amount"):
            client.price(request)


def test_an_order_confirmation_with_an_impossible_total_is_placed_without_an_amount(simulator, demo_user):
    with DamagingProxy(simulator) as proxy:
        proxy.damage = lambda method, path, status, body: (
            body.replace(b'"totalAmount":', b'"totalAmount":NaN,"was":')
            if path == "/order/api/v1/orders"
            else None
        )
        base = make_client(simulator, demo_user)
        client = OneAtlasClient(
            demo_user.api_key,
            origin=proxy.origin,
            retry=base._retry,
            sleep=base.sim_time.sleep,
            wall_clock=base.sim_time.time,
        )
        result = client.place_order(variant_request(client, "legacy-archive"))
    # The NaN literal reads as "no amount" (core/answers.py), or the answer is unreadable and the order is
    # recovered by its reference: either way it is placed once, with its id and never a NaN on screen.
    assert result.sales_order_id in simulator.orders
    assert result.total is None
    assert len(simulator.orders) == 1
