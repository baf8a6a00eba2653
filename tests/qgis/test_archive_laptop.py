"""The Archive tab on a laptop screen (1366 x 768): the plugin's real dock in the QGIS main window, a
40-result search against the simulator; what a user sees without scrolling, sorting by a header click, and the
quicklook of the selected scene drawn on the map under the AOI."""

from contextlib import contextmanager

import pytest
from qgis.core import QgsProject, QgsRasterLayer
from qgis.PyQt.QtCore import QDate, QPoint, Qt
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QWidget

from .conftest import process_events, wait_until
from .test_dock_workflow import connected_plugin, write_geojson  # noqa: F401 -- fixture

# Around Toulouse, wide enough that all 40 of the simulator's scenes of the region cross it.
REGION_RING = [[1.15, 43.35], [1.75, 43.35], [1.75, 43.85], [1.15, 43.85], [1.15, 43.35]]
KEY_COLUMNS = ("date", "platform", "cloud", "incidence", "coverage")


@pytest.fixture
def laptop_archive(connected_plugin, tmp_path):  # noqa: F811 -- the fixture imported above
    with laptop_window(connected_plugin.iface.mainWindow()):
        dock = connected_plugin.dock
        dock.show()
        dock.aoi_section.import_file(write_geojson(tmp_path / "toulouse.geojson", [REGION_RING]))
        archive = dock.show_section("archive")
        archive.form.start_date.setDate(QDate(2012, 1, 1))
        archive.form.max_cloud.setValue(100)
        archive.form.max_incidence.setValue(60)
        archive.page_size = 40
        process_events()
        yield archive


@contextmanager
def laptop_window(main_window):
    """QGIS's main window at a laptop's size (1366 x 768) for the duration, then back to its size."""
    previous = main_window.size()
    # QGIS's map fills the window's centre; pytest-qgis's window has none, so a stand-in takes that place
    # (otherwise the dock would spread over the whole window).
    centre = None
    if main_window.centralWidget() is None:
        centre = QWidget()
        main_window.setCentralWidget(centre)
    main_window.resize(1366, 768)
    main_window.show()
    try:
        yield main_window
    finally:
        if centre is not None:
            main_window.takeCentralWidget()
            centre.deleteLater()
        main_window.resize(previous)


def search(archive):
    QTest.mouseClick(archive.search_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: not archive.searching, what="the search")
    process_events()
    assert archive.model.rowCount() == 40, archive.status.text()


def visible_rows(table) -> int:
    viewport = table.viewport()
    first = table.rowAt(0)
    last = table.rowAt(viewport.height() - 1)
    if last < 0:
        last = table.model().rowCount() - 1
    # only rows shown whole count
    if table.rowViewportPosition(last) + table.rowHeight(last) > viewport.height():
        last -= 1
    return last - first + 1


def test_forty_results_fit_a_laptop_screen(laptop_archive):
    archive = laptop_archive
    search(archive)
    table = archive.table
    assert visible_rows(table) >= 8, (table.viewport().height(), table.rowHeight(0))
    from oneatlas_ppo.ui.archive.results import COLUMNS

    viewport_width = table.viewport().width()
    assert table.horizontalScrollBar().value() == 0
    for key in KEY_COLUMNS:
        column = COLUMNS.index(key)
        right = table.columnViewportPosition(column) + table.columnWidth(column)
        assert not table.isColumnHidden(column)
        assert table.columnViewportPosition(column) >= 0 and right <= viewport_width, (key, right)
        # ... and wide enough for what it shows: no value cut short ("9.…"), by Qt's own measure of the cells.
        assert table.columnWidth(column) >= table.sizeHintForColumn(column), (key, table.columnWidth(column))


def click_header(table, column):
    header = table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(x, header.height() // 2))
    process_events()


def shown_column(table, key):
    from oneatlas_ppo.ui.archive.results import COLUMNS

    model = table.model()
    return [model.index(row, COLUMNS.index(key)).data() for row in range(model.rowCount())]


def test_clicking_the_cloud_header_sorts_the_rows_and_keeps_the_selection(laptop_archive):
    archive = laptop_archive
    search(archive)
    table = archive.table
    from oneatlas_ppo.ui.archive.results import COLUMNS

    dates = shown_column(table, "date")
    assert dates == sorted(dates, reverse=True)  # the server's order (newest first) until a click
    archive.table.selectRow(5)
    chosen = archive.table.selected_scene_ids()
    click_header(table, COLUMNS.index("cloud"))
    clouds = [float(text.rstrip("%")) for text in shown_column(table, "cloud")]
    assert clouds == sorted(clouds) and clouds[0] < clouds[-1]
    click_header(table, COLUMNS.index("cloud"))
    clouds = [float(text.rstrip("%")) for text in shown_column(table, "cloud")]
    assert clouds == sorted(clouds, reverse=True)
    # the selected scene stays selected, and the footprint with it
    assert archive.table.selected_scene_ids() == chosen
    assert [f["scene_id"] for f in archive.footprints.layer.selectedFeatures()] == chosen
    # keyboard: Down moves the selection to the next row, Space ticks it for ordering
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 0))
    QTest.keyClick(table, Qt.Key.Key_Down)
    assert table.currentIndex().row() == 1
    QTest.keyClick(table, Qt.Key.Key_Space)
    assert [scene.id for scene in archive.model.checked_scenes()] == [archive.model.scene_at(1).id]
    assert "1 scene" in archive.order_button.text()


def test_the_selected_scene_s_quicklook_lies_on_its_footprint_under_the_aoi(laptop_archive):
    archive = laptop_archive
    search(archive)
    project = QgsProject.instance()
    # the criteria folded away for the results, and the map frames them with the AOI
    assert not archive.form.isVisible() and "PNEO" in archive.criteria_box.toggle.text()
    canvas = archive.iface.mapCanvas()
    from oneatlas_ppo.ui.archive.map_link import results_extent

    assert canvas.extent().contains(results_extent(canvas, archive.footprints.layer, archive._search_aoi))

    archive.table.selectRow(2)
    scene = archive.model.scene_at(2)
    wait_until(lambda: scene.id in archive.quicklooks.layers, what="the quicklook layer")
    layer = archive.quicklooks.layers[scene.id]
    assert isinstance(layer, QgsRasterLayer) and layer.isValid()
    assert layer.crs().authid() == "EPSG:4326"
    west, south, east, north = scene.geometry.bounds
    extent = layer.extent()
    tolerance = 1e-6
    assert abs(extent.xMinimum() - west) < tolerance and abs(extent.xMaximum() - east) < tolerance
    assert abs(extent.yMinimum() - south) < tolerance and abs(extent.yMaximum() - north) < tolerance
    # in the layer tree: inside the previews group, which lies under the footprints layer
    root = project.layerTreeRoot()
    order = [found.name() for found in root.findLayers()]
    assert order.index(layer.name()) > order.index(archive.footprints.layer.name())
    assert root.findLayer(layer.id()).parent() is archive.quicklooks.group()
    # the AOI outline is a canvas item, drawn over every map layer
    aoi_band = connected_aoi_band(archive)
    assert aoi_band is not None and aoi_band.isVisible()
    # the selected footprint is outlined, never filled over the AOI
    from oneatlas_ppo.ui.archive.footprints import selected_outline_only

    assert selected_outline_only(archive.footprints.layer)

    # another scene replaces it; a new search removes the previews with the results
    archive.table.selectRow(3)
    other = archive.model.scene_at(3)
    wait_until(lambda: other.id in archive.quicklooks.layers and scene.id not in archive.quicklooks.layers,
               what="the second quicklook")
    archive.criteria_box.expand()
    search(archive)
    assert not archive.quicklooks.layers and archive.quicklooks.group() is None
    assert not [layer for layer in project.mapLayers().values() if layer.name().startswith("Quicklook")]


def connected_aoi_band(archive):
    dock = archive.parent()
    while dock is not None and not hasattr(dock, "aoi_section"):
        dock = dock.parent()
    return dock.aoi_section.display.band


def test_the_aoi_picker_never_offers_the_plugin_s_own_layers(laptop_archive, connected_plugin):  # noqa: F811
    """The footprints and the quicklooks are results to look at, never a source for an AOI: not in the layer
    list, not followed when made the active layer, not picked from the map."""
    from qgis.core import QgsVectorLayer

    archive = laptop_archive
    search(archive)
    archive.table.selectRow(0)
    scene = archive.model.scene_at(0)
    wait_until(lambda: scene.id in archive.quicklooks.layers, what="the quicklook layer")
    footprints = archive.footprints.layer
    project = QgsProject.instance()
    fields = QgsVectorLayer("Polygon?crs=EPSG:4326", "fields", "memory")
    project.addMapLayer(fields)
    try:
        process_events()
        section = connected_plugin.dock.aoi_section
        combo = section.layer_combo
        offered = [combo.layer(index) for index in range(combo.count())]
        assert fields in offered
        assert footprints not in offered
        assert not [layer for layer in offered if layer is not None and layer.name().startswith("Quicklook")]
        combo.setLayer(fields)
        connected_plugin.iface.currentLayerChanged.emit(footprints)  # the user clicks it in the Layers panel
        assert combo.currentLayer() is fields
        canvas = archive.iface.mapCanvas()
        shown = canvas.layers()
        canvas.setLayers([footprints, fields])
        assert section.pick_tool._layers() == [fields]  # what a click on the map may take its AOI from
        canvas.setLayers(shown)
    finally:
        project.removeMapLayer(fields.id())
