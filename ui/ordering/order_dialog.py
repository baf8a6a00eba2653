"""The order dialog: options, commercial details, price, confirmation, order.

Money rules (see docs/peers.md 3.6):
- the price shown is bound to the exact inputs it was computed for; any change hides it and the order
  button waits for a new price;
- "Place order…" opens a confirmation that states what is ordered and for how much; nothing is sent
  unless the user confirms there;
- while the order is being sent the button is disabled (no double submit), and stays disabled after
  an answer that does not prove the order failed: an ambiguous failure is never offered as "retry".
"""

from typing import Callable, Optional

from qgis.PyQt.QtCore import QCoreApplication, Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...core import errors
from ...core.log import LOGGER
from ...core.models import NEO
from ..archive import service as archive_service
from ..archive.search_form import CONSTELLATION_LABELS
from ..archive.tab import log_and_describe
from .confirmation import ConfirmOrderDialog, OrderSummary, km2, money
from .details_form import OrderDetailsForm, field_for_server_name
from .options_form import OptionsForm

ERROR_STYLE = "color: #b00020;"

# Failures that prove the order was NOT created: the user may correct and send again.
DEFINITELY_NOT_PLACED = (
    errors.ValidationError,  # includes InsufficientCreditError, InvalidAoiError
    errors.OrderNotPlacedError,
    errors.DuplicateOrderError,
    errors.AuthenticationError,
    errors.PermissionDeniedError,
    errors.ContractNotAvailableError,
    errors.RateLimitError,
    errors.NotFoundError,
)


def tr(text: str) -> str:
    return QCoreApplication.translate("ArchiveOrderDialog", text)


def confirm_with_dialog(dialog: ConfirmOrderDialog) -> bool:
    """The real confirmation: modal, the user decides."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def outcome_unknown_text(reference: str) -> str:
    return tr("We could not confirm whether the order '{reference}' was placed: the connection failed after "
              "it was sent. Do not order again; check the Orders tab in a few minutes for this reference."
              ).format(reference=reference)


def scene_line(scene) -> str:
    date = scene.acquisition_date.strftime("%Y-%m-%d %H:%M UTC") if scene.acquisition_date else "?"
    cloud = "" if scene.cloud_cover is None else tr(", {cloud:.0f} % cloud").format(cloud=scene.cloud_cover)
    return f"{scene.platform} {date}{cloud} – {scene.archive_identifier or scene.id}"


class OrderDialog(QDialog):
    order_placed = pyqtSignal(object)
    product_chosen = pyqtSignal(object, str)  # minimum order area in km2 (or None), product label

    def __init__(self, scenes, aoi, client_provider: Callable[[], object], runner, parent=None,
                 report_failure: Optional[Callable[[str, BaseException], str]] = None):
        super().__init__(parent)
        self.setObjectName("archiveOrderDialog")
        self.scenes = list(scenes)
        self.aoi = aoi
        self.client_provider = client_provider
        self.runner = runner
        # report_failure(what, error) -> words: logs the details (and tells the session, when there is one).
        self.report_failure = report_failure or log_and_describe
        self.constellation = self.scenes[0].constellation.upper()
        self.confirm_hook: Callable[[ConfirmOrderDialog], bool] = confirm_with_dialog
        self.context: Optional[archive_service.OrderContext] = None
        self.options_form: Optional[OptionsForm] = None
        self.details_form: Optional[OrderDetailsForm] = None
        self.price = None
        self.result = None
        self.last_confirmation: Optional[ConfirmOrderDialog] = None
        self._priced_signature = None
        self._submitting = False
        self._unloading = False
        self._finished = False  # placed, or outcome unknown: never send again from this dialog
        self._task = None

        family = CONSTELLATION_LABELS.get(self.constellation, self.constellation)
        self.setWindowTitle(tr("Order {family} archive").format(family=family))
        layout = QVBoxLayout(self)

        self.header = QLabel(self)
        self.header.setObjectName("orderScenes")
        self.header.setWordWrap(True)
        self.header.setText(tr("{count} {family} scene(s):").format(count=len(self.scenes), family=family)
                            + "\n" + "\n".join(scene_line(scene) for scene in self.scenes))
        layout.addWidget(self.header)

        self.contract_label = QLabel(self)
        self.contract_label.setObjectName("orderContract")
        self.contract_label.setWordWrap(True)
        layout.addWidget(self.contract_label)
        self.contract_error = QLabel(self)
        self.contract_error.setObjectName("orderContractError")
        self.contract_error.setWordWrap(True)
        self.contract_error.setStyleSheet(ERROR_STYLE)
        self.contract_error.hide()
        layout.addWidget(self.contract_error)

        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setMaximumHeight(12)
        self.progress.setTextVisible(False)
        self.progress.hide()
        layout.addWidget(self.progress)

        self.options_box = QGroupBox(tr("Product options"), self)
        self.options_layout = QVBoxLayout(self.options_box)
        self.details_box = QGroupBox(tr("Order details"), self)
        self.details_layout = QVBoxLayout(self.details_box)
        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addWidget(self.details_box)  # what the user must type first, the defaults below
        body_layout.addWidget(self.options_box)
        body_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout.addWidget(scroll, 1)

        self.price_label = QLabel(self)
        self.price_label.setObjectName("priceLabel")
        self.price_label.setWordWrap(True)
        self.price_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.price_label)

        self.message = QLabel(self)
        self.message.setObjectName("orderMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)

        buttons = QHBoxLayout()
        self.price_button = QPushButton(tr("Get price"), self)
        self.price_button.setObjectName("getPriceButton")
        self.price_button.clicked.connect(self.request_price)
        self.place_button = QPushButton(tr("Place order…"), self)
        self.place_button.setObjectName("placeOrderButton")
        self.place_button.setAutoDefault(False)
        self.place_button.clicked.connect(self.place_order)
        self.close_button = QPushButton(tr("Close"), self)
        self.close_button.setObjectName("closeOrderDialog")
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        buttons.addWidget(self.price_button)
        buttons.addStretch(1)
        buttons.addWidget(self.place_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.resize(560, 720)
        self._update_buttons()

    # -- loading what the form needs ---------------------------------------------------------------

    def _client_or_report(self, what: str):
        """The client, or None after saying below the form why there is none (no key, locked key...)."""
        try:
            client = self.client_provider()
            if client is None:
                raise errors.ConfigurationError(tr("Not connected: open the settings and add your API key."))
            return client
        except Exception as error:  # noqa: BLE001 -- shown in words, details in the log
            self._show_message(self.report_failure(what, error), error=True)
            return None

    def load(self) -> None:
        client = self._client_or_report("Connecting for the order form")
        if client is None:
            self._update_buttons()
            return
        constellation, aoi = self.constellation, self.aoi

        def work(context):
            return archive_service.load_order_context(client, constellation, aoi, context)

        self._busy(True, tr("Loading the product options and markets…"))
        self._task = self.runner.start(tr("Loading OneAtlas product options"), work, self._loaded,
                                       self._load_failed, lambda: self._busy(False, ""))

    def _loaded(self, context: archive_service.OrderContext) -> None:
        self._busy(False, "")
        self.context = context
        product = context.product_type
        self.product_chosen.emit(product.minimum_order_area_km2 or None, product.label)
        contract = context.contract
        credit = ("" if contract.credit_remaining is None
                  else tr(", {credit} left").format(
                      credit=money(contract.credit_remaining, contract.currency)))
        text = tr("Product {product} on contract {contract} ({backend}{credit}).")
        self.contract_label.setText(text.format(
            product=context.product_type.label, contract=contract.name or contract.contract_id,
            backend=archive_service.BACKEND_LABELS.get(context.backend, context.backend), credit=credit))
        self.options_form = OptionsForm(context.options, self.options_box)
        self.options_form.changed.connect(self._inputs_changed)
        self.options_layout.addWidget(self.options_form)
        self.details_form = OrderDetailsForm(context.backend == NEO, self.details_box)
        self.details_form.set_markets(context.markets)
        self.details_form.set_countries(context.countries)
        self.details_form.changed.connect(self._inputs_changed)
        self.details_layout.addWidget(self.details_form)
        # added after the dialog was shown: Qt leaves such children hidden until told otherwise
        self.options_form.show()
        self.details_form.show()
        self._update_buttons()

    def _load_failed(self, error) -> None:
        self._busy(False, "")
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
        if self.price is not None and not self._finished:
            self.price = None
            self._priced_signature = None
            self.price_label.setText(tr("The options changed: get the price again before ordering."))
        self._update_buttons()

    def _validate(self) -> bool:
        option_problems = self.options_form.problems()
        detail_problems = self.details_form.problems()
        if option_problems or detail_problems:
            self._show_message(tr("Correct the fields marked in red."), error=True)
            return False
        return True

    def _signature(self):
        return (tuple(scene.id for scene in self.scenes), self.aoi.wkt,
                tuple(sorted(self.options_form.values().items())),
                tuple(sorted(self.details_form.values().items())))

    def _request(self):
        return archive_service.build_order_request(self.context, self.scenes, self.aoi,
                                                   self.options_form.values(), self.details_form.values())

    def request_price(self) -> None:
        if self.context is None or self._busy_now() or not self._validate():
            return
        client = self._client_or_report("Connecting for the price")
        if client is None:
            return
        request = self._request()
        signature = self._signature()

        def work(context):
            return archive_service.price(client, request, context)

        def done(price):
            self._busy(False, "")
            if signature != self._signature():  # inputs changed while pricing
                self.price_label.setText(tr("The options changed: get the price again before ordering."))
            else:
                self.price = price
                self._priced_signature = signature
                self.price_label.setText(self._price_text(price))
                self._show_message("")
            self._update_buttons()

        def failed(error):
            self._busy(False, "")
            self._show_field_error(error, self.report_failure("Pricing the order", error))
            self._update_buttons()

        self._show_message("")
        self._busy(True, tr("Asking OneAtlas for the price…"))
        self._task = self.runner.start(tr("Pricing a OneAtlas order"), work, done, failed,
                                       lambda: self._busy(False, tr("Pricing cancelled.")))

    def _price_lines(self, price):
        lines = []
        known = getattr(self, "context", None)
        label_of = {known.product_type.product_type_id: known.product_type.label} if known else {}
        for product in price.products or []:
            minimum = tr(" (minimum order area applied)") if product.minimum_applied else ""
            lines.append(tr("{product}: {amount} for {area} billed{minimum}").format(
                product=label_of.get(product.product_type_id) or product.product_type_id,
                amount=money(product.amount, price.currency),
                area=km2(product.area_km2), minimum=minimum))
        return lines

    def _price_text(self, price) -> str:
        lines = self._price_lines(price)
        lines.append(tr("Total: {amount}").format(amount=money(price.total, price.currency)))
        return "\n".join(lines)

    # -- ordering ----------------------------------------------------------------------------------

    def _summary(self, request) -> OrderSummary:
        details = self.details_form.values()
        market = self.details_form.market.currentText()
        contract = self.context.contract
        end_user = (f"{details['end_user_name']} ({details['end_user_country']})"
                    if details.get("end_user_name") else "")
        return OrderSummary(
            scenes=[scene_line(scene) for scene in self.scenes],
            product=f"{self.context.product_type.label} ({self.context.product_type.product_type_id})",
            options=self.options_form.describe(),
            aoi_area_km2=archive_service.aoi_area_km2(self.aoi),
            contract=f"{contract.name or contract.contract_id} ({contract.contract_id}, "
                     f"{archive_service.BACKEND_LABELS.get(contract.backend, contract.backend)})",
            price_lines=self._price_lines(self.price),
            total=self.price.total,
            currency=self.price.currency,
            customer_reference=details["customer_reference"],
            market=market,
            end_user=end_user,
            email=details["notification_email"],
        )

    def place_order(self) -> None:
        if self._submitting or self._finished or self.context is None or self.price is None:
            return
        if not self._validate():
            return
        if self._signature() != self._priced_signature:
            self._inputs_changed()
            return
        # Before the confirmation: a missing or locked key must stop here, with nothing sent.
        client = self._client_or_report("Connecting to place the order")
        if client is None:
            return
        request = self._request()
        confirmation = ConfirmOrderDialog(self._summary(request), self)
        self.last_confirmation = confirmation
        if not self.confirm_hook(confirmation):
            self._show_message(tr("Not ordered: you cancelled the confirmation."))
            return
        # From here on, the button stays disabled until the answer proves the order failed.
        self._submitting = True
        self._update_buttons()
        reference = self.details_form.values()["customer_reference"]

        def work(context):
            return archive_service.place_order(client, request, context)

        self._show_message("")
        self._busy(True, tr("Placing the order…"))
        self._task = self.runner.start(tr("Placing a OneAtlas order"), work, self._placed,
                                       lambda error: self._place_failed(error, reference),
                                       lambda: self._place_interrupted(reference))

    def _placed(self, result) -> None:
        LOGGER.info("Archive order placed: %s", getattr(result, "summary", None) or result)
        self._busy(False, "")
        self._submitting = False
        self._finished = True
        self.result = result
        ids = ", ".join(text for text in (
            tr("sales order {id}").format(id=result.sales_order_id) if result.sales_order_id else "",
            tr("quotation {id}").format(id=result.quotation_id) if result.quotation_id else "") if text)
        text = tr("Order placed: {ids} (your reference {reference}).").format(
            ids=ids or tr("no id yet"), reference=result.customer_reference)
        if getattr(result, "recovered", False):
            text = tr("The connection failed while ordering, but OneAtlas confirms the order exists (once): "
                      "{ids}, reference {reference}. Do not order again.").format(
                ids=ids or tr("no id yet"), reference=result.customer_reference)
        self._show_message(text)
        self.message.setStyleSheet("color: #1b5e20; font-weight: bold;")
        self.place_button.setText(tr("Ordered"))
        self._update_buttons()
        self.order_placed.emit(result)

    def _place_failed(self, error, reference: str) -> None:
        self._busy(False, "")
        self._submitting = False
        text = self.report_failure(f"Placing the order '{reference}'", error)
        not_placed = isinstance(error, DEFINITELY_NOT_PLACED)
        if not_placed and not isinstance(error, errors.OrderOutcomeUnknownError):
            self._show_field_error(error, text)
            if isinstance(error, errors.ValidationError):  # something must change: price it again
                self._priced_signature = None
        else:
            self._finished = True
            self._show_message(outcome_unknown_text(reference), error=True)
            self.place_button.setText(tr("Check Orders"))
        self._update_buttons()

    def _place_interrupted(self, reference: str) -> None:
        LOGGER.warning("Placing the order '%s' was interrupted; its outcome is unknown", reference)
        self._busy(False, "")
        self._submitting = False
        self._finished = True
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
        self.message.setText(text)
        self.message.setStyleSheet(ERROR_STYLE if error else "")

    def _busy(self, busy: bool, text: str) -> None:
        if not busy:
            self._task = None
        self.progress.setVisible(busy)
        if text:
            self._show_message(text)
        self._update_buttons()

    def _busy_now(self) -> bool:
        return self._task is not None

    def _update_buttons(self) -> None:
        ready = self.context is not None and not self._finished
        self.price_button.setEnabled(ready and not self._busy_now() and not self._submitting)
        priced = self.price is not None and self._priced_signature is not None
        self.place_button.setEnabled(ready and priced and not self._submitting and not self._busy_now())
        if self.options_form is not None:
            self.options_form.setEnabled(not self._submitting and not self._finished)
        if self.details_form is not None:
            self.details_form.setEnabled(not self._submitting and not self._finished)

    def reject(self) -> None:
        # An order on its way is neither cancelled nor hidden: its answer (placed, refused, or unknown) is
        # what tells the user whether to order again, so the dialog stays open until it arrives.
        if self._submitting and not self._unloading:
            self._show_message(tr("The order is on its way: wait for OneAtlas's answer before closing."))
            return
        if self._task is not None and not self._submitting:
            self._task.cancel_if_running()
        super().reject()

    def close_for_unload(self) -> None:
        """Plugin unload: close even while an order is on its way; its answer will not be shown, so the log
        says which reference to look for."""
        if self._submitting and self.details_form is not None:
            LOGGER.warning("The plugin was unloaded while the order '%s' was on its way: check your orders "
                           "for this reference before ordering again.",
                           self.details_form.values()["customer_reference"])
        self._unloading = True
        self.close()
