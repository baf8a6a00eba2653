"""The plugin's one named logger ("oneatlas_ppo") and the redaction of secrets.

Every module logs through ``LOGGER`` (not child loggers): a filter attached to a logger only sees records
logged on that very logger, so a single logger is the simplest way to make sure nothing escapes redaction.
Secrets (the API key, every token) are registered here as soon as they are known and replaced by "***"
in log records and in error messages.
"""

import logging
import re
import threading

from .i18n import Text, english

LOGGER_NAME = "oneatlas_ppo"
MASK = "***"

_secrets = set()
_secrets_lock = threading.Lock()

# Shapes that carry credentials even when the value was never registered (e.g. a token from a response
# we could not parse): Authorization headers, form fields and query parameters.
_CREDENTIAL_PATTERNS = [
    re.compile(r"(?i)(bearer\s+)[A-Za-z0-9._~+/=-]+"),
    re.compile(r"(?i)(basic\s+)[A-Za-z0-9+/=]+"),
    re.compile(r"(?i)((?:api_?key|access_token|token|password)[\"']?\s*[=:]\s*[\"']?)[^&\s\"',}]+"),
]


def register_secret(value):
    """Remember a secret so that it is masked wherever it would be logged or shown."""
    if value and len(str(value)) >= 4:
        with _secrets_lock:
            _secrets.add(str(value))


def redact(text):
    """Return ``text`` with every registered secret and credential-looking value masked."""
    if text is None:
        return text
    text = str(text)
    with _secrets_lock:
        secrets = sorted(_secrets, key=len, reverse=True)
    for secret in secrets:
        if secret in text:
            text = text.replace(secret, MASK)
    for pattern in _CREDENTIAL_PATTERNS:
        text = pattern.sub(lambda match: match.group(1) + MASK, text)
    return text


class RedactionFilter(logging.Filter):
    """Rewrites each record's final message with secrets masked (arguments are merged first)."""

    def filter(self, record):
        if isinstance(record.args, tuple):  # an error's sentence in English, whatever the user's language
            record.args = tuple(english(arg) if isinstance(getattr(arg, "message", None), Text)
                                and isinstance(arg, BaseException) else arg for arg in record.args)
        try:
            message = record.getMessage()
        except Exception:  # a broken format string must not hide the record, nor leak its arguments
            message = str(record.msg)
        record.msg = redact(message)
        record.args = None
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        return True


def _make_logger():
    logger = logging.getLogger(LOGGER_NAME)
    if not any(isinstance(existing, RedactionFilter) for existing in logger.filters):
        logger.addFilter(RedactionFilter())
    return logger


LOGGER = _make_logger()
