"""Small defensive readers for API JSON: a missing or mistyped field gives a default or a clear
UnexpectedResponseError, never a KeyError/TypeError deep inside the client."""

import math
import re
from datetime import datetime, timezone

from . import errors
from .i18n import Text


def require_dict(value, what):
    if not isinstance(value, dict):
        raise errors.UnexpectedResponseError(
            Text("OneAtlas sent {what} in an unexpected form (the API may have changed). "
                 "Update the plugin or try later.", what=what)
        )
    return value


def dig(value, *keys, default=None):
    """value[k1][k2]... with ``default`` as soon as a level is missing or not a dict."""
    for key in keys:
        if not isinstance(value, dict) or key not in value:
            return default
        value = value[key]
    return default if value is None else value


def as_list(value):
    """A list whatever the server sent: the API gives one object or an array for the same field."""
    if value is None:
        return []
    if isinstance(value, list):
        return value
    return [value]


def dicts(value):
    return [item for item in as_list(value) if isinstance(item, dict)]


def as_float(value, default=None):
    """A finite number, or ``default`` (NaN and infinities are no count, price or area)."""
    if value is None or isinstance(value, (bool, dict, list)):
        return default
    try:
        number = float(str(value).strip().replace(",", "."))
    except (TypeError, ValueError):
        return default
    return number if math.isfinite(number) else default


def as_int(value, default=None):
    number = as_float(value)
    return default if number is None else int(number)


def as_text(value, default=""):
    """A string from a string or a number; ``default`` for anything else (an object where a name belongs)."""
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value):
        return str(value)
    return default


def as_str(value, default=""):
    if value is None:
        return default
    return str(value)


def as_bool(value, default=False):
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        if value.strip().lower() in ("true", "yes", "1"):
            return True
        if value.strip().lower() in ("false", "no", "0"):
            return False
    return default


def as_datetime(value):
    """An aware UTC datetime from an ISO string ("Z" accepted), or None."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip().replace("Z", "+00:00").replace("z", "+00:00")
    # Older Pythons read only 3 or 6 fractional digits: normalise to 6.
    text = re.sub(r"\.(\d+)", lambda match: "." + (match.group(1) + "000000")[:6], text, count=1)
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    return parsed.astimezone(timezone.utc)


def iso(moment):
    """ISO 8601 with milliseconds and Z, the form the API examples use."""
    moment = moment.astimezone(timezone.utc)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def geometry_from_geojson(value):
    """A shapely geometry from a GeoJSON object, or None if absent/unreadable."""
    from shapely.geometry import shape

    if not isinstance(value, dict) or "type" not in value:
        return None
    try:
        return shape(value)
    except Exception:  # shapely raises several types for bad coordinates
        return None


def geometry_from_wkt(value):
    from shapely import wkt

    if not isinstance(value, str) or not value.strip():
        return None
    try:
        return wkt.loads(value)
    except Exception:
        return None
