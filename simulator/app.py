"""Flask application factory: one origin, five services under path prefixes, plus /_sim control.

Every request goes through the same hooks: record it (secrets redacted), apply injected faults, evaluate
order lifecycles up to the simulated "now", then hand over to the service blueprint.
"""

import json
import socket
import time

from flask import Flask, current_app, g, request
from werkzeug.exceptions import HTTPException

from . import (
    access_api,
    auth,
    control_api,
    data_api,
    lifecycle,
    order_api,
    ordering_api,
    search_api,
    tasking_api,
    tracking_api,
)
from .errors import SimApiError, failure_response, token_expired
from .faults import parse_fault_header
from .state import RecordedRequest

SERVICES = ("authenticate", "order", "data", "search", "access")
SECRET_HEADERS = ("authorization", "cookie", "proxy-authorization")
REDACTED = "***"
SECRET_FIELDS = ("apikey", "password", "client_secret", "access_token", "token")


def create_app(sim):
    app = Flask("simulator")
    app.config["SIM"] = sim
    app.json.sort_keys = False
    for module in (
        auth,
        order_api,
        ordering_api,
        tasking_api,
        tracking_api,
        data_api,
        search_api,
        access_api,
        control_api,
    ):
        app.register_blueprint(module.blueprint)
    app.before_request(_before)
    app.after_request(_after)
    app.teardown_request(_teardown)
    app.register_error_handler(SimApiError, _api_failure)
    app.register_error_handler(HTTPException, _http_exception)
    app.wsgi_app = _ConnectionDropper(app.wsgi_app)
    return app


def _split_service(path):
    first, _, rest = path.lstrip("/").partition("/")
    return (first, "/" + rest) if first in SERVICES else (None, path)


def _redacted_headers(headers):
    return {name: (REDACTED if name.lower() in SECRET_HEADERS else value) for name, value in headers.items()}


def _recorded_body():
    if request.is_json:
        return request.get_json(silent=True)
    if request.form:
        return {
            key: (REDACTED if key.lower() in SECRET_FIELDS else value) for key, value in request.form.items()
        }
    return None


def _before():
    sim = current_app.config["SIM"]
    service, inner_path = _split_service(request.path)
    g.service, g.inner_path = service, inner_path
    if service is None:
        return None
    record = RecordedRequest(
        service,
        request.method,
        inner_path,
        {key: (REDACTED if key.lower() in SECRET_FIELDS else value) for key, value in request.args.items()},
        _redacted_headers(request.headers),
        _recorded_body(),
        auth_scheme=request.headers.get("Authorization", "").partition(" ")[0],
    )
    with sim.lock:
        sim.requests.append(record)
        sim.in_flight += 1
        sim.peak_in_flight = max(sim.peak_in_flight, sim.in_flight)
        g.counted_in = sim.requests_since_reset
    g.record = record
    faults = sim.faults.take(service, request.method, inner_path)
    faults += parse_fault_header(request.headers.get("X-Sim-Fault"))
    g.after_faults = []
    for fault in faults:
        if fault.kind == "latency":
            time.sleep(float(fault.params.get("ms", 1000)) / 1000.0)
        elif fault.kind == "drop":
            request.environ["sim.drop"] = True
            return current_app.response_class(b"", status=500)
        elif fault.kind == "expired_token":
            raise token_expired()
        elif fault.kind == "status":
            raise _status_fault(service, fault.params)
        else:
            g.after_faults.append(fault)
    sim.lock.acquire()
    g.locked = True
    lifecycle.advance(sim)
    return None


def _status_fault(service, params):
    status = int(params.get("status", 500))
    headers = {}
    if status == 429:
        headers["Retry-After"] = str(params.get("retry_after", 1))
        return SimApiError(429, "Too many requests", error_code="E0429", headers=headers)
    if status == 500 and service == "order":
        return SimApiError(500, "Unexpected server error", body={"code": "UNEXPECTED_SERVER_ERROR"})
    if status == 503:
        headers["Retry-After"] = str(params.get("retry_after", 1)) if "retry_after" in params else None
        headers = {key: value for key, value in headers.items() if value}
        return SimApiError(503, "Service temporarily unavailable", error_code="E0503", headers=headers)
    return SimApiError(status, "Internal server error", error_code=f"E0{status}")


def _after(response):
    record = g.get("record")
    if record is not None:
        record.status = None if request.environ.get("sim.drop") else response.status_code
    for fault in g.get("after_faults", ()):
        if fault.kind == "drop_after":
            request.environ["sim.drop"] = True
        elif fault.kind == "malformed_json":
            body = response.get_data()
            response.set_data(body[: max(1, len(body) // 2)] if body else b'{"')
            response.mimetype = "application/json"
        elif fault.kind == "checksum_mismatch" and "X-Ads-Checksum-Value" in response.headers:
            response.headers["X-Ads-Checksum-Value"] = "0" * 32
        elif fault.kind == "slow_download" and response.direct_passthrough is False and g.service == "access":
            response = _throttled(response, int(fault.params.get("bytes_per_second", 65536)))
    return response


def _throttled(response, bytes_per_second):
    data = response.get_data()
    chunk = max(1, bytes_per_second // 10)

    def stream():
        for start in range(0, len(data), chunk):
            time.sleep(0.1)
            yield data[start : start + chunk]

    throttled = current_app.response_class(
        stream(), status=response.status_code, headers=dict(response.headers)
    )
    throttled.headers["Content-Length"] = str(len(data))
    return throttled


def _teardown(_exc):
    sim = current_app.config["SIM"]
    if g.pop("locked", False):
        sim.lock.release()
    if g.pop("record", None) is not None:
        with sim.lock:
            if g.pop("counted_in", None) is sim.requests_since_reset:
                sim.in_flight -= 1


def _api_failure(failure):
    sim = current_app.config["SIM"]
    return failure_response(failure, g.get("service"), sim.clock.now())


def _http_exception(error):
    sim = current_app.config["SIM"]
    failure = SimApiError(error.code, error.description or error.name, error_code=f"E0{error.code}")
    if g.get("service") == "order" and error.code == 404:
        failure.error_code = "E2203"
    return failure_response(failure, g.get("service"), sim.clock.now())


class _ConnectionDropper:
    """WSGI wrapper: when a fault asked for it, close the socket instead of answering."""

    def __init__(self, wsgi_app):
        self.wsgi_app = wsgi_app

    def __call__(self, environ, start_response):
        captured = []

        def capture(status, headers, exc_info=None):
            captured.append((status, headers, exc_info))
            return lambda data: None

        body = self.wsgi_app(environ, capture)
        if environ.get("sim.drop"):
            if hasattr(body, "close"):
                body.close()
            connection = environ.get("werkzeug.socket")
            if connection is not None:
                try:
                    connection.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
            raise ConnectionAbortedError("simulated dropped connection")
        status, headers, exc_info = captured[0]
        start_response(status, headers, exc_info)
        return body


def json_dumps(data):
    return json.dumps(data, separators=(",", ":"))
