"""Failures in words for the panel, details for the plugin log: the one place ui/ turns an exception into
a sentence. Never a traceback in the user's face, never a secret in either (the log bridge masks them)."""

from qgis.PyQt.QtCore import QCoreApplication

from ...core import errors
from ...core.log import LOGGER


def tr(text: str) -> str:
    return QCoreApplication.translate("Reporting", text)


def describe_error(error: BaseException) -> str:
    """A OneAtlas error's own sentence; for anything else (a bug), a pointer to the log."""
    text = str(error).strip()
    # A KeyError's or TypeError's text is a programmer's, not a user's.
    if text and not isinstance(error, (KeyError, TypeError, AttributeError, ValueError)):
        return text
    return tr("Unexpected problem ({kind}); the details are in the OneAtlas PPO log "
              "(View > Panels > Log Messages).").format(kind=type(error).__name__)


def log_error(what: str, error: BaseException) -> None:
    """Details for the plugin log: the error type and message, a traceback only for unexpected errors."""
    if isinstance(error, errors.OneAtlasError) or getattr(error, "expected", False):
        status = getattr(error, "status", None)
        server = getattr(error, "server_message", None)
        LOGGER.warning("%s failed: %s: %s%s%s", what, type(error).__name__, error,
                       f" (HTTP {status})" if status else "", f" server said: {server}" if server else "")
    else:
        LOGGER.error("%s failed with an unexpected error", what, exc_info=error)


def log_and_describe(what: str, error: BaseException) -> str:
    """The default failure reporter (without a session): details to the log, words for the panel."""
    log_error(what, error)
    return describe_error(error)


def client_or_report(client_provider, what: str, report_failure, show) -> object:
    """The client from ``client_provider``, or None after ``show(words)`` said why there is none (no key,
    a locked key, bad settings): a button handler never raises into QGIS."""
    try:
        client = client_provider()
        if client is None:
            raise errors.ConfigurationError(tr("Not connected: open the settings and add your API key."))
        return client
    except Exception as error:  # noqa: BLE001 -- shown in words, details in the log
        show(report_failure(what, error))
        return None
