"""Data service: GET /api/v1/me (user, OneAtlas contract, delivery workspaceId, balance)."""

from flask import Blueprint, current_app, jsonify, request

from .auth import current_user

blueprint = Blueprint("data", __name__, url_prefix="/data")


@blueprint.get("/api/v1/me")
def me():
    sim = current_app.config["SIM"]
    user = current_user()
    base = request.host_url.rstrip("/") + "/data/api/v1"
    contract_base = f"{base}/contracts/{user.oneatlas_contract_id}"
    balance = sum(c.credit for c in sim.contracts.values() if c.owner_id == user.user_id)
    return jsonify(
        {
            "_links": {"self": {"href": f"{base}/me"}, "licenses": {"href": f"{base}/licenseAgreements"}},
            "id": user.user_id,
            "status": "created",
            "createdAt": "2022-08-19T12:19:43Z",
            "name": user.name,
            "roles": ["contractViewer", "user"],
            "contract": {
                "_links": {
                    "self": {"href": contract_base},
                    "orders": {"href": f"{contract_base}/orders"},
                    "payments": {"href": f"{contract_base}/payments"},
                    "subscriptions": {"href": f"{contract_base}/subscriptions"},
                    "deliveries": {"href": f"{contract_base}/deliveries"},
                    "reports": {"href": f"{contract_base}/reports"},
                    "cisContracts": {"href": f"{contract_base}/cisContracts"},
                },
                "id": user.oneatlas_contract_id,
                "status": "created",
                "offers": ["order.data.product"],
                "companyName": "Simulated Customer",
                "amountUnit": "EUR",
                "balanceUnit": "EUR",
                "kind": "contract.oneatlas.internal",
                "name": "SIM.Standard-GEO",
                "balance": round(balance, 2),
                "workspaceId": user.workspace_id,
                "workspaceName": user.workspace_name,
            },
            "permissions": [
                {"contractId": user.oneatlas_contract_id, "kind": "contract.user", "userId": user.user_id}
            ],
        }
    )


@blueprint.get("/api/v1/me/services")
def services():
    current_user()
    return jsonify({"services": [{"name": "oneatlas-data", "roles": ["contractViewer", "user"]}]})
