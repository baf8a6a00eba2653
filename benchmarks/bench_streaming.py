"""Does the token on streamed tiles cost anything when drawing?

One local tile server, no authentication, serves the same PNG tile for two URL shapes: the OneAtlas access
path (``/access/api/v1/items/<id>/wmts/tiles/...``), which the plugin's request preprocessor
(ui/connection/tile_auth.py) recognises and gives an ``Authorization: Bearer`` header, and a plain ``/plain/``
path it leaves alone. The same area is drawn with each layer several times, alternating, each run with
fresh URLs (a run number in the query) so that neither layer is served from QGIS's tile caches. Prints the
median time of each and their ratio (target: streamed / plain at most 1.05).

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_streaming.py [runs]
"""

import http.server
import io
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TARGET_RATIO = 1.05
ITEM = "00000000-0000-0000-0000-00000000bench"


def _importable():
    link_parent = Path(tempfile.mkdtemp(prefix="oneatlas-bench-"))
    (link_parent / "oneatlas_ppo").symlink_to(REPO, target_is_directory=True)
    sys.path[:0] = [str(link_parent), str(REPO)]


def _tile_png():
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGBA", (256, 256), (40, 120, 200, 255)).save(buffer, "PNG")
    return buffer.getvalue()


def tile_server():
    tile = _tile_png()
    seen = {"bearer": 0, "plain": 0}

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            seen["bearer" if self.headers.get("Authorization") else "plain"] += 1
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.send_header("Content-Length", str(len(tile)))
            self.end_headers()
            self.wfile.write(tile)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}", seen


def main(runs=8):
    _importable()
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsMapRendererSequentialJob,
        QgsMapSettings,
        QgsRasterLayer,
        QgsRectangle,
    )
    from qgis.PyQt.QtCore import QObject, QSize, pyqtSignal

    from oneatlas_ppo.ui.connection.tile_auth import TileAuthorization
    from oneatlas_ppo.ui.orders.streaming import xyz_uri

    server, origin, seen = tile_server()

    class Client:  # what the preprocessor asks the connected client for
        def access_base_url(self):
            return origin + "/access"

        def current_token(self):
            return "bench-token-not-a-secret"

    class Session(QObject):
        state_changed = pyqtSignal()

        def connected_client(self):
            return Client()

    auth = TileAuthorization(Session())
    auth.install()
    streamed_template = (origin + f"/access/api/v1/items/{ITEM}/wmts/tiles/1.0.0/default/rgb/EPSG3857/"
                         "{z}/{x}/{y}.png")
    plain_template = origin + "/plain/{z}/{x}/{y}.png"
    extent = QgsRectangle(150000, 5390000, 170000, 5410000)  # Toulouse, Web Mercator: about 30 tiles

    def draw(template, run):
        layer = QgsRasterLayer(xyz_uri(f"{template}?run={run}"), "bench", "wms")
        settings = QgsMapSettings()
        settings.setLayers([layer])
        settings.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:3857"))
        settings.setExtent(extent)
        settings.setOutputSize(QSize(1024, 1024))
        started = time.perf_counter()
        job = QgsMapRendererSequentialJob(settings)
        job.start()
        job.waitForFinished()
        return time.perf_counter() - started

    draw(plain_template, -1)  # warm-up: provider, connection pool
    draw(streamed_template, -1)
    streamed, plain = [], []
    for run in range(runs):
        order = [(streamed_template, streamed), (plain_template, plain)]
        for template, times in order if run % 2 == 0 else reversed(order):
            times.append(draw(template, run))
    auth.remove()
    server.shutdown()
    ratio = statistics.median(streamed) / statistics.median(plain)
    print(f"runs: {runs} each; tiles served with a token: {seen['bearer']}, without: {seen['plain']}")
    print(f"streamed (Bearer added): median {statistics.median(streamed) * 1000:.1f} ms")
    print(f"plain XYZ:               median {statistics.median(plain) * 1000:.1f} ms")
    print(f"ratio streamed / plain:  {ratio:.3f} (target <= {TARGET_RATIO})")
    app.exitQgis()
    return 0 if ratio <= TARGET_RATIO else 1


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 8))
