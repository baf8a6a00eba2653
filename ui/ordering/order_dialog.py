"""The order dialog: options, commercial details, price, confirmation, order: for any order subject.

What is ordered (archive scenes, a tasking offer with its attempts...) is a *subject* provided by the
feature that opens the dialog (``ui.archive.order.ArchiveOrderSubject``); it says what the dialog shows and
builds the core request. The money rules live in ``ui.ordering.submission`` (see docs/peers.md 3.6):
- the price shown is bound to the exact inputs it was computed for; any change hides it and the order
  button waits for a new price;
- "Place order…" opens a confirmation that states what is ordered and for how much; nothing is sent
  unless the user confirms there;
- while the order is being sent the button is disabled (no double submit), and stays disabled after
  an answer that does not prove the order failed: an ambiguous failure is never offered as "retry".
"""

from typing import Callable, Optional

from qgis.PyQt.QtCore import QCoreApplication, pyqtSignal
from qgis.PyQt.QtWidgets import QDialog, QGroupBox, QScrollArea, QVBoxLayout, QWidget

from ...core import errors
from ...core.aoi import geodesic_area_km2
from ...core.log import LOGGER
from ..common.formatting import ERROR_STYLE, SUCCESS_STYLE, backend_label, km2, money
from ..common.reporting import client_or_report, log_and_describe
from ..common.widgets import busy_bar, button_row, push_button, set_message, wrapped_label
from . import remembered_details
from .after_order import next_steps_text
from .confirmation import ConfirmOrderDialog, OrderSummary
from .details_form import OrderDetailsForm, field_for_server_name
from .minimum_note import MinimumAreaNote
from .options_form import OptionsForm
from .quotation_request import QuotationRequest, credit_left_notes
from .staged_build import StagedBuild, form_steps, loading_work
from .submission import OrderContext, OrderSubmission, outcome_unknown_text


def tr(text: str) -> str:
    return QCoreApplication.translate("OrderDialog", text)


def fitting_height(available: int) -> int:
    """The height on a screen ``available`` px high (taskbar excluded), title bar included: at most 680, so
    it fits a laptop's 1366x768; the form scrolls inside."""
    return max(360, min(680, available - 70))


def confirm_with_dialog(dialog: ConfirmOrderDialog) -> bool:
    """The real confirmation: modal, the user decides."""
    return dialog.exec() == QDialog.DialogCode.Accepted


class OrderDialog(QDialog):
    order_placed = pyqtSignal(object)
    product_chosen = pyqtSignal(object, str)  # minimum order area in km2 (or None), product label

    def __init__(self, subject, client_provider: Callable[[], object], runner, parent=None,
                 report_failure: Optional[Callable[[str, BaseException], str]] = None):
        super().__init__(parent)
        self.setObjectName(subject.object_name)
        self.subject = subject
        self.client_provider = client_provider
        # report_failure(what, error) -> words: logs the details (and tells the session, when there is one).
        self.report_failure = report_failure or log_and_describe
        self.confirm_hook: Callable[[ConfirmOrderDialog], bool] = confirm_with_dialog
        self.context: Optional[OrderContext] = None
        self.options_form: Optional[OptionsForm] = None
        self.details_form: Optional[OrderDetailsForm] = None
        self.result = None
        self.last_confirmation: Optional[ConfirmOrderDialog] = None
        self._unloading = False
        self._build: Optional[StagedBuild] = None
        self._progress_kept = False  # the progress bar stays while the form is being built
        # A subject may bring its own money rules (one order per part: ui.ordering.multi_order).
        submission_class = getattr(subject, "submission_class", OrderSubmission)
        self.submission = submission_class(runner, self, what=subject.log_name)
        self.submission.busy_changed.connect(self._busy_changed)
        self.submission.priced.connect(self._priced)
        self.submission.price_outdated.connect(self._show_price_outdated)
        self.submission.price_failed.connect(self._price_failed)
        self.submission.price_cancelled.connect(lambda: self._show_message(tr("Pricing cancelled.")))
        self.submission.placed.connect(self._placed)
        self.submission.refused.connect(self._refused)
        self.submission.outcome_unknown.connect(self._outcome_unknown)

        self.setWindowTitle(subject.title)
        layout = QVBoxLayout(self)
        self.header = wrapped_label(self, "orderScenes")  # in the scrolled part: many scenes, many lines
        self.header.setText(subject.header)
        self.contract_label = wrapped_label(self, "orderContract")
        layout.addWidget(self.contract_label)
        self.contract_error = wrapped_label(self, "orderContractError")
        self.contract_error.setStyleSheet(ERROR_STYLE)
        self.contract_error.hide()
        layout.addWidget(self.contract_error)
        self.progress = busy_bar(self)
        layout.addWidget(self.progress)
        self.minimum_note = MinimumAreaNote(self)  # "billed as at least N km²", before any price
        layout.addWidget(self.minimum_note)

        self.options_box = QGroupBox(tr("Product options"), self)
        self.options_layout = QVBoxLayout(self.options_box)
        self.details_box = QGroupBox(tr("Order details"), self)
        self.details_layout = QVBoxLayout(self.details_box)
        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addWidget(self.header)
        body_layout.addWidget(self.details_box)  # what the user must type first, the defaults below
        body_layout.addWidget(self.options_box)
        body_layout.addStretch(1)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(body)
        layout.addWidget(self.scroll, 1)

        self.price_label = wrapped_label(self, "priceLabel")
        layout.addWidget(self.price_label)
        self.message = wrapped_label(self, "orderMessage")
        layout.addWidget(self.message)

        self.price_button = push_button(self, tr("Get price"), "getPriceButton", self.request_price)
        self.place_button = push_button(self, tr("Place order…"), "placeOrderButton", self.place_order,
                                        auto_default=False)
        self.close_button = push_button(self, tr("Close"), "closeOrderDialog", self.reject,
                                        auto_default=False)
        self.button_row = button_row(layout, [self.price_button], [self.place_button, self.close_button])
        # Pleiades Neo: "Request a quotation instead" (the only way when feasibility is MANUAL).
        self.quotation = QuotationRequest(self, runner)
        self.resize(600, fitting_height((parent or self).screen().availableGeometry().height()))
        self._update_buttons()

    @property
    def price(self):
        return self.submission.price

    # -- loading what the form needs ---------------------------------------------------------------

    def _client_or_report(self, what: str):
        """The client, or None after saying below the form why there is none (no key, locked key...)."""
        return client_or_report(self.client_provider, what, self.report_failure,
                                lambda text: self._show_message(text, error=True))

    def load(self) -> None:
        client = self._client_or_report("Connecting for the order form")
        if client is None:
            self._update_buttons()
            return
        self._show_message(tr("Loading the product options and markets…"))
        self.submission.load(loading_work(self.subject, client), self._loaded, self._load_failed,
                             tr("Loading OneAtlas product options"))

    def _loaded(self, context: OrderContext) -> None:
        # Built over a few event-loop turns (ui.ordering.staged_build): the contract line first.
        self._progress_kept = True
        self.progress.show()
        self._build = StagedBuild(self, [lambda: self._show_contract(context), *form_steps(self, context)])

    def _show_contract(self, context: OrderContext) -> None:
        self._show_message("")
        product = context.product_type
        self.minimum_note.show_for(product.minimum_order_area_km2, geodesic_area_km2(self.subject.aoi),
                                   product.label, can_enlarge=not hasattr(self.subject, "parts"))
        contract = context.contract
        credit = ("" if contract.credit_remaining is None else tr(", {credit} left").format(
            credit=money(contract.credit_remaining, contract.currency)))
        text = tr("Product {product} on contract {contract} ({backend}{credit}).")
        self.contract_label.setText(text.format(
            product=product.label, contract=contract.name or contract.contract_id,
            backend=backend_label(context.backend), credit=credit))

    def forms_built(self, options_form: OptionsForm, details_form: OrderDetailsForm,
                    context: OrderContext) -> None:
        """The last build step: the forms shown at once, and the dialog ready to price."""
        self.options_form, self.details_form = options_form, details_form
        for form, layout in ((options_form, self.options_layout), (details_form, self.details_layout)):
            form.changed.connect(self._inputs_changed)
            layout.addWidget(form)
            form.show()  # added after the dialog was shown: Qt leaves such children hidden until told
        self.context = context
        self._progress_kept = False
        self._busy_changed(self.submission.busy)
        product = context.product_type  # said once the form is ready (the quotation offer reads context)
        self.product_chosen.emit(product.minimum_order_area_km2 or None, product.label)

    def _load_failed(self, error) -> None:
        self._show_message("")
        text = self.report_failure("Loading the order form", error)
        if isinstance(error, errors.ContractNotAvailableError):
            self.contract_label.setText(text)
            self.contract_label.setStyleSheet(ERROR_STYLE)
        else:
            self._show_message(text, error=True)
        self._update_buttons()

    # -- inputs and price --------------------------------------------------------------------------

    def _inputs_changed(self) -> None:
        self.contract_error.hide()
        if self.submission.inputs_changed():
            self._show_price_outdated()
        self._update_buttons()

    def _show_price_outdated(self) -> None:
        self.price_label.setText(tr("The options changed: get the price again before ordering."))

    def _validate(self) -> bool:
        if self.options_form.problems() or self.details_form.problems():
            self._show_message(tr("Correct the fields marked in red."), error=True)
            return False
        return True

    def _signature(self):
        return (self.subject.signature(), tuple(sorted(self.options_form.values().items())),
                tuple(sorted(self.details_form.values().items())))

    def _request(self):
        return self.subject.build_request(self.context, self.options_form.values(),
                                          self.details_form.values())

    def request_price(self) -> None:
        if self.context is None or self.submission.busy or not self._validate():
            return
        client = self._client_or_report("Connecting for the price")
        if client is None:
            return
        self._show_message(tr("Asking OneAtlas for the price…"))
        self.submission.request_price(client, self._request(), self._signature(), self._signature)

    def _priced(self, price) -> None:
        self.price_label.setText(self._price_text(price))
        self._show_message("")
        self._update_buttons()

    def _price_failed(self, error) -> None:
        self._show_message("")
        self._show_field_error(error, self.report_failure("Pricing the order", error))
        self._update_buttons()

    def _price_lines(self, price):
        product = self.context.product_type if self.context else None
        label_of = {product.product_type_id: product.label} if product else {}
        lines = []
        for item in price.products or []:
            minimum = tr(" (minimum order area applied)") if item.minimum_applied else ""
            lines.append(tr("{product}: {amount} for {area} billed{minimum}").format(
                product=label_of.get(item.product_type_id) or item.product_type_id,
                amount=money(item.amount, price.currency), area=km2(item.area_km2), minimum=minimum))
        return lines

    def _price_text(self, price) -> str:
        lines = self._price_lines(price)
        lines.append(tr("Total: {amount}").format(amount=money(price.total, price.currency)))
        return "\n".join(lines)

    # -- ordering ----------------------------------------------------------------------------------

    def _summary(self) -> OrderSummary:
        details = self.details_form.values()
        contract = self.context.contract
        product = self.context.product_type
        end_user = (f"{details['end_user_name']} ({details['end_user_country']})"
                    if details.get("end_user_name") else "")
        return OrderSummary(
            intro=self.subject.confirmation_intro,
            items_title=self.subject.items_title,
            items=self.subject.items(),
            product=f"{product.label} ({product.product_type_id})",
            options=self.options_form.describe(),
            aoi_area_km2=geodesic_area_km2(self.subject.aoi),
            contract=f"{contract.name or contract.contract_id} ({contract.contract_id}, "
                     f"{backend_label(contract.backend)})",
            price_lines=self._price_lines(self.price),
            total=self.price.total,
            currency=self.price.currency,
            customer_reference=details["customer_reference"],
            market=self.details_form.market.currentText(),
            end_user=end_user,
            email=details["notification_email"],
            notes=self.subject_notes() + credit_left_notes(contract, self.price),
        )

    def subject_notes(self):
        return list(getattr(self.subject, "confirmation_notes", ()))

    def place_order(self) -> None:
        if self.context is None or self.price is None or self.submission.submitting \
                or self.submission.finished or not self._validate():
            return
        if not self.submission.is_priced_for(self._signature()):
            self._inputs_changed()
            return
        client = self.confirmed_client("Connecting to place the order",
                                       lambda: ConfirmOrderDialog(self._summary(), self),
                                       tr("Not ordered: you cancelled the confirmation."),
                                       tr("Placing the order…"))
        if client is None:
            return
        # From here on, the button stays disabled until the answer proves the order failed.
        remembered_details.save(self.context.contract.contract_id, self.details_form.values())
        self.submission.submit(client, self._request(), self.details_form.values()["customer_reference"])
        self._update_buttons()

    def confirmed_client(self, what: str, make_confirmation, cancelled_text: str, sending_text: str):
        """The client once the user confirmed what ``make_confirmation()`` shows, else None (said below the
        form). The key is checked first: a missing or locked key stops here, with nothing sent."""
        client = self._client_or_report(what)
        if client is None:
            return None
        confirmation = make_confirmation()
        self.last_confirmation = confirmation
        if not self.confirm_hook(confirmation):
            self._show_message(cancelled_text)
            return None
        self._show_message(sending_text)
        return client

    def _placed(self, result) -> None:
        self.result = result
        # The order, then what happens next: when the images are expected, where they appear, how to follow.
        self._show_message(next_steps_text(result, self.subject, self.details_form.values(),
                                           self.options_form.values()))
        self.message.setStyleSheet(SUCCESS_STYLE)
        self.place_button.setText(tr("Ordered"))
        self._update_buttons()
        self.order_placed.emit(result)

    def _refused(self, error) -> None:
        reference = self.details_form.values()["customer_reference"]
        self._show_field_error(error, self.report_failure(f"Placing the order '{reference}'", error))
        if isinstance(error, errors.ValidationError):  # something must change: price it again
            self.submission.forget_price_signature()
        self._update_buttons()

    def _outcome_unknown(self, error, reference: str) -> None:
        if error is not None:
            self.report_failure(f"Placing the order '{reference}'", error)
            self.place_button.setText(tr("Check Orders"))
        self._show_message(outcome_unknown_text(reference), error=True)
        self._update_buttons()

    # -- showing errors ----------------------------------------------------------------------------

    def _show_field_error(self, error, text: str) -> None:
        """A rejected field's message (``text``) goes beside that field; anything else below the price."""
        field = getattr(error, "field", None) or ""
        if field == "contractId" or isinstance(error, errors.InsufficientCreditError):
            self.contract_error.setText(text)
            self.contract_error.show()
            self._show_message(tr("Not ordered: see the message under the contract above."), error=True)
            return
        if field:
            key = field_for_server_name(field)
            if key and self.details_form is not None and key in self.details_form.errors:
                self.details_form.show_error(key, text)
                self._show_message(tr("OneAtlas refused a field: see the message in red above."), error=True)
                return
            if self.options_form is not None and self.options_form.show_error(field, text):
                self._show_message(tr("OneAtlas refused an option: see the message in red above."),
                                   error=True)
                return
        self._show_message(text, error=True)

    def _show_message(self, text: str, error: bool = False) -> None:
        set_message(self.message, text, error)

    def _busy_changed(self, busy: bool) -> None:
        self.progress.setVisible(busy or self._progress_kept)
        self._update_buttons()

    def _update_buttons(self) -> None:
        submission = self.submission
        ready = self.context is not None and not submission.finished
        idle = not submission.busy and not submission.submitting
        self.price_button.setEnabled(ready and idle)
        self.place_button.setEnabled(ready and idle and submission.has_price)
        editable = not submission.submitting and not submission.finished
        for form in (self.options_form, self.details_form):
            if form is not None:
                form.setEnabled(editable)

    def reject(self) -> None:
        # An order on its way is neither cancelled nor hidden: its answer (placed, refused, or unknown) is
        # what tells the user whether to order again, so the dialog stays open until it arrives.
        if self.submission.submitting and not self._unloading:
            self._show_message(tr("The order is on its way: wait for OneAtlas's answer before closing."))
            return
        self.submission.cancel_unless_submitting()
        super().reject()

    def close_for_unload(self) -> None:
        """Plugin unload: close even while an order is on its way; its answer will not be shown, so the log
        says which reference to look for."""
        if self.submission.submitting and self.details_form is not None:
            LOGGER.warning("The plugin was unloaded while the order '%s' was on its way: check your orders "
                           "for this reference before ordering again.",
                           self.details_form.values()["customer_reference"])
        self._unloading = True
        self.close()
