"""Search request parsing: range strings, geometry (GeoJSON or WKT), comma lists, sortBy."""

import json

from shapely import wkt
from shapely.errors import ShapelyError
from shapely.geometry import box, shape

from .clock import parse_iso
from .errors import bad_request

NUMERIC_FIELDS = (
    "cloudCover",
    "incidenceAngle",
    "snowCover",
    "azimuthAngle",
    "incidenceAngleAcrossTrack",
    "incidenceAngleAlongTrack",
    "illuminationAzimuthAngle",
    "illuminationElevationAngle",
    "resolution",
)
# A bare number on these means "at most" (cloudCover=20 -> up to 20 %); on the others it means "equal".
UPPER_BOUND_FIELDS = ("cloudCover", "snowCover", "incidenceAngle")
DATE_FIELDS = ("acquisitionDate", "lastUpdateDate", "publicationDate", "processingDate", "expirationDate")
LIST_FIELDS = (
    "constellation",
    "processingLevel",
    "platform",
    "productType",
    "id",
    "sourceIdentifier",
    "parentIdentifier",
    "archiveIdentifier",
    "acquisitionIdentifier",
    "archiveAnonymousIdentifier",
    "customerReference",
    "internalReference",
)
RELATIONS = ("intersects", "disjoint", "within", "contains")


class Range:
    def __init__(self, low, high, low_inclusive=True, high_inclusive=True):
        self.low, self.high = low, high
        self.low_inclusive, self.high_inclusive = low_inclusive, high_inclusive

    def accepts(self, value):
        if value is None:
            return False
        if self.low is not None and (value < self.low or (value == self.low and not self.low_inclusive)):
            return False
        return self.high is None or value < self.high or (value == self.high and self.high_inclusive)


def parse_range(raw, convert, field, bare_is_upper_bound=False):
    """'[a,b]', ']a,b[', '[a,' / '[a,]', ',b]', or a single value."""
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        raw = str(raw)
    if not isinstance(raw, str) or not raw.strip():
        raise bad_request(f"'{field}' must be a value or a range such as [a,b].", field=field)
    text = raw.strip()
    try:
        if "," not in text:
            value = convert(text.strip("[]"))
            return Range(None, value) if bare_is_upper_bound else Range(value, value)
        low_inclusive = not text.startswith("]")
        high_inclusive = not text.endswith("[")
        low_text, _, high_text = text.strip("[]").partition(",")
        low = convert(low_text.strip()) if low_text.strip() else None
        high = convert(high_text.strip()) if high_text.strip() else None
    except ValueError:
        raise bad_request(f"'{field}' is not a valid value or range: {raw!r}.", field=field) from None
    return Range(low, high, low_inclusive, high_inclusive)


def parse_geometry(raw, field="geometry"):
    """GeoJSON object (POST), or a WKT / GeoJSON string (GET)."""
    try:
        if isinstance(raw, dict):
            return shape(raw)
        text = str(raw).strip()
        if text.startswith("{"):
            return shape(json.loads(text))
        return wkt.loads(text)
    except (ShapelyError, ValueError, TypeError, KeyError, AttributeError):
        raise bad_request(f"'{field}' is neither a GeoJSON geometry nor WKT.", field=field) from None


def parse_bbox(raw):
    try:
        values = raw if isinstance(raw, list) else [float(part) for part in str(raw).split(",")]
        min_lon, min_lat, max_lon, max_lat = (float(value) for value in values)
    except (ValueError, TypeError):
        raise bad_request("'bbox' must be 'minLon,minLat,maxLon,maxLat'.", field="bbox") from None
    return box(min_lon, min_lat, max_lon, max_lat)


def split_list(raw):
    if isinstance(raw, list):
        return [str(value) for value in raw]
    return [part.strip() for part in str(raw).split(",") if part.strip()]


def parse_sort(raw):
    keys = []
    for part in split_list(raw or "-acquisitionDate,cloudCover"):
        keys.append((part[1:], True) if part.startswith("-") else (part.lstrip("+"), False))
    return keys


def parse_date(text):
    return parse_iso(text)


def parse_number(text):
    return float(text)
