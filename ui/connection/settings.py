"""The plugin's non-secret settings (QgsSettings, a plain INI file in the user's profile).

Only the environment choice and origins live here. The API key never does: it goes to the encrypted
authentication database (see credentials.py).
"""

from dataclasses import dataclass
from typing import Optional
from urllib.parse import urlsplit

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication

PREFIX = "oneatlas_ppo/connection/"

PRODUCTION = "production"
SIMULATOR = "simulator"
CUSTOM = "custom"
ENVIRONMENTS = (PRODUCTION, SIMULATOR, CUSTOM)

DEFAULT_SIMULATOR_ORIGIN = "http://127.0.0.1:8765"


def tr(text: str) -> str:
    return QCoreApplication.translate("ConnectionSettings", text)


def origin_problem(text: str) -> Optional[str]:
    """A sentence saying what is wrong with an origin typed by the user, or None when it is usable."""
    text = (text or "").strip()
    if not text:
        return tr("Enter the server address, for example http://127.0.0.1:8765.")
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return tr("The server address must start with http:// or https:// and name a host, "
                  "for example http://127.0.0.1:8765.")
    try:
        parts.port  # noqa: B018 -- raises ValueError for a port that is not a number in range
    except ValueError:
        return tr("The port in the server address is not a valid number.")
    if parts.query or parts.fragment or parts.username or parts.password:
        return tr("The server address must not contain a user name, a password, '?' or '#'.")
    return None


@dataclass
class ConnectionSettings:
    environment: str = PRODUCTION
    simulator_origin: str = DEFAULT_SIMULATOR_ORIGIN
    custom_origin: str = ""

    @property
    def origin(self) -> Optional[str]:
        """What the core client gets as ``origin``: None means the production hosts."""
        if self.environment == SIMULATOR:
            return self.simulator_origin.strip().rstrip("/")
        if self.environment == CUSTOM:
            return self.custom_origin.strip().rstrip("/")
        return None

    def problem(self) -> Optional[str]:
        """Why these settings cannot be used (a sentence), or None."""
        if self.environment == PRODUCTION:
            return None
        return origin_problem(self.origin or "")

    def describe(self) -> str:
        """Where the plugin connects, in words (shown beside the account: nobody orders on the wrong one)."""
        if self.environment == SIMULATOR:
            return tr("local simulator at {origin}").format(origin=self.origin)
        if self.environment == CUSTOM:
            return tr("server {origin}").format(origin=self.origin)
        return tr("OneAtlas (production)")

    def short_description(self) -> str:
        """The same, short enough for a 300 px panel (no scheme: it would wrap the address)."""
        if self.environment == PRODUCTION:
            return tr("OneAtlas (production)")
        parts = urlsplit(self.origin or "")
        address = parts.netloc + parts.path if parts.netloc else (self.origin or "")
        if self.environment == SIMULATOR:
            return tr("Local simulator {address}").format(address=address)
        return tr("Server {address}").format(address=address)

    @classmethod
    def load(cls) -> "ConnectionSettings":
        settings = QgsSettings()
        environment = str(settings.value(PREFIX + "environment", PRODUCTION) or PRODUCTION)
        return cls(
            environment=environment if environment in ENVIRONMENTS else PRODUCTION,
            simulator_origin=str(settings.value(PREFIX + "simulator_origin", DEFAULT_SIMULATOR_ORIGIN)
                                 or DEFAULT_SIMULATOR_ORIGIN),
            custom_origin=str(settings.value(PREFIX + "custom_origin", "") or ""),
        )

    def save(self) -> None:
        settings = QgsSettings()
        settings.setValue(PREFIX + "environment", self.environment)
        settings.setValue(PREFIX + "simulator_origin", self.simulator_origin.strip())
        settings.setValue(PREFIX + "custom_origin", self.custom_origin.strip())
        settings.sync()
