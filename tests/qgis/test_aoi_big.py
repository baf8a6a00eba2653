"""Big AOIs (an imported 100 000-vertex coastline) are moved to WGS84, checked and fixed in a background
task: the tab says it is checking, the other tabs get no AOI until it is checked, a newer import wins, and
the result is shown exactly as a small AOI's (the same file checked at once, without a task runner)."""

import numpy as np
import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsGeometry, QgsProject
from shapely.geometry import Polygon

from . import test_aoi_support as support
from .conftest import process_events, wait_until
from .test_aoi_sources import FIELD, geojson_file, write_gpkg  # noqa: F401 -- geojson_file is a fixture

lambert_canvas = support.lambert_canvas  # fixtures shared by the AOI tests
section = support.section

VERTICES = 100_000


def outline(count=VERTICES, centre=(1.43, 43.60), radius=0.02, seed=1):
    """A coastline-like outline (valid, ``count`` vertices) around Toulouse, in WGS84."""
    rng = np.random.default_rng(seed)
    angles = np.linspace(0, 2 * np.pi, count, endpoint=False)
    radii = np.ones(count)
    for k in range(1, 200):
        radii += (0.3 / k) * np.sin(k * angles + rng.uniform(0, 2 * np.pi))
    radii = radius * (radii - radii.min() + 0.2)
    return Polygon(np.column_stack([centre[0] + radii * np.cos(angles), centre[1] + radii * np.sin(angles)]))


def big_file(path, **shape):
    """A GeoPackage in Lambert 93 (so the tab's transform to WGS84 has work to do) holding one big polygon."""
    geometry = QgsGeometry()
    geometry.fromWkb(outline(**shape).wkb)
    wgs84, lambert = QgsCoordinateReferenceSystem("EPSG:4326"), QgsCoordinateReferenceSystem("EPSG:2154")
    geometry.transform(QgsCoordinateTransform(wgs84, lambert, QgsProject.instance()))
    write_gpkg(path, [("coast", "Polygon", "EPSG:2154", [geometry])])
    return str(path)


@pytest.fixture
def big_section(qgis_iface, lambert_canvas):
    """The AOI tab with a task runner, as the dock builds it (``AoiSection.create`` passes the dock's)."""
    from oneatlas_ppo.ui.aoi.tab import AoiSection
    from oneatlas_ppo.ui.common.tasks import TaskRunner

    runner = TaskRunner()
    widget = AoiSection(qgis_iface, None, tasks=runner)
    widget.resize(340, 700)
    widget.show()
    widget.emitted = []
    widget.aoi_changed.connect(widget.emitted.append)
    yield widget
    widget.release()
    runner.shut_down()
    wait_until(lambda: not runner.running, what="the AOI checks to end")
    widget.deleteLater()
    process_events()


def shown(tab):
    """What the report shows: source, measures, verdict, and each problem with its fix buttons."""
    view = tab.report_view
    return (view.source_label.text(), view.measures_label.text(), view.status_label.text(),
            [(code, row.message.text(), [button.text() for button in row.buttons.values()])
             for code, row in view.problem_rows.items()])


def checking_shown(tab) -> bool:
    return (tab.checks.checking and tab.checking_bar.isVisibleTo(tab)
            and tab.checking_bar.label.text() == "Checking the area of interest…"
            and not tab.report_view.isEnabled())


def wait_checked(tab):
    wait_until(lambda: not tab.checks.checking, what="the AOI check")
    assert not tab.checking_bar.isVisibleTo(tab) and tab.report_view.isEnabled()


def test_a_big_import_is_checked_in_the_background_and_shown_as_before(big_section, section, tmp_path):
    path = big_file(tmp_path / "coast.gpkg")
    section.import_file(path)  # without a task runner: checked at once, as the tab always did
    expected = shown(section)
    assert section.current_aoi.vertex_count == VERTICES and "too_many_vertices" in expected[3][0]

    big_section.import_file(path)
    assert checking_shown(big_section)
    assert big_section.current_aoi is None and big_section.emitted == [None]  # nothing to order yet
    wait_checked(big_section)
    assert shown(big_section) == expected
    assert big_section.current_aoi.report.codes == section.current_aoi.report.codes
    assert big_section.emitted == [None, big_section.current_aoi]
    assert big_section.display.band is not None

    # Fix (the first fix of the vertex count), in the background too, then Undo.
    row = big_section.report_view.problem_rows["too_many_vertices"]
    next(iter(row.buttons.values())).click()
    assert checking_shown(big_section) and big_section.emitted[-1] is None
    wait_checked(big_section)
    next(iter(section.report_view.problem_rows["too_many_vertices"].buttons.values())).click()
    assert shown(big_section) == shown(section)
    assert big_section.current_aoi.ready and big_section.emitted[-1] is big_section.current_aoi
    assert big_section.report_view.undo_button.isVisible()

    big_section.report_view.undo_button.click()
    assert checking_shown(big_section)
    wait_checked(big_section)
    assert shown(big_section) == expected and not big_section.current_aoi.ready


def test_a_second_import_while_the_first_is_checked_wins(big_section, tmp_path):
    first = big_file(tmp_path / "first.gpkg")
    second = big_file(tmp_path / "second.gpkg", centre=(1.50, 43.65), seed=2)
    big_section.import_file(first)
    assert checking_shown(big_section)
    big_section.import_file(second)
    assert checking_shown(big_section)
    wait_checked(big_section)
    process_events()
    assert big_section.current_aoi.source == "File second.gpkg"
    assert big_section.report_view.source_label.text() == "File second.gpkg"
    announced = [aoi.source for aoi in big_section.emitted if aoi is not None]
    assert announced == ["File second.gpkg"]


def test_cancel_keeps_the_aoi_as_it_was(big_section, tmp_path, geojson_file):  # noqa: F811
    big_section.import_file(str(geojson_file))  # small: checked at once even with a task runner
    assert not big_section.checks.checking and big_section.current_aoi.source == "File fields.geojson"
    assert big_section.current_aoi.geometry.bounds == pytest.approx(FIELD, abs=1e-9)
    small = big_section.current_aoi

    big_section.import_file(big_file(tmp_path / "coast.gpkg"))
    assert checking_shown(big_section) and big_section.emitted[-1] is None
    big_section.checking_bar.cancel_button.click()
    assert not big_section.checks.checking and not big_section.checking_bar.isVisibleTo(big_section)
    process_events()
    assert big_section.current_aoi is small and big_section.emitted[-1] is small
    assert big_section.report_view.source_label.text() == "File fields.geojson"


def test_an_unexpected_failure_of_a_check_is_said_in_words_and_logged():
    from oneatlas_ppo.ui.aoi.checking import failure_message

    # A programmer's error: the panel points to the log (ui.common.reporting, as every tab does).
    words = failure_message(TypeError("'NoneType' object is not subscriptable"))
    assert words.startswith("The area of interest could not be checked: Unexpected problem (TypeError)")
    assert "NoneType" not in words and "Log Messages" in words
    assert failure_message(ValueError("There is no AOI to fix.")) == "There is no AOI to fix."
