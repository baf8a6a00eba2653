"""The API key is kept only in the encrypted authentication database: never in the profile's settings files,
a saved project or the logs. Driven as a user does it: the settings dialog, Test connection, Save, reload."""

import logging
import zipfile
from pathlib import Path

import pytest
from qgis.core import QgsApplication, QgsProject, QgsSettings, QgsVectorLayer

from oneatlas_ppo.ui.connection import credentials

from .conftest import process_events, wait_until
from .test_connection import choose_simulator, clean_connection_state, run_test_connection

__all__ = ["clean_connection_state"]  # autouse fixture: no stored key, default settings, before and after

WRONG_KEY = "sim-mistyped-key-0f6e2d9c4b8a"


class CapturedLogs:
    """Everything written to QGIS's message log and to Python logging while the test runs."""

    def __init__(self):
        self.lines = []
        self.handler = logging.Handler(level=logging.DEBUG)
        self.handler.emit = lambda record: self.lines.append(
            f"{record.name} {record.getMessage()} {record.exc_text or ''}")

    def on_qgis_message(self, message, tag, level):
        self.lines.append(f"[{tag}] {message}")

    def text(self):
        return "\n".join(self.lines)


@pytest.fixture
def captured_logs():
    capture = CapturedLogs()
    root = logging.getLogger()
    plugin_logger = logging.getLogger("oneatlas_ppo")
    old_levels = root.level, plugin_logger.level
    root.setLevel(logging.DEBUG)
    plugin_logger.setLevel(logging.DEBUG)
    root.addHandler(capture.handler)
    message_log = QgsApplication.messageLog()
    message_log.messageReceived.connect(capture.on_qgis_message)
    yield capture
    message_log.messageReceived.disconnect(capture.on_qgis_message)
    root.removeHandler(capture.handler)
    root.setLevel(old_levels[0])
    plugin_logger.setLevel(old_levels[1])


def settings_files():
    """Every file of the profile (the QGIS settings folder) plus the QgsSettings file, wherever it is."""
    QgsSettings().sync()
    folder = Path(QgsApplication.qgisSettingsDirPath())
    files = {path for path in folder.rglob("*") if path.is_file()}
    files.add(Path(QgsSettings().fileName()))
    return sorted(files)


def connect_through_the_dialog(plugin, origin, key):
    plugin.settings_action.trigger()
    process_events()
    dialog = plugin.settings_dialog
    choose_simulator(dialog, origin)
    dialog.key_edit.setText(WRONG_KEY)
    assert "rejected the API key" in run_test_connection(dialog)
    dialog.key_edit.setText(key)
    assert "Connected as" in run_test_connection(dialog)
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    process_events()
    assert plugin.session.is_connected


def test_key_is_only_in_the_encrypted_auth_db(loaded_plugin, simulator, demo_user, captured_logs, tmp_path,
                                             capfd):
    key = demo_user.api_key
    connect_through_the_dialog(loaded_plugin, simulator.origin, key)

    # a reload: the key is still there, and works
    loaded_plugin.unload()
    process_events()
    loaded_plugin.initGui()
    loaded_plugin.dock.header.action_button.click()  # "Connect"
    wait_until(lambda: loaded_plugin.session.is_connected, what="connected after the reload")
    assert credentials.load_api_key() == key

    # the profile's files
    files = settings_files()
    auth_db = Path(QgsApplication.authManager().authenticationDatabasePath())
    assert auth_db in files and auth_db.stat().st_size > 0
    settings_file = Path(QgsSettings().fileName())
    assert b"simulator_origin" in settings_file.read_bytes()  # our (non-secret) settings are in what we scan
    for path in files:
        content = path.read_bytes()
        for secret in (key, WRONG_KEY):
            assert secret.encode() not in content, f"{secret[:6]}… found in clear in {path}"
            assert secret.encode("utf-16-le") not in content, f"{secret[:6]}… found (UTF-16) in {path}"

    # a saved project, plain and zipped
    project = QgsProject.instance()
    layer = QgsVectorLayer("Polygon?crs=EPSG:4326", "aoi", "memory")
    project.addMapLayer(layer)
    try:
        for name in ("project.qgs", "project.qgz"):
            target = tmp_path / name
            assert project.write(str(target))
            if name.endswith(".qgz"):
                with zipfile.ZipFile(target) as zipped:
                    contents = [zipped.read(member) for member in zipped.namelist()]
            else:
                contents = [target.read_bytes()]
            assert any(b"aoi" in content for content in contents)
            assert all(key.encode() not in content for content in contents)
    finally:
        project.clear()

    # the logs: QGIS's message log, Python logging (every logger), stdout/stderr
    logs = captured_logs.text()
    assert "Connected to local simulator" in logs  # the capture works
    assert "Test connection to local simulator" in logs  # the failed test was logged, in detail
    out, err = capfd.readouterr()
    for secret in (key, WRONG_KEY):
        assert secret not in logs
        assert secret not in out + err


def test_forget_key_removes_it_from_the_auth_db(loaded_plugin, simulator, demo_user):
    connect_through_the_dialog(loaded_plugin, simulator.origin, demo_user.api_key)
    loaded_plugin.settings_action.trigger()
    process_events()
    loaded_plugin.settings_dialog.forget_button.click()
    process_events()
    assert not QgsApplication.authManager().existsAuthSetting(credentials.API_KEY_SETTING)
    assert loaded_plugin.dock.header.status_label.text() == "Not connected."


def test_a_key_for_this_session_only_is_never_stored(loaded_plugin, simulator, demo_user):
    loaded_plugin.settings_action.trigger()
    process_events()
    dialog = loaded_plugin.settings_dialog
    choose_simulator(dialog, simulator.origin)
    dialog.key_edit.setText(demo_user.api_key)
    dialog.remember_key.setChecked(False)
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    wait_until(lambda: loaded_plugin.session.is_connected, what="connected")
    assert not credentials.has_stored_key()
    for path in settings_files():
        assert demo_user.api_key.encode() not in path.read_bytes()


def test_a_logged_traceback_is_masked_in_the_qgis_log(loaded_plugin, captured_logs):
    """log_error() writes a traceback for unexpected errors: a secret in the exception text must not reach
    the Log Messages panel (the redaction filter runs before the traceback is formatted)."""
    from oneatlas_ppo.core.log import register_secret
    from oneatlas_ppo.ui.connection.session import log_error

    secret = "sim-secret-in-a-traceback-7d41c2"
    register_secret(secret)
    try:
        raise KeyError(f"https://example.invalid/?token={secret}")
    except KeyError as error:
        log_error("Loading the quicklook", error)
    qgis_lines = [line for line in captured_logs.lines if line.startswith("[OneAtlas PPO]")]
    assert any("Traceback" in line and "KeyError" in line for line in qgis_lines), qgis_lines
    assert secret not in "\n".join(qgis_lines)
