"""Fault injection (API, header, /_sim), the request log and its redaction, the /_sim control endpoints."""

import time

import pytest
import requests

from .helpers import TOKEN_PATH, Api, archive_body, bearer

CONTRACTS = "/order/api/v1/contracts"


@pytest.fixture
def api(simulator, demo_user):
    return Api(simulator, demo_user)


def test_latency(api, simulator):
    simulator.faults.add("latency", service="order", ms=300)
    started = time.monotonic()
    assert api.get(CONTRACTS).status_code == 200
    assert time.monotonic() - started >= 0.3
    assert simulator.faults.list() == []  # times=1: used up, the next request is not delayed


def test_a_request_under_way_at_a_reset_leaves_the_in_flight_count_at_zero(api, simulator):
    """The count of requests under way starts again at each reset; a request that spans the reset must not
    take it below zero when it ends (a test waiting for "nothing under way" would then wait for ever)."""
    import threading

    simulator.faults.add("latency", service="order", ms=400)
    answered = []
    slow = threading.Thread(target=lambda: answered.append(api.get(CONTRACTS).status_code))
    slow.start()
    deadline = time.monotonic() + 5
    while simulator.in_flight == 0 and time.monotonic() < deadline:
        time.sleep(0.01)
    assert simulator.in_flight == 1
    simulator.reset()
    slow.join(10)
    assert len(answered) == 1  # answered (401: the reset forgot its token), and counted out
    assert simulator.in_flight == 0
    api.get(CONTRACTS)  # a request after the reset is counted in and out again
    assert simulator.in_flight == 0 and simulator.peak_in_flight == 1


def test_429_with_retry_after(api, simulator):
    simulator.faults.add("status", service="order", path="/api/v1/contracts", status=429, retry_after=7)
    response = api.get(CONTRACTS)
    assert response.status_code == 429 and response.headers["Retry-After"] == "7"
    assert api.get(CONTRACTS).status_code == 200


def test_500_on_order_service_body(api, simulator):
    simulator.faults.add("status", service="order", status=500)
    response = api.get(CONTRACTS)
    assert response.status_code == 500 and response.json() == {"code": "UNEXPECTED_SERVER_ERROR"}


def test_503_every_time_until_cleared(api, simulator):
    simulator.faults.add("status", service="search", status=503, times=None)
    for _ in range(3):
        assert api.post("/search/api/v2/opensearch", json={"workspace": "public"}).status_code == 503
    simulator.faults.clear()
    assert api.post("/search/api/v2/opensearch", json={"workspace": "public"}).status_code == 200


def test_expired_token_fault(api, simulator):
    simulator.faults.add("expired_token", service="order")
    response = requests.get(simulator.origin + CONTRACTS, headers=api.headers, timeout=10)  # no renewal
    assert response.status_code == 401
    assert response.json() == {"message": "Authentication failed (cause: Token expired)"}


def test_token_lifetime_can_be_shortened(simulator, demo_user):
    simulator.token_lifetime = 1
    response = requests.post(
        simulator.origin + TOKEN_PATH,
        timeout=10,
        data={"apikey": demo_user.api_key, "grant_type": "api_key", "client_id": "IDP"},
    )
    assert response.json()["expires_in"] == 1
    headers = {"Authorization": "Bearer " + response.json()["access_token"]}
    time.sleep(1.05)  # wall time passes: the token lives on the simulator's clock, which is frozen
    assert requests.get(simulator.origin + CONTRACTS, headers=headers, timeout=10).status_code == 200
    simulator.clock.advance(1.05)
    assert requests.get(simulator.origin + CONTRACTS, headers=headers, timeout=10).status_code == 401


def test_tokens_expire_on_the_simulated_clock(simulator, demo_user):
    headers = bearer(simulator, demo_user)  # expires_in 3600 on the simulated clock
    simulator.clock.advance(3599)
    assert requests.get(simulator.origin + CONTRACTS, headers=headers, timeout=10).status_code == 200
    simulator.clock.advance(2)
    response = requests.get(simulator.origin + CONTRACTS, headers=headers, timeout=10)
    assert response.status_code == 401 and "Token expired" in response.text


def test_malformed_json(api, simulator):
    simulator.faults.add("malformed_json", service="order")
    response = api.get(CONTRACTS)
    assert response.status_code == 200
    with pytest.raises(ValueError):
        response.json()


def test_drop_before_handling(api, simulator):
    simulator.faults.add("drop", service="order", method="POST", path="/api/v1/orders")
    body = archive_body(api, "neo", api.first_scene("public-pneo", "PNEO"))
    with pytest.raises(requests.ConnectionError):
        api.post("/order/api/v1/orders", json=body)
    assert simulator.orders == {}


def test_drop_after_the_order_was_recorded(api, simulator):
    simulator.faults.add("drop_after", service="order", method="POST", path="/api/v1/orders")
    body = archive_body(api, "neo", api.first_scene("public-pneo", "PNEO"), reference="dropped-1")
    with pytest.raises(requests.ConnectionError):
        api.post("/order/api/v1/orders", json=body)
    assert len(simulator.orders) == 1  # the client saw an error, yet the order exists
    assert api.orders("customerReference:dropped-1")[0]["status"] == "IN_PROGRESS"


def test_fault_by_header(api):
    response = api.get(CONTRACTS, headers={**api.headers, "X-Sim-Fault": "status;status=429;retry_after=2"})
    assert response.status_code == 429 and response.headers["Retry-After"] == "2"


def _delivered_download(api, simulator):
    body = archive_body(api, "legacy", api.first_scene("public", "PHR"), reference="dl-1")
    api.post("/order/api/v1/orders", json=body)
    simulator.clock.advance(3 * 3600)
    (feature,) = api.search(workspace=api.user.workspace_id, customerReference="dl-1")["features"]
    return next(link["href"] for link in feature["_links"]["download"] if link["type"] == "http")


def test_checksum_mismatch(api, simulator):
    href = _delivered_download(api, simulator)
    simulator.faults.add("checksum_mismatch", service="access")
    response = requests.get(href, headers=api.headers, timeout=10)
    import hashlib

    assert response.headers["X-Ads-Checksum-Value"] != hashlib.md5(response.content).hexdigest()


def test_slow_download(api, simulator):
    href = _delivered_download(api, simulator)
    size = int(requests.get(href, headers=api.headers, timeout=10).headers["Content-Length"])
    simulator.faults.add("slow_download", service="access", bytes_per_second=size * 2)
    started = time.monotonic()
    response = requests.get(href, headers=api.headers, timeout=10)
    assert len(response.content) == size
    assert time.monotonic() - started >= 0.4


def test_request_log_never_holds_secrets(api, simulator, demo_user):
    api.get(CONTRACTS)
    token_call, contracts_call = simulator.requests[0], simulator.requests[-1]
    assert token_call.service == "authenticate" and token_call.json["apikey"] == "***"
    assert contracts_call.path == "/api/v1/contracts" and contracts_call.status == 200
    assert contracts_call.headers["Authorization"] == "***"
    log = repr(simulator.requests) + requests.get(simulator.origin + "/_sim/requests", timeout=10).text
    assert demo_user.api_key not in log and api.headers["Authorization"].split()[1] not in log


def test_control_endpoints(api, simulator):
    origin = simulator.origin
    before = requests.get(origin + "/_sim/clock", timeout=10).json()["now"]
    after = requests.post(origin + "/_sim/clock", json={"advance": 3600}, timeout=10).json()["now"]
    assert after > before
    requests.post(
        origin + "/_sim/faults", json={"kind": "status", "service": "order", "status": 503}, timeout=10
    )
    assert api.get(CONTRACTS).status_code == 503
    requests.post(origin + "/_sim/tokens", json={"expire": True}, timeout=10)
    assert requests.get(origin + CONTRACTS, headers=api.headers, timeout=10).status_code == 401
    requests.post(origin + "/_sim/reset", timeout=10)
    assert requests.get(origin + "/_sim/faults", timeout=10).json() == {"faults": []}
    assert simulator.requests == [] or simulator.requests[0].path != CONTRACTS


def test_api_key_in_a_query_string_is_redacted_too(simulator, demo_user):
    requests.get(
        simulator.origin + "/search/api/v2/opensearch",
        params={"workspace": "public", "apikey": demo_user.api_key},
        timeout=10,
    )
    assert simulator.requests[-1].query == {"workspace": "public", "apikey": "***"}
