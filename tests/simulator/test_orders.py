"""Prices and orders: the four variants, required fields, AOI rules, option rules, contract rules, credit."""

import copy

import pytest

from simulator import DEMO_USERS

from .helpers import Api, archive_body, modified, square

TOULOUSE = (1.44, 43.60)


@pytest.fixture
def api(simulator, demo_user):
    return Api(simulator, demo_user)


@pytest.fixture
def neo_body(api):
    return archive_body(api, "neo", api.first_scene("public-pneo", "PNEO"))


@pytest.fixture
def legacy_body(api):
    return archive_body(api, "legacy", api.first_scene("public", "PHR"))


def test_price_is_200_with_area_and_amount_per_product_type(api, neo_body):
    response = api.post("/order/api/v1/prices", json=neo_body)
    assert response.status_code == 200
    body = response.json()
    (product,) = body["productTypes"]
    assert product["productTypeId"] == "PleiadesNeoArchiveMono"
    # A 0.04 x 0.04 degree square near 43N is about 3.2 km x 4.4 km: below the 25 km2 archive minimum.
    assert 13.5 < product["requestedArea"] < 15.5
    assert product["areaKm2"] == 25 and product["orderMinimumApplied"] is True
    assert product["amount"] == body["totalAmount"] > 0
    assert body["currency"] == "EUR"


def test_price_applies_the_minimum_area(api):
    scene = api.first_scene("public", "SPOT")
    body = archive_body(api, "legacy", scene)  # ~17 km2 AOI, SPOT archive minimum is 100 km2
    product = api.post("/order/api/v1/prices", json=body).json()["productTypes"][0]
    assert product["orderMinimumApplied"] is True
    assert product["areaKm2"] == 100


def test_pneo_archive_order_gives_sales_order_and_quotation_ids(api, neo_body, simulator):
    response = api.post("/order/api/v1/orders", json=neo_body)
    assert response.status_code == 201
    body = response.json()
    assert body["salesOrderId"].startswith("SAL") and len(body["salesOrderId"]) == 11
    assert body["quotationId"].startswith("QUO")
    assert body["salesOrderId"] in simulator.orders


def test_legacy_archive_order_gives_a_sales_order_id_only(api, legacy_body):
    response = api.post("/order/api/v1/orders", json=legacy_body)
    assert response.status_code == 201
    assert response.json()["salesOrderId"].startswith("SAL")
    assert "quotationId" not in response.json()


def test_order_debits_the_contract(api, neo_body):
    before = float(_contract(api, api.user.neo)["creditRemaining"])
    total = api.post("/order/api/v1/orders", json=neo_body).json()["totalAmount"]
    after = float(_contract(api, api.user.neo)["creditRemaining"])
    assert after == pytest.approx(before - total, abs=0.11)


def _contract(api, contract_id):
    return next(
        c for c in api.get("/order/api/v1/contracts").json()["contracts"] if c["contractId"] == contract_id
    )


def test_unknown_fields_are_ignored(api, neo_body):
    body = modified(neo_body, secondaryMarket="", orderGroup="", programReference="", somethingNew={"a": 1})
    body["items"][0]["stations"] = []
    assert api.post("/order/api/v1/orders", json=body).status_code == 201


@pytest.mark.parametrize(
    "field",
    ["contractId", "aoi", "items", "customerReference", "optionsPerProductType", "primaryMarket", "endUsers"],
)
def test_pneo_order_requires(api, neo_body, field):
    body = copy.deepcopy(neo_body)
    del body[field]
    response = api.post("/order/api/v1/orders", json=body)
    assert response.status_code == 400
    assert response.json()["field"] == field
    assert field in response.json()["message"]
    assert response.json()["errorCode"].startswith("E")


@pytest.mark.parametrize(
    "field",
    [
        "contractId",
        "aoi",
        "items",
        "customerReference",
        "optionsPerProductType",
        "primaryMarket",
        "notificationEmails",
    ],
)
def test_legacy_order_requires(api, legacy_body, field):
    body = copy.deepcopy(legacy_body)
    del body[field]
    response = api.post("/order/api/v1/orders", json=body)
    assert response.status_code == 400
    assert response.json()["field"] == field


def test_legacy_order_does_not_require_end_users(api, legacy_body):
    assert "endUsers" not in legacy_body
    assert api.post("/order/api/v1/orders", json=legacy_body).status_code == 201


def _ring(*points):
    return {"type": "Polygon", "coordinates": [list(map(list, points))]}


AOI_CASES = {
    "not_a_polygon": ({"type": "MultiPolygon", "coordinates": [square(*TOULOUSE)["coordinates"]]}, "Polygon"),
    "not_closed": (_ring((1.40, 43.56), (1.48, 43.56), (1.48, 43.62), (1.40, 43.62)), "not closed"),
    "too_few_positions": (_ring((1.40, 43.56), (1.48, 43.56), (1.40, 43.56)), "at least 4"),
    "too_many_vertices": (None, "maximum is 999"),
    "hole": (
        {
            "type": "Polygon",
            "coordinates": square(*TOULOUSE, 0.05)["coordinates"] + square(*TOULOUSE, 0.01)["coordinates"],
        },
        "holes",
    ),
    "self_intersection": (
        _ring((1.40, 43.56), (1.48, 43.62), (1.48, 43.56), (1.40, 43.62), (1.40, 43.56)),
        "self-intersect",
    ),
    "latitude_out_of_range": (
        _ring((43.56, 1.40), (43.56, 95.0), (43.62, 95.0), (43.56, 1.40)),
        "out of range",
    ),
    "longitude_out_of_range": (
        _ring((181.0, 43.56), (182.0, 43.56), (182.0, 43.62), (181.0, 43.56)),
        "out of range",
    ),
}


def _many_vertices():
    import math

    points = [
        [1.44 + 0.02 * math.cos(2 * math.pi * i / 1000), 43.6 + 0.02 * math.sin(2 * math.pi * i / 1000)]
        for i in range(1000)
    ]
    return {"type": "Polygon", "coordinates": [points + [points[0]]]}


@pytest.mark.parametrize("case", sorted(AOI_CASES))
def test_aoi_rule(api, neo_body, case):
    geometry, expected = AOI_CASES[case]
    if case == "too_many_vertices":
        geometry = _many_vertices()
    body = copy.deepcopy(neo_body)
    body["aoi"][0]["geometry"] = geometry
    response = api.post("/order/api/v1/orders", json=body)
    assert response.status_code == 400
    assert response.json()["field"].startswith("aoi[0].geometry")
    assert expected in response.json()["message"]


def test_999_vertices_are_accepted(api):
    import math

    scene = api.first_scene("public-pneo", "PNEO")
    from shapely.geometry import shape

    center = shape(scene["geometry"]).centroid
    points = [
        [center.x + 0.02 * math.cos(2 * math.pi * i / 999), center.y + 0.02 * math.sin(2 * math.pi * i / 999)]
        for i in range(999)
    ]
    body = archive_body(api, "neo", scene, aoi={"type": "Polygon", "coordinates": [points + [points[0]]]})
    assert api.post("/order/api/v1/prices", json=body).status_code == 200


def test_pneo_product_on_a_legacy_contract_is_rejected(api, neo_body):
    body = modified(neo_body, contractId=api.user.legacy, notificationEmails=["a@b.cd"])
    response = api.post("/order/api/v1/orders", json=body)
    assert response.status_code == 400
    assert response.json()["field"] == "items[0].productTypeId"
    assert "neo" in response.json()["message"]


def test_pneo_archive_needs_catalog_item_ids(api, neo_body):
    body = copy.deepcopy(neo_body)
    del body["items"][0]["dataSourceIds"]
    body["items"][0]["datastripIds"] = ["DS_PNEO3_x"]
    response = api.post("/order/api/v1/orders", json=body)
    assert (response.status_code, response.json()["field"]) == (400, "items[0].dataSourceIds")


def test_legacy_archive_needs_datastrip_ids(api, legacy_body):
    body = copy.deepcopy(legacy_body)
    body["items"][0]["datastripIds"] = ["DS_PHR1A_DOES_NOT_EXIST"]
    response = api.post("/order/api/v1/orders", json=body)
    assert (response.status_code, response.json()["field"]) == (400, "items[0].datastripIds[0]")


def test_aoi_outside_the_image_is_rejected(api, neo_body):
    body = copy.deepcopy(neo_body)
    body["aoi"][0]["geometry"] = square(100.0, 10.0)
    response = api.post("/order/api/v1/orders", json=body)
    assert response.status_code == 400 and "does not intersect" in response.json()["message"]


@pytest.mark.parametrize(
    "key, value, message",
    [
        ("spectral_processing", "pansharpened_natural_color", "Invalid value"),  # a PHR/SPOT value on PNEO
        ("processing_level", "raw", "Invalid value"),
        ("pixel_coding", "8bits", "needs radiometric_processing:(display)"),
        ("unknown_option", "x", "Unknown option"),
    ],
)
def test_option_values_are_checked(api, neo_body, key, value, message):
    body = copy.deepcopy(neo_body)
    options = [o for o in body["optionsPerProductType"][0]["options"] if o["key"] != key]
    options.append({"key": key, "value": value})
    body["optionsPerProductType"][0]["options"] = options
    response = api.post("/order/api/v1/orders", json=body)
    assert response.status_code == 400
    assert message in response.json()["message"]
    assert response.json()["field"].startswith("optionsPerProductType[0].options")


def test_projection_is_required_for_ortho_and_refused_for_primary(api):
    scene = api.first_scene("public-pneo", "PNEO")
    ortho = archive_body(api, "neo", scene, processing_level="ortho")
    keys = {o["key"] for o in ortho["optionsPerProductType"][0]["options"]}
    assert {"projection_1", "dem_1"} <= keys
    assert api.post("/order/api/v1/prices", json=ortho).status_code == 200
    without = copy.deepcopy(ortho)
    without["optionsPerProductType"][0]["options"] = [
        o for o in without["optionsPerProductType"][0]["options"] if o["key"] != "projection_1"
    ]
    response = api.post("/order/api/v1/prices", json=without)
    assert response.status_code == 400 and "projection_1" in response.json()["message"]
    primary = archive_body(api, "neo", scene, processing_level="primary")
    primary["optionsPerProductType"][0]["options"].append({"key": "projection_1", "value": "4326"})
    response = api.post("/order/api/v1/prices", json=primary)
    assert response.status_code == 400 and "only applies when" in response.json()["message"]


def test_bad_end_user_country_is_rejected(api, neo_body):
    body = modified(neo_body, endUsers=[{"endUserName": "x", "country": "XX"}])
    response = api.post("/order/api/v1/orders", json=body)
    assert (response.status_code, response.json()["field"]) == (400, "endUsers[0].country")


def test_bad_market_is_rejected(api, neo_body):
    response = api.post("/order/api/v1/orders", json=modified(neo_body, primaryMarket="SPACE"))
    assert (response.status_code, response.json()["field"]) == (400, "primaryMarket")


def test_unknown_contract_is_the_documented_404(api, neo_body):
    response = api.post("/order/api/v1/orders", json=modified(neo_body, contractId="CTR99999999"))
    assert response.status_code == 404
    assert response.json() == {
        "errorCode": "E2203",
        "message": "CIS contract 'CTR99999999' not found.",
        "field": "contractId",
    }


def test_insufficient_credit_is_rejected_and_nothing_is_recorded(simulator):
    poor = Api(simulator, DEMO_USERS[2])
    body = archive_body(poor, "neo", poor.first_scene("public-pneo", "PNEO"))
    response = poor.post("/order/api/v1/orders", json=body)
    assert response.status_code == 400
    assert response.json()["field"] == "contractId" and "Insufficient credit" in response.json()["message"]
    assert simulator.orders == {}


def test_malformed_body_is_400(api):
    response = api.post(
        "/order/api/v1/orders", data="{not json", headers={**api.headers, "Content-Type": "application/json"}
    )
    assert response.status_code == 400 and response.json()["errorCode"].startswith("E")
