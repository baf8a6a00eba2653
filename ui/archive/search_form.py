"""The archive search form: which constellations, when, how clear, how vertical, in which order.

The form only collects and checks what the user typed; the section runs the search. ``criteria()`` returns a
plain :class:`SearchCriteria` (no Qt inside) that the worker thread can use safely.
"""

from dataclasses import dataclass, field
from datetime import datetime, time, timedelta, timezone
from typing import List, Optional

from qgis.PyQt.QtCore import QCoreApplication, QDate, Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QWidget,
)

from ...core.products import CONSTELLATIONS as CONSTELLATION_CODES
from ...core.products import backend_of_constellation
from ..common.formatting import ERROR_STYLE, constellation_label
from ..common.i18n import QT_TRANSLATE_NOOP

# Constellation codes as the catalog spells them, in the order shown (newest, sharpest first).
CONSTELLATIONS = tuple((code, constellation_label(code)) for code in CONSTELLATION_CODES)

# The catalog's sortBy syntax: a leading "-" means descending.
SORT_ORDERS = (
    ("-acquisitionDate", QT_TRANSLATE_NOOP("ArchiveSearchForm", "Newest first")),
    ("acquisitionDate", QT_TRANSLATE_NOOP("ArchiveSearchForm", "Oldest first")),
    ("cloudCover", QT_TRANSLATE_NOOP("ArchiveSearchForm", "Least cloudy first")),
    ("incidenceAngle", QT_TRANSLATE_NOOP("ArchiveSearchForm", "Most vertical first")),
)

# The v2 search schema caps both filters (cloudCover <= 80 is not enforced by every server: we allow 100).
MAX_INCIDENCE_LIMIT = 60.0


def tr(text: str) -> str:
    return QCoreApplication.translate("ArchiveSearchForm", text)


@dataclass
class SearchCriteria:
    constellations: List[str] = field(default_factory=list)
    start: Optional[datetime] = None  # UTC, inclusive
    end: Optional[datetime] = None  # UTC, inclusive (end of the chosen day)
    max_cloud_cover: float = 100.0
    max_incidence_angle: float = MAX_INCIDENCE_LIMIT
    sort_by: str = "-acquisitionDate"


class SearchForm(QWidget):
    """Emits ``changed`` whenever a criterion changes (the section may say the results are outdated), and
    ``backends_changed`` with ``backends()`` whenever a satellite box is checked or cleared."""

    changed = pyqtSignal()
    backends_changed = pyqtSignal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # In a narrow dock a label goes above its field instead of pushing the panel wider.
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)

        constellations = QWidget(self)
        # Two columns: three check boxes in one row would make the dock wider than most users keep it.
        row = QGridLayout(constellations)
        row.setContentsMargins(0, 0, 0, 0)
        self.constellation_boxes = {}
        for index, (code, label) in enumerate(CONSTELLATIONS):
            box = QCheckBox(label, constellations)
            box.setObjectName(f"constellation_{code}")
            box.setChecked(True)
            box.toggled.connect(self._on_changed)
            box.toggled.connect(lambda _checked: self.backends_changed.emit(self.backends()))
            row.addWidget(box, index // 2, index % 2, Qt.AlignmentFlag.AlignLeft)
            self.constellation_boxes[code] = box
        layout.addRow(tr("Satellites"), constellations)
        self.constellation_error = self._error_label("constellationError")
        layout.addRow("", self.constellation_error)

        dates = QWidget(self)
        row = QHBoxLayout(dates)
        row.setContentsMargins(0, 0, 0, 0)
        today = QDate.currentDate()
        self.start_date = self._date_edit("startDate", today.addYears(-2))
        self.end_date = self._date_edit("endDate", today)
        row.addWidget(self.start_date, 1)
        row.addWidget(QLabel("–", dates))
        row.addWidget(self.end_date, 1)
        layout.addRow(tr("Acquired"), dates)
        self.date_error = self._error_label("dateError")
        layout.addRow("", self.date_error)

        self.max_cloud = self._limit_box("maxCloudCover", 100.0, " %")
        layout.addRow(tr("Max. cloud cover"), self.max_cloud)
        self.max_incidence = self._limit_box("maxIncidenceAngle", MAX_INCIDENCE_LIMIT, " °")
        layout.addRow(tr("Max. incidence angle"), self.max_incidence)

        self.sort_order = QComboBox(self)
        self.sort_order.setObjectName("sortOrder")
        for key, label in SORT_ORDERS:
            self.sort_order.addItem(tr(label), key)
        self.sort_order.currentIndexChanged.connect(self._on_changed)
        layout.addRow(tr("Sort"), self.sort_order)

    def _limit_box(self, object_name: str, maximum: float, suffix: str) -> QDoubleSpinBox:
        """An upper limit (cloud cover, incidence angle), whole numbers, 30 by default."""
        box = QDoubleSpinBox(self)
        box.setObjectName(object_name)
        box.setRange(0.0, maximum)
        box.setDecimals(0)
        box.setSuffix(suffix)
        box.setValue(30.0)
        box.valueChanged.connect(self._on_changed)
        return box

    def _error_label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setStyleSheet(ERROR_STYLE)
        label.hide()
        return label

    def _date_edit(self, name: str, value: QDate) -> QDateEdit:
        edit = QDateEdit(value, self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(QDate(1986, 1, 1))  # SPOT 1
        edit.dateChanged.connect(self._on_changed)
        return edit

    def _on_changed(self, *_args) -> None:
        self.changed.emit()

    # -- reading and checking ----------------------------------------------------------------------

    def problems(self) -> dict:
        """Field -> sentence; shown beside the fields. Empty when a search may run."""
        found = {}
        if not any(box.isChecked() for box in self.constellation_boxes.values()):
            found["constellations"] = tr("Choose at least one satellite family.")
        if self.start_date.date() > self.end_date.date():
            found["dates"] = tr("The start date is after the end date.")
        self.show_problems(found)
        return found

    def show_problems(self, found: dict) -> None:
        for key, label in (("constellations", self.constellation_error), ("dates", self.date_error)):
            label.setText(found.get(key, ""))
            label.setVisible(key in found)

    def backends(self) -> frozenset:
        """The ordering back-ends (core.names NEO / LEGACY) of the checked satellite families."""
        return frozenset(backend_of_constellation(code) for code, box in self.constellation_boxes.items()
                         if box.isChecked())

    def criteria(self) -> SearchCriteria:
        start = self.start_date.date().toPyDate()
        end = self.end_date.date().toPyDate()
        return SearchCriteria(
            constellations=[code for code, box in self.constellation_boxes.items() if box.isChecked()],
            start=datetime.combine(start, time(0, 0), tzinfo=timezone.utc),
            end=datetime.combine(end, time(0, 0), tzinfo=timezone.utc) + timedelta(days=1, milliseconds=-1),
            max_cloud_cover=float(self.max_cloud.value()),
            max_incidence_angle=float(self.max_incidence.value()),
            sort_by=self.sort_order.currentData(),
        )

    def set_enabled_while_searching(self, searching: bool) -> None:
        """Inputs stay readable during a search but cannot change under it."""
        self.setEnabled(not searching)
