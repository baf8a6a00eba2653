"""The four order variants (Pleiades Neo / Pleiades-SPOT x archive / tasking) as ready-to-send requests, and
a small forwarding proxy in front of the simulator that can damage the answers the simulator cannot."""

import http.server
import threading

import requests

from oneatlas_ppo.core.catalog import ArchiveSearch
from oneatlas_ppo.core.models import LEGACY, NEO

from .core_support import TOULOUSE
from .test_archive_flow import order_request
from .test_tasking_flow import tasking_order, tasking_search

VARIANTS = ("neo-archive", "neo-tasking", "legacy-archive", "legacy-tasking")
SEARCH_DELAYS = (0, 45)  # seconds (simulated) before a new order shows in the searches


def variant_request(client, variant, **overrides):
    backend, source = variant.split("-")
    if source == "archive":
        constellation = "PNEO" if backend == "neo" else "PHR"
        scene = client.search_archive(ArchiveSearch(aoi=TOULOUSE, constellations=[constellation])).scenes[0]
        return order_request(client, NEO if backend == "neo" else LEGACY, scene, **overrides)
    contract = client.contract_for_backend(NEO if backend == "neo" else LEGACY).contract_id
    product = "PleiadesNeoOnePlan" if backend == "neo" else "PleiadesTaskingOnePlan"
    search = tasking_search(client, contract, product, days=30)
    return tasking_order(client, search, client.feasibility(search), **overrides)


class DamagingProxy:
    """Forwards every request to the simulator; ``damage(method, path, status, body) -> bytes or None``
    may replace the answer's body; ``cut`` (set of paths) answers with the headers and half the body, then
    closes the connection (the request was handled by the simulator all the same)."""

    def __init__(self, simulator):
        self.simulator = simulator
        self.damage = lambda method, path, status, body: None
        self.cut = set()
        proxy = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def _forward(self):
                length = int(self.headers.get("Content-Length") or 0)
                data = self.rfile.read(length) if length else None
                headers = {
                    k: v for k, v in self.headers.items() if k.lower() not in ("host", "content-length")
                }
                answer = requests.request(
                    self.command, simulator.origin + self.path, data=data, headers=headers, timeout=10
                )
                path = self.path.split("?", 1)[0]
                body = proxy.damage(self.command, path, answer.status_code, answer.content)
                body = answer.content if body is None else body
                self.send_response(answer.status_code)
                self.send_header("Content-Type", answer.headers.get("Content-Type", "application/json"))
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if (self.command, path) in proxy.cut:
                    self.wfile.write(body[: len(body) // 2])
                    self.wfile.flush()
                    self.close_connection = True
                    return
                self.wfile.write(body)

            do_GET = do_POST = do_PUT = _forward  # noqa: N815

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.origin = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()
