"""The money rules of every order, apart from any widget: a price bound to the inputs it was computed for,
one submission, and an honest outcome.

- ``request_price`` prices a request in the background; the price counts only while the inputs keep the
  signature they had when it was asked for (any change drops it: the order waits for a new price);
- ``submit`` sends the order once; while it is on its way nothing else can be sent, and after an answer
  that does not prove the order failed (``core.outcomes``) nothing can be sent again from here;
- the outcome is one of three signals: ``placed``, ``refused`` (nothing was created: correct and retry) or
  ``outcome_unknown`` (the order may exist: never resend, check the Orders tab).

The Archive and Tasking tabs use it through ``ui.ordering.order_dialog``; it runs no HTTP itself: the
work functions call the core client in a worker thread.
"""

from dataclasses import dataclass, field
from typing import Callable, List, Optional

from qgis.PyQt.QtCore import QCoreApplication, QObject, pyqtSignal

from ...core.log import LOGGER
from ...core.outcomes import proves_not_placed
from ..common.tasks import LatestTask, check_cancelled


def tr(text: str) -> str:
    return QCoreApplication.translate("OrderSubmission", text)


@dataclass
class OrderContext:
    """Everything an order form needs before the user can fill it in."""

    backend: str
    contract: object  # core Contract
    product_type: object  # core ProductType
    options: object  # core ProductOptions
    markets: list  # core Choice
    countries: list  # core Choice
    warnings: List[str] = field(default_factory=list)


def outcome_unknown_text(reference: str) -> str:
    return tr("We could not confirm whether the order '{reference}' was placed: the connection failed after "
              "it was sent. Do not order again; check the Orders tab in a few minutes for this reference."
              ).format(reference=reference)


class OrderSubmission(QObject):
    priced = pyqtSignal(object)  # core Price, for the current inputs
    price_outdated = pyqtSignal()  # the inputs changed after (or while) pricing
    price_failed = pyqtSignal(object)  # the error
    price_cancelled = pyqtSignal()  # from QGIS's task bar
    placed = pyqtSignal(object)  # core OrderResult
    refused = pyqtSignal(object)  # an error that proves nothing was created
    outcome_unknown = pyqtSignal(object, str)  # the error (or None when interrupted), the reference
    busy_changed = pyqtSignal(bool)

    def __init__(self, runner, parent=None, what: str = "Order"):
        super().__init__(parent)
        self.what = what  # for the log: "Archive order", "Tasking order"
        self._task = LatestTask(runner)
        self.price = None
        self._priced_signature = None
        self.submitting = False
        self.finished = False  # placed, or outcome unknown: never send again from here

    @property
    def busy(self) -> bool:
        return self._task.running

    def is_priced_for(self, signature) -> bool:
        return self.price is not None and self._priced_signature is not None \
            and self._priced_signature == signature

    @property
    def has_price(self) -> bool:
        return self.price is not None and self._priced_signature is not None

    def inputs_changed(self) -> bool:
        """Drop a price that no longer matches; True when one was dropped."""
        if self.price is None or self.finished:
            return False
        self.price = None
        self._priced_signature = None
        return True

    def forget_price_signature(self) -> None:
        """After a refusal that needs a change: the order waits for a new price."""
        self._priced_signature = None

    # -- price ---------------------------------------------------------------------------------------

    def request_price(self, client, request, signature, current_signature: Callable[[], object]) -> None:
        def work(context):
            check_cancelled(context)
            return client.price(request)

        self._price_in_background(tr("Pricing a OneAtlas order"), work, lambda price: price, signature,
                                  current_signature)

    def _price_in_background(self, description, work, combine, signature, current_signature) -> None:
        """Run ``work`` (-> what ``combine`` turns into one Price) and keep the price only while the inputs
        still have ``signature``."""
        def done(result):
            self.busy_changed.emit(False)
            if signature != current_signature():  # inputs changed while pricing
                self.price_outdated.emit()
                return
            self.price = combine(result)
            self._priced_signature = signature
            self.priced.emit(self.price)

        def failed(error):
            self.busy_changed.emit(False)
            self.price_failed.emit(error)

        def cancelled():
            self.busy_changed.emit(False)
            self.price_cancelled.emit()

        self.busy_changed.emit(True)
        self._task.start(description, work, done, failed, cancelled)

    # -- order ---------------------------------------------------------------------------------------

    def can_submit(self, signature) -> bool:
        return not self.submitting and not self.finished and not self.busy and self.is_priced_for(signature)

    def submit(self, client, request, reference: str, description: Optional[str] = None,
               send: Optional[Callable[[object, object], object]] = None) -> None:
        """Send the order once. No cancellation check after the call: its answer must always be shown.
        The price the user confirmed goes into the order journal with it. ``send(client, request)``
        replaces the order call (a quotation request), with the same once-only rules."""
        self.submitting = True
        price = self.price

        def work(context):
            check_cancelled(context)
            if send is not None:
                return send(client, request)
            return client.place_order(request, price=price)

        self.busy_changed.emit(True)
        self._task.start(description or tr("Placing a OneAtlas order"), work, self._placed,
                         lambda error: self._failed(error, reference), lambda: self._interrupted(reference))

    def _placed(self, result) -> None:
        LOGGER.info("%s placed: %s", self.what, getattr(result, "summary", None) or result)
        self.submitting = False
        self.finished = True
        self.busy_changed.emit(False)
        self.placed.emit(result)

    def _failed(self, error, reference: str) -> None:
        self.submitting = False
        self.busy_changed.emit(False)
        if proves_not_placed(error):
            self.refused.emit(error)
        else:
            self.finished = True
            self.outcome_unknown.emit(error, reference)

    def _interrupted(self, reference: str) -> None:
        LOGGER.warning("Placing the order '%s' was interrupted; its outcome is unknown", reference)
        self.submitting = False
        self.finished = True
        self.busy_changed.emit(False)
        self.outcome_unknown.emit(None, reference)

    # -- loading -------------------------------------------------------------------------------------

    def load(self, work, on_loaded, on_failed, description: str) -> None:
        """Background work that prepares the form (context, options); only the newest one counts."""
        def done(result):
            self.busy_changed.emit(False)
            on_loaded(result)

        def failed(error):
            self.busy_changed.emit(False)
            on_failed(error)

        self.busy_changed.emit(True)
        self._task.start(description, work, done, failed, lambda: self.busy_changed.emit(False))

    def cancel_unless_submitting(self) -> None:
        if not self.submitting:
            self._task.cancel()
