"""Answering what waits (acquisitions, segments, quotations) and ending a tasking, from the Orders tab:
each behind a confirmation that says what it changes and costs, each sent once (never retried).

A mixin of OrdersSection: it uses the tab's session, tasks, lists, buttons, status and refresh."""

from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtWidgets import QMessageBox

from ...core.models import NEO
from ...core.order_book import QUOTATION, SEGMENT
from . import texts


def tr(text: str) -> str:
    return QCoreApplication.translate("OrdersSection", text)


class AnswersMixin:
    confirm_hook = None  # tests: fn(title, text) -> bool instead of a modal question

    def confirm(self, title: str, text: str) -> bool:
        if self.confirm_hook is not None:
            return bool(self.confirm_hook(title, text))
        answer = QMessageBox.question(self, title, text, QMessageBox.StandardButton.Yes
                                      | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def answer(self, accept: bool) -> None:
        """Accept or refuse the selected acquisition or quotation, after a confirmation; sent once."""
        current = self.waiting.currentItem()
        client = self.session.connected_client()
        if current is None or client is None:
            return
        index, item = current.data(Qt.ItemDataRole.UserRole)
        row = self.rows[index] if index < len(self.rows) else None
        title = tr("Accept") if accept else tr("Refuse")
        if not self.confirm(title, texts.answer_question(item, accept, row)):
            return
        if item.kind == QUOTATION:
            call = client.accept_quotation if accept else client.refuse_quotation
            work = lambda context: call(item.contract_id, item.item_id)  # noqa: E731
        elif item.kind == SEGMENT:
            call = client.accept_segment if accept else client.refuse_segment
            work = lambda context: call(item.contract_id, item.tasking_id, item.item_id)  # noqa: E731
        else:
            call = client.accept_acquisition if accept else client.refuse_acquisition
            work = lambda context: call(item.item_id)  # noqa: E731
        self._run_action(tr("OneAtlas: sending your answer"), work,
                         tr("Your answer for {reference} was sent.").format(reference=item.reference))

    def end_selected_tasking(self) -> None:
        row = self.selected_row()
        client = self.session.connected_client()
        if row is None or client is None:
            return
        cancel = not row.acquisitions
        if not self.confirm(tr("Cancel tasking") if cancel else tr("Stop tasking"),
                            texts.tasking_end_question(row, cancel)):
            return
        if row.backend == NEO:
            call = client.cancel_order_item if cancel else client.stop_tasking
            work = lambda context: call(row.order_item_id)  # noqa: E731
        else:
            work = lambda context: client.cancel_tasking(row.contract_id, row.tasking_id)  # noqa: E731
        self._run_action(tr("OneAtlas: ending the tasking"), work,
                         tr("Tasking {reference}: request sent.").format(reference=row.reference))

    def _run_action(self, description: str, work, done_text: str) -> None:
        """An action that changes something on the server: sent once (never retried), buttons off
        meanwhile; the list is read again afterwards."""
        for button in (self.accept_button, self.refuse_button, self.end_button):
            button.setEnabled(False)

        def done(_result):
            self.status.setText(done_text)
            self.session.refresh_account()
            self.refresh_now()

        def failed(error):
            self.status.setText(self.session.report_failure(description, error))
            self.refresh_now()

        self.tasks.start(description, work, on_success=done, on_error=failed)
