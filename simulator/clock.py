"""The simulated clock: lifecycles move only with it.

Tests keep it frozen (speed 0) and call advance(); the demo runs it faster than real time (speed = simulated
seconds per real second) so a tasking order is acquired and delivered within minutes.
"""

import threading
import time
from datetime import datetime, timedelta, timezone


def utc_now_seconds():
    return datetime.now(timezone.utc).replace(microsecond=0)


class SimClock:
    def __init__(self, start=None, speed=0.0):
        self._lock = threading.Lock()
        self.reset(start, speed)

    def reset(self, start=None, speed=0.0):
        with self._lock:
            self._base = start or utc_now_seconds()
            self._real_base = time.monotonic()
            self._speed = float(speed)

    def now(self):
        with self._lock:
            elapsed = (time.monotonic() - self._real_base) * self._speed
            return self._base + timedelta(seconds=elapsed)

    @property
    def speed(self):
        return self._speed

    @speed.setter
    def speed(self, value):
        # Re-anchor so changing the speed never makes time jump.
        current = self.now()
        with self._lock:
            self._base = current
            self._real_base = time.monotonic()
            self._speed = float(value)

    def advance(self, seconds):
        with self._lock:
            self._base += timedelta(seconds=float(seconds))
        return self.now()

    def set(self, moment):
        with self._lock:
            self._base = moment
            self._real_base = time.monotonic()


def iso(moment):
    """ISO-8601 UTC with milliseconds and a Z, as the API writes dates."""
    return (
        moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"
    )


def iso_seconds(moment):
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_iso(text):
    """Parse the ISO-8601 forms clients send (Z or offset, with or without fraction, date only)."""
    if not isinstance(text, str) or not text.strip():
        raise ValueError("empty date")
    value = text.strip().replace("Z", "+00:00").replace("z", "+00:00")
    if len(value) == 10:
        value += "T00:00:00+00:00"
    moment = datetime.fromisoformat(value)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc)
