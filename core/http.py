"""One ``requests.Session`` wrapper: deadlines, redirects, retries of safe calls only, Retry-After, errors.

Calls are declared ``idempotent`` (safe to repeat: GET, search, price, feasibility, attempts, options) or
not (order, quotation, accept/refuse, cancel). Only idempotent calls are retried; a non-idempotent call
that fails ambiguously raises, and the caller (placement.py) reconciles by customer reference.
A 401 renews the token once and repeats the call once, whatever the method: 401 means the server did not
act on the request.

Each attempt has a deadline for its whole answer (``timeout``, overridable per call; deadline.py), not
only per socket read. Redirects are never followed by requests itself (redirects.py decides).
"""

import http.client
import random
import socket
import threading
import time
import uuid
from dataclasses import dataclass, field

import requests

from . import errors
from .answers import THE_ANSWER, error_for_response, parse_json, parse_retry_after, response_json
from .deadline import DEADLINE, Budget, BudgetAdapter, spending
from .i18n import Text
from .log import LOGGER, redact
from .redirects import MAX_REDIRECTS, redirect_target

DEFAULT_TIMEOUT = 30  # seconds for the whole answer of one attempt
RETRYABLE_STATUSES = (429, 500, 502, 503, 504)
# Server answers that carry a business meaning: repeating them would only give the same answer.
_NON_RETRYABLE_500_CODES = ("ERR_NO_SENSOR_AVAILABLE",)
_TRANSPORT_FAILURES = (requests.exceptions.RequestException, http.client.HTTPException, socket.timeout)

__all__ = [
    "DEFAULT_TIMEOUT",
    "HttpTransport",
    "RequestRecord",
    "RequestStats",
    "RetryPolicy",
    "error_for_response",
    "parse_retry_after",
    "response_json",
]


@dataclass
class RetryPolicy:
    max_attempts: int = 4  # first try included
    backoff_base: float = 0.5  # seconds, doubled on each attempt, with jitter
    max_delay: float = 30.0  # cap for backoff and for Retry-After

    def delay(self, attempt, retry_after=None):
        if retry_after is not None:
            return min(max(retry_after, 0.0), self.max_delay)
        return min(self.backoff_base * (2 ** (attempt - 1)) * (1 + random.random() * 0.25), self.max_delay)


@dataclass
class RequestRecord:
    service: str
    method: str
    path: str
    status: int  # None when no response arrived
    elapsed: float
    attempt: int


@dataclass
class RequestStats:
    """What went over the wire, for the benchmark and diagnostics (no headers, no bodies, no secrets)."""

    requests: list = field(default_factory=list)

    def record(self, item):
        self.requests.append(item)

    @property
    def count(self):
        return len(self.requests)

    def by_endpoint(self):
        counts = {}
        for item in self.requests:
            key = f"{item.method} {item.service}{item.path}"
            counts[key] = counts.get(key, 0) + 1
        return counts

    def clear(self):
        self.requests.clear()


@dataclass
class _Call:
    """One logical call, as the caller described it (the same for every attempt and redirect hop)."""

    method: str
    url: str
    idempotent: bool
    authenticated: bool
    token_call: bool
    stream: bool
    timeout: float
    kwargs: dict  # json, params, data
    headers: dict


class HttpTransport:
    def __init__(
        self, endpoints, *, timeout=DEFAULT_TIMEOUT, proxies=None, retry=None, session=None, sleep=time.sleep
    ):
        self.endpoints = endpoints
        self.timeout = timeout
        self.retry = retry or RetryPolicy()
        self.session = session or requests.Session()
        adapter = BudgetAdapter()
        self.session.mount("http://", adapter)
        self.session.mount("https://", adapter)
        if proxies:
            self.session.proxies.update(proxies)
            # Explicit proxies win over environment variables (QGIS's settings are the user's intent).
            self.session.trust_env = False
        self.session.headers["User-Agent"] = "oneatlas-ppo-qgis"
        self.auth = None  # set by the client: an object with token() and invalidate(token)
        self.stats = RequestStats()
        self._sleep = sleep
        self._stats_lock = threading.Lock()

    def __repr__(self):
        return f"HttpTransport(origin={self.endpoints.origin or 'production'!r}, timeout={self.timeout})"

    def request(
        self,
        service,
        method,
        path,
        *,
        idempotent,
        json=None,
        params=None,
        data=None,
        authenticated=True,
        stream=False,
        headers=None,
        timeout=None,
        token_call=False,
    ):
        """Send one call and return its 2xx ``requests.Response``, or raise a OneAtlasError.

        ``timeout``: seconds for the whole answer of each attempt (with ``stream``, for the status and
        headers; the body is then read under the caller's own budget)."""
        call = _Call(
            method.upper(),
            self.endpoints.url(service, path),
            idempotent,
            authenticated,
            token_call,
            stream,
            timeout or self.timeout,
            {"json": json, "params": params, "data": data},
            dict(headers or {}),
        )
        attempt = 0
        token_renewed = False
        while True:
            attempt += 1
            try:
                response, token = self._attempt(call, attempt)
            except errors.NetworkError:
                if call.idempotent and attempt < self.retry.max_attempts:
                    self._sleep(self.retry.delay(attempt))
                    continue
                raise
            status = response.status_code
            if status == 401 and token is not None and not token_renewed:
                self._log(call, "token refused, signing in again")
                token_renewed = True
                self.auth.invalidate(token)
                response.close()
                continue
            if self._should_retry(call, response, attempt):
                delay = self.retry.delay(attempt, parse_retry_after(response.headers.get("Retry-After")))
                self._log(call, f"HTTP {status}, retrying in {delay:.1f} s")
                response.close()
                self._sleep(delay)
                continue
            if status >= 400:
                self._raise_for(call, response)
            LOGGER.debug("%s %s: HTTP %s", call.method, self._where(call.url), status)
            return response

    def json(self, service, method, path, *, idempotent, what=THE_ANSWER, **kwargs):
        response = self.request(service, method, path, idempotent=idempotent, **kwargs)
        return response_json(response, what=what)

    # ------------------------------------------------------------------------------- one attempt

    def _attempt(self, call, attempt):
        """Send the call (following the redirects redirects.py allows) within one deadline.
        Returns (response that is not a redirect, token sent or None)."""
        budget = Budget(deadline=call.timeout)
        url, method, body = call.url, call.method, call.kwargs
        for _hop in range(MAX_REDIRECTS + 1):
            token = self._token_for(call, url)
            response = self._send(call, method, url, body, token, budget, attempt)
            if not 300 <= response.status_code < 400:
                return response, token
            url = redirect_target(call, response, self.endpoints)  # raises when it must not be followed
            response.close()
            method, body = "GET", {}
        raise errors.UnexpectedResponseError(
            Text("OneAtlas redirected the request more than {times} times. Try again later.",
                 times=str(MAX_REDIRECTS))
        )

    def _token_for(self, call, url):
        # The token is only ever sent to OneAtlas's own services, never to a host found in a link.
        if call.authenticated and self.auth is not None and self.endpoints.service_of(url) is not None:
            return self.auth.token()
        return None

    def _send(self, call, method, url, body, token, budget, attempt):
        headers = {"X-Ads-Correlation-Id": str(uuid.uuid4()), **call.headers}
        if token is not None:
            headers["Authorization"] = "Bearer " + token
        started = time.monotonic()
        try:
            with spending(budget):
                remaining = max(budget.remaining(), 0.001)
                response = self.session.request(
                    method,
                    url,
                    **body,
                    headers=headers,
                    stream=call.stream,
                    timeout=(remaining, call.timeout),
                    allow_redirects=False,
                )
                if call.stream and response.status_code >= 300:
                    response.content  # noqa: B018 (read an error or redirect body within the deadline)
        except _TRANSPORT_FAILURES as exc:
            self._record(url, method, None, started, attempt)
            timed_out = budget.reason == DEADLINE or isinstance(
                exc, (requests.exceptions.Timeout, socket.timeout)
            )
            LOGGER.warning(
                "%s %s failed without an answer (%s)",
                method,
                self._where(url),
                "deadline reached" if budget.reason == DEADLINE else type(exc).__name__,
            )
            # proxy_failed: the UI then says "through the proxy set in QGIS".
            raise errors.NetworkError(
                timed_out=timed_out, proxy_failed=isinstance(exc, requests.exceptions.ProxyError)
            ) from None
        self._record(url, method, response.status_code, started, attempt)
        return response

    def _should_retry(self, call, response, attempt):
        return (
            response.status_code in RETRYABLE_STATUSES
            and call.idempotent
            and attempt < self.retry.max_attempts
            and not self._is_business_500(response)
        )

    def _raise_for(self, call, response):
        error = error_for_response(response, token_call=call.token_call)
        LOGGER.warning(
            "%s %s: HTTP %s: %s",
            call.method,
            self._where(call.url),
            response.status_code,
            redact(error.server_message or ""),
        )
        response.close()
        raise error

    @staticmethod
    def _is_business_500(response):
        if response.status_code != 500:
            return False
        try:
            body = parse_json(response.content)
        except ValueError:
            return False
        return any(code in repr(body) for code in _NON_RETRYABLE_500_CODES)

    def _where(self, url):
        return f"{self.endpoints.service_of(url) or 'foreign'}{self.endpoints.path_of(url)}"

    def _log(self, call, text):
        LOGGER.info("%s %s: %s", call.method, self._where(call.url), text)

    def _record(self, url, method, status, started, attempt):
        with self._stats_lock:
            self.stats.record(
                RequestRecord(
                    self.endpoints.service_of(url) or "foreign",
                    method.upper(),
                    self.endpoints.path_of(url),
                    status,
                    time.monotonic() - started,
                    attempt,
                )
            )
