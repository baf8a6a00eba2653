"""Authentication, contracts, product types and /me, over loopback."""

import requests

from simulator import DEMO_USERS

from .helpers import TOKEN_PATH, bearer


def test_token_grant_returns_a_jwt_looking_token(simulator, demo_user):
    response = requests.post(
        simulator.origin + TOKEN_PATH,
        data={"apikey": demo_user.api_key, "grant_type": "api_key", "client_id": "IDP"},
        timeout=10,
    )
    assert response.status_code == 200
    body = response.json()
    assert body["token_type"] == "Bearer" and body["expires_in"] == 3600 and body["refresh_expires_in"] == 0
    assert body["access_token"].count(".") == 2


def test_bad_api_key_is_401_keycloak_style(simulator):
    response = requests.post(
        simulator.origin + TOKEN_PATH,
        data={"apikey": "not-a-key", "grant_type": "api_key", "client_id": "IDP"},
        timeout=10,
    )
    assert response.status_code == 401
    assert response.json() == {"error": "invalid_grant", "error_description": "Invalid API key"}


def test_contracts_lists_one_legacy_and_one_neo(simulator, demo_user):
    response = requests.get(
        simulator.origin + "/order/api/v1/contracts", headers=bearer(simulator, demo_user), timeout=10
    )
    assert response.status_code == 200
    backends = {c["contractId"]: c["backendSource"] for c in response.json()["contracts"]}
    assert backends == {demo_user.legacy: "legacy", demo_user.neo: "neo"}


def test_expired_token_gives_the_documented_401(simulator, demo_user):
    headers = bearer(simulator, demo_user)
    simulator.expire_tokens()
    response = requests.get(simulator.origin + "/order/api/v1/contracts", headers=headers, timeout=10)
    assert response.status_code == 401
    assert response.json() == {"message": "Authentication failed (cause: Token expired)"}


def test_product_types_of_the_neo_contract_are_pneo_only(simulator, demo_user):
    response = requests.get(
        f"{simulator.origin}/order/api/v1/contracts/{demo_user.neo}/productTypes",
        headers=bearer(simulator, demo_user),
        timeout=10,
    )
    ids = {pt["productTypeId"] for pt in response.json()["productTypes"]}
    assert {
        "PleiadesNeoArchiveMono",
        "PleiadesNeoOneDay",
        "PleiadesNeoOneNowAttempts",
        "PleiadesNeoOnePlan",
    } <= ids
    assert not any(pt.startswith(("Spot", "SPOT", "PleiadesTasking", "PleiadesArchive")) for pt in ids)


def test_other_users_contract_is_not_found(simulator, demo_user):
    other = DEMO_USERS[1]
    response = requests.get(
        f"{simulator.origin}/order/api/v1/contracts/{other.neo}/productTypes",
        headers=bearer(simulator, demo_user),
        timeout=10,
    )
    assert response.status_code == 404
    assert response.json()["errorCode"] == "E2203"
    assert other.neo in response.json()["message"]


def test_me_gives_the_delivery_workspace(simulator, demo_user):
    response = requests.get(
        simulator.origin + "/data/api/v1/me", headers=bearer(simulator, demo_user), timeout=10
    )
    assert response.json()["contract"]["workspaceId"] == demo_user.workspace_id
