"""Order service, reference part: contracts, product types, options, markets/countries, delivery types."""

from flask import Blueprint, current_app, jsonify, request

from .aoi_rules import parse_request_aois
from .auth import current_user
from .errors import SimApiError, bad_request, not_found
from .products import COUNTRY_CODES, MARKETS, PRODUCT_TYPES, options_for, product_types_for

blueprint = Blueprint("order", __name__, url_prefix="/order")


def sim():
    return current_app.config["SIM"]


def owned_contract(contract_id, field="contractId"):
    """The caller's contract, or the documented 404 "CIS contract '...' not found."."""
    user = current_user()
    contract = sim().contracts.get(contract_id) if isinstance(contract_id, str) else None
    if contract is None or contract.owner_id != user.user_id:
        raise not_found(f"CIS contract '{contract_id}' not found.", field=field)
    return contract


def contract_json(contract):
    return {
        "contractId": contract.contract_id,
        "customerId": contract.customer_id,
        "name": contract.name,
        "tradeAgreementUrl": "https://www.intelligence-airbusds.com/cgf/",
        "creditRemaining": f"{contract.credit:.1f}",
        "currency": contract.currency,
        "language": "en",
        "contractType": "ONEATLASDATA",
        "delivery": [{"deliveryPlatformId": "PublicMOC", "deliveryWorkspace": contract.workspace_id}],
        "backendSource": contract.backend,
    }


@blueprint.get("/api/v1/contracts")
def contracts():
    user = current_user()
    owned = [contract_json(c) for c in sim().contracts.values() if c.owner_id == user.user_id]
    return jsonify({"contracts": owned})


@blueprint.get("/api/v1/contracts/<contract_id>")
def contract(contract_id):
    return jsonify(contract_json(owned_contract(contract_id)))


@blueprint.get("/api/v1/contracts/<contract_id>/productTypes")
def product_types(contract_id):
    contract = owned_contract(contract_id)
    return jsonify({"productTypes": [pt.as_json() for pt in product_types_for(contract.backend)]})


@blueprint.post("/api/v1/contracts/<contract_id>/productTypes/<product_type_id>/options")
def options(contract_id, product_type_id):
    contract = owned_contract(contract_id)
    product_type = PRODUCT_TYPES.get(product_type_id)
    if product_type is None or product_type.backend != contract.backend:
        raise not_found(
            f"Product type '{product_type_id}' not found for contract '{contract_id}'.",
            error_code="E2204",
            field="productTypeId",
        )
    body = request.get_json(silent=True)
    if not isinstance(body, dict):
        raise bad_request("The request body must be a JSON object.", field="body", error_code="E1001")
    aois = parse_request_aois(body.get("aoi"), id_keys=("polygonId", "id"))
    return jsonify({"availableOptions": options_for(product_type, aois)})


def _markets():
    current_user()
    return jsonify(
        {
            "properties": [],
            "markets": [
                {"id": market_id, "label": label, "secondaryMarket": []} for market_id, label in MARKETS
            ],
        }
    )


@blueprint.get("/api/v1/<contract_id>/properties")
def properties_short(contract_id):
    if contract_id in ("contracts", "properties"):
        raise SimApiError(404, "Not found", error_code="E2203")
    owned_contract(contract_id)
    return _markets()


@blueprint.get("/api/v1/contracts/<contract_id>/properties")
def properties_long(contract_id):
    owned_contract(contract_id)
    return _markets()


@blueprint.get("/api/v1/properties")
def countries():
    current_user()
    return jsonify(
        {
            "properties": [
                {"key": "countries", "values": [{"id": code, "label": code} for code in COUNTRY_CODES]}
            ]
        }
    )


@blueprint.get("/api/v1/<contract_id>/deliveryTypes")
def delivery_types(contract_id):
    owned_contract(contract_id)
    return jsonify(
        {
            "deliveryTypes": [
                {"deliveryTypeId": "network", "label": "FTP + My Data"},
                {"deliveryTypeId": "MEDIA", "label": "MEDIA"},
            ]
        }
    )


@blueprint.get("/api/v1/contracts/<contract_id>/deliveryTypes")
def delivery_types_long(contract_id):
    return delivery_types(contract_id)
