"""Search results' thumbnails: fetched only for the rows in view (then for the rows a scroll brings into
view), shown in the table, and a batch fetched several at a time rather than one round trip after another."""

import pytest
from qgis.core import QgsProject
from qgis.PyQt.QtCore import Qt

from .test_archive_support import close_section, fill_search, make_section, run_search, wait_until

THUMBNAIL_PATH = r"/api/v1/items/[^/]+/thumbnail"


@pytest.fixture
def section(simulator, demo_user):
    section, _client, runner = make_section(simulator, demo_user)
    section.resize(520, 520)  # a laptop's dock: a third of the results in view
    yield section
    close_section(section, runner)
    assert not QgsProject.instance().mapLayersByName("Footprints"), "footprints layer left behind"


def thumbnail_ids(simulator):
    return [request.path.split("/")[-2] for request in simulator.requests
            if request.service == "access" and request.path.endswith("/thumbnail")]


def wait_for_thumbnails(section):
    wait_until(lambda: not section.table.view_pending and not section.thumbnails.busy, what="the thumbnails")


def rows_with_a_thumbnail(section):
    model = section.model
    return {row for row in range(model.rowCount())
            if model.index(row, 0).data(Qt.ItemDataRole.DecorationRole) is not None}


def test_only_the_rows_in_view_get_their_thumbnails_and_a_scroll_brings_the_next(section, simulator):
    fill_search(section)
    run_search(section)
    wait_for_thumbnails(section)
    model, table = section.model, section.table
    in_view = table.visible_rows()
    assert model.rowCount() - len(in_view) >= 5, "too few results to tell rows in view from the others"

    fetched = thumbnail_ids(simulator)
    assert sorted(fetched) == sorted(model.scene_at(row).id for row in in_view)  # each once, none other
    assert rows_with_a_thumbnail(section) == set(in_view)

    table.scrollToBottom()
    wait_for_thumbnails(section)
    now_in_view = table.visible_rows()
    assert now_in_view[-1] == model.rowCount() - 1
    fetched = thumbnail_ids(simulator)
    assert len(fetched) == len(set(fetched)), "a thumbnail was fetched twice"
    assert set(fetched) == {model.scene_at(row).id for row in (*in_view, *now_in_view)}
    assert rows_with_a_thumbnail(section) == set(in_view) | set(now_in_view)


def test_a_batch_of_thumbnails_is_fetched_several_at_a_time(section, simulator):
    fill_search(section)
    run_search(section)
    # Every thumbnail answers after 200 ms: one after the other, they could never be under way together.
    simulator.faults.add("latency", service="access", path=THUMBNAIL_PATH, times=None, ms=200)
    with simulator.lock:
        simulator.peak_in_flight = 0
    section.table.scrollToBottom()
    wait_for_thumbnails(section)

    assert len(thumbnail_ids(simulator)) > 4
    assert simulator.peak_in_flight >= 2
    assert simulator.peak_in_flight <= 4  # THUMBNAIL_CONCURRENCY: a fair load on OneAtlas
