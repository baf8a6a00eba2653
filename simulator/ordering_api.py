"""Order service, ordering part: prices (200), quotations (201, accept/refuse) and orders (201)."""

from datetime import timedelta

from flask import Blueprint, current_app, jsonify, request

from . import lifecycle
from .auth import current_user
from .errors import bad_request, conflict, not_found
from .order_api import owned_contract
from .order_rules import check_order, insufficient_credit, price_json
from .state import OrderState

blueprint = Blueprint("ordering", __name__, url_prefix="/order")

QUOTATION_VALIDITY = timedelta(days=7)
MANUAL_QUOTATION_DELAY = timedelta(hours=2)


def sim():
    return current_app.config["SIM"]


def _checked():
    return check_order(sim(), request.get_json(silent=True), owned_contract)


def _amounts(total, currency):
    return {"currency": currency, "discountPercentage": 0, "discountValue": 0, "totalAmount": total}


@blueprint.post("/api/v1/prices")
def prices():
    return jsonify(price_json(_checked()))


def _new_order(checked, user):
    order = OrderState(
        user.user_id,
        checked.contract.contract_id,
        checked.contract.backend,
        request.get_json(silent=True),
        price_json(checked),
        sim().clock.now(),
    )
    number = sim().next_order_number()
    order.items = [lifecycle.make_line(sim(), order, line, number, user) for line in checked.lines]
    return order


def _debit(order, total):
    contract = sim().contracts[order.contract_id]
    if total > contract.credit:
        raise insufficient_credit(contract, total)
    contract.credit = round(contract.credit - total, 2)


def _place(order, total):
    """Debit, give the sales order id, start every line."""
    _debit(order, total)
    order.sales_order_id = sim().next_sales_order_id()
    sim().orders[order.sales_order_id] = order
    for line in order.items:
        lifecycle.start(sim(), line, sim().clock.now())


@blueprint.post("/api/v1/orders")
def orders():
    user = current_user()
    checked = _checked()
    if checked.contract.backend == "neo" and checked.manual:
        raise bad_request(
            "Feasibility is MANUAL: this request needs a quotation (POST /api/v1/quotations), "
            "not a direct order.",
            field="items[0].properties",
            error_code="E2230",
        )
    contract = checked.contract
    if checked.total > contract.credit:
        raise insufficient_credit(contract, checked.total)
    order = _new_order(checked, user)
    _place(order, checked.total)
    body = {"salesOrderId": order.sales_order_id, **_amounts(checked.total, contract.currency)}
    if contract.backend == "neo":
        # PNEO: the spec documents quotationId, production code reads salesOrderId: give both.
        order.quotation_id = sim().next_quotation_id()
        order.quotation_status = "ACCEPTED"
        sim().quotations[order.quotation_id] = order
        body = {"quotationId": order.quotation_id, **body}
    return jsonify(body), 201


@blueprint.post("/api/v1/quotations")
def quotations():
    user = current_user()
    checked = _checked()
    if checked.contract.backend != "neo":
        raise bad_request(
            "Quotations are for Pleiades Neo (neo contracts); SPOT and Pleiades are ordered directly.",
            field="contractId",
            error_code="E2210",
        )
    order = _new_order(checked, user)
    now = sim().clock.now()
    order.quotation_id = sim().next_quotation_id()
    order.quotation_status = "IN_PROGRESS" if checked.manual else "SENT"
    order.quotation_ready_at = now + (MANUAL_QUOTATION_DELAY if checked.manual else timedelta(0))
    order.quotation_valid_until = now + QUOTATION_VALIDITY
    sim().quotations[order.quotation_id] = order
    return jsonify(
        {
            "quotationId": order.quotation_id,
            "quotationStatus": order.quotation_status,
            **_amounts(checked.total, checked.contract.currency),
        }
    ), 201


def _quotation(contract_id, quotation_id):
    contract = owned_contract(contract_id)
    order = sim().quotations.get(quotation_id)
    if order is None or order.contract_id != contract.contract_id:
        raise not_found(f"Quotation '{quotation_id}' not found.", error_code="E2240")
    return order


@blueprint.put("/api/v1/contracts/<contract_id>/quotations/<quotation_id>/accept")
def accept_quotation(contract_id, quotation_id):
    order = _quotation(contract_id, quotation_id)
    if order.quotation_status != "SENT":
        raise conflict(
            f"Quotation '{quotation_id}' is {order.quotation_status}; only a SENT quotation can be accepted.",
            error_code="E2241",
        )
    _place(order, order.price["totalAmount"])
    order.quotation_status = "ACCEPTED"
    return jsonify(
        {"quotationId": quotation_id, "quotationStatus": "ACCEPTED", "salesOrderId": order.sales_order_id}
    )


@blueprint.put("/api/v1/contracts/<contract_id>/quotations/<quotation_id>/refuse")
def refuse_quotation(contract_id, quotation_id):
    order = _quotation(contract_id, quotation_id)
    if order.quotation_status not in ("SENT", "IN_PROGRESS"):
        raise conflict(
            f"Quotation '{quotation_id}' is {order.quotation_status}; it can no longer be refused.",
            error_code="E2241",
        )
    order.quotation_status = "REFUSED"
    for line in order.items:
        lifecycle.end_line(sim(), line, "CANCELLED")
    return jsonify({"quotationId": quotation_id, "quotationStatus": "REFUSED"})


@blueprint.get("/api/v1/quotations/<quotation_id>/export")
def export_quotation(quotation_id):
    user = current_user()
    order = sim().quotations.get(quotation_id)
    if order is None or order.user_id != user.user_id:
        raise not_found(f"Quotation '{quotation_id}' not found.", error_code="E2240")
    text = f"Quotation {quotation_id}: {order.price['totalAmount']:.2f} {order.price['currency']}\n"
    pdf = b"%PDF-1.4\n% simulated quotation\n" + text.encode() + b"%%EOF\n"
    return current_app.response_class(pdf, mimetype="application/pdf")
