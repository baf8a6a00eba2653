"""Validation of price / quotation / order bodies (four variants) and their pricing.

Checks run in a fixed order so that one body always gives the same first error, and every 400 names
the offending field (e.g. "items[0].datastripIds", "optionsPerProductType[0].options[2].value").
"""

import re
from dataclasses import dataclass, field

from shapely.geometry import shape

from .aoi_rules import parse_request_aois
from .clock import parse_iso
from .errors import SimApiError, bad_request
from .geo import area_km2
from .products import COUNTRY_CODES, MARKET_IDS, PRODUCT_TYPES, condition_holds, options_for
from .segments import check_segment_key

REQUIRED_ALL = ("contractId", "aoi", "items", "customerReference", "optionsPerProductType", "primaryMarket")
REQUIRED_NEO = ("endUsers",)
REQUIRED_LEGACY = ("notificationEmails",)
RUSH_FACTOR = 1.5
NEEDED_CONTRACT = {"neo": "Pleiades Neo needs a neo", "legacy": "SPOT and Pleiades need a legacy"}
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass
class OrderLine:
    """One items[] entry, checked and priced."""

    index: int
    product_type: object
    aoi_id: object
    aoi: object  # shapely Polygon
    aoi_json: dict
    options: dict
    scenes: list = field(default_factory=list)  # catalog items (archive)
    segment: dict = None  # decoded segmentKey (ONEDAY / ONENOW)
    properties: dict = field(default_factory=dict)  # tasking key/values
    requested_area: float = 0.0
    price_area: float = 0.0
    minimum_applied: bool = False
    amount: float = 0.0
    item_body: dict = None


@dataclass
class CheckedOrder:
    contract: object
    lines: list
    total: float

    @property
    def manual(self):
        return any(line.properties.get("feasibilityAutomation") == "MANUAL" for line in self.lines)


def missing(name):
    return bad_request(f"Missing required field '{name}'.", field=name, error_code="E1001")


def check_order(sim, body, contract_lookup):
    if not isinstance(body, dict):
        raise bad_request("The request body must be a JSON object.", field="body", error_code="E1001")
    if not body.get("contractId"):
        raise missing("contractId")
    contract = contract_lookup(body["contractId"])
    required = REQUIRED_ALL + (REQUIRED_NEO if contract.backend == "neo" else REQUIRED_LEGACY)
    for name in required:
        if body.get(name) in (None, "", [], {}):
            raise missing(name)
    aois = dict(parse_request_aois(body["aoi"]))
    aoi_json = {aoi.get("id"): aoi.get("geometry") for aoi in body["aoi"]}
    if not isinstance(body["items"], list):
        raise bad_request("'items' must be a list.", field="items", error_code="E1001")
    lines = [
        _check_item(sim, contract, aois, aoi_json, item, index) for index, item in enumerate(body["items"])
    ]
    _check_options(body["optionsPerProductType"], lines, aois)
    _check_people(body, contract)
    for line in lines:
        _price(line)
    return CheckedOrder(contract, lines, round(sum(line.amount for line in lines), 2))


def _check_item(sim, contract, aois, aoi_json, item, index):
    where = f"items[{index}]"
    if not isinstance(item, dict):
        raise bad_request("Each item must be an object.", field=where, error_code="E1001")
    product_type = PRODUCT_TYPES.get(item.get("productTypeId"))
    if not item.get("productTypeId"):
        raise bad_request(
            "Missing required field 'productTypeId'.", field=f"{where}.productTypeId", error_code="E1001"
        )
    if product_type is None:
        raise bad_request(
            f"Unknown product type '{item['productTypeId']}'.",
            field=f"{where}.productTypeId",
            error_code="E2204",
        )
    if product_type.backend != contract.backend:
        raise bad_request(
            f"Product type '{product_type.product_type_id}' cannot be ordered on {contract.backend} contract "
            f"'{contract.contract_id}': {NEEDED_CONTRACT[product_type.backend]} contract.",
            field=f"{where}.productTypeId",
            error_code="E2210",
        )
    aoi_id = item.get("aoiId")
    if aoi_id is None and len(aois) == 1:
        aoi_id = next(iter(aois))
    if aoi_id not in aois:
        raise bad_request(f"aoiId {aoi_id!r} does not match any aoi[].id.", field=f"{where}.aoiId")
    line = OrderLine(index, product_type, aoi_id, aois[aoi_id], aoi_json[aoi_id], {}, item_body=item)
    if product_type.source == "archive":
        line.scenes = _archive_scenes(sim, product_type, item, where)
        if not any(shape(scene["geometry"]).intersects(line.aoi) for scene in line.scenes):
            raise bad_request(
                "The AOI does not intersect the ordered image.", field=f"{where}.aoiId", error_code="E1003"
            )
    else:
        line.properties = _tasking_properties(item, where)
        if product_type.needs_segment:
            line.segment = check_segment_key(sim, item.get("segmentKey"), product_type, f"{where}.segmentKey")
        elif "acqPeriod" not in line.properties:
            raise bad_request(
                "Missing tasking property 'acqPeriod' ('start end').",
                field=f"{where}.properties",
                error_code="E1001",
            )
    return line


def _archive_scenes(sim, product_type, item, where):
    if product_type.backend == "neo":
        sources = item.get("dataSourceIds")
        if not isinstance(sources, list) or not sources:
            raise bad_request(
                "Pleiades Neo archive items need dataSourceIds[].catalogItemId.",
                field=f"{where}.dataSourceIds",
                error_code="E1001",
            )
        references = []
        for position, source in enumerate(sources):
            reference = source.get("catalogItemId") if isinstance(source, dict) else None
            if not reference:
                raise bad_request(
                    "Missing catalogItemId.",
                    field=f"{where}.dataSourceIds[{position}].catalogItemId",
                    error_code="E1001",
                )
            references.append((reference, f"{where}.dataSourceIds[{position}].catalogItemId"))
        lookup = dict(sim.items)
    else:
        strips = item.get("datastripIds")
        if not isinstance(strips, list) or not strips:
            raise bad_request(
                "SPOT/Pleiades archive items need datastripIds (the search archiveIdentifier).",
                field=f"{where}.datastripIds",
                error_code="E1001",
            )
        references = [(strip, f"{where}.datastripIds[{position}]") for position, strip in enumerate(strips)]
        # Only orderable archive scenes: a delivered copy carries the same archiveIdentifier and must not
        # hide the scene it was made from (ordering a scene a second time is a normal thing to do).
        lookup = {
            scene["properties"]["archiveIdentifier"]: scene
            for scene in sim.items.values()
            if scene["properties"].get("processingLevel") == "ALBUM"
        }
    scenes = []
    for reference, field_name in references:
        scene = lookup.get(reference)
        if scene is None or scene["properties"]["processingLevel"] != "ALBUM":
            raise bad_request(f"Archive image '{reference}' not found.", field=field_name, error_code="E2205")
        if scene["properties"]["constellation"] != product_type.constellation:
            raise bad_request(
                f"Image '{reference}' is {scene['properties']['constellation']}, product type "
                f"'{product_type.product_type_id}' orders {product_type.constellation}.",
                field=field_name,
                error_code="E2210",
            )
        scenes.append(scene)
    return scenes


def _tasking_properties(item, where):
    raw = item.get("properties") or []
    if not isinstance(raw, list):
        raise bad_request("'properties' must be a list of {key, value}.", field=f"{where}.properties")
    properties = {}
    for position, pair in enumerate(raw):
        if not isinstance(pair, dict) or "key" not in pair:
            raise bad_request("Each property must be {key, value}.", field=f"{where}.properties[{position}]")
        properties[pair["key"]] = pair.get("value")
    checks = {
        "acquisitionMode": lambda v: v in ("MONO", "STEREO", "TRISTEREO"),
        "maxCloudCover": lambda v: _number_between(v, 0, 100),
        "notificationThreshold": lambda v: _number_between(v, 0, 100),
        "maxIncidenceAngle": lambda v: _number_between(v, 0, 60),
        "feasibilityAutomation": lambda v: v in ("AUTOMATIC", "MANUAL"),
        "classification": lambda v: v in ("EASY", "CHALLENGING"),
        "acqPeriod": _valid_period,
    }
    for position, pair in enumerate(raw):
        check = checks.get(pair["key"])
        if check and not check(pair.get("value")):
            raise bad_request(
                f"Invalid value {pair.get('value')!r} for tasking property '{pair['key']}'.",
                field=f"{where}.properties[{position}].value",
            )
    return properties


def _number_between(value, low, high):
    try:
        return low <= float(value) <= high
    except (TypeError, ValueError):
        return False


def _valid_period(value):
    try:
        start, end = parse_period(value)
    except ValueError:
        return False
    return start < end


def parse_period(value):
    parts = str(value).split()
    if len(parts) != 2:
        raise ValueError("acqPeriod needs 'start end'")
    return parse_iso(parts[0]), parse_iso(parts[1])


def _check_options(per_product_type, lines, aois):
    if not isinstance(per_product_type, list):
        raise bad_request(
            "'optionsPerProductType' must be a list of {productTypeId, options}.",
            field="optionsPerProductType",
        )
    by_type = {}
    for index, entry in enumerate(per_product_type):
        if not isinstance(entry, dict) or not entry.get("productTypeId"):
            raise bad_request("Each entry needs a productTypeId.", field=f"optionsPerProductType[{index}]")
        by_type[entry["productTypeId"]] = (index, entry.get("options") or [])
    for line in lines:
        type_id = line.product_type.product_type_id
        if type_id not in by_type:
            raise bad_request(
                f"No options given for product type '{type_id}'.",
                field="optionsPerProductType",
                error_code="E1001",
            )
        index, options = by_type[type_id]
        line.options = check_option_values(
            line.product_type,
            options,
            sorted(aois.items(), key=lambda a: str(a[0])),
            f"optionsPerProductType[{index}].options",
        )


def check_option_values(product_type, options, aois, where):
    """Values against availableOptions and their constraint language; return {key: value}."""
    if not isinstance(options, list):
        raise bad_request("'options' must be a list of {key, value}.", field=where)
    available = {option["name"]: option for option in options_for(product_type, aois)}
    chosen, positions = {}, {}
    for position, pair in enumerate(options):
        if not isinstance(pair, dict) or "key" not in pair:
            raise bad_request("Each option must be {key, value}.", field=f"{where}[{position}]")
        key = pair["key"]
        if key not in available:
            raise bad_request(
                f"Unknown option '{key}' for product type '{product_type.product_type_id}'.",
                field=f"{where}[{position}].key",
                error_code="E2206",
            )
        chosen[key], positions[key] = pair.get("value"), position
    for key, value in chosen.items():
        option, at = available[key], f"{where}[{positions[key]}]"
        condition = (option.get("constraint") or {}).get("condition")
        if not condition_holds(condition, chosen):
            raise bad_request(
                f"Option '{key}' only applies when {condition}.", field=f"{at}.key", error_code="E2207"
            )
        if option["type"] == "double":
            low, high = option["range"]
            if not _number_between(value, low, high):
                raise bad_request(
                    f"Option '{key}' must be a number within [{low}, {high}].",
                    field=f"{at}.value",
                    error_code="E2206",
                )
            continue
        allowed = {entry["id"]: entry for entry in option["values"]}
        if str(value) not in allowed:
            raise bad_request(
                f"Invalid value {value!r} for option '{key}'; allowed: {', '.join(allowed)}.",
                field=f"{at}.value",
                error_code="E2206",
            )
        value_condition = (allowed[str(value)].get("constraint") or {}).get("condition")
        if not condition_holds(value_condition, chosen):
            raise bad_request(
                f"Value '{value}' of option '{key}' needs {value_condition}.",
                field=f"{at}.value",
                error_code="E2207",
            )
    for name, option in available.items():
        condition = (option.get("constraint") or {}).get("condition")
        needed = option["mandatory"] == "true" or (
            option["mandatory"] == "constraint" and condition_holds(condition, chosen)
        )
        if needed and name not in chosen:
            raise bad_request(f"Missing mandatory option '{name}'.", field=where, error_code="E2208")
    return {key: str(value) for key, value in chosen.items()}


def _check_people(body, contract):
    if body["primaryMarket"] not in MARKET_IDS:
        raise bad_request(f"Unknown primaryMarket '{body['primaryMarket']}'.", field="primaryMarket")
    if contract.backend == "neo":
        if not isinstance(body["endUsers"], list):
            raise bad_request("'endUsers' must be a list.", field="endUsers")
        for index, end_user in enumerate(body["endUsers"]):
            country = end_user.get("country") if isinstance(end_user, dict) else None
            if country not in COUNTRY_CODES:
                raise bad_request(
                    f"Unknown end-user country {country!r} (ISO 3166 alpha-2 expected).",
                    field=f"endUsers[{index}].country",
                )
    else:
        emails = body["notificationEmails"]
        if not isinstance(emails, list):
            raise bad_request("'notificationEmails' must be a list of addresses.", field="notificationEmails")
        for index, email in enumerate(emails):
            if not isinstance(email, str) or not EMAIL.match(email):
                raise bad_request(f"Invalid e-mail address {email!r}.", field=f"notificationEmails[{index}]")


def _price(line):
    if line.scenes:
        footprint = shape(line.scenes[0]["geometry"])
        for scene in line.scenes[1:]:
            footprint = footprint.union(shape(scene["geometry"]))
        full_strip = line.options.get("fullStrip") == "true"
        covered = footprint if full_strip else line.aoi.intersection(footprint)
        line.requested_area = round(area_km2(covered), 2)
    else:
        line.requested_area = round(area_km2(line.aoi), 2)
    minimum = line.product_type.minimum_km2
    line.minimum_applied = line.requested_area < minimum
    line.price_area = round(max(line.requested_area, minimum), 2)
    rate = line.product_type.eur_per_km2 * (RUSH_FACTOR if line.options.get("priority") == "rush" else 1.0)
    line.amount = round(line.price_area * rate, 2)


def price_json(checked):
    by_type = {}
    for line in checked.lines:
        entry = by_type.setdefault(
            line.product_type.product_type_id,
            {
                "productTypeId": line.product_type.product_type_id,
                "amount": 0.0,
                "areaKm2": 0.0,
                "requestedArea": 0.0,
                "orderMinimumApplied": False,
                "discountPercentage": 0,
                "discountValue": 0,
                "price": 0.0,
                "items": [],
                "voucherCode": None,
            },
        )
        entry["amount"] = round(entry["amount"] + line.amount, 2)
        entry["price"] = entry["amount"]
        entry["areaKm2"] = round(entry["areaKm2"] + line.price_area, 2)
        entry["requestedArea"] = round(entry["requestedArea"] + line.requested_area, 2)
        entry["orderMinimumApplied"] = entry["orderMinimumApplied"] or line.minimum_applied
        reference = (
            {"datastripIds": [s["properties"]["archiveIdentifier"] for s in line.scenes]}
            if line.product_type.backend == "legacy"
            else {
                "dataSourceIds": [
                    {"catalogId": "PublicMOC", "catalogItemId": s["properties"]["id"]} for s in line.scenes
                ]
            }
        )
        entry["items"].append(reference)
    return {
        "contractId": checked.contract.contract_id,
        "currency": checked.contract.currency,
        "discountPercentage": 0,
        "discountValue": 0,
        "productTypes": list(by_type.values()),
        "totalAmount": checked.total,
    }


def insufficient_credit(contract, amount):
    return SimApiError(
        400,
        f"Insufficient credit on contract '{contract.contract_id}': {amount:.2f} {contract.currency} needed, "
        f"{contract.credit:.2f} {contract.currency} remaining.",
        error_code="E2250",
        field="contractId",
    )
