"""Finding an order by its customer reference after its answer was lost, over a bounded window.

Nothing documents how soon a new order becomes searchable (API notes 3.11), so one empty search right after
the failure proves nothing: the user would be invited to pay a second time for an order that shows up
seconds later. The lookups therefore run over ``window_s`` seconds from the failure, with backoff, and the
order is declared "not placed" only when lookups that could have seen it found nothing, at least
``MIN_ABSENT_CHECKS`` times, the last one after the window ended. Until then it is "checking".

Each lookup asks /api/v2/orders/search with the specification's wildcard form
(``customerReference:*ref*``), then with the exact value (in case the service does not expand wildcards
the way its examples suggest), and keeps exact matches only. Pleiades/SPOT taskings are also looked up
with "Track Orders with Customerref" (GET .../taskings?customerRef=), whose documented answer nests the
fields in an ``icr`` object (models.LegacyTasking reads both shapes).

Whether orders/search lists Pleiades/SPOT archive orders is not documented: for those, an empty answer
counts as absence only when the search demonstrably lists orders of that contract; otherwise the outcome
ends "unknown" (do not retry blindly) when the window runs out.
"""

from dataclasses import dataclass

from . import errors, tracking
from .journal import CHECKING, NOT_PLACED, PLACED, UNKNOWN
from .log import LOGGER
from .models import LEGACY, NEO
from .order_models import OrderResult

DEFAULT_WINDOW_S = 120.0  # of the order of a couple of minutes (configurable per client)
DEFAULT_INTERACTIVE_S = 15.0  # how long place_order itself keeps looking before saying "being checked"
MIN_ABSENT_CHECKS = 2
FIRST_DELAY_S = 1.0
MAX_DELAY_S = 30.0


@dataclass
class ReconcileSettings:
    window_s: float = DEFAULT_WINDOW_S
    interactive_s: float = DEFAULT_INTERACTIVE_S  # None: place_order waits until the outcome is settled

    def interactive_until(self, now):
        if self.interactive_s is None:
            return now + self.window_s + 2 * MAX_DELAY_S
        return now + self.interactive_s

    def delay(self, attempt):
        return min(FIRST_DELAY_S * (2 ** max(attempt - 1, 0)), MAX_DELAY_S)


def result_from_lines(lines, reference, backend, note):
    first = lines[0]
    return OrderResult(
        customer_reference=reference,
        sales_order_id=next((line.sales_order_id for line in lines if line.sales_order_id), None),
        quotation_id=next((line.quotation_id for line in lines if line.quotation_id), None),
        currency=first.raw.get("currency", "") if isinstance(first.raw, dict) else "",
        backend=backend,
        recovered=True,
        note=note,
        raw={"lines": [line.raw for line in lines]},
    )


def find_order(http, reference, contract, is_tasking):
    """(OrderResult or None, authoritative): authoritative means an empty answer is evidence of absence."""
    note = "The answer was lost; the order was found by its reference."
    contract_q = f"contractId:{tracking.q_value(contract.contract_id)}"
    value = tracking.q_value(reference)
    search_failed = None
    try:
        for q in (
            f"(customerReference:*{value}*) AND ({contract_q})",
            f"(customerReference:{value}) AND ({contract_q})",
        ):
            lines = [line for line in tracking.search_orders(http, q) if line.customer_reference == reference]
            if lines:
                return result_from_lines(lines, reference, contract.backend, note), True
    except errors.OneAtlasError as error:
        if not (contract.backend == LEGACY and is_tasking):
            raise
        search_failed = error  # the taskings list below can still answer for a Pleiades/SPOT tasking
    if search_failed is not None:
        LOGGER.info("Order search failed (%s); trying the taskings list", type(search_failed).__name__)
    if contract.backend == LEGACY and is_tasking:
        taskings = tracking.legacy_taskings(http, contract.contract_id, reference)
        if taskings:
            tasking = taskings[0]
            return (
                OrderResult(
                    customer_reference=reference,
                    sales_order_id=tasking.sales_order_id or None,
                    backend=LEGACY,
                    recovered=True,
                    note=f"The answer was lost; tasking {tasking.tasking_id} was found by its reference.",
                    raw=tasking.raw,
                ),
                True,
            )
        return None, True
    if contract.backend == NEO:
        return None, True
    # Pleiades/SPOT archive: absence counts only if the order search demonstrably covers this contract.
    return None, bool(tracking.search_orders(http, contract_q, max_items=1))


class Reconciler:
    """Runs lookups for journal entries and records their outcome in the journal."""

    def __init__(self, http, journal, settings, *, clock, sleep):
        self._http = http
        self._journal = journal
        self.settings = settings
        self._clock = clock
        self._sleep = sleep

    def check(self, entry, contract):
        """One lookup; returns the updated entry (state placed, checking, not_placed or unknown) and the
        OrderResult when the order was found."""
        now = self._clock()
        failed_at = entry.failed_at if entry.failed_at is not None else now
        try:
            found, authoritative = find_order(self._http, entry.reference, contract, entry.is_tasking)
        except errors.OneAtlasError as error:
            LOGGER.warning("Looking up order '%s' failed: %s", entry.reference, type(error).__name__)
            return self._journal.update(entry.reference, lookups=entry.lookups + 1, failed_at=failed_at), None
        if found is not None:
            LOGGER.info("Order '%s' found by its reference: %s", entry.reference, found.summary)
            updated = self._journal.update(
                entry.reference,
                state=PLACED,
                lookups=entry.lookups + 1,
                failed_at=failed_at,
                sales_order_id=found.sales_order_id,
                quotation_id=found.quotation_id,
                note=found.note,
            )
            return updated, found
        changes = {"lookups": entry.lookups + 1, "failed_at": failed_at}
        if entry.exists_proven or entry.state == PLACED:
            return self._journal.update(
                entry.reference, **changes
            ), None  # it exists: only its ids are missing
        absent = entry.absent_checks + (1 if authoritative else 0)
        if authoritative:
            changes.update(absent_checks=absent, last_absent_at=now)
        window_over = now >= failed_at + self.settings.window_s
        if window_over and authoritative and absent >= MIN_ABSENT_CHECKS:
            changes.update(state=NOT_PLACED, note="Not found by its reference over the whole window.")
            LOGGER.info("Order '%s' not found after %d lookups: not placed", entry.reference, absent)
        elif window_over and not authoritative:
            changes.update(state=UNKNOWN, note="The order search cannot show this kind of order.")
        else:
            changes.update(state=CHECKING)
        return self._journal.update(entry.reference, **changes), None

    def run(self, entry, contract, until):
        """Lookups with backoff until the entry is settled or the clock reaches ``until``."""
        attempt = 0
        while True:
            attempt += 1
            self._sleep(self.settings.delay(attempt))
            entry, found = self.check(entry, contract)
            settled = entry.state in (NOT_PLACED, UNKNOWN) or (entry.state == PLACED and entry.ids_known)
            if settled or self._clock() >= until:
                return entry, found
