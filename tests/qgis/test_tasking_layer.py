"""The "Tasking attempts" layer plays in time: with the Temporal Controller (QgsTemporalNavigationObject)
stepping day by day over the window, the features QGIS draws are the attempts of that day only."""

from datetime import datetime, timedelta, timezone

import pytest
from qgis.core import (
    QgsDateTimeRange,
    QgsFeatureRequest,
    QgsInterval,
    QgsProject,
    QgsTemporalNavigationObject,
    QgsVectorLayerTemporalContext,
)
from qgis.PyQt.QtCore import QDateTime, QTimeZone

from oneatlas_ppo.core.tasking import TaskingSearch

from .test_tasking_support import TOULOUSE


@pytest.fixture
def attempts(simulator, demo_user):
    from ..unit.core_support import make_client

    client = make_client(simulator, demo_user)
    start = datetime.now(timezone.utc).replace(microsecond=0) + timedelta(hours=1)
    product = client.product_type(demo_user.neo, "PleiadesNeoOneNowAttempts")
    search = TaskingSearch(demo_user.neo, product, TOULOUSE, start, start + timedelta(days=5),
                           max_incidence_angle=40)
    found = client.attempts(search)
    assert len({attempt.acquisition_start.date() for attempt in found}) >= 3, "passes on several days"
    return start, found


@pytest.fixture
def layer_owner():
    from oneatlas_ppo.ui.tasking.attempts_layer import AttemptsLayer

    owner = AttemptsLayer(QgsProject.instance())
    yield owner
    owner.release()
    assert not QgsProject.instance().mapLayersByName("Tasking attempts")


def drawn_segments(layer, time_range):
    """The attempts QGIS draws for this time range: the layer's own temporal filter, as the renderer
    applies it."""
    properties = layer.temporalProperties()
    if not properties.isVisibleInTemporalRange(time_range):
        return set()
    context = QgsVectorLayerTemporalContext()
    context.setLayer(layer)
    expression = properties.createFilterString(context, time_range)
    request = QgsFeatureRequest().setFilterExpression(expression) if expression else QgsFeatureRequest()
    return {feature["segment_id"] for feature in layer.getFeatures(request)}


def test_the_temporal_controller_shows_each_days_attempts_only(attempts, layer_owner):
    start, found = attempts
    layer = layer_owner.show_attempts(found)
    assert layer.temporalProperties().isActive()
    assert layer.featureCount() == len(found)

    utc = QTimeZone.utc()
    controller = QgsTemporalNavigationObject()
    begin = QDateTime.fromSecsSinceEpoch(int(start.timestamp()), utc)
    controller.setTemporalExtents(QgsDateTimeRange(begin, begin.addDays(5)))
    controller.setFrameDuration(QgsInterval(1, QgsInterval.IntervalDuration.Days)
                                if hasattr(QgsInterval, "IntervalDuration") else QgsInterval(86400))
    controller.setNavigationMode(QgsTemporalNavigationObject.NavigationMode.Animated)
    seen = []
    for frame in range(controller.totalFrameCount()):
        controller.setCurrentFrameNumber(frame)
        time_range = controller.dateTimeRangeForFrameNumber(frame)
        day = start + timedelta(days=frame)
        expected = {attempt.segment_id for attempt in found
                    if day <= attempt.acquisition_start < day + timedelta(days=1)}
        assert drawn_segments(layer, time_range) == expected, f"frame {frame} ({day:%Y-%m-%d})"
        seen.append(expected)
    assert sum(1 for shown in seen if shown) >= 3  # the features shown change with the time
    assert len({frozenset(shown) for shown in seen}) >= 3

    # outside the window: nothing is drawn
    later = QDateTime.fromSecsSinceEpoch(int((start + timedelta(days=30)).timestamp()), utc)
    assert drawn_segments(layer, QgsDateTimeRange(later, later.addDays(1))) == set()


def test_a_selected_attempt_is_outlined_never_filled_over_the_aoi(attempts, layer_owner):
    """QGIS fills a selected polygon with the selection colour when its symbol has a fill layer: a chosen
    attempt would then hide the map and the AOI under it (seen in the Orders screenshot)."""
    from oneatlas_ppo.ui.archive.footprints import selected_outline_only

    _start, found = attempts
    layer = layer_owner.show_attempts(found)
    layer.selectByIds([next(iter(layer.allFeatureIds()))])
    assert selected_outline_only(layer)
