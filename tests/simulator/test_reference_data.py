"""Options (constraint language, per-AOI names), markets, countries, delivery types."""

import pytest

from .helpers import Api, square


@pytest.fixture
def api(simulator, demo_user):
    return Api(simulator, demo_user)


def _options(api, contract, product_type, aois):
    response = api.post(
        f"/order/api/v1/contracts/{contract}/productTypes/{product_type}/options",
        json={"aoi": [{"polygonId": aoi_id, "geometry": g} for aoi_id, g in aois]},
    )
    assert response.status_code == 200, response.text
    return {option["name"]: option for option in response.json()["availableOptions"]}


def test_options_use_the_constraint_language(api):
    options = _options(api, api.user.neo, "PleiadesNeoArchiveMono", [(1, square(1.44, 43.6))])
    assert options["processing_level"]["mandatory"] == "true"
    assert {v["id"] for v in options["processing_level"]["values"]} == {"ortho", "projected", "primary"}
    assert options["projection_1"]["mandatory"] == "constraint"
    assert options["projection_1"]["constraint"] == {"condition": "processing_level:(ortho|projected)"}
    assert options["dem_1"]["constraint"] == {"condition": "processing_level:(ortho)"}
    assert options["elevation"]["range"] == [-100, 10000]
    pixel = {v["id"]: v["constraint"]["condition"] for v in options["pixel_coding"]["values"]}
    assert pixel == {
        "8bits": "radiometric_processing:(display)",
        "12bits": "radiometric_processing:(basic|reflectance)",
    }


def test_projection_default_is_the_utm_zone_of_each_aoi(api):
    options = _options(
        api, api.user.neo, "PleiadesNeoArchiveMono", [(1, square(1.44, 43.6)), (2, square(151.21, -33.87))]
    )
    assert options["projection_1"]["defaultValue"] == "32631"
    assert options["projection_2"]["defaultValue"] == "32756"
    assert "2154" in {v["id"] for v in options["projection_1"]["values"]}  # Lambert 93 in France only
    assert "2154" not in {v["id"] for v in options["projection_2"]["values"]}


def test_spectral_values_differ_between_pneo_and_phr(api):
    neo = _options(api, api.user.neo, "PleiadesNeoArchiveMono", [(1, square(1.44, 43.6))])
    legacy = _options(api, api.user.legacy, "PleiadesArchiveMono", [(1, square(1.44, 43.6))])
    neo_values = {v["id"] for v in neo["spectral_processing"]["values"]}
    legacy_values = {v["id"] for v in legacy["spectral_processing"]["values"]}
    assert neo["spectral_processing"]["defaultValue"] == "full_bundle" and "full_pms" in neo_values
    assert legacy["spectral_processing"]["defaultValue"] == "bundle"
    assert "pansharpened_natural_color" in legacy_values and "pansharpened_natural_color" not in neo_values


def test_options_check_the_aoi(api):
    response = api.post(
        f"/order/api/v1/contracts/{api.user.neo}/productTypes/PleiadesNeoArchiveMono/options",
        json={"aoi": [{"polygonId": 1, "geometry": {"type": "Point", "coordinates": [1, 43]}}]},
    )
    assert (response.status_code, response.json()["field"]) == (400, "aoi[0].geometry.type")


def test_options_of_a_product_type_of_the_other_back_end_is_404(api):
    response = api.post(
        f"/order/api/v1/contracts/{api.user.legacy}/productTypes/PleiadesNeoArchiveMono/options",
        json={"aoi": [{"polygonId": 1, "geometry": square(1.44, 43.6)}]},
    )
    assert response.status_code == 404


def test_legacy_product_types_include_both_archive_and_tasking(api):
    types = {
        pt["productTypeId"]: pt
        for pt in api.get(f"/order/api/v1/contracts/{api.user.legacy}/productTypes").json()["productTypes"]
    }
    assert {
        "PleiadesArchiveMono",
        "SPOTArchive1.5Mono",
        "PleiadesTaskingOneDay",
        "SpotTaskingOnePlan",
        "PleiadesTaskingOneNow",
    } <= set(types)
    assert types["SpotTaskingOneDay"]["minimumOrderAreaApplied"] == 500
    assert types["PleiadesTaskingOneDay"]["technicalProduct"]["source"]["id"] == "tasking"


@pytest.mark.parametrize(
    "path", ["/order/api/v1/{cis}/properties", "/order/api/v1/contracts/{cis}/properties"]
)
def test_markets_on_both_paths(api, path):
    response = api.get(path.format(cis=api.user.neo))
    assert response.status_code == 200
    assert {"AGRI", "NQUAL", "DEFSEC"} <= {m["id"] for m in response.json()["markets"]}


def test_countries(api):
    (countries,) = api.get("/order/api/v1/properties").json()["properties"]
    assert countries["key"] == "countries"
    assert {"FR", "KE", "AU"} <= {value["id"] for value in countries["values"]}


def test_delivery_types(api):
    response = api.get(f"/order/api/v1/{api.user.neo}/deliveryTypes")
    assert {d["deliveryTypeId"] for d in response.json()["deliveryTypes"]} == {"network", "MEDIA"}


def test_order_service_needs_a_token(simulator):
    import requests

    response = requests.get(simulator.origin + "/order/api/v1/contracts", timeout=10)
    assert response.status_code == 401 and "Authentication failed" in response.json()["message"]


def test_order_service_does_not_take_basic_api_key(simulator, demo_user):
    import requests

    response = requests.get(
        simulator.origin + "/order/api/v1/contracts", auth=("APIKEY", demo_user.api_key), timeout=10
    )
    assert response.status_code == 401
