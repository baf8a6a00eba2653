"""The quotation list (Pleiades Neo): each quotation with its status, amount and expiry (a countdown), and
Accept / Refuse after a confirmation. Accepting turns a quotation into an order (announced to the Orders
tab); an action is sent once and never retried: a failure whose outcome is unknown says so and refreshes."""

from datetime import datetime, timezone
from typing import Callable, List, Optional

from qgis.PyQt.QtCore import QCoreApplication, QTimer, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.models import NEO
from ...core.order_models import OrderResult
from ...core.outcomes import proves_not_placed
from ..common.formatting import ERROR_STYLE, SUCCESS_STYLE, money, utc_time
from ..common.i18n import QT_TRANSLATE_NOOP, translated
from ..common.tasks import LatestTask
from ..common.widgets import busy_bar, button_row, push_button, wrapped_label
from . import service

# The reference comes last: the dock is narrow, and what to act on (status, amount, expiry) must show.
COLUMNS = (QT_TRANSLATE_NOOP("TaskingQuotations", "Quotation"),
           QT_TRANSLATE_NOOP("TaskingQuotations", "Status"),
           QT_TRANSLATE_NOOP("TaskingQuotations", "Amount"),
           QT_TRANSLATE_NOOP("TaskingQuotations", "Expires in"),
           QT_TRANSLATE_NOOP("TaskingQuotations", "Reference"))
EXPIRY_COLUMN = 3


def tr(text: str, n: int = -1) -> str:
    """``n``: a count, for the plural forms of a "%n" text."""
    return QCoreApplication.translate("TaskingQuotations", text, None, n)


def countdown(entry, now: Optional[datetime] = None) -> str:
    left = entry.seconds_left(now)
    if entry.status not in ("SENT", "IN_PROGRESS"):
        return "–"
    if left is None:
        return tr("not given")
    if left <= 0:
        return tr("expired")
    days, rest = divmod(int(left), 86400)
    hours, rest = divmod(rest, 3600)
    minutes, seconds = divmod(rest, 60)
    if days:
        return tr("{d} d {h} h").format(d=days, h=hours)
    if hours:
        return tr("{h} h {m:02d} min").format(h=hours, m=minutes)
    return tr("{m} min {s:02d} s").format(m=minutes, s=seconds)


def confirm_with_message_box(parent, title: str, text: str, button: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel, parent)
    confirm = box.addButton(button, QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)  # Enter does not spend money
    box.exec()
    return box.clickedButton() is confirm


class QuotationList(QWidget):
    accepted = pyqtSignal(object)  # core OrderResult of the order an accepted quotation became

    def __init__(self, client_provider: Callable[[], object], runner, parent=None,
                 report_failure=None):
        super().__init__(parent)
        self.setObjectName("quotationList")
        self.client_provider = client_provider
        self.report_failure = report_failure
        self.contract_ids: List[str] = []
        self.entries = []
        self._load = LatestTask(runner)
        self._action = LatestTask(runner)
        # Replaced by tests: (parent, title, text, button text) -> True when the user confirmed.
        self.confirm_hook = confirm_with_message_box
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.status = wrapped_label(self, "quotationStatus")
        layout.addWidget(self.status)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName("quotationsTable")
        self.table.setHorizontalHeaderLabels([tr(name) for name in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)
        self.progress = busy_bar(self, "quotationProgress")
        layout.addWidget(self.progress)
        self.refresh_button = push_button(self, tr("Refresh"), "refreshQuotations", self.refresh)
        self.accept_button = push_button(self, tr("Accept…"), "acceptQuotation", lambda: self.answer(True),
                                         auto_default=False)
        self.refuse_button = push_button(self, tr("Refuse…"), "refuseQuotation", lambda: self.answer(False),
                                         auto_default=False)
        button_row(layout, [self.refresh_button], [self.accept_button, self.refuse_button])
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._tick)
        self.timer.start()
        self._set_status(tr("Quotations of your Pléiades Neo contracts appear here."))
        self._update_buttons()

    def set_contracts(self, contracts) -> None:
        self.contract_ids = [contract.contract_id for contract in contracts if contract.backend == NEO]

    # -- loading -----------------------------------------------------------------------------------

    def _client(self):
        try:
            return self.client_provider()
        except Exception:  # noqa: BLE001 -- the status says so
            return None

    @property
    def loading(self) -> bool:
        return self._load.running

    def refresh(self) -> None:
        client = self._client()
        if client is None or not self.contract_ids:
            self._set_status(tr("Not connected, or no Pléiades Neo contract: no quotation to show."))
            return
        contract_ids = list(self.contract_ids)
        self.progress.show()
        self._load.start(tr("Loading OneAtlas quotations"),
                         lambda context: service.load_quotations(client, contract_ids, context),
                         self._loaded, self._failed("Loading the quotations"), lambda: self.progress.hide())
        self._update_buttons()

    def _loaded(self, entries) -> None:
        self.progress.hide()
        self.entries = list(entries)
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            values = (entry.quotation_id, translated(entry.status_words), money(entry.total, entry.currency),
                      countdown(entry), entry.customer_reference)
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == EXPIRY_COLUMN and entry.valid_until:
                    item.setToolTip(tr("Valid until {when}").format(when=utc_time(entry.valid_until)))
                self.table.setItem(row, column, item)
        if not self.entries:
            self._set_status(tr("No quotation yet. Request one from a tasking (or an archive order) on a "
                                "Pléiades Neo contract."))
        elif self.status.styleSheet() != SUCCESS_STYLE:  # keep "accepted" / "refused" in sight
            self._set_status(tr("%n quotation(s).", len(self.entries)))
        self._update_buttons()

    def _failed(self, what: str):
        def failed(error):
            self.progress.hide()
            text = self.report_failure(what, error) if self.report_failure else str(error)
            self._set_status(text, error=True)
            self._update_buttons()
        return failed

    def _tick(self) -> None:
        now = datetime.now(timezone.utc)
        for row, entry in enumerate(self.entries):
            item = self.table.item(row, EXPIRY_COLUMN)
            if item is not None:
                item.setText(countdown(entry, now))
        self._update_buttons()

    # -- accept / refuse ---------------------------------------------------------------------------

    def selected_entry(self):
        rows = self.table.selectionModel().selectedRows()
        return self.entries[rows[0].row()] if rows and rows[0].row() < len(self.entries) else None

    def select_quotation(self, quotation_id: str) -> bool:
        for row, entry in enumerate(self.entries):
            if entry.quotation_id == quotation_id:
                self.table.selectRow(row)
                return True
        return False

    def answer(self, accept: bool) -> None:
        entry = self.selected_entry()
        if entry is None or not entry.can_answer or self._action.running:
            return
        amount = money(entry.total, entry.currency)
        if accept:
            title = tr("Accept the quotation")
            button = tr("Accept and order for {amount}").format(amount=amount)
            text = tr("Accepting quotation {id} (reference {reference}) places the order: {amount} will be "
                      "charged to contract {contract}. This cannot be undone here.")
        else:
            title, button = tr("Refuse the quotation"), tr("Refuse the quotation")
            text = tr("Refusing quotation {id} (reference {reference}, {amount}) cancels it: nothing is "
                      "ordered or charged, and it cannot be accepted afterwards.")
        text = text.format(id=entry.quotation_id, reference=entry.customer_reference, amount=amount,
                           contract=entry.contract_id)
        if not self.confirm_hook(self, title, text, button):
            self._set_status(tr("Nothing sent: you cancelled."))
            return
        client = self._client()
        if client is None:
            self._set_status(tr("Not connected: open the settings and add your API key."), error=True)
            return
        self.progress.show()
        self._set_status(tr("Sending your answer to OneAtlas…"))
        self._action.start(tr("Answering a OneAtlas quotation"),
                           lambda context: service.answer_quotation(client, entry, accept, context),
                           lambda body: self._answered(entry, accept, body),
                           lambda error: self._answer_failed(entry, error), lambda: self.progress.hide())
        self._update_buttons()

    def _answered(self, entry, accept: bool, body) -> None:
        self.progress.hide()
        if accept:
            sales_order = str(body.get("salesOrderId") or "") or entry.sales_order_id
            self._set_status(tr("Quotation {id} accepted: it is now order {order} (reference {reference}), "
                                "listed in the Orders tab.").format(
                id=entry.quotation_id, order=sales_order or tr("(id not known yet)"),
                reference=entry.customer_reference), success=True)
            self.accepted.emit(OrderResult(entry.customer_reference, sales_order or None, entry.quotation_id,
                                           entry.total, entry.currency, NEO))
        else:
            self._set_status(tr("Quotation {id} refused: nothing was ordered.").format(id=entry.quotation_id),
                             success=True)
        self.refresh()

    def _answer_failed(self, entry, error) -> None:
        self.progress.hide()
        text = self.report_failure("Answering a quotation", error) if self.report_failure else str(error)
        if not proves_not_placed(error):
            text = tr("{text} Your answer may have reached OneAtlas: do not send it again before the list "
                      "is refreshed.").format(text=text)
        self._set_status(text, error=True)
        self.refresh()

    def _set_status(self, text: str, error: bool = False, success: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(ERROR_STYLE if error else SUCCESS_STYLE if success else "")

    def _update_buttons(self) -> None:
        entry = self.selected_entry()
        idle = not self._action.running
        self.refresh_button.setEnabled(not self._load.running)
        for button in (self.accept_button, self.refuse_button):
            button.setEnabled(idle and entry is not None and entry.can_answer)

    def release(self) -> None:
        self.timer.stop()
        self._load.cancel()

