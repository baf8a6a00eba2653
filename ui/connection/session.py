"""The connection state shared by the dock's sections: settings, API key, client, account.

Everything that can take time runs through the plugin's TaskRunner. The only thing done on the main
thread is reading the key from the authentication database, because that may open QGIS's master-password
prompt (a dialog must live on the main thread). It happens only when a connection is really wanted, never
at plugin load.
"""

from pathlib import Path
from typing import Callable, List, Optional

from qgis.core import Qgis, QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QObject, pyqtSignal

# Only light core modules here: the client (requests, and through the AOI rules shapely and pyproj) is
# imported when a connection is first wanted, not when QGIS loads the plugin.
from ...core import errors
from ...core.endpoints import Endpoints
from ...core.log import LOGGER, register_secret
from ...core.names import LEGACY, NEO
from ..common import reporting
from ..common.formatting import backend_label, credit
from ..common.reporting import log_error
from ..common.tasks import LatestTask
from . import credentials
from . import proxy as qgis_proxy
from .prefetch import Prefetcher
from .settings import SIMULATOR, ConnectionSettings

# Connection states (Session.state), in the words the header turns them into.
NOT_CONFIGURED = "not_configured"  # no key anywhere
KEY_STORED = "key_stored"  # a key is stored (encrypted) but not used yet: not connected
CONNECTING = "connecting"
CONNECTED = "connected"
KEY_REJECTED = "key_rejected"
ERROR = "error"  # unreachable server, proxy, locked key, server problem...

# "Test connection" should answer quickly: one retry, short back-off, shorter timeout.
TEST_RETRY = {"max_attempts": 2, "backoff_base": 0.3, "max_delay": 2.0}
TEST_TIMEOUT = 20


JOURNAL_FILE = "oneatlas_ppo/orders-journal.json"


def tr(text: str) -> str:
    return QCoreApplication.translate("Session", text)


def journal_path() -> Path:
    """The order journal of this QGIS profile: every client of the profile (the dock, the Processing
    provider) shares it, so no customer reference is ever sent twice (core/journal.py). No secret in it."""
    path = Path(QgsApplication.qgisSettingsDirPath()) / JOURNAL_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


# ------------------------------------------------------------------------------------------ wording


def contract_lines(account, with_ids: bool = True) -> List[str]:
    """One line per contract, Pléiades Neo first, with the credit left; a back-end without a contract says
    so. ``with_ids=False`` (narrow panel) names the contract only when a back-end has several."""
    lines = []
    backends = [NEO, LEGACY] + sorted({c.backend for c in account.contracts} - {NEO, LEGACY})
    for backend in backends:
        contracts = account.contracts_for(backend)
        if not contracts:
            lines.append(tr("{backend}: no contract").format(backend=backend_label(backend)))
        for contract in contracts:
            left = credit(contract.credit_remaining, contract.currency)
            if with_ids or len(contracts) > 1:
                lines.append(tr("{backend}: {credit} left (contract {contract})").format(
                    backend=backend_label(backend), credit=left, contract=contract.contract_id))
            else:
                lines.append(tr("{backend}: {credit} left").format(backend=backend_label(backend),
                                                                   credit=left))
    return lines


def _is_proxy_failure(error: BaseException) -> bool:
    if getattr(error, "proxy_failed", False):
        return True
    cause = error.__cause__ or error.__context__
    return cause is not None and type(cause).__name__ == "ProxyError"


def describe_error(error: BaseException, settings: ConnectionSettings,
                   proxy: Optional[qgis_proxy.QgisProxySettings] = None) -> str:
    """What went wrong, in words a user can act on (the details go to the log, see ``log_error``)."""
    if isinstance(error, credentials.CredentialsError):
        return str(error)
    if isinstance(error, errors.NetworkError):
        proxy_in_use = proxy is not None and proxy.enabled and proxy.proxy_type != "DefaultProxy"
        if _is_proxy_failure(error) or (proxy_in_use and not error.timed_out):
            proxy_words = proxy.describe() if proxy else tr("the proxy")
            return tr("Could not reach {where} through {proxy} set in QGIS (Settings > Options > Network). "
                      "Check the proxy address and its user name and password, or ask your IT department."
                      ).format(where=settings.describe(), proxy=proxy_words)
        if settings.environment == SIMULATOR:
            return tr("Could not reach the local simulator at {origin}. Is it running? "
                      "Start it with 'make simulator', or check the address in the settings."
                      ).format(origin=settings.origin)
        if settings.origin:
            return tr("Could not reach the server {origin}. Check the address in the settings, your "
                      "network connection and the QGIS proxy settings.").format(origin=settings.origin)
        return str(error)
    return reporting.describe_error(error)


# ------------------------------------------------------------------------------------------ session


class Session(QObject):
    """Connection state. Signal ``state_changed`` whenever ``state``, ``account`` or ``message`` change."""

    state_changed = pyqtSignal()
    orders_settled = pyqtSignal(list)  # core JournalEntry list: lost answers whose outcome is now known

    def __init__(self, iface, tasks, parent=None):
        super().__init__(parent)
        self.iface = iface
        self.tasks = tasks
        self.settings = ConnectionSettings.load()
        self.account = None
        self.message = ""  # words for the current state (why not connected, what failed)
        self._client = None
        self._session_key = None  # a key kept in memory only ("this session only", or storage failed)
        self._proxy = None
        # Connecting and refreshing the account: only the newest attempt's answer counts.
        self._account_task = LatestTask(tasks)
        # What every order needs (products, markets, countries), fetched once per connection.
        self.prefetcher = Prefetcher(tasks)
        # Does not decrypt anything: only checks whether a key is stored.
        self.state = KEY_STORED if credentials.has_stored_key() else NOT_CONFIGURED

    # -- what sections use ------------------------------------------------------------------------

    @property
    def is_connected(self) -> bool:
        return self.state == CONNECTED and self.account is not None

    def connected_client(self):
        """The signed-in core OneAtlasClient, or None while not connected (never builds one: no prompt)."""
        return self._client if self.is_connected else None

    def has_key(self) -> bool:
        return bool(self._session_key) or credentials.has_stored_key()

    @property
    def uses_session_only_key(self) -> bool:
        return bool(self._session_key)

    def needs_unlock(self) -> bool:
        """Whether the next connection will open QGIS's master-password prompt (the panel says so first)."""
        return (self._client is None and not self._session_key and credentials.has_stored_key()
                and not credentials.is_unlocked())

    def client(self):
        """The client for the saved settings, built on first use. Main thread only: reading the stored key
        may open QGIS's master-password prompt. Raises a core OneAtlasError when it cannot be built."""
        if self._client is None:
            self._client = self.make_client()
        return self._client

    def make_client(self, api_key: Optional[str] = None, settings: Optional[ConnectionSettings] = None,
                    for_test: bool = False):
        """A client for ``settings`` (default: the saved ones) and ``api_key`` (default: the stored key)."""
        from ...core.client import OneAtlasClient
        from ...core.http import RetryPolicy

        settings = settings or self.settings
        problem = settings.problem()
        if problem:
            raise errors.ConfigurationError(problem)
        key = (api_key or "").strip() or self._session_key
        if not key:
            try:
                key = credentials.load_api_key()
            except credentials.CredentialsError as error:
                raise errors.ConfigurationError(str(error)) from None
        if not key:
            raise errors.AuthenticationError(
                tr("No OneAtlas API key is set. Open the plugin settings and enter your API key."))
        register_secret(key)
        proxies = self._proxies_for(settings)
        if for_test:
            return OneAtlasClient(key, origin=settings.origin, proxies=proxies, timeout=TEST_TIMEOUT,
                                  retry=RetryPolicy(**TEST_RETRY), journal=journal_path())
        return OneAtlasClient(key, origin=settings.origin, proxies=proxies, journal=journal_path())

    def _proxies_for(self, settings: ConnectionSettings):
        proxy = qgis_proxy.resolve_proxy_credentials(qgis_proxy.read_qgis_proxy_settings())
        self._proxy = proxy
        register_secret(proxy.password)
        problem = qgis_proxy.problem(proxy)
        if problem:
            raise errors.ConfigurationError(problem)
        base_urls = Endpoints.resolve(settings.origin).base_urls.values()
        proxies = qgis_proxy.requests_proxies(proxy, base_urls)
        LOGGER.info("Connecting to %s%s", settings.describe(),
                    f" through {proxy.describe()}" if proxies and "http" in proxies else "")
        return proxies

    @property
    def proxy(self) -> Optional[qgis_proxy.QgisProxySettings]:
        return self._proxy

    def describe_error(self, error: BaseException, settings: Optional[ConnectionSettings] = None) -> str:
        return describe_error(error, settings or self.settings, self._proxy)

    def report_failure(self, what: str, error: BaseException) -> str:
        """For sections: log the details, show the words in the message bar, return them for the panel.
        A rejected key (revoked while QGIS was open) also turns the header red."""
        log_error(what, error)
        text = self.describe_error(error)
        if isinstance(error, errors.AuthenticationError) and self.state == CONNECTED:
            self._client = None
            self.account = None
            self._account_task.cancel()
            self._set_state(KEY_REJECTED, text)
        self.message_bar(text, Qgis.MessageLevel.Warning)
        return text

    def message_bar(self, text: str, level=Qgis.MessageLevel.Info, duration: int = 8) -> None:
        """Show ``text`` in QGIS's message bar and write it to the plugin log."""
        if level == Qgis.MessageLevel.Critical:
            LOGGER.error("%s", text)
        elif level == Qgis.MessageLevel.Warning:
            LOGGER.warning("%s", text)
        else:
            LOGGER.info("%s", text)
        bar = self.iface.messageBar() if self.iface is not None else None
        if bar is not None:
            bar.pushMessage(tr("OneAtlas"), text, level, duration)

    # -- connecting -------------------------------------------------------------------------------

    def connect_async(self, on_done: Optional[Callable[[], None]] = None) -> None:
        """Sign in and load the account in the background; ``state_changed`` tells how it went."""
        self._account_task.cancel()
        try:
            client = self.client()
        except Exception as error:  # noqa: BLE001 -- every failure is shown in words
            self._connect_failed(error)
            return
        self.account = None
        self._set_state(CONNECTING, tr("Connecting to {where}…").format(where=self.settings.describe()))

        def succeeded(account):
            self._connected(client, account)
            if on_done:
                on_done()

        def failed(error):
            self._connect_failed(error)
            if on_done:
                on_done()

        self._account_task.start(tr("OneAtlas: connecting"), lambda context: client.account(refresh=True),
                                 on_success=succeeded, on_error=failed)

    def refresh_account(self) -> None:
        """Reload the account (credit changes after an order) without leaving the connected state; a
        failure is only logged: the header keeps showing the last known figures."""
        if self.state != CONNECTED or self._client is None:
            return
        client = self._client

        def refreshed(account):
            if self.state == CONNECTED:
                self.account = account
                self._set_state(CONNECTED, "")

        self._account_task.start(
            tr("OneAtlas: updating the credit"), lambda context: client.account(refresh=True),
            on_success=refreshed,
            on_error=lambda error: log_error("Updating the account after an order", error))

    def _settle_pending_orders(self, client) -> None:
        """Orders whose answer was lost in an earlier session are looked up again at each connection."""
        if not client.pending_orders():
            return

        def settled(entries):
            for entry in entries:
                LOGGER.info("Order '%s' settled: %s", entry.reference, entry.state)
            if entries:
                self.orders_settled.emit(entries)

        self.tasks.start(tr("OneAtlas: checking orders whose answer was lost"),
                         lambda context: client.settle_pending(), on_success=settled,
                         on_error=lambda error: log_error("Checking orders whose answer was lost", error))

    def connect_if_unlocked(self) -> None:
        """Connect when that cannot open a password prompt (the dock was shown, QGIS is unlocked)."""
        if self.state == KEY_STORED and (self._session_key or credentials.is_unlocked()):
            self.connect_async()

    def adopt(self, client, account) -> None:
        """Use a client and account already checked (by the settings dialog's Test connection)."""
        self._account_task.cancel()
        self._connected(client, account)

    def _connected(self, client, account) -> None:
        self._client = client
        self.account = account
        LOGGER.info("Connected to %s as %s (%d contracts)", self.settings.describe(), account.name,
                    len(account.contracts))
        self._set_state(CONNECTED, "")
        self._settle_pending_orders(client)
        self.prefetcher.start(client, account)

    def _connect_failed(self, error: BaseException) -> None:
        log_error("Connecting to " + self.settings.describe(), error)
        text = self.describe_error(error)
        self.account = None
        if isinstance(error, errors.AuthenticationError) and self.has_key():
            self._client = None  # the next attempt must read the (possibly replaced) key again
            self._set_state(KEY_REJECTED, text)
        else:
            self._client = None
            self._set_state(ERROR, text)
        self.message_bar(text, Qgis.MessageLevel.Warning)

    # -- changing the configuration ---------------------------------------------------------------

    def apply(self, settings: ConnectionSettings, api_key: Optional[str] = None, remember: bool = True,
              tested=None) -> None:
        """Save the settings (and the key, if one was typed) and connect with them.

        ``tested``: (client, account) from a successful Test connection with exactly these settings and key,
        so the connection is not made twice."""
        settings.save()
        self.settings = settings
        if api_key:
            self._store_key(api_key.strip(), remember)
        self._client = None
        self.account = None
        if tested is not None:
            self.adopt(*tested)
        elif self.has_key():
            self.connect_async()
        else:
            self._account_task.cancel()
            self._set_state(NOT_CONFIGURED, "")

    def _store_key(self, api_key: str, remember: bool) -> None:
        register_secret(api_key)
        if not remember:
            credentials.forget_api_key()
            self._session_key = api_key
            return
        try:
            credentials.store_api_key(api_key)
            self._session_key = None
        except credentials.CredentialsError as error:
            self._session_key = api_key
            self.message_bar(str(error), Qgis.MessageLevel.Warning)

    def forget_key(self) -> None:
        credentials.forget_api_key()
        self._session_key = None
        self._client = None
        self.account = None
        self._account_task.cancel()
        LOGGER.info("The OneAtlas API key was removed from QGIS")
        self._set_state(NOT_CONFIGURED, tr("The API key was removed."))

    def use_simulator(self, origin: str, api_key: Optional[str] = None) -> None:
        """Point the plugin at a local simulator (the demo); with a key, store it and connect."""
        settings = ConnectionSettings.load()
        settings.environment = SIMULATOR
        settings.simulator_origin = origin
        if api_key and not credentials.is_unlocked():
            # An unattended demo must not stop on a password prompt: keep the key for this session only.
            self.settings = settings
            settings.save()
            self._session_key = api_key.strip()
            self._client = None
            self.connect_async()
            return
        self.apply(settings, api_key=api_key)

    def _set_state(self, state: str, message: str) -> None:
        if state != CONNECTED:
            self.prefetcher.suspend()  # a tab announcing a back-end now must not fetch with a stale client
        self.state = state
        self.message = message
        self.state_changed.emit()
