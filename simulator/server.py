"""Serve a Simulator with werkzeug in a daemon thread (used by the pytest fixture and the demo)."""

import threading

from werkzeug.serving import WSGIRequestHandler, make_server

from .app import create_app


class QuietRequestHandler(WSGIRequestHandler):
    """No access log line per request: keeps test output readable."""

    def log_request(self, code="-", size="-"):
        pass


class SimulatorServer:
    def __init__(self, sim, host="127.0.0.1", port=0):
        self.sim = sim
        self.server = make_server(
            host, port, create_app(sim), threaded=True, request_handler=QuietRequestHandler
        )
        self.origin = f"http://{host}:{self.server.server_port}"
        sim.origin = self.origin
        self.thread = threading.Thread(
            target=self.server.serve_forever, name="oneatlas-simulator", daemon=True
        )

    def start(self):
        self.thread.start()
        return self

    def stop(self):
        self.server.shutdown()
        self.thread.join(timeout=5)
