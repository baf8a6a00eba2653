"""Archive ordering with the core client against the simulator: search, previews, options, price, order,
for both back-ends, and the bodies the server received."""

import pytest

from oneatlas_ppo.core import errors
from oneatlas_ppo.core.catalog import ArchiveSearch
from oneatlas_ppo.core.models import LEGACY, NEO
from oneatlas_ppo.core.orders import ArchiveOrderRequest, new_customer_reference

from .core_support import TOULOUSE, make_client, requests_to, years_ago


def search(client, constellations, **kwargs):
    kwargs.setdefault("start", years_ago(6))
    kwargs.setdefault("end", years_ago(0))
    return client.search_archive(ArchiveSearch(aoi=TOULOUSE, constellations=constellations, **kwargs))


def archive_product(client, contract_id, sensor):
    return next(
        product
        for product in client.product_types(contract_id)
        if product.source == "archive" and product.sensor == sensor and product.target == "mono"
    )


def order_request(client, backend, scene, **overrides):
    contract = client.contract_for_backend(backend)
    sensor = {"PNEO": "pleiadesneo", "PHR": "pleiades", "SPOT": "spot"}[scene.constellation]
    product = archive_product(client, contract.contract_id, sensor)
    options = client.options(contract.contract_id, product.product_type_id, TOULOUSE).resolve({}).values
    fields = {
        "contract_id": contract.contract_id,
        "product_type_id": product.product_type_id,
        "scenes": [scene],
        "aoi": TOULOUSE,
        "options": options,
        "primary_market": "AGRI",
        "end_user_name": "Ville de Toulouse" if backend == NEO else None,
        "end_user_country": "FR" if backend == NEO else None,
        "customer_reference": new_customer_reference("test"),
        "notification_email": "gis@example.com",
    }
    fields.update(overrides)
    return ArchiveOrderRequest(**fields)


def test_search_returns_only_orderable_scenes_of_the_chosen_constellations(simulator, demo_user):
    client = make_client(simulator, demo_user)
    page = search(client, ["PHR", "SPOT"], max_cloud_cover=30, max_incidence_angle=40, sort_by="cloudCover")
    assert page.scenes, "the simulator has Pleiades and SPOT scenes over Toulouse"
    assert {scene.constellation for scene in page.scenes} <= {"PHR", "SPOT"}
    assert all(scene.processing_level == "ALBUM" for scene in page.scenes)
    assert all(scene.cloud_cover <= 30 and scene.incidence_angle <= 40 for scene in page.scenes)
    assert all(scene.geometry.intersects(TOULOUSE) for scene in page.scenes)
    clouds = [scene.cloud_cover for scene in page.scenes]
    assert clouds == sorted(clouds)
    sent = requests_to(simulator, "/api/v2/opensearch", service="search")[-1].json
    assert sent["workspace"] == "public" and sent["processingLevel"] == "ALBUM"


def test_search_pages_do_not_overlap(simulator, demo_user):
    client = make_client(simulator, demo_user)
    first = search(client, ["PNEO", "PHR", "SPOT"], items_per_page=5)
    assert first.has_more and first.total > 5
    second = client.search_archive(
        ArchiveSearch(
            aoi=TOULOUSE,
            constellations=["PNEO", "PHR", "SPOT"],
            items_per_page=5,
            start=years_ago(6),
            end=years_ago(0),
        ),
        page=2,
    )
    assert second.page == 2 and len(second.scenes) == 5
    assert not {scene.id for scene in first.scenes} & {scene.id for scene in second.scenes}


def test_a_search_the_server_would_refuse_is_refused_before_sending(simulator, demo_user):
    client = make_client(simulator, demo_user)
    with pytest.raises(errors.ValidationError, match="ends before it starts"):
        search(client, ["PNEO"], start=years_ago(0), end=years_ago(1))
    with pytest.raises(errors.ValidationError, match="at least one"):
        search(client, [])
    assert not requests_to(simulator, "/api/v2/opensearch", service="search")


def test_thumbnail_and_quicklook_are_images(simulator, demo_user):
    client = make_client(simulator, demo_user)
    scene = search(client, ["PNEO"]).scenes[0]
    thumbnail, quicklook = client.thumbnail(scene), client.quicklook(scene)
    assert thumbnail[:3] == b"\xff\xd8\xff" and quicklook[:3] == b"\xff\xd8\xff"  # JPEG
    assert len(quicklook) > len(thumbnail)


@pytest.mark.parametrize("constellation, backend", [("PNEO", NEO), ("PHR", LEGACY), ("SPOT", LEGACY)])
def test_archive_price_and_order_per_back_end(simulator, demo_user, constellation, backend):
    client = make_client(simulator, demo_user)
    scene = search(client, [constellation]).scenes[0]
    request = order_request(client, backend, scene)
    price = client.price(request)
    assert price.total > 0 and price.currency == "EUR"
    assert price.products[0].area_km2 >= price.products[0].requested_area_km2 > 0
    assert not simulator.orders  # pricing orders nothing
    result = client.place_order(request)
    assert not result.recovered and result.sales_order_id and result.backend == backend
    assert result.total == pytest.approx(price.total)
    assert list(simulator.orders) == [result.sales_order_id]
    body = requests_to(simulator, "/api/v1/orders")[-1].json
    item = body["items"][0]
    assert body["customerReference"] == request.customer_reference
    if backend == NEO:
        assert item["dataSourceIds"] == [{"catalogId": "PublicMOC", "catalogItemId": scene.id}]
        assert body["endUsers"] == [{"endUserName": "Ville de Toulouse", "country": "FR"}]
        assert body["notifications"][0]["channels"][0]["addressee"]["to"] == ["gis@example.com"]
        assert "notificationEmails" not in body and "datastripIds" not in item
    else:
        assert item["datastripIds"] == [scene.archive_identifier]
        assert body["notificationEmails"] == ["gis@example.com"]
        assert "endUsers" not in body and "dataSourceIds" not in item
        assert body["delivery"]["workspace"] == demo_user.workspace_id


def test_the_same_reference_is_never_sent_twice(simulator, demo_user):
    client = make_client(simulator, demo_user)
    scene = search(client, ["PHR"]).scenes[0]
    request = order_request(client, LEGACY, scene)
    client.place_order(request)
    with pytest.raises(errors.DuplicateOrderError, match="already placed"):
        client.place_order(request)
    assert len(simulator.orders) == 1


def test_a_scene_on_the_wrong_contract_is_refused_in_words(simulator, demo_user):
    client = make_client(simulator, demo_user)
    scene = search(client, ["PNEO"]).scenes[0]
    request = order_request(client, LEGACY, search(client, ["PHR"]).scenes[0], scenes=[scene])
    with pytest.raises(errors.ContractNotAvailableError) as refused:
        client.price(request)
    assert str(refused.value) == (
        f"Contract '{request.contract_id}' is a Pléiades & SPOT contract and cannot order these scenes: "
        f"{scene.id}. They need a Pléiades Neo contract.")


def test_an_unknown_constellation_is_refused_naming_the_three_families():
    with pytest.raises(errors.ValidationError) as refused:
        ArchiveSearch(aoi=TOULOUSE, constellations=["PNEO", "LANDSAT"]).check()
    assert str(refused.value) == ("Choose at least one of Pléiades Neo (PNEO), Pléiades (PHR) and SPOT; "
                                  "'LANDSAT' is not one of them.")


def test_missing_end_user_on_a_pleiades_neo_order_is_refused_before_sending(simulator, demo_user):
    client = make_client(simulator, demo_user)
    scene = search(client, ["PNEO"]).scenes[0]
    request = order_request(client, NEO, scene, end_user_name=None)
    with pytest.raises(errors.ValidationError) as refused:
        client.place_order(request)
    assert str(refused.value) == "Pléiades Neo orders need the end user's name."
    assert not simulator.orders


def test_insufficient_credit_is_a_typed_error(simulator):
    from simulator import DEMO_USERS

    poor = DEMO_USERS[2]  # 150 EUR of credit
    client = make_client(simulator, poor)
    scene = search(client, ["PNEO"]).scenes[0]
    big = TOULOUSE.buffer(0.05).envelope
    request = order_request(client, NEO, scene, aoi=big)
    with pytest.raises(errors.InsufficientCreditError):
        client.place_order(request)
    assert not simulator.orders


def test_coverage_percent_is_the_share_of_the_aoi_a_footprint_covers():
    from shapely.geometry import box

    from oneatlas_ppo.core.catalog import coverage_percent

    aoi = box(0, 0, 2, 1)
    assert coverage_percent(aoi, box(1, 0, 3, 1)) == 50.0
    assert coverage_percent(aoi, box(-1, -1, 3, 2)) == 100.0
    assert coverage_percent(aoi, box(5, 5, 6, 6)) == 0.0
    assert coverage_percent(aoi, None) is None
