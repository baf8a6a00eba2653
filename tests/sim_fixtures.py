"""Pytest fixtures serving the OneAtlas simulator over loopback (loaded by tests/conftest.py)."""

from datetime import datetime, timedelta, timezone

import pytest

from simulator import DEMO_USERS, Simulator
from simulator.server import SimulatorServer

# 18 h: the tests' windows start and end at now + 0, 6, 12, 24, 36... hours; over an AOI between 40 degrees
# west and 40 degrees east (Toulouse, Athens) a pass then comes 15 to 21 hours after the start, nearly three
# hours from any edge, even late in a long run.
PASSES_AFTER_START = timedelta(hours=18)


@pytest.fixture(scope="session")
def simulator_server():
    """A Simulator served by werkzeug (threaded) on a free 127.0.0.1 port, in a daemon thread.

    Its satellites pass PASSES_AFTER_START after the session starts, whatever the time of day: the passes
    are the same in every run, and a window the tests open relative to now (OneDay's default next 24 hours,
    or windows starting 6, 12 or 24 hours from now) always holds one pass per satellite, hours away from
    its edges. With passes at real local solar time a window opened minutes after the day's last order
    deadline holds none (the CI run of 2026-12-05 09:51 UTC failed so); test_tasking_no_pass.py checks what
    the user is told then. Decision 0016."""
    passes_at = datetime.now(timezone.utc) + PASSES_AFTER_START
    server = SimulatorServer(Simulator(seed=42, passes_at=passes_at)).start()
    yield server.sim
    server.stop()


@pytest.fixture
def simulator(simulator_server):
    """The session's Simulator, back to its seeded state (clock frozen, no orders, no faults)."""
    simulator_server.reset()
    yield simulator_server


@pytest.fixture
def demo_user():
    return DEMO_USERS[0]
