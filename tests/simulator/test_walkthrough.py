"""The README's curl walkthrough, step by step with requests: PNEO archive, SPOT archive, PNEO OneDay tasking,
each ending with a delivered image whose tiles render and whose zip downloads intact."""

import hashlib
import io
import math
from datetime import timedelta

import requests
from PIL import Image

from .helpers import TIMEOUT, TOKEN_PATH

AOI = {
    "type": "Polygon",
    "coordinates": [[[1.42, 43.58], [1.46, 43.58], [1.46, 43.62], [1.42, 43.62], [1.42, 43.58]]],
}


def _tile(lon, lat, z):
    n, rad = 2**z, math.radians(lat)
    return (
        z,
        int((lon + 180) / 360 * n),
        int((1 - math.log(math.tan(rad) + 1 / math.cos(rad)) / math.pi) / 2 * n),
    )


class Walk:
    def __init__(self, sim, user):
        self.sim, self.user = sim, user
        token = requests.post(
            sim.origin + TOKEN_PATH,
            timeout=TIMEOUT,
            data={"apikey": user.api_key, "grant_type": "api_key", "client_id": "IDP"},
        ).json()["access_token"]
        self.headers = {"Authorization": f"Bearer {token}"}

    def call(self, method, path, expected=200, **kwargs):
        response = requests.request(
            method, self.sim.origin + path, headers=self.headers, timeout=TIMEOUT, **kwargs
        )
        if response.status_code == 401 and "Token expired" in response.text:
            # tokens expire on the simulated clock, which this walk advances by days: sign in again
            token = requests.post(
                self.sim.origin + TOKEN_PATH,
                timeout=TIMEOUT,
                data={"apikey": self.user.api_key, "grant_type": "api_key", "client_id": "IDP"},
            ).json()["access_token"]
            self.headers = {"Authorization": f"Bearer {token}"}
            response = requests.request(
                method, self.sim.origin + path, headers=self.headers, timeout=TIMEOUT, **kwargs
            )
        assert response.status_code == expected, response.text
        return response

    def track(self, q):
        return self.call("POST", "/order/api/v2/orders/search", json={"criteria": {"q": q}}).json()[
            "features"
        ]

    def advance(self, seconds):
        requests.post(self.sim.origin + "/_sim/clock", json={"advance": seconds}, timeout=TIMEOUT)

    def check_delivery(self, workspace, reference, sales_order_id):
        (feature,) = self.call(
            "GET",
            "/search/api/v2/opensearch",
            params={"workspace": workspace, "customerReference": reference},
        ).json()["features"]
        assert feature["properties"]["internalReference"] == sales_order_id
        assert feature["properties"]["processingLevel"] in ("ORTHO", "SENSOR")
        z, x, y = _tile(1.44, 43.60, 15)
        tile = self.call(
            "GET",
            f"{feature['_links']['wmts']['href']}/tiles/1.0.0/default/rgb/EPSG3857/{z}/{x}/{y}.png".replace(
                self.sim.origin, ""
            ),
        )
        image = Image.open(io.BytesIO(tile.content))
        assert image.size == (256, 256) and image.mode == "RGBA" and image.getextrema()[3] == (255, 255)
        (href,) = [
            link["href"]
            for link in feature["_links"]["download"]
            if link["name"] == "download" and link["type"] == "http"
        ]
        download = requests.get(href, auth=("APIKEY", self.user.api_key), timeout=TIMEOUT)
        assert download.headers["X-Ads-Checksum-Value"] == hashlib.md5(download.content).hexdigest()
        assert download.content[:2] == b"PK"


def _options(**chosen):
    return [{"key": key, "value": value} for key, value in chosen.items()]


def test_walkthrough(simulator, demo_user):
    walk = Walk(simulator, demo_user)
    contracts = {
        c["backendSource"]: c["contractId"]
        for c in walk.call("GET", "/order/api/v1/contracts").json()["contracts"]
    }
    workspace = walk.call("GET", "/data/api/v1/me").json()["contract"]["workspaceId"]
    neo, legacy = contracts["neo"], contracts["legacy"]

    # 1. Pleiades Neo archive
    assert "PleiadesNeoArchiveMono" in {
        p["productTypeId"]
        for p in walk.call("GET", f"/order/api/v1/contracts/{neo}/productTypes").json()["productTypes"]
    }
    item = walk.call(
        "POST",
        "/search/api/v2/opensearch",
        json={
            "workspace": "public-pneo",
            "geometry": AOI,
            "relation": "contains",
            "sortBy": "cloudCover",
            "itemsPerPage": 1,
        },
    ).json()["features"][0]["properties"]["id"]
    walk.call(
        "POST",
        f"/order/api/v1/contracts/{neo}/productTypes/PleiadesNeoArchiveMono/options",
        json={"aoi": [{"polygonId": 1, "geometry": AOI}]},
    )
    body = {
        "contractId": neo,
        "aoi": [{"id": 1, "name": "Polygon 1", "geometry": AOI}],
        "customerReference": "walk-pneo-archive",
        "primaryMarket": "NQUAL",
        "items": [
            {
                "productTypeId": "PleiadesNeoArchiveMono",
                "aoiId": 1,
                "properties": [],
                "dataSourceIds": [{"catalogId": "PublicMOC", "catalogItemId": item}],
            }
        ],
        "optionsPerProductType": [
            {
                "productTypeId": "PleiadesNeoArchiveMono",
                "options": _options(
                    processing_level="ortho",
                    spectral_processing="full_bundle",
                    radiometric_processing="reflectance",
                    pixel_coding="12bits",
                    image_format="dimap_geotiff",
                    licence="standard",
                    projection_1="32631",
                    dem_1="best_available",
                ),
            }
        ],
        "endUsers": [{"endUserName": "Walkthrough", "country": "FR"}],
        "delivery": {"type": "network"},
    }
    assert walk.call("POST", "/order/api/v1/prices", json=body).json()["totalAmount"] > 0
    sales_order = walk.call("POST", "/order/api/v1/orders", json=body, expected=201).json()["salesOrderId"]
    assert walk.track(f"salesOrderId:{sales_order}")[0]["status"] == "IN_PROGRESS"
    walk.advance(3 * 3600)
    assert (
        walk.track("(customerReference:walk-pneo*) AND (technicalProduct.source.id:archive)")[0]["status"]
        == "DELIVERED"
    )
    walk.check_delivery(workspace, "walk-pneo-archive", sales_order)

    # 2. SPOT archive (anonymous search of public)
    strip = requests.post(
        simulator.origin + "/search/api/v2/opensearch",
        timeout=TIMEOUT,
        json={
            "workspace": "public",
            "constellation": "SPOT",
            "geometry": AOI,
            "relation": "contains",
            "itemsPerPage": 1,
        },
    ).json()["features"][0]["properties"]["archiveIdentifier"]
    body = {
        "contractId": legacy,
        "aoi": [{"id": 1, "name": "Polygon 1", "geometry": AOI}],
        "customerReference": "walk-spot-archive",
        "primaryMarket": "CARTO",
        "items": [{"productTypeId": "SPOTArchive1.5Mono", "aoiId": 1, "datastripIds": [strip]}],
        "optionsPerProductType": [
            {
                "productTypeId": "SPOTArchive1.5Mono",
                "options": _options(
                    processing_level="ortho",
                    spectral_processing="pansharpened_natural_color",
                    radiometric_processing="display",
                    pixel_coding="8bits",
                    image_format="dimap_jpeg2000_regular",
                    licence="standard",
                    projection_1="2154",
                    dem_1="best_available",
                ),
            }
        ],
        "notificationEmails": ["walkthrough@example.com"],
        "delivery": {"type": "network", "workspace": workspace},
    }
    price = walk.call("POST", "/order/api/v1/prices", json=body).json()["productTypes"][0]
    assert price["orderMinimumApplied"] and price["areaKm2"] == 100
    sales_order = walk.call("POST", "/order/api/v1/orders", json=body, expected=201).json()["salesOrderId"]
    walk.advance(3 * 3600)
    walk.check_delivery(workspace, "walk-spot-archive", sales_order)

    # 3. Pleiades Neo OneDay tasking
    now = simulator.clock.now()
    request = {
        "contractId": neo,
        "mission": "PLEIADESNEO",
        "progTypeNames": ["ONEDAY"],
        "aoi": AOI,
        "acquisitionDate": {
            "startDate": (now + timedelta(hours=12)).isoformat(),
            "endDate": (now + timedelta(hours=36)).isoformat(),
        },
        "optical": {"acquisitionMode": "MONO", "maxCloudCover": 20, "maxIncidenceAngle": 40},
    }
    feasibility = walk.call("POST", "/order/api/v1/feasibility", json=request).json()
    assert feasibility["progCapacities"][0]["progTypes"][0]["feasibility"]["automation"] == "AUTOMATIC"
    segments = walk.call("POST", "/order/api/v1/attempts", json=request).json()["progCapacities"][0][
        "progTypes"
    ][0]["segments"]
    properties = [
        {"key": "acquisitionMode", "value": "MONO"},
        {"key": "maxCloudCover", "value": 20},
        {"key": "notificationThreshold", "value": 0},
        {"key": "maxIncidenceAngle", "value": 40},
        {"key": "feasibilityAutomation", "value": "AUTOMATIC"},
        {"key": "classification", "value": "EASY"},
    ]
    body = {
        "contractId": neo,
        "aoi": [{"id": 1, "name": "Polygon 1", "geometry": AOI}],
        "customerReference": "walk-pneo-oneday",
        "primaryMarket": "AGRI",
        "items": [
            {
                "productTypeId": "PleiadesNeoOneDay",
                "aoiId": 1,
                "dataSourceIds": [],
                "segmentKey": segments[0]["segmentKey"],
                "properties": properties,
            }
        ],
        "optionsPerProductType": [
            {
                "productTypeId": "PleiadesNeoOneDay",
                "options": _options(
                    processing_level="primary",
                    spectral_processing="full_bundle",
                    radiometric_processing="reflectance",
                    pixel_coding="12bits",
                    image_format="dimap_jpeg2000_regular",
                    licence="standard",
                ),
            }
        ],
        "endUsers": [{"endUserName": "Walkthrough", "country": "FR"}],
        "delivery": {"type": "network"},
    }
    assert walk.call("POST", "/order/api/v1/prices", json=body).json()["totalAmount"] == 3000
    assert (
        walk.call("POST", "/order/api/v1/quotations", json=body, expected=201).json()["quotationStatus"]
        == "SENT"
    )
    sales_order = walk.call("POST", "/order/api/v1/orders", json=body, expected=201).json()["salesOrderId"]
    (line,) = walk.track("customerReference:walk-pneo-oneday AND quotationStatus:ACCEPTED")
    walk.advance(2 * 86400)
    (coverage,) = walk.call(
        "POST",
        "/order/api/v1/coverages/search",
        json={
            "criteria": {"q": f"orderItemId:{line['orderItemId']} AND (status:PROPOSED OR status:VALIDATED)"}
        },
    ).json()["features"]
    assert (
        walk.call("POST", f"/order/api/v1/coverages/{coverage['coverageItemId']}/accept").json()["status"]
        == "VALIDATED"
    )
    walk.advance(2 * 3600)
    assert walk.track(f"orderItemId:{line['orderItemId']}")[0]["status"] == "DELIVERED"
    walk.check_delivery(workspace, "walk-pneo-oneday", sales_order)
