"""The dock's account header: connected or not, as whom, where, with how much credit per back-end."""

from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..common.icons import icon
from ..common.widgets import status_dot
from . import session as states
from .credentials import unlock_explanation


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
