"""What every order needs and rarely changes, fetched in the background as soon as a connection succeeds:
the product types and the markets of each contract, and the end-user countries (for Pléiades Neo).

The client caches each answer for its session (``core.once.OnceCache``), so opening an order form then
needs one call only: the options for that product and AOI. The calls are independent, so each runs as its
own background task (concurrently); a failure is only logged, and the order form asks again when needed.
"""

from typing import Callable, List, Tuple

from qgis.PyQt.QtCore import QCoreApplication

from ...core.log import LOGGER
from ...core.names import NEO
from ..common.reporting import log_error


def tr(text: str) -> str:
    return QCoreApplication.translate("Prefetch", text)


def reference_calls(client, account) -> List[Tuple[tuple, str, Callable]]:
    """(key, description, work) for each call; ``work(context)`` runs in a worker thread."""
    calls = []
    for contract in account.contracts:
        contract_id = contract.contract_id
        calls.append((("productTypes", contract_id),
                      tr("OneAtlas: products of contract {id}").format(id=contract_id),
                      lambda context, cid=contract_id: client.product_types(cid)))
        calls.append((("markets", contract_id),
                      tr("OneAtlas: markets of contract {id}").format(id=contract_id),
                      lambda context, cid=contract_id: client.markets(cid)))
    if any(contract.backend == NEO for contract in account.contracts):
        calls.append((("countries",), tr("OneAtlas: end-user countries"), lambda context: client.countries()))
    return calls


class Prefetcher:
    """Starts each reference call at most once per client (a connection), whatever reconnects or refreshes
    happen; ``pending`` counts the calls still on their way."""

    def __init__(self, runner):
        self.runner = runner
        self._client = None
        self._started = set()
        self._tasks = []  # the current client's calls, cancelled when another client takes over
        self.pending = 0

    def start(self, client, account) -> None:
        if client is not self._client:
            for task in self._tasks:  # a new connection: the old client's answers would be of no use
                task.cancel_if_running()
            self._client, self._started, self._tasks = client, set(), []
        for key, description, work in reference_calls(client, account):
            if key in self._started:
                continue
            self._started.add(key)
            self.pending += 1
            self._tasks.append(self.runner.start(
                description, work, on_success=self._finished,
                on_error=lambda error, key=key: self._failed(client, key, error), on_cancel=self._finished))
        if self.pending:
            LOGGER.debug("Fetching in the background what orders need (%d calls)", self.pending)

    def _finished(self, *_args) -> None:
        self.pending -= 1

    def _failed(self, client, key, error) -> None:
        self.pending -= 1
        if client is self._client:
            self._started.discard(key)  # the next connection tries again; the order form asks meanwhile
        log_error("Fetching what orders need in the background", error)
