"""The tasking request form: the offer, the acquisition window and the acquisition constraints.

The window is checked against the offer's rules as it is typed (core.tasking.check_window): the broken
rule is said in words under the dates before any call, and nothing typed is reset except when the user
picks another offer (its default window then replaces the dates, as the rules differ per offer).
"""

from dataclasses import dataclass
from datetime import datetime, timezone
from typing import List, Optional

from qgis.PyQt.QtCore import QCoreApplication, QDateTime, Qt, QTimeZone, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QSpinBox,
    QWidget,
)

from ...core import errors
from ...core.tasking import check_window, default_window
from ..common.formatting import ERROR_STYLE
from ..common.i18n import QT_TRANSLATE_NOOP
from ..common.widgets import wrapped_label

MODES = (("MONO", QT_TRANSLATE_NOOP("TaskingForm", "Mono (one image)")),
         ("STEREO", QT_TRANSLATE_NOOP("TaskingForm", "Stereo (two images, for 3D)")),
         ("TRISTEREO", QT_TRANSLATE_NOOP("TaskingForm", "Tri-stereo (three images, for 3D)")))


def tr(text: str) -> str:
    return QCoreApplication.translate("TaskingForm", text)


@dataclass
class TaskingCriteria:
    start: datetime
    end: datetime
    acquisition_mode: str
    max_cloud_cover: int
    max_incidence_angle: int

    def signature(self):
        return (self.start.isoformat(), self.end.isoformat(), self.acquisition_mode, self.max_cloud_cover,
                self.max_incidence_angle)


def to_qdatetime(moment: datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), QTimeZone.utc())


def from_qdatetime(value: QDateTime) -> datetime:
    return datetime.fromtimestamp(value.toSecsSinceEpoch(), timezone.utc)


def _date_edit(parent, name: str) -> QDateTimeEdit:
    edit = QDateTimeEdit(parent)
    edit.setObjectName(name)
    if hasattr(edit, "setTimeZone"):  # Qt >= 6.7 deprecates time specs
        edit.setTimeZone(QTimeZone.utc())
    else:
        edit.setTimeSpec(Qt.TimeSpec.UTC)
    edit.setDisplayFormat("yyyy-MM-dd HH:mm 'UTC'")
    edit.setCalendarPopup(True)
    return edit


class TaskingForm(QWidget):
    changed = pyqtSignal()  # any input changed: a feasibility shown no longer matches
    offer_changed = pyqtSignal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.offers = []
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.offer = QComboBox(self)
        self.offer.setObjectName("offerCombo")
        self.offer.currentIndexChanged.connect(self._offer_changed)
        layout.addRow(tr("Offer"), self.offer)
        self.offer_words = wrapped_label(self, "offerDescription", muted=True)
        layout.addRow("", self.offer_words)

        window = QHBoxLayout()
        self.start = _date_edit(self, "windowStart")
        self.end = _date_edit(self, "windowEnd")
        window.addWidget(self.start, 1)
        window.addWidget(self.end, 1)
        layout.addRow(tr("Window (from, to)"), window)
        self.window_error = wrapped_label(self, "windowError")
        self.window_error.setStyleSheet(ERROR_STYLE)
        self.window_error.hide()
        layout.addRow("", self.window_error)

        self.mode = QComboBox(self)
        self.mode.setObjectName("acquisitionMode")
        for code, label in MODES:
            self.mode.addItem(tr(label), code)
        layout.addRow(tr("Acquisition"), self.mode)
        self.max_cloud = self._spin("maxCloudCover", 0, 100, 20, " %")
        layout.addRow(tr("Max. cloud cover"), self.max_cloud)
        self.max_incidence = self._spin("maxIncidence", 5, 60, 30, "°")
        self.max_incidence.setToolTip(tr("A smaller angle gives a sharper, more vertical view but fewer "
                                         "chances of acquisition."))
        layout.addRow(tr("Max. incidence angle"), self.max_incidence)
        for edit in (self.start, self.end):
            edit.dateTimeChanged.connect(self._window_changed)
        self.mode.currentIndexChanged.connect(lambda *_: self.changed.emit())

    def _spin(self, name: str, low: int, high: int, value: int, suffix: str) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setObjectName(name)
        spin.setRange(low, high)
        spin.setValue(value)
        spin.setSuffix(suffix)
        spin.valueChanged.connect(lambda *_: self.changed.emit())
        return spin

    # -- offers ------------------------------------------------------------------------------------

    def set_offers(self, offers) -> None:
        """Keeps the chosen offer when it is still offered (a reconnection)."""
        previous = self.current_offer()
        self.offers = list(offers)
        self.offer.blockSignals(True)
        self.offer.clear()
        for offer in self.offers:
            contract = offer.contract.name or offer.contract.contract_id
            self.offer.addItem(f"{offer.label} – {contract}", offer.key)
        index = self.offer.findData(previous.key) if previous is not None else -1
        self.offer.setCurrentIndex(max(0, index) if self.offers else -1)
        self.offer.blockSignals(False)
        self._offer_changed()

    def current_offer(self):
        index = self.offer.currentIndex()
        return self.offers[index] if 0 <= index < len(self.offers) else None

    def select_offer(self, product_type_id: str, contract_id: Optional[str] = None) -> bool:
        for index, offer in enumerate(self.offers):
            if offer.product_type.product_type_id == product_type_id and (
                    contract_id is None or offer.contract.contract_id == contract_id):
                self.offer.setCurrentIndex(index)
                return True
        return False

    def _offer_changed(self, *_args) -> None:
        offer = self.current_offer()
        self.offer_words.setText(tr(offer.description) if offer is not None else "")
        if offer is not None:
            self.set_window(*default_window(offer.prog_type))
        self.offer_changed.emit()
        self.changed.emit()

    # -- window ------------------------------------------------------------------------------------

    def set_window(self, start: datetime, end: datetime) -> None:
        for edit, moment in ((self.start, start), (self.end, end)):
            edit.blockSignals(True)
            edit.setDateTime(to_qdatetime(moment))
            edit.blockSignals(False)
        self._window_changed()

    def _window_changed(self, *_args) -> None:
        problem = self.window_problem()
        self.window_error.setText(problem or "")
        self.window_error.setVisible(bool(problem))
        self.changed.emit()

    def window_problem(self) -> str:
        offer = self.current_offer()
        if offer is None:
            return ""
        try:
            check_window(offer.prog_type, from_qdatetime(self.start.dateTime()),
                         from_qdatetime(self.end.dateTime()))
        except errors.TaskingWindowError as error:
            return str(error)
        return ""

    # -- values ------------------------------------------------------------------------------------

    def problems(self) -> List[str]:
        problems = []
        if self.current_offer() is None:
            problems.append(tr("Choose an offer."))
        window = self.window_problem()
        if window:
            problems.append(window)
            self.window_error.setText(window)
            self.window_error.show()
        return problems

    def criteria(self) -> TaskingCriteria:
        return TaskingCriteria(
            start=from_qdatetime(self.start.dateTime()),
            end=from_qdatetime(self.end.dateTime()),
            acquisition_mode=self.mode.currentData(),
            max_cloud_cover=self.max_cloud.value(),
            max_incidence_angle=self.max_incidence.value(),
        )

    def set_enabled_while_checking(self, checking: bool) -> None:
        self.setEnabled(not checking)
