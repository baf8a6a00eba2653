"""Helpers for the simulator's own tests: tokens, AOIs, scenes and order bodies (plain requests)."""

import copy
from datetime import timedelta

import requests
from shapely.geometry import shape

TOKEN_PATH = "/authenticate/auth/realms/IDP/protocol/openid-connect/token"
TIMEOUT = 10


def token(sim, user):
    response = requests.post(
        sim.origin + TOKEN_PATH,
        timeout=TIMEOUT,
        data={"apikey": user.api_key, "grant_type": "api_key", "client_id": "IDP"},
    )
    response.raise_for_status()
    return response.json()["access_token"]


def bearer(sim, user):
    return {"Authorization": "Bearer " + token(sim, user)}


class Api:
    """A logged-in user speaking to the simulator over loopback."""

    def __init__(self, sim, user):
        self.sim, self.user = sim, user
        self.headers = bearer(sim, user)

    def _send(self, method, path, headers=None, **kwargs):
        # Tokens expire on the simulator's clock: a test that advances it by hours renews, as clients do.
        for _attempt in range(2):
            response = requests.request(
                method,
                self.sim.origin + path,
                headers={**self.headers, **(headers or {})},
                timeout=TIMEOUT,
                **kwargs,
            )
            if response.status_code != 401 or "Token expired" not in response.text:
                return response
            self.headers = bearer(self.sim, self.user)
        return response

    def get(self, path, headers=None, **kwargs):
        return self._send("GET", path, headers, **kwargs)

    def post(self, path, json=None, headers=None, **kwargs):
        return self._send("POST", path, headers, json=json, **kwargs)

    def put(self, path, json=None):
        return self._send("PUT", path, json=json)

    def search(self, **params):
        response = self.post("/search/api/v2/opensearch", json=params)
        assert response.status_code == 200, response.text
        return response.json()

    def first_scene(self, workspace, constellation):
        return self.search(workspace=workspace, constellation=constellation, itemsPerPage=1)["features"][0]

    def orders(self, q):
        response = self.post(
            "/order/api/v2/orders/search",
            json={"paging": {"itemsPerPage": 100, "startIndex": 0}, "criteria": {"q": q}},
        )
        assert response.status_code == 200, response.text
        return response.json()["features"]


def square(lon, lat, half_size_deg=0.02):
    return {
        "type": "Polygon",
        "coordinates": [
            [
                [lon - half_size_deg, lat - half_size_deg],
                [lon + half_size_deg, lat - half_size_deg],
                [lon + half_size_deg, lat + half_size_deg],
                [lon - half_size_deg, lat + half_size_deg],
                [lon - half_size_deg, lat - half_size_deg],
            ]
        ],
    }


def aoi_inside(feature, half_size_deg=0.02):
    center = shape(feature["geometry"]).centroid
    return square(center.x, center.y, half_size_deg)


def default_options(api, contract_id, product_type_id, aoi, processing_level=None):
    """The options a careful client sends: mandatory ones with defaults, plus those a constraint requires."""
    response = api.post(
        f"/order/api/v1/contracts/{contract_id}/productTypes/{product_type_id}/options",
        json={"aoi": [{"polygonId": 1, "geometry": aoi}]},
    )
    assert response.status_code == 200, response.text
    available = response.json()["availableOptions"]
    chosen = {o["name"]: o["defaultValue"] for o in available if o["mandatory"] == "true"}
    if processing_level:
        chosen["processing_level"] = processing_level
    for option in available:
        condition = (option.get("constraint") or {}).get("condition") or ""
        if (
            option["mandatory"] == "constraint"
            and condition.startswith("processing_level:")
            and chosen["processing_level"] in condition.split(":")[1].strip("()").split("|")
        ):
            chosen[option["name"]] = option["defaultValue"]
    return [{"key": key, "value": value} for key, value in chosen.items()]


def archive_body(api, backend, scene, aoi=None, reference="test-ref", processing_level=None):
    user = api.user
    aoi = aoi or aoi_inside(scene)
    if backend == "neo":
        contract, product_type = user.neo, "PleiadesNeoArchiveMono"
        item = {
            "productTypeId": product_type,
            "aoiId": 1,
            "properties": [],
            "dataSourceIds": [{"catalogId": "PublicMOC", "catalogItemId": scene["properties"]["id"]}],
        }
    else:
        contract = user.legacy
        product_type = (
            "PleiadesArchiveMono" if scene["properties"]["constellation"] == "PHR" else "SPOTArchive1.5Mono"
        )
        item = {
            "productTypeId": product_type,
            "aoiId": 1,
            "datastripIds": [scene["properties"]["archiveIdentifier"]],
        }
    body = {
        "contractId": contract,
        "aoi": [{"id": 1, "name": "Polygon 1", "geometry": aoi}],
        "items": [item],
        "customerReference": reference,
        "primaryMarket": "NQUAL",
        "delivery": {"type": "network"},
        "optionsPerProductType": [
            {
                "productTypeId": product_type,
                "options": default_options(api, contract, product_type, aoi, processing_level),
            }
        ],
    }
    if backend == "neo":
        body["endUsers"] = [{"endUserName": "Test user", "country": "FR"}]
    else:
        body["notificationEmails"] = ["test@example.com"]
    return body


def tasking_body(
    api,
    backend,
    product_type,
    aoi,
    reference="tasking-ref",
    segment_key=None,
    period=None,
    threshold=100,
    automation="AUTOMATIC",
):
    user = api.user
    contract = user.neo if backend == "neo" else user.legacy
    properties = [
        {"key": "acquisitionMode", "value": "MONO"},
        {"key": "maxCloudCover", "value": 30},
        {"key": "notificationThreshold", "value": threshold},
        {"key": "maxIncidenceAngle", "value": 40},
        {"key": "feasibilityAutomation", "value": automation},
        {"key": "classification", "value": "EASY"},
    ]
    if period:
        properties.append({"key": "acqPeriod", "value": period})
    item = {"productTypeId": product_type, "aoiId": 1, "dataSourceIds": [], "properties": properties}
    if segment_key:
        item["segmentKey"] = segment_key
    body = {
        "contractId": contract,
        "aoi": [{"id": 1, "name": "Polygon 1", "geometry": aoi}],
        "items": [item],
        "customerReference": reference,
        "primaryMarket": "AGRI",
        "delivery": {"type": "network"},
        "optionsPerProductType": [
            {"productTypeId": product_type, "options": default_options(api, contract, product_type, aoi)}
        ],
    }
    if backend == "neo":
        body["endUsers"] = [{"endUserName": "Test user", "country": "FR"}]
    else:
        body["notificationEmails"] = ["test@example.com"]
    return body


def window(sim, start_hours, end_hours):
    now = sim.clock.now()
    return {
        "startDate": (now + timedelta(hours=start_hours)).isoformat().replace("+00:00", "Z"),
        "endDate": (now + timedelta(hours=end_hours)).isoformat().replace("+00:00", "Z"),
    }


def attempt_request(api, mission, prog_type, aoi, window_):
    contract = api.user.neo if mission == "PLEIADESNEO" else api.user.legacy
    return {
        "contractId": contract,
        "mission": mission,
        "progTypeNames": [prog_type],
        "acquisitionDate": window_,
        "optical": {"acquisitionMode": "MONO", "maxCloudCover": 30, "maxIncidenceAngle": 40},
        "aoi": aoi,
    }


def modified(body, **changes):
    copied = copy.deepcopy(body)
    copied.update(changes)
    return copied
