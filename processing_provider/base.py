"""What every OneAtlas algorithm shares: the client, progress and cancellation through the feedback, and
failures as QgsProcessingException in the dock's own sentences (never a traceback, never a secret)."""

from qgis.core import QgsProcessingAlgorithm, QgsProcessingException
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..core import errors
from ..ui.common.icons import icon
from ..ui.common.reporting import log_error
from ..ui.connection.session import describe_error
from .connection import connection_settings


def tr(text: str) -> str:
    return QCoreApplication.translate("OneAtlasProcessing", text)


class CancelledError(Exception):
    """The user pressed Cancel: stop before the next request."""


def check_cancelled(feedback) -> None:
    if feedback is not None and feedback.isCanceled():
        raise CancelledError()


def with_help(parameter, text: str):
    """Give a parameter its help text (shown in the dialog's tooltip and in ``qgis_process help``)."""
    parameter.setHelp(text)
    return parameter


class OneAtlasAlgorithm(QgsProcessingAlgorithm):
    """Subclasses set NAME, TITLE, GROUP_ID, HELP and implement ``define()`` and ``execute()``.

    The client is made in ``prepareAlgorithm`` (QGIS's main thread when run from the toolbox: reading the
    stored key may ask for the master password there, never from a worker thread)."""

    NAME = ""
    TITLE = ""
    GROUP_ID = "archive"
    HELP = ""
    NEEDS_CLIENT = True
    GROUPS = {
        "aoi": QT_TRANSLATE_NOOP("OneAtlasProcessing", "Area of interest"),
        "archive": QT_TRANSLATE_NOOP("OneAtlasProcessing", "Archive"),
        "tasking": QT_TRANSLATE_NOOP("OneAtlasProcessing", "Tasking"),
        "orders": QT_TRANSLATE_NOOP("OneAtlasProcessing", "Orders and delivery"),
    }

    def __init__(self, client_source=None):
        super().__init__()
        self.client_source = client_source
        self.client = None
        self.settings = None

    def createInstance(self):  # noqa: N802 (QGIS API)
        return type(self)(self.client_source)

    def name(self):
        return self.NAME

    def displayName(self):  # noqa: N802
        return tr(self.TITLE)

    def group(self):
        return tr(self.GROUPS[self.GROUP_ID])

    def groupId(self):  # noqa: N802
        return self.GROUP_ID

    def icon(self):
        return icon("oneatlas")

    def shortHelpString(self):  # noqa: N802
        return tr(self.HELP)

    def initAlgorithm(self, config=None):  # noqa: N802
        self.define()

    def define(self) -> None:
        raise NotImplementedError

    def prepareAlgorithm(self, parameters, context, feedback):  # noqa: N802
        self.client_error = None
        if not self.NEEDS_CLIENT:
            return True
        try:
            self.client, self.settings = self.client_source.client()
        except Exception as error:  # noqa: BLE001 -- every failure becomes a sentence
            # Raised from processAlgorithm: a failure here reaches processing.run() callers only as
            # "There were errors executing the algorithm", without its sentence.
            self.client_error = error
        return True

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        try:
            if getattr(self, "client_error", None) is not None:
                raise self.client_error
            return self.execute(parameters, context, feedback)
        except QgsProcessingException:
            raise
        except (CancelledError, errors.DownloadCancelledError):
            raise QgsProcessingException(
                tr("Cancelled. {what}").format(what=self.cancel_note())
            ) from None
        except Exception as error:  # noqa: BLE001
            self._fail(error)

    def cancel_note(self) -> str:
        return tr("Nothing more was asked of OneAtlas.")

    def execute(self, parameters, context, feedback) -> dict:
        raise NotImplementedError

    def _fail(self, error: BaseException):
        log_error(f"Processing '{self.NAME}'", error)
        raise QgsProcessingException(describe_error(error, self.settings or connection_settings())) from None
