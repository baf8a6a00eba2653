"""What the dock shows: the account header, the tabs (from ``ui.tabs.TABS``) and a status line.

Built the first time the dock is shown (``ui.dock.OneAtlasDock`` holds it), never at plugin load: it binds
the header to the connection session, and its first tab brings in the heavy libraries.
"""

from qgis.PyQt.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from .connection.account_header import AccountHeader
from .connection.prefetch import follow_backends_in_view
from .tabs import TABS, DockSignals, LazyTab, TabContext, tab_title


class SectionTabs(QTabWidget):
    """The dock's tab widget. Its pages are LazyTab holders, so a tab's content is not the page itself:
    making a content current (or asking its index) goes to the page that holds it."""

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
            self.sections.addTab(page, tab_title(spec))
        layout.addWidget(self.sections, 1)

        self.status_line = QLabel(self)
        self.status_line.setObjectName("statusLine")
        self.status_line.setWordWrap(True)
        layout.addWidget(self.status_line)

    def release(self) -> None:
        for page in self.tabs.values():
            page.release()
