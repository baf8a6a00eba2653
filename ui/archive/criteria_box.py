"""The search criteria as a box that folds away once results are shown, so the results table gets the
height (eight rows and more on a 768 px laptop screen). Folded, its header still says what was searched;
one click unfolds it."""

from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtWidgets import QSizePolicy, QToolButton, QVBoxLayout, QWidget

from .search_form import SORT_ORDERS, SearchForm


def tr(text: str) -> str:
    return QCoreApplication.translate("ArchiveCriteriaBox", text)


def criteria_summary(criteria) -> str:
    """'PNEO, PHR · 2021-11-01 – 2026-11-01 · ≤ 30 % cloud · ≤ 20° · Newest first'."""
    sort = dict(SORT_ORDERS).get(criteria.sort_by, "")  # marked in the search form's context
    return " · ".join(part for part in (
        ", ".join(criteria.constellations),
        f"{criteria.start:%Y-%m-%d} – {criteria.end:%Y-%m-%d}" if criteria.start and criteria.end else "",
        tr("≤ {cloud:.0f} % cloud").format(cloud=criteria.max_cloud_cover),
        tr("≤ {angle:.0f}°").format(angle=criteria.max_incidence_angle),
        QCoreApplication.translate("ArchiveSearchForm", sort),
    ) if part)


class CriteriaBox(QWidget):
    """A toggle header over the SearchForm (``self.form``)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.toggle = QToolButton(self)
        self.toggle.setObjectName("criteriaToggle")
        self.toggle.setCheckable(True)
        self.toggle.setChecked(True)
        self.toggle.setAutoRaise(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.toggle.toggled.connect(self._show_form)
        layout.addWidget(self.toggle)
        self.form = SearchForm(self)
        layout.addWidget(self.form)
        self._summary = ""
        self._show_form(True)

    @property
    def expanded(self) -> bool:
        return self.toggle.isChecked()

    def collapse(self, summary: str) -> None:
        self._summary = summary
        self.toggle.setChecked(False)
        self._show_form(False)

    def expand(self) -> None:
        self.toggle.setChecked(True)

    def _show_form(self, expanded: bool) -> None:
        self.form.setVisible(expanded)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        if expanded or not self._summary:
            self.toggle.setText(tr("Search criteria"))
            self.toggle.setToolTip(tr("Hide the search criteria (more room for the results)"))
        else:
            self.toggle.setText(self._summary)
            self.toggle.setToolTip(tr("Searched: {summary}\nClick to change the criteria").format(
                summary=self._summary))
