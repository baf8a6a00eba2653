"""Shared helpers for the core client tests (run against the simulator over loopback HTTP)."""

from datetime import datetime, timedelta, timezone

from shapely.geometry import box

from oneatlas_ppo.core import OneAtlasClient, RetryPolicy

# A 4 x 4 km area in Toulouse, inside scenes of every constellation in the simulator's catalog.
TOULOUSE = box(1.42, 43.58, 1.46, 43.62)
FAST_RETRY = RetryPolicy(max_attempts=3, backoff_base=0.01, max_delay=0.05)


def make_client(simulator, user, **kwargs):
    kwargs.setdefault("retry", FAST_RETRY)
    kwargs.setdefault("timeout", 5)
    return OneAtlasClient(user.api_key, origin=simulator.origin, **kwargs)


def years_ago(years):
    return datetime.now(timezone.utc) - timedelta(days=365 * years)


def requests_to(simulator, path, method="POST", service="order"):
    return [r for r in simulator.requests if r.service == service and r.method == method and r.path == path]
