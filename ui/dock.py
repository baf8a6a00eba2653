"""The plugin's dock panel, as QGIS sees it at start-up: an empty shell that keeps its place (area, floating,
visibility) between sessions.

Its content (``ui.dock_body``: the account header, the tabs, a status line) is built the first time the
dock is shown, a moment later so that the shell paints at once; when QGIS restores the dock open at
start-up, only once QGIS has finished starting. The modules the content needs (shapely, pyproj, requests
among them) are imported first, in a background thread, while the shell says "Loading…": imported in the
main thread they froze QGIS for about a quarter of a second. Each tab is owned by its feature folder and
built the first time it is shown.
"""

from typing import Callable, Optional

from qgis.core import QgsSettings
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import Qt, QTimer, pyqtSignal
from qgis.PyQt.QtWidgets import QLabel, QWidget

from .common.warm_up import WhenImported

DOCK_OBJECT_NAME = "OneAtlasPPODock"
SETTINGS_PREFIX = "oneatlas_ppo/dock/"
# What the content needs first (relative to the plugin's package): the body, its first tab (shapely and
# pyproj with the AOI rules), the connection and its client (requests).
CONTENT_MODULES = ("ui.dock_body", "ui.aoi.tab", "ui.connection.session", "ui.common.tasks", "core.client")


class OneAtlasDock(QgsDockWidget):
    settings_requested = pyqtSignal()
    built = pyqtSignal()  # the content exists (the header, the tabs): the dock can be used

    def __init__(self, iface, parent=None, session=None, session_provider: Optional[Callable] = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("OneAtlas Pay-Per-Order"))
        self.iface = iface
        # The session (ui.connection.session.Session) is created by the plugin when first needed.
        self._session_provider = session_provider or (lambda: session)
        self._body = None
        self._waiting_for_startup = False
        self._content_import = None  # WhenImported, once the content is first wanted
        # The object name lets the QGIS main window save and restore the dock's place with its own state.
        self.setObjectName(DOCK_OBJECT_NAME)
        self.setAllowedAreas(Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea)
        self.setWidget(QWidget(self))  # the empty shell
        self.setMinimumWidth(280)

    # -- the content, built when first shown -------------------------------------------------------

    @property
    def is_built(self) -> bool:
        return self._body is not None

    def body(self):
        """The dock's content (``ui.dock_body.DockBody``), built now if it was not yet."""
        if self._body is None:
            from .dock_body import DockBody

            shell = self.widget()
            self._body = DockBody(self.iface, self._session_provider(), self.settings_requested.emit, self)
            self.setWidget(self._body)
            if shell is not None:
                shell.deleteLater()
            self.built.emit()
        return self._body

    def wait_for_startup(self, started_signal) -> None:
        """QGIS is still starting: build nothing before ``started_signal`` (initializationCompleted)."""
        self._waiting_for_startup = True
        started_signal.connect(self._startup_finished)

    def _startup_finished(self) -> None:
        self._waiting_for_startup = False
        QTimer.singleShot(0, self._build_if_visible)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._body is None and not self._waiting_for_startup:
            QTimer.singleShot(0, self._build_if_visible)  # the empty shell paints first

    def _build_if_visible(self) -> None:
        if self._body is not None or not self.isVisible() or self._waiting_for_startup:
            return
        if self._content_import is None:
            package = __name__.rsplit(".", 2)[0]  # the plugin's package, whatever its folder is called
            self._content_import = WhenImported((f"{package}.{name}" for name in CONTENT_MODULES),
                                                self._build_if_visible, self)
        if self._content_import.done:
            self.body()
        else:
            self._show_loading()  # and built when the imports are done

    def _show_loading(self) -> None:
        if isinstance(self.widget(), QLabel):
            return
        label = QLabel(self.tr("Loading…"), self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setEnabled(False)  # greyed: a placeholder, not a message
        shell = self.widget()
        self.setWidget(label)
        if shell is not None:
            shell.deleteLater()

    header = property(lambda self: self.body().header)
    sections = property(lambda self: self.body().sections)
    status_line = property(lambda self: self.body().status_line)
    signals = property(lambda self: self.body().signals)
    session = property(lambda self: self.body().session)
    _tabs = property(lambda self: self.body().tabs)

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
        if self._content_import is not None:
            self._content_import.stop()
        if self._body is not None:
            self._body.release()

    def show_status(self, text: str) -> None:
        self.status_line.setText(text)

    def show_background_work(self, descriptions) -> None:
        """The status line says what runs in the background (QGIS's task bar can cancel it)."""
        if self._body is None:
            return  # nothing to say it in yet: QGIS's task bar shows the work
        if not descriptions:
            self.show_status("")
        elif len(descriptions) == 1:
            self.show_status(self.tr("Working: {task}…").format(task=descriptions[0]))
        else:
            self.show_status(self.tr("Working: {task}… and %n more", None, len(descriptions) - 1).format(
                task=descriptions[0]))

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
