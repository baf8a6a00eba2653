"""Fault injection: rules added per test (sim.faults.add), per request (X-Sim-Fault header)
or over HTTP (/_sim).

A rule matches a request by service, method and path (exact, or a regular expression matched in full
against the path inside the service, e.g. "/api/v1/orders"). times=None keeps it forever; otherwise it is
consumed by each match.
"""

import re
import threading
from dataclasses import dataclass, field

FAULT_KINDS = (
    "latency",
    "status",
    "expired_token",
    "malformed_json",
    "drop",
    "drop_after",
    "slow_download",
    "checksum_mismatch",
)


@dataclass
class Fault:
    kind: str
    service: str = None
    method: str = None
    path: str = None
    times: int = 1
    params: dict = field(default_factory=dict)

    def matches(self, service, method, path):
        if self.service and self.service != service:
            return False
        if self.method and self.method.upper() != method.upper():
            return False
        return not self.path or self.path == path or re.fullmatch(self.path, path) is not None

    def as_dict(self):
        return {
            "kind": self.kind,
            "service": self.service,
            "method": self.method,
            "path": self.path,
            "times": self.times,
            **self.params,
        }


class FaultSet:
    def __init__(self):
        self._lock = threading.Lock()
        self._faults = []

    def add(self, kind, service=None, method=None, path=None, times=1, **params):
        if kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault kind {kind!r}; known: {', '.join(FAULT_KINDS)}")
        fault = Fault(kind, service, method, path, times, params)
        with self._lock:
            self._faults.append(fault)
        return fault

    def clear(self):
        with self._lock:
            self._faults.clear()

    def list(self):
        with self._lock:
            return [fault.as_dict() for fault in self._faults]

    def take(self, service, method, path):
        """Return (and consume one use of) every rule matching this request."""
        taken = []
        with self._lock:
            for fault in list(self._faults):
                if not fault.matches(service, method, path):
                    continue
                taken.append(fault)
                if fault.times is not None:
                    fault.times -= 1
                    if fault.times <= 0:
                        self._faults.remove(fault)
        return taken


def parse_fault_header(value):
    """'status;status=429;retry_after=2, latency;ms=300' -> [Fault, ...] (one-shot, for this request)."""
    faults = []
    for part in (value or "").split(","):
        pieces = [piece.strip() for piece in part.split(";") if piece.strip()]
        if not pieces:
            continue
        kind, params = pieces[0], {}
        for piece in pieces[1:]:
            key, _, raw = piece.partition("=")
            params[key.strip()] = _number_or_text(raw.strip())
        if kind in FAULT_KINDS:
            faults.append(Fault(kind, params=params))
    return faults


def _number_or_text(raw):
    for convert in (int, float):
        try:
            return convert(raw)
        except ValueError:
            pass
    return raw
