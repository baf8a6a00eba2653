"""Every call has a deadline for the whole answer, not per read: trickling servers (1 byte/s, endless,
headers included) cannot hold a call longer than its timeout. Hostile loopback servers (hostile.py)."""

import threading
import time

import pytest

from oneatlas_ppo.core import OneAtlasClient, RetryPolicy, errors

from .hostile import API_KEY, HostileServer, answer, trickle

NO_RETRY = RetryPolicy(max_attempts=1)
BODY = b'{"id": "user-1", "name": "Slow", "contract": {}}'
HEAD = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n"


def body_trickle(body, every=1.0):
    """Headers at once, then the body one byte every ``every`` seconds (the reproduced case)."""

    def handler(server, request, conn):
        conn.sendall(HEAD % len(body))
        trickle(body, every)(server, request, conn)

    return handler


def endless_trickle(server, _request, conn):
    conn.sendall(HEAD % 10**9)
    while not server.stopped.is_set():
        conn.sendall(b" ")
        time.sleep(0.2)


def timed(call):
    started = time.monotonic()
    with pytest.raises(errors.NetworkError) as caught:
        call()
    return time.monotonic() - started, caught.value


@pytest.mark.parametrize(
    "handler",
    [body_trickle(BODY), endless_trickle, trickle(HEAD % len(BODY) + BODY)],
    ids=["body at 1 byte/s", "endless trickle", "status line and headers at 1 byte/s"],
)
def test_a_trickling_answer_ends_at_the_deadline(handler):
    with HostileServer({"/data/api/v1/me": handler}) as server:
        client = OneAtlasClient(API_KEY, origin=server.origin, retry=NO_RETRY, timeout=2)
        client.sign_in()
        elapsed, error = timed(client.account)
    assert 1.9 < elapsed < 3.5  # was 9 s for a 2 s timeout, and for ever for an endless trickle
    assert error.timed_out and "did not answer in time" in str(error)


def test_retries_of_a_trickling_read_are_each_bounded():
    with HostileServer({"/data/api/v1/me": endless_trickle}) as server:
        retry = RetryPolicy(max_attempts=3, backoff_base=0.01, max_delay=0.05)
        client = OneAtlasClient(API_KEY, origin=server.origin, retry=retry, timeout=1)
        client.sign_in()
        elapsed, error = timed(client.account)
        assert server.paths().count("/data/api/v1/me") == 3
    assert 2.9 < elapsed < 4.5 and error.timed_out


def test_the_deadline_is_overridable_per_call():
    with HostileServer({"/data/api/v1/me": endless_trickle}) as server:
        client = OneAtlasClient(API_KEY, origin=server.origin, retry=NO_RETRY, timeout=30)
        client.sign_in()
        elapsed, error = timed(
            lambda: client.http.request("data", "GET", "/api/v1/me", idempotent=True, timeout=1)
        )
    assert 0.9 < elapsed < 2.5 and error.timed_out


def test_a_slow_answer_within_the_deadline_arrives_whole():
    with HostileServer({"/data/api/v1/me": body_trickle(BODY, every=0.01)}) as server:
        client = OneAtlasClient(API_KEY, origin=server.origin, retry=NO_RETRY, timeout=5)
        client.sign_in()
        me = client.http.json("data", "GET", "/api/v1/me", idempotent=True)
    assert me["name"] == "Slow"


def test_a_sign_in_that_trickles_ends_at_the_deadline():
    from .hostile import TOKEN

    token = b'{"access_token": "tok", "expires_in": 3600}'
    with HostileServer({TOKEN: body_trickle(token)}) as server:
        client = OneAtlasClient(API_KEY, origin=server.origin, retry=NO_RETRY, timeout=1)
        elapsed, error = timed(client.sign_in)
    assert elapsed < 2.5 and error.timed_out


def test_calls_in_other_threads_keep_their_own_deadline():
    """The budget is per thread: a fast call is not cut by a slow one's deadline, nor the reverse."""
    routes = {"/data/api/v1/me": endless_trickle, "/data/api/v1/fast": lambda s, r, c: answer(c, 200, {})}
    with HostileServer(routes) as server:
        client = OneAtlasClient(API_KEY, origin=server.origin, retry=NO_RETRY, timeout=1.5)
        client.sign_in()
        outcome = {}
        slow = threading.Thread(target=lambda: outcome.setdefault("slow", timed(client.account)))
        slow.start()
        for _ in range(5):
            assert client.http.json("data", "GET", "/api/v1/fast", idempotent=True) == {}
        slow.join(5)
    assert outcome["slow"][0] < 3 and outcome["slow"][1].timed_out
