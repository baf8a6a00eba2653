"""Acquisition slots offered by /attempts and their opaque segmentKey ("hash::[json key/values]")."""

import hashlib
import hmac
import json
import math
from datetime import datetime, timedelta, timezone

from .clock import iso, parse_iso
from .errors import bad_request
from .footprints import covering_strip, descending_heading

SATELLITES = {"PLEIADESNEO": ("PNEO3", "PNEO4"), "PLEIADES": ("PHR1A", "PHR1B"), "SPOT": ("SPOT6", "SPOT7")}
STRIP_WIDTH_KM = {"PLEIADESNEO": 14.0, "PLEIADES": 20.0, "SPOT": 60.0}
# Shortest strip a pass acquires (a SPOT scene is about 60 x 60 km).
MIN_STRIP_LENGTH_KM = {"PLEIADESNEO": 20.0, "PLEIADES": 20.0, "SPOT": 60.0}
INSTRUMENT_MODE = {"PLEIADESNEO": "THR", "PLEIADES": "HR", "SPOT": "HR"}
ORDER_DEADLINE_BEFORE = timedelta(minutes=47)
# Passes over longitude 0 at 10:30 UTC (the local solar time of Pleiades Neo's descending node) each day.
DEFAULT_PASSES_AT = datetime(2000, 1, 1, 10, 30, tzinfo=timezone.utc)
MAX_ACROSS_ANGLE = 45 * 0.9  # incidence is at most 45 degrees; the across-track part is 0.9 of it


def _unit(*parts):
    """A deterministic number in [0, 1) from the parts (no global random state)."""
    digest = hashlib.sha256("|".join(str(part) for part in parts).encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


def slots(sim, mission, prog_type, aoi, start, end, max_incidence=None):
    """Candidate acquisitions of the mission's satellites over the AOI between start and end."""
    center = aoi.centroid
    heading = descending_heading(center.y)
    found = []
    anchor = sim.passes_at or DEFAULT_PASSES_AT
    now = sim.clock.now()
    # Pass k of each satellite is about anchor + k days (sun-synchronous orbits pass at one local solar
    # time); what varies from pass to pass is drawn from k, so a schedule moved by passes_at is the same
    # schedule, whatever the date.
    first = math.floor((start - anchor) / timedelta(days=1)) - 1
    last = math.ceil((end - anchor) / timedelta(days=1)) + 1
    for k in range(first, last + 1):
        for number, satellite in enumerate(SATELLITES[mission]):
            jitter = _unit(sim.seed, satellite, k, round(center.x, 2), round(center.y, 2))
            hours = -center.x / 15.0 + (number - 0.5) * 0.6 + (jitter - 0.5) * 0.3
            acquired = (anchor + timedelta(days=k, hours=hours)).replace(microsecond=int(jitter * 999) * 1000)
            incidence = round(3 + 42 * _unit("incidence", satellite, k, center.x), 2)
            if not (start <= acquired <= end) or acquired - ORDER_DEADLINE_BEFORE <= now:
                continue
            if max_incidence is not None and incidence > float(max_incidence):
                continue
            across = round(math.copysign(incidence * 0.9, jitter - 0.5), 2)
            # The roll angle places the strip across the AOI (never off it: the segment covers the AOI).
            footprint, _ = covering_strip(
                aoi, STRIP_WIDTH_KM[mission], MIN_STRIP_LENGTH_KM[mission], heading, across / MAX_ACROSS_ANGLE
            )
            found.append(
                _segment(
                    sim, mission, prog_type, satellite, acquired, incidence, across, footprint, max_incidence
                )
            )
    return sorted(found, key=lambda segment: segment["acquisitionStartDate"])


def _segment(sim, mission, prog_type, satellite, acquired, incidence, across, footprint, max_incidence):
    wkt_text = footprint.wkt
    deadline = acquired - ORDER_DEADLINE_BEFORE
    end = acquired + timedelta(seconds=2.2)
    pairs = [
        {"key": "orderDeadLine", "value": iso(deadline)},
        {"key": "acqPeriod", "value": f"{iso(acquired)} {iso(end)}"},
        {"key": "geometryWkt", "value": wkt_text},
        {"key": "satellite", "value": satellite},
        {"key": "mission", "value": mission},
        {"key": "progType", "value": prog_type},
        {"key": "incidenceAngle", "value": incidence},
    ]
    payload = json.dumps(pairs, separators=(",", ":"))
    digest = hmac.new(f"segments-{sim.seed}".encode(), payload.encode(), hashlib.sha256).hexdigest()[:32]
    key = f"{digest}::{payload}"
    sim.segment_keys[key] = {
        "satellite": satellite,
        "mission": mission,
        "progType": prog_type,
        "acquired": acquired,
        "deadline": deadline,
        "wkt": wkt_text,
        "incidence": incidence,
    }
    center = footprint.centroid
    return {
        "id": f"{satellite}_{acquired.strftime('%Y%m%d%H%M')}",
        "instrumentMode": INSTRUMENT_MODE[mission],
        "footprint": {"geometry": wkt_text, "center": f"POINT({center.x:.6f} {center.y:.6f})"},
        "orderDeadline": iso(deadline),
        "acquisitionStartDate": iso(acquired),
        "acquisitionEndDate": iso(end),
        "incidenceAngle": incidence,
        "acrossTrackIncidenceAngle": across,
        "maxIncidenceAngle": float(max_incidence) if max_incidence is not None else 30.0,
        "extendedAngle": False,
        "segmentKey": key,
    }


def check_segment_key(sim, key, product_type, field):
    if not key:
        raise bad_request(
            f"'{product_type.product_type_id}' needs the segmentKey of a slot from /attempts.",
            field=field,
            error_code="E1001",
        )
    segment = sim.segment_keys.get(key)
    if segment is None:
        raise bad_request(
            "Unknown segmentKey: pass back the segmentKey from /attempts verbatim.",
            field=field,
            error_code="E2220",
        )
    accepted_progs = {"oneday": ("ONEDAY",), "onenow": ("ONENOW",), "onenowattempts": ("ONENOWATTEMPTS",)}
    if (
        segment["mission"] != product_type.mission
        or segment["progType"] not in accepted_progs[product_type.target]
    ):
        raise bad_request(
            f"This segment was offered for {segment['mission']} {segment['progType']}, not for "
            f"'{product_type.product_type_id}'.",
            field=field,
            error_code="E2220",
        )
    if segment["deadline"] <= sim.clock.now():
        raise bad_request(
            f"The order deadline of this segment ({iso(segment['deadline'])}) has passed.",
            field=field,
            error_code="E2221",
        )
    return segment


def parse_window(body, now):
    """acquisitionDate {startDate, endDate}; a past start becomes now (as the real API does)."""
    window = body.get("acquisitionDate")
    if not isinstance(window, dict):
        raise bad_request(
            "'acquisitionDate' must be {startDate, endDate}.", field="acquisitionDate", error_code="E1001"
        )
    try:
        start, end = parse_iso(window.get("startDate")), parse_iso(window.get("endDate"))
    except (ValueError, TypeError):
        raise bad_request("startDate and endDate must be ISO-8601 dates.", field="acquisitionDate") from None
    start = max(start, now)
    if end <= start:
        raise bad_request(
            "endDate must be after startDate and in the future.", field="acquisitionDate.endDate"
        )
    return start, end
