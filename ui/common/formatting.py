"""One vocabulary for what the panel shows: product and back-end names, money, areas, times, colours.

Names come from ``core.names`` (the Processing provider and scripts use the same ones); this module
only turns values into text for widgets, through Qt's locale.
"""

from qgis.PyQt.QtCore import QCoreApplication, QDate

from ...core.names import BACKEND_NAMES, CONSTELLATION_NAMES
from .i18n import is_english_locale, locale

# Colours, by meaning. Text colours are dark enough to read on QGIS's light and dark themes' panels.
ERROR_COLOUR = "#b00020"
SUCCESS_COLOUR = "#1b5e20"
MUTED_COLOUR = "#5f6368"
WARNING_COLOUR = "#a15c00"  # a note to heed (the minimum order area), not an error
ERROR_STYLE = f"color: {ERROR_COLOUR};"
SUCCESS_STYLE = f"color: {SUCCESS_COLOUR}; font-weight: bold;"
STATUS_COLOURS = {"green": "#2e7d32", "amber": "#e69500", "red": "#c62828", "grey": "#8a8a8a"}


def tr(text: str) -> str:
    return QCoreApplication.translate("Formatting", text)


def constellation_label(constellation: str) -> str:
    """'Pléiades Neo' for PNEO, 'Pléiades' for PHR, 'SPOT' for SPOT; an unknown code as it is."""
    return CONSTELLATION_NAMES.get((constellation or "").upper(), constellation or "")


def backend_label(backend: str) -> str:
    return BACKEND_NAMES.get(backend, backend or tr("unknown back-end"))


# Symbols written after the amount in languages other than English ("1 234,50 €"); English keeps the ISO
# code ("1,234.50 EUR"), as OneAtlas's English portal and invoices show it.
CURRENCY_SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£"}


def _is_english() -> bool:
    return is_english_locale()


def decimal(value: float, decimals: int = 2) -> str:
    return locale().toString(float(value), "f", decimals)


def money(amount, currency: str) -> str:
    """'1,234.50 EUR' in English, '1 234,50 €' in French: the amount as a number, never parsed back."""
    if amount is None:
        return tr("unknown amount")
    code = currency or ""
    symbol = code if _is_english() else CURRENCY_SYMBOLS.get(code.upper(), code)
    return f"{decimal(amount)} {symbol}".strip()


def credit(amount, currency: str) -> str:
    """A contract's credit; an account may not report it."""
    return tr("credit not reported") if amount is None else money(amount, currency)


def km2(value) -> str:
    return "–" if value is None else f"{decimal(value)} km²"


def utc_time(moment, missing: str = "?") -> str:
    """'2026-12-05 14:03 UTC' in English (ISO, unambiguous), '5 déc. 2026 14:03 UTC' in French."""
    if not moment:
        return missing
    if _is_english():
        return moment.strftime("%Y-%m-%d %H:%M UTC")
    return f"{day(moment)} {moment.strftime('%H:%M')} UTC"


def day(moment, missing: str = "–") -> str:
    """A date in the user's language: '2026-12-05' in English, '5 déc. 2026' in French."""
    if not moment:
        return missing
    if _is_english():
        return moment.strftime("%Y-%m-%d")
    return locale().toString(QDate(moment.year, moment.month, moment.day), "d MMM yyyy")


def aoi_state(refused: bool, missing: bool, ready: str) -> str:
    """What a tab that works over the AOI says about it: fix it first, draw one first, or ``ready``."""
    if refused:
        return tr("OneAtlas would refuse the current area of interest: fix it in the AOI tab first.")
    if missing:
        return tr("Draw or choose an area of interest in the AOI tab first.")
    return ready
