"""Order tracking: /api/v2/orders/search, coverage items (PNEO acquisitions), stop/cancel of order items."""

from flask import Blueprint, current_app, jsonify, request

from . import lifecycle
from .auth import current_user
from .clock import iso_seconds
from .errors import bad_request, conflict, not_found
from .geo import to_geojson
from .query_language import compile_query

blueprint = Blueprint("tracking", __name__, url_prefix="/order")

ORDER_FIELDS = {
    name: name
    for name in (
        "quotationStatus",
        "contractId",
        "status",
        "customerReference",
        "orderItemId",
        "salesOrderId",
        "quotationId",
        "productType",
        "mission",
        "source",
        "target",
    )
}
ORDER_FIELDS.update(
    {
        "cis.quotation": "quotationId",
        "technicalProduct.source.id": "source",
        "technicalProduct.id": "productType",
    }
)
COVERAGE_FIELDS = {
    name: name
    for name in (
        "coverageItemId",
        "orderItemId",
        "contractId",
        "status",
        "salesOrderId",
        "quotationId",
        "archiveId",
    )
}


def sim():
    return current_app.config["SIM"]


def _search_body():
    body = request.get_json(silent=True)
    if not isinstance(body, dict):
        raise bad_request("The request body must be a JSON object.", field="body", error_code="E1001")
    paging, criteria = body.get("paging") or {}, body.get("criteria") or {}
    try:
        per_page = int(paging.get("itemsPerPage", 25))
        start = int(paging.get("startIndex", 0))
    except (TypeError, ValueError):
        raise bad_request(
            "paging.itemsPerPage and paging.startIndex must be integers.", field="paging"
        ) from None
    if per_page < 1 or start < 0:
        raise bad_request("paging.itemsPerPage must be >= 1 and startIndex >= 0.", field="paging")
    return per_page, start, criteria.get("q", ""), paging


def _page(records, per_page, start, paging):
    return {
        "paging": {
            "itemsPerPage": per_page,
            "startIndex": start,
            "pagingMode": paging.get("pagingMode", "item"),
            "totalResults": len(records),
        },
        "features": records[start : start + per_page],
    }


def line_json(line):
    order, checked, product_type = line["order"], line["checked"], line["product_type"]
    contract = sim().contracts[order.contract_id]
    options = checked.options
    record = {
        "contractId": order.contract_id,
        "customerReference": order.body.get("customerReference"),
        "quotationId": order.quotation_id,
        "salesOrderId": order.sales_order_id,
        "orderItemId": line["orderItemId"],
        "orderLineId": line["orderLineId"],
        "productType": product_type.product_type_id,
        "mission": product_type.sensor,
        "source": product_type.source,
        "target": product_type.target,
        "status": line["status"],
        "quotationStatus": order.quotation_status,
        "licence": options.get("licence"),
        "aoi": {"name": f"Polygon {checked.aoi_id}", "geometry": checked.aoi_json},
        "processingLevel": options.get("processing_level"),
        "spectralProcessing": options.get("spectral_processing"),
        "productFormat": options.get("image_format"),
        "pixelCoding": options.get("pixel_coding"),
        "radiometricProcessing": options.get("radiometric_processing"),
        "priority": options.get("priority", "standard"),
        "deliveryMethod": options.get("delivery_method"),
        "deliveryType": "network",
        "deliveryPlatformId": "PublicMOC",
        "deliveryWorkspace": contract.workspace_id,
        "endUser": {"endUserCountryId": ((order.body.get("endUsers") or [{}])[0] or {}).get("country")},
        "projectionCode": options.get(f"projection_{checked.aoi_id}"),
        "requestedArea": checked.requested_area,
        "priceCalculationArea": checked.price_area,
        "orderMinimumApplied": checked.minimum_applied,
        "producedArea": checked.price_area if line["status"] == "DELIVERED" else 0,
        "producedAreaPct": 100 if line["status"] == "DELIVERED" else 0,
        "currency": contract.currency,
        "orderLineAmount": checked.amount,
        "initialOrderLineAmountWithDiscount": checked.amount,
        "orderCreationDate": iso_seconds(order.created_at) if order.sales_order_id else None,
        "lastStatusChangeDate": iso_seconds(line["status_changed_at"]),
        "deliveredItemIds": list(line["delivered_item_ids"]),
    }
    if order.quotation_valid_until:
        record["quotationCreationDate"] = iso_seconds(order.created_at)
        record["quotationEndOfValidityDate"] = iso_seconds(order.quotation_valid_until)
    if product_type.source == "tasking":
        period = lifecycle.acquisition_period(line)
        acquisitions = line["acquisitions"]
        record["tasking"] = {
            "maxIncidenceAngle": checked.properties.get("maxIncidenceAngle"),
            "acquisitionMode": {
                "MONO": "MONOSCOPIC",
                "STEREO": "STEREOSCOPIC",
                "TRISTEREO": "TRISTEREOSCOPIC",
            }.get(checked.properties.get("acquisitionMode", "MONO")),
            "maxCloudCoverage": checked.properties.get("maxCloudCover"),
            "cloudCoverageThresholdForProposition": checked.properties.get("notificationThreshold"),
            "period": [{"startDate": iso_seconds(period[0]), "endDate": iso_seconds(period[1])}]
            if period
            else [],
            "taskingRequest": [{"taskingRequestId": f"T{line['orderItemId']}_N"}],
            "taskingId": line["tasking_id"],
            "receivingStationType": "standard",
            "nbProposedCoverageItems": sum(a["status"] == "PROPOSED" for a in acquisitions),
            "totalCoverageItems": len(acquisitions),
            "validatedArea": checked.price_area
            if any(a["status"] == "VALIDATED" for a in acquisitions)
            else 0,
        }
        record["feasibilityStudyResult"] = {"coverRate": 0, "commitment": True}
    return record


@blueprint.post("/api/v2/orders/search")
def orders_search():
    user = current_user()
    per_page, start, query, paging = _search_body()
    predicate = compile_query(query, ORDER_FIELDS)
    records = [
        line_json(line)
        for line in sim().order_items.values()
        if line["user_id"] == user.user_id and sim().searchable(line["order"])
    ]
    matching = [record for record in records if predicate(record)]
    return jsonify(_page(matching, per_page, start, paging))


def coverage_json(line, acquisition):
    order = line["order"]
    return {
        "coverageItemId": acquisition["id"],
        "orderItemId": line["orderItemId"],
        "status": acquisition["status"],
        "archiveId": acquisition["archiveId"],
        "satellite": acquisition["platform"],
        "mission": "PLEIADESNEO",
        "catalogPlatformId": "MMCAT",
        "customerId": line["customer_id"],
        "contractId": order.contract_id,
        "quotationId": order.quotation_id,
        "salesOrderId": order.sales_order_id,
        "clearSkyRate": round(100 - acquisition["cloudCover"], 2),
        "cloudCover": acquisition["cloudCover"],
        "incidenceAngle": acquisition["incidenceAngle"],
        "alongTrackIncidenceAngle": round(acquisition["incidenceAngle"] * 0.3, 2),
        "orthoTrackIncidenceAngle": round(acquisition["incidenceAngle"] * 0.95, 2),
        "sunAzimuth": 160.0,
        "sunElevation": 45.0,
        "psiX": 0.0,
        "psiY": 0.0,
        "psiXY": 0.0,
        "bh": 0.0,
        "footprint": to_geojson(acquisition["footprint"]),
        "acquisitionDate": iso_seconds(acquisition["acquisitionDate"]),
        **lifecycle.acquisition_links(sim(), acquisition, request.host_url.rstrip("/")),
    }


@blueprint.post("/api/v1/coverages/search")
def coverages_search():
    user = current_user()
    per_page, start, query, paging = _search_body()
    predicate = compile_query(query, COVERAGE_FIELDS)
    records = [
        coverage_json(line, acquisition)
        for line in sim().order_items.values()
        if line["user_id"] == user.user_id and line["product_type"].backend == "neo"
        for acquisition in line["acquisitions"]
    ]
    return jsonify(_page([record for record in records if predicate(record)], per_page, start, paging))


def _coverage(coverage_item_id):
    user = current_user()
    line = sim().coverage_items.get(coverage_item_id)
    if line is None or line["user_id"] != user.user_id:
        raise not_found(f"Coverage item '{coverage_item_id}' not found.", error_code="E2260")
    return line, next(a for a in line["acquisitions"] if a["id"] == coverage_item_id)


def _decide_coverage(coverage_item_id, accept):
    line, acquisition = _coverage(coverage_item_id)
    if acquisition["status"] != "PROPOSED" or line["stage"] != "deciding":
        raise conflict(
            f"Coverage item '{coverage_item_id}' is {acquisition['status']}; only PROPOSED ones can be "
            f"{'accepted' if accept else 'refused'}.",
            error_code="E2261",
        )
    lifecycle.decide(sim(), line, acquisition, accept)
    return jsonify(coverage_json(line, acquisition))


@blueprint.post("/api/v1/coverages/<coverage_item_id>/accept")
def accept_coverage(coverage_item_id):
    return _decide_coverage(coverage_item_id, True)


@blueprint.post("/api/v1/coverages/<coverage_item_id>/refuse")
def refuse_coverage(coverage_item_id):
    return _decide_coverage(coverage_item_id, False)


def _pneo_line(order_item_id):
    user = current_user()
    line = sim().order_items.get(order_item_id)
    if line is None or line["user_id"] != user.user_id or line["product_type"].backend != "neo":
        raise not_found(f"Order item '{order_item_id}' not found.", error_code="E2203")
    return line


@blueprint.post("/api/v1/orders/<order_item_id>/stop")
def stop(order_item_id):
    line = _pneo_line(order_item_id)
    if line["product_type"].source != "tasking" or line["status"] != "IN_PROGRESS":
        raise conflict(
            f"Order item '{order_item_id}' is {line['status']}: only a tasking in progress can be stopped.",
            error_code="E2270",
        )
    lifecycle.end_line(sim(), line, "STOPPED")
    return jsonify(line_json(line))


@blueprint.post("/api/v1/orders/<order_item_id>/cancel")
def cancel(order_item_id):
    line = _pneo_line(order_item_id)
    if line["status"] not in ("IN_PROGRESS", "PENDING") or line["acquisitions"]:
        raise conflict(
            f"Order item '{order_item_id}' is {line['status']}"
            f"{' and already acquired' if line['acquisitions'] else ''}: it can no longer be cancelled.",
            error_code="E2271",
        )
    if line["status"] == "IN_PROGRESS":
        contract = sim().contracts[line["order"].contract_id]
        contract.credit = round(contract.credit + line["checked"].amount, 2)  # refund
    lifecycle.end_line(sim(), line, "CANCELLED")
    return jsonify(line_json(line))
