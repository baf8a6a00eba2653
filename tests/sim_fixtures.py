"""Pytest fixtures serving the OneAtlas simulator over loopback (loaded by tests/conftest.py)."""

import pytest

from simulator import DEMO_USERS, Simulator
from simulator.server import SimulatorServer


@pytest.fixture(scope="session")
def simulator_server():
    """A Simulator served by werkzeug (threaded) on a free 127.0.0.1 port, in a daemon thread."""
    server = SimulatorServer(Simulator(seed=42)).start()
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
