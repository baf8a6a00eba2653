"""The plugin's dock panel: the account header, the tabs (from ``ui.tabs.TABS``), a status line.

This file only lays them out and keeps the dock's place (area, floating, visibility) between sessions; each
tab is owned by its feature folder and built the first time it is shown.
"""

from qgis.core import QgsSettings
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from .connection.account_header import AccountHeader
from .tabs import TABS, DockSignals, LazyTab, TabContext

DOCK_OBJECT_NAME = "OneAtlasPPODock"
SETTINGS_PREFIX = "oneatlas_ppo/dock/"


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


class OneAtlasDock(QgsDockWidget):
    settings_requested = pyqtSignal()

    def __init__(self, iface, parent=None, session=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("OneAtlas Pay-Per-Order"))
        self.iface = iface
        self.session = session  # ui.connection.session.Session: the connection shared by the header and tabs
        self.signals = DockSignals(self)
        if session is not None:
            # After an order, the header's credit is out of date.
            self.signals.order_placed.connect(lambda _result: session.refresh_account())
        # The object name lets the QGIS main window save and restore the dock's place with its own state.
        self.setObjectName(DOCK_OBJECT_NAME)
        self.setAllowedAreas(Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea)

        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(2, 2, 2, 2)

        self.header = AccountHeader(body)
        self.header.settings_requested.connect(self.settings_requested.emit)
        if session is not None:
            self.header.bind(session)
        layout.addWidget(self.header)

        self.sections = SectionTabs(body)
        self.sections.setObjectName("sections")
        self.sections.setDocumentMode(True)
        context = None if session is None else TabContext(iface, session, session.tasks, self.signals)
        self._tabs = {}
        for spec in TABS:
            page = LazyTab(spec, context, self.sections)
            self._tabs[spec.name] = page
            self.sections.addTab(page, spec.title)
        layout.addWidget(self.sections, 1)

        self.status_line = QLabel(body)
        self.status_line.setObjectName("statusLine")
        self.status_line.setWordWrap(True)
        layout.addWidget(self.status_line)

        self.setWidget(body)
        self.setMinimumWidth(280)

    def section(self, name: str) -> QWidget:
        """The content of tab ``name`` ("aoi", "archive", "tasking", "orders"), built if it was not yet."""
        return self._tabs[name].ensure()

    def show_section(self, name: str) -> QWidget:
        """Bring tab ``name`` to the front (a message bar button, a tab asking for another) and return it."""
        self.sections.setCurrentWidget(self._tabs[name])
        return self.section(name)

    # The tabs by name, as the rest of the plugin and the tests know them.
    aoi_section = property(lambda self: self.section("aoi"))
    archive_section = property(lambda self: self.section("archive"))
    tasking_section = property(lambda self: self.section("tasking"))
    orders_section = property(lambda self: self.section("orders"))

    def release(self) -> None:
        """Called on unload: each built tab gives back its map tools, canvas items, layers and timers."""
        for page in self._tabs.values():
            page.release()

    def show_status(self, text: str) -> None:
        self.status_line.setText(text)

    def show_background_work(self, descriptions) -> None:
        """The status line says what runs in the background (QGIS's task bar can cancel it)."""
        if not descriptions:
            self.show_status("")
        elif len(descriptions) == 1:
            self.show_status(self.tr("Working: {task}…").format(task=descriptions[0]))
        else:
            self.show_status(self.tr("Working: {task}… and {count} more").format(
                task=descriptions[0], count=len(descriptions) - 1))

    # -- remembering the dock's place -------------------------------------------------------------

    @staticmethod
    def saved_area() -> Qt.DockWidgetArea:
        value = QgsSettings().value(SETTINGS_PREFIX + "area", "right")
        return (Qt.DockWidgetArea.LeftDockWidgetArea if value == "left"
                else Qt.DockWidgetArea.RightDockWidgetArea)

    @staticmethod
    def saved_visibility() -> bool:
        return QgsSettings().value(SETTINGS_PREFIX + "visible", False, type=bool)

    def remember_place(self) -> None:
        settings = QgsSettings()
        main_window = self.iface.mainWindow()
        area = main_window.dockWidgetArea(self) if hasattr(main_window, "dockWidgetArea") else None
        settings.setValue(SETTINGS_PREFIX + "area",
                          "left" if area == Qt.DockWidgetArea.LeftDockWidgetArea else "right")
        settings.setValue(SETTINGS_PREFIX + "visible", self.isVisible())
        settings.setValue(SETTINGS_PREFIX + "floating", self.isFloating())
