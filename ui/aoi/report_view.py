"""The "AOI doctor" panel: area, vertices, each broken OneAtlas rule in words with its one-click fixes,
what the last fix changed (with Undo), and whether a product's minimum order area applies.

Only shows; the section decides. Every text wraps (the dock may be 300 px wide): long fix descriptions
live in the problem's text and the buttons carry short verbs, with the full description as tooltip."""

from typing import Optional

from qgis.PyQt.QtCore import QCoreApplication, Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core import aoi as rules
from ...core import aoi_parts
from ...core import aoi_text as text
from ...core.i18n import Plural
from ..common.formatting import MUTED_COLOUR, STATUS_COLOURS, WARNING_COLOUR
from ..common.i18n import QT_TRANSLATE_NOOP, translated
from ..common.widgets import button_row, wrapped_label

# Short button words for the fixes (the full label, with the area change, is in the text and tooltip).
SHORT_FIX_LABELS = {
    rules.MAKE_VALID: QT_TRANSLATE_NOOP("AoiReportView", "Repair"),
    rules.UNION_PARTS: QT_TRANSLATE_NOOP("AoiReportView", "Merge parts"),
    # with the area it drops, see fix_button_text
    rules.KEEP_LARGEST_PART: QT_TRANSLATE_NOOP("AoiReportView", "Keep largest part"),
    rules.CONVEX_HULL: QT_TRANSLATE_NOOP("AoiReportView", "Convex hull"),
    rules.REMOVE_HOLES: QT_TRANSLATE_NOOP("AoiReportView", "Fill holes"),
    rules.SIMPLIFY: QT_TRANSLATE_NOOP("AoiReportView", "Simplify"),
}
GOOD_COLOUR = STATUS_COLOURS["green"]
BAD_COLOUR = STATUS_COLOURS["red"]


def tr(text_: str) -> str:
    return QCoreApplication.translate("AoiReportView", text_)


def whole_km2(value: float) -> str:
    """A product minimum is a round figure: '100 km²' rather than '100.0 km²'."""
    return f"{value:g} km²" if float(value).is_integer() else text.km2(value)


# The choices for separate parts change the area most: their buttons say by how much (no fix drops area
# without saying so). Measured for multi-part areas only: a hull of 100 000 vertices would slow the panel.
AREA_FIXES = (rules.KEEP_LARGEST_PART, rules.CONVEX_HULL)


def fix_button_text(fix, geometry, problem_code: str = "") -> str:
    words = tr(SHORT_FIX_LABELS[fix.code]) if fix.code in SHORT_FIX_LABELS else translated(fix.label)
    if fix.code not in AREA_FIXES or geometry is None or problem_code != rules.MULTIPART:
        return words
    change = aoi_parts.fix_area_change_km2(geometry, fix)
    if change is None or abs(change) < 0.005:
        return words
    if change < 0:
        return tr("{fix} (−{area})").format(fix=words, area=text.km2(-change))
    return tr("{fix} (+{area})").format(fix=words, area=text.km2(change))


class ProblemRow(QFrame):
    """One broken rule: its message, the suggested fix in words, a button per fix (and, for separate
    parts that are each fine alone, "One order per part")."""

    fix_requested = pyqtSignal(object)  # core AoiFix
    per_part_requested = pyqtSignal()

    def __init__(self, problem, parent=None, geometry=None, parts_orderable: bool = False):
        super().__init__(parent)
        self.problem = problem
        self.setObjectName(f"aoiProblem_{problem.code}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(3)
        self.message = wrapped_label(self, "problemMessage")
        self.message.setText("⚠ " + translated(problem.message))
        layout.addWidget(self.message)
        self.buttons = {}
        if problem.fix is None:
            self.message.setText(self.message.text() + "\n"
                                 + tr("No automatic fix: change the area yourself."))
            return
        self.message.setText(self.message.text() + "\n"
                             + tr("Suggested: {fix}.").format(fix=translated(problem.fix.label)))
        for fix in problem.fixes:
            button = QPushButton(fix_button_text(fix, geometry, problem.code), self)
            button.setObjectName(f"fix_{fix.code}")
            button.setToolTip(translated(fix.label))
            button.clicked.connect(lambda _checked=False, chosen=fix: self.fix_requested.emit(chosen))
            self.buttons[fix.code] = button
        if problem.code == rules.MULTIPART and parts_orderable:
            button = QPushButton(tr("One order per part"), self)
            button.setObjectName("orderPerPart")
            button.setToolTip(tr("Keep every part: the order form prices and places one order per part, "
                                 "with the total"))
            button.clicked.connect(self.per_part_requested.emit)
            self.buttons["per_part"] = button
        # One button a row: side by side, buttons with their area change would widen a narrow dock.
        grid = QGridLayout()
        grid.setSpacing(4)
        for index, button in enumerate(self.buttons.values()):
            grid.addWidget(button, index, 0)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)


class AoiReportView(QWidget):
    fix_requested = pyqtSignal(object)   # core AoiFix
    fix_all_requested = pyqtSignal()
    undo_requested = pyqtSignal()
    per_part_requested = pyqtSignal()
    enlarge_requested = pyqtSignal()

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
            tr("Apply each suggested fix in turn, never one that drops area: separate parts become their "
               "convex hull (one Undo brings everything back)"))
        self.fix_all_button.clicked.connect(self.fix_all_requested.emit)
        button_row(layout, [self.fix_all_button])

        self.notes_label = wrapped_label(self, "aoiNotes", muted=True)
        layout.addWidget(self.notes_label)
        self.minimum_label = wrapped_label(self, "aoiMinimum")
        layout.addWidget(self.minimum_label)
        self.enlarge_button = QPushButton(self)
        self.enlarge_button.setObjectName("enlargeToMinimum")
        self.enlarge_button.setToolTip(tr("Grow the area around its centre, keeping its shape, to the "
                                          "minimum you are billed for anyway (Undo brings it back)"))
        self.enlarge_button.clicked.connect(self.enlarge_requested.emit)
        button_row(layout, [self.enlarge_button])

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
            self.enlarge_button.setVisible(False)
            self._show_change(None)
            return
        report = aoi.report
        self.source_label.setText(aoi.source)
        area = translated(text.km2(report.area_km2)) if report.area_km2 is not None else tr("unknown area")
        # The report's own count and limit, as the problems state them: vertices as a user counts them (a
        # rectangle has 4, the closing position aside).
        vertices = Plural("%n vertex(es)", report.vertex_count, "vertex", "vertices")
        self.measures_label.setText(tr("{area} · {vertices} (at most {limit} per polygon)").format(
            area=area, vertices=translated(vertices),
            limit=translated(text.count(rules.MAX_VERTICES))))
        parts = aoi_parts.per_part(report.geometry) if rules.MULTIPART in report.codes else None
        if aoi.per_part:
            self.status_label.setText("✓ " + tr(
                "One order per part: {count} parts ({areas}), each accepted by OneAtlas. The order form "
                "prices and places one order for each, with the total.").format(
                count=len(parts.parts), areas=", ".join(text.km2(a) for a in parts.areas_km2)))
            self.status_label.setStyleSheet(f"color: {GOOD_COLOUR};")
            report_problems = ()
        elif report.ok:
            self.status_label.setText("✓ " + tr("OneAtlas accepts this area as it is."))
            self.status_label.setStyleSheet(f"color: {GOOD_COLOUR};")
            report_problems = ()
        else:
            count = len(report.problems)
            headline = (tr("1 problem to fix before ordering:") if count == 1
                        else tr("{count} problems to fix before ordering:").format(count=count))
            self.status_label.setText("✗ " + headline)
            self.status_label.setStyleSheet(f"color: {BAD_COLOUR}; font-weight: bold;")
            report_problems = report.problems
        for problem in report_problems:
            row = ProblemRow(problem, self.problems_box, report.geometry,
                             parts_orderable=parts is not None and parts.ok)
            row.fix_requested.connect(self.fix_requested.emit)
            row.per_part_requested.connect(self.per_part_requested.emit)
            self.problems_layout.addWidget(row)
            self.problem_rows[problem.code] = row
        self.problems_box.setVisible(bool(report_problems))
        self.fix_all_button.setVisible(sum(1 for problem in report_problems if problem.fix) > 1)
        self.notes_label.setText("\n".join(translated(note) for note in report.notes))
        self.notes_label.setVisible(bool(report.notes))
        self._show_minimum(None if aoi.per_part else report.minimum_area, product_label)
        self._show_change(last_change)

    def _show_minimum(self, minimum, product_label: str) -> None:
        self.enlarge_button.setVisible(minimum is not None and minimum.applies)
        if minimum is None:
            self.minimum_label.setVisible(False)
            return
        product = product_label or tr("this product")
        if minimum.applies:
            message = tr("Billed as at least {minimum} for {product}: your area is {area}, so you pay for "
                         "{billed} whatever you draw.")
            message = message.format(minimum=whole_km2(minimum.minimum_km2), product=product,
                                     area=text.km2(minimum.area_km2),
                                     billed=whole_km2(minimum.billed_area_km2))
            self.minimum_label.setStyleSheet(f"color: {WARNING_COLOUR};")
            self.enlarge_button.setText(tr("Enlarge to {minimum}").format(
                minimum=whole_km2(minimum.minimum_km2)))
        else:
            message = tr("Above the {minimum} minimum for {product}: you are billed for the area itself.")
            message = message.format(minimum=whole_km2(minimum.minimum_km2), product=product)
            self.minimum_label.setStyleSheet(f"color: {MUTED_COLOUR};")
        self.minimum_label.setText(message)
        self.minimum_label.setVisible(True)

    def _show_change(self, last_change: Optional[str]) -> None:
        self.change_label.setText(
            tr("Changed: {what}").format(what=translated(last_change)) if last_change else "")
        self.change_label.setVisible(bool(last_change))
        self.undo_button.setVisible(bool(last_change))

    def _clear_problems(self) -> None:
        for row in self.problem_rows.values():
            self.problems_layout.removeWidget(row)
            row.setParent(None)
            row.deleteLater()
        self.problem_rows = {}
