"""The Orders tab: every order of the account, from the server, newest first, with its status in words;
what waits for the user's answer; delivered images opened on the map, downloaded or listed in a GeoPackage.

Orders placed in this session show at once (from ``DockSignals.order_placed``) until the server lists them;
orders whose answer was lost show as "being checked" until the session settles them. The list is refreshed
in the background while the tab is shown (polling.py), one refresh at a time.
"""

from datetime import datetime, timezone
from typing import Optional

from qgis.core import Qgis
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.order_book import load_order_book
from ..common.reporting import log_error
from ..common.widgets import busy_bar, push_button, wrapped_label
from . import texts
from .acquisition_preview import AcquisitionPreview
from .answers import AnswersMixin
from .downloads import DownloadPanel
from .orders_layer import save_orders_layer
from .polling import Poller
from .streaming import open_streamed


def tr(text: str, n: int = -1) -> str:
    """``n``: a count, for the plural forms of a "%n" text."""
    return QCoreApplication.translate("OrdersSection", text, None, n)


ROW, SESSION, JOURNAL = "row", "session", "journal"


class OrdersSection(AnswersMixin, QWidget):
    @classmethod
    def create(cls, context, parent):
        """The dock's door (ui.tabs)."""
        tab = cls(context.session, context.tasks, context.iface, parent)
        for result, placed_at in context.signals.placed_orders:  # placed before the tab was first shown
            tab.add_order(result, placed_at)
        context.signals.order_placed.connect(tab.add_order)
        return tab

    def __init__(self, session, tasks, iface=None, parent=None):
        super().__init__(parent)
        self.setObjectName("ordersSection")
        self.session, self.tasks, self.iface = session, tasks, iface
        self.rows = []  # core OrderRow, newest first, as last read from the server
        self.session_orders = {}  # reference -> (OrderResult, placed_at): this session's, until listed
        self.journal_entries = {}  # reference -> JournalEntry: answers lost, being checked or settled
        self.refreshing = False
        self.refreshed_once = False
        self.last_notice = ""  # the last "delivered" message (tests read it)
        self.notice_button: Optional[QPushButton] = None
        self.confirm_hook = None  # tests: fn(title, text) -> bool instead of a modal question
        self._task = None
        self._again = False
        self.poller = Poller(self)
        self.poller.due.connect(self.refresh)
        self._build()
        session.state_changed.connect(self._session_changed)
        session.orders_settled.connect(self._orders_settled)
        self._session_changed()

    # -- layout ------------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.hint = wrapped_label(self, "ordersHint", muted=True)
        self.hint.setText(tr("Every order of your OneAtlas contracts, newest first. Select a delivered order "
                             "to open it on the map or download it."))
        self.search = QLineEdit(self)
        self.search.setObjectName("ordersSearch")
        self.search.setPlaceholderText(tr("Search by reference, date or status"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.refresh_button = push_button(self, tr("Refresh"), "ordersRefresh", self.refresh_now)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.refresh_button)
        self.status = wrapped_label(self, "ordersStatus", muted=True)
        self.busy = busy_bar(self, "ordersBusy")
        self.list = QListWidget(self)
        self.list.setObjectName("ordersList")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.currentItemChanged.connect(lambda *args: self._update_buttons())
        self.open_button = push_button(self, tr("Open on map"), "ordersOpenOnMap", self.open_selected)
        self.download_button = push_button(self, tr("Download…"), "ordersDownload", self.download_selected)
        self.end_button = push_button(self, tr("Stop or cancel…"), "ordersEndTasking",
                                      self.end_selected_tasking)
        actions = QHBoxLayout()
        for button in (self.open_button, self.download_button, self.end_button):
            actions.addWidget(button)
        self.layer_button = push_button(self, tr("Save orders as a GeoPackage layer…"), "ordersSaveLayer",
                                        self.save_layer)
        self.downloads = DownloadPanel(self.session, self.tasks, self.iface, self)
        self.waiting_label = QLabel(tr("Waiting for your answer"), self)
        self.waiting_label.setObjectName("waitingTitle")
        self.waiting = QListWidget(self)
        self.waiting.setObjectName("waitingList")
        self.waiting.setWordWrap(True)
        self.waiting.setMaximumHeight(130)
        self.waiting.currentItemChanged.connect(lambda *args: self._waiting_chosen())
        self.preview = AcquisitionPreview(self.session, self.tasks, self)
        self.accept_button = push_button(self, tr("Accept…"), "waitingAccept", lambda: self.answer(True))
        self.refuse_button = push_button(self, tr("Refuse…"), "waitingRefuse", lambda: self.answer(False))
        answers = QHBoxLayout()
        answers.addWidget(self.accept_button)
        answers.addWidget(self.refuse_button)
        for part in (self.hint, top, self.status, self.busy, self.list, actions, self.layer_button,
                     self.downloads, self.waiting_label, self.waiting, self.preview, answers):
            (layout.addLayout if isinstance(part, QHBoxLayout) else layout.addWidget)(part)
        layout.setStretch(layout.indexOf(self.list), 1)
        self._update_buttons()

    # -- what the list shows -----------------------------------------------------------------------

    def add_order(self, result, placed_at: Optional[datetime] = None) -> None:
        """An order placed from this session: shown at once, replaced by the server's line when listed."""
        self.session_orders[result.customer_reference] = (result, placed_at or datetime.now())
        self._render()
        self.poller.reset()

    def order_texts(self):
        return [self.list.item(index).text() for index in range(self.list.count())]

    def waiting_texts(self):
        return [self.waiting.item(index).text() for index in range(self.waiting.count())]

    def _render(self) -> None:
        now = datetime.now(timezone.utc)
        selected = self.selected_key()
        self.list.clear()
        listed = {row.reference for row in self.rows}
        for reference, entry in self.journal_entries.items():
            if reference not in listed:
                self._add_item(texts.journal_text(entry), (JOURNAL, reference))
        for reference, (result, placed_at) in sorted(self.session_orders.items(), key=lambda pair: pair[1][1],
                                                      reverse=True):
            if reference not in listed and reference not in self.journal_entries:
                self._add_item(texts.session_order_text(result, placed_at), (SESSION, reference))
        for index, row in enumerate(self.rows):
            self._add_item(texts.row_text(row, now), (ROW, index))
        chosen = self.waiting.currentItem()
        chosen_id = chosen.data(Qt.ItemDataRole.UserRole)[1].item_id if chosen is not None else None
        self.waiting.clear()
        for index, row in enumerate(self.rows):
            for item in row.waiting:
                entry = QListWidgetItem(texts.waiting_text(item))
                entry.setData(Qt.ItemDataRole.UserRole, (index, item))
                self.waiting.addItem(entry)
                if item.item_id == chosen_id:
                    self.waiting.setCurrentItem(entry)
        self.waiting_label.setText(tr("Waiting for your answer ({count})").format(count=self.waiting.count()))
        self._filter(self.search.text())
        for index in range(self.list.count()):
            if self.list.item(index).data(Qt.ItemDataRole.UserRole) == selected:
                self.list.setCurrentRow(index)
        self._update_buttons()

    def _add_item(self, text: str, key) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, key)
        self.list.addItem(item)

    def _filter(self, text: str) -> None:
        words = text.strip().lower().split()
        now = datetime.now(timezone.utc)
        for index in range(self.list.count()):
            item = self.list.item(index)
            kind, value = item.data(Qt.ItemDataRole.UserRole)
            # A row matches its English words and ids, and what the user reads (in their language).
            haystack = (self.rows[value].search_text(now) + " " + item.text().lower() if kind == ROW
                        else item.text().lower())
            item.setHidden(not all(word in haystack for word in words))

    def visible_order_texts(self):
        items = [self.list.item(index) for index in range(self.list.count())]
        return [item.text() for item in items if not item.isHidden()]

    def selected_key(self):
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def selected_row(self):
        key = self.selected_key()
        return self.rows[key[1]] if key and key[0] == ROW and key[1] < len(self.rows) else None

    def select_reference(self, reference: str) -> bool:
        for index in range(self.list.count()):
            kind, value = self.list.item(index).data(Qt.ItemDataRole.UserRole)
            if kind == ROW and self.rows[value].reference == reference:
                self.list.setCurrentRow(index)
                return True
        return False

    def selected_waiting(self):
        """The core Waiting selected in the list of what waits for an answer, or None."""
        current = self.waiting.currentItem()
        return current.data(Qt.ItemDataRole.UserRole)[1] if current is not None else None

    def _waiting_chosen(self) -> None:
        self.preview.show_item(self.selected_waiting())
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.selected_row()
        connected = self.session.is_connected
        self.open_button.setEnabled(bool(row and row.products))
        self.download_button.setEnabled(bool(connected and row and row.products))
        self.end_button.setEnabled(bool(connected and row and row.source == "tasking"
                                        and row.status == "IN_PROGRESS"))
        self.layer_button.setEnabled(bool(self.rows))
        has_answer = self.waiting.currentItem() is not None and connected and not self.refreshing
        self.accept_button.setEnabled(has_answer)
        self.refuse_button.setEnabled(has_answer)
        self.waiting_label.setVisible(self.waiting.count() > 0)
        self.waiting.setVisible(self.waiting.count() > 0)
        self.accept_button.setVisible(self.waiting.count() > 0)
        self.refuse_button.setVisible(self.waiting.count() > 0)

    # -- refreshing --------------------------------------------------------------------------------

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.session.is_connected:
            self.poller.start()
            if not self.refreshed_once:
                self.refresh()

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        self.poller.stop()

    def refresh_now(self) -> None:
        self.poller.reset()
        self.refresh()

    def refresh(self) -> None:
        """Read every order from the server in the background; never two refreshes at once."""
        client = self.session.connected_client()
        if client is None:
            self.status.setText(tr("Connect to OneAtlas to see your orders."))
            return
        if self.refreshing:
            self._again = True  # one more after this one: an answer just sent must show
            return
        self.refreshing = True
        self.busy.show()
        self.status.setText(tr("Reading your orders…"))
        self._update_buttons()
        self._task = self.tasks.start(
            tr("OneAtlas: reading your orders"),
            lambda context: load_order_book(client, context.is_cancelled),
            on_success=self._refreshed, on_error=self._refresh_failed, on_cancel=self._refresh_ended)

    def _refresh_ended(self) -> None:
        self.refreshing = False
        self._task = None
        self.busy.hide()
        self._update_buttons()

    def _refresh_again_if_asked(self) -> None:
        if self._again:
            self._again = False
            self.refresh()

    def _refreshed(self, rows) -> None:
        self._refresh_ended()
        before = {self._row_key(row): row for row in self.rows}
        newly_delivered = [row for row in rows if row.delivered and self._row_key(row) in before
                           and not before[self._row_key(row)].delivered]
        changed = [(r.reference, texts.row_text(r, datetime.now(timezone.utc))) for r in rows] != \
            [(r.reference, texts.row_text(r, datetime.now(timezone.utc))) for r in self.rows]
        self.rows = rows
        self.refreshed_once = True
        listed = {row.reference for row in rows}
        for reference in list(self.session_orders):
            if reference in listed:
                del self.session_orders[reference]
        self.status.setText(tr("%n order(s) · updated {time}", len(rows)).format(
            time=datetime.now().strftime("%H:%M")))
        self._render()
        self.poller.answered(changed)
        for row in newly_delivered:
            self._announce_delivery(row)
        self._refresh_again_if_asked()

    def _refresh_failed(self, error) -> None:
        self._refresh_ended()
        log_error("Reading the orders", error)
        why = self.session.describe_error(error)
        self.status.setText(tr("Could not read your orders: {why} The list shows what was last read; the "
                               "plugin tries again by itself.").format(why=why))
        self.poller.failed()
        self._refresh_again_if_asked()

    @staticmethod
    def _row_key(row):
        return row.order_item_id or row.sales_order_id or row.reference

    def _announce_delivery(self, row) -> None:
        text = tr("Order {reference} is delivered.").format(reference=row.reference)
        self.last_notice = text
        bar = self.iface.messageBar() if self.iface is not None else None
        if bar is None:
            return
        message = bar.createMessage(tr("OneAtlas"), text)
        button = QPushButton(tr("Open on map"), message)
        button.setObjectName("openDeliveredOnMap")
        button.clicked.connect(lambda: self.open_row(row))
        message.layout().addWidget(button)
        self.notice_button = button
        bar.pushWidget(message, Qgis.MessageLevel.Success, 0)

    def _session_changed(self) -> None:
        client = self.session.connected_client()
        if client is not None:
            for entry in client.pending_orders():
                self.journal_entries[entry.reference] = entry
            if self.isVisible():
                self.poller.start()
                self.refresh()
        else:
            self.poller.stop()
            if self._task is not None:
                self._task.cancel_if_running()
        self._render()

    def _orders_settled(self, entries) -> None:
        for entry in entries:
            self.journal_entries[entry.reference] = entry
        self._render()
        self.refresh_now()

    # -- actions -----------------------------------------------------------------------------------

    def open_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.open_row(row)

    def open_row(self, row) -> list:
        if row.delivered_elsewhere and not row.products:
            self.session.message_bar(tr("Order {reference} was delivered to {where}, not to your OneAtlas "
                                        "workspace: open it from there.").format(
                reference=row.reference, where=row.delivered_elsewhere))
            return []
        try:
            return open_streamed(row, self.iface)
        except Exception as error:  # noqa: BLE001 -- said in words, never a traceback
            self.session.report_failure("Opening a delivered product on the map", error)
            return []

    def download_selected(self) -> None:
        row = self.selected_row()
        if row is not None and row.products:
            self.downloads.start(row)

    def save_layer(self) -> Optional[str]:
        return save_orders_layer(self.rows, self.session, self)

    def release(self) -> None:
        """Plugin unload: stop polling, cancel what runs."""
        self.poller.stop()
        self.downloads.release()
        self.preview.release()
        if self._task is not None:
            self._task.cancel_if_running()
