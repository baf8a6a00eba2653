"""Order lines and their lifecycles on the simulated clock, evaluated lazily at each request.

Archive:  IN_PROGRESS --(2 h, 30 min if rush)--> DELIVERED (an item appears in the delivery workspace).
Tasking:  IN_PROGRESS --(acquisition time)--> acquisition PENDING --(1 h quality check)-->
          VALIDATED (cloud <= notificationThreshold) or PROPOSED (waits for accept/refuse)
          VALIDATED --(1 h)--> DELIVERED.  Refused: OnePlan retries one day later inside acqPeriod,
          otherwise the line is CLOSED.  Cancel -> CANCELLED, stop -> STOPPED.
Legacy MANUAL tasking first spends 2 h in "Feasibility study in progress".
"""

import hashlib
import uuid
from datetime import timedelta

from shapely import wkt
from shapely.geometry import shape

from .clock import iso, iso_seconds
from .geo import strip, to_geojson
from .order_rules import parse_period

ARCHIVE_DELAY = timedelta(hours=2)
RUSH_ARCHIVE_DELAY = timedelta(minutes=30)
QUALITY_CHECK_DELAY = timedelta(hours=1)
DELIVERY_DELAY = timedelta(hours=1)
MANUAL_STUDY_DELAY = timedelta(hours=2)
ONEPLAN_FIRST_ATTEMPT = timedelta(hours=12)
RETRY_DELAY = timedelta(days=1)
STRIP_WIDTH_KM = {"PNEO": 14.0, "PHR": 20.0, "SPOT": 60.0}
RESOLUTION = {"PNEO": 0.3, "PHR": 0.5, "SPOT": 1.5}


def unit(*parts):
    digest = hashlib.sha256("|".join(str(part) for part in parts).encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


def make_line(sim, order, checked_line, order_number, user):
    """The tracking record of one order line (one items[] entry)."""
    product_type = checked_line.product_type
    line = {
        "orderItemId": f"WOI_{order_number:09d}_{checked_line.index + 1}",
        "orderLineId": checked_line.index + 1,
        "order": order,
        "user_id": user.user_id,
        "customer_id": user.customer_id,
        "product_type": product_type,
        "checked": checked_line,
        "status": "PENDING",
        "stage": "quotation",
        "next_at": None,
        "acquisitions": [],
        "delivered_item_ids": [],
        "status_changed_at": order.created_at,
        "tasking_id": None,
        "order_number": order_number,
    }
    sim.order_items[line["orderItemId"]] = line
    return line


def start(sim, line, at):
    """The line is ordered (direct order or accepted quotation): schedule its first step."""
    line["status"], line["status_changed_at"] = "IN_PROGRESS", at
    checked, product_type = line["checked"], line["product_type"]
    if product_type.source == "archive":
        rush = checked.options.get("priority") == "rush"
        line["stage"], line["next_at"] = "producing", at + (RUSH_ARCHIVE_DELAY if rush else ARCHIVE_DELAY)
        return
    if product_type.backend == "legacy":
        line["tasking_id"] = sim.next_tasking_id()
        sim.taskings[line["tasking_id"]] = line
        if checked.properties.get("feasibilityAutomation") == "MANUAL":
            line["stage"], line["next_at"] = "feasibility", at + MANUAL_STUDY_DELAY
            return
    _schedule_acquisition(line, at)


def _schedule_acquisition(line, after):
    checked = line["checked"]
    if checked.segment is not None and not line["acquisitions"]:
        when = checked.segment["acquired"]
        if when <= after:
            when = after + RETRY_DELAY  # the quotation took too long: the next pass
    else:
        when = after + (RETRY_DELAY if line["acquisitions"] else ONEPLAN_FIRST_ATTEMPT)
        period = acquisition_period(line)
        if period:
            when = max(when, period[0] + timedelta(hours=2))
            if when > period[1]:
                line["stage"], line["next_at"] = "closed", None
                line["status"], line["status_changed_at"] = "CLOSED", after
                return
    line["stage"], line["next_at"] = "acquiring", when


def acquisition_period(line):
    checked = line["checked"]
    if checked.segment is not None:
        return checked.segment["acquired"] - timedelta(minutes=1), checked.segment["acquired"] + timedelta(
            days=1
        )
    if "acqPeriod" in checked.properties:
        return parse_period(checked.properties["acqPeriod"])
    return None


def advance(sim):
    now = sim.clock.now()
    for line in list(sim.order_items.values()):
        while line["next_at"] is not None and line["next_at"] <= now:
            _step(sim, line, line["next_at"])
    for order in list(sim.quotations.values()):
        if order.quotation_status == "IN_PROGRESS" and order.quotation_ready_at <= now:
            order.quotation_status = "SENT"
        if order.quotation_status == "SENT" and order.quotation_valid_until <= now:
            order.quotation_status = "EXPIRED"
            for line in order.items:
                line["status"], line["status_changed_at"] = "CANCELLED", order.quotation_valid_until


def _step(sim, line, at):
    stage = line["stage"]
    line["next_at"] = None
    if stage == "producing":
        for scene in line["checked"].scenes:
            _deliver(sim, line, at, source=scene)
        _delivered(line, at)
    elif stage == "feasibility":
        _schedule_acquisition(line, at)
    elif stage == "acquiring":
        _acquire(sim, line, at)
    elif stage == "checking":
        acquisition = line["acquisitions"][-1]
        threshold = _threshold(line)
        if acquisition["cloudCover"] <= threshold:
            acquisition["status"] = "VALIDATED"
            line["stage"], line["next_at"] = "delivering", at + DELIVERY_DELAY
        else:
            acquisition["status"] = "PROPOSED"
            line["stage"] = "deciding"
    elif stage == "delivering":
        acquisition = next(a for a in reversed(line["acquisitions"]) if a["status"] == "VALIDATED")
        _deliver(sim, line, at, acquisition=acquisition)
        _delivered(line, at)


def _threshold(line):
    properties = line["checked"].properties
    for key in ("notificationThreshold", "maxCloudCover"):
        if properties.get(key) not in (None, ""):
            return float(properties[key])
    return 10.0


def _acquire(sim, line, at):
    checked = line["checked"]
    number = len(line["acquisitions"]) + 1
    constellation = line["product_type"].constellation
    platform = (
        checked.segment["satellite"]
        if checked.segment
        else {"PNEO": "PNEO3", "PHR": "PHR1A", "SPOT": "SPOT6"}[constellation]
    )
    if checked.segment and number == 1:
        footprint = wkt.loads(checked.segment["wkt"])
    else:
        center = checked.aoi.centroid
        footprint = strip(center.x, center.y, STRIP_WIDTH_KM[constellation], 30.0, 192.0)
    cloud = round(2 + 23 * unit(line["orderItemId"], number), 2)
    stamp = at.strftime("%Y%m%d%H%M%S") + str(at.microsecond // 100000)
    acquisition = {
        "number": number,
        "status": "PENDING",
        "acquisitionDate": at,
        "cloudCover": cloud,
        "incidenceAngle": round(5 + 25 * unit("incidence", line["orderItemId"], number), 2),
        "platform": platform,
        "footprint": footprint.intersection(checked.aoi.buffer(0.02)).envelope
        if footprint.intersects(checked.aoi)
        else checked.aoi.envelope,
        "archiveId": f"ACQ_{platform}_{int(unit(line['orderItemId'], 'acq', number) * 10**14):014d}"
        if constellation == "PNEO"
        else f"DS_{platform}_{stamp}_FR1_PX_SIM_{number:05d}",
        "id": (
            f"CIE_{line['order_number']:09d}_{line['orderLineId']}_{number}_1"
            if constellation == "PNEO"
            else f"AS_FC_{line['order_number']}_{line['orderLineId']}_{number}"
        ),
    }
    line["acquisitions"].append(acquisition)
    if constellation == "PNEO":
        sim.coverage_items[acquisition["id"]] = line
    line["stage"], line["next_at"] = "checking", at + QUALITY_CHECK_DELAY


def acquisition_links(sim, acquisition, origin):
    """[INFERRED] ``_links`` of a tasking acquisition (coverage item or segment): a quicklook on the access
    service, shaped like a catalog item's (API notes 3.14). The published spec shows none on these records;
    ``sim.acquisition_quicklooks = False`` answers as its examples do, without any link."""
    if not sim.acquisition_quicklooks:
        return {}
    href = f"{origin}/access/api/v1/items/{acquisition['id']}/quicklook"
    return {"_links": {"quicklook": {"href": href, "name": "QuickLook", "type": "HTTP"}}}


def find_acquisition(sim, acquisition_id):
    """(line, acquisition) of a tasking acquisition by its id (coverage item or segment), or None."""
    for line in sim.order_items.values():
        for acquisition in line["acquisitions"]:
            if acquisition["id"] == acquisition_id:
                return line, acquisition
    return None


def decide(sim, line, acquisition, accept):
    """Accept or refuse a PROPOSED acquisition (coverage item or legacy segment)."""
    now = sim.clock.now()
    if accept:
        acquisition["status"] = "VALIDATED"
        line["stage"], line["next_at"] = "delivering", now + DELIVERY_DELAY
    else:
        acquisition["status"] = "REFUSED"
        if line["product_type"].target == "oneplan":
            _schedule_acquisition(line, now)
        else:
            line["stage"], line["next_at"] = "closed", None
            line["status"], line["status_changed_at"] = "CLOSED", now


def end_line(sim, line, status):
    """Cancel or stop: no more steps."""
    line["stage"], line["next_at"] = status.lower(), None
    line["status"], line["status_changed_at"] = status, sim.clock.now()


def _delivered(line, at):
    line["stage"], line["status"], line["status_changed_at"] = "delivered", "DELIVERED", at


def _deliver(sim, line, at, source=None, acquisition=None):
    """Put a streamable, downloadable product into the owner's delivery workspace."""
    order, checked = line["order"], line["checked"]
    contract = sim.contracts[order.contract_id]
    number = len(line["delivered_item_ids"]) + 1
    item_id = str(uuid.uuid5(uuid.NAMESPACE_URL, f"sim-{sim.seed}/{line['orderItemId']}/{number}"))
    constellation = line["product_type"].constellation
    if source is not None:
        base = dict(source["properties"])
        geometry = checked.aoi.intersection(shape(source["geometry"]))
        if checked.options.get("fullStrip") == "true":
            geometry = shape(source["geometry"])
    else:
        stamp = acquisition["acquisitionDate"]
        base = {
            "acquisitionDate": iso(stamp),
            "acquisitionIdentifier": acquisition["archiveId"],
            "archiveIdentifier": acquisition["archiveId"],
            "sourceIdentifier": acquisition["archiveId"],
            "parentIdentifier": acquisition["archiveId"],
            "constellation": constellation,
            "platform": acquisition["platform"],
            "cloudCover": acquisition["cloudCover"],
            "snowCover": 0,
            "incidenceAngle": acquisition["incidenceAngle"],
            "resolution": RESOLUTION[constellation],
            "sensorType": "OPTICAL",
            "spectralRange": "VISIBLE",
        }
        geometry = checked.aoi
    if geometry.geom_type != "Polygon":
        geometry = max(getattr(geometry, "geoms", [checked.aoi]), key=lambda part: part.area)
    processing = checked.options.get("processing_level", "primary")
    properties = dict(base)
    properties.update(
        {
            "id": item_id,
            "processingLevel": "ORTHO" if processing == "ortho" else "SENSOR",
            "productType": checked.options.get("spectral_processing", "bundle"),
            "productionStatus": "IN_CLOUD",
            "productCategory": "image",
            "customerReference": order.body.get("customerReference"),
            "internalReference": order.sales_order_id,
            "orderItemId": line["orderItemId"],
            "processingDate": iso(at),
            "publicationDate": iso(at),
            "lastUpdateDate": iso(at),
            "expirationDate": iso(at + timedelta(days=3650)),
            "workspaceId": contract.workspace_id,
            "workspaceName": contract.workspace_name,
            "workspaceTitle": "My Data",
            "qualified": True,
        }
    )
    acquisition_id = properties.get("acquisitionIdentifier") or properties.get("archiveIdentifier")
    sim.items[item_id] = {
        "type": "Feature",
        "geometry": to_geojson(geometry),
        "properties": properties,
        "_sim": {
            "owner_id": line["user_id"],
            "image_id": str(uuid.uuid5(uuid.NAMESPACE_URL, item_id + "/image")),
            "file_name": f"{order.body.get('customerReference')}_{order.sales_order_id}_{acquisition_id}.zip",
            "delivered_at": iso_seconds(at),
        },
    }
    line["delivered_item_ids"].append(item_id)
