"""Error bodies in the shapes OneAtlas uses, raised as exceptions from anywhere in a handler."""

import uuid

from flask import jsonify

from .clock import iso


class SimApiError(Exception):
    """An error response. body=None builds the service's usual body from message/error_code/field."""

    def __init__(self, status, message, error_code=None, field=None, body=None, headers=None):
        super().__init__(message)
        self.status = status
        self.message = message
        self.error_code = error_code
        self.field = field
        self.body = body
        self.headers = headers or {}


def order_error_body(failure):
    """Order service: {"errorCode": "E....", "message": "...", "field": "..."}."""
    body = {"errorCode": failure.error_code or "E1000", "message": failure.message}
    if failure.field:
        body["field"] = failure.field
    return body


def foundation_error_body(failure, now):
    """Search/access/data services: the ApiError schema."""
    return {
        "correlationId": str(uuid.uuid4()),
        "hint": failure.field or "",
        "internalCode": failure.error_code or "",
        "message": failure.message,
        "timestamp": iso(now),
    }


def failure_response(failure, service, now):
    if failure.body is not None:
        body = failure.body
    elif service == "order":
        body = order_error_body(failure)
    elif service == "authenticate":
        body = {"error": failure.error_code or "invalid_request", "error_description": failure.message}
    else:
        body = foundation_error_body(failure, now)
    response = jsonify(body)
    response.status_code = failure.status
    for name, value in failure.headers.items():
        response.headers[name] = value
    return response


def token_expired():
    return SimApiError(
        401,
        "Authentication failed (cause: Token expired)",
        body={"message": "Authentication failed (cause: Token expired)"},
    )


def unauthenticated(cause):
    return SimApiError(
        401,
        f"Authentication failed (cause: {cause})",
        body={"message": f"Authentication failed (cause: {cause})"},
    )


def bad_request(message, field=None, error_code="E1002"):
    return SimApiError(400, message, error_code=error_code, field=field)


def not_found(message, error_code="E2203", field=None):
    return SimApiError(404, message, error_code=error_code, field=field)


def conflict(message, error_code="E3001"):
    return SimApiError(409, message, error_code=error_code)
