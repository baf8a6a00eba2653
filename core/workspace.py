"""Delivered products: streaming URLs and the download of the product archive.

The download link is the ``_links.download`` entry named "download" of type "http", never one chosen by
position (links.py). The archive itself is written and verified by download.py (``save_stream``): a
cancelled, interrupted, corrupted or unverifiable download never leaves a file that looks finished.
"""

import os
import re
from dataclasses import dataclass

from . import errors
from .download import save_stream  # noqa: F401 (kept importable from here)
from .i18n import Text
from .links import http_download_link, link_href, links_named
from .models import NEO
from .parsing import as_str

XYZ_SUFFIX = "/tiles/1.0.0/default/rgb/{matrix_set}/{{z}}/{{x}}/{{y}}.png"
_UNSAFE_FILE_CHARACTERS = re.compile(r"[^A-Za-z0-9_.-]+")


@dataclass
class StreamingUrls:
    """Where a delivered product streams from. ``xyz`` is a z/x/y template (Web Mercator) for an XYZ layer;
    ``wmts_capabilities`` the GetCapabilities URL. Both need the credentials of the session (Bearer token,
    or HTTP Basic APIKEY:<key> as Airbus's own QGIS plugin does)."""

    wmts: str
    wmts_capabilities: str
    xyz: str
    xyz_wgs84: str
    image_wmts: dict  # image name (panchromatic / multispectral) -> WMTS URL


def streaming_urls(scene):
    wmts = link_href(scene.links, "wmts")
    if not wmts:
        raise errors.NotFoundError(Text(
            "Scene {scene} cannot be streamed: only delivered products (not archive previews) stream.",
            scene=str(scene.id)))
    base = wmts.split("?", 1)[0].rstrip("/")
    images = {
        as_str(link.get("name")) or as_str(link.get("resourceId")) or f"image {index + 1}": as_str(
            link["href"]
        )
        for index, link in enumerate(links_named(scene.links, "imagesWmts"))
    }
    return StreamingUrls(
        wmts=base,
        wmts_capabilities=f"{base}?service=WMTS&request=GetCapabilities",
        xyz=base + XYZ_SUFFIX.format(matrix_set="EPSG3857"),
        xyz_wgs84=base + XYZ_SUFFIX.format(matrix_set="EPSG4326"),
        image_wmts=images,
    )


def download_link(scene):
    link = http_download_link(scene.links)
    if link is None:
        raise errors.NotFoundError(Text(
            "Product {scene} has no direct download link (it may not be delivered yet).",
            scene=str(scene.id)))
    return link


def file_name_for(scene, link):
    """The link's resourceId (the archive's own name) if it has one, else the item id; made safe."""
    name = as_str(link.get("resourceId")) or f"{scene.id}.zip"
    name = _UNSAFE_FILE_CHARACTERS.sub("_", os.path.basename(name)).strip("._") or "product.zip"
    return name if "." in name else name + ".zip"


def delivery_workspaces(account, contract_id=None):
    """Where delivered products are looked up. A Pleiades Neo contract delivers to its own
    ``delivery[].deliveryWorkspace`` (the guides: "the method to retrieve workspace_id differs between
    SPOT/Pleiades and Pleiades Neo"); Pleiades/SPOT deliver to the account's "My Data" workspace
    (``/me`` contract.workspaceId). Without a contract: all of them, each once."""

    contracts = account.contracts
    if contract_id:
        contracts = [contract for contract in contracts if contract.contract_id == contract_id]
    spaces = []
    for contract in contracts:
        space = contract.delivery_workspace if contract.backend == NEO else None
        space = space or account.workspace_id
        if space and space not in spaces:
            spaces.append(space)
    if not contract_id and account.workspace_id and account.workspace_id not in spaces:
        spaces.insert(0, account.workspace_id)
    return spaces
