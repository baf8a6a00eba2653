"""The real plugin, loaded as QGIS loads it: classFactory(iface), initGui(), unload(), initGui() again."""

from qgis.PyQt.QtWidgets import QDockWidget

from .conftest import plugin_logger_handlers, process_events
from .test_dock_workflow import connected_plugin

__all__ = ["connected_plugin"]  # fixture

MENU = "&OneAtlas Pay-Per-Order"


def plugin_docks(main_window):
    return [dock for dock in main_window.findChildren(QDockWidget) if dock.objectName() == "OneAtlasPPODock"]


def plugin_objects(main_window):
    return [child for child in main_window.findChildren(object)
            if child.objectName().startswith("OneAtlasPPO")]


def assert_plugin_present(recorder, plugin):
    toolbar_texts = [action.text() for action in recorder.plugins_toolbar.actions()]
    assert toolbar_texts == ["OneAtlas Pay-Per-Order"]
    assert recorder.web_menu_texts() == {MENU: ["OneAtlas Pay-Per-Order", "Settings…"]}
    assert len(plugin_docks(recorder.main_window)) == 1
    dock = plugin_docks(recorder.main_window)[0]
    assert dock is plugin.dock
    tabs = [dock.sections.tabText(i) for i in range(dock.sections.count())]
    assert tabs == ["AOI", "Archive", "Tasking", "Orders"]
    assert dock.sections.currentIndex() == 0  # an analyst starts with the area of interest


def assert_nothing_left(recorder, handlers_before):
    process_events()
    assert recorder.plugins_toolbar.actions() == []
    assert recorder.web_menus == {}
    assert plugin_docks(recorder.main_window) == []
    assert plugin_objects(recorder.main_window) == []
    assert plugin_logger_handlers() == handlers_before
    canvas_tool = recorder.iface.mapCanvas().mapTool()
    assert canvas_tool is None or "oneatlas" not in type(canvas_tool).__module__


def test_load_unload_load_again_leaves_nothing_behind(recording_iface, plugin_package):
    handlers_before = plugin_logger_handlers()

    plugin = plugin_package.classFactory(recording_iface.iface)
    plugin.initGui()
    assert_plugin_present(recording_iface, plugin)
    assert len(plugin_logger_handlers()) == len(handlers_before) + 1

    plugin.unload()
    assert_nothing_left(recording_iface, handlers_before)

    plugin.initGui()
    assert_plugin_present(recording_iface, plugin)
    plugin.unload()
    assert_nothing_left(recording_iface, handlers_before)


def test_toolbar_button_toggles_the_dock(loaded_plugin, recording_iface):
    dock = loaded_plugin.dock
    button_action = recording_iface.plugins_toolbar.actions()[0]
    recording_iface.main_window.show()
    dock.hide()
    process_events()
    assert not button_action.isChecked()

    button_action.trigger()
    process_events()
    assert dock.isVisible()
    assert button_action.isChecked()

    button_action.trigger()
    process_events()
    assert not dock.isVisible()
    recording_iface.main_window.hide()


def test_dock_says_plainly_when_not_connected(loaded_plugin):
    status = loaded_plugin.dock.header.status_label.text()
    assert "Not connected" in status


def test_unload_cancels_running_background_work(loaded_plugin):
    import threading

    release = threading.Event()
    published = []
    task = loaded_plugin.tasks.start(
        "wait", lambda context: release.wait(5) or "done",
        on_success=published.append, on_error=published.append)
    assert loaded_plugin.tasks.running == [task]
    loaded_plugin.unload()
    release.set()
    task.waitForFinished(5000)
    process_events()
    assert published == []  # nothing reached the (deleted) widgets after unload


def test_the_dock_remembers_its_side_and_visibility(recording_iface, plugin_package):
    from qgis.PyQt.QtCore import Qt

    main_window = recording_iface.main_window
    main_window.show()
    plugin = plugin_package.classFactory(recording_iface.iface)
    plugin.initGui()
    main_window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, plugin.dock)
    plugin.dock.setUserVisible(True)
    process_events()
    plugin.unload()
    process_events()

    plugin.initGui()
    process_events()
    try:
        assert main_window.dockWidgetArea(plugin.dock) == Qt.DockWidgetArea.LeftDockWidgetArea
        assert plugin.dock.isVisible()
    finally:
        plugin.dock.setUserVisible(False)
        plugin.unload()
        process_events()
        main_window.hide()


def test_unload_after_a_search_removes_the_footprints_layer_and_the_aoi_outline(connected_plugin, simulator,
                                                                               tmp_path):
    from qgis.core import QgsProject
    from qgis.gui import QgsRubberBand

    from .conftest import wait_until
    from .test_dock_workflow import TOULOUSE_RING, write_geojson

    canvas = connected_plugin.iface.mapCanvas()

    def rubber_bands():
        return [item for item in canvas.scene().items() if isinstance(item, QgsRubberBand)]

    bands_before = len(rubber_bands())
    dock = connected_plugin.dock
    dock.aoi_section.import_file(write_geojson(tmp_path / "toulouse.geojson", [TOULOUSE_RING]))
    archive = dock.archive_section
    archive.search_button.click()
    wait_until(lambda: not archive.searching, what="the search")
    assert archive.model.rowCount() > 0, archive.status.text()
    assert QgsProject.instance().mapLayersByName("Footprints")
    assert len(rubber_bands()) > bands_before

    connected_plugin.unload()
    process_events()
    assert not QgsProject.instance().mapLayersByName("Footprints")
    assert len(rubber_bands()) == bands_before


def test_tabs_are_built_when_first_shown_and_can_be_brought_to_the_front(loaded_plugin):
    dock = loaded_plugin.dock
    pages = dict(dock._tabs)
    assert all(page.content is None for page in pages.values())  # nothing built at load
    orders = dock.show_section("orders")
    assert dock.sections.currentWidget() is pages["orders"] and pages["orders"].content is orders
    assert pages["archive"].content is None  # a tab never shown costs nothing
    dock.sections.setCurrentWidget(dock.aoi_section)  # a tab's content stands for its page
    assert dock.sections.currentIndex() == 0
