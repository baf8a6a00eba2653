"""Tasking: feasibility, attempts (OneDay / OneNow slots) and the window rules of each offer.

Feasibility says whether a tasking is EASY or CHALLENGING and AUTOMATIC or MANUAL; both values go into the
order item's properties (``feasibilityAutomation``, ``classification``). MANUAL means Airbus studies the
request by hand: it never has a price or a direct order, on either back-end; on Pleiades Neo it leads to a
quotation, on Pleiades/SPOT to a study asked of Airbus outside the API (API notes 3.6, 3.9; decision 0014).
Attempts list the satellite passes of a OneDay / OneNow window; each one's ``segmentKey`` is opaque and is
passed back verbatim in the price, quotation and order (3.7). Footprints arrive as WKT strings.
"""

from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from . import errors
from .i18n import Text
from .parsing import as_bool, as_float, as_str, dicts, dig, geometry_from_wkt, iso, require_dict

MISSION_OF_SENSOR = {"pleiadesneo": "PLEIADESNEO", "pleiades": "PLEIADES", "spot": "SPOT"}
# Longest first: "onenowattempts" must not be read as "onenow".
_PROG_TYPES = ("ONENOWATTEMPTS", "ONENOWWEATHER", "ONESERIES", "ONEPLAN", "ONEDAY", "ONENOW")
ATTEMPT_PROG_TYPES = ("ONEDAY", "ONENOW", "ONENOWATTEMPTS")  # the offers that order a chosen pass
NO_ATTEMPT_CODE = "ERR_NO_SENSOR_AVAILABLE"
ACQUISITION_MODES = ("MONO", "STEREO", "TRISTEREO")


def mission_of(product_type):
    mission = MISSION_OF_SENSOR.get(product_type.sensor)
    if mission is None:
        identifier = product_type.product_type_id.lower()
        mission = next(
            (value for key, value in MISSION_OF_SENSOR.items() if identifier.startswith(key)), None
        )
    if mission is None:
        raise errors.ValidationError(
            Text("Cannot tell which satellites '{product}' tasks.", product=product_type.product_type_id),
            field="mission",
        )
    return mission


def prog_type_of(product_type):
    """ONEDAY, ONENOW, ONENOWATTEMPTS, ONENOWWEATHER, ONEPLAN or ONESERIES, from the product's target (or
    its id: PleiadesNeoOneNowAttempts)."""
    for text in (product_type.target, product_type.product_type_id):
        compact = (text or "").upper().replace("_", "").replace("-", "")
        for name in _PROG_TYPES:
            if name in compact:
                return name
    raise errors.ValidationError(
        Text("'{product}' is not a tasking product this plugin knows.", product=product_type.product_type_id),
        field="progTypeNames",
    )


def _utc(moment):
    if moment.tzinfo is None:
        return moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc)


def check_window(prog_type, start, end, now=None):
    """(start, end) as the API will read it, or TaskingWindowError in words. A start in the past is moved to
    now (as the API does); the window must then end in the future and fit the offer's length rules."""
    if start is None or end is None:
        raise errors.TaskingWindowError(Text("Choose when the acquisition may take place (start and end)."))
    now = _utc(now or datetime.now(timezone.utc))
    start, end = max(_utc(start), now), _utc(end)
    if end <= now:
        raise errors.TaskingWindowError(Text("The acquisition window is in the past: choose future dates."))
    if end <= start:
        raise errors.TaskingWindowError(Text("The acquisition window ends before it starts."))
    days = (end - start).total_seconds() / 86400.0
    if prog_type == "ONEDAY" and days > 1.0 + 1e-6:
        raise errors.TaskingWindowError(
            Text(
                "A OneDay window lasts at most 1 day (this one lasts {days} days): shorten it.",
                days=f"{days:.1f}",
            )
        )
    if prog_type == "ONENOWATTEMPTS" and not 3.0 - 1e-6 <= days <= 14.0 + 1e-6:
        raise errors.TaskingWindowError(
            Text(
                "A OneNow window lasts 3 to 14 days (this one lasts {days} days): change the end date.",
                days=f"{days:.1f}",
            )
        )
    return start, end


@dataclass
class TaskingSearch:
    """What feasibility and attempts are asked about: one tasking product over an AOI and a window."""

    contract_id: str
    product_type: object  # core ProductType
    aoi: object  # shapely WGS84 polygon
    start: datetime
    end: datetime
    acquisition_mode: str = "MONO"
    max_cloud_cover: float = 20
    max_incidence_angle: float = 30

    @property
    def mission(self):
        return mission_of(self.product_type)

    @property
    def prog_type(self):
        return prog_type_of(self.product_type)

    def body(self, now=None):
        from .orders import _aoi_geojson

        if self.acquisition_mode not in ACQUISITION_MODES:
            raise errors.ValidationError(
                Text("Acquisition mode must be one of {modes}.", modes=", ".join(ACQUISITION_MODES)),
                field="acquisitionMode",
            )
        start, end = check_window(self.prog_type, self.start, self.end, now)
        return {
            "contractId": self.contract_id,
            "mission": self.mission,
            "progTypeNames": [self.prog_type],  # an array, although the spec types it as a string
            "acquisitionDate": {"startDate": iso(start), "endDate": iso(end)},
            "optical": {
                "acquisitionMode": self.acquisition_mode,
                "maxCloudCover": self.max_cloud_cover,
                "maxIncidenceAngle": self.max_incidence_angle,
            },
            "aoi": _aoi_geojson(self.aoi),
        }


# The API's feasibility words, as a user reads them (translated by the UI; the API word stays in tooltips).
DIFFICULTY_WORDS = {"EASY": Text("easy"), "CHALLENGING": Text("challenging")}


@dataclass
class Feasibility:
    prog_type: str
    mission: str
    classification: str  # EASY / CHALLENGING
    automation: str  # AUTOMATIC / MANUAL
    available: bool
    automation_name: str = ""
    expires: datetime = None
    raw: dict = field(default_factory=dict, repr=False)

    @property
    def manual(self):
        return self.automation == "MANUAL"

    @property
    def difficulty_words(self) -> str:
        """'easy' / 'challenging' as a Text (an unknown API word as it is, lower case)."""
        return DIFFICULTY_WORDS.get(self.classification, (self.classification or "").lower())

    @property
    def summary(self):
        if not self.available:
            return Text("{offer} is not available for this area and window.", offer=self.prog_type)
        how = (
            Text("needs a manual study by Airbus: no price and no direct order")
            if self.manual
            else Text("can be ordered directly")
        )
        return Text(
            "{offer}: {difficulty}, {how}.",
            offer=self.prog_type, difficulty=self.difficulty_words, how=how,
        )

    @classmethod
    def from_json(cls, body, prog_type):
        body = require_dict(body, Text("the feasibility answer"))
        for capacity in dicts(body.get("progCapacities")):  # an array (PPO) or one object (Living Library)
            for entry in dicts(capacity.get("progTypes")):
                if as_str(entry.get("name")).upper() != prog_type:
                    continue
                automation = as_str(dig(entry, "feasibility", "automation")).upper()
                if automation == "MAUAL":  # the spec's own typo
                    automation = "MANUAL"
                classification = as_str(dig(entry, "feasibility", "classification")).upper()
                if automation not in ("AUTOMATIC", "MANUAL") or classification not in ("EASY", "CHALLENGING"):
                    break
                from .parsing import as_datetime

                return cls(
                    prog_type=prog_type,
                    mission=as_str(entry.get("mission") or capacity.get("mission")),
                    classification=classification,
                    automation=automation,
                    available=as_bool(entry.get("available")),
                    automation_name=as_str(dig(entry, "feasibility", "automationName")),
                    expires=as_datetime(entry.get("expirationDate")),
                    raw=entry,
                )
        raise errors.UnexpectedResponseError(
            Text(
                "OneAtlas sent a feasibility answer without a usable result for {offer} "
                "(the API may have changed). Try again later.",
                offer=prog_type,
            )
        )


@dataclass
class Attempt:
    """One satellite pass offered by /attempts."""

    segment_id: str
    segment_key: str  # opaque: pass it back exactly as received
    footprint: object  # shapely polygon from the WKT
    acquisition_start: datetime
    acquisition_end: datetime = None
    order_deadline: datetime = None
    incidence_angle: float = None
    across_track_incidence_angle: float = None
    instrument_mode: str = ""
    prog_type: str = ""
    raw: dict = field(default_factory=dict, repr=False)

    @property
    def satellite(self):
        return self.segment_id.split("_", 1)[0]

    def is_open(self, now=None):
        now = _utc(now or datetime.now(timezone.utc))
        return self.order_deadline is None or self.order_deadline > now

    @classmethod
    def from_json(cls, data, prog_type=""):
        from .parsing import as_datetime

        data = require_dict(data, Text("an attempt"))
        key = data.get("segmentKey")
        if not isinstance(key, str) or not key:
            raise errors.UnexpectedResponseError(
                Text("OneAtlas sent an acquisition attempt without its key (the API may have changed).")
            )
        footprint = dig(data, "footprint", "geometry")
        return cls(
            segment_id=as_str(data.get("id")),
            segment_key=key,
            footprint=geometry_from_wkt(footprint) if isinstance(footprint, str) else None,
            acquisition_start=as_datetime(data.get("acquisitionStartDate")),
            acquisition_end=as_datetime(data.get("acquisitionEndDate")),
            order_deadline=as_datetime(data.get("orderDeadline")),
            incidence_angle=as_float(data.get("incidenceAngle")),
            across_track_incidence_angle=as_float(data.get("acrossTrackIncidenceAngle")),
            instrument_mode=as_str(data.get("instrumentMode")),
            prog_type=prog_type,
            raw=data,
        )


def attempts_from_json(body, prog_type):
    body = require_dict(body, Text("the acquisition attempts"))
    attempts = []
    for capacity in dicts(body.get("progCapacities")):
        for entry in dicts(capacity.get("progTypes")):
            if as_str(entry.get("name")).upper() == prog_type:
                attempts.extend(Attempt.from_json(item, prog_type) for item in dicts(entry.get("segments")))
    return sorted(
        attempts, key=lambda item: item.acquisition_start or datetime.max.replace(tzinfo=timezone.utc)
    )


def default_window(prog_type, now=None):
    """A window that fits the offer: tomorrow for OneDay, the next 7 days for OneNow, 30 days otherwise."""
    now = _utc(now or datetime.now(timezone.utc)) + timedelta(minutes=5)
    length = {"ONEDAY": timedelta(days=1), "ONENOWATTEMPTS": timedelta(days=7), "ONENOW": timedelta(days=7)}
    return now, now + length.get(prog_type, timedelta(days=30))
