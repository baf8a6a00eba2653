"""Where the specification is ambiguous the client sends what covers both readings; a refusal from the API
reaches the user as the setting to change, or as what to do when no setting caused it."""

import pytest

from oneatlas_ppo.core import errors
from oneatlas_ppo.core.catalog import ArchiveSearch
from oneatlas_ppo.core.models import LEGACY, NEO, Account
from oneatlas_ppo.core.workspace import delivery_workspaces

from .core_support import TOULOUSE, make_client, requests_to
from .order_variants import DamagingProxy, variant_request
from .test_archive_flow import order_request
from .test_tasking_flow import tasking_order, tasking_search


@pytest.mark.parametrize("product", ["PleiadesNeoOneDay", "PleiadesNeoOneNowAttempts"])
def test_neo_attempt_orders_carry_the_attempts_period_with_its_key(simulator, demo_user, product):
    client = make_client(simulator, demo_user)
    search = tasking_search(client, demo_user.neo, product, days=1 if "OneDay" in product else 5)
    search.max_incidence_angle = 40
    attempt = client.attempts(search)[0]
    request = tasking_order(client, search, client.feasibility(search), attempt, start=None, end=None)
    assert client.place_order(request).sales_order_id
    item = requests_to(simulator, "/api/v1/orders")[-1].json["items"][0]
    properties = {pair["key"]: pair["value"] for pair in item["properties"]}
    assert item["segmentKey"] == attempt.segment_key
    start, end = properties["acqPeriod"].split()
    assert start[:19] == attempt.acquisition_start.strftime("%Y-%m-%dT%H:%M:%S")
    assert end > start


def test_legacy_attempt_orders_keep_the_window_they_were_given(simulator, demo_user):
    client = make_client(simulator, demo_user)
    search = tasking_search(client, demo_user.legacy, "PleiadesTaskingOneDay", days=1, max_incidence_angle=45)
    attempt = client.attempts(search)[0]
    client.place_order(tasking_order(client, search, client.feasibility(search), attempt))
    item = requests_to(simulator, "/api/v1/orders")[-1].json["items"][0]
    properties = {pair["key"]: pair["value"] for pair in item["properties"]}
    assert properties["acqPeriod"].split()[0][:16] == search.start.strftime("%Y-%m-%dT%H:%M")


def test_legacy_orders_send_the_end_user_when_one_is_given(simulator, demo_user):
    client = make_client(simulator, demo_user)
    scene = client.search_archive(ArchiveSearch(aoi=TOULOUSE, constellations=["SPOT"])).scenes[0]
    given = order_request(client, LEGACY, scene, end_user_name="Ville de Toulouse", end_user_country="fr")
    assert client.place_order(given).sales_order_id
    assert requests_to(simulator, "/api/v1/orders")[-1].json["endUsers"] == [
        {"endUserName": "Ville de Toulouse", "country": "FR"}
    ]
    client.place_order(order_request(client, LEGACY, scene))  # none given: none sent
    assert "endUsers" not in requests_to(simulator, "/api/v1/orders")[-1].json


def test_pleiades_neo_deliveries_are_looked_up_in_the_contracts_delivery_workspace():
    account = Account.from_json(
        {"id": "u", "contract": {"workspaceId": "my-data"}},
        {
            "contracts": [
                {"contractId": "L", "backendSource": "legacy"},
                {"contractId": "N", "backendSource": "neo", "delivery": [{"deliveryWorkspace": "neo-space"}]},
            ]
        },
    )
    assert delivery_workspaces(account, "N") == ["neo-space"]
    assert delivery_workspaces(account, "L") == ["my-data"]
    assert delivery_workspaces(account) == ["my-data", "neo-space"]


def test_delivered_products_of_a_neo_contract_are_searched_where_it_delivers(simulator, demo_user):
    client = make_client(simulator, demo_user)
    result = client.place_order(variant_request(client, "neo-archive"))
    simulator.clock.advance(3 * 3600)
    (product,) = client.delivered_products(sales_order_id=result.sales_order_id, contract_id=demo_user.neo)
    sent = requests_to(simulator, "/api/v2/opensearch", service="search")[-1].json
    assert sent["workspace"] == client.contract(demo_user.neo).delivery_workspace
    assert product.internal_reference == result.sales_order_id


# ------------------------------------------------------------------------------------------- words


@pytest.mark.parametrize(
    "constellation", ["PHR", "SPOT", "PNEO"], ids=["pleiades (the reproduced case)", "spot", "pleiades-neo"]
)
def test_a_scene_no_longer_offered_is_said_in_words(simulator, demo_user, constellation):
    """Refused as items[0].datastripIds[0] (Pleiades, SPOT) or items[0].dataSourceIds[0].catalogItemId
    (Pleiades Neo)."""
    client = make_client(simulator, demo_user)
    scene = client.search_archive(ArchiveSearch(aoi=TOULOUSE, constellations=[constellation])).scenes[0]
    if constellation == "PNEO":
        scene.id = "gone-0000-0000-0000-000000000000"
    else:
        scene.archive_identifier = f"DS_{constellation}_200001010000000_GONE"
    request = order_request(client, NEO if constellation == "PNEO" else LEGACY, scene)
    with pytest.raises(errors.ValidationError) as caught:
        client.place_order(request)
    text = str(caught.value)
    assert caught.value.user_field == "scenes"
    assert "can no longer be ordered" in text and "search again" in text
    assert "items[0]" not in text and "datastripIds" not in text and "catalogItemId" not in text
    assert client.journal.get(request.customer_reference).state == "refused"
    assert not simulator.orders


@pytest.mark.parametrize(
    "overrides, user_field, words",
    [
        ({"end_user_country": "XX"}, "country", "end user's country"),
        ({"primary_market": "NOPE"}, "market", "market"),
        ({"notification_email": "not-an-address"}, "email", "e-mail address"),
    ],
)
def test_a_field_refused_by_the_api_names_the_setting_to_change(
    simulator, demo_user, overrides, user_field, words
):
    client = make_client(simulator, demo_user)
    backend = NEO if "end_user_country" in overrides else LEGACY
    scene = client.search_archive(
        ArchiveSearch(aoi=TOULOUSE, constellations=["PNEO" if backend == NEO else "PHR"])
    ).scenes[0]
    with pytest.raises(errors.ValidationError) as caught:
        client.place_order(order_request(client, backend, scene, **overrides))
    assert caught.value.user_field == user_field and words in str(caught.value)
    assert "field '" not in str(caught.value)


def test_a_refusal_no_setting_explains_says_whom_to_contact_with_the_reference(simulator, demo_user):
    with DamagingProxy(simulator) as proxy:
        proxy.damage = lambda method, path, status, body: (
            b'{"errorCode": "E9999", "message": "Rule 42 failed"}' if path == "/order/api/v1/orders" else None
        )
        client = make_client(simulator, demo_user)
        client = type(client)(demo_user.api_key, origin=proxy.origin, retry=client._retry)
        simulator.faults.add("status", service="order", method="POST", path="/api/v1/orders", status=409)
        request = variant_request(client, "neo-archive")
        with pytest.raises(errors.ValidationError) as caught:
            client.place_order(request)
    text = str(caught.value)
    assert caught.value.user_field is None
    assert "Contact OneAtlas support" in text and request.customer_reference in text and "Rule 42" in text
