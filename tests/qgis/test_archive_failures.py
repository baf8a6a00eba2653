"""The archive tab when there is no usable connection: the key removed or locked after a search, a key
rejected while searching. Each failure is said in words in the panel, written to the plugin log, and sends
nothing; none raises out of a button handler (which QGIS would show as a Python traceback)."""

import logging

import pytest
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtTest import QTest

from oneatlas_ppo.core import errors

from .conftest import wait_until
from .test_archive_order import (
    ConfirmRecorder,
    fill_details,
    get_price,
    open_dialog,
    order_requests,
    search_and_tick,
)
from .test_archive_support import close_section, make_section
from .test_dock_workflow import TOULOUSE_RING, connected_plugin, write_geojson

__all__ = ["connected_plugin"]  # fixture

NO_KEY = "No OneAtlas API key is set. Open the plugin settings and enter your API key."


class SwitchableProvider:
    """The session's ``client()`` as a section sees it: works, until the key is removed."""

    def __init__(self, client):
        self.client = client
        self.error = None

    def __call__(self):
        if self.error is not None:
            raise self.error
        return self.client


@pytest.fixture
def section_and_provider(simulator, demo_user):
    section, client, runner = make_section(simulator, demo_user)
    provider = SwitchableProvider(client)
    section.client_provider = provider
    yield section, provider
    if section.order_dialog is not None:
        section.order_dialog.close()
    close_section(section, runner)


@pytest.fixture
def plugin_log(caplog):
    caplog.set_level(logging.INFO, logger="oneatlas_ppo")
    return caplog


def test_order_form_without_a_key_says_so_instead_of_raising(section_and_provider, simulator, plugin_log):
    section, provider = section_and_provider
    search_and_tick(section, "PHR")
    provider.error = errors.AuthenticationError(NO_KEY)
    order_calls_before = [r for r in simulator.requests if r.service == "order"]

    QTest.mouseClick(section.order_button, Qt.MouseButton.LeftButton)
    dialog = section.order_dialog
    assert dialog is not None and dialog.isVisible()
    wait_until(lambda: NO_KEY in dialog.message.text(), what="the reason under the form")
    assert not dialog.progress.isVisible()  # nothing is loading: no busy bar left spinning
    assert not dialog.price_button.isEnabled() and not dialog.place_button.isEnabled()
    assert [r for r in simulator.requests if r.service == "order"] == order_calls_before
    assert "Connecting for the order form failed" in plugin_log.text


def test_load_more_without_a_key_says_so(section_and_provider, simulator, plugin_log):
    section, provider = section_and_provider
    section.page_size = 2
    search_and_tick(section, "PHR")
    assert section.load_more_button.isVisible()
    provider.error = errors.ConfigurationError("Your stored API key is still locked.")
    QTest.mouseClick(section.load_more_button, Qt.MouseButton.LeftButton)
    assert "still locked" in section.status.text()
    assert not section.searching and section.search_button.isEnabled()
    assert "Connecting for the archive search failed" in plugin_log.text


def test_key_removed_before_placing_sends_nothing_and_keeps_the_form(section_and_provider, simulator,
                                                                    plugin_log):
    section, provider = section_and_provider
    search_and_tick(section, "PHR")
    dialog = open_dialog(section)
    fill_details(dialog)
    get_price(dialog)
    assert dialog.place_button.isEnabled()

    provider.error = errors.AuthenticationError(NO_KEY)
    recorder = ConfirmRecorder()
    dialog.confirm_hook = recorder
    QTest.mouseClick(dialog.place_button, Qt.MouseButton.LeftButton)
    assert recorder.texts == []  # no confirmation for an order that cannot be sent
    assert NO_KEY in dialog.message.text()
    assert order_requests(simulator) == [] and not simulator.orders

    provider.error = None  # the key is back: the same form orders, once
    dialog.confirm_hook = recorder
    QTest.mouseClick(dialog.place_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: dialog.result is not None, what="the order")
    assert len(recorder.texts) == 1 and len(simulator.orders) == 1
    assert "Archive order placed" in plugin_log.text


def test_price_failure_is_logged_with_its_details(section_and_provider, simulator, plugin_log):
    section, _provider = section_and_provider
    search_and_tick(section, "PHR")
    dialog = open_dialog(section)
    fill_details(dialog)
    simulator.faults.add("status", service="order", method="POST", path="/api/v1/prices", times=None,
                         status=500)
    get_price(dialog)
    assert "internal problem" in dialog.message.text()
    assert "Pricing the order failed: ServerError" in plugin_log.text


def test_a_key_rejected_while_searching_turns_the_header_red(connected_plugin, simulator, tmp_path,
                                                            qgis_iface):
    dock = connected_plugin.dock
    dock.aoi_section.import_file(write_geojson(tmp_path / "toulouse.geojson", [TOULOUSE_RING]))
    archive = dock.archive_section
    simulator.faults.add("status", service="authenticate", status=401, times=None)
    simulator.expire_tokens()
    archive.search_button.click()
    wait_until(lambda: not archive.searching, what="the search")
    assert "rejected the API key" in archive.status.text()
    assert dock.header.status_label.text() == "API key rejected."


def test_the_order_dialog_stays_open_until_the_answer_arrives(section_and_provider, simulator):
    section, _provider = section_and_provider
    search_and_tick(section, "PHR")
    dialog = open_dialog(section)
    fill_details(dialog)
    get_price(dialog)
    simulator.faults.add("latency", service="order", method="POST", path="/api/v1/orders", times=1, ms=800)
    dialog.confirm_hook = ConfirmRecorder()
    QTest.mouseClick(dialog.place_button, Qt.MouseButton.LeftButton)
    QTest.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    dialog.close()
    assert dialog.isVisible()
    assert "on its way" in dialog.message.text()
    wait_until(lambda: dialog.result is not None, what="the order")
    assert "Order placed" in dialog.message.text()
    assert section.placed_orders == [dialog.result]
    QTest.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_unload_closes_a_dialog_whose_order_is_on_its_way_and_logs_the_reference(section_and_provider,
                                                                                   simulator, plugin_log):
    section, _provider = section_and_provider
    search_and_tick(section, "PHR")
    dialog = open_dialog(section)
    fill_details(dialog)
    get_price(dialog)
    reference = dialog.details_form.values()["customer_reference"]
    simulator.faults.add("latency", service="order", method="POST", path="/api/v1/orders", times=1, ms=500)
    dialog.confirm_hook = ConfirmRecorder()
    QTest.mouseClick(dialog.place_button, Qt.MouseButton.LeftButton)
    section.release()
    assert not dialog.isVisible()
    assert f"order '{reference}' was on its way" in plugin_log.text
    # the order still arrives (once); waiting for it keeps it out of the next test's simulator state
    wait_until(lambda: len(simulator.orders) == 1, what="the order to reach the simulator")


def test_closing_a_loaded_quicklook_is_quiet(section_and_provider, simulator, plugin_log):
    """The quicklook's task is deleted by QGIS once it has ended: closing the dialog afterwards must not
    touch it (a RuntimeError in a slot would be a Python error dialog in QGIS)."""
    from .conftest import process_events

    section, _provider = section_and_provider
    scene = search_and_tick(section, "PHR")
    dialog = section.show_quicklook(scene)
    wait_until(lambda: dialog.image.pixmap() is not None and not dialog.image.pixmap().isNull(),
               what="the quicklook")
    process_events()  # QGIS deletes the finished task
    dialog.close()
    process_events()
    assert not dialog.isVisible()
    # Only the plugin's own records: shapely 1.8 may log "Failed to delete GEOS geom" with a traceback
    # when the garbage collector frees a geometry from another thread, which says nothing about us.
    ours = [record for record in plugin_log.records if record.name.startswith("oneatlas_ppo")]
    assert [record.getMessage() for record in ours
            if record.exc_info or "Traceback" in record.getMessage()] == []
