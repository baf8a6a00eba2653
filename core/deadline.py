"""Time budgets for HTTP calls: a deadline for the whole answer, a floor rate for downloads, cancellation.

``requests``' timeout bounds each socket read, not the answer: a server that trickles one byte a second
never trips it, and holds a call for ever. So every connection's socket is wrapped (``BudgetAdapter``)
and each read waits at most what the thread's active ``Budget`` still allows. When the budget is spent
the read raises ``BudgetExceeded`` (a ``socket.timeout``), which urllib3 and requests turn into their
timeout/connection errors; the caller then asks ``budget.reason`` what happened.

The budget is per thread (``spending(budget)``) because the same pooled connection serves calls from
several threads one after the other; a stream must be read in the thread that holds its budget.
See docs/decisions/0001-deadlines.md.
"""

import collections
import socket
import threading
import time
from contextlib import contextmanager

from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.poolmanager import ProxyManager

CANCEL_POLL_SECONDS = 0.2  # how often a waiting read looks at is_cancelled(): a cancel stops within a second

DEADLINE = "deadline"  # the whole answer took longer than allowed
STALLED = "stalled"  # nothing arrived for ``idle`` seconds
TOO_SLOW = "too slow"  # less than the floor rate over the last window
CANCELLED = "cancelled"

_local = threading.local()


class BudgetExceeded(socket.timeout):
    """Raised by a read when the active budget is spent; ``reason`` says which limit was reached."""

    def __init__(self, reason):
        super().__init__(f"time budget spent: {reason}")
        self.reason = reason


class Budget:
    """What one call may still spend.

    ``deadline``: seconds for everything from now (None: no overall limit, as for a long download).
    ``idle``: longest wait for the next bytes. ``min_rate`` (bytes/s) over ``rate_window`` seconds: a
    trickle below that floor is stopped. ``is_cancelled()``: polled at least every CANCEL_POLL_SECONDS.
    """

    def __init__(
        self, *, deadline=None, idle=None, min_rate=None, rate_window=30.0, is_cancelled=None, clock=None
    ):
        self._clock = clock or time.monotonic
        now = self._clock()
        self.started = now
        self.ends_at = None if deadline is None else now + max(float(deadline), 0.0)
        self.idle = idle
        self.min_rate = min_rate
        self.rate_window = rate_window
        self.is_cancelled = is_cancelled
        self.reason = None  # set when the budget is spent
        self._last_bytes_at = now
        self._recent = collections.deque()  # (time, bytes) within the rate window

    def remaining(self):
        return None if self.ends_at is None else self.ends_at - self._clock()

    def spent(self, reason):
        self.reason = reason
        return BudgetExceeded(reason)

    def next_wait(self):
        """Seconds the next read may wait, or raise BudgetExceeded."""
        now = self._clock()
        if self.is_cancelled is not None and self.is_cancelled():
            raise self.spent(CANCELLED)
        waits = []
        if self.ends_at is not None:
            if now >= self.ends_at:
                raise self.spent(DEADLINE)
            waits.append(self.ends_at - now)
        if self.idle is not None:
            idle_left = self._last_bytes_at + self.idle - now
            if idle_left <= 0:
                raise self.spent(STALLED)
            waits.append(idle_left)
        if self.min_rate:
            self._check_rate(now)
            waits.append(CANCEL_POLL_SECONDS * 5)
        if self.is_cancelled is not None:
            waits.append(CANCEL_POLL_SECONDS)
        return max(min(waits), 0.001) if waits else None

    def received(self, count):
        if count:
            now = self._clock()
            self._last_bytes_at = now
            if self.min_rate:
                self._recent.append((now, count))

    def _check_rate(self, now):
        while self._recent and self._recent[0][0] < now - self.rate_window:
            self._recent.popleft()
        if now - self.started < self.rate_window:
            return  # too early to judge
        if sum(count for _, count in self._recent) < self.min_rate * self.rate_window:
            raise self.spent(TOO_SLOW)


def current():
    return getattr(_local, "budget", None)


@contextmanager
def spending(budget):
    """Make ``budget`` the one that reads in this thread obey, until the block ends."""
    previous = current()
    _local.budget = budget
    try:
        yield budget
    finally:
        _local.budget = previous


class BudgetedSocket:
    """A socket whose reads obey the thread's active budget; everything else is the wrapped socket's."""

    def __init__(self, sock):
        self._sock = sock
        self._read_timeout = sock.gettimeout()

    def __getattr__(self, name):
        return getattr(self._sock, name)

    # socket.makefile counts open files on the socket it is given: keep that count on the real socket.
    @property
    def _io_refs(self):
        return self._sock._io_refs

    @_io_refs.setter
    def _io_refs(self, value):
        self._sock._io_refs = value

    def makefile(self, *args, **kwargs):
        return socket.socket.makefile(self, *args, **kwargs)

    def settimeout(self, value):
        self._read_timeout = value
        self._sock.settimeout(value)

    def gettimeout(self):
        return self._read_timeout

    def recv_into(self, buffer, *args):
        return self._read(lambda: self._sock.recv_into(buffer, *args))

    def recv(self, *args):
        return self._read(lambda: self._sock.recv(*args))

    def _read(self, read):
        budget = current()
        if budget is None:
            return read()
        waited_since = time.monotonic()
        while True:
            wait = budget.next_wait()
            if self._read_timeout is not None:
                read_left = waited_since + self._read_timeout - time.monotonic()
                if read_left <= 0:
                    raise socket.timeout("timed out")
                wait = read_left if wait is None else min(wait, read_left)
            self._sock.settimeout(wait)
            try:
                result = read()
            except socket.timeout:
                continue  # a slice ended: the budget decides whether to wait again
            finally:
                self._sock.settimeout(self._read_timeout)
            budget.received(result if isinstance(result, int) else len(result))
            return result


def _wrap(connection):
    if isinstance(connection.sock, socket.socket):  # not urllib3's TLS-in-TLS transport
        connection.sock = BudgetedSocket(connection.sock)


class _HTTPConnection(HTTPConnection):
    def connect(self):
        super().connect()
        _wrap(self)


class _HTTPSConnection(HTTPSConnection):
    def connect(self):
        super().connect()
        _wrap(self)


class _HTTPPool(HTTPConnectionPool):
    ConnectionCls = _HTTPConnection


class _HTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _HTTPSConnection


_POOLS = {"http": _HTTPPool, "https": _HTTPSPool}


class BudgetAdapter(HTTPAdapter):
    """A requests adapter whose connections (direct or through an HTTP proxy) obey budgets."""

    def init_poolmanager(self, *args, **kwargs):
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = dict(_POOLS)

    def proxy_manager_for(self, proxy, **proxy_kwargs):
        manager = super().proxy_manager_for(proxy, **proxy_kwargs)
        if isinstance(manager, ProxyManager):  # SOCKS proxies keep their own connections (read timeout only)
            manager.pool_classes_by_scheme = dict(_POOLS)
        return manager
