"""QGIS's proxy settings (Settings > Options > Network) turned into a ``requests`` proxies dict.

The core client speaks HTTP with ``requests``, which knows nothing of QGIS; plugins that ignored the QGIS
proxy broke for users behind corporate proxies (Planet, Mapflow, Mergin). So the client gets the same proxy
QgsNetworkAccessManager uses, read from the same QgsSettings keys:

  proxy/proxyEnabled, proxy/proxyType (DefaultProxy | HttpProxy | HttpCachingProxy | Socks5Proxy |
  FtpCachingProxy), proxy/proxyHost, proxy/proxyPort, proxy/proxyUser, proxy/proxyPassword,
  proxy/authcfg (user and password kept in the authentication database), proxy/proxyExcludedUrls and
  proxy/noProxyUrls (URL prefixes that go direct).

Mapping:
- proxy off, or "DefaultProxy" (the system's proxy): None, i.e. requests' own behaviour, which reads the
  system/environment proxy settings just like Qt's system proxy lookup does;
- HTTP / HTTP caching proxy: ``http://[user:password@]host:port`` for both http and https URLs;
- SOCKS5: ``socks5h://...`` (needs PySocks; ``problem`` says so when it is missing);
- an FTP caching proxy does not carry HTTP: direct connections;
- a service URL that starts with an excluded prefix goes direct: its ``scheme://host`` key maps to ""
  (requests treats a falsy proxy as "no proxy"; None would be dropped when settings are merged).
"""

from dataclasses import dataclass, field
from typing import Dict, Iterable, List, Optional
from urllib.parse import quote, urlsplit

from qgis.core import QgsSettings

DIRECT = {"no_proxy": "*"}  # a non-empty dict without http/https keys: direct, environment ignored


@dataclass
class QgisProxySettings:
    enabled: bool = False
    proxy_type: str = "DefaultProxy"
    host: str = ""
    port: int = 0
    user: str = ""
    password: str = field(default="", repr=False)
    authcfg: str = ""
    excluded_urls: List[str] = field(default_factory=list)

    def describe(self) -> str:
        """The proxy in words for messages (never with its password)."""
        if not self.enabled:
            return ""
        if self.proxy_type == "DefaultProxy":
            return "the system proxy"
        return f"the proxy {self.host}:{self.port}" if self.port else f"the proxy {self.host}"


def _as_bool(value) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("true", "1", "yes")
    return bool(value)


def _as_list(value) -> List[str]:
    if value is None:
        return []
    if isinstance(value, str):  # older QGIS versions joined the list with "|"
        value = value.split("|")
    return [str(item).strip() for item in value if str(item or "").strip()]


def _as_int(value) -> int:
    try:
        return int(str(value).strip())
    except (TypeError, ValueError):
        return 0


def read_qgis_proxy_settings(settings: Optional[QgsSettings] = None) -> QgisProxySettings:
    settings = settings or QgsSettings()
    return QgisProxySettings(
        enabled=_as_bool(settings.value("proxy/proxyEnabled", False)),
        proxy_type=str(settings.value("proxy/proxyType", "") or "DefaultProxy"),
        host=str(settings.value("proxy/proxyHost", "") or "").strip(),
        port=_as_int(settings.value("proxy/proxyPort", "")),
        user=str(settings.value("proxy/proxyUser", "") or ""),
        password=str(settings.value("proxy/proxyPassword", "") or ""),
        authcfg=str(settings.value("proxy/authcfg", "") or "").strip(),
        excluded_urls=(_as_list(settings.value("proxy/proxyExcludedUrls", []))
                       + _as_list(settings.value("proxy/noProxyUrls", []))),
    )


def resolve_proxy_credentials(proxy: QgisProxySettings) -> QgisProxySettings:
    """Fill user and password from the authentication configuration QGIS's options may point to.
    Decrypts, so it may prompt for the master password: call it only when a connection is really made."""
    if not (proxy.enabled and proxy.authcfg):
        return proxy
    from qgis.core import QgsApplication
    from qgis.PyQt.QtNetwork import QNetworkProxy

    ok, updated = QgsApplication.authManager().updateNetworkProxy(QNetworkProxy(), proxy.authcfg)
    if ok and updated.user():
        proxy.user, proxy.password = updated.user(), updated.password()
    return proxy


def _proxy_url(scheme: str, proxy: QgisProxySettings) -> str:
    credentials = ""
    if proxy.user:
        credentials = quote(proxy.user, safe="")
        if proxy.password:
            credentials += ":" + quote(proxy.password, safe="")
        credentials += "@"
    host = f"[{proxy.host}]" if ":" in proxy.host else proxy.host  # IPv6 literal
    port = f":{proxy.port}" if proxy.port else ""
    return f"{scheme}://{credentials}{host}{port}"


def requests_proxies(proxy: QgisProxySettings, service_urls: Iterable[str] = ()) -> Optional[Dict[str, str]]:
    """The ``proxies`` argument for the core client, for the given service base URLs."""
    if not proxy.enabled or proxy.proxy_type == "DefaultProxy":
        return None
    if proxy.proxy_type in ("HttpProxy", "HttpCachingProxy"):
        scheme = "http"
    elif proxy.proxy_type == "Socks5Proxy":
        scheme = "socks5h"  # "h": the proxy resolves host names, as Qt's SOCKS5 proxy does
    else:  # FtpCachingProxy, NoProxy or unknown: QGIS would not send HTTP through it
        return dict(DIRECT)
    if not proxy.host:
        return dict(DIRECT)
    url = _proxy_url(scheme, proxy)
    proxies = {"http": url, "https": url}
    for service_url in service_urls:
        if any(service_url.startswith(prefix) for prefix in proxy.excluded_urls):
            parts = urlsplit(service_url)
            proxies[f"{parts.scheme}://{parts.hostname}"] = ""
    return proxies


def problem(proxy: QgisProxySettings) -> Optional[str]:
    """A sentence when QGIS's proxy cannot be honoured here, else None."""
    if proxy.enabled and proxy.proxy_type == "Socks5Proxy":
        try:
            import socks  # noqa: F401 -- PySocks, needed by requests for SOCKS proxies
        except ImportError:
            return ("QGIS is set to use a SOCKS5 proxy, but the Python package PySocks that the plugin "
                    "needs for it is not installed. Use an HTTP proxy in the QGIS network settings, "
                    "or install PySocks.")
    return None
