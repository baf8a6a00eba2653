"""One sign-in per expiry: many calls in flight that meet one expired token trigger one sign-in, not one
each (it was 5 to 11 for 20 calls). Against the simulator, counting its token requests."""

import threading

from .core_support import make_client


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


def sign_ins(simulator):
    return [r for r in simulator.requests if r.service == "authenticate" and r.method == "POST"]


def in_parallel(call, count=20):
    """Run ``call`` in ``count`` threads released at the same moment; returns the exceptions raised."""
    barrier = threading.Barrier(count)
    failures = []

    def run():
        barrier.wait()
        try:
            call()
        except Exception as error:  # collected and asserted on below
            failures.append(error)

    threads = [threading.Thread(target=run) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    return failures


def test_twenty_calls_meeting_one_expired_token_sign_in_once(simulator, demo_user):
    client = make_client(simulator, demo_user)
    client.sign_in()
    simulator.expire_tokens()
    before = len(simulator.requests)
    failures = in_parallel(lambda: client.http.json("order", "GET", "/api/v1/contracts", idempotent=True))
    assert failures == []
    after = simulator.requests[before:]
    assert sum(1 for r in after if r.status == 401) > 1  # many calls did meet the expired token
    assert len([r for r in after if r.service == "authenticate"]) == 1
    assert all(r.status == 200 for r in sign_ins(simulator))


def test_twenty_calls_after_the_renewal_time_sign_in_once(simulator, demo_user):
    clock = Clock()
    client = make_client(simulator, demo_user, clock=clock)
    client.sign_in()
    clock.now += 3600  # past the renewal margin on the client's own clock
    before = len(sign_ins(simulator))
    assert in_parallel(lambda: client.account(refresh=True)) == []
    assert len(sign_ins(simulator)) - before == 1


def test_each_expiry_costs_exactly_one_sign_in(simulator, demo_user):
    client = make_client(simulator, demo_user)
    client.sign_in()
    before = len(sign_ins(simulator))
    for _ in range(3):
        simulator.expire_tokens()
        assert in_parallel(lambda: client.account(refresh=True), count=10) == []
    assert len(sign_ins(simulator)) - before == 3
