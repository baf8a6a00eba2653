"""After the order: tracking (order lines, Pleiades Neo acquisitions, Pleiades/SPOT taskings and segments),
accept/refuse, cancel/stop, delivered products, streaming URLs and the download itself."""

import hashlib
from datetime import datetime

import pytest
import requests

from oneatlas_ppo.core import errors
from oneatlas_ppo.core.catalog import ArchiveSearch
from oneatlas_ppo.core.models import LEGACY, NEO
from oneatlas_ppo.core.workspace import download_link

from .core_support import TOULOUSE, make_client, years_ago
from .test_archive_flow import order_request
from .test_tasking_flow import tasking_order, tasking_search

HOURS = 3600


def ordered_archive(client, constellation, backend):
    scene = client.search_archive(
        ArchiveSearch(aoi=TOULOUSE, constellations=[constellation], start=years_ago(6), end=years_ago(0))
    ).scenes[0]
    request = order_request(client, backend, scene)
    return request, client.place_order(request)


def delivered(simulator, client, constellation, backend):
    request, result = ordered_archive(client, constellation, backend)
    simulator.clock.advance(3 * HOURS)
    products = client.delivered_products(customer_reference=request.customer_reference)
    assert len(products) == 1
    return request, result, products[0]


def test_pleiades_neo_archive_line_goes_from_in_progress_to_delivered(simulator, demo_user):
    client = make_client(simulator, demo_user)
    request, result = ordered_archive(client, "PNEO", NEO)
    lines = client.track_orders(customer_reference=request.customer_reference)
    assert [(line.status, line.sales_order_id, line.source) for line in lines] == [
        ("IN_PROGRESS", result.sales_order_id, "archive")
    ]
    assert client.delivered_products(customer_reference=request.customer_reference) == []
    simulator.clock.advance(3 * HOURS)
    assert client.track_orders(customer_reference=request.customer_reference)[0].status == "DELIVERED"
    product = client.delivered_products(sales_order_id=result.sales_order_id)[0]
    assert product.customer_reference == request.customer_reference
    assert product.processing_level in ("ORTHO", "SENSOR")


def test_legacy_archive_order_is_found_in_the_delivery_workspace_by_reference(simulator, demo_user):
    client = make_client(simulator, demo_user)
    request, result, product = delivered(simulator, client, "SPOT", LEGACY)
    assert product.internal_reference == result.sales_order_id
    assert product.constellation == "SPOT"


def test_download_link_is_chosen_by_name_and_type_never_by_position(simulator, demo_user):
    client = make_client(simulator, demo_user)
    _request, _result, product = delivered(simulator, client, "PHR", LEGACY)
    assert product.links["download"][0]["type"] == "ftpes"  # the trap: the first link is not http
    assert download_link(product)["type"] == "http"
    product.links["download"] = product.links["download"][1]  # older responses: one object
    assert download_link(product)["type"] == "http"
    product.links["download"] = [{"href": "ftpes://x/y.zip", "name": "download", "type": "ftpes"}]
    with pytest.raises(errors.NotFoundError, match="no direct download"):
        download_link(product)


def test_download_writes_the_verified_archive_with_progress(simulator, demo_user, tmp_path):
    client = make_client(simulator, demo_user)
    _request, _result, product = delivered(simulator, client, "PNEO", NEO)
    seen = []
    path = client.download(product, tmp_path, progress=lambda done, total: seen.append((done, total)))
    data = path.read_bytes()
    assert data[:2] == b"PK" and path.suffix == ".zip"
    assert seen[-1] == (len(data), len(data))
    served = [r for r in simulator.requests if r.path.endswith("/download")][-1]
    assert served.status == 200
    assert hashlib.md5(data).hexdigest()  # and the client checked it against X-Ads-Checksum-Value
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]  # no .part left behind


def test_a_corrupted_download_is_deleted(simulator, demo_user, tmp_path):
    client = make_client(simulator, demo_user)
    _request, _result, product = delivered(simulator, client, "PNEO", NEO)
    simulator.faults.add("checksum_mismatch", service="access", times=1)
    with pytest.raises(errors.ChecksumMismatchError, match="corrupted"):
        client.download(product, tmp_path / "product.zip")
    assert list(tmp_path.iterdir()) == []


def test_a_slow_download_can_be_cancelled_and_leaves_nothing(simulator, demo_user, tmp_path):
    client = make_client(simulator, demo_user)
    _request, _result, product = delivered(simulator, client, "PNEO", NEO)
    simulator.faults.add("slow_download", service="access", times=1, bytes_per_second=40000)
    chunks = []
    started = datetime.now()
    with pytest.raises(errors.DownloadCancelledError):
        client.download(
            product,
            tmp_path,
            progress=lambda done, total: chunks.append(done),
            is_cancelled=lambda: len(chunks) >= 2,
        )
    assert (datetime.now() - started).total_seconds() < 2  # the whole file would take several seconds
    assert list(tmp_path.iterdir()) == []


def test_streaming_urls_serve_capabilities_and_z_x_y_tiles(simulator, demo_user):
    client = make_client(simulator, demo_user)
    _request, _result, product = delivered(simulator, client, "PNEO", NEO)
    urls = client.streaming_urls(product)
    auth = ("APIKEY", demo_user.api_key)  # how QGIS layers authenticate
    capabilities = requests.get(urls.wmts_capabilities, auth=auth, timeout=5)
    assert capabilities.status_code == 200 and b"Capabilities" in capabilities.content
    z, x, y = 15, 16514, 11945  # the tile over (1.44 E, 43.60 N)
    tile = requests.get(urls.xyz.format(z=z, x=x, y=y), auth=auth, timeout=5)
    assert tile.status_code == 200 and tile.content[:4] == b"\x89PNG"
    assert urls.image_wmts  # per-image WMTS (multispectral)


def test_archive_scenes_do_not_stream(simulator, demo_user):
    client = make_client(simulator, demo_user)
    scene = client.search_archive(ArchiveSearch(aoi=TOULOUSE, constellations=["PNEO"])).scenes[0]
    with pytest.raises(errors.NotFoundError, match="cannot be streamed"):
        client.streaming_urls(scene)


def test_pleiades_neo_acquisition_proposed_then_accepted_then_delivered(simulator, demo_user):
    client = make_client(simulator, demo_user)
    search = tasking_search(client, demo_user.neo, "PleiadesNeoOneDay", max_incidence_angle=40)
    # threshold 0: every acquisition is only proposed, so the user must accept it
    request = tasking_order(
        client, search, client.feasibility(search), client.attempts(search)[0], notification_threshold=0
    )
    client.place_order(request)
    line = client.track_orders(customer_reference=request.customer_reference)[0]
    simulator.clock.advance(48 * HOURS)
    acquisitions = client.acquisitions(line.order_item_id, demo_user.neo)
    assert [item.status for item in acquisitions] == ["PROPOSED"]
    assert acquisitions[0].footprint is not None and acquisitions[0].acquisition_date
    client.accept_acquisition(acquisitions[0].coverage_item_id)
    assert client.acquisitions(line.order_item_id)[0].status == "VALIDATED"
    simulator.clock.advance(2 * HOURS)
    assert client.track_orders(customer_reference=request.customer_reference)[0].status == "DELIVERED"


def test_a_refused_acquisition_and_a_cancelled_line(simulator, demo_user):
    client = make_client(simulator, demo_user)
    search = tasking_search(client, demo_user.neo, "PleiadesNeoOneDay", max_incidence_angle=40)
    request = tasking_order(
        client, search, client.feasibility(search), client.attempts(search)[0], notification_threshold=0
    )
    client.place_order(request)
    line = client.track_orders(customer_reference=request.customer_reference)[0]
    simulator.clock.advance(48 * HOURS)
    client.refuse_acquisition(client.acquisitions(line.order_item_id)[0].coverage_item_id)
    assert client.acquisitions(line.order_item_id)[0].status == "REFUSED"
    with pytest.raises(errors.ValidationError):  # 409: nothing left to cancel
        client.cancel_order_item(line.order_item_id)


def test_cancel_before_acquisition_and_stop_a_oneplan(simulator, demo_user):
    client = make_client(simulator, demo_user)
    search = tasking_search(client, demo_user.neo, "PleiadesNeoOneDay", max_incidence_angle=40)
    request = tasking_order(client, search, client.feasibility(search), client.attempts(search)[0])
    client.place_order(request)
    line = client.track_orders(customer_reference=request.customer_reference)[0]
    client.cancel_order_item(line.order_item_id)
    assert client.track_orders(customer_reference=request.customer_reference)[0].status == "CANCELLED"
    plan = tasking_search(client, demo_user.neo, "PleiadesNeoOnePlan", days=30)
    plan_request = tasking_order(client, plan, client.feasibility(plan))
    client.place_order(plan_request)
    plan_line = client.track_orders(customer_reference=plan_request.customer_reference)[0]
    client.stop_tasking(plan_line.order_item_id)
    assert client.track_orders(customer_reference=plan_request.customer_reference)[0].status == "STOPPED"


def proposed_legacy_segments(simulator, client, user):
    """A Pleiades OneDay tasking two days on: its one acquisition proposed. Returns (tasking, segments)."""
    search = tasking_search(client, user.legacy, "PleiadesTaskingOneDay", max_incidence_angle=45)
    request = tasking_order(
        client, search, client.feasibility(search), client.attempts(search)[0], notification_threshold=0
    )
    client.place_order(request)
    tasking = client.legacy_taskings(user.legacy, request.customer_reference)[0]
    simulator.clock.advance(48 * HOURS)
    return tasking, client.tasking_segments(user.legacy, tasking.tasking_id)


def test_legacy_tasking_segments_accepted_or_refused_and_cancel(simulator, demo_user):
    client = make_client(simulator, demo_user)
    tasking, segments = proposed_legacy_segments(simulator, client, demo_user)
    assert [segment.status for segment in segments] == ["Proposed"]
    assert segments[0].datastrip_id and segments[0].footprint is not None
    client.accept_segment(demo_user.legacy, tasking.tasking_id, segments[0].segment_id)
    assert client.tasking_segments(demo_user.legacy, tasking.tasking_id)[0].status == "Validated"
    plan = tasking_search(client, demo_user.legacy, "SpotTaskingOnePlan", days=30)
    plan_request = tasking_order(client, plan, client.feasibility(plan))
    client.place_order(plan_request)
    plan_tasking = client.legacy_taskings(demo_user.legacy, plan_request.customer_reference)[0]
    client.cancel_tasking(demo_user.legacy, plan_tasking.tasking_id)
    assert client.legacy_tasking(demo_user.legacy, plan_tasking.tasking_id).status == "Canceled"


def proposed_neo_acquisition(simulator, client, user):
    search = tasking_search(client, user.neo, "PleiadesNeoOneDay", max_incidence_angle=40)
    request = tasking_order(
        client, search, client.feasibility(search), client.attempts(search)[0], notification_threshold=0
    )
    client.place_order(request)
    line = client.track_orders(customer_reference=request.customer_reference)[0]
    simulator.clock.advance(48 * HOURS)
    return client.acquisitions(line.order_item_id, user.neo)[0]


def test_an_acquisition_preview_is_fetched_from_the_link_the_server_gave(simulator, demo_user):
    client = make_client(simulator, demo_user)
    acquisition = proposed_neo_acquisition(simulator, client, demo_user)
    item_id = acquisition.coverage_item_id
    assert acquisition.quicklook_href.endswith(f"/access/api/v1/items/{item_id}/quicklook")
    data = client.acquisition_quicklook(acquisition)
    assert data[:3] == b"\xff\xd8\xff"  # a JPEG
    fetched = [r for r in simulator.requests if r.service == "access" and r.path.endswith("/quicklook")]
    assert len(fetched) == 1 and fetched[0].auth_scheme == "Bearer"


def test_a_segment_preview_is_fetched_from_its_link_too(simulator, demo_user):
    client = make_client(simulator, demo_user)
    _tasking, (segment,) = proposed_legacy_segments(simulator, client, demo_user)
    assert segment.quicklook_href.endswith(f"/items/{segment.segment_id}/quicklook")
    assert client.acquisition_quicklook(segment)[:3] == b"\xff\xd8\xff"


def test_without_a_link_no_preview_is_offered_and_none_is_guessed(simulator, demo_user):
    simulator.acquisition_quicklooks = False  # as the published spec's examples: no _links on the item
    client = make_client(simulator, demo_user)
    acquisition = proposed_neo_acquisition(simulator, client, demo_user)
    assert acquisition.quicklook_href == ""
    with pytest.raises(errors.NotFoundError, match="offers no preview of this acquisition"):
        client.acquisition_quicklook(acquisition)
    assert not [r for r in simulator.requests if r.service == "access"]


def test_someone_elses_acquisition_preview_is_refused(simulator, demo_user):
    from simulator import DEMO_USERS

    acquisition = proposed_neo_acquisition(simulator, make_client(simulator, demo_user), demo_user)
    other = make_client(simulator, DEMO_USERS[1])
    with pytest.raises(errors.OneAtlasError):
        other.acquisition_quicklook(acquisition)
