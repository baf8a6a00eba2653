"""One ``requests.Session`` wrapper: timeouts, retries of safe calls only, Retry-After, error mapping.

Calls are declared ``idempotent`` (safe to repeat: GET, search, price, feasibility, attempts, options) or
not (order, quotation, accept/refuse, cancel). Only idempotent calls are retried; a non-idempotent call
that fails ambiguously raises, and the caller (orders.py) reconciles by customer reference.
A 401 renews the token once and repeats the call once, whatever the method: 401 means the server did not
act on the request.
"""

import json as jsonlib
import random
import threading
import time
import uuid
from dataclasses import dataclass, field

import requests

from . import errors
from .log import LOGGER, redact

DEFAULT_TIMEOUT = 30
RETRYABLE_STATUSES = (429, 500, 502, 503, 504)
# Server answers that carry a business meaning: repeating them would only give the same answer.
_NON_RETRYABLE_500_CODES = ("ERR_NO_SENSOR_AVAILABLE",)


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


def parse_retry_after(value):
    if value is None:
        return None
    try:
        return max(float(value), 0.0)
    except (TypeError, ValueError):
        from email.utils import parsedate_to_datetime

        try:
            return max(parsedate_to_datetime(value).timestamp() - time.time(), 0.0)
        except (TypeError, ValueError):
            return None


def response_json(response, *, what="the answer"):
    """The JSON body, or UnexpectedResponseError (never JSONDecodeError)."""
    if not response.content:
        return {}
    try:
        return response.json()
    except ValueError:
        raise errors.UnexpectedResponseError(
            f"OneAtlas sent {what} in a form this plugin does not understand "
            f"(not JSON, HTTP {response.status_code}). "
            "Try again; if it persists, the API may have changed.",
            status=response.status_code,
        ) from None


def _server_details(response):
    """(message, field, code) from any of the error body shapes OneAtlas uses."""
    try:
        body = response.json()
    except ValueError:
        return (response.text or "").strip()[:300] or None, None, None
    if not isinstance(body, dict):
        return None, None, None
    message = body.get("message") or body.get("error_description") or body.get("hint") or body.get("error")
    field_name = body.get("field")
    code = body.get("errorCode") or body.get("internalCode") or body.get("code")
    nested = body.get("errors")
    if isinstance(nested, list) and nested and isinstance(nested[0], dict):
        message = message or nested[0].get("message") or nested[0].get("code")
        field_name = field_name or nested[0].get("field") or nested[0].get("locator")
        code = code or nested[0].get("code")
    if isinstance(field_name, str) and field_name.upper() == "UNKNOWN":
        field_name = None
    return (str(message) if message else None), field_name, (str(code) if code else None)


def error_for_response(response, *, token_call=False):
    status = response.status_code
    message, field_name, code = _server_details(response)
    correlation = response.headers.get("X-Ads-Correlation-Id")
    common = {"status": status, "server_message": message, "correlation_id": correlation}
    if token_call and status in (400, 401, 403):
        return errors.AuthenticationError(**common)
    if status == 401:
        return errors.AuthenticationError(
            "OneAtlas refused the session even after signing in again. Check the API key and try again.",
            **common,
        )
    if status == 403:
        return errors.PermissionDeniedError(**common)
    if status == 404:
        return errors.NotFoundError(
            f"OneAtlas does not know this item: {message}" if message else None, **common
        )
    if status == 429:
        return errors.RateLimitError(
            retry_after=parse_retry_after(response.headers.get("Retry-After")), **common
        )
    if status in (400, 402, 409, 412, 422):
        text = f"{message or ''} {code or ''}".lower()
        if "credit" in text or "balance" in text or "insufficient" in text or status == 402:
            return errors.InsufficientCreditError(field=field_name, **common)
        return errors.ValidationError(field=field_name, **common)
    if 500 <= status < 600:
        return errors.ServerError(**common)
    return errors.UnexpectedResponseError(
        f"OneAtlas answered with an unexpected HTTP status {status}. Try again later.", **common
    )


class HttpTransport:
    def __init__(
        self, endpoints, *, timeout=DEFAULT_TIMEOUT, proxies=None, retry=None, session=None, sleep=time.sleep
    ):
        self.endpoints = endpoints
        self.timeout = timeout
        self.retry = retry or RetryPolicy()
        self.session = session or requests.Session()
        if proxies:
            self.session.proxies.update(proxies)
            # Explicit proxies win over environment variables (QGIS's settings are the user's intent).
            self.session.trust_env = False
        self.session.headers["User-Agent"] = "oneatlas-ppo-qgis"
        self.auth = None  # set by the client: an object with authorization_header() and invalidate()
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
        """Send one call and return the ``requests.Response`` (2xx/3xx), or raise a OneAtlasError."""
        url = self.endpoints.url(service, path)
        known_service = self.endpoints.service_of(url)
        record_path = self.endpoints.path_of(url)
        attempt = 0
        token_renewed = False
        while True:
            attempt += 1
            call_headers = {"X-Ads-Correlation-Id": str(uuid.uuid4())}
            if headers:
                call_headers.update(headers)
            # The token is only ever sent to OneAtlas's own services, never to a host found in a link.
            if authenticated and self.auth is not None and known_service is not None:
                call_headers.update(self.auth.authorization_header())
            started = time.monotonic()
            try:
                response = self.session.request(
                    method,
                    url,
                    json=json,
                    params=params,
                    data=data,
                    headers=call_headers,
                    stream=stream,
                    timeout=timeout or self.timeout,
                    allow_redirects=True,
                )
            except requests.exceptions.RequestException as exc:
                self._record(known_service, method, record_path, None, started, attempt)
                timed_out = isinstance(exc, requests.exceptions.Timeout)
                LOGGER.warning(
                    "%s %s%s failed without an answer (%s)",
                    method,
                    known_service,
                    record_path,
                    type(exc).__name__,
                )
                if idempotent and attempt < self.retry.max_attempts:
                    self._sleep(self.retry.delay(attempt))
                    continue
                # proxy_failed: the UI then says "through the proxy set in QGIS".
                raise errors.NetworkError(
                    timed_out=timed_out, proxy_failed=isinstance(exc, requests.exceptions.ProxyError)
                ) from None
            self._record(known_service, method, record_path, response.status_code, started, attempt)
            status = response.status_code
            if status == 401 and authenticated and self.auth is not None and not token_renewed:
                LOGGER.info("%s %s%s: token refused, signing in again", method, known_service, record_path)
                token_renewed = True
                self.auth.invalidate()
                response.close()
                continue
            if (
                status in RETRYABLE_STATUSES
                and idempotent
                and attempt < self.retry.max_attempts
                and not self._is_business_500(response)
            ):
                retry_after = parse_retry_after(response.headers.get("Retry-After"))
                delay = self.retry.delay(attempt, retry_after)
                LOGGER.info(
                    "%s %s%s: HTTP %s, retrying in %.1f s", method, known_service, record_path, status, delay
                )
                response.close()
                self._sleep(delay)
                continue
            if status >= 400:
                error = error_for_response(response, token_call=token_call)
                LOGGER.warning(
                    "%s %s%s: HTTP %s: %s",
                    method,
                    known_service,
                    record_path,
                    status,
                    redact(error.server_message or ""),
                )
                response.close()
                raise error
            LOGGER.debug("%s %s%s: HTTP %s", method, known_service, record_path, status)
            return response

    def json(self, service, method, path, *, idempotent, what="the answer", **kwargs):
        response = self.request(service, method, path, idempotent=idempotent, **kwargs)
        return response_json(response, what=what)

    @staticmethod
    def _is_business_500(response):
        if response.status_code != 500:
            return False
        try:
            text = jsonlib.dumps(response.json())
        except ValueError:
            return False
        return any(code in text for code in _NON_RETRYABLE_500_CODES)

    def _record(self, service, method, path, status, started, attempt):
        with self._stats_lock:
            self.stats.record(
                RequestRecord(
                    service or "foreign", method.upper(), path, status, time.monotonic() - started, attempt
                )
            )
