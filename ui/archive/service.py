"""What the archive tab asks the core client, as functions run in worker threads (they touch no widget).

Every function takes the client and a ``TaskContext`` (progress, cancellation) and returns plain Python
objects; the section publishes them on the main thread. This is the one place of ui/ that knows the core
client's method names for the archive flow.
"""

from concurrent.futures import ThreadPoolExecutor, as_completed
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
# OneAtlas publishes no rate limit (docs/decisions/0013): four small images at once, fewer than the six
# connections per host a web browser opens; a 429 is retried by the client like any idempotent GET.
THUMBNAIL_CONCURRENCY = 4

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
    """Scene id -> image bytes (None when the scene has no thumbnail or it failed: shown as 'no preview').

    The images are independent calls: up to THUMBNAIL_CONCURRENCY at once (one after the other, a page of
    rows in view took 8 round trips). On cancel, the calls not started are dropped and the answers of
    those under way ignored."""
    images: Dict[str, Optional[bytes]] = {}
    if not scenes:
        return images

    def one(scene):
        try:
            return client.thumbnail(scene)
        except errors.OneAtlasError:
            return None

    pool = ThreadPoolExecutor(max_workers=min(THUMBNAIL_CONCURRENCY, len(scenes)),
                              thread_name_prefix="oneatlas-thumbnails")
    try:
        check_cancelled(context)
        futures = {pool.submit(one, scene): scene for scene in scenes}
        for future in as_completed(futures):
            images[futures[future].id] = future.result()
            check_cancelled(context)
            if context is not None:
                context.set_progress(100.0 * len(images) / len(scenes))
    finally:
        pool.shutdown(wait=False, cancel_futures=True)
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
