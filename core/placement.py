"""Sending an order (or a quotation) at most once, and saying what happened only when it is known.

An order costs money: POST /api/v1/orders is never repeated. Before it is sent, the order intent is written
to the journal (journal.py), which refuses a reference that may already exist, whichever client, session
or Processing run sent it. Then:

* a 2xx with a readable confirmation      -> placed (ids recorded);
* a 2xx whose body is cut or unreadable   -> placed: the answer proves the order exists; its ids are looked
                                             up by reference (OrderResult ``recovered``, ids maybe unknown);
* a refusal (4xx)                         -> refused: nothing was created, the error says what to change;
* a redirect (3xx, any of them)           -> never followed, never resent: checking, as below;
* no usable answer (timeout, dropped connection, 5xx)
                                          -> checking: lookups by reference (reconcile.py) for a short
                                             interactive window; found -> recovered OrderResult; settled
                                             absent over the whole window -> OrderNotPlacedError; otherwise
                                             OrderOutcomeUnknownError, the journal entry stays "checking"
                                             and ``client.settle_pending()`` finishes the job later.
"""

import requests

from . import errors
from .http import response_json
from .i18n import Text
from .journal import CHECKING, NOT_PLACED, PLACED, REFUSED, UNKNOWN, JournalEntry, aoi_digest
from .log import LOGGER
from .order_models import OrderResult


def _ambiguous(error):
    """True when the server may have acted on the request: no answer, a server-side failure, a redirect."""
    if isinstance(error, (errors.NetworkError, errors.ServerError)):
        return True
    if redirected(error):
        # A 3xx answer to the order POST is never followed and the order never resent (redirects.py). A
        # 301/302/303 means "done, see the result there": the order may exist. A 307/308 means "not done,
        # send it there", but nothing proves who answered it (a proxy, a changed API) or that nothing was
        # created. Either way the order is looked up by its reference like any lost answer; only absence
        # over the whole window says "not placed".
        return True
    # Any other status the transport could not classify (odd codes, an unreadable error): not a refusal.
    return isinstance(error, errors.UnexpectedResponseError)


def redirected(error):
    """Whether the error is a redirect (3xx) answered to the request."""
    status = getattr(error, "status", None)
    is_3xx = isinstance(status, int) and 300 <= status < 400
    return isinstance(error, errors.UnexpectedResponseError) and is_3xx


class Placement:
    """One submission of one order (or quotation) body. ``parse(json)`` reads a normal answer."""

    def __init__(self, http, journal, reconciler, clock):
        self._http = http
        self._journal = journal
        self._reconciler = reconciler
        self._clock = clock

    def submit(self, path, body, *, contract, request, parse, kind="order", price=None):
        reference = body["customerReference"]
        aoi = body.get("aoi") or [{}]
        entry = self._journal.claim(
            JournalEntry(
                reference=reference,
                contract_id=contract.contract_id,
                backend=contract.backend,
                product_type_id=getattr(request, "product_type_id", ""),
                kind=kind,
                is_tasking=bool(getattr(request, "is_tasking", False)),
                aoi_digest=aoi_digest(aoi[0].get("geometry") if isinstance(aoi[0], dict) else aoi),
                price_total=getattr(price, "total", None),
                currency=getattr(price, "currency", "") or "",
            )
        )
        try:
            response = self._http.request("order", "POST", path, idempotent=False, json=body, stream=True)
        except errors.ValidationError as error:
            self._journal.update(reference, state=REFUSED, note=str(error))
            raise error.for_order(reference) from None
        except errors.OneAtlasError as error:
            if not _ambiguous(error):
                self._journal.update(reference, state=REFUSED, note=str(error))
                raise
            what = f"HTTP {error.status}, a redirect" if redirected(error) else type(error).__name__
            LOGGER.warning("%s '%s': no usable answer (%s); looking it up", kind, reference, what)
            entry = self._journal.update(reference, state=CHECKING, failed_at=self._clock(), note=what)
            return self._reconcile(entry, contract, cause=error)
        except BaseException:
            # Interrupted in this process before any answer: the order may exist. Keep it "checking".
            self._journal.update(reference, state=CHECKING, failed_at=self._clock())
            raise
        status = response.status_code
        try:
            result = parse(response_json(_read(response), what=_confirmation_of(kind)))
        except errors.OneAtlasError as error:
            LOGGER.warning(
                "%s '%s': HTTP %s but the answer was unreadable (%s); the order exists, looking up its ids",
                kind,
                reference,
                status,
                type(error).__name__,
            )
            entry = self._journal.update(
                reference, state=PLACED, exists_proven=True, failed_at=self._clock(), note=f"HTTP {status}"
            )
            return self._ids_of_proven_order(entry, contract, status)
        self._journal.update(
            reference,
            state=PLACED,
            sales_order_id=getattr(result, "sales_order_id", None),
            quotation_id=getattr(result, "quotation_id", None),
        )
        return result

    def _reconcile(self, entry, contract, cause):
        until = self._reconciler.settings.interactive_until(self._clock())
        entry, found = self._reconciler.run(entry, contract, until)
        if found is not None:
            return found
        if entry.state == NOT_PLACED:
            raise errors.OrderNotPlacedError(
                customer_reference=entry.reference, lookups=entry.absent_checks
            ) from cause
        raise errors.OrderOutcomeUnknownError(
            customer_reference=entry.reference, state=entry.state if entry.state == UNKNOWN else CHECKING
        ) from cause

    def _ids_of_proven_order(self, entry, contract, status):
        until = self._reconciler.settings.interactive_until(self._clock())
        entry, found = self._reconciler.run(entry, contract, until)
        if found is not None:
            found.note = Text(
                "OneAtlas accepted the order (HTTP {status}) but its answer was unreadable; "
                "the order was found by its reference.",
                status=status,
            )
            return found
        return OrderResult(
            customer_reference=entry.reference,
            backend=contract.backend,
            recovered=True,
            note=Text(
                "OneAtlas accepted the order (HTTP {status}) but its answer was unreadable: the order "
                "exists; its ids will appear in the Orders tab.",
                status=status,
            ),
        )


def _confirmation_of(kind):
    if kind == "order":
        return Text("the confirmation of the order")
    if kind == "quotation":
        return Text("the confirmation of the quotation")
    return f"the confirmation of the {kind}"


def _read(response):
    """The body of a streamed 2xx answer; a connection cut while reading is an unreadable answer."""
    try:
        response.content  # noqa: B018 (reads and caches the body)
    except (requests.exceptions.RequestException, OSError) as error:
        raise errors.UnexpectedResponseError(
            Text(
                "The connection was cut while OneAtlas sent its answer ({kind}).", kind=type(error).__name__
            ),
            status=response.status_code,
        ) from None
    finally:
        response.close()
    return response
