"""Small loopback HTTP servers that misbehave on purpose (raw sockets, one thread per connection).

``HostileServer(routes)``: ``routes`` maps a path (without query) to ``handler(server, request, conn)``,
which writes whatever bytes it likes on ``conn``; ``fallback`` (optional) handles every other path. The
token path answers a normal sign-in unless a route replaces it. Every request is recorded in
``server.requests`` (method, path, headers, body).
"""

import json
import socket
import threading
import time
from dataclasses import dataclass

TOKEN = "/authenticate/auth/realms/IDP/protocol/openid-connect/token"
API_KEY = "hostile-test-api-key-0123456789"


@dataclass
class Request:
    method: str
    path: str
    headers: dict
    body: bytes


def answer(conn, status=200, body=b"", headers=None, reason="OK"):
    if isinstance(body, (dict, list)):
        body = json.dumps(body).encode()
    head = {"Content-Length": str(len(body)), "Connection": "close", **(headers or {})}
    lines = [f"HTTP/1.1 {status} {reason}"] + [f"{key}: {value}" for key, value in head.items()]
    conn.sendall(("\r\n".join(lines) + "\r\n\r\n").encode() + body)


def sign_in(_server, _request, conn):
    answer(conn, body={"access_token": "tok-" + str(time.monotonic()), "expires_in": 3600})


def forward_to(origin):
    """A handler that passes the request on to ``origin`` (the simulator) and its answer back."""

    def handler(_server, request, conn):
        import requests  # noqa: PLC0415 -- only the forwarding servers need it

        headers = {key: value for key, value in request.headers.items()
                   if key not in ("host", "content-length", "connection")}
        reply = requests.request(request.method, origin + request.path, data=request.body or None,
                                 headers=headers, timeout=10)
        answer(conn, reply.status_code, reply.content,
               {"Content-Type": reply.headers.get("Content-Type", "application/json")})

    return handler


def trickle(data, every=1.0):
    """A handler that sends ``data`` (headers included) one byte every ``every`` seconds."""

    def handler(server, _request, conn):
        for index in range(len(data)):
            if server.stopped.is_set():
                return
            conn.sendall(data[index : index + 1])
            time.sleep(every)

    return handler


class HostileServer:
    def __init__(self, routes, host="127.0.0.1", fallback=None):
        self.routes = {TOKEN: sign_in, **routes}
        self.fallback = fallback  # handler for the paths without a route (default: 404)
        self.requests = []
        self.stopped = threading.Event()
        self._listener = socket.create_server((host, 0))
        self._listener.settimeout(0.2)
        self.port = self._listener.getsockname()[1]
        self.origin = f"http://{host}:{self.port}"
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def paths(self):
        return [request.path for request in self.requests]

    def close(self):
        self.stopped.set()
        self._thread.join(5)
        self._listener.close()

    def __enter__(self):
        return self

    def __exit__(self, *_):
        self.close()

    def _serve(self):
        while not self.stopped.is_set():
            try:
                conn, _ = self._listener.accept()
            except OSError:
                continue
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    def _handle(self, conn):
        try:
            request = _read_request(conn)
            if request is None:
                return
            self.requests.append(request)
            handler = self.routes.get(request.path.split("?", 1)[0], self.fallback)
            if handler is None:
                answer(conn, 404, {"message": "no such path"}, reason="Not Found")
            else:
                handler(self, request, conn)
        except OSError:
            pass  # the client gave up: that is what these servers are for
        finally:
            conn.close()


def _read_request(conn):
    conn.settimeout(10)
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return None
        data += chunk
    head, body = data.split(b"\r\n\r\n", 1)
    lines = head.decode("latin-1").split("\r\n")
    method, path, _ = lines[0].split(" ", 2)
    headers = {}
    for line in lines[1:]:
        key, _, value = line.partition(":")
        headers[key.strip().lower()] = value.strip()
    length = int(headers.get("content-length", 0))
    while len(body) < length:
        chunk = conn.recv(65536)
        if not chunk:
            break
        body += chunk
    return Request(method, path, headers, body)
