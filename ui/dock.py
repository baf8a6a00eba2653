"""The plugin's dock panel: an account header, the AOI / Archive / Tasking / Orders sections, a status line.

The sections are separate widgets, each owned by its own module; this file only lays them out and keeps
the dock's place (area, floating, visibility) between sessions.
"""

from qgis.core import QgsSettings
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .icons import icon

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
    """One line that always says whether the plugin is connected, and to what."""

    settings_requested = pyqtSignal()

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("accountStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.settings_button = QToolButton(self)
        self.settings_button.setObjectName("settingsButton")
        self.settings_button.setIcon(icon("settings"))
        self.settings_button.setToolTip(self.tr("Account and connection settings"))
        self.settings_button.clicked.connect(self.settings_requested.emit)
        layout.addWidget(self.status_label, 1)
        layout.addWidget(self.settings_button, 0)
        self.show_not_connected()

    def show_not_connected(self, reason: str = "") -> None:
        text = self.tr("Not connected.") + " " + (reason or self.tr("Open the settings to add your API key."))
        self.status_label.setText(text)


class OneAtlasDock(QgsDockWidget):
    settings_requested = pyqtSignal()

    def __init__(self, iface, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("OneAtlas Pay-Per-Order"))
        self.iface = iface
        # The object name lets the QGIS main window save and restore the dock's place with its own state.
        self.setObjectName(DOCK_OBJECT_NAME)
        self.setAllowedAreas(Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea)

        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(2, 2, 2, 2)

        self.header = AccountHeader(body)
        self.header.settings_requested.connect(self.settings_requested.emit)
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
        self.sections.removeTab(index)
        self.sections.insertTab(index, widget, label)
        setattr(self, f"{name}_section", widget)
        if old is not None:
            old.deleteLater()

    def show_status(self, text: str) -> None:
        self.status_line.setText(text)

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
