"""Redirects never carry the API key or a token to another origin; a redirect on sign-in is an error in words;
a 3xx is never taken as data. Hostile loopback servers (tests/unit/hostile.py)."""

import pytest

from oneatlas_ppo.core import OneAtlasClient, RetryPolicy, errors

from .hostile import API_KEY, TOKEN, HostileServer, answer

NO_RETRY = RetryPolicy(max_attempts=1)
ME = {"id": "user-1", "name": "Hostile Tester", "contract": {"workspaceId": "ws-1"}}
CONTRACTS = {"contracts": [{"contractId": "C1", "name": "C1", "backendSource": "legacy"}]}


def redirect(status, location):
    def handler(_server, _request, conn):
        answer(conn, status, b"", {"Location": location}, reason="Redirect")

    return handler


def json_route(body):
    def handler(_server, _request, conn):
        answer(conn, 200, body, {"Content-Type": "application/json"})

    return handler


@pytest.fixture
def catcher():
    """Another origin that records whatever reaches it (it must stay empty when a secret would follow)."""
    with HostileServer({"/caught": json_route(ME), TOKEN: json_route({"access_token": "stolen"})}) as server:
        yield server


def client_for(server):
    return OneAtlasClient(API_KEY, origin=server.origin, retry=NO_RETRY, timeout=5)


def carried_key(*servers):
    return [r for server in servers for r in server.requests if API_KEY.encode() in r.body]


@pytest.mark.parametrize("status", [307, 308])
@pytest.mark.parametrize("target", ["other port", "other host name", "same origin"])
def test_a_redirect_on_sign_in_is_an_error_and_the_key_goes_nowhere(catcher, status, target):
    location = {
        "other port": f"{catcher.origin}/caught",  # the reproduced case: 127.0.0.1, another port
        "other host name": f"http://localhost:{catcher.port}{TOKEN}",
        "same origin": "/elsewhere",
    }[target]
    with HostileServer({TOKEN: redirect(status, location)}) as server:
        with pytest.raises(errors.UnexpectedResponseError, match="never sends your API key") as caught:
            client_for(server).sign_in()
        assert "redirect" in str(caught.value) and f"HTTP {status}" in str(caught.value)
        assert API_KEY not in str(caught.value) and API_KEY not in repr(caught.value)
        assert catcher.requests == []
        assert server.paths() == [TOKEN]  # not even re-posted to the same origin
        assert len(carried_key(server, catcher)) == 1  # only the original sign-in


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost"])
def test_a_read_redirected_to_another_origin_is_followed_without_the_token(catcher, host):
    location = f"http://{host}:{catcher.port}/caught"
    routes = {"/data/api/v1/me": redirect(302, location), "/order/api/v1/contracts": json_route(CONTRACTS)}
    with HostileServer(routes) as server:
        account = client_for(server).account()
    assert account.name == "Hostile Tester" and account.workspace_id == "ws-1"
    (followed,) = catcher.requests
    assert "authorization" not in followed.headers
    assert carried_key(catcher) == []


def test_a_redirect_within_the_service_keeps_the_token():
    routes = {
        "/data/api/v1/me": redirect(301, "/data/api/v1/me-moved"),
        "/data/api/v1/me-moved": json_route(ME),
        "/order/api/v1/contracts": json_route(CONTRACTS),
    }
    with HostileServer(routes) as server:
        assert client_for(server).account().name == "Hostile Tester"
    moved = [r for r in server.requests if r.path == "/data/api/v1/me-moved"]
    assert moved and moved[0].headers["authorization"].startswith("Bearer tok-")


@pytest.mark.parametrize("status", [307, 308, 302])
def test_a_post_answered_by_a_redirect_is_not_resent_anywhere(catcher, status):
    from oneatlas_ppo.core.catalog import SEARCH_PATH

    routes = {"/search" + SEARCH_PATH: redirect(status, f"{catcher.origin}/caught")}
    with HostileServer(routes) as server:
        client = client_for(server)
        with pytest.raises(errors.UnexpectedResponseError, match=f"HTTP {status}"):
            client.http.json("search", "POST", SEARCH_PATH, idempotent=True, json={"q": 1})
    assert catcher.requests == []


@pytest.mark.parametrize(
    "status, headers",
    [(300, {}), (302, {}), (304, {"Location": "/data/api/v1/me"})],
    ids=["300 with a body", "302 without Location", "304"],
)
def test_a_3xx_with_a_body_is_an_error_not_data(status, headers):
    def handler(_server, _request, conn):
        answer(conn, status, ME, {"Content-Type": "application/json", **headers}, reason="Redirect")

    routes = {"/data/api/v1/me": handler, "/order/api/v1/contracts": json_route(CONTRACTS)}
    refused = pytest.raises(errors.UnexpectedResponseError, match=f"HTTP {status}")
    with HostileServer(routes) as server, refused:
        client_for(server).account()
