"""Account and connection settings: the API key, the server (production, local simulator, custom origin),
and "Test connection".

Rules from what users of other imagery plugins complained about:
- the key is never displayed back from storage (opening the dialog does not decrypt it: no password prompt
  just to look at the settings); typing a new key replaces it;
- a failed test says what is wrong in words, and the dialog stays open with everything typed kept;
- the test runs in a background task: QGIS stays responsive while a server is slow or unreachable.
"""

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
)

from ..common.formatting import STATUS_COLOURS
from ..common.reporting import log_error
from ..common.tasks import LatestTask
from . import credentials
from . import proxy as qgis_proxy
from .session import contract_lines
from .settings import CUSTOM, DEFAULT_SIMULATOR_ORIGIN, PRODUCTION, SIMULATOR, ConnectionSettings

RESULT_COLOURS = {"ok": STATUS_COLOURS["green"], "error": STATUS_COLOURS["red"], "busy": "#555555",
                  "": "palette(text)"}


def _wrapping_label(text: str, parent, object_name: str) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    return label


class SettingsDialog(QDialog):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        # A test result arriving after a newer test, or after closing, is ignored.
        self._test = LatestTask(session.tasks)
        self._tested = None  # (client, account, key, settings) of the last successful test
        self.setObjectName("OneAtlasPPOSettingsDialog")
        self.setWindowTitle(self.tr("OneAtlas Pay-Per-Order settings"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        layout.addWidget(self._build_key_group())
        layout.addWidget(self._build_server_group())
        layout.addLayout(self._build_test_row())
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._load(session.settings)

    # -- layout -----------------------------------------------------------------------------------

    def _build_key_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("API key"), self)
        grid = QVBoxLayout(group)
        row = QHBoxLayout()
        self.key_edit = QLineEdit(group)
        self.key_edit.setObjectName("apiKey")
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_edit.setInputMethodHints(Qt.InputMethodHint.ImhHiddenText
                                          | Qt.InputMethodHint.ImhNoPredictiveText
                                          | Qt.InputMethodHint.ImhSensitiveData)
        self.key_edit.textChanged.connect(self._forget_test_result)
        self.key_edit.textChanged.connect(self._refresh_key_status)
        self.show_key_button = QToolButton(group)
        self.show_key_button.setObjectName("showKey")
        self.show_key_button.setCheckable(True)
        self.show_key_button.setText(self.tr("Show"))
        self.show_key_button.setToolTip(self.tr("Show or hide the key you are typing"))
        self.show_key_button.toggled.connect(self._show_key)
        row.addWidget(self.key_edit, 1)
        row.addWidget(self.show_key_button)
        grid.addLayout(row)

        self.key_status = _wrapping_label("", group, "keyStatus")
        grid.addWidget(self.key_status)
        self.remember_key = QCheckBox(self.tr(
            "Remember the key on this computer (encrypted in the QGIS authentication database)"), group)
        self.remember_key.setObjectName("rememberKey")
        self.remember_key.setChecked(True)
        self.remember_key.toggled.connect(self._refresh_key_status)
        grid.addWidget(self.remember_key)
        self.unlock_note = _wrapping_label(credentials.unlock_explanation(), group, "unlockNote")
        grid.addWidget(self.unlock_note)

        forget_row = QHBoxLayout()
        self.forget_button = QPushButton(self.tr("Forget stored key"), group)
        self.forget_button.setObjectName("forgetKey")
        self.forget_button.setToolTip(self.tr("Remove the API key from this computer"))
        self.forget_button.clicked.connect(self.forget_key)
        forget_row.addWidget(self.forget_button)
        forget_row.addStretch(1)
        grid.addLayout(forget_row)
        return group

    def _build_server_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Server"), self)
        grid = QGridLayout(group)
        self.environment_group = QButtonGroup(group)
        self.production_radio = QRadioButton(self.tr("OneAtlas (production)"), group)
        self.simulator_radio = QRadioButton(self.tr("Local simulator"), group)
        self.custom_radio = QRadioButton(self.tr("Custom server"), group)
        self.simulator_origin = QLineEdit(group)
        self.simulator_origin.setObjectName("simulatorOrigin")
        self.simulator_origin.setPlaceholderText(DEFAULT_SIMULATOR_ORIGIN)
        self.custom_origin = QLineEdit(group)
        self.custom_origin.setObjectName("customOrigin")
        self.custom_origin.setPlaceholderText("https://oneatlas.example.com")
        for index, (radio, name) in enumerate(((self.production_radio, PRODUCTION),
                                               (self.simulator_radio, SIMULATOR),
                                               (self.custom_radio, CUSTOM))):
            radio.setObjectName(f"environment_{name}")
            self.environment_group.addButton(radio, index)
            grid.addWidget(radio, index, 0)
        grid.addWidget(self.simulator_origin, 1, 1)
        grid.addWidget(self.custom_origin, 2, 1)
        grid.setColumnStretch(1, 1)
        self.environment_group.buttonToggled.connect(self._environment_changed)
        self.simulator_origin.textChanged.connect(self._environment_changed)
        self.custom_origin.textChanged.connect(self._environment_changed)

        self.origin_problem = _wrapping_label("", group, "originProblem")
        self.origin_problem.setStyleSheet(f"color: {RESULT_COLOURS['error']};")
        grid.addWidget(self.origin_problem, 3, 0, 1, 2)
        self.proxy_note = _wrapping_label(self._proxy_words(), group, "proxyNote")
        grid.addWidget(self.proxy_note, 4, 0, 1, 2)
        return group

    def _build_test_row(self) -> QVBoxLayout:
        box = QVBoxLayout()
        row = QHBoxLayout()
        self.test_button = QPushButton(self.tr("Test connection"), self)
        self.test_button.setObjectName("testConnection")
        self.test_button.clicked.connect(self.test_connection)
        row.addWidget(self.test_button)
        row.addStretch(1)
        box.addLayout(row)
        self.result_label = _wrapping_label("", self, "testResult")
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.setMinimumHeight(self.result_label.fontMetrics().height() * 3)
        self.result_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        box.addWidget(self.result_label)
        return box

    # -- reading and showing the settings ---------------------------------------------------------

    def _load(self, settings: ConnectionSettings) -> None:
        {PRODUCTION: self.production_radio, SIMULATOR: self.simulator_radio,
         CUSTOM: self.custom_radio}[settings.environment].setChecked(True)
        self.simulator_origin.setText(settings.simulator_origin)
        self.custom_origin.setText(settings.custom_origin)
        self._refresh_key_status()
        self._environment_changed()

    def current_settings(self) -> ConnectionSettings:
        environment = (SIMULATOR if self.simulator_radio.isChecked()
                       else CUSTOM if self.custom_radio.isChecked() else PRODUCTION)
        simulator_origin = self.simulator_origin.text().strip() or DEFAULT_SIMULATOR_ORIGIN
        return ConnectionSettings(environment=environment, simulator_origin=simulator_origin,
                                  custom_origin=self.custom_origin.text().strip())

    def typed_key(self) -> str:
        return self.key_edit.text().strip()

    def _refresh_key_status(self, *args) -> None:
        stored = credentials.has_stored_key()
        in_memory = self.session.uses_session_only_key
        if self.typed_key():
            text = (self.tr("Press Save to replace the stored key with the one typed.") if stored or in_memory
                    else self.tr("Press Save to keep this key."))
        elif stored:
            text = self.tr("A key is stored, encrypted. Type a new key only to replace it.")
            self.key_edit.setPlaceholderText(self.tr("(stored key, hidden)"))
        elif in_memory:
            text = self.tr("A key is in use for this QGIS session only. Type a new key to replace it.")
            self.key_edit.setPlaceholderText(self.tr("(key for this session, hidden)"))
        else:
            text = self.tr("No key yet. Paste the API key created on the OneAtlas portal "
                           "(My Profile > API keys).")
            self.key_edit.setPlaceholderText(self.tr("Paste your API key"))
        self.key_status.setText(text)
        self.forget_button.setEnabled(stored or in_memory)
        # Say why a password prompt may come, before it comes: only while QGIS's auth DB is still locked.
        locked = not credentials.is_unlocked()
        if stored and not self.typed_key():
            self.unlock_note.setText(credentials.unlock_explanation())
        else:
            self.unlock_note.setText(self.tr(
                "When you save, QGIS will ask for its master password (or ask you to choose one, the first "
                "time) to encrypt the key."))
        self.unlock_note.setVisible(locked and (stored or self.remember_key.isChecked()))

    def _environment_changed(self, *args) -> None:
        self.simulator_origin.setEnabled(self.simulator_radio.isChecked())
        self.custom_origin.setEnabled(self.custom_radio.isChecked())
        problem = self.current_settings().problem() or ""
        self.origin_problem.setText(problem)
        self.origin_problem.setVisible(bool(problem))
        self._forget_test_result()

    def _proxy_words(self) -> str:
        proxy = qgis_proxy.read_qgis_proxy_settings()
        if not proxy.enabled:
            return self.tr("Network: direct connection (no proxy is set in QGIS's network settings).")
        return self.tr("Network: through {proxy}, as set in QGIS (Settings > Options > Network).").format(
            proxy=proxy.describe())

    def _show_key(self, shown: bool) -> None:
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        self.show_key_button.setText(self.tr("Hide") if shown else self.tr("Show"))

    def _show_result(self, text: str, kind: str = "") -> None:
        self.result_label.setStyleSheet(f"color: {RESULT_COLOURS[kind]};")
        self.result_label.setText(text)

    def _forget_test_result(self, *args) -> None:
        self._tested = None

    # -- actions ----------------------------------------------------------------------------------

    def _checked_settings(self):
        """The settings as typed, or None after saying what is wrong with them."""
        settings = self.current_settings()
        problem = settings.problem()
        if problem:
            self._show_result(problem, "error")
            return None
        return settings

    def test_connection(self) -> None:
        settings = self._checked_settings()
        if settings is None:
            return
        key = self.typed_key()
        if not key and not self.session.has_key():
            self._show_result(self.tr("Enter your API key first."), "error")
            self.key_edit.setFocus()
            return
        self._test.cancel()
        self._tested = None
        try:
            # Main thread: reading a stored key may open QGIS's master-password prompt.
            client = self.session.make_client(api_key=key or None, settings=settings, for_test=True)
        except Exception as error:  # noqa: BLE001 -- shown in words, details in the log
            self._test_failed(settings, error)
            return
        self.test_button.setEnabled(False)
        self._show_result(self.tr("Testing the connection to {where}…").format(where=settings.describe()),
                          "busy")
        self._test.start(
            self.tr("OneAtlas: testing the connection"), lambda context: client.account(refresh=True),
            on_success=lambda account: self._test_succeeded(settings, key, client, account),
            on_error=lambda error: self._test_failed(settings, error))

    def _test_succeeded(self, settings, key, client, account) -> None:
        self.test_button.setEnabled(True)
        lines = [self.tr("Connected as {name} on {where}.").format(
            name=account.name or account.user_id, where=settings.describe())]
        lines.extend(contract_lines(account))
        self._show_result("\n".join(lines), "ok")
        self._tested = (client, account, key, settings)

    def _test_failed(self, settings, error) -> None:
        self.test_button.setEnabled(True)
        log_error("Test connection to " + settings.describe(), error)
        self._show_result(self.tr("Connection failed: {reason}").format(
            reason=self.session.describe_error(error, settings)), "error")

    def forget_key(self) -> None:
        self.session.forget_key()
        self.key_edit.clear()
        self._refresh_key_status()
        self._show_result(self.tr("The API key was removed from this computer."), "")

    def save(self) -> None:
        settings = self._checked_settings()
        if settings is None:
            return
        key = self.typed_key()
        tested = None
        if self._tested is not None:
            client, account, tested_key, tested_settings = self._tested
            if tested_key == key and tested_settings == settings:
                tested = (client, account)
        self.session.apply(settings, api_key=key or None, remember=self.remember_key.isChecked(),
                           tested=tested)
        self.accept()

    def done(self, result: int) -> None:
        self._test.cancel()  # a test still running must not write into a closed dialog
        super().done(result)
