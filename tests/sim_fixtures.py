"""Pytest fixtures serving the OneAtlas simulator over loopback (loaded by tests/conftest.py)."""

from datetime import datetime, timedelta, timezone

import pytest

from simulator import DEMO_USERS, Simulator
from simulator.server import SimulatorServer


@pytest.fixture(scope="session")
def simulator_server():
    """A Simulator served by werkzeug (threaded) on a free 127.0.0.1 port, in a daemon thread.

    Its satellites pass half a day away from the session's start, whatever the time of day: a OneDay window
    opened now then always holds one pass per satellite, and each pass is the same in every run. With
    real-time passes a window opened minutes after today's last order deadline holds none (the run of
    2026-12-05 09:51 UTC failed so). test_tasking_no_pass.py checks what the user is told then."""
    passes_at = datetime.now(timezone.utc) + timedelta(hours=12)
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
