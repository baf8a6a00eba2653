"""Money before the price, through the real dock against the simulator: a 5 km² AOI, a Pléiades Neo scene
picked in the results, and at once (no order form, no price yet) the AOI tab says it is billed as at least
the product's 25 km² minimum and enlarges it around its centre on request; the order form says it too and
its "Enlarge the AOI" prices the enlarged area."""

import json

import pytest
from shapely.geometry import box, mapping, shape

from oneatlas_ppo.core import aoi as rules

from .conftest import process_events, wait_until
from .test_dock_workflow import connected_plugin  # noqa: F401 -- fixture

SMALL = box(1.44, 43.60, 1.47, 43.62)  # about 5 km²


def small_aoi_and_a_picked_scene(dock, tmp_path):
    path = tmp_path / "small.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {}, "geometry": mapping(SMALL)}]}))
    dock.aoi_section.import_file(str(path))
    archive = dock.show_section("archive")
    for code, check in archive.form.constellation_boxes.items():
        check.setChecked(code == "PNEO")
    archive.form.max_cloud.setValue(100)
    archive.form.max_incidence.setValue(60)
    archive.search_button.click()
    wait_until(lambda: not archive.searching, what="the search")
    assert archive.model.rowCount() > 0
    archive.table.selectRow(0)
    return archive


def test_the_minimum_is_said_as_soon_as_a_scene_is_picked_and_the_aoi_can_be_enlarged(
        connected_plugin, simulator, tmp_path):  # noqa: F811
    dock = connected_plugin.dock
    archive = small_aoi_and_a_picked_scene(dock, tmp_path)
    view = dock.aoi_section.report_view
    wait_until(lambda: view.minimum_label.text(), what="the product's minimum to reach the AOI tab")
    assert view.minimum_label.text().startswith("Billed as at least 25 km² for Pleiades Neo Archive Mono")
    assert view.enlarge_button.isVisibleTo(dock.aoi_section) and "25 km²" in view.enlarge_button.text()
    assert not [r for r in simulator.requests if "price" in r.path]  # no price asked for yet

    before = dock.aoi_section.current_aoi
    view.enlarge_button.click()
    grown = dock.aoi_section.current_aoi
    assert grown.ready and 25.0 <= grown.area_km2 < 25.5
    assert grown.geometry.contains(before.geometry)
    assert grown.geometry.centroid.distance(before.geometry.centroid) < 1e-6
    assert not view.enlarge_button.isVisibleTo(dock.aoi_section)
    assert "Enlarged around its centre" in view.change_label.text()
    assert archive.aoi.equals(grown.geometry)  # the Archive tab orders the enlarged area
    view.undo_button.click()
    assert dock.aoi_section.current_aoi.area_km2 == pytest.approx(before.area_km2)


def test_the_order_form_says_the_minimum_and_enlarges_the_aoi_it_prices(
        connected_plugin, simulator, tmp_path):  # noqa: F811
    dock = connected_plugin.dock
    archive = small_aoi_and_a_picked_scene(dock, tmp_path)
    dialog = archive.open_order_dialog()
    wait_until(lambda: dialog.context is not None, what="the order form")
    note = dialog.minimum_note
    assert note.isVisibleTo(dialog)
    assert "billed as at least 25 km²" in note.label.text()
    note.button.click()
    process_events()
    enlarged = archive.order_dialog
    assert enlarged is not dialog
    assert rules.geodesic_area_km2(enlarged.subject.aoi) >= 25.0
    wait_until(lambda: enlarged.context is not None, what="the new order form")
    assert not enlarged.minimum_note.isVisibleTo(enlarged)
    assert shape(mapping(enlarged.subject.aoi)).contains(SMALL)
    enlarged.close()
