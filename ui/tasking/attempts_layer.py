"""The "Tasking attempts" layer: one footprint per acquisition attempt, linked both ways with the list, with
temporal properties (acquisition start and end) so that the QGIS Temporal Controller plays them in time."""

from qgis.core import Qgis, QgsDateTimeRange
from qgis.PyQt.QtCore import QCoreApplication, QDateTime, QTimeZone

from ..common.i18n import QT_TRANSLATE_NOOP
from ..common.linked_footprints import LinkedFootprints, outline_symbol

LAYER_NAME = QT_TRANSLATE_NOOP("TaskingAttempts", "Tasking attempts")
LAYER_PROPERTY = "oneatlas_ppo/tasking_attempts"
FIELDS_URI = ("field=segment_id:string(64)&field=satellite:string(16)&field=start:datetime"
              "&field=end:datetime&field=incidence:double&field=order_before:datetime")


def tr(text: str) -> str:
    return QCoreApplication.translate("TaskingAttempts", text)


def _qdatetime(moment):
    if moment is None:
        return None
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), QTimeZone.utc())


def attempt_key(attempt) -> str:
    return attempt.segment_key


def attempt_row(attempt):
    end = attempt.acquisition_end or attempt.acquisition_start
    return (attempt_key(attempt), attempt.footprint.wkt if attempt.footprint is not None else "",
            [attempt.segment_id, attempt.satellite, _qdatetime(attempt.acquisition_start), _qdatetime(end),
             attempt.incidence_angle, _qdatetime(attempt.order_deadline)])


class AttemptsLayer(LinkedFootprints):
    def __init__(self, project=None, parent=None):
        super().__init__(tr(LAYER_NAME), FIELDS_URI, LAYER_PROPERTY, project, parent,
                         symbol_factory=lambda: outline_symbol("25,118,210,230", "0.6"))

    def show_attempts(self, attempts):
        return self.replace(attempt_row(attempt) for attempt in attempts)

    def configure(self, layer) -> None:
        properties = layer.temporalProperties()
        properties.setMode(Qgis.VectorTemporalMode.FeatureDateTimeStartAndEndFromFields)
        properties.setStartField("start")
        properties.setEndField("end")
        # An attempt lasts seconds: include the end so that a frame touching the pass shows it.
        if hasattr(properties, "setLimitMode"):
            properties.setLimitMode(Qgis.VectorTemporalLimitMode.IncludeBeginIncludeEnd)
        features = list(layer.getFeatures())
        starts = [feature["start"] for feature in features if feature["start"]]
        ends = [feature["end"] for feature in features if feature["end"]]
        if starts and ends:
            properties.setFixedTemporalRange(QgsDateTimeRange(min(starts), max(ends)))
        properties.setIsActive(True)
