"""Which client an algorithm uses: the dock's, the stored key, or ONEATLAS_API_KEY, in that order.

Inside QGIS the provider shares the plugin's session (the same connection as the dock). Without it (no dock
connected yet, or under ``qgis_process``) it reads the stored key, but only where that can open no
password prompt: under ``qgis_process`` or in a worker thread nobody could answer one. Otherwise the
environment variable ``ONEATLAS_API_KEY`` (servers, scripts). ``ONEATLAS_API_ORIGIN`` overrides the origin
saved in the plugin's settings (the local simulator). Every client writes the profile's order journal.
"""

import os
from typing import Callable, Optional, Tuple

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QThread

from ..core import errors
from ..core.endpoints import Endpoints
from ..core.log import register_secret
from ..ui.connection import credentials
from ..ui.connection import proxy as qgis_proxy
from ..ui.connection.session import journal_path
from ..ui.connection.settings import CUSTOM, ConnectionSettings

API_KEY_ENV_VAR = "ONEATLAS_API_KEY"
ORIGIN_ENV_VAR = "ONEATLAS_API_ORIGIN"


def tr(text: str) -> str:
    return QCoreApplication.translate("OneAtlasProcessing", text)


def no_key_sentence() -> str:
    return tr(
        "No OneAtlas API key is available. Store your key in the plugin settings (Web > OneAtlas "
        "Pay-Per-Order > Settings…) and unlock QGIS's authentication database with its master "
        "password, or set the environment variable {variable} (the way for qgis_process and "
        "servers)."
    ).format(variable=API_KEY_ENV_VAR)


def _can_prompt() -> bool:
    """A master-password prompt can be answered only in QGIS's window, on its main thread."""
    app = QCoreApplication.instance()
    return (
        QgsApplication.platform() == "desktop" and app is not None and QThread.currentThread() == app.thread()
    )


def connection_settings() -> ConnectionSettings:
    """The plugin's saved connection, with the origin taken from ONEATLAS_API_ORIGIN when it is set."""
    origin = os.environ.get(ORIGIN_ENV_VAR, "").strip()
    if origin:
        return ConnectionSettings(environment=CUSTOM, custom_origin=origin)
    return ConnectionSettings.load()


def _stored_key() -> Optional[str]:
    if not credentials.has_stored_key():
        return None
    if not (credentials.is_unlocked() or _can_prompt()):
        return None
    try:
        return credentials.load_api_key()
    except credentials.CredentialsError:
        return None  # locked (prompt cancelled): the environment variable may still serve


def api_key() -> str:
    key = _stored_key() or os.environ.get(API_KEY_ENV_VAR, "").strip()
    if not key:
        raise errors.ConfigurationError(no_key_sentence())
    register_secret(key)
    return key


def _proxies(settings: ConnectionSettings):
    proxy = qgis_proxy.resolve_proxy_credentials(qgis_proxy.read_qgis_proxy_settings())
    register_secret(proxy.password)
    problem = qgis_proxy.problem(proxy)
    if problem:
        raise errors.ConfigurationError(problem)
    return qgis_proxy.requests_proxies(proxy, Endpoints.resolve(settings.origin).base_urls.values())


class ClientSource:
    """Gives each algorithm run its client. ``session``: returns the plugin's Session, or None (no dock)."""

    def __init__(self, session: Optional[Callable[[], object]] = None):
        self._session = session or (lambda: None)

    def client(self) -> Tuple[object, ConnectionSettings]:
        """The client (``core.OneAtlasClient``: requests, imported here rather than when QGIS registers the
        provider at every start) and the settings it follows."""
        session = self._session()
        if session is not None and session.is_connected and not os.environ.get(ORIGIN_ENV_VAR, "").strip():
            return session.client(), session.settings
        settings = connection_settings()
        problem = settings.problem()
        if problem:
            raise errors.ConfigurationError(problem)
        key = api_key()
        from ..core.client import OneAtlasClient

        client = OneAtlasClient(
            key, origin=settings.origin, proxies=_proxies(settings), journal=journal_path()
        )
        return client, settings
