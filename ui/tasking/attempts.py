"""The list of acquisition attempts (OneDay / OneNow passes): when (UTC and this computer's local time),
which satellite, how steep, and until when it can be ordered. One row is picked to order (a pass is one
order); the selection is linked with the "Tasking attempts" map layer."""

from datetime import timezone
from typing import List, Optional

from qgis.PyQt.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from qgis.PyQt.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from ..common.formatting import decimal, utc_time
from ..common.i18n import QT_TRANSLATE_NOOP


def tr(text: str) -> str:
    return QCoreApplication.translate("TaskingAttemptsList", text)


def local_time(moment) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M %Z") if moment else "?"


def attempt_line(attempt) -> str:
    """One line for the confirmation and the order dialog."""
    incidence = "" if attempt.incidence_angle is None else tr(", incidence {angle}°").format(
        angle=decimal(attempt.incidence_angle, 1))
    return tr("{satellite} pass {utc} (local {local}){incidence}").format(
        satellite=attempt.satellite, utc=utc_time(attempt.acquisition_start),
        local=local_time(attempt.acquisition_start), incidence=incidence)


# Marked here, translated where shown: at import the plugin's translator is not installed yet.
COLUMNS = (QT_TRANSLATE_NOOP("TaskingAttemptsList", "Date and time (UTC)"),
           QT_TRANSLATE_NOOP("TaskingAttemptsList", "Local time"),
           QT_TRANSLATE_NOOP("TaskingAttemptsList", "Satellite"),
           QT_TRANSLATE_NOOP("TaskingAttemptsList", "Incidence"),
           QT_TRANSLATE_NOOP("TaskingAttemptsList", "Order before (UTC)"))


class AttemptsModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.attempts: List[object] = []

    def set_attempts(self, attempts) -> None:
        self.beginResetModel()
        self.attempts = list(attempts)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008 -- Qt API
        return 0 if parent.isValid() else len(self.attempts)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008 -- Qt API
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 -- Qt API
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return tr(COLUMNS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        attempt = self.attempts[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == 0:
                return utc_time(attempt.acquisition_start).replace(" UTC", "")
            if column == 1:
                return local_time(attempt.acquisition_start)
            if column == 2:
                return attempt.satellite
            if column == 3:
                return "–" if attempt.incidence_angle is None else f"{decimal(attempt.incidence_angle, 1)}°"
            if column == 4:
                deadline = attempt.order_deadline
                return utc_time(deadline.astimezone(timezone.utc) if deadline else None, missing="–")
        if role == Qt.ItemDataRole.ToolTipRole:
            return tr("Segment {id}").format(id=attempt.segment_id)
        return None

    def row_of(self, key: str) -> Optional[int]:
        for row, attempt in enumerate(self.attempts):
            if attempt.segment_key == key:
                return row
        return None


class AttemptsTable(QTableView):
    def __init__(self, model: AttemptsModel, parent=None):
        super().__init__(parent)
        self.setObjectName("attemptsTable")
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)

    def selected_attempt(self):
        rows = self.selectionModel().selectedRows()
        return self.model().attempts[rows[0].row()] if rows else None

    def select_row(self, row: Optional[int]) -> None:
        if row is None:
            self.clearSelection()
        else:
            self.selectRow(row)
            self.scrollTo(self.model().index(row, 0))
