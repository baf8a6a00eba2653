"""Sending an order (or a quotation) at most once, and knowing what happened when the answer is lost.

An order costs money: POST /api/v1/orders is never repeated blindly. Each order carries a customer
reference unique to it. When the call fails ambiguously (timeout, dropped connection, 5xx: the server may
have created the order), the order is looked up by that reference before anything is said:

* found                        -> the OrderResult, marked ``recovered`` (it exists once: do not order again);
* certainly absent             -> OrderNotPlacedError (nothing was created: safe to try again);
* cannot tell                  -> OrderOutcomeUnknownError (do NOT try again; check the orders later).

"Certainly absent" needs a lookup that would have seen the order: /api/v2/orders/search for Pleiades Neo,
the taskings list (customerRef) for Pleiades/SPOT taskings. Whether orders/search lists Pleiades/SPOT
archive orders is not documented (API notes 3.11), so for those an empty answer only counts when the search
demonstrably lists that contract's orders. After a timeout the server may still be working on the order:
it is looked up a few times, and never declared absent.
"""

from . import errors, tracking
from .log import LOGGER
from .models import LEGACY, NEO, OrderResult

LOOKUPS_AFTER_TIMEOUT = 3
GATEWAY_STATUSES = (502, 504)  # a gateway gave up waiting: the service behind it may still be working


def _ambiguity(error):
    """'timeout' (the server may still act), 'failed' (no answer, or a server failure), or None when the
    error proves the server refused the request (4xx: nothing was created)."""
    if isinstance(error, errors.NetworkError):
        return "timeout" if error.timed_out else "failed"
    if isinstance(error, errors.ServerError):
        return "timeout" if error.status in GATEWAY_STATUSES else "failed"
    if isinstance(error, errors.UnexpectedResponseError) and (error.status or 0) < 300:
        return "failed"  # a 2xx whose body was cut: the order most likely exists
    return None


def result_from_lines(lines, customer_reference, backend):
    first = lines[0]
    sales = next((line.sales_order_id for line in lines if line.sales_order_id), None)
    quotation = next((line.quotation_id for line in lines if line.quotation_id), None)
    return OrderResult(
        customer_reference=customer_reference,
        sales_order_id=sales,
        quotation_id=quotation,
        currency=first.raw.get("currency", "") if isinstance(first.raw, dict) else "",
        backend=backend,
        recovered=True,
        note="The answer was lost; the order was found by its reference.",
        raw={"lines": [line.raw for line in lines]},
    )


class Placement:
    """One submission of one order body. ``parse(json) -> OrderResult`` reads a normal answer."""

    def __init__(self, http, retry, sleep):
        self._http = http
        self._retry = retry
        self._sleep = sleep

    def submit(self, path, body, *, contract, is_tasking, parse, what="the order"):
        reference = body["customerReference"]
        try:
            response = self._http.request("order", "POST", path, idempotent=False, json=body)
            from .http import response_json

            return parse(response_json(response, what=f"the confirmation of {what}"))
        except errors.OneAtlasError as error:
            kind = _ambiguity(error)
            if kind is None:
                raise
            LOGGER.warning(
                "%s '%s': no usable answer (%s); looking it up", what, reference, type(error).__name__
            )
            return self._reconcile(reference, contract, is_tasking, kind, error)

    def _reconcile(self, reference, contract, is_tasking, kind, cause):
        attempts = LOOKUPS_AFTER_TIMEOUT if kind == "timeout" else 1
        authoritative = False
        for attempt in range(1, attempts + 1):
            self._sleep(self._retry.delay(attempt))
            try:
                found = self._lookup(reference, contract, is_tasking)
                if found is not None:
                    LOGGER.info("Order '%s' found after the lost answer: %s", reference, found.summary)
                    return found
                authoritative = self._absence_is_proof(contract, is_tasking)
            except errors.OneAtlasError as lookup_error:
                LOGGER.warning("Looking up order '%s' failed: %s", reference, type(lookup_error).__name__)
                authoritative = False
        if kind == "failed" and authoritative:
            raise errors.OrderNotPlacedError(customer_reference=reference) from cause
        raise errors.OrderOutcomeUnknownError(customer_reference=reference) from cause

    def _lookup(self, reference, contract, is_tasking):
        lines = tracking.orders_with_reference(self._http, reference, contract.contract_id)
        if lines:
            return result_from_lines(lines, reference, contract.backend)
        if contract.backend == LEGACY and is_tasking:
            taskings = tracking.legacy_taskings(self._http, contract.contract_id, reference)
            if taskings:
                raw = taskings[0].raw
                return OrderResult(
                    customer_reference=reference,
                    sales_order_id=(raw.get("salesOrderId") or None) if isinstance(raw, dict) else None,
                    backend=LEGACY,
                    recovered=True,
                    note=f"The answer was lost; tasking {taskings[0].tasking_id} was found by its reference.",
                    raw=raw,
                )
        return None

    def _absence_is_proof(self, contract, is_tasking):
        if contract.backend == NEO or is_tasking:
            return True
        # Pleiades/SPOT archive: only if the order search demonstrably covers this contract.
        return bool(
            tracking.search_orders(
                self._http, f"contractId:{tracking.q_value(contract.contract_id)}", max_items=1
            )
        )
