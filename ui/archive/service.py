"""What the archive tab asks the core client, as functions run in worker threads (they touch no widget).

Every function takes the client and a ``TaskContext`` (progress, cancellation) and returns plain Python
objects; the section publishes them on the main thread. This is the one place of ui/ that knows the core
client's method names for the archive flow.
"""

from dataclasses import dataclass
from typing import Dict, List, Optional

from ...core import errors
from ...core.catalog import ArchiveSearch, coverage_percent
from ...core.models import NEO
from ...core.products import archive_product_type, backend_of_constellation
from ..common.tasks import check_cancelled
from ..ordering.submission import OrderContext

ITEMS_PER_PAGE = 50
THUMBNAIL_BATCH = 8

# ------------------------------------------------------------------------------------------ search


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


def fetch_thumbnails(client, scenes, context=None) -> Dict[str, Optional[bytes]]:
    """Scene id -> image bytes (None when the scene has no thumbnail or it failed: shown as 'no preview')."""
    images = {}
    for index, scene in enumerate(scenes):
        check_cancelled(context)
        try:
            images[scene.id] = client.thumbnail(scene)
        except errors.OneAtlasError:
            images[scene.id] = None
        if context is not None:
            context.set_progress(100.0 * (index + 1) / max(1, len(scenes)))
    return images


def fetch_quicklook(client, scene, context=None) -> bytes:
    check_cancelled(context)
    return client.quicklook(scene)


# ------------------------------------------------------------------------------------------ ordering


def load_order_context(client, constellation: str, aoi, context=None) -> OrderContext:
    """Contract, archive product, options, markets and countries for scenes of ``constellation``."""
    backend = backend_of_constellation(constellation)
    contract = client.contract_for_backend(backend)  # ContractNotAvailableError: shown as it is
    check_cancelled(context)
    product_type = archive_product_type(client.product_types(contract.contract_id), constellation,
                                       contract.contract_id)
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
