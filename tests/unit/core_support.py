"""Shared helpers for the core client tests (run against the simulator over loopback HTTP)."""

from datetime import datetime, timedelta, timezone

from shapely.geometry import box

from oneatlas_ppo.core import OneAtlasClient, RetryPolicy

# A 4 x 4 km area in Toulouse, inside scenes of every constellation in the simulator's catalog.
TOULOUSE = box(1.42, 43.58, 1.46, 43.62)
FAST_RETRY = RetryPolicy(max_attempts=3, backoff_base=0.01, max_delay=0.05)


class SimTime:
    """The client's wall clock and sleep, tied to the simulator's clock: sleeping advances both, so a
    two-minute reconciliation window passes in milliseconds and the simulator's search delay with it."""

    def __init__(self, simulator, start=1_800_000_000.0):
        self.simulator = simulator
        self.now = start
        self.slept = []

    def time(self):
        return self.now

    def sleep(self, seconds):
        self.slept.append(seconds)
        self.now += seconds
        self.simulator.clock.advance(seconds)


def make_client(simulator, user, **kwargs):
    """A client of the simulator; unless the test gives its own, time runs on a SimTime
    (``client.sim_time``)."""
    kwargs.setdefault("retry", FAST_RETRY)
    kwargs.setdefault("timeout", 5)
    sim_time = None
    if "sleep" not in kwargs and "wall_clock" not in kwargs:
        sim_time = kwargs.pop("sim_time", None) or SimTime(simulator)
        kwargs.update(sleep=sim_time.sleep, wall_clock=sim_time.time)
    client = OneAtlasClient(user.api_key, origin=simulator.origin, **kwargs)
    client.sim_time = sim_time
    return client


def years_ago(years):
    return datetime.now(timezone.utc) - timedelta(days=365 * years)


def requests_to(simulator, path, method="POST", service="order"):
    return [r for r in simulator.requests if r.service == service and r.method == method and r.path == path]


def wait_for(condition, timeout=10.0, what="the condition"):
    """Poll ``condition()`` until it holds: waits on the event itself, never a fixed sleep."""
    import time

    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {what}")
        time.sleep(0.01)
