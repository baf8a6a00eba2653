"""Connecting with an API key, driven through the real widgets against the local simulator: the settings
dialog (Test connection, Save, Forget), the dock's account header, the session, QGIS's proxy settings."""

import http.client
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

import pytest
from qgis.core import Qgis, QgsSettings
from qgis.PyQt.QtWidgets import QLineEdit

from oneatlas_ppo.ui.common.tasks import TaskRunner
from oneatlas_ppo.ui.connection import credentials
from oneatlas_ppo.ui.connection import session as session_module
from oneatlas_ppo.ui.connection import settings as plugin_settings
from oneatlas_ppo.ui.connection.proxy import QgisProxySettings, read_qgis_proxy_settings, requests_proxies
from oneatlas_ppo.ui.connection.session import Session
from oneatlas_ppo.ui.connection.settings_dialog import SettingsDialog

from .conftest import process_events, wait_until

PROXY_KEYS = ("proxyEnabled", "proxyType", "proxyHost", "proxyPort", "proxyUser", "proxyPassword",
              "proxyExcludedUrls", "noProxyUrls", "authcfg")


# ------------------------------------------------------------------------------------------ helpers




def free_port():
    """A loopback port nothing listens on (bound then released)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def clear_connection_state():
    credentials.forget_api_key()
    settings = QgsSettings()
    settings.remove("oneatlas_ppo/connection")
    for key in PROXY_KEYS:
        settings.remove("proxy/" + key)
    settings.sync()


@pytest.fixture(autouse=True)
def clean_connection_state():
    """Every test starts with no stored key, default connection settings and no proxy, and leaves it so."""
    clear_connection_state()
    yield
    clear_connection_state()


@pytest.fixture
def runner():
    tasks = TaskRunner()
    yield tasks
    tasks.shut_down()
    for task in tasks.running:
        task.waitForFinished(10000)
    process_events()


@pytest.fixture
def session(qgis_iface, runner):
    qgis_iface.messageBar().clear_messages()
    return Session(qgis_iface, runner)


@pytest.fixture
def dialog(session):
    widget = SettingsDialog(session)
    widget.show()
    yield widget
    widget.done(0)
    widget.deleteLater()
    process_events()


def choose_simulator(dialog, origin):
    dialog.simulator_radio.setChecked(True)
    dialog.simulator_origin.setText(origin)


def run_test_connection(dialog):
    dialog.test_button.click()
    wait_until(lambda: dialog.test_button.isEnabled() and dialog.result_label.text()
               and "Testing" not in dialog.result_label.text(), what="the Test connection result")
    return dialog.result_label.text()


def simulator_settings(origin):
    return plugin_settings.ConnectionSettings(environment=plugin_settings.SIMULATOR, simulator_origin=origin)


# ------------------------------------------------------------------------------------------ dialog


def test_test_connection_shows_user_and_contracts_by_backend(dialog, simulator, demo_user):
    choose_simulator(dialog, simulator.origin)
    dialog.key_edit.setText(demo_user.api_key)

    text = run_test_connection(dialog)

    assert f"Connected as {demo_user.name} on local simulator at {simulator.origin}." in text
    lines = text.splitlines()
    neo_line = next(line for line in lines if line.startswith("Pléiades Neo:"))
    legacy_line = next(line for line in lines if line.startswith("Pléiades & SPOT:"))
    assert demo_user.neo in neo_line and "EUR" in neo_line and "left" in neo_line
    assert demo_user.legacy in legacy_line and "EUR" in legacy_line
    # 100 000 EUR of credit, written with the user's locale's separators
    assert "100" in neo_line and "000" in neo_line
    assert not credentials.has_stored_key()  # testing stores nothing; Save does


def test_wrong_key_says_so_and_keeps_what_was_typed(dialog, simulator):
    choose_simulator(dialog, simulator.origin)
    dialog.key_edit.setText("sim-this-key-does-not-exist")

    text = run_test_connection(dialog)

    assert text.startswith("Connection failed:")
    assert "rejected the API key" in text
    assert "Traceback" not in text
    assert dialog.isVisible()
    assert dialog.key_edit.text() == "sim-this-key-does-not-exist"
    assert dialog.simulator_origin.text() == simulator.origin


def test_unreachable_simulator_says_so_in_words(dialog, demo_user):
    origin = f"http://127.0.0.1:{free_port()}"
    choose_simulator(dialog, origin)
    dialog.key_edit.setText(demo_user.api_key)

    text = run_test_connection(dialog)

    assert f"Could not reach the local simulator at {origin}. Is it running?" in text
    assert dialog.key_edit.text() == demo_user.api_key


def test_unreachable_custom_server_says_so_in_words(dialog, demo_user):
    origin = f"http://127.0.0.1:{free_port()}"
    dialog.custom_radio.setChecked(True)
    dialog.custom_origin.setText(origin)
    dialog.key_edit.setText(demo_user.api_key)

    assert f"Could not reach the server {origin}." in run_test_connection(dialog)


def test_invalid_custom_origin_is_refused_before_any_call(dialog, demo_user, simulator):
    dialog.custom_radio.setChecked(True)
    dialog.custom_origin.setText("ftp//not a url")
    dialog.key_edit.setText(demo_user.api_key)
    assert "must start with http:// or https://" in dialog.origin_problem.text()

    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    process_events()

    assert dialog.isVisible()  # not saved, nothing lost
    assert "must start with http:// or https://" in dialog.result_label.text()
    assert dialog.custom_origin.text() == "ftp//not a url"
    assert not credentials.has_stored_key()
    assert simulator.requests == []


def test_test_connection_without_a_key_asks_for_one(dialog, simulator):
    choose_simulator(dialog, simulator.origin)
    dialog.test_button.click()
    process_events()
    assert dialog.result_label.text() == "Enter your API key first."
    assert simulator.requests == []


def test_show_hide_toggle(dialog):
    dialog.key_edit.setText("abc")
    assert dialog.key_edit.echoMode() == QLineEdit.EchoMode.Password
    dialog.show_key_button.click()
    assert dialog.key_edit.echoMode() == QLineEdit.EchoMode.Normal
    assert dialog.show_key_button.text() == "Hide"
    dialog.show_key_button.click()
    assert dialog.key_edit.echoMode() == QLineEdit.EchoMode.Password


def test_save_after_a_test_stores_the_key_and_connects_without_asking_again(dialog, session, simulator,
                                                                           demo_user):
    choose_simulator(dialog, simulator.origin)
    dialog.key_edit.setText(demo_user.api_key)
    run_test_connection(dialog)
    calls_after_test = len(simulator.requests)

    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    process_events()

    assert not dialog.isVisible()
    assert session.state == session_module.CONNECTED
    assert session.account.name == demo_user.name
    # The tested account was reused: after the test, only what every order needs was fetched (once).
    wait_until(lambda: session.prefetcher.pending == 0, what="the prefetch")
    later = [(r.method, r.path) for r in simulator.requests[calls_after_test:]]
    assert not [path for _method, path in later if path in ("/api/v1/me", "/api/v1/contracts")]
    assert len(later) == len(set(later))
    assert all(path.endswith(("/productTypes", "/properties")) for _method, path in later), later
    assert credentials.has_stored_key()
    saved = plugin_settings.ConnectionSettings.load()
    assert (saved.environment, saved.origin) == (plugin_settings.SIMULATOR, simulator.origin)


def test_dialog_never_shows_the_stored_key_and_forget_removes_it(session, simulator, demo_user):
    session.apply(simulator_settings(simulator.origin), api_key=demo_user.api_key)
    wait_until(lambda: session.state == session_module.CONNECTED, what="connected")

    dialog = SettingsDialog(session)
    try:
        assert dialog.key_edit.text() == ""  # never decrypted for display
        assert "A key is stored" in dialog.key_status.text()
        assert dialog.forget_button.isEnabled()
        dialog.forget_button.click()
        assert not credentials.has_stored_key()
        assert session.state == session_module.NOT_CONFIGURED
        assert "removed" in dialog.result_label.text()
        assert not dialog.forget_button.isEnabled()
    finally:
        dialog.deleteLater()


# ---------------------------------------------------------------------------------------- session and header


def test_session_builds_nothing_until_asked_and_reads_the_stored_key_then(session, simulator, demo_user,
                                                                           monkeypatch, qgis_iface, runner):
    credentials.store_api_key(demo_user.api_key)
    plugin_settings.ConnectionSettings(plugin_settings.SIMULATOR, simulator.origin).save()
    reads = []
    real_load = credentials.load_api_key
    monkeypatch.setattr(credentials, "load_api_key", lambda: reads.append(1) or real_load())

    fresh = Session(qgis_iface, runner)
    assert fresh.state == session_module.KEY_STORED
    assert reads == []  # a new session (a reload) does not decrypt the key

    fresh.connect_async()
    wait_until(lambda: fresh.state == session_module.CONNECTED, what="connected")
    assert reads == [1]
    assert fresh.account.user_id == demo_user.user_id
    assert fresh.client() is fresh.client()  # built once, cached


def test_header_follows_the_connection(qgis_iface, session, simulator, demo_user):
    from oneatlas_ppo.ui.connection.account_header import AccountHeader

    header = AccountHeader()
    header.bind(session)
    assert header.status_label.text() == "Not connected."
    assert "API key" in header.details_label.text()

    simulator.faults.add("latency", service="data", ms=600)
    session.apply(simulator_settings(simulator.origin), api_key=demo_user.api_key)
    assert header.status_label.text() == "Connecting…"
    assert header.property("connectionColour") == "amber"

    wait_until(lambda: session.state == session_module.CONNECTED, what="connected")
    assert header.status_label.text() == f"Connected as {demo_user.name}"
    details = header.details_label.text()
    assert details.splitlines()[0] == "Local simulator " + simulator.origin.split("://")[1]
    assert "Pléiades Neo:" in details and "Pléiades & SPOT:" in details and "EUR left" in details
    assert demo_user.neo in header.details_label.toolTip()  # ids in the tooltip (narrow panel)
    assert header.property("connectionColour") == "green"

    # the key is revoked / mistyped: red, words, and a way to the settings
    session.apply(simulator_settings(simulator.origin), api_key="sim-revoked-key")
    wait_until(lambda: session.state != session_module.CONNECTING, what="the connection attempt")
    assert header.status_label.text() == "API key rejected."
    assert "rejected the API key" in header.details_label.text()
    assert header.property("connectionColour") == "red"
    assert header.action_button.isVisibleTo(header) and header.action_button.text() == "Open settings"
    warnings = qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning)
    assert any("rejected the API key" in message for message in warnings)
    header.deleteLater()


def test_a_key_revoked_while_connected_turns_the_header_red(qgis_iface, session, simulator, demo_user):
    from oneatlas_ppo.ui.connection.account_header import AccountHeader

    header = AccountHeader()
    header.bind(session)
    session.apply(simulator_settings(simulator.origin), api_key=demo_user.api_key)
    wait_until(lambda: session.is_connected, what="connected")
    client = session.client()
    failures = []
    # a section's call fails because the key was revoked on the portal meanwhile
    simulator.faults.add("status", service="authenticate", status=401, times=None)
    simulator.expire_tokens()
    session.tasks.start("search", lambda context: client.account(refresh=True),
                        on_success=failures.append,
                        on_error=lambda error: failures.append(session.report_failure("Searching", error)))
    wait_until(lambda: failures, what="the failed call")
    assert "rejected the API key" in failures[0]
    assert header.status_label.text() == "API key rejected."
    assert session.state == session_module.KEY_REJECTED
    warnings = qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning)
    assert any("rejected the API key" in message for message in warnings)
    header.deleteLater()


def test_header_unreachable_server_offers_to_try_again(qgis_iface, session, demo_user):
    from oneatlas_ppo.ui.connection.account_header import AccountHeader

    header = AccountHeader()
    header.bind(session)
    origin = f"http://127.0.0.1:{free_port()}"
    session.apply(simulator_settings(origin), api_key=demo_user.api_key)
    wait_until(lambda: session.state == session_module.ERROR, timeout=30, what="the connection error")
    assert header.status_label.text() == "Not connected: connection failed."
    assert f"Could not reach the local simulator at {origin}" in header.details_label.text()
    assert header.action_button.text() == "Try again"
    header.deleteLater()


def test_header_reads_well_at_300_px(loaded_plugin, simulator, demo_user):
    dock = loaded_plugin.dock
    loaded_plugin.session.apply(simulator_settings(simulator.origin), api_key=demo_user.api_key)
    wait_until(lambda: loaded_plugin.session.is_connected, what="connected")
    header = dock.header
    assert header.status_label.wordWrap() and header.details_label.wordWrap()
    assert header.minimumSizeHint().width() <= 300
    dock.setFloating(True)
    dock.resize(300, 600)
    dock.show()
    process_events()
    assert header.width() <= 300
    # every line fits: the wrapped text needs no more width than the label has
    assert header.details_label.heightForWidth(header.details_label.width()) >= \
        header.details_label.fontMetrics().height() * 3
    dock.hide()


# ------------------------------------------------------------------------------------------ plugin wiring


def test_settings_menu_and_header_button_open_the_dialog(loaded_plugin, recording_iface):
    settings_action = next(action for action in recording_iface.web_menus["&OneAtlas Pay-Per-Order"]
                           if action.text() == "Settings…")
    settings_action.trigger()
    process_events()
    dialog = loaded_plugin.settings_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.reject()
    process_events()
    assert loaded_plugin.settings_dialog is None

    loaded_plugin.dock.header.settings_button.click()
    process_events()
    assert loaded_plugin.settings_dialog is not None and loaded_plugin.settings_dialog.isVisible()
    loaded_plugin.unload()  # closes it
    process_events()
    assert loaded_plugin.settings_dialog is None


def test_key_survives_a_reload_and_nothing_is_decrypted_at_load(loaded_plugin, recording_iface, simulator,
                                                               demo_user, monkeypatch):
    loaded_plugin.session.apply(simulator_settings(simulator.origin), api_key=demo_user.api_key)
    wait_until(lambda: loaded_plugin.session.is_connected, what="connected")
    loaded_plugin.unload()
    process_events()

    reads = []
    real_load = credentials.load_api_key
    monkeypatch.setattr(credentials, "load_api_key", lambda: reads.append(1) or real_load())
    loaded_plugin.initGui()
    assert reads == []
    assert loaded_plugin.session.state == session_module.KEY_STORED
    assert loaded_plugin.dock.header.status_label.text() == "Not connected."
    assert "Your API key is stored" in loaded_plugin.dock.header.details_label.text()

    loaded_plugin.dock.header.action_button.click()  # "Connect"
    wait_until(lambda: loaded_plugin.session.is_connected, what="connected after the reload")
    assert loaded_plugin.dock.header.status_label.text() == f"Connected as {demo_user.name}"
    assert reads == [1]


def test_unlock_explanation_is_shown_before_the_prompt(session, monkeypatch):
    credentials.store_api_key("sim-some-key-1234")
    monkeypatch.setattr(credentials, "is_unlocked", lambda: False)
    fresh_dialog = SettingsDialog(session)
    try:
        assert not fresh_dialog.unlock_note.isHidden()
        assert "QGIS will ask for its master password to unlock your stored API key" in \
            fresh_dialog.unlock_note.text()
    finally:
        fresh_dialog.deleteLater()
    from oneatlas_ppo.ui.connection.account_header import AccountHeader

    header = AccountHeader()
    header.bind(Session(None, session.tasks))
    assert "QGIS will ask for its master password" in header.details_label.text()
    header.deleteLater()


def test_configure_for_demo_selects_the_simulator_and_connects(loaded_plugin, simulator, demo_user,
                                                               monkeypatch):
    monkeypatch.setenv("ONEATLAS_DEMO_API_KEY", demo_user.api_key)
    loaded_plugin.configure_for_demo(simulator.origin)
    wait_until(lambda: loaded_plugin.session.is_connected, what="the demo connection")
    saved = plugin_settings.ConnectionSettings.load()
    assert (saved.environment, saved.origin) == (plugin_settings.SIMULATOR, simulator.origin)
    assert credentials.has_stored_key()
    assert loaded_plugin.dock.header.status_label.text() == f"Connected as {demo_user.name}"


def test_configure_for_demo_without_a_key_only_selects_the_simulator(loaded_plugin, simulator, monkeypatch):
    monkeypatch.delenv("ONEATLAS_DEMO_API_KEY", raising=False)
    loaded_plugin.configure_for_demo(simulator.origin)
    process_events()
    assert loaded_plugin.session.state == session_module.NOT_CONFIGURED
    assert plugin_settings.ConnectionSettings.load().origin == simulator.origin
    assert simulator.requests == []


# ------------------------------------------------------------------------------------------ proxy


def test_proxy_conversion():
    off = QgisProxySettings(enabled=False, proxy_type="HttpProxy", host="proxy", port=3128)
    assert requests_proxies(off) is None
    system = QgisProxySettings(enabled=True, proxy_type="DefaultProxy")
    assert requests_proxies(system) is None  # requests then uses the system/environment proxy

    http_proxy = QgisProxySettings(enabled=True, proxy_type="HttpProxy", host="proxy.corp", port=3128,
                                   user="dom\\jo", password="p@ss:w/rd")
    expected = "http://dom%5Cjo:p%40ss%3Aw%2Frd@proxy.corp:3128"
    assert requests_proxies(http_proxy) == {"http": expected, "https": expected}

    caching = QgisProxySettings(enabled=True, proxy_type="HttpCachingProxy", host="cache", port=8080,
                                excluded_urls=["https://order.api.oneatlas.airbus.com"])
    proxies = requests_proxies(caching, ["https://order.api.oneatlas.airbus.com",
                                         "https://data.api.oneatlas.airbus.com"])
    assert proxies == {"http": "http://cache:8080", "https": "http://cache:8080",
                       "https://order.api.oneatlas.airbus.com": ""}

    socks = QgisProxySettings(enabled=True, proxy_type="Socks5Proxy", host="::1", port=1080)
    assert requests_proxies(socks) == {"http": "socks5h://[::1]:1080", "https": "socks5h://[::1]:1080"}
    ftp = QgisProxySettings(enabled=True, proxy_type="FtpCachingProxy", host="ftp", port=21)
    assert requests_proxies(ftp) == {"no_proxy": "*"}


def set_qgis_proxy(**values):
    settings = QgsSettings()
    for key, value in values.items():
        settings.setValue("proxy/" + key, value)
    settings.sync()


def test_proxy_settings_are_read_from_qgis():
    set_qgis_proxy(proxyEnabled=True, proxyType="HttpProxy", proxyHost="proxy.corp", proxyPort="3128",
                   proxyUser="jo", proxyPassword="secret", proxyExcludedUrls=["http://intranet", ""],
                   noProxyUrls=["http://127.0.0.1"])
    read = read_qgis_proxy_settings()
    assert (read.enabled, read.proxy_type, read.host, read.port) == (True, "HttpProxy", "proxy.corp", 3128)
    assert (read.user, read.password) == ("jo", "secret")
    assert read.excluded_urls == ["http://intranet", "http://127.0.0.1"]
    assert "secret" not in repr(read) and "secret" not in read.describe()


class ForwardProxy:
    """A minimal HTTP forward proxy on loopback that records what went through it."""

    def __init__(self):
        self.seen = []
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def _forward(self):
                owner.seen.append((self.command, self.path))
                target = urlsplit(self.path)
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                connection = http.client.HTTPConnection(target.hostname, target.port, timeout=10)
                headers = {key: value for key, value in self.headers.items()
                           if key.lower() not in ("proxy-connection", "connection", "host")}
                path = target.path + (f"?{target.query}" if target.query else "")
                connection.request(self.command, path, body=body or None, headers=headers)
                answer = connection.getresponse()
                payload = answer.read()
                self.send_response(answer.status)
                for key, value in answer.getheaders():
                    if key.lower() not in ("transfer-encoding", "connection", "content-length"):
                        self.send_header(key, value)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)
                connection.close()

            do_GET = do_POST = _forward  # noqa: N815

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *args):
        self.server.shutdown()
        self.server.server_close()


def test_test_connection_goes_through_the_qgis_proxy(dialog, simulator, demo_user):
    with ForwardProxy() as proxy:
        set_qgis_proxy(proxyEnabled=True, proxyType="HttpProxy", proxyHost="127.0.0.1",
                       proxyPort=str(proxy.port))
        choose_simulator(dialog, simulator.origin)
        dialog.key_edit.setText(demo_user.api_key)

        text = run_test_connection(dialog)

        assert f"Connected as {demo_user.name}" in text
        assert any(path.startswith(simulator.origin + "/authenticate/") for _, path in proxy.seen)
        assert any(path.startswith(simulator.origin + "/order/") for _, path in proxy.seen)


def test_excluded_urls_bypass_the_proxy(dialog, simulator, demo_user):
    with ForwardProxy() as proxy:
        set_qgis_proxy(proxyEnabled=True, proxyType="HttpProxy", proxyHost="127.0.0.1",
                       proxyPort=str(proxy.port), proxyExcludedUrls=[simulator.origin])
        choose_simulator(dialog, simulator.origin)
        dialog.key_edit.setText(demo_user.api_key)
        assert f"Connected as {demo_user.name}" in run_test_connection(dialog)
        assert proxy.seen == []


def test_a_dead_proxy_is_named_in_the_message(dialog, simulator, demo_user):
    port = free_port()
    set_qgis_proxy(proxyEnabled=True, proxyType="HttpProxy", proxyHost="127.0.0.1", proxyPort=str(port))
    dialog.proxy_note.setText(dialog._proxy_words())
    assert f"127.0.0.1:{port}" in dialog.proxy_note.text()
    choose_simulator(dialog, simulator.origin)
    dialog.key_edit.setText(demo_user.api_key)

    text = run_test_connection(dialog)

    assert f"through the proxy 127.0.0.1:{port} set in QGIS" in text
    assert "Settings > Options > Network" in text
    assert simulator.requests == []
