"""The authenticate service (Keycloak realm IDP, api_key grant) and credential checks for the others."""

import base64
import json
import secrets
import uuid

from flask import Blueprint, current_app, g, jsonify, request

from .errors import SimApiError, token_expired, unauthenticated
from .state import Token
from .users import user_by_api_key, user_by_id

blueprint = Blueprint("authenticate", __name__, url_prefix="/authenticate")


def _b64(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _keycloak_error(status, error, description):
    return SimApiError(status, description, body={"error": error, "error_description": description})


@blueprint.post("/auth/realms/IDP/protocol/openid-connect/token")
def token():
    sim = current_app.config["SIM"]
    form = request.form
    if form.get("grant_type") != "api_key":
        raise _keycloak_error(400, "unsupported_grant_type", "Unsupported grant_type")
    if form.get("client_id") not in ("IDP", "AAA"):
        raise _keycloak_error(401, "invalid_client", "Invalid client or Invalid client credentials")
    user = user_by_api_key(form.get("apikey", ""))
    if user is None:
        raise _keycloak_error(401, "invalid_grant", "Invalid API key")
    issued = int(sim.now_seconds())  # the simulated clock: tokens expire when it says so
    lifetime = int(sim.token_lifetime)
    header = {"alg": "RS256", "typ": "JWT", "kid": "sim-key-1"}
    payload = {
        "exp": issued + lifetime,
        "iat": issued,
        "jti": str(uuid.uuid4()),
        "iss": f"{request.host_url}authenticate/auth/realms/IDP",
        "sub": user.user_id,
        "typ": "Bearer",
        "azp": form["client_id"],
    }
    access_token = ".".join(
        (_b64(json.dumps(header).encode()), _b64(json.dumps(payload).encode()), _b64(secrets.token_bytes(64)))
    )
    with sim.lock:
        sim.tokens[access_token] = Token(user.user_id, issued + lifetime, len(sim.tokens) + 1)
    return jsonify(
        {
            "access_token": access_token,
            "expires_in": lifetime,
            "refresh_expires_in": 0,
            "token_type": "Bearer",
            "not-before-policy": 0,
            "session_state": str(uuid.uuid4()),
            "scope": "",
        }
    )


def current_user(required=True, allow_basic=False):
    """The DemoUser behind this request's credentials, or None if anonymous and not required.

    Bearer tokens everywhere; HTTP Basic APIKEY:<key> only where allow_basic (search and access).
    """
    if "sim_user" in g:
        return g.sim_user
    sim = current_app.config["SIM"]
    header = request.headers.get("Authorization", "")
    scheme, _, credentials = header.partition(" ")
    user = None
    if not header:
        if required:
            raise unauthenticated("Token missing")
    elif scheme.lower() == "bearer":
        token, problem = sim.token_of(credentials.strip())
        if token is not None and g.get("record") is not None:
            g.record.token_serial = token.serial  # which sign-in's token came (a test can tell old from new)
        if problem == "expired":
            raise token_expired()
        if problem:
            raise unauthenticated("Invalid token")
        user = user_by_id(token.user_id)
    elif scheme.lower() == "basic" and allow_basic:
        try:
            username, _, api_key = base64.b64decode(credentials.strip()).decode().partition(":")
        except (ValueError, UnicodeDecodeError):
            username, api_key = "", ""
        user = user_by_api_key(api_key) if username == "APIKEY" else None
        if user is None:
            raise unauthenticated("Invalid API key")
    else:
        raise unauthenticated("Unsupported authorization scheme")
    g.sim_user = user
    return user
