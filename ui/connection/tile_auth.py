"""The token on streamed tiles, and nowhere else: one QGIS request preprocessor, installed at plugin load
and removed at unload.

Streamed layers keep a plain tile URL (no key, no token: QGIS writes layer sources into project files).
QGIS runs this preprocessor on every request it makes, from any thread (tile requests come from render
threads); it adds ``Authorization: Bearer <token>`` only to requests for the OneAtlas access origin of the
connected client (production, or the configured simulator), reading the current token each time so that a
renewed token applies at once. It never raises: an exception inside it would reach QGIS's C++ code.
"""

import logging
from typing import Optional, Set

from qgis.core import QgsNetworkAccessManager

LOG = logging.getLogger("oneatlas_ppo.ui.tile_auth")

# Ids of the preprocessors this plugin registered and has not removed yet (a test checks it is empty after
# unload; QGIS offers no way to list them).
INSTALLED: Set[str] = set()


def is_access_url(url: str, access_base: str) -> bool:
    """Whether ``url`` belongs to the access service at ``access_base`` (scheme, host, port and path
    prefix all equal: ``https://access.example.com.evil.org`` or another port never matches)."""
    if not access_base:
        return False
    return url == access_base or url.startswith((access_base + "/", access_base + "?"))


class TileAuthorization:
    """Holds the connected client (set on the main thread when the connection changes) and adds its token
    to the requests QGIS makes for the access origin."""

    def __init__(self, session=None):
        self._session = None
        self._client = None  # replaced as a whole: the render threads read one consistent reference
        self._access_base = ""
        self._id: Optional[str] = None
        if session is not None:
            self.bind(session)

    def bind(self, session) -> None:
        """Follow ``session`` (created when first needed, after the preprocessor was installed at load)."""
        self._session = session
        session.state_changed.connect(self._follow_session)
        self._follow_session()

    @property
    def installed(self) -> bool:
        return self._id is not None

    def access_base(self) -> str:
        return self._access_base

    def install(self) -> None:
        if self._id is None:
            self._id = QgsNetworkAccessManager.setRequestPreprocessor(self._preprocess)
            INSTALLED.add(self._id)

    def remove(self) -> None:
        try:
            if self._session is not None:
                self._session.state_changed.disconnect(self._follow_session)
        except (TypeError, RuntimeError):
            pass
        if self._id is not None:
            try:
                QgsNetworkAccessManager.removeRequestPreprocessor(self._id)
            finally:
                INSTALLED.discard(self._id)
                self._id = None
        self._client = None

    def _follow_session(self) -> None:
        client = self._session.connected_client() if self._session is not None else None
        self._access_base = client.access_base_url() if client is not None else ""
        self._client = client

    def _preprocess(self, request) -> None:
        try:
            client, base = self._client, self._access_base
            if client is None or not is_access_url(request.url().toString(), base):
                return
            token = client.current_token()  # renewed here when about to expire: at most one sign-in
            if token:
                request.setRawHeader(b"Authorization", ("Bearer " + token).encode("ascii"))
        except Exception as error:  # noqa: BLE001 -- must never reach QGIS; the tile then fails with 401
            LOG.warning("Could not add the OneAtlas token to a tile request (%s)", type(error).__name__)
