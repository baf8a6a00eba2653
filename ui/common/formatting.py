"""One vocabulary for what the panel shows: product and back-end names, money, areas, times, colours.

Names come from ``core.names`` (the Processing provider and scripts use the same ones); this module
only turns values into text for widgets, through Qt's locale.
"""

from qgis.PyQt.QtCore import QCoreApplication, QLocale

from ...core.names import BACKEND_NAMES, CONSTELLATION_NAMES

# Colours, by meaning. Text colours are dark enough to read on QGIS's light and dark themes' panels.
ERROR_COLOUR = "#b00020"
SUCCESS_COLOUR = "#1b5e20"
MUTED_COLOUR = "#5f6368"
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


def decimal(value: float, decimals: int = 2) -> str:
    return QLocale().toString(float(value), "f", decimals)


def money(amount, currency: str) -> str:
    if amount is None:
        return tr("unknown amount")
    return f"{decimal(amount)} {currency or ''}".strip()


def credit(amount, currency: str) -> str:
    """A contract's credit; an account may not report it."""
    return tr("credit not reported") if amount is None else money(amount, currency)


def km2(value) -> str:
    return "–" if value is None else f"{decimal(value)} km²"


def utc_time(moment, missing: str = "?") -> str:
    return moment.strftime("%Y-%m-%d %H:%M UTC") if moment else missing


def aoi_state(refused: bool, missing: bool, ready: str) -> str:
    """What a tab that works over the AOI says about it: fix it first, draw one first, or ``ready``."""
    if refused:
        return tr("OneAtlas would refuse the current area of interest: fix it in the AOI tab first.")
    if missing:
        return tr("Draw or choose an area of interest in the AOI tab first.")
    return ready
