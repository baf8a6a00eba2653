"""The "AOI doctor" panel: area, vertices, each broken OneAtlas rule in words with its one-click fixes,
what the last fix changed (with Undo), and whether a product's minimum order area applies.

Only shows; the section decides. Every text wraps (the dock may be 300 px wide): long fix descriptions
live in the problem's text and the buttons carry short verbs, with the full description as tooltip."""

from typing import Optional

from qgis.PyQt.QtCore import QCoreApplication, Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core import aoi as rules
from ...core import aoi_text as text
from ..common.formatting import MUTED_COLOUR
from ..common.widgets import wrapped_label

# Short button words for the fixes (the full label, with the area change, is in the text and tooltip).
SHORT_FIX_LABELS = {
    rules.MAKE_VALID: "Repair",
    rules.UNION_PARTS: "Merge parts",
    rules.KEEP_LARGEST_PART: "Keep largest part",
    rules.CONVEX_HULL: "Convex hull",
    rules.REMOVE_HOLES: "Fill holes",
    rules.SIMPLIFY: "Simplify",
}
GOOD_COLOUR = "#2e7d32"
BAD_COLOUR = "#c62828"


def tr(text_: str) -> str:
    return QCoreApplication.translate("AoiReportView", text_)


def whole_km2(value: float) -> str:
    """A product minimum is a round figure: '100 km²' rather than '100.0 km²'."""
    return f"{value:g} km²" if float(value).is_integer() else text.km2(value)


class ProblemRow(QFrame):
    """One broken rule: its message, the suggested fix in words, a button per fix."""

    fix_requested = pyqtSignal(object)  # core AoiFix

    def __init__(self, problem, parent=None):
        super().__init__(parent)
        self.problem = problem
        self.setObjectName(f"aoiProblem_{problem.code}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(3)
        self.message = wrapped_label(self, "problemMessage")
        self.message.setText("⚠ " + problem.message)
        layout.addWidget(self.message)
        self.buttons = {}
        if problem.fix is None:
            self.message.setText(self.message.text() + "\n"
                                 + tr("No automatic fix: change the area yourself."))
            return
        self.message.setText(self.message.text() + "\n"
                             + tr("Suggested: {fix}.").format(fix=problem.fix.label))
        row = QHBoxLayout()
        row.setSpacing(4)
        for fix in problem.fixes:
            button = QPushButton(tr(SHORT_FIX_LABELS.get(fix.code, fix.label)), self)
            button.setObjectName(f"fix_{fix.code}")
            button.setToolTip(fix.label)
            button.clicked.connect(lambda _checked=False, chosen=fix: self.fix_requested.emit(chosen))
            row.addWidget(button)
            self.buttons[fix.code] = button
        row.addStretch(1)
        layout.addLayout(row)


class AoiReportView(QWidget):
    fix_requested = pyqtSignal(object)   # core AoiFix
    fix_all_requested = pyqtSignal()
    undo_requested = pyqtSignal()

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)

        self.source_label = wrapped_label(self, "aoiSource")
        font = self.source_label.font()
        font.setBold(True)
        self.source_label.setFont(font)
        self.measures_label = wrapped_label(self, "aoiMeasures")
        self.status_label = wrapped_label(self, "aoiStatus")
        layout.addWidget(self.source_label)
        layout.addWidget(self.measures_label)
        layout.addWidget(self.status_label)

        self.problems_box = QWidget(self)
        self.problems_layout = QVBoxLayout(self.problems_box)
        self.problems_layout.setContentsMargins(0, 0, 0, 0)
        self.problems_layout.setSpacing(4)
        layout.addWidget(self.problems_box)
        self.problem_rows = {}

        self.fix_all_button = QPushButton(tr("Fix all"), self)
        self.fix_all_button.setObjectName("fixAll")
        self.fix_all_button.setToolTip(
            tr("Apply each suggested fix in turn (one Undo brings everything back)"))
        self.fix_all_button.clicked.connect(self.fix_all_requested.emit)
        fix_all_row = QHBoxLayout()
        fix_all_row.addWidget(self.fix_all_button)
        fix_all_row.addStretch(1)
        layout.addLayout(fix_all_row)

        self.notes_label = wrapped_label(self, "aoiNotes", muted=True)
        layout.addWidget(self.notes_label)
        self.minimum_label = wrapped_label(self, "aoiMinimum")
        layout.addWidget(self.minimum_label)

        change_row = QHBoxLayout()
        self.change_label = wrapped_label(self, "aoiChange")
        self.undo_button = QPushButton(tr("Undo"), self)
        self.undo_button.setObjectName("undoFix")
        self.undo_button.setToolTip(tr("Bring back the AOI as it was before the last fix"))
        self.undo_button.clicked.connect(self.undo_requested.emit)
        change_row.addWidget(self.change_label, 1)
        change_row.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(change_row)
        self.show_aoi(None)

    def show_aoi(self, aoi, last_change: Optional[str] = None, product_label: str = "") -> None:
        self._clear_problems()
        has_aoi = aoi is not None
        for widget in (self.source_label, self.measures_label, self.status_label):
            widget.setVisible(has_aoi)
        if not has_aoi:
            self.fix_all_button.setVisible(False)
            self.notes_label.setVisible(False)
            self.minimum_label.setVisible(False)
            self._show_change(None)
            return
        report = aoi.report
        self.source_label.setText(aoi.source)
        area = text.km2(report.area_km2) if report.area_km2 is not None else tr("unknown area")
        self.measures_label.setText(tr("{area} · {vertices} (at most {limit})").format(
            area=area, vertices=text.plural(report.vertex_count, "vertex", "vertices"),
            limit=text.count(rules.MAX_VERTICES)))
        if report.ok:
            self.status_label.setText("✓ " + tr("OneAtlas accepts this area as it is."))
            self.status_label.setStyleSheet(f"color: {GOOD_COLOUR};")
        else:
            count = len(report.problems)
            headline = (tr("1 problem to fix before ordering:") if count == 1
                        else tr("{count} problems to fix before ordering:").format(count=count))
            self.status_label.setText("✗ " + headline)
            self.status_label.setStyleSheet(f"color: {BAD_COLOUR}; font-weight: bold;")
        for problem in report.problems:
            row = ProblemRow(problem, self.problems_box)
            row.fix_requested.connect(self.fix_requested.emit)
            self.problems_layout.addWidget(row)
            self.problem_rows[problem.code] = row
        self.problems_box.setVisible(bool(report.problems))
        self.fix_all_button.setVisible(sum(1 for problem in report.problems if problem.fix) > 1)
        self.notes_label.setText("\n".join(report.notes))
        self.notes_label.setVisible(bool(report.notes))
        self._show_minimum(report.minimum_area, product_label)
        self._show_change(last_change)

    def _show_minimum(self, minimum, product_label: str) -> None:
        if minimum is None:
            self.minimum_label.setVisible(False)
            return
        product = product_label or tr("this product")
        if minimum.applies:
            message = tr("Below the {minimum} minimum for {product}: you will be billed for {billed}.")
            message = message.format(minimum=whole_km2(minimum.minimum_km2), product=product,
                                     billed=whole_km2(minimum.billed_area_km2))
            self.minimum_label.setStyleSheet("color: #a15c00;")
        else:
            message = tr("Above the {minimum} minimum for {product}: you are billed for the area itself.")
            message = message.format(minimum=whole_km2(minimum.minimum_km2), product=product)
            self.minimum_label.setStyleSheet(f"color: {MUTED_COLOUR};")
        self.minimum_label.setText(message)
        self.minimum_label.setVisible(True)

    def _show_change(self, last_change: Optional[str]) -> None:
        self.change_label.setText(tr("Changed: {what}").format(what=last_change) if last_change else "")
        self.change_label.setVisible(bool(last_change))
        self.undo_button.setVisible(bool(last_change))

    def _clear_problems(self) -> None:
        for row in self.problem_rows.values():
            self.problems_layout.removeWidget(row)
            row.setParent(None)
            row.deleteLater()
        self.problem_rows = {}
