"""/_sim control endpoints: reset, clock, faults, tokens, request log, users (demo and other processes)."""

from dataclasses import asdict

from flask import Blueprint, current_app, jsonify, request

from .clock import iso, parse_iso
from .errors import SimApiError
from .users import DEMO_USERS

blueprint = Blueprint("control", __name__, url_prefix="/_sim")


def sim():
    return current_app.config["SIM"]


def _body():
    body = request.get_json(silent=True)
    return body if isinstance(body, dict) else {}


def _clock_state():
    return {"now": iso(sim().clock.now()), "speed": sim().clock.speed}


@blueprint.post("/reset")
def reset():
    sim().reset()
    return jsonify({"reset": True, **_clock_state()})


@blueprint.get("/clock")
def clock():
    return jsonify(_clock_state())


@blueprint.post("/clock")
def set_clock():
    """{"advance": seconds} and/or {"speed": factor} and/or {"now": iso}."""
    body = _body()
    with sim().lock:
        try:
            if "now" in body:
                sim().clock.set(parse_iso(body["now"]))
            if "advance" in body:
                sim().clock.advance(float(body["advance"]))
            if "speed" in body:
                sim().clock.speed = float(body["speed"])
        except (TypeError, ValueError) as error:
            raise SimApiError(400, f"Bad clock request: {error}", error_code="E0400") from None
    return jsonify(_clock_state())


@blueprint.get("/faults")
def faults():
    return jsonify({"faults": sim().faults.list()})


@blueprint.post("/faults")
def add_fault():
    body = dict(_body())
    try:
        kind = body.pop("kind")
        sim().faults.add(kind, **body)
    except (KeyError, TypeError, ValueError) as error:
        raise SimApiError(400, f"Bad fault: {error}", error_code="E0400") from None
    return jsonify({"faults": sim().faults.list()}), 201


@blueprint.delete("/faults")
def clear_faults():
    sim().faults.clear()
    return jsonify({"faults": []})


@blueprint.post("/tokens")
def tokens():
    """{"expire": true} expires every issued token; {"lifetime": seconds} sets expires_in of new ones."""
    body = _body()
    if "lifetime" in body:
        sim().token_lifetime = int(body["lifetime"])
    if body.get("expire"):
        sim().expire_tokens()
    return jsonify({"lifetime": sim().token_lifetime})


@blueprint.get("/requests")
def requests_log():
    return jsonify({"requests": [asdict(record) for record in sim().requests]})


@blueprint.get("/users")
def users():
    return jsonify({"users": [asdict(user) for user in DEMO_USERS]})


@blueprint.post("/search-delay")
def search_delay():
    """{"seconds": 30}: new orders show in orders/search and the taskings list only after that long
    (simulated clock)."""
    try:
        sim().search_delay = max(float(_body().get("seconds", 0)), 0.0)
    except (TypeError, ValueError) as error:
        raise SimApiError(400, f"Bad search delay: {error}", error_code="E0400") from None
    return jsonify({"seconds": sim().search_delay})
