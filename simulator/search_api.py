"""Search service: GET|POST /api/v2/opensearch over the public, public-pneo and delivery workspaces."""

from flask import Blueprint, current_app, jsonify, request
from shapely.geometry import shape

from .auth import current_user
from .errors import SimApiError, bad_request
from .search_filters import (
    DATE_FIELDS,
    LIST_FIELDS,
    NUMERIC_FIELDS,
    RELATIONS,
    UPPER_BOUND_FIELDS,
    parse_bbox,
    parse_date,
    parse_geometry,
    parse_number,
    parse_range,
    parse_sort,
    split_list,
)

blueprint = Blueprint("search", __name__, url_prefix="/search")

MAX_ITEMS_PER_PAGE = 500
DEFAULT_ITEMS_PER_PAGE = 50
MAX_TOTAL_RESULTS = 10000


@blueprint.route("/api/v2/opensearch", methods=["GET", "POST"])
def opensearch():
    if request.method == "POST":
        params = request.get_json(silent=True)
        if not isinstance(params, dict):
            raise bad_request("The request body must be a JSON object.", field="body")
    else:
        params = request.args.to_dict(flat=True)
    return jsonify(run_search(params))


@blueprint.get("/api/v1/opensearch")
def opensearch_v1():
    return jsonify(run_search(request.args.to_dict(flat=True)))


@blueprint.get("/api/v2/opensearch/domains/<property_name>")
def domains(property_name):
    sim = current_app.config["SIM"]
    user = current_user(required=False, allow_basic=True)
    readable = _readable_workspaces(sim, user, None)
    values = sorted(
        {
            str(item["properties"].get(property_name))
            for item in sim.items.values()
            if item["properties"]["workspaceId"] in readable
            and item["properties"].get(property_name) is not None
        }
    )
    return jsonify({property_name: values[:100], "warning": "Result is not exhaustive"})


def _readable_workspaces(sim, user, requested):
    """Workspace ids to search; 401 / 403 for workspaces the caller may not read."""
    spaces = sim.workspaces()
    by_name = {space["name"]: space for space in spaces.values()}
    if not requested:
        # No workspace given: everything the caller may read.
        return {
            space_id
            for space_id, space in spaces.items()
            if not space["needs_auth"] or (user and space["owner_id"] in (None, user.user_id))
        }
    chosen = set()
    for reference in split_list(requested):
        space = spaces.get(reference) or by_name.get(reference)
        if space is None:
            raise bad_request(f"Unknown workspace '{reference}'.", field="workspace")
        if space["needs_auth"] and user is None:
            raise SimApiError(
                401,
                f"Authentication required to search workspace '{reference}'.",
                error_code="E0401",
                field="workspace",
            )
        if space["owner_id"] not in (None, user.user_id if user else None):
            raise SimApiError(
                403,
                f"You are not allowed to search workspace '{reference}'.",
                error_code="E0403",
                field="workspace",
            )
        chosen.add(space["id"])
    return chosen


def run_search(params):
    sim = current_app.config["SIM"]
    user = current_user(required=False, allow_basic=True)
    workspaces = _readable_workspaces(sim, user, params.get("workspace"))
    predicates = _predicates(params)
    items_per_page = _int_param(params, "itemsPerPage", DEFAULT_ITEMS_PER_PAGE, 0, MAX_ITEMS_PER_PAGE)
    start_page = _int_param(params, "startPage", 1, 1, None)
    matches = [
        item
        for item in sim.items.values()
        if item["properties"]["workspaceId"] in workspaces and all(test(item) for test in predicates)
    ]
    for key, descending in reversed(parse_sort(params.get("sortBy"))):
        matches.sort(key=lambda item, key=key: _sort_value(item["properties"].get(key)), reverse=descending)
    start = (start_page - 1) * items_per_page
    page = matches[start : start + items_per_page]
    origin = request.host_url.rstrip("/")
    return {
        "type": "FeatureCollection",
        "error": False,
        "itemsPerPage": items_per_page,
        "startIndex": start,
        "totalResults": min(len(matches), MAX_TOTAL_RESULTS),
        "features": [feature_json(item, origin) for item in page],
    }


def _sort_value(value):
    # None sorts first; mixed types compare as text.
    return (value is not None, value if isinstance(value, (int, float)) else str(value or ""))


def _int_param(params, name, default, minimum, maximum):
    raw = params.get(name)
    if raw in (None, ""):
        return default
    try:
        value = int(raw)
    except (TypeError, ValueError):
        raise bad_request(f"'{name}' must be an integer.", field=name) from None
    if value < minimum or (maximum is not None and value > maximum):
        limit = f"between {minimum} and {maximum}" if maximum is not None else f"at least {minimum}"
        raise bad_request(f"'{name}' must be {limit}.", field=name)
    return value


def _predicates(params):
    tests = []
    if params.get("geometry") not in (None, ""):
        relation = params.get("relation") or "intersects"
        if relation not in RELATIONS:
            raise bad_request(f"'relation' must be one of {', '.join(RELATIONS)}.", field="relation")
        geometry = parse_geometry(params["geometry"])
        tests.append(lambda item: getattr(shape(item["geometry"]), relation)(geometry))
    if params.get("bbox") not in (None, ""):
        area = parse_bbox(params["bbox"])
        tests.append(lambda item: shape(item["geometry"]).intersects(area))
    for name in NUMERIC_FIELDS:
        if params.get(name) not in (None, ""):
            wanted = parse_range(params[name], parse_number, name, name in UPPER_BOUND_FIELDS)
            tests.append(lambda item, n=name, r=wanted: r.accepts(item["properties"].get(n)))
    for name in DATE_FIELDS:
        if params.get(name) not in (None, ""):
            wanted = parse_range(params[name], parse_date, name)
            tests.append(lambda item, n=name, r=wanted: _date_accepts(r, item["properties"].get(n)))
    for name in LIST_FIELDS:
        raw = params.get(name)
        if name == "parentIdentifier" and raw in (None, ""):
            raw = params.get("parentIdenfifier")  # the spec's spelling
        if raw not in (None, ""):
            allowed = set(split_list(raw))
            tests.append(lambda item, n=name, a=allowed: str(item["properties"].get(n)) in a)
    return tests


def _date_accepts(wanted, value):
    return value is not None and wanted.accepts(parse_date(value))


def feature_json(item, origin):
    properties = item["properties"]
    item_id = properties["id"]
    access = f"{origin}/access/api/v1/items/{item_id}"
    links = {
        "quicklook": {"href": f"{access}/quicklook", "name": "QuickLook", "type": "HTTP"},
        "thumbnail": {"href": f"{access}/thumbnail", "name": "Thumbnail", "type": "HTTP"},
    }
    if properties["processingLevel"] != "ALBUM":
        image_id = item["_sim"]["image_id"]
        file_name = item["_sim"]["file_name"]
        links.update(
            {
                "wmts": {"href": f"{access}/wmts", "name": "WMTS", "type": "WMTS"},
                "wms": {"href": f"{access}/wms", "name": "WMS", "type": "WMS"},
                "imagesWmts": [
                    {
                        "href": f"{access}/images/{image_id}/wmts",
                        "name": "multispectral",
                        "type": "WMTS",
                        "resourceId": image_id,
                    }
                ],
                "imagesMetadata": [
                    {
                        "href": f"{access}/images/{image_id}/metadata",
                        "name": "multispectral",
                        "type": "HTTP",
                        "resourceId": image_id,
                    }
                ],
                # The ftpes link comes first on purpose: clients must pick by name AND type, not by index.
                "download": [
                    {
                        "href": f"ftpes://ftp.sim.oneatlas.invalid/{properties['workspaceName']}/{file_name}",
                        "name": "download",
                        "type": "ftpes",
                        "resourceId": file_name,
                    },
                    {
                        "href": f"{access}/download",
                        "name": "download",
                        "type": "http",
                        "resourceId": file_name,
                    },
                ],
            }
        )
    links["delete"] = {"href": f"{origin}/search/api/v1/items/{item_id}"}
    links["self"] = {"href": f"{origin}/search/api/v2/opensearch?id={item_id}", "method": "GET"}
    return {
        "type": "Feature",
        "geometry": item["geometry"],
        "_links": links,
        "properties": dict(properties),
        "rights": {
            "browse": {"allowed": True},
            "wmts": {"allowed": properties["processingLevel"] != "ALBUM"},
            "download": {"allowed": properties["processingLevel"] != "ALBUM"},
        },
    }
