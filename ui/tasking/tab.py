"""The Tasking tab: a new acquisition over the AOI (feasibility, attempts on the map, price, order or
quotation).

Top to bottom: the offer and its window and constraints (the window's rule checked as typed), "Check
feasibility" (feasibility and, for OneDay / OneNow, the attempts, in one background task), the result in
words, the attempts list linked both ways with the "Tasking attempts" map layer, then "Order…" (the shared
order dialog: price bound to the inputs, confirmation, one submission) or "Request a quotation…" when
Airbus must study the request by hand. A second page lists the quotations, to accept or refuse them.
Any change of the inputs clears a result that no longer matches them: nothing is ordered on stale facts.
"""

import dataclasses
from typing import Callable, Optional

from qgis.PyQt.QtCore import QCoreApplication, pyqtSignal
from qgis.PyQt.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from ...core import errors
from ...core.models import NEO
from ..common.formatting import ERROR_STYLE, aoi_state
from ..common.reporting import client_or_report, log_and_describe
from ..common.tasks import LatestTask
from ..common.widgets import (
    push_button,
    set_message,
    show_busy,
    status_dot,
    work_controls,
    wrapped_label,
)
from . import service
from .attempts import AttemptsModel, AttemptsTable
from .attempts_layer import AttemptsLayer
from .feasibility_words import can_send, describe
from .form import TaskingForm
from .order import TaskingOrderSubject
from .quotations import QuotationList


def tr(text: str) -> str:
    return QCoreApplication.translate("TaskingSection", text)


def aoi_geometry(aoi):
    """The AOI tab's ``Aoi`` (WGS84 polygon in ``.geometry``) or a bare shapely polygon."""
    if aoi is None:
        return None
    value = getattr(aoi, "geometry", None)
    if value is not None and hasattr(value, "is_empty"):
        return value
    return aoi if hasattr(aoi, "is_empty") else None


class TaskingSection(QWidget):
    order_placed = pyqtSignal(object)  # core OrderResult: an order, or an accepted quotation
    quotation_requested = pyqtSignal(object)  # core Quotation
    product_chosen = pyqtSignal(object, str)

    @classmethod
    def create(cls, context, parent):
        session = context.session
        tab = cls(session.client, context.tasks, parent=parent, report_failure=session.report_failure)
        if context.signals.current_aoi is not None:
            tab.set_aoi(context.signals.current_aoi)
        context.signals.aoi_changed.connect(tab.set_aoi)
        tab.order_placed.connect(context.signals.order_placed)
        tab.product_chosen.connect(context.signals.product_chosen)
        quotation_signal = getattr(context.signals, "quotation_requested", None)
        if quotation_signal is not None:  # archive quotations land in this tab's list too
            quotation_signal.connect(lambda _quotation: tab.quotations.refresh())
            tab.quotation_requested.connect(quotation_signal)

        def announce_backend():  # the chosen offer's back-end: what the connection fetches ahead for orders
            offer = tab.form.current_offer()
            context.signals.backends_in_view.emit("tasking", {offer.backend} if offer is not None else set())

        tab.form.offer_changed.connect(announce_backend)
        announce_backend()

        def connection_changed():
            if session.is_connected and not tab.offers_loaded:
                tab.load_offers()

        session.state_changed.connect(connection_changed)
        connection_changed()
        if not session.is_connected:
            tab.offers_status.setText(tr("Connect to OneAtlas (above) to see the tasking offers of your "
                                         "contracts."))
        return tab

    def __init__(self, client_provider: Callable[[], object], runner, aoi=None, parent=None, project=None,
                 report_failure: Optional[Callable[[str, BaseException], str]] = None):
        super().__init__(parent)
        self.setObjectName("taskingSection")
        self.client_provider = client_provider
        self.runner = runner
        self.report_failure = report_failure or log_and_describe
        self.aoi = None
        self._aoi_needs_fixing = False
        self.offers_loaded = False
        self.result: Optional[service.CheckResult] = None
        self.order_dialog = None
        self.placed_orders = []
        self.confirm_hook = None  # tests: replaces the modal confirmation of the order dialog
        self._offers_task = LatestTask(runner)
        self._check = LatestTask(runner)
        self._syncing = False

        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 4, 4, 4)
        self.aoi_label = wrapped_label(self, "taskingAoiStatus")
        outer.addWidget(self.aoi_label)
        self.pages = QTabWidget(self)
        self.pages.setObjectName("taskingPages")
        outer.addWidget(self.pages, 1)

        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(2, 2, 2, 2)
        self.offers_status = wrapped_label(page, "offersStatus")
        layout.addWidget(self.offers_status)
        self.form = TaskingForm(page)
        self.form.changed.connect(self._inputs_changed)
        layout.addWidget(self.form)
        row, self.check_button, self.cancel_button, self.progress = work_controls(
            page, tr("Check feasibility"), "checkFeasibilityButton", self.check, "cancelCheckButton",
            self.cancel_check, "feasibilityProgress")
        layout.addLayout(row)

        headline = QHBoxLayout()
        self.feasibility_dot = QLabel(page)
        self.feasibility_headline = wrapped_label(page, "feasibilityHeadline")
        self.feasibility_headline.setStyleSheet("font-weight: bold;")
        headline.addWidget(self.feasibility_dot)
        headline.addWidget(self.feasibility_headline, 1)
        layout.addLayout(headline)
        self.feasibility_details = wrapped_label(page, "feasibilityDetails")
        layout.addWidget(self.feasibility_details)
        self.next_step = wrapped_label(page, "feasibilityNextStep")
        layout.addWidget(self.next_step)

        self.attempts_model = AttemptsModel(self)
        self.attempts_table = AttemptsTable(self.attempts_model, page)
        self.attempts_table.selectionModel().selectionChanged.connect(self._on_table_selection)
        layout.addWidget(self.attempts_table, 3)
        self.manual_study = QCheckBox(tr("Ask Airbus for a manual feasibility study (leads to a quotation)"),
                                      page)
        self.manual_study.setObjectName("manualStudyBox")
        self.manual_study.toggled.connect(lambda *_: self._update_buttons())
        layout.addWidget(self.manual_study)
        actions = QHBoxLayout()
        actions.addStretch(1)
        self.order_button = push_button(page, tr("Order…"), "orderTaskingButton", self.open_order_dialog,
                                        auto_default=False)
        actions.addWidget(self.order_button)
        layout.addLayout(actions)
        layout.addStretch(1)  # without attempts, the words stay together at the top
        self.pages.addTab(page, tr("New acquisition"))

        self.quotations = QuotationList(client_provider, runner, self, report_failure=self.report_failure)
        self.quotations.accepted.connect(self._remember_order)
        self.pages.addTab(self.quotations, tr("Quotations"))
        self.pages.currentChanged.connect(self._page_changed)

        self.attempts_layer = AttemptsLayer(project, self)
        self.attempts_layer.selection_changed.connect(self._on_map_selection)
        self.set_aoi(aoi)
        self._clear_result()

    # -- inputs ------------------------------------------------------------------------------------

    def set_aoi(self, aoi) -> None:
        """The AOI tab's ``aoi_changed`` lands here: a refused AOI is never sent."""
        self._aoi_needs_fixing = aoi is not None and getattr(aoi, "ready", True) is False
        geometry = None if self._aoi_needs_fixing else aoi_geometry(aoi)
        changed = geometry is None or self.aoi is None or not geometry.equals(self.aoi)
        self.aoi = geometry
        self.aoi_label.setText(aoi_state(self._aoi_needs_fixing, self.aoi is None,
                                         tr("Tasking over the current area of interest.")))
        if changed:
            self._inputs_changed()

    def _client(self):
        return client_or_report(self.client_provider, "Connecting for tasking", self.report_failure,
                                lambda text: self._show(text, error=True))

    def load_offers(self) -> None:
        client = self._client()
        if client is None:
            return
        self.offers_status.setText(tr("Loading the tasking offers of your contracts…"))
        self._offers_task.start(tr("Loading OneAtlas tasking offers"),
                                lambda context: service.load_offers(client, context), self._offers_loaded,
                                self._offers_failed)

    def _offers_loaded(self, offers: service.Offers) -> None:
        self.offers_loaded = True
        self.form.set_offers(offers.offers)
        self.quotations.set_contracts(offers.contracts)
        why_none = offers.why_none_in_words(tr)
        self.offers_status.setText(why_none)
        self.offers_status.setStyleSheet(ERROR_STYLE if why_none else "")
        self.offers_status.setVisible(bool(why_none))
        self._update_buttons()

    def _offers_failed(self, error) -> None:
        self.offers_status.setText(self.report_failure("Loading the tasking offers", error))
        self.offers_status.setStyleSheet(ERROR_STYLE)

    def _inputs_changed(self) -> None:
        """A result checked for other inputs is not shown as if it were still true."""
        if self.result is not None or self._check.running:
            self._check.cancel()
            self._set_checking(False)
            self._clear_result()
            self._show(tr("The request changed: check feasibility again."))
        self._update_buttons()

    # -- feasibility and attempts ------------------------------------------------------------------

    @property
    def checking(self) -> bool:
        return self._check.running

    def check(self) -> None:
        if self._check.running:
            return
        if self.aoi is None:
            self._show(self.aoi_label.text(), error=True)
            return
        if self.form.problems():
            offer = self.form.current_offer()
            self._show(tr("Correct the request marked in red.") if offer else
                       (self.offers_status.text() or tr("No tasking offer to check.")), error=True)
            return
        client = self._client()
        if client is None:
            return
        offer, criteria = self.form.current_offer(), self.form.criteria()
        search = service.build_search(offer, criteria, self.aoi)
        self._clear_result()
        self._set_checking(True)
        self._show(tr("Asking OneAtlas whether {offer} can acquire your area…").format(offer=offer.label))
        self._check.start(tr("Checking OneAtlas tasking feasibility"),
                          lambda context: service.check(client, search, context),
                          lambda result: self._checked(offer, result), self._check_failed,
                          lambda: self._set_checking(False))

    def cancel_check(self) -> None:
        if self._check.running:
            self._check.cancel()
            self._set_checking(False)
            self._show(tr("Feasibility check cancelled."))

    def _checked(self, offer, result: service.CheckResult) -> None:
        self._set_checking(False)
        self.result = result
        self.checked_offer = offer
        words = describe(result.feasibility, offer, result.attempts)
        self.feasibility_dot.setPixmap(status_dot(words.colour))
        self.feasibility_headline.setText(tr("{offer}: {feasibility}").format(offer=offer.label,
                                                                             feasibility=words.headline))
        feasibility = result.feasibility  # the API's own words, for whoever reads the API documentation
        api_words = tr("OneAtlas feasibility: {automation}, {classification}")
        self.feasibility_headline.setToolTip(api_words.format(
            automation=feasibility.automation, classification=feasibility.classification)
            if feasibility.available else "")
        self.feasibility_details.setText(words.details)
        self._show(words.next_step)
        attempts = result.attempts or []
        self.attempts_model.set_attempts(attempts)
        self.attempts_table.setVisible(bool(attempts) and result.feasibility.available)  # no empty table
        if attempts and result.feasibility.available:
            self.attempts_layer.show_attempts(attempts)
        self.manual_study.setVisible(offer.backend == NEO and result.feasibility.available
                                     and not result.feasibility.manual)
        self._update_buttons()

    def _check_failed(self, error) -> None:
        self._set_checking(False)
        text = self.report_failure("Checking tasking feasibility", error)
        if isinstance(error, errors.TaskingWindowError):
            self.form.window_error.setText(text)
            self.form.window_error.show()
        self._show(text, error=True)

    def _clear_result(self) -> None:
        self.result = None
        self.feasibility_dot.clear()
        self.feasibility_headline.setText("")
        self.feasibility_headline.setToolTip("")
        self.feasibility_details.setText("")
        self.attempts_model.set_attempts([])
        self.attempts_table.hide()
        self.manual_study.setChecked(False)
        self.manual_study.hide()
        self.attempts_layer.remove()
        self._update_buttons()

    def _set_checking(self, checking: bool) -> None:
        self.form.set_enabled_while_checking(checking)
        show_busy(checking, self.check_button, self.cancel_button, self.progress)
        self._update_buttons()

    def _show(self, text: str, error: bool = False) -> None:
        set_message(self.next_step, text, error)

    # -- attempts, linked with the map ---------------------------------------------------------------

    def _on_table_selection(self, *_args) -> None:
        self._update_buttons()
        if not self._syncing:
            attempt = self.attempts_table.selected_attempt()
            self._syncing = True
            try:
                self.attempts_layer.select([attempt.segment_key] if attempt else [])
            finally:
                self._syncing = False

    def _on_map_selection(self, keys) -> None:
        if self._syncing:
            return
        self._syncing = True
        try:
            self.attempts_table.select_row(self.attempts_model.row_of(keys[0]) if keys else None)
        finally:
            self._syncing = False
        self._update_buttons()

    # -- order or quotation ----------------------------------------------------------------------------

    def _subject(self):
        result = self.result
        if result is None or not can_send(result.feasibility, self.checked_offer) or self.aoi is None:
            return None  # not feasible, or MANUAL on Pleiades/SPOT: no price, no order, no quotation
        attempt = None
        if result.attempts is not None:
            attempt = self.attempts_table.selected_attempt()
            if attempt is None:
                return None
        feasibility = result.feasibility
        if self.manual_study.isVisible() and self.manual_study.isChecked():
            feasibility = dataclasses.replace(feasibility, automation="MANUAL")
        return TaskingOrderSubject(self.checked_offer, result.search, feasibility, attempt)

    def _update_buttons(self) -> None:
        if not hasattr(self, "order_button"):  # signals of the form while the tab is being built
            return
        subject = self._subject()
        self.order_button.setEnabled(subject is not None and not self._check.running)
        quotation = subject is not None and subject.quotation_only
        self.order_button.setText(tr("Request a quotation…") if quotation else tr("Order…"))
        result = self.result
        if result is not None and result.feasibility.available and not can_send(result.feasibility,
                                                                                self.checked_offer):
            self.order_button.setToolTip(self.next_step.text())  # MANUAL on Pleiades/SPOT: what to do
        elif result is not None and result.attempts and subject is None:
            self.order_button.setToolTip(tr("Pick an attempt in the list or on the map first."))
        else:
            self.order_button.setToolTip("")

    def open_order_dialog(self):
        subject = self._subject()
        if subject is None:
            return None
        from ..ordering.opening import open_order_dialog  # heavy: imported when first needed

        if self.order_dialog is not None:
            self.order_dialog.close()
        self.order_dialog = open_order_dialog(self, subject, self._remember_order, self.product_chosen.emit,
                                              self._quotation_requested)
        return self.order_dialog

    def _remember_order(self, result) -> None:
        self.placed_orders.append(result)
        self.order_placed.emit(result)

    def _quotation_requested(self, quotation) -> None:
        self.quotation_requested.emit(quotation)
        self.quotations.refresh()

    def _page_changed(self, index: int) -> None:
        if self.pages.widget(index) is self.quotations:
            self.quotations.refresh()

    # -- unload ------------------------------------------------------------------------------------

    def release(self) -> None:
        self._check.cancel()
        self._offers_task.cancel()
        if self.order_dialog is not None:
            self.order_dialog.close_for_unload()
        self.quotations.release()
        self.attempts_layer.release()
