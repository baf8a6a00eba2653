"""Small helpers for the simulator's own tests: tokens, AOIs and request bodies."""

import requests

TOKEN_PATH = "/authenticate/auth/realms/IDP/protocol/openid-connect/token"
TOULOUSE_AOI = {
    "type": "Polygon",
    "coordinates": [[[1.40, 43.56], [1.48, 43.56], [1.48, 43.62], [1.40, 43.62], [1.40, 43.56]]],
}


def token(sim, user):
    response = requests.post(
        sim.origin + TOKEN_PATH,
        data={"apikey": user.api_key, "grant_type": "api_key", "client_id": "IDP"},
        timeout=10,
    )
    response.raise_for_status()
    return response.json()["access_token"]


def bearer(sim, user):
    return {"Authorization": "Bearer " + token(sim, user)}
