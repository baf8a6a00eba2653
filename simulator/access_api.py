"""Access service: quicklook/thumbnail, WMTS (GetCapabilities, KVP GetTile, RESTful tiles), download."""

import hashlib
import io
import json
import zipfile
from functools import lru_cache

from flask import Blueprint, current_app, request
from shapely.geometry import shape

from . import imagery, lifecycle
from .auth import current_user
from .errors import SimApiError, bad_request
from .wmts import capabilities_xml

blueprint = Blueprint("access", __name__, url_prefix="/access")

QUICKLOOK_SIZE = 400  # long side in pixels (the real ones are ~5000: kept small to stay cheap)
THUMBNAIL_SIZE = 300
MAX_ZOOM = 20
TILE_MATRIX_SETS = ("EPSG3857", "EPSG4326")


def sim():
    return current_app.config["SIM"]


def not_found(message):
    return SimApiError(404, message, error_code="E0404")


def _item(item_id, streamable=False):
    """The item if the caller may see it; delivered items belong to their owner only."""
    user = current_user(allow_basic=True)
    item = sim().items.get(item_id)
    if item is None:
        raise not_found(f"Item '{item_id}' not found.")
    owner = item.get("_sim", {}).get("owner_id")
    if owner is not None and owner != user.user_id:
        raise SimApiError(403, f"You are not allowed to access item '{item_id}'.", error_code="E0403")
    if streamable and item["properties"]["processingLevel"] == "ALBUM":
        raise not_found(
            f"Item '{item_id}' is an archive (ALBUM) item: only quicklook and thumbnail are "
            "available until it is ordered."
        )
    return item


def _ring(item):
    return _rounded_ring(shape(item["geometry"]))


def _rounded_ring(polygon):
    return tuple((round(lon, 7), round(lat, 7)) for lon, lat, *_ in polygon.exterior.coords)


def _acquisition_ring(acquisition_id):
    """[INFERRED] a tasking acquisition's preview is served here under its own id (coverage item or
    segment), to its owner only; None when no acquisition has that id."""
    found = lifecycle.find_acquisition(sim(), acquisition_id)
    if found is None:
        return None
    line, acquisition = found
    if line["user_id"] != current_user(allow_basic=True).user_id:
        raise SimApiError(403, f"You are not allowed to access item '{acquisition_id}'.", error_code="E0403")
    footprint = acquisition["footprint"]
    if footprint.geom_type != "Polygon":
        footprint = footprint.buffer(0.001).envelope
    return _rounded_ring(footprint)


def _preview(item_id, long_side):
    ring = _acquisition_ring(item_id) if item_id not in sim().items else None
    if ring is not None:
        tint = imagery.tint_for(hashlib.md5(item_id.encode()).hexdigest())  # noqa: S324 (a colour, no secret)
    else:
        item = _item(item_id)
        ring, tint = _ring(item), imagery.tint_for(item_id)
    lons, lats = [p[0] for p in ring], [p[1] for p in ring]
    ratio = (max(lats) - min(lats)) / max(1e-9, (max(lons) - min(lons)))
    width, height = (
        (long_side, max(16, int(long_side * ratio)))
        if ratio < 1
        else (max(16, int(long_side / ratio)), long_side)
    )
    data = imagery.render_preview(ring, tint, width, height)
    return current_app.response_class(data, mimetype="image/jpeg")


@blueprint.get("/api/v1/items/<item_id>/quicklook")
def quicklook(item_id):
    return _preview(item_id, QUICKLOOK_SIZE)


@blueprint.get("/api/v1/items/<item_id>/thumbnail")
def thumbnail(item_id):
    return _preview(item_id, THUMBNAIL_SIZE)


def _tile(item_id, matrix_set, z, x, y):
    item = _item(item_id, streamable=True)
    if matrix_set not in TILE_MATRIX_SETS:
        raise bad_request(f"Unknown tile matrix set '{matrix_set}'.", field="TileMatrixSet")
    columns = 2 ** (z + 1) if matrix_set == "EPSG4326" else 2**z
    if not (0 <= z <= MAX_ZOOM and 0 <= x < columns and 0 <= y < 2**z):
        raise bad_request(
            f"Tile {z}/{x}/{y} is outside the tile matrix set {matrix_set}.", field="TileMatrix"
        )
    data = imagery.render_tile(matrix_set, z, x, y, _ring(item), imagery.tint_for(item_id))
    return current_app.response_class(data, mimetype="image/png")


@blueprint.get(
    "/api/v1/items/<item_id>/wmts/tiles/1.0.0/default/rgb/<matrix_set>/<int:z>/<int:x>/<int:y>.png"
)
def rest_tile(item_id, matrix_set, z, x, y):
    return _tile(item_id, matrix_set, z, x, y)


@blueprint.get(
    "/api/v1/items/<item_id>/images/<image_id>/wmts/tiles/1.0.0/default/rgb/<matrix_set>/<int:z>/"
    "<int:x>/<int:y>.png"
)
def image_rest_tile(item_id, image_id, matrix_set, z, x, y):
    return _tile(item_id, matrix_set, z, x, y)


def _wmts(item_id, base_path):
    item = _item(item_id, streamable=True)
    args = {key.lower(): value for key, value in request.args.items()}
    operation = args.get("request", "GetCapabilities")
    if args.get("service", "WMTS").upper() != "WMTS":
        raise bad_request("service must be WMTS.", field="service")
    if operation == "GetCapabilities":
        xml = capabilities_xml(request.host_url.rstrip("/") + base_path, item, TILE_MATRIX_SETS, MAX_ZOOM)
        return current_app.response_class(xml, mimetype="application/xml")
    if operation == "GetTile":
        try:
            matrix_set = args["tilematrixset"]
            z, x, y = int(args["tilematrix"].split(":")[-1]), int(args["tilecol"]), int(args["tilerow"])
        except (KeyError, ValueError):
            raise bad_request(
                "GetTile needs TileMatrixSet, TileMatrix, TileCol and TileRow.", field="TileMatrix"
            ) from None
        return _tile(item_id, matrix_set, z, x, y)
    raise bad_request(f"Unsupported WMTS request '{operation}'.", field="request")


@blueprint.get("/api/v1/items/<item_id>/wmts")
def wmts(item_id):
    return _wmts(item_id, f"/access/api/v1/items/{item_id}/wmts")


@blueprint.get("/api/v1/items/<item_id>/images/<image_id>/wmts")
def image_wmts(item_id, image_id):
    return _wmts(item_id, f"/access/api/v1/items/{item_id}/images/{image_id}/wmts")


@blueprint.get("/api/v1/items/<item_id>/metadata")
@blueprint.get("/api/v1/items/<item_id>/images/<image_id>/metadata")
def metadata(item_id, image_id=None):
    item = _item(item_id, streamable=True)
    return current_app.response_class(
        json.dumps({"id": item_id, **item["properties"]}), mimetype="application/json"
    )


@lru_cache(maxsize=32)
def _product_zip(item_id, file_name, ring, properties_json):
    """A small DIMAP-like product: metadata XML, a preview and a rendered image (deterministic bytes)."""
    properties = json.loads(properties_json)
    buffer = io.BytesIO()
    fixed_date = (2024, 1, 1, 0, 0, 0)
    stem = file_name[:-4]
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        files = {
            f"{stem}/DIM_{properties.get('archiveIdentifier', item_id)}.XML": _dimap(properties).encode(),
            f"{stem}/PREVIEW.JPG": imagery.render_preview(ring, imagery.tint_for(item_id), 400, 400),
            f"{stem}/IMG_RGB.JPG": imagery.render_preview(ring, imagery.tint_for(item_id), 1024, 1024),
            # The image covers the footprint's bounding box: a world file and its CRS georeference it, so
            # the product opens in place once unpacked (the real DIMAP georeferences its JP2/TIFF images).
            f"{stem}/IMG_RGB.JGW": _world_file(ring, 1024, 1024).encode(),
            f"{stem}/IMG_RGB.JPG.aux.xml": b"<PAMDataset><SRS>EPSG:4326</SRS></PAMDataset>\n",
        }
        for name, data in files.items():
            archive.writestr(zipfile.ZipInfo(name, fixed_date), data)
    return buffer.getvalue()


def _world_file(ring, width, height):
    lons, lats = [p[0] for p in ring], [p[1] for p in ring]
    x_size, y_size = (max(lons) - min(lons)) / width, (max(lats) - min(lats)) / height
    values = (x_size, 0.0, 0.0, -y_size, min(lons) + x_size / 2, max(lats) - y_size / 2)
    return "\n".join(f"{value:.12f}" for value in values) + "\n"


def _dimap(properties):
    lines = [
        f"    <{key}>{value}</{key}>"
        for key, value in sorted(properties.items())
        if isinstance(value, (str, int, float)) and key.isidentifier()
    ]
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<Dimap_Document>\n  <Simulated_Metadata>\n'
        + "\n".join(lines)
        + "\n  </Simulated_Metadata>\n</Dimap_Document>\n"
    )


@blueprint.get("/api/v1/items/<item_id>/download")
def download(item_id):
    item = _item(item_id, streamable=True)
    file_name = item["_sim"]["file_name"]
    data = _product_zip(item_id, file_name, _ring(item), json.dumps(item["properties"], sort_keys=True))
    response = current_app.response_class(data, mimetype="application/zip")
    response.headers["Content-Disposition"] = f'attachment; filename="{file_name}"'
    response.headers["X-Ads-Checksum-Method"] = "md5"
    response.headers["X-Ads-Checksum-Value"] = hashlib.md5(data).hexdigest()  # noqa: S324 (the API's choice)
    response.headers["Content-Length"] = str(len(data))
    return response
