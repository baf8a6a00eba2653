"""Tasking: feasibility, attempts (slots with segmentKey), and SPOT/PHR tasking (ICR) tracking and actions."""

from datetime import timedelta

from flask import Blueprint, current_app, jsonify, request

from . import lifecycle
from .aoi_rules import check_polygon
from .clock import iso, iso_seconds
from .errors import bad_request, conflict, not_found
from .geo import area_km2, to_geojson
from .order_api import owned_contract
from .segments import parse_window, slots

blueprint = Blueprint("tasking", __name__, url_prefix="/order")

PROG_TYPES = {
    "PLEIADESNEO": ("ONEPLAN", "ONEDAY", "ONENOWATTEMPTS", "ONENOWWEATHER"),
    "PLEIADES": ("ONEPLAN", "ONEDAY", "ONENOW", "ONESERIES"),
    "SPOT": ("ONEPLAN", "ONEDAY", "ONENOW", "ONESERIES"),
}
ATTEMPT_PROG_TYPES = {
    "PLEIADESNEO": ("ONEDAY", "ONENOWATTEMPTS"),
    "PLEIADES": ("ONEDAY", "ONENOW"),
    "SPOT": ("ONEDAY", "ONENOW"),
}
# Above these AOI areas (km2) the feasibility study is MANUAL, which leads to a quotation.
MANUAL_AREA_KM2 = {"PLEIADESNEO": 500.0, "PLEIADES": 1000.0, "SPOT": 5000.0}
SEGMENT_STATUS = {
    "PENDING": "Pending",
    "PROPOSED": "Proposed",
    "VALIDATED": "Validated",
    "REFUSED": "Refused",
}


def sim():
    return current_app.config["SIM"]


def _request():
    body = request.get_json(silent=True)
    if not isinstance(body, dict):
        raise bad_request("The request body must be a JSON object.", field="body", error_code="E1001")
    for name in ("contractId", "mission", "progTypeNames", "acquisitionDate", "aoi"):
        if body.get(name) in (None, "", [], {}):
            raise bad_request(f"Missing required field '{name}'.", field=name, error_code="E1001")
    contract = owned_contract(body["contractId"])
    mission = body["mission"]
    if mission not in PROG_TYPES:
        raise bad_request(f"Unknown mission '{mission}' (PLEIADESNEO, PLEIADES or SPOT).", field="mission")
    if (mission == "PLEIADESNEO") != (contract.backend == "neo"):
        raise bad_request(
            f"Mission {mission} cannot be tasked on {contract.backend} contract '{contract.contract_id}'.",
            field="mission",
            error_code="E2210",
        )
    names = body["progTypeNames"] if isinstance(body["progTypeNames"], list) else [body["progTypeNames"]]
    for name in names:
        if name not in PROG_TYPES[mission]:
            raise bad_request(f"progTypeName '{name}' is not offered for {mission}.", field="progTypeNames")
    aoi = body["aoi"]
    if isinstance(aoi, list):  # one spec example sends the bare coordinates: accept it
        aoi = {"type": "Polygon", "coordinates": aoi}
    polygon = check_polygon(aoi, "aoi")
    start, end = parse_window(body, sim().clock.now())
    optical = body.get("optical") if isinstance(body.get("optical"), dict) else {}
    return mission, names, polygon, start, end, optical


def _assessment(mission, prog_type, polygon, start, end, optical):
    window_days = (end - start).total_seconds() / 86400.0
    max_incidence = float(optical.get("maxIncidenceAngle", 30) or 30)
    challenging = max_incidence < 20 or (prog_type == "ONEPLAN" and window_days < 5)
    manual = area_km2(polygon) > MANUAL_AREA_KM2[mission] or (challenging and prog_type == "ONEPLAN")
    available = {
        "ONEDAY": window_days <= 1.0001,
        "ONENOWATTEMPTS": 3 <= window_days <= 14.0001,
        "ONENOW": window_days <= 14.0001,
    }.get(prog_type, window_days >= 1)
    return ("CHALLENGING" if challenging else "EASY"), ("MANUAL" if manual else "AUTOMATIC"), available


@blueprint.post("/api/v1/feasibility")
def feasibility():
    mission, names, polygon, start, end, optical = _request()
    prog_types = []
    for name in names:
        classification, automation, available = _assessment(mission, name, polygon, start, end, optical)
        feasibility = {"classification": classification, "automation": automation}
        entry = {"name": name, "mission": mission, "feasibility": feasibility, "available": available}
        if mission == "PLEIADESNEO":
            entry["expirationDate"] = iso(sim().clock.now() + timedelta(hours=24))
        else:
            feasibility["automationName"] = (
                "ManualTasking" if automation == "MANUAL" else "AutomaticTasking30"
            )
        prog_types.append(entry)
    return jsonify({"progCapacities": [{"mission": mission, "progTypes": prog_types}]})


@blueprint.post("/api/v1/attempts")
def attempts():
    mission, names, polygon, start, end, optical = _request()
    window_days = (end - start).total_seconds() / 86400.0
    prog_types = []
    for name in names:
        if name not in ATTEMPT_PROG_TYPES[mission]:
            raise bad_request(
                f"Attempts are offered for {', '.join(ATTEMPT_PROG_TYPES[mission])}, not {name}.",
                field="progTypeNames",
            )
        if name == "ONEDAY" and window_days > 1.0001:
            raise bad_request("A ONEDAY window must not exceed 1 day.", field="acquisitionDate")
        if name == "ONENOWATTEMPTS" and not 3 <= window_days <= 14.0001:
            raise bad_request(
                "A ONENOWATTEMPTS window must last between 3 and 14 days.", field="acquisitionDate"
            )
        segments = slots(sim(), mission, name, polygon, start, end, optical.get("maxIncidenceAngle"))
        prog_types.append(
            {"name": name, "mission": mission, "available": bool(segments), "segments": segments}
        )
    if not any(entry["segments"] for entry in prog_types):
        return jsonify({"errors": [{"code": "ERR_NO_SENSOR_AVAILABLE", "locator": "UNKNOWN"}]}), 500
    return jsonify({"progCapacities": [{"mission": mission, "progTypes": prog_types}]})


# ---- SPOT / Pleiades taskings (ICR) --------------------------------------------------------------------
LEGACY_STATUS = {
    "IN_PROGRESS": "In Progress",
    "DELIVERED": "Completed",
    "CANCELLED": "Canceled",
    "CLOSED": "Completed",
    "STOPPED": "Canceled",
}


def _legacy_status(line):
    if line["stage"] == "feasibility":
        return "Feasibility study in progress"
    return LEGACY_STATUS.get(line["status"], line["status"])


def segment_json(acquisition):
    return {
        "id": acquisition["id"],
        "status": SEGMENT_STATUS[acquisition["status"]],
        "asDetail1": {
            "catalogId": acquisition["archiveId"],
            "footprint": to_geojson(acquisition["footprint"]),
            "incidenceAngle": acquisition["incidenceAngle"],
            "clearSkyRate": round(100 - acquisition["cloudCover"], 1),
            "acquisitionDate": iso_seconds(acquisition["acquisitionDate"]),
        },
        **lifecycle.acquisition_links(sim(), acquisition, request.host_url.rstrip("/")),
    }


def tasking_json(line):
    order, checked = line["order"], line["checked"]
    period = lifecycle.acquisition_period(line)
    done = line["status"] in ("DELIVERED", "CLOSED")
    return {
        "taskingId": line["tasking_id"],
        "status": _legacy_status(line),
        "salesOrderId": order.sales_order_id,
        "orderItemId": line["orderItemId"],
        "customerReference": order.body.get("customerReference"),
        "contractId": order.contract_id,
        "mission": line["product_type"].mission,
        "progTypeName": line["product_type"].target.upper(),
        "productTypeId": line["product_type"].product_type_id,
        "startDate": iso_seconds(period[0]) if period else None,
        "endDate": iso_seconds(period[1]) if period else None,
        "taskingProgress": 100 if done else 0,
        "hasProposedSegments": any(a["status"] == "PROPOSED" for a in line["acquisitions"]),
        "creationDate": iso_seconds(order.created_at),
        "aoi": checked.aoi_json,
        "feasibilityAutomation": checked.properties.get("feasibilityAutomation", "AUTOMATIC"),
    }


def _tasking(contract_id, tasking_id):
    contract = owned_contract(contract_id)
    line = sim().taskings.get(tasking_id)
    if line is None or line["order"].contract_id != contract.contract_id:
        raise not_found(f"Tasking '{tasking_id}' not found.", error_code="E2280")
    return line


@blueprint.get("/api/v1/contracts/<contract_id>/taskings")
def taskings(contract_id):
    contract = owned_contract(contract_id)
    args = request.args
    lines = [
        line
        for line in sim().taskings.values()
        if line["order"].contract_id == contract.contract_id and sim().searchable(line["order"])
    ]
    records = [tasking_json(line) for line in lines]
    filters = {
        "customerRef": "customerReference",
        "status": "status",
        "mission": "mission",
        "progTypeNames": "progTypeName",
    }
    for arg, key in filters.items():
        if args.get(arg):
            allowed = {value.strip() for value in args[arg].split(",")}
            records = [record for record in records if str(record[key]) in allowed]
    if args.get("taskingIds"):
        wanted = {value.strip() for value in args["taskingIds"].split(",")}
        records = [record for record in records if record["taskingId"] in wanted]
    if args.get("hasProposedSegments") in ("true", "false"):
        records = [r for r in records if r["hasProposedSegments"] == (args["hasProposedSegments"] == "true")]
    count, page = int(args.get("count", 10)), int(args.get("startPage", 1))
    shown = records[(page - 1) * count : page * count]
    if args.get("customerRef"):
        # "Track Orders with Customerref": its only documented answer nests each tasking in "icr".
        shown = [icr_json(record) for record in shown]
    return jsonify({"totalResults": len(records), "count": count, "startPage": page, "taskings": shown})


def icr_json(record):
    """The documented shape of "Track Orders with Customerref": {"sal", "so", "icr": {...}}."""
    icr = {key: value for key, value in record.items() if key not in ("taskingId", "customerReference")}
    icr.update(id=record["taskingId"], customerRef=record["customerReference"])
    return {"sal": record["salesOrderId"], "so": f"SO{record['orderItemId']}", "icr": icr}


@blueprint.get("/api/v1/contracts/<contract_id>/taskings/<tasking_id>")
def tasking(contract_id, tasking_id):
    return jsonify(tasking_json(_tasking(contract_id, tasking_id)))


@blueprint.get("/api/v1/contracts/<contract_id>/taskings/<tasking_id>/segments")
def segments(contract_id, tasking_id):
    line = _tasking(contract_id, tasking_id)
    return jsonify({"segments": [segment_json(a) for a in line["acquisitions"]]})


def _decide_segment(contract_id, tasking_id, segment_id, accept):
    line = _tasking(contract_id, tasking_id)
    acquisition = next((a for a in line["acquisitions"] if a["id"] == segment_id), None)
    if acquisition is None:
        raise not_found(f"Segment '{segment_id}' not found.", error_code="E2281")
    if acquisition["status"] != "PROPOSED" or line["stage"] != "deciding":
        raise conflict(
            f"Segment '{segment_id}' is {SEGMENT_STATUS[acquisition['status']]}; only Proposed "
            "segments can be accepted or refused.",
            error_code="E2282",
        )
    lifecycle.decide(sim(), line, acquisition, accept)
    return jsonify(segment_json(acquisition))


@blueprint.post("/api/v1/contracts/<contract_id>/taskings/<tasking_id>/segments/<segment_id>/accept")
def accept_segment(contract_id, tasking_id, segment_id):
    return _decide_segment(contract_id, tasking_id, segment_id, True)


@blueprint.post("/api/v1/contracts/<contract_id>/taskings/<tasking_id>/segments/<segment_id>/refuse")
def refuse_segment(contract_id, tasking_id, segment_id):
    return _decide_segment(contract_id, tasking_id, segment_id, False)


@blueprint.post("/api/v1/contracts/<contract_id>/taskings/<tasking_id>/cancel")
def cancel_tasking(contract_id, tasking_id):
    line = _tasking(contract_id, tasking_id)
    if line["status"] != "IN_PROGRESS" or any(a["status"] == "VALIDATED" for a in line["acquisitions"]):
        raise conflict(
            f"Tasking '{tasking_id}' is {_legacy_status(line)}: it can no longer be cancelled.",
            error_code="E2283",
        )
    lifecycle.end_line(sim(), line, "CANCELLED")
    return jsonify({})
