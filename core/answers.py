"""Reading OneAtlas's answers: JSON bodies, error bodies and statuses, Retry-After.

Whatever a server sends (an empty body, NaN, JSON nested ten thousand levels deep, an HTML error page),
the result is data or a OneAtlasError with a sentence, never a Python exception escaping core/.
"""

import json as jsonlib
import time
from email.utils import parsedate_to_datetime

from . import errors
from .i18n import Text


def parse_retry_after(value):
    """Seconds to wait from a Retry-After header (seconds or an HTTP date), or None."""
    if value is None:
        return None
    try:
        seconds = float(value)
    except (TypeError, ValueError):
        try:
            seconds = parsedate_to_datetime(value).timestamp() - time.time()
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
    if seconds != seconds or seconds in (float("inf"), float("-inf")):  # NaN, infinity
        return None
    return max(seconds, 0.0)


def _no_constant(_name):
    # NaN and Infinity are not JSON (RFC 8259); read them as "no value" so a count stays usable or defaults.
    return None


# No OneAtlas answer nests deeper than a dozen levels; far deeper is hostile or broken, and code reading it
# recursively (repr, logging, our parsers) would hit Python's recursion limit.
MAX_JSON_DEPTH = 200


def _too_deep(value, limit=MAX_JSON_DEPTH):
    """Whether ``value`` nests more than ``limit`` levels (iteratively: no recursion on hostile input)."""
    pending = [(value, 1)]
    while pending:
        item, depth = pending.pop()
        if isinstance(item, dict):
            children = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        if depth > limit:
            return True
        pending.extend((child, depth + 1) for child in children if isinstance(child, (dict, list)))
    return False


def parse_json(content):
    """The value of a JSON document (bytes), or ValueError for anything that is not one."""
    try:
        value = jsonlib.loads(content, parse_constant=_no_constant)
    except RecursionError:  # nesting deeper than Python's stack (Python < 3.14's decoder)
        raise ValueError("JSON nested too deeply") from None
    # Python 3.14's decoder no longer stops at the recursion limit: refuse such nesting the same way.
    if _too_deep(value):
        raise ValueError("JSON nested too deeply")
    return value


THE_ANSWER = Text("the answer")


def response_json(response, *, what=THE_ANSWER, allow_empty=False):
    """The JSON body, or UnexpectedResponseError (never JSONDecodeError, never RecursionError).

    An empty body is an error unless ``allow_empty`` (a confirmation may have no body): treated as ``{}``
    it would look like an answer with nothing in it, e.g. an empty list of orders."""
    if not response.content:
        if allow_empty:
            return {}
        raise errors.UnexpectedResponseError(
            Text("OneAtlas sent an empty answer instead of {what} (HTTP {status}). "
                 "Try again; if it persists, the service may be having problems.",
                 what=what, status=str(response.status_code)),
            status=response.status_code,
        )
    try:
        return parse_json(response.content)
    except ValueError:
        raise errors.UnexpectedResponseError(
            Text("OneAtlas sent {what} in a form this plugin does not understand "
                 "(not JSON, HTTP {status}). "
                 "Try again; if it persists, the API may have changed.",
                 what=what, status=str(response.status_code)),
            status=response.status_code,
        ) from None


def _text(value):
    return str(value) if isinstance(value, (str, int, float)) and not isinstance(value, bool) else None


def server_details(response):
    """(message, field, code) from any of the error body shapes OneAtlas uses."""
    try:
        body = parse_json(response.content)
    except ValueError:
        return (response.text or "").strip()[:300] or None, None, None
    if not isinstance(body, dict):
        return None, None, None
    message = next(
        (
            _text(body.get(key))
            for key in ("message", "error_description", "hint", "error")
            if _text(body.get(key))
        ),
        None,
    )
    field_name = _text(body.get("field"))
    codes = (_text(body.get(key)) for key in ("errorCode", "internalCode", "code"))
    code = next((item for item in codes if item), None)
    nested = body.get("errors")
    if isinstance(nested, list) and nested and isinstance(nested[0], dict):
        first = nested[0]
        message = message or _text(first.get("message")) or _text(first.get("code"))
        field_name = field_name or _text(first.get("field")) or _text(first.get("locator"))
        code = code or _text(first.get("code"))
    if isinstance(field_name, str) and field_name.upper() == "UNKNOWN":
        field_name = None
    return (message[:500] if message else None), field_name, code


def error_for_response(response, *, token_call=False):
    status = response.status_code
    message, field_name, code = server_details(response)
    correlation = response.headers.get("X-Ads-Correlation-Id")
    common = {"status": status, "server_message": message, "correlation_id": correlation}
    if token_call and status in (400, 401, 403):
        return errors.AuthenticationError(**common)
    if status == 401:
        return errors.AuthenticationError(
            Text("OneAtlas refused the session even after signing in again. Check the API key and try "
                 "again."),
            **common,
        )
    if status == 403:
        return errors.PermissionDeniedError(**common)
    if status == 404:
        return errors.NotFoundError(
            Text("OneAtlas does not know this item: {message}", message=message) if message else None,
            **common,
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
        Text("OneAtlas answered with an unexpected HTTP status {status}. Try again later.",
             status=str(status)),
        **common
    )
