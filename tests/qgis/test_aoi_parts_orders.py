"""Two separate districts as the AOI, through the real dock against the simulator: "Fix all" drops no area
(the convex hull is ordered), and "One order per part" prices both parts, asks for one confirmation with the
total, and places exactly two orders, one per part, each with its own reference."""

import json

import pytest
from qgis.PyQt.QtWidgets import QDialog
from shapely.geometry import MultiPolygon, box, mapping, shape

from oneatlas_ppo.core import aoi as rules

from .conftest import process_events, wait_until
from .test_dock_workflow import connected_plugin  # noqa: F401 -- fixture

WEST = box(1.41, 43.585, 1.43, 43.605)
EAST = box(1.45, 43.585, 1.47, 43.605)


def import_two_districts(dock, tmp_path):
    path = tmp_path / "districts.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {}, "geometry": mapping(MultiPolygon([WEST, EAST]))}]}))
    dock.aoi_section.import_file(str(path))
    process_events()
    aoi = dock.aoi_section.current_aoi
    assert aoi.report.problem(rules.MULTIPART) is not None
    return aoi


def search_and_pick_covering_scene(dock):
    archive = dock.show_section("archive")
    for code, check in archive.form.constellation_boxes.items():
        check.setChecked(code == "PNEO")
    archive.form.max_cloud.setValue(100)
    archive.form.max_incidence.setValue(60)
    archive.search_button.click()
    wait_until(lambda: not archive.searching, what="the search")
    rows = [archive.model.row_at(number) for number in range(archive.model.rowCount())]
    covering = [row for row in rows if row.coverage is not None and row.coverage > 99.9]
    assert covering, "no scene covers both districts"
    archive.model.set_checked(covering[0].scene.id, True)
    return archive, covering[0].scene


def fill_and_price(dialog):
    wait_until(lambda: dialog.context is not None, what="the order form")
    details = dialog.details_form
    details.market.setCurrentIndex(details.market.findData("AGRI"))
    details.end_user_name.setText("Toulouse Métropole")
    details.country.setCurrentIndex(details.country.findData("FR"))
    details.email.setText("sig@example.org")
    dialog.price_button.click()
    wait_until(lambda: dialog.place_button.isEnabled(), what="the price")


def confirm_once(dialog, seen):
    def confirm(confirmation):
        seen.append(confirmation.text())
        confirmation.confirm_button.click()
        return confirmation.result() == QDialog.DialogCode.Accepted

    dialog.confirm_hook = confirm


def test_fix_all_orders_the_convex_hull_never_a_smaller_area(connected_plugin, simulator, tmp_path):  # noqa: F811
    dock = connected_plugin.dock
    aoi = import_two_districts(dock, tmp_path)
    before = aoi.area_km2
    row = dock.aoi_section.report_view.problem_rows["multipart"]
    assert "One order per part" in row.buttons["per_part"].text()
    assert "(−" in row.buttons["keep_largest_part"].text()  # what keeping the largest would drop
    dock.aoi_section.fix_all()
    fixed = dock.aoi_section.current_aoi
    assert fixed.ready and fixed.area_km2 > before
    assert fixed.geometry.covers(WEST) and fixed.geometry.covers(EAST)

    archive, scene = search_and_pick_covering_scene(dock)
    dialog = archive.open_order_dialog()
    fill_and_price(dialog)
    seen = []
    confirm_once(dialog, seen)
    dialog.place_button.click()
    wait_until(lambda: archive.placed_orders, what="the order")
    dialog.close()
    assert len(seen) == 1 and len(simulator.orders) == 1
    body = next(iter(simulator.orders.values())).body
    ordered = shape(body["aoi"][0]["geometry"])
    assert ordered.covers(WEST.buffer(-1e-6)) and ordered.covers(EAST.buffer(-1e-6))
    assert rules.geodesic_area_km2(ordered) == pytest.approx(fixed.area_km2, rel=1e-3)


def test_one_order_per_part_places_two_orders_after_one_confirmation_of_the_total(
        connected_plugin, simulator, tmp_path):  # noqa: F811
    dock = connected_plugin.dock
    import_two_districts(dock, tmp_path)
    row = dock.aoi_section.report_view.problem_rows["multipart"]
    row.buttons["per_part"].click()
    aoi = dock.aoi_section.current_aoi
    assert aoi.ready and aoi.per_part and len(aoi.parts) == 2
    assert "One order per part: 2 parts" in dock.aoi_section.report_view.status_label.text()

    archive, scene = search_and_pick_covering_scene(dock)
    dialog = archive.open_order_dialog()
    assert "one order per part" in dialog.windowTitle()
    fill_and_price(dialog)
    price_lines = dialog.price_label.text()
    assert "Part 1" in price_lines and "Part 2" in price_lines
    prices = dialog.submission.part_prices
    assert len(prices) == 2 and dialog.price.total == pytest.approx(prices[0].total + prices[1].total)

    seen = []
    confirm_once(dialog, seen)
    reference = dialog.details_form.values()["customer_reference"]
    dialog.place_button.click()
    wait_until(lambda: len(archive.placed_orders) == 2, what="the two orders")
    process_events()

    assert len(seen) == 1, "one confirmation for all parts"
    from oneatlas_ppo.ui.common.formatting import money

    assert f"Total: {money(dialog.price.total, dialog.price.currency)}" in seen[0]
    assert len(simulator.orders) == 2
    bodies = [order.body for order in simulator.orders.values()]
    assert sorted(body["customerReference"] for body in bodies) == [f"{reference}-p1", f"{reference}-p2"]
    ordered = [shape(body["aoi"][0]["geometry"]) for body in bodies]
    for part in (WEST, EAST):
        assert any(abs(rules.geodesic_area_km2(shape_) - rules.geodesic_area_km2(part)) < 0.01
                   and shape_.centroid.distance(part.centroid) < 1e-5 for shape_ in ordered)
    assert all(body["items"][0]["dataSourceIds"][0]["catalogItemId"] == scene.id for body in bodies)
    assert "Order placed" in dialog.message.text()
    assert not dialog.place_button.isEnabled()  # nothing can be sent twice
    wait_until(lambda: len(dock.orders_section.order_texts()) == 2, what="both orders in the Orders tab")
