"""'Request a quotation' in the order dialog (Pleiades Neo): for a MANUAL tasking it is the only way (no
price, no order), otherwise an alternative the user may choose, as the OneAtlas portal allows (archive or
tasking).

A quotation request is sent like an order: confirmed first, sent once (the core journal reconciles a lost
answer by its reference), never resent after an answer that does not prove it failed. Nothing is charged
until the quotation is accepted (the Tasking tab's quotation list).

A subject with ``no_order_words`` (a MANUAL Pleiades/SPOT tasking: no price, no order and no quotation,
docs/decisions/0014) gets those words instead of the price and order buttons.
"""

from typing import List

from qgis.PyQt.QtCore import QCoreApplication, QObject, pyqtSignal

from ...core.aoi import geodesic_area_km2
from ...core.models import NEO
from ..common.formatting import SUCCESS_STYLE, backend_label, money
from ..common.widgets import push_button
from .confirmation import ConfirmOrderDialog, OrderSummary
from .submission import OrderSubmission


def tr(text: str) -> str:
    return QCoreApplication.translate("QuotationRequest", text)


def credit_left_notes(contract, price) -> List[str]:
    """What the contract keeps after this order, or a warning when the order exceeds it."""
    if contract is None or price is None or contract.credit_remaining is None or price.total is None:
        return []
    left = contract.credit_remaining - price.total
    if left < 0:
        return [tr("This order costs more than the credit left on the contract ({credit}): OneAtlas will "
                   "refuse it.").format(credit=money(contract.credit_remaining, contract.currency))]
    return [tr("Credit left on the contract after this order: {left} (now {credit}).").format(
        left=money(left, contract.currency), credit=money(contract.credit_remaining, contract.currency))]


class ConfirmQuotationDialog(ConfirmOrderDialog):
    """The order confirmation, worded for a request that costs nothing yet."""

    def __init__(self, summary: OrderSummary, parent=None):
        super().__init__(summary, parent)
        self.setObjectName("confirmQuotationDialog")
        self.setWindowTitle(tr("Confirm your quotation request"))
        self.total_label.setText(tr("Nothing is charged now: Airbus sends a quotation, which you accept or "
                                    "refuse before it expires."))
        self.total_label.setWordWrap(True)
        self.total_label.setStyleSheet("font-weight: bold;")
        self.confirm_button.setText(tr("Request the quotation"))


class QuotationRequest(QObject):
    """Owned by an OrderDialog; shows its button once the contract is known to be a Pleiades Neo one."""

    requested = pyqtSignal(object)  # core Quotation

    def __init__(self, dialog, runner):
        super().__init__(dialog)
        self.dialog = dialog
        self.quotation = None
        self.available = False
        self.only = bool(getattr(dialog.subject, "quotation_only", False))
        self.submission = OrderSubmission(runner, self, what="Quotation request")
        text = tr("Request a quotation…") if self.only else tr("Request a quotation instead…")
        self.button = push_button(dialog, text, "requestQuotationButton", self.request, auto_default=False)
        self.button.setToolTip(tr("Ask Airbus for a quotation instead of ordering now; nothing is charged "
                                  "until you accept it."))
        dialog.button_row.insertWidget(1, self.button)
        self.button.hide()
        no_order = getattr(dialog.subject, "no_order_words", "")  # MANUAL where no quotation exists either
        if self.only or no_order:  # MANUAL feasibility: a price or an order would be refused
            dialog.price_button.hide()
            dialog.place_button.hide()
            dialog.price_label.setText(no_order or tr(
                "Airbus must study this request by hand (MANUAL feasibility): there is no price and no "
                "direct order. Request a quotation."))
        dialog.product_chosen.connect(self._loaded)
        dialog.submission.busy_changed.connect(self._update)
        self.submission.busy_changed.connect(dialog._busy_changed)
        self.submission.busy_changed.connect(self._update)
        self.submission.placed.connect(self._requested)
        self.submission.refused.connect(self._refused)
        self.submission.outcome_unknown.connect(self._unknown)

    def _loaded(self, *_args) -> None:
        self.available = self.dialog.context is not None and self.dialog.context.backend == NEO
        self.button.setVisible(self.available)
        self._update()

    def _update(self, *_args) -> None:
        own, order = self.submission, self.dialog.submission
        idle = not (own.busy or own.submitting or order.busy or order.submitting)
        self.button.setEnabled(self.available and idle and not own.finished and not order.finished)

    def _summary(self) -> OrderSummary:
        dialog = self.dialog
        details = dialog.details_form.values()
        contract, product = dialog.context.contract, dialog.context.product_type
        if dialog.price is not None and dialog.submission.is_priced_for(dialog._signature()):
            lines = [tr("A direct order would cost {amount}; the quotation may differ.").format(
                amount=money(dialog.price.total, dialog.price.currency))]
        else:
            lines = [tr("Airbus sets the amount in the quotation.")]
        end_user = (f"{details['end_user_name']} ({details['end_user_country']})"
                    if details.get("end_user_name") else "")
        return OrderSummary(
            intro=tr("You are about to ask Airbus for a quotation. Nothing is ordered or charged now: the "
                     "quotation appears in the Tasking tab's list, where you accept or refuse it."),
            items_title=dialog.subject.items_title, items=dialog.subject.items(),
            product=f"{product.label} ({product.product_type_id})",
            options=dialog.options_form.describe(), aoi_area_km2=geodesic_area_km2(dialog.subject.aoi),
            contract=f"{contract.name or contract.contract_id} ({contract.contract_id}, "
                     f"{backend_label(contract.backend)})",
            price_lines=lines, total=None, currency="", customer_reference=details["customer_reference"],
            market=dialog.details_form.market.currentText(), end_user=end_user,
            email=details["notification_email"], notes=dialog.subject_notes())

    def request(self) -> None:
        dialog, own = self.dialog, self.submission
        if (not self.available or dialog.context is None or own.submitting or own.finished
                or dialog.submission.submitting or dialog.submission.finished or not dialog._validate()):
            return
        client = dialog.confirmed_client("Connecting to request a quotation",
                                         lambda: ConfirmQuotationDialog(self._summary(), dialog),
                                         tr("No quotation requested: you cancelled the confirmation."),
                                         tr("Requesting the quotation…"))
        if client is None:
            return
        request = dialog._request()
        dialog.submission.submitting = True  # the dialog sends nothing else (price, order) meanwhile
        own.submit(client, request, dialog.details_form.values()["customer_reference"],
                   tr("Requesting a OneAtlas quotation"), send=lambda client_, request_:
                   client_.request_quotation(request_))
        dialog._update_buttons()
        self._update()

    def _settle(self, finished: bool) -> None:
        self.dialog.submission.submitting = False
        self.dialog.submission.finished = self.dialog.submission.finished or finished
        self.dialog._update_buttons()
        self._update()

    def _requested(self, quotation) -> None:
        self.quotation = quotation
        self._settle(True)
        amount = "" if quotation.total is None else tr(", {amount}").format(
            amount=money(quotation.total, quotation.currency))
        self.dialog._show_message(tr(
            "Quotation {id} requested (reference {reference}{amount}). Accept or refuse it in the Tasking "
            "tab's quotation list before it expires; nothing is charged until you accept it.").format(
            id=quotation.quotation_id or tr("(id not known yet)"), reference=quotation.customer_reference,
            amount=amount))
        self.dialog.message.setStyleSheet(SUCCESS_STYLE)
        self.button.setText(tr("Quotation requested"))
        self.requested.emit(quotation)

    def _refused(self, error) -> None:
        self._settle(False)
        reference = self.dialog.details_form.values()["customer_reference"]
        self.dialog._show_field_error(
            error, self.dialog.report_failure(f"Requesting the quotation '{reference}'", error))

    def _unknown(self, error, reference: str) -> None:
        self._settle(True)
        if error is not None:
            self.dialog.report_failure(f"Requesting the quotation '{reference}'", error)
        self.dialog._show_message(tr(
            "We could not confirm whether the quotation request '{reference}' reached OneAtlas: the "
            "connection "
            "failed after it was sent. Do not request it again; refresh the quotation list in a few minutes."
        ).format(reference=reference), error=True)
