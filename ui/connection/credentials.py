"""The API key in the QGIS authentication database, encrypted with the user's master password.

Why here and nowhere else: QgsSettings and project files are plain text, and users (and reviewers) rightly
object to secrets stored there. Reading the key back decrypts it, which makes QGIS ask for its master
password when it was not entered yet in this session; so nothing here runs at plugin load, only when the
key is really needed, and the panel says beforehand why the prompt will come (``UNLOCK_EXPLANATION``).
"""

from typing import Optional

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication

from ...core.log import register_secret
from ..common.i18n import QT_TRANSLATE_NOOP

API_KEY_SETTING = "oneatlas_ppo/api_key"


def tr(text: str) -> str:
    return QCoreApplication.translate("Credentials", text)


UNLOCK_EXPLANATION_SOURCE = QT_TRANSLATE_NOOP(
    "Credentials", "QGIS will ask for its master password to unlock your stored API key.")


def unlock_explanation() -> str:
    return tr(UNLOCK_EXPLANATION_SOURCE)


class CredentialsError(Exception):
    """The key could not be stored or read; ``str()`` says why in words."""

    expected = True  # a user-facing failure (locked or undecryptable key): logged without a traceback


def _manager():
    return QgsApplication.authManager()


def storage_available() -> bool:
    """False when QGIS's authentication system is disabled (e.g. its crypto library is missing)."""
    return not _manager().isDisabled()


def has_stored_key() -> bool:
    """Whether a key is stored, without decrypting it (so without any master-password prompt)."""
    manager = _manager()
    return not manager.isDisabled() and manager.existsAuthSetting(API_KEY_SETTING)


def is_unlocked() -> bool:
    """True when reading the key will not open a master-password prompt."""
    return _manager().masterPasswordIsSet()


def load_api_key() -> Optional[str]:
    """The stored key, or None when none is stored. May open QGIS's master-password prompt.

    Raises CredentialsError when a key is stored but could not be decrypted (prompt cancelled or wrong
    master password)."""
    if not has_stored_key():
        return None
    value = _manager().authSetting(API_KEY_SETTING, None, True)
    key = str(value).strip() if value not in (None, "") else ""
    if not key:
        raise CredentialsError(tr(
            "Your stored API key is still locked: QGIS's master password was not entered. "
            "Connect again and enter the master password, or type the key again in the settings."))
    register_secret(key)
    return key


def store_api_key(key: str) -> None:
    """Store (or replace) the key, encrypted. May open QGIS's master-password prompt."""
    key = (key or "").strip()
    if not key:
        raise CredentialsError(tr("The API key is empty."))
    register_secret(key)
    if not storage_available():
        raise CredentialsError(tr(
            "QGIS's authentication database is not available, so the key cannot be stored encrypted. "
            "It will be used for this QGIS session only."))
    if not _manager().storeAuthSetting(API_KEY_SETTING, key, True):
        raise CredentialsError(tr(
            "The API key could not be stored: QGIS's master password was not entered. "
            "The key will be used for this QGIS session only."))


def forget_api_key() -> None:
    if has_stored_key():
        _manager().removeAuthSetting(API_KEY_SETTING)
