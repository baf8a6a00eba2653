"""A OneDay window that holds no satellite pass: for some minutes every day (after the day's last order
deadline, before the next day's first pass enters the 24 hours) the default window is empty. The Tasking
tab says so, offers nothing to order, and a moved window finds the passes again."""

from datetime import timedelta

import pytest
from qgis.core import QgsProject

from .test_tasking_support import (
    TOULOUSE,
    check,
    choose_offer,
    close_tasking,
    make_tasking,
    requests_to,
    set_window,
)


def passes_leaving_the_window_empty(simulator, aoi, window):
    """Move the simulator's pass schedule until the window holds no pass (it does ~10 minutes a day)."""
    from simulator.segments import slots

    start, end = window
    for minutes in range(0, 24 * 60, 2):
        simulator.passes_at = start + timedelta(minutes=minutes)
        if not slots(simulator, "PLEIADESNEO", "ONEDAY", aoi, start, end):
            return simulator.passes_at
    raise AssertionError("no pass schedule leaves a OneDay window empty")


@pytest.fixture
def section(simulator, demo_user):
    made, _client, runner = make_tasking(simulator, demo_user)
    yield made
    close_tasking(made, runner)  # the simulator's next reset() puts the session's pass schedule back


def test_a_oneday_window_without_a_pass_is_said_and_nothing_can_be_ordered(section, simulator):
    choose_offer(section, "PleiadesNeoOneDay")
    window = (section.form.criteria().start, section.form.criteria().end)  # the offer's default window
    passes_leaving_the_window_empty(simulator, TOULOUSE, window)

    check(section)

    assert requests_to(simulator, "/api/v1/attempts"), "the attempts were asked for"
    assert "No satellite pass fits this window" in section.next_step.text()
    assert not section.attempts_table.isVisible(), "no empty table of attempts"
    assert not section.order_button.isEnabled()
    assert not QgsProject.instance().mapLayersByName("Tasking attempts")
    assert not requests_to(simulator, "/api/v1/prices") and not simulator.orders

    # a window one day later holds the next passes, which can be picked and ordered
    set_window(section, start_in_hours=24, days=1)
    check(section)
    assert "Pick one of the" in section.next_step.text(), section.next_step.text()
    assert section.attempts_model.rowCount() >= 1 and section.attempts_table.isVisible()
