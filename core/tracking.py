"""Finding and following orders: /api/v2/orders/search (order lines), coverage items (Pleiades Neo
acquisitions), legacy taskings and their segments, and delivered items in the delivery workspace.

Functions take the transport (http.HttpTransport) so that orders.py, the client and reconciliation share
them. Every read is idempotent (retried on network trouble); every action is not.
"""

import re

from . import errors
from .catalog import SEARCH_PATH, search_page_from_json
from .i18n import Text
from .order_models import CoverageItem, LegacyTasking, Segment, TrackedOrder
from .parsing import as_int, dicts, require_dict

ORDERS_SEARCH_PATH = "/api/v2/orders/search"
COVERAGES_SEARCH_PATH = "/api/v1/coverages/search"
PAGE_SIZE = 100
_SAFE_VALUE = re.compile(r"[^A-Za-z0-9_.@-]")


def q_value(value):
    """A value for the q language: characters that have a meaning there (spaces, quotes, parentheses,
    colons, stars) become the one-character wildcard ``?``; callers then keep exact matches only."""
    return _SAFE_VALUE.sub("?", str(value)) or "?"


def _features(body, what):
    body = require_dict(body, what)
    # The spec's tasking example wraps the lines in "contracts" instead of "features".
    items = body.get("features") if body.get("features") is not None else body.get("contracts")
    if items is not None and not isinstance(items, list):
        raise errors.UnexpectedResponseError(
            Text("OneAtlas sent {what} in an unexpected form (the API may have changed). Try again later.",
                 what=what)
        )
    return dicts(items), as_int(
        (body.get("paging") or {}).get("totalResults") if isinstance(body.get("paging"), dict) else None
    )


def search_orders(http, q, *, max_items=1000):
    """Every order line matching ``q`` (pages of PAGE_SIZE until exhausted or ``max_items``)."""
    found, start = [], 0
    while True:
        body = http.json(
            "order",
            "POST",
            ORDERS_SEARCH_PATH,
            idempotent=True,
            what=Text("the order list"),
            json={
                "paging": {"itemsPerPage": PAGE_SIZE, "startIndex": start, "pagingMode": "item"},
                "criteria": {"q": q},
            },
        )
        features, total = _features(body, Text("the order list"))
        found.extend(TrackedOrder.from_json(item) for item in features)
        start += len(features)
        if not features or len(features) < PAGE_SIZE or len(found) >= max_items:
            break
        if total is not None and start >= total:
            break
    return found


def orders_with_reference(http, customer_reference, contract_id=None):
    q = f"customerReference:{q_value(customer_reference)}"
    if contract_id:
        q = f"({q}) AND (contractId:{q_value(contract_id)})"
    return [line for line in search_orders(http, q) if line.customer_reference == customer_reference]


def coverage_items(http, order_item_id, contract_id=None):
    q = f"orderItemId:{q_value(order_item_id)}"
    if contract_id:
        q = f"({q} AND contractId:{q_value(contract_id)})"
    body = http.json(
        "order",
        "POST",
        COVERAGES_SEARCH_PATH,
        idempotent=True,
        what=Text("the acquisitions"),
        json={"paging": {"itemsPerPage": 10000, "startIndex": 0}, "criteria": {"q": q}},
    )
    features, _total = _features(body, Text("the acquisitions"))
    return [CoverageItem.from_json(item) for item in features]


def legacy_taskings(http, contract_id, customer_reference=None, count=50):
    params = {"count": count}
    if customer_reference:
        params["customerRef"] = customer_reference
    body = require_dict(
        http.json(
            "order",
            "GET",
            f"/api/v1/contracts/{contract_id}/taskings",
            idempotent=True,
            what=Text("the taskings"),
            params=params,
        ),
        Text("the taskings"),
    )
    taskings = [LegacyTasking.from_json(item, contract_id) for item in dicts(body.get("taskings"))]
    if customer_reference:
        taskings = [item for item in taskings if item.customer_reference == customer_reference]
    return taskings


def legacy_tasking(http, contract_id, tasking_id):
    return LegacyTasking.from_json(
        http.json(
            "order",
            "GET",
            f"/api/v1/contracts/{contract_id}/taskings/{tasking_id}",
            idempotent=True,
            what=Text("the tasking"),
        ),
        contract_id,
    )


def segments(http, contract_id, tasking_id):
    body = require_dict(
        http.json(
            "order",
            "GET",
            f"/api/v1/contracts/{contract_id}/taskings/{tasking_id}/segments",
            idempotent=True,
            what=Text("the acquisitions"),
        ),
        Text("the acquisitions"),
    )
    return [Segment.from_json(item) for item in dicts(body.get("segments"))]


def delivered_items(http, workspace, *, customer_reference=None, sales_order_id=None, items_per_page=100):
    """Delivered products in the delivery workspace, optionally those of one order."""
    body = {
        "workspace": workspace,
        "itemsPerPage": items_per_page,
        "startPage": 1,
        "sortBy": "-publicationDate",
    }
    if customer_reference:
        body["customerReference"] = customer_reference
    if sales_order_id:
        body["internalReference"] = sales_order_id
    page = search_page_from_json(
        http.json("search", "POST", SEARCH_PATH, idempotent=True, what=Text("your delivered products"),
                  json=body),
        1,
        items_per_page,
        what=Text("your delivered products"),
    )
    scenes = page.scenes
    if customer_reference:
        scenes = [scene for scene in scenes if scene.customer_reference == customer_reference]
    if sales_order_id:
        scenes = [scene for scene in scenes if scene.internal_reference == sales_order_id]
    return scenes
