"""Access: quicklook/thumbnail, WMTS capabilities, tiles (KVP and RESTful), download with checksum."""

import hashlib
import io
import xml.etree.ElementTree as ET
import zipfile

import pytest
import requests
from PIL import Image

from .helpers import Api, archive_body

WMTS = "{http://www.opengis.net/wmts/1.0}"
OWS = "{http://www.opengis.net/ows/1.1}"


@pytest.fixture
def api(simulator, demo_user):
    return Api(simulator, demo_user)


@pytest.fixture
def delivered(api, simulator):
    """A delivered SPOT archive item (ordered, then 3 simulated hours later)."""
    body = archive_body(api, "legacy", api.first_scene("public", "SPOT"), reference="access-1")
    assert api.post("/order/api/v1/orders", json=body).status_code == 201
    simulator.clock.advance(3 * 3600)
    (feature,) = api.search(workspace=api.user.workspace_id, customerReference="access-1")["features"]
    return feature


@pytest.mark.parametrize("kind", ["quicklook", "thumbnail"])
def test_previews_are_jpeg_images(api, kind):
    scene = api.first_scene("public", "PHR")
    response = api.get(scene["_links"][kind]["href"].replace(api.sim.origin, ""))
    assert response.status_code == 200 and response.headers["Content-Type"] == "image/jpeg"
    image = Image.open(io.BytesIO(response.content))
    assert image.format == "JPEG" and image.mode == "RGB" and max(image.size) >= 200


def test_previews_need_auth(simulator, api):
    scene = api.first_scene("public", "PHR")
    assert requests.get(scene["_links"]["quicklook"]["href"], timeout=10).status_code == 401


@pytest.mark.parametrize(
    "endpoint",
    [
        "wmts?service=WMTS&request=GetCapabilities",
        "download",
        "wmts/tiles/1.0.0/default/rgb/EPSG3857/10/512/380.png",
    ],
)
def test_album_items_do_not_stream(api, endpoint):
    scene = api.first_scene("public", "PHR")
    response = api.get(f"/access/api/v1/items/{scene['properties']['id']}/{endpoint}")
    assert response.status_code == 404


def test_capabilities_are_a_wmts_document(api, delivered):
    response = api.get(
        delivered["_links"]["wmts"]["href"].replace(api.sim.origin, ""),
        params={"service": "WMTS", "request": "GetCapabilities"},
    )
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    assert root.tag == f"{WMTS}Capabilities" and root.get("version") == "1.0.0"
    layer = root.find(f"{WMTS}Contents/{WMTS}Layer")
    assert layer.find(f"{OWS}Identifier").text == "default"
    assert layer.find(f"{WMTS}Style/{OWS}Identifier").text == "rgb"
    sets = {s.find(f"{OWS}Identifier").text: s for s in root.findall(f"{WMTS}Contents/{WMTS}TileMatrixSet")}
    assert set(sets) == {"EPSG3857", "EPSG4326"}
    assert "GoogleMapsCompatible" in sets["EPSG3857"].find(f"{WMTS}WellKnownScaleSet").text
    template = layer.find(f"{WMTS}ResourceURL").get("template")
    assert template.endswith(
        "/wmts/tiles/1.0.0/default/rgb/{TileMatrixSet}/{TileMatrix}/{TileCol}/{TileRow}.png"
    )


def _tile_for(feature, z):
    import math

    from shapely.geometry import shape

    center = shape(feature["geometry"]).centroid
    n = 2**z
    x = int((center.x + 180) / 360 * n)
    y = int((1 - math.asinh(math.tan(math.radians(center.y))) / math.pi) / 2 * n)
    return x, y


def _png(api, path):
    response = api.get(path)
    assert response.status_code == 200, response.text
    assert response.headers["Content-Type"] == "image/png"
    return Image.open(io.BytesIO(response.content)).convert("RGBA")


def test_rest_and_kvp_tiles_agree_and_line_up_across_zooms(api, delivered):
    item = delivered["properties"]["id"]
    x, y = _tile_for(delivered, 14)
    rest = _png(api, f"/access/api/v1/items/{item}/wmts/tiles/1.0.0/default/rgb/EPSG3857/14/{x}/{y}.png")
    kvp = _png(
        api,
        f"/access/api/v1/items/{item}/wmts?service=WMTS&request=GetTile&layer=default&style=rgb"
        f"&TileMatrixSet=EPSG3857&TileMatrix=14&TileCol={x}&TileRow={y}&format=image/png",
    )
    assert rest.tobytes() == kvp.tobytes()
    # The top-left child at zoom 15 shows the same ground as the top-left quarter of the zoom-14 tile.
    child = _png(
        api, f"/access/api/v1/items/{item}/wmts/tiles/1.0.0/default/rgb/EPSG3857/15/{2 * x}/{2 * y}.png"
    )
    quarter = rest.crop((0, 0, 128, 128)).resize((32, 32), Image.BILINEAR)
    child_small = child.resize((32, 32), Image.BILINEAR)
    differences = [
        abs(a - b)
        for pa, pb in zip(quarter.getdata(), child_small.getdata())
        for a, b in zip(pa[:3], pb[:3])
        if pa[3] == 255 and pb[3] == 255
    ]
    assert differences and sum(differences) / len(differences) < 25


def test_tiles_are_transparent_outside_the_footprint(api, delivered):
    item = delivered["properties"]["id"]
    x, y = _tile_for(delivered, 9)
    tile = _png(api, f"/access/api/v1/items/{item}/wmts/tiles/1.0.0/default/rgb/EPSG3857/9/{x}/{y}.png")
    alphas = {pixel[3] for pixel in tile.getdata()}
    assert alphas >= {0, 255}  # a small delivered AOI inside a big tile: both inside and outside pixels
    far = _png(
        api, f"/access/api/v1/items/{item}/wmts/tiles/1.0.0/default/rgb/EPSG3857/9/{(x + 3) % 512}/{y}.png"
    )
    assert {pixel[3] for pixel in far.getdata()} == {0}


def test_epsg4326_tiles(api, delivered):
    item = delivered["properties"]["id"]
    tile = _png(api, f"/access/api/v1/items/{item}/wmts/tiles/1.0.0/default/rgb/EPSG4326/0/1/0.png")
    assert tile.size == (256, 256)
    assert (
        api.get(f"/access/api/v1/items/{item}/wmts/tiles/1.0.0/default/rgb/EPSG4326/0/2/0.png").status_code
        == 400
    )


def test_download_zip_with_md5_headers(api, delivered):
    link = next(link for link in delivered["_links"]["download"] if link["type"] == "http")
    response = requests.get(link["href"], auth=("APIKEY", api.user.api_key), timeout=10)
    assert response.status_code == 200
    assert response.headers["X-Ads-Checksum-Method"] == "md5"
    assert response.headers["X-Ads-Checksum-Value"] == hashlib.md5(response.content).hexdigest()
    assert int(response.headers["Content-Length"]) == len(response.content)
    names = zipfile.ZipFile(io.BytesIO(response.content)).namelist()
    assert any(name.endswith(".XML") for name in names) and any(
        name.endswith("IMG_RGB.JPG") for name in names
    )


def test_download_needs_auth_and_ownership(api, simulator, delivered):
    from simulator import DEMO_USERS

    link = next(link for link in delivered["_links"]["download"] if link["type"] == "http")
    assert requests.get(link["href"], timeout=10).status_code == 401
    other = Api(simulator, DEMO_USERS[1])
    assert other.get(link["href"].replace(simulator.origin, "")).status_code == 403
