"""What the dock shows: the account header, the tabs (from ``ui.tabs.TABS``) and a status line.

Built the first time the dock is shown (``ui.dock.OneAtlasDock`` holds it), never at plugin load: it binds
the header to the connection session, and its first tab brings in the heavy libraries.
"""

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QLabel, QTabBar, QTabWidget, QVBoxLayout, QWidget

from .connection.account_header import AccountHeader
from .connection.prefetch import follow_backends_in_view
from .tabs import TABS, DockSignals, LazyTab, TabContext, tab_title


def fair_width(widths, available: int):
    """The widest a tab may be so that tabs of natural ``widths`` share ``available`` pixels fairly: the
    narrow ones keep their width, the wide ones share what is left. None when they all fit."""
    if sum(widths) <= available:
        return None
    remaining, left = available, len(widths)
    for width in sorted(widths):
        share = remaining / left
        if width > share:
            return int(share)
        remaining, left = remaining - width, left - 1
    return None


class FairTabBar(QTabBar):
    """Every tab stays in sight in a laptop's narrow dock: when the titles do not fit, a short one
    ("Archive") stays whole and the long ones are shortened ("Programm…", the tooltip says it whole),
    instead of the last tab hiding behind scroll arrows (the French titles did not fit in 350 px) or
    every tab losing the same share."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setUsesScrollButtons(False)
        self.setElideMode(Qt.TextElideMode.ElideRight)

    def tabSizeHint(self, index):
        hint = super().tabSizeHint(index)
        owner = self.parentWidget()
        if owner is None:
            return hint
        widths = [super(FairTabBar, self).tabSizeHint(other).width() for other in range(self.count())]
        cap = fair_width(widths, owner.width())
        if cap is not None and hint.width() > cap:
            hint.setWidth(cap)
        return hint


class SectionTabs(QTabWidget):
    """The dock's tab widget. Its pages are LazyTab holders, so a tab's content is not the page itself:
    making a content current (or asking its index) goes to the page that holds it."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTabBar(FairTabBar(self))

    def _page_of(self, widget):
        for index in range(self.count()):
            page = self.widget(index)
            if page is widget or getattr(page, "content", None) is widget:
                return page
        return widget

    def setCurrentWidget(self, widget) -> None:
        super().setCurrentWidget(self._page_of(widget))

    def indexOf(self, widget) -> int:
        return super().indexOf(self._page_of(widget))


class DockBody(QWidget):
    def __init__(self, iface, session, settings_requested, parent=None):
        super().__init__(parent)
        self.session = session  # ui.connection.session.Session: the connection shared by the header and tabs
        self.signals = DockSignals(self)
        if session is not None:
            # After an order, the header's credit is out of date.
            self.signals.order_placed.connect(lambda _result: session.refresh_account())
            # What is fetched ahead for orders follows the back-ends the tabs are working with.
            follow_backends_in_view(self.signals, session.prefetcher)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)

        self.header = AccountHeader(self)
        self.header.settings_requested.connect(settings_requested)
        if session is not None:
            self.header.bind(session)
        layout.addWidget(self.header)

        self.sections = SectionTabs(self)
        self.sections.setObjectName("sections")
        self.sections.setDocumentMode(True)
        context = None if session is None else TabContext(iface, session, session.tasks, self.signals)
        self.tabs = {}
        for spec in TABS:
            page = LazyTab(spec, context, self.sections)
            self.tabs[spec.name] = page
            index = self.sections.addTab(page, tab_title(spec))
            self.sections.setTabToolTip(index, tab_title(spec))
        layout.addWidget(self.sections, 1)

        self.status_line = QLabel(self)
        self.status_line.setObjectName("statusLine")
        self.status_line.setWordWrap(True)
        layout.addWidget(self.status_line)

    def release(self) -> None:
        for page in self.tabs.values():
            page.release()
