"""The language QGIS runs in: the plugin's Qt translator, the locale for numbers and dates, and the
translation of the sentences ``core/`` builds (``core.i18n.Text``) at the boundary.

Light on purpose: imported by ``plugin.initGui()`` (no core, no shapely here)."""

from pathlib import Path
from typing import Optional

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QDate, QLocale, QTranslator

from ...core import i18n as core_i18n
from ...core.i18n import (
    QT_TRANSLATE_NOOP,  # noqa: F401 -- the marker, for ui/ modules too
    Date,
    Number,
)

I18N_FOLDER = Path(__file__).resolve().parent.parent.parent / "i18n"
CORE_CONTEXT = "core"
# The source language's catalogue holds only the plural forms ("%n scene(s)" -> "1 scene", "3 scenes"):
# loaded for English, and for any language the plugin is not translated into (its texts are English).
ENGLISH = "en"


def qgis_locale_name() -> str:
    """'fr', 'fr_FR', 'en_US'...: QGIS's own choice (Settings > Options > General > Override system
    locale), or the system's when QGIS follows it."""
    settings = QgsSettings()
    override = settings.value("locale/overrideFlag", False, type=bool)
    chosen = settings.value("locale/userLocale", "", type=str) if override else ""
    return chosen or QLocale.system().name()


def qgis_locale() -> QLocale:
    """QGIS's locale for numbers and dates ('locale/globalLocale' when QGIS sets one apart)."""
    settings = QgsSettings()
    name = settings.value("locale/globalLocale", "", type=str) if settings.value(
        "locale/overrideFlag", False, type=bool) else ""
    return QLocale(name or qgis_locale_name())


_LOCALE = []


def locale() -> QLocale:
    """QGIS's locale, read once per load of the plugin (``install_translator`` reads it again)."""
    if not _LOCALE:
        _LOCALE.append(qgis_locale())
    return _LOCALE[0]


def is_english_locale() -> bool:
    """Numbers and dates the English way ("C", no locale set as on build machines, reads as English)."""
    return locale().language() in (QLocale.Language.English, QLocale.Language.C)


def install_translator(locale_name: Optional[str] = None) -> Optional[QTranslator]:
    """Install the plugin's catalogue for QGIS's language ('fr_FR' falls back to 'fr', a language the
    plugin is not translated into to the English plurals); None when no catalogue is compiled."""
    _LOCALE.clear()
    core_i18n.set_translator(translated)  # str(error) of core's errors, in the user's language
    name = locale_name or qgis_locale_name()
    translator = QTranslator()
    for candidate in (name, name.split("_")[0], ENGLISH):
        path = I18N_FOLDER / f"oneatlas_ppo_{candidate}.qm"
        if path.is_file() and translator.load(str(path)):
            QCoreApplication.installTranslator(translator)
            return translator
    return None


def remove_translator(translator: Optional[QTranslator]) -> None:
    _LOCALE.clear()
    core_i18n.set_translator(None)
    if translator is not None:
        QCoreApplication.removeTranslator(translator)


def translated(text) -> str:
    """A sentence from core (``core.i18n.Text``) in the user's language, its numbers (``Number``) in the
    user's locale; any other value as it is."""
    if isinstance(text, Number):
        return number_text(text)
    if isinstance(text, Date):
        return date_text(text)
    template = getattr(text, "template", None)
    if template is None or not isinstance(text, str):
        return "" if text is None else str(text)
    english = str.__str__(text)
    count = getattr(text, "count", None)
    if count is not None:
        result = QCoreApplication.translate(CORE_CONTEXT, template, None, count)
        # No catalogue (English): Qt returns the template itself; the English words are in the text.
        return english if result == template.replace("%n", str(count)) else _count_in_locale(result, count)
    result = QCoreApplication.translate(CORE_CONTEXT, template)
    params = {key: translated(value) for key, value in getattr(text, "params", {}).items()}
    try:
        return result.format(**params) if params else result
    except (KeyError, IndexError, ValueError):  # a broken translation: the English is still right
        return english


def _count_in_locale(result: str, count: int) -> str:
    """A catalogue's "%Ln" writes the count in Qt's default locale, which QGIS may not have set (and a test
    run does not): write it in QGIS's locale, as every other number ("1 500 sommets", never "1,500")."""
    default, ours = QLocale().toString(count), locale().toString(count)
    return result.replace(default, ours, 1) if default != ours else result


def number_text(number: Number) -> str:
    """A number from core in QGIS's locale ("0,9 km²"); English keeps core's own writing ("1 204")."""
    if is_english_locale():
        return str.__str__(number)
    written = []
    for value, kind, precision in number.values:
        if kind == "d":
            written.append(locale().toString(int(value)))
        else:
            written.append(locale().toString(float(value), kind, int(precision)))
    return number.pattern.format(*written)


def date_text(date: Date) -> str:
    """A day from core in QGIS's locale ("5 déc.", "5 déc. 2025"); English keeps core's own ("5 Dec")."""
    if is_english_locale():
        return str.__str__(date)
    moment = date.moment
    return locale().toString(QDate(moment.year, moment.month, moment.day),
                             "d MMM yyyy" if date.with_year else "d MMM")
