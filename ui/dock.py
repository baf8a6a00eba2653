"""The plugin's dock panel: an account header, the AOI / Archive / Tasking / Orders sections, a status line.

The sections are separate widgets, each owned by its own module; this file only lays them out and keeps
the dock's place (area, floating, visibility) between sessions.
"""

from qgis.core import QgsSettings
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor, QPainter, QPixmap
from qgis.PyQt.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .common.icons import icon

DOCK_OBJECT_NAME = "OneAtlasPPODock"
SETTINGS_PREFIX = "oneatlas_ppo/dock/"


class PlaceholderSection(QWidget):
    """A section whose capability is not built yet: says so plainly instead of showing dead controls."""

    def __init__(self, text: str, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        label = QLabel(text, self)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        label.setObjectName("placeholderText")
        layout.addWidget(label)
        layout.addStretch(1)


class AccountHeader(QWidget):
    """Always says whether the plugin is connected, as whom, where, and with how much credit per back-end.

    The state is shown three ways at once (a coloured dot, a bold line of words, a button when there is
    something to do), because colour alone is not enough for everyone. Everything wraps: the dock may be
    only 300 px wide."""

    settings_requested = pyqtSignal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.session = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(2)

        top = QHBoxLayout()
        top.setSpacing(6)
        self.status_icon = QLabel(self)
        self.status_icon.setObjectName("accountStatusIcon")
        self.status_icon.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("accountStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        font = self.status_label.font()
        font.setBold(True)
        self.status_label.setFont(font)
        self.settings_button = QToolButton(self)
        self.settings_button.setObjectName("settingsButton")
        self.settings_button.setIcon(icon("settings"))
        self.settings_button.setToolTip(self.tr("API key and connection settings"))
        self.settings_button.clicked.connect(self.settings_requested.emit)
        top.addWidget(self.status_icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.status_label, 1)
        top.addWidget(self.settings_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)

        # Where we are connected, the contracts and their credit, or why we are not connected.
        self.details_label = QLabel(self)
        self.details_label.setObjectName("accountDetails")
        self.details_label.setWordWrap(True)
        self.details_label.setTextFormat(Qt.TextFormat.PlainText)
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.details_label)

        self.action_button = QPushButton(self)
        self.action_button.setObjectName("accountAction")
        self.action_button.clicked.connect(self._run_action)
        self._action = None
        actions = QHBoxLayout()
        actions.addWidget(self.action_button)
        actions.addStretch(1)
        layout.addLayout(actions)
        self.show_not_connected()

    # -- plain states (also used before a session is bound) ---------------------------------------

    def show_not_connected(self, reason: str = "") -> None:
        self._show("grey", self.tr("Not connected."),
                   reason or self.tr("Open the settings to add your API key."), None)

    # -- bound to the session ---------------------------------------------------------------------

    def bind(self, session) -> None:
        self.session = session
        session.state_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        from .connection import session as states
        from .connection.credentials import unlock_explanation

        session = self.session
        if session is None:
            return
        state = session.state
        if state == states.CONNECTED and session.account is not None:
            account = session.account
            details = [session.settings.short_description()]
            details.extend(states.contract_lines(account, with_ids=False))
            self._show("green", self.tr("Connected as {name}").format(name=account.name or account.user_id),
                       "\n".join(details), ("refresh", self.tr("Refresh")))
            self.details_label.setToolTip("\n".join(
                [session.settings.describe()] + states.contract_lines(account, with_ids=True)))
        elif state == states.CONNECTING:
            self._show("amber", self.tr("Connecting…"), session.message, None)
        elif state == states.KEY_STORED:
            reason = self.tr("Your API key is stored, encrypted.")
            if session.needs_unlock():
                reason += " " + unlock_explanation()
            self._show("grey", self.tr("Not connected."), reason, ("connect", self.tr("Connect")))
        elif state == states.KEY_REJECTED:
            self._show("red", self.tr("API key rejected."), session.message,
                       ("settings", self.tr("Open settings")))
        elif state == states.ERROR:
            self._show("red", self.tr("Not connected: connection failed."), session.message,
                       ("connect", self.tr("Try again")))
        else:
            self.show_not_connected(session.message and session.message + " " + self.tr(
                "Open the settings to add your API key."))

    def _show(self, colour: str, headline: str, details: str, action) -> None:
        self.status_icon.setPixmap(status_dot(colour))
        self.status_icon.setToolTip(headline)
        self.status_label.setText(headline)
        self.details_label.setText(details)
        self.details_label.setToolTip("")
        self.details_label.setVisible(bool(details))
        self._action = action[0] if action else None
        self.action_button.setText(action[1] if action else "")
        self.action_button.setVisible(action is not None and self.session is not None)
        self.setProperty("connectionColour", colour)

    def _run_action(self) -> None:
        if self._action == "settings":
            self.settings_requested.emit()
        elif self._action in ("connect", "refresh") and self.session is not None:
            self.session.connect_async()


STATUS_COLOURS = {"green": "#2e7d32", "amber": "#e69500", "red": "#c62828", "grey": "#8a8a8a"}


def status_dot(colour: str, size: int = 14) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(STATUS_COLOURS.get(colour, STATUS_COLOURS["grey"])))
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return pixmap


class OneAtlasDock(QgsDockWidget):
    settings_requested = pyqtSignal()

    def __init__(self, iface, parent=None, session=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("OneAtlas Pay-Per-Order"))
        self.iface = iface
        self.session = session  # ui.connection.session.Session: the connection shared by the header and sections
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

        self.sections = QTabWidget(body)
        self.sections.setObjectName("sections")
        self.sections.setDocumentMode(True)
        self.aoi_section = PlaceholderSection(self.tr("Define the area of interest here."), self.sections)
        self.archive_section = PlaceholderSection(
            self.tr("Search the Pléiades Neo, Pléiades and SPOT archive over your area, then order."),
            self.sections)
        self.tasking_section = PlaceholderSection(
            self.tr("Tasking (new acquisitions) is not available in this version yet."), self.sections)
        self.orders_section = PlaceholderSection(
            self.tr("Your orders will be listed here."), self.sections)
        self.sections.addTab(self.aoi_section, self.tr("AOI"))
        self.sections.addTab(self.archive_section, self.tr("Archive"))
        self.sections.addTab(self.tasking_section, self.tr("Tasking"))
        self.sections.addTab(self.orders_section, self.tr("Orders"))
        layout.addWidget(self.sections, 1)

        self.status_line = QLabel(body)
        self.status_line.setObjectName("statusLine")
        self.status_line.setWordWrap(True)
        layout.addWidget(self.status_line)

        self.setWidget(body)
        self.setMinimumWidth(280)

    def set_section(self, name: str, widget: QWidget) -> None:
        """Replace a placeholder section with the real one."""
        index = {"aoi": 0, "archive": 1, "tasking": 2, "orders": 3}[name]
        old = self.sections.widget(index)
        label = self.sections.tabText(index)
        current = self.sections.currentIndex()  # removing and inserting a tab would move the current one
        self.sections.removeTab(index)
        self.sections.insertTab(index, widget, label)
        self.sections.setCurrentIndex(current)
        setattr(self, f"{name}_section", widget)
        if old is not None:
            old.deleteLater()

    def release(self) -> None:
        """Called on unload: each section gives back its map tools, canvas items, layers and timers."""
        for name in ("aoi", "archive", "tasking", "orders"):
            section = getattr(self, f"{name}_section", None)
            release = getattr(section, "release", None)
            if release is not None:
                release()

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
