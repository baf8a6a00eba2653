"""Typed order requests, one per variant (neo/legacy x archive/tasking), and the exact body each becomes.

The same request object is priced (POST /api/v1/prices), quoted (POST /api/v1/quotations, Pleiades Neo)
and ordered (POST /api/v1/orders): the API takes the same body for all three (API notes, sections 3.8-3.10).
The back-end comes from the contract (``backendSource``): neo bodies name the scenes by catalog item id
(``dataSourceIds``) and carry ``endUsers`` and ``notifications``; legacy bodies name datastrips
(``datastripIds``) and carry ``notificationEmails``.
"""

import re
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone

from . import errors
from .i18n import Text
from .models import LEGACY, NEO
from .names import backend_name
from .parsing import iso
from .segment_keys import attempt_period

AOI_ID = 1  # one AOI per order: the options' per-AOI names are projection_1, dem_1
ORDER_EVENTS = ({"event": "SALES_ORDER"}, {"event": "DELIVERY"})
_REFERENCE_CHARACTERS = re.compile(r"[^A-Za-z0-9_.-]+")


def new_customer_reference(prefix="qgis"):
    """A reference unique to one order: it is how a lost answer is found again (never reuse one)."""
    stamp = datetime.now(timezone.utc).strftime("%Y%m%d%H%M%S")
    prefix = _REFERENCE_CHARACTERS.sub("-", prefix or "qgis").strip("-") or "qgis"
    return f"{prefix}_{stamp}_{uuid.uuid4().hex[:8]}"


_QUOTED = re.compile(r"'([^']+)'")
_FILE_NAME = re.compile(r"([^\s/\\]+)\.[A-Za-z0-9]{2,8}\b")
READABLE_NAME_MAX = 32


def reference_name(source):
    """A short plain name for an AOI from where it came from: the layer in quotes ("Feature 12 of
    'parcels'" -> "parcels"), else a file's name without extension ("File fields.kml" -> "fields"), else
    the words themselves ("Drawn rectangle" -> "Drawn-rectangle"); accents dropped, only A-Z a-z 0-9 - _ ."""
    import unicodedata

    text = str(source or "")
    quoted, file_name = _QUOTED.search(text), _FILE_NAME.search(text)
    text = quoted.group(1) if quoted else (file_name.group(1) if file_name else text)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return _REFERENCE_CHARACTERS.sub("-", text).strip("-._")[:READABLE_NAME_MAX].strip("-._")


def readable_customer_reference(name="", when=None):
    """"<name>-<YYYYMMDD>-<8 hex>": what the user reads on the invoice and the delivered files, still
    unique to one order (the suffix), since it is how a lost answer is found again. Eight hex digits, not
    six: with six, two of 200 references made the same day from the same name once came out equal (a one
    in a thousand chance), and colleagues ordering on one account share the name and the day."""
    day = (when or datetime.now(timezone.utc)).strftime("%Y%m%d")
    return f"{reference_name(name) or 'qgis'}-{day}-{uuid.uuid4().hex[:8]}"


def _aoi_geojson(aoi):
    """The AOI as OneAtlas takes it (one closed, counter-clockwise Polygon), refused early if it breaks a
    rule: the AOI module explains each problem in words the user can act on."""
    from .aoi import check_aoi, to_geojson

    # GeoJSON (a dict or its text) goes to check_aoi as it is: it reads it without raising and names what
    # is wrong (shapely's shape() would raise KeyError or ValueError on a broken object, untyped).
    report = check_aoi(aoi)
    if not report.ok:
        raise errors.InvalidAoiError(report.problems)
    return to_geojson(report.geometry)


def _option_values(options):
    """Options as name -> value: a dict, or core.options.ResolvedOptions (its ``values``)."""
    values = getattr(options, "values", options)
    if callable(values):  # a plain dict: .values is the method
        values = options
    return {str(key): value for key, value in dict(values or {}).items() if value not in (None, "")}


def _require(value, field_name, sentence):
    if value is None or (isinstance(value, str) and not value.strip()):
        raise errors.ValidationError(sentence, field=field_name)
    return value


@dataclass
class _OrderRequest:
    """What every variant shares. Subclasses add the items."""

    contract_id: str
    product_type_id: str
    aoi: object  # shapely WGS84 polygon (or a GeoJSON Polygon dict)
    options: dict  # option name -> value (the per-AOI names end in _1), or ResolvedOptions
    primary_market: str
    customer_reference: str
    notification_email: str
    end_user_name: str = None  # required for Pleiades Neo, sent for Pleiades/SPOT when given
    end_user_country: str = None  # ISO 3166 alpha-2
    secondary_market: str = ""

    def _common(self, backend, delivery_workspace):
        _require(self.contract_id, "contractId", "Choose a contract.")
        _require(self.primary_market, "primaryMarket", "Choose the market the images are for.")
        _require(self.customer_reference, "customerReference", "Give the order a reference.")
        _require(
            self.notification_email,
            "notificationEmails",
            "Give an e-mail address for the order and delivery notices.",
        )
        body = {
            "contractId": self.contract_id,
            "aoi": [{"id": AOI_ID, "name": "Polygon 1", "geometry": _aoi_geojson(self.aoi)}],
            "customerReference": self.customer_reference,
            "primaryMarket": self.primary_market,
            "optionsPerProductType": [
                {
                    "productTypeId": self.product_type_id,
                    "options": [
                        {"key": key, "value": value} for key, value in _option_values(self.options).items()
                    ],
                }
            ],
            "delivery": {"type": "network"},
        }
        if self.secondary_market:
            body["secondaryMarket"] = self.secondary_market
        if backend == NEO:
            _require(self.end_user_name, "endUsers",
                     Text("{backend} orders need the end user's name.", backend=backend_name(NEO)))
            _require(self.end_user_country, "endUsers",
                     Text("{backend} orders need the end user's country.", backend=backend_name(NEO)))
            body["endUsers"] = [
                {"endUserName": self.end_user_name, "country": str(self.end_user_country).upper()}
            ]
            body["notifications"] = [
                {
                    "channels": [{"type": "email", "addressee": {"to": [self.notification_email]}}],
                    "filter": {"events": [dict(event) for event in ORDER_EVENTS]},
                }
            ]
        elif backend == LEGACY:
            body["notificationEmails"] = [self.notification_email]
            if self.end_user_name and str(self.end_user_name).strip():
                # The specification lists endUsers as required on every variant; production code omits
                # it for Pleiades/SPOT. Send it when the user gave one
                # (docs/decisions/0008-fidelity-choices.md).
                end_user = {"endUserName": self.end_user_name}
                if self.end_user_country:
                    end_user["country"] = str(self.end_user_country).upper()
                body["endUsers"] = [end_user]
            if delivery_workspace:
                body["delivery"]["workspace"] = delivery_workspace
        else:
            raise errors.ContractNotAvailableError(Text(
                "Contract '{contract}' has an unknown back-end '{backend}': cannot build the order.",
                contract=str(self.contract_id), backend=str(backend)))
        return body


@dataclass
class ArchiveOrderRequest(_OrderRequest):
    """An archive order: ``scenes`` are core Scene objects from the search (all of one back-end)."""

    scenes: list = field(default_factory=list)

    def __init__(
        self,
        contract_id,
        product_type_id,
        scenes,
        aoi,
        options,
        primary_market,
        customer_reference,
        notification_email,
        end_user_name=None,
        end_user_country=None,
        secondary_market="",
    ):
        # Explicit signature: the archive UI passes these by name, in the order of the issue.
        super().__init__(
            contract_id,
            product_type_id,
            aoi,
            options,
            primary_market,
            customer_reference,
            notification_email,
            end_user_name,
            end_user_country,
            secondary_market,
        )
        self.scenes = list(scenes or [])

    is_tasking = False

    def body(self, backend, delivery_workspace=None):
        if not self.scenes:
            raise errors.ValidationError(Text("Tick at least one scene to order."), field="items")
        wrong = [scene.id for scene in self.scenes if scene.backend != backend]
        if wrong:
            needed = next(scene.backend for scene in self.scenes if scene.backend != backend)
            raise errors.ContractNotAvailableError(Text(
                "Contract '{contract}' is a {backend} contract and cannot order these scenes: {scenes}. "
                "They need a {needed} contract.", contract=str(self.contract_id),
                backend=backend_name(backend), scenes=", ".join(wrong), needed=backend_name(needed)))
        body = self._common(backend, delivery_workspace)
        item = {"productTypeId": self.product_type_id, "aoiId": AOI_ID, "properties": [], "notifications": []}
        if backend == NEO:
            item["dataSourceIds"] = [
                {"catalogId": "PublicMOC", "catalogItemId": scene.order_identifier} for scene in self.scenes
            ]
        else:
            missing = [scene.id for scene in self.scenes if not scene.order_identifier]
            if missing:
                raise errors.ValidationError(
                    Text("No datastrip id in the catalog, so these scenes cannot be ordered: {scenes}.",
                         scenes=", ".join(missing)),
                    field="datastripIds",
                )
            item["datastripIds"] = [scene.order_identifier for scene in self.scenes]
        body["items"] = [item]
        return body


@dataclass
class TaskingOrderRequest(_OrderRequest):
    """A tasking order. ``segment_key`` (from attempts, verbatim) for OneDay/OneNow; otherwise the window
    ``start``-``end``. ``feasibility`` (core.tasking.Feasibility) fills the item properties
    feasibilityAutomation and classification."""

    start: datetime = None
    end: datetime = None
    acquisition_mode: str = "MONO"
    max_cloud_cover: float = 20
    max_incidence_angle: float = 30
    notification_threshold: float = None  # defaults to max_cloud_cover (the API's advice)
    feasibility: object = None
    segment_key: str = None
    comments: str = ""
    attempt: object = None  # the chosen core.tasking.Attempt (its period when the key carries none)

    is_tasking = True

    def properties(self, backend=None):
        threshold = (
            self.max_cloud_cover if self.notification_threshold is None else self.notification_threshold
        )
        pairs = [
            {"key": "acquisitionMode", "value": self.acquisition_mode},
            {"key": "maxCloudCover", "value": self.max_cloud_cover},
            {"key": "notificationThreshold", "value": threshold},
            {"key": "maxIncidenceAngle", "value": self.max_incidence_angle},
        ]
        period = None
        if self.segment_key and backend == NEO:
            # The Neo tasking item schema has no segmentKey and all its examples carry an acquisition
            # period: send the chosen attempt's period with its key (docs/decisions/0008-fidelity-choices.md).
            period = attempt_period(self.segment_key, self.attempt)
        if period is None and self.start and self.end:
            period = f"{iso(self.start)} {iso(self.end)}"
        if period:
            pairs.append({"key": "acqPeriod", "value": period})
        if self.feasibility is not None:
            pairs.append({"key": "feasibilityAutomation", "value": self.feasibility.automation})
            pairs.append({"key": "classification", "value": self.feasibility.classification})
        return pairs

    @property
    def manual(self):
        return self.feasibility is not None and self.feasibility.manual

    def body(self, backend, delivery_workspace=None):
        if not self.segment_key and not (self.start and self.end):
            raise errors.TaskingWindowError(
                Text("Choose an acquisition window (start and end) or an attempt."))
        body = self._common(backend, delivery_workspace)
        item = {
            "productTypeId": self.product_type_id,
            "aoiId": AOI_ID,
            "dataSourceIds": [],
            "comments": self.comments,
            "properties": self.properties(backend),
        }
        if self.segment_key:
            item["segmentKey"] = self.segment_key  # opaque: passed back exactly as /attempts gave it
        body["items"] = [item]
        return body
