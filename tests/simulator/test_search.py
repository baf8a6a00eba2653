"""Catalog search: workspaces and auth, filters, ranges, paging, sorting, links."""

import pytest
import requests
from shapely.geometry import box, shape

from simulator.geo import area_km2

from .helpers import Api, archive_body

SEARCH = "/search/api/v2/opensearch"


@pytest.fixture
def api(simulator, demo_user):
    return Api(simulator, demo_user)


def test_anonymous_search_of_public_works(simulator):
    response = requests.get(simulator.origin + SEARCH, params={"workspace": "public"}, timeout=10)
    assert response.status_code == 200
    body = response.json()
    assert body["type"] == "FeatureCollection" and body["itemsPerPage"] == 50 and body["startIndex"] == 0
    assert {f["properties"]["constellation"] for f in body["features"]} <= {"PHR", "SPOT"}
    assert all(f["properties"]["processingLevel"] == "ALBUM" for f in body["features"])


@pytest.mark.parametrize("workspace", ["public-pneo", "3e88441b-adc9-4be6-bd80-59d4fb69d5a7"])
def test_public_pneo_needs_auth(simulator, workspace):
    response = requests.get(simulator.origin + SEARCH, params={"workspace": workspace}, timeout=10)
    assert response.status_code == 401


def test_delivery_workspace_needs_auth_and_ownership(simulator, demo_user):
    from simulator import DEMO_USERS

    assert (
        requests.get(
            simulator.origin + SEARCH, params={"workspace": demo_user.workspace_id}, timeout=10
        ).status_code
        == 401
    )
    other = Api(simulator, DEMO_USERS[1])
    assert other.post(SEARCH, json={"workspace": demo_user.workspace_id}).status_code == 403


@pytest.mark.parametrize("auth_kind", ["bearer", "basic"])
def test_public_pneo_with_bearer_or_basic_api_key(simulator, demo_user, auth_kind):
    kwargs = (
        {"headers": Api(simulator, demo_user).headers}
        if auth_kind == "bearer"
        else {"auth": ("APIKEY", demo_user.api_key)}
    )
    response = requests.get(
        simulator.origin + SEARCH, params={"workspace": "public-pneo"}, timeout=10, **kwargs
    )
    assert response.status_code == 200
    properties = response.json()["features"][0]["properties"]
    assert properties["constellation"] == "PNEO" and properties["resolution"] == 0.3
    assert properties["acquisitionIdentifier"].startswith("ACQ_PNEO")
    assert properties["archiveIdentifier"].startswith("DS_PNEO")


def test_wrong_basic_api_key_is_401(simulator):
    response = requests.get(
        simulator.origin + SEARCH, params={"workspace": "public"}, auth=("APIKEY", "wrong"), timeout=10
    )
    assert response.status_code == 401


def test_catalog_is_believable(api):
    features = api.search(workspace="public,public-pneo", itemsPerPage=500)["features"]
    assert len(features) >= 200
    for feature in features:
        properties, footprint = feature["properties"], shape(feature["geometry"])
        width = {"PNEO": 14, "PHR": 20, "SPOT": 60}[properties["constellation"]]
        resolution = {"PNEO": 0.3, "PHR": 0.5, "SPOT": 1.5}[properties["constellation"]]
        assert properties["resolution"] == resolution
        assert footprint.is_valid and footprint.geom_type == "Polygon"
        lengths = {"PNEO": (14, 40), "PHR": (20, 60), "SPOT": (60, 120)}[properties["constellation"]]
        assert 0.9 * width * lengths[0] <= area_km2(footprint) <= 1.1 * width * lengths[1]
        assert 0 <= properties["cloudCover"] <= 100 and 0 <= properties["incidenceAngle"] <= 45
        assert properties["acquisitionDate"] >= "2021-10"
        assert width > 0


def test_search_is_deterministic_from_the_seed(api, simulator):
    from simulator import Simulator

    first = api.search(workspace="public", itemsPerPage=5)["features"]
    other = Simulator(seed=simulator.seed).base_catalog
    ids = {item["properties"]["id"] for item in other}
    assert all(feature["properties"]["id"] in ids for feature in first)
    assert Simulator(seed=7).base_catalog[0]["properties"]["id"] not in ids


@pytest.mark.parametrize(
    "relation, area",
    [
        ("intersects", box(1.0, 43.0, 2.0, 44.2)),
        ("within", box(1.0, 43.0, 2.0, 44.2)),
        ("contains", box(1.435, 43.595, 1.445, 43.605)),
        ("disjoint", box(1.0, 43.0, 2.0, 44.2)),
    ],
)
def test_geometry_relations(api, relation, area):
    geometry = {"type": "Polygon", "coordinates": [[list(p) for p in area.exterior.coords]]}
    features = api.search(workspace="public", geometry=geometry, relation=relation, itemsPerPage=500)[
        "features"
    ]
    assert features
    for feature in features:
        assert getattr(shape(feature["geometry"]), relation)(area)


def test_get_accepts_wkt_geometry(simulator):
    response = requests.get(
        simulator.origin + SEARCH,
        timeout=10,
        params={"workspace": "public", "geometry": "POLYGON((1 43,2 43,2 44.2,1 44.2,1 43))"},
    )
    assert response.json()["totalResults"] > 0
    assert all(shape(f["geometry"]).intersects(box(1, 43, 2, 44.2)) for f in response.json()["features"])


def test_bbox(api):
    features = api.search(workspace="public", bbox="-4.2,40,-3.2,41", itemsPerPage=500)["features"]
    assert features and all(shape(f["geometry"]).intersects(box(-4.2, 40, -3.2, 41)) for f in features)


@pytest.mark.parametrize(
    "expression, accepts",
    [
        ("[10,20]", lambda v: 10 <= v <= 20),
        ("]10,20[", lambda v: 10 < v < 20),
        ("[30,", lambda v: v >= 30),
        (",5]", lambda v: v <= 5),
        ("12", lambda v: v <= 12),
    ],
)
def test_cloud_cover_ranges(api, expression, accepts):
    features = api.search(workspace="public", cloudCover=expression, itemsPerPage=500)["features"]
    assert features
    assert all(accepts(f["properties"]["cloudCover"]) for f in features)


def test_acquisition_date_range(api):
    features = api.search(
        workspace="public",
        itemsPerPage=500,
        acquisitionDate="[2024-01-01T00:00:00.000Z,2024-12-31T23:59:59.999Z]",
    )["features"]
    assert features and all(f["properties"]["acquisitionDate"].startswith("2024") for f in features)


def test_filters_by_constellation_platform_and_level(api):
    features = api.search(
        workspace="public", constellation="SPOT", platform="SPOT7", processingLevel="ALBUM", itemsPerPage=500
    )["features"]
    assert features and {f["properties"]["platform"] for f in features} == {"SPOT7"}


def test_filter_by_identifiers(api):
    scene = api.first_scene("public", "PHR")
    for key in ("id", "archiveIdentifier"):
        (found,) = api.search(workspace="public", **{key: scene["properties"][key]})["features"]
        assert found["properties"]["id"] == scene["properties"]["id"]


def test_paging_and_sorting(api):
    full = api.search(workspace="public", itemsPerPage=500, sortBy="-acquisitionDate")
    dates = [f["properties"]["acquisitionDate"] for f in full["features"]]
    assert dates == sorted(dates, reverse=True)
    page2 = api.search(workspace="public", itemsPerPage=10, startPage=2, sortBy="-acquisitionDate")
    assert page2["startIndex"] == 10
    assert [f["properties"]["id"] for f in page2["features"]] == [
        f["properties"]["id"] for f in full["features"][10:20]
    ]
    by_cloud = api.search(workspace="public", itemsPerPage=500, sortBy="cloudCover")["features"]
    clouds = [f["properties"]["cloudCover"] for f in by_cloud]
    assert clouds == sorted(clouds)


def test_items_per_page_above_500_is_400(api):
    response = api.post(SEARCH, json={"workspace": "public", "itemsPerPage": 501})
    assert response.status_code == 400 and response.json()["message"]


def test_album_links_have_no_streaming(api):
    links = api.first_scene("public", "PHR")["_links"]
    assert {"quicklook", "thumbnail"} <= set(links)
    assert "wmts" not in links and "download" not in links


def test_delivered_item_download_links_put_ftpes_first(api, simulator):
    body = archive_body(api, "legacy", api.first_scene("public", "SPOT"), reference="links-1")
    assert api.post("/order/api/v1/orders", json=body).status_code == 201
    simulator.clock.advance(3 * 3600)
    (feature,) = api.search(workspace=api.user.workspace_id, customerReference="links-1")["features"]
    download = feature["_links"]["download"]
    assert isinstance(download, list) and download[0]["type"] == "ftpes"
    http = [link for link in download if link["name"] == "download" and link["type"] == "http"]
    assert len(http) == 1 and http[0]["href"].endswith(f"/items/{feature['properties']['id']}/download")
    assert feature["properties"]["processingLevel"] in ("SENSOR", "ORTHO")
    assert {"wmts", "imagesWmts"} <= set(feature["_links"])
