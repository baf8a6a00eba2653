"""What every order needs and rarely changes, fetched in the background as soon as a connection succeeds:
the product types and the markets of each contract of the back-ends the user is working with, and the
end-user countries (for Pléiades Neo).

The client caches each answer for its session (``core.once.OnceCache``), so opening an order form then
needs one call only: the options for that product and AOI. The calls are independent, so each runs as its
own background task (concurrently); a failure is only logged, and the order form asks again when needed.

Only the back-ends the user is working with are fetched (docs/decisions/0011): each tab announces the
back-ends in its view (``DockSignals.backends_in_view``: the Archive tab's checked constellations, the
Tasking tab's chosen offer) and the prefetch follows them. A user who searches Pléiades only never pays for
Pléiades Neo's calls; checking Pléiades Neo fetches them at once, long before a Neo scene can be picked
(the search itself takes a round trip). While no tab has spoken (none built yet), every back-end is wanted.
"""

from typing import Callable, Dict, FrozenSet, List, Optional, Tuple

from qgis.PyQt.QtCore import QCoreApplication

from ...core.log import LOGGER
from ...core.names import NEO
from ..common.reporting import log_error


def tr(text: str) -> str:
    return QCoreApplication.translate("Prefetch", text)


def reference_calls(client, account, backends: Optional[FrozenSet[str]] = None
                    ) -> List[Tuple[tuple, str, Callable]]:
    """(key, description, work) for each call of the contracts whose back-end is in ``backends`` (None:
    every back-end); ``work(context)`` runs in a worker thread."""
    contracts = [contract for contract in account.contracts
                 if backends is None or contract.backend in backends]
    calls = []
    for contract in contracts:
        contract_id = contract.contract_id
        calls.append((("productTypes", contract_id),
                      tr("OneAtlas: products of contract {id}").format(id=contract_id),
                      lambda context, cid=contract_id: client.product_types(cid)))
        calls.append((("markets", contract_id),
                      tr("OneAtlas: markets of contract {id}").format(id=contract_id),
                      lambda context, cid=contract_id: client.markets(cid)))
    if any(contract.backend == NEO for contract in contracts):
        calls.append((("countries",), tr("OneAtlas: end-user countries"), lambda context: client.countries()))
    return calls


def follow_backends_in_view(signals, prefetcher: "Prefetcher") -> None:
    """The dock's wiring: ``signals`` (ui.tabs.DockSignals) tells ``prefetcher`` which back-ends each tab
    is working with, starting with what the tabs already said (a session created after the tabs)."""
    for source, backends in dict(signals.backends_by_source).items():
        prefetcher.want(source, backends)
    signals.backends_in_view.connect(prefetcher.want)


class Prefetcher:
    """Starts each reference call at most once per client (a connection), whatever reconnects or refreshes
    happen; ``pending`` counts the calls still on their way."""

    def __init__(self, runner):
        self.runner = runner
        self._client = None
        self._account = None  # None while not connected: nothing to fetch with
        self._started = set()
        self._failed = set()  # started but failed: tried again at the next connection, not before
        self._tasks = []  # the current client's calls, cancelled when another client takes over
        self._wanted: Dict[str, FrozenSet[str]] = {}  # source (a tab) -> the back-ends it works with
        self.pending = 0

    @property
    def wanted_backends(self) -> Optional[FrozenSet[str]]:
        """The back-ends any tab is working with; None (every back-end) while no tab has said."""
        if not self._wanted:
            return None
        return frozenset().union(*self._wanted.values())

    def want(self, source: str, backends) -> None:
        """Tab ``source`` now works with ``backends`` (core.names NEO / LEGACY): a back-end newly wanted is
        fetched at once when connected. Nothing is cancelled when one is no longer wanted (it is cached)."""
        self._wanted[source] = frozenset(backends or ())
        if self._client is not None and self._account is not None:
            self._fetch()

    def start(self, client, account) -> None:
        """A connection succeeded: fetch what the wanted back-ends need (what this client has not yet)."""
        if client is not self._client:
            for task in self._tasks:  # a new connection: the old client's answers would be of no use
                task.cancel_if_running()
            self._client, self._started, self._tasks = client, set(), []
        self._started -= self._failed
        self._failed = set()
        self._account = account
        self._fetch()

    def suspend(self) -> None:
        """Not connected any more (connecting again, key rejected or removed): fetch nothing until the next
        ``start``. What this client already fetched stays known, so a reconnection does not fetch it again."""
        self._account = None

    def _fetch(self) -> None:
        client = self._client
        started = 0
        for key, description, work in reference_calls(client, self._account, self.wanted_backends):
            if key in self._started:
                continue
            self._started.add(key)
            self.pending += 1
            started += 1
            self._tasks.append(self.runner.start(
                description, work, on_success=self._finished,
                on_error=lambda error, key=key: self._call_failed(client, key, error),
                on_cancel=self._finished))
        if started:
            LOGGER.debug("Fetching in the background what orders need (%d calls)", started)

    def _finished(self, *_args) -> None:
        self.pending -= 1

    def _call_failed(self, client, key, error) -> None:
        self.pending -= 1
        if client is self._client:
            self._failed.add(key)  # the next connection tries again; the order form asks meanwhile
        log_error("Fetching what orders need in the background", error)
