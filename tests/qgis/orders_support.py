"""Helpers of the Orders and streaming tests: orders placed by an earlier client session (a core client of
its own, nothing shared with the plugin), a second tile server that asks for no credentials, rendering."""

import http.server
import io
import threading

from qgis.core import QgsMapRendererSequentialJob, QgsMapSettings, QgsNetworkAccessManager, QgsRectangle
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor

from oneatlas_ppo.core.catalog import ArchiveSearch
from oneatlas_ppo.core.models import NEO

from ..unit.core_support import TOULOUSE, make_client, years_ago
from ..unit.test_archive_flow import order_request
from ..unit.test_tasking_flow import tasking_order, tasking_search

HOURS = 3600


def earlier_session_archive_order(simulator, user, constellation="PNEO", backend=NEO, aoi=TOULOUSE):
    """An archive order placed by another client (an earlier QGIS session): (request, result)."""
    client = make_client(simulator, user)
    scene = client.search_archive(ArchiveSearch(aoi=aoi, constellations=[constellation],
                                                start=years_ago(6), end=years_ago(0))).scenes[0]
    request = order_request(client, backend, scene, aoi=aoi)
    return request, client.place_order(request)


def earlier_session_tasking_order(simulator, user, product="PleiadesNeoOnePlan", days=30):
    """A tasking order whose every acquisition waits for the user's answer (threshold 0)."""
    client = make_client(simulator, user)
    contract = user.neo if product.startswith("PleiadesNeo") else user.legacy
    search = tasking_search(client, contract, product, days=days, max_incidence_angle=45)
    feasibility = client.feasibility(search)
    attempt = None if product.endswith("OnePlan") else client.attempts(search)[0]
    request = tasking_order(client, search, feasibility, attempt, notification_threshold=0)
    return request, client.place_order(request)


def render(layer, extent: QgsRectangle, size: int = 256):
    """Draw ``layer`` over ``extent`` (in the layer's CRS) as QGIS does, and return the image. QGIS's tile
    cache is emptied first: every tile then really travels (what the tests check)."""
    cache = QgsNetworkAccessManager.instance().cache()
    if cache is not None:
        cache.clear()
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(layer.crs())
    settings.setExtent(extent)
    settings.setOutputSize(QSize(size, size))
    settings.setBackgroundColor(QColor(0, 0, 0, 0))
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    return job.renderedImage()


def opaque_pixels(image) -> int:
    step = 8
    return sum(1 for x in range(0, image.width(), step) for y in range(0, image.height(), step)
               if image.pixelColor(x, y).alpha() > 0)


def png_tile(colour=(30, 140, 60)) -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGBA", (256, 256), colour + (255,)).save(buffer, "PNG")
    return buffer.getvalue()


class PlainTileServer:
    """A local z/x/y tile server that needs no credentials and records the Authorization header of every
    request it gets (to prove the token never reaches a host other than OneAtlas's)."""

    def __init__(self, tile: bytes = None, handler_hook=None):
        self.tile = tile or png_tile()
        self.requests = []  # (path, Authorization header or None)
        owner = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 (http.server's name)
                owner.requests.append((self.path, self.headers.get("Authorization")))
                body = handler_hook(self.path) if handler_hook else owner.tile
                self.send_response(200)
                self.send_header("Content-Type", "image/png")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.origin = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()
