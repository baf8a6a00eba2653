"""Where each OneAtlas service lives: production hosts, or one origin with path prefixes (the simulator).

``ONEATLAS_API_ORIGIN`` (or the client's ``origin=``) points all five services at one origin, each under
the prefix named after its production host's first label: ``{origin}/authenticate``, ``{origin}/order``...
"""

import os
from dataclasses import dataclass
from urllib.parse import urlsplit

ORIGIN_ENV_VAR = "ONEATLAS_API_ORIGIN"

SERVICES = ("authenticate", "order", "data", "search", "access")

PRODUCTION_BASE_URLS = {
    "authenticate": "https://authenticate.foundation.api.oneatlas.airbus.com",
    "order": "https://order.api.oneatlas.airbus.com",
    "data": "https://data.api.oneatlas.airbus.com",
    "search": "https://search.foundation.api.oneatlas.airbus.com",
    "access": "https://access.foundation.api.oneatlas.airbus.com",
}

TOKEN_PATH = "/auth/realms/IDP/protocol/openid-connect/token"  # noqa: S105 (a path, not a secret)


@dataclass(frozen=True)
class Endpoints:
    base_urls: dict
    origin: str = None  # None for production

    @classmethod
    def production(cls):
        return cls(dict(PRODUCTION_BASE_URLS))

    @classmethod
    def for_origin(cls, origin):
        origin = origin.strip().rstrip("/")
        parts = urlsplit(origin)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ValueError(
                f"The API origin {origin!r} is not an http(s) URL such as http://127.0.0.1:5000."
            )
        return cls({service: f"{origin}/{service}" for service in SERVICES}, origin=origin)

    @classmethod
    def resolve(cls, origin=None):
        """``origin`` if given, else the ONEATLAS_API_ORIGIN environment variable, else production."""
        origin = origin or os.environ.get(ORIGIN_ENV_VAR, "").strip()
        return cls.for_origin(origin) if origin else cls.production()

    @property
    def is_production(self):
        return self.origin is None

    def url(self, service, path):
        if path.startswith(("http://", "https://")):
            return path
        if not path.startswith("/"):
            path = "/" + path
        return self.base_urls[service] + path

    def service_of(self, url):
        """The service a URL belongs to, or None for a foreign host (which must never receive our token)."""
        for service, base in self.base_urls.items():
            if url == base or url.startswith((base + "/", base + "?")):
                return service
        return None

    def path_of(self, url):
        """The path of ``url`` within its service (for statistics and logs), without the query."""
        service = self.service_of(url)
        path = url[len(self.base_urls[service]) :] if service else urlsplit(url).path
        return path.split("?", 1)[0] or "/"
