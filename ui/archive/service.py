"""What the archive section asks the core client, as functions run in worker threads (no Qt in here).

Every function takes the client and a ``TaskContext`` (progress, cancellation) and returns plain Python
objects; the section publishes them on the main thread. This is the one place of ui/ that knows the core
client's method names for the archive flow.
"""

from dataclasses import dataclass, field
from typing import Dict, List, Optional

from ...core import errors
from ...core.models import LEGACY, NEO

ITEMS_PER_PAGE = 50
THUMBNAIL_BATCH = 8

# Which archive product a scene of each constellation is ordered as: the product type's sensor id as the
# API reports it (the ids themselves are never hard-coded: production spells SPOT's "SPOTArchive1.5Mono").
SENSOR_OF_CONSTELLATION = {"PNEO": "pleiadesneo", "PHR": "pleiades", "SPOT": "spot"}
BACKEND_LABELS = {NEO: "Pléiades Neo", LEGACY: "Pléiades and SPOT"}


class CancelledError(Exception):
    """The user cancelled: the result must not be shown."""


def check_cancelled(context) -> None:
    if context is not None and context.is_cancelled():
        raise CancelledError()


# ------------------------------------------------------------------------------------------ search


def coverage_percent(aoi, footprint) -> Optional[float]:
    """Share of the AOI inside the footprint. Ratio of areas in degrees: over an AOI of a few dozen km the
    scale factor is the same in numerator and denominator, so the ratio is right to well under 1 %."""
    if aoi is None or footprint is None or aoi.is_empty or aoi.area <= 0:
        return None
    try:
        inside = aoi.intersection(footprint).area
    except Exception:  # an invalid server footprint must not break the whole page
        inside = aoi.intersection(footprint.buffer(0)).area
    return max(0.0, min(100.0, 100.0 * inside / aoi.area))


@dataclass
class SceneRow:
    scene: object  # core Scene
    coverage: Optional[float]


@dataclass
class SearchResult:
    rows: List[SceneRow]
    page: int
    total: int
    has_more: bool


def build_search(criteria, aoi, page_size=ITEMS_PER_PAGE):
    from ...core.catalog import ArchiveSearch

    return ArchiveSearch(
        aoi=aoi,
        constellations=list(criteria.constellations),
        start=criteria.start,
        end=criteria.end,
        max_cloud_cover=criteria.max_cloud_cover,
        max_incidence_angle=criteria.max_incidence_angle,
        sort_by=criteria.sort_by,
        items_per_page=page_size,
    )


def search_page(client, criteria, aoi, page: int, context=None, page_size=ITEMS_PER_PAGE) -> SearchResult:
    check_cancelled(context)
    if context is not None:
        context.set_progress(10)
    result = client.search_archive(build_search(criteria, aoi, page_size), page=page)
    check_cancelled(context)
    rows = [SceneRow(scene, coverage_percent(aoi, scene.geometry)) for scene in result.scenes]
    if context is not None:
        context.set_progress(100)
    return SearchResult(rows, result.page, result.total, result.has_more)


# ------------------------------------------------------------------------------------------ images


def can_fetch_images(client) -> bool:
    return callable(getattr(client, "thumbnail", None))


def fetch_thumbnails(client, scenes, context=None) -> Dict[str, Optional[bytes]]:
    """Scene id -> image bytes (None when the scene has no thumbnail or it failed: shown as 'no preview')."""
    images = {}
    fetch = getattr(client, "thumbnail", None)
    for index, scene in enumerate(scenes):
        check_cancelled(context)
        try:
            images[scene.id] = fetch(scene) if fetch else None
        except errors.OneAtlasError:
            images[scene.id] = None
        if context is not None:
            context.set_progress(100.0 * (index + 1) / max(1, len(scenes)))
    return images


def fetch_quicklook(client, scene, context=None) -> bytes:
    fetch = getattr(client, "quicklook", None)
    if fetch is None:
        raise errors.OneAtlasError("This version of the plugin cannot show quicklooks yet.")
    check_cancelled(context)
    return fetch(scene)


# ------------------------------------------------------------------------------------------ ordering


def backend_of(constellation: str) -> str:
    return NEO if constellation.upper() == "PNEO" else LEGACY


@dataclass
class OrderContext:
    """Everything the order dialog needs before the user can fill it in."""

    backend: str
    contract: object  # core Contract
    product_type: object  # core ProductType
    options: object  # core ProductOptions
    markets: list  # core Choice
    countries: list  # core Choice
    warnings: List[str] = field(default_factory=list)


def archive_product_type(client, contract_id: str, constellation: str):
    sensor = SENSOR_OF_CONSTELLATION.get(constellation.upper(), constellation.lower())
    candidates = [
        product for product in client.product_types(contract_id)
        if not product.is_tasking
        and (product.source == "archive" or "archive" in product.product_type_id.lower())
    ]
    exact = [product for product in candidates if product.sensor == sensor]
    # "Mono" is the single-acquisition product; a "Multi" variant may exist for several acquisitions.
    exact.sort(key=lambda product: (product.target != "mono", product.product_type_id))
    if exact:
        return exact[0]
    raise errors.PermissionDeniedError(
        f"Your contract '{contract_id}' offers no archive product for "
        f"{ {'PNEO': 'Pléiades Neo', 'PHR': 'Pléiades'}.get(constellation.upper(), constellation)} scenes. "
        "Contact your Airbus account manager."
    )


def load_order_context(client, constellation: str, aoi, context=None) -> OrderContext:
    backend = backend_of(constellation)
    contract = client.contract_for_backend(backend)  # ContractNotAvailableError: shown as it is
    check_cancelled(context)
    product_type = archive_product_type(client, contract.contract_id, constellation)
    if context is not None:
        context.set_progress(30)
    options = client.options(contract.contract_id, product_type.product_type_id, aoi)
    check_cancelled(context)
    if context is not None:
        context.set_progress(60)
    markets = client.markets(contract.contract_id)
    countries = client.countries() if backend == NEO else []
    check_cancelled(context)
    return OrderContext(backend, contract, product_type, options, markets, countries)


def price(client, request, context=None):
    check_cancelled(context)
    result = client.price(request)
    check_cancelled(context)
    return result


def place_order(client, request, context=None):
    """No cancellation check after the call: once sent, the order's answer must always be shown."""
    check_cancelled(context)
    return client.place_order(request)


def build_order_request(order_context: OrderContext, scenes, aoi, options: dict, details: dict):
    """The core archive order request (the same object is priced, then ordered)."""
    from ...core.orders import ArchiveOrderRequest

    return ArchiveOrderRequest(
        contract_id=order_context.contract.contract_id,
        product_type_id=order_context.product_type.product_type_id,
        scenes=list(scenes),
        aoi=aoi,
        options=dict(options),
        primary_market=details["primary_market"],
        end_user_name=details.get("end_user_name") or None,
        end_user_country=details.get("end_user_country") or None,
        customer_reference=details["customer_reference"],
        notification_email=details["notification_email"],
    )


def aoi_area_km2(aoi) -> float:
    """Geodesic area of the WGS84 AOI (the core's rule when available, pyproj's ellipsoid otherwise)."""
    try:
        from ...core.aoi import geodesic_area_km2

        return geodesic_area_km2(aoi)
    except ImportError:
        from pyproj import Geod

        area, _perimeter = Geod(ellps="WGS84").geometry_area_perimeter(aoi)
        return abs(area) / 1e6
