"""Bridge the plugin's Python logger to the QGIS message log (View > Panels > Log Messages).

``core`` logs through the standard ``logging`` module under the name ``oneatlas_ppo``; this handler shows
those records in QGIS under the tab "OneAtlas PPO". Records pass through the core redaction filter first,
so a secret that slipped into a message is masked before it reaches the log panel.
"""

import logging

from qgis.core import Qgis, QgsMessageLog

from ...core.log import RedactionFilter, redact

LOGGER_NAME = "oneatlas_ppo"
MESSAGE_LOG_TAG = "OneAtlas PPO"

_LEVELS = (
    (logging.ERROR, Qgis.MessageLevel.Critical),
    (logging.WARNING, Qgis.MessageLevel.Warning),
    (logging.INFO, Qgis.MessageLevel.Info),
)


class QgisMessageLogHandler(logging.Handler):
    def emit(self, record: logging.LogRecord) -> None:
        try:
            # The filter masks the message before formatting; the traceback is only rendered by format(),
            # and an exception's text may carry a secret the core never saw (e.g. a request's URL).
            message = redact(self.format(record))
            level = next((qgis_level for py_level, qgis_level in _LEVELS if record.levelno >= py_level),
                         Qgis.MessageLevel.Info)
            QgsMessageLog.logMessage(message, MESSAGE_LOG_TAG, level, False)
        except Exception:  # noqa: BLE001 -- a log handler must never raise into the caller
            self.handleError(record)


def install() -> QgisMessageLogHandler:
    """Attach a handler to the plugin logger; return it so ``remove`` can detach it in ``unload()``."""
    handler = QgisMessageLogHandler()
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    # A handler filter sees every record this handler emits, child loggers' included.
    handler.addFilter(RedactionFilter())
    logger = logging.getLogger(LOGGER_NAME)
    logger.addHandler(handler)
    if logger.level == logging.NOTSET:
        logger.setLevel(logging.INFO)
    return handler


def remove(handler: logging.Handler) -> None:
    logging.getLogger(LOGGER_NAME).removeHandler(handler)
