"""Plain-file icons (no compiled Qt resources, which Qt6 / QGIS 4 no longer supports)."""

from pathlib import Path

from qgis.PyQt.QtGui import QIcon

ICONS_DIR = Path(__file__).resolve().parents[2] / "resources" / "icons"


def icon_path(name: str) -> str:
    return str(ICONS_DIR / f"{name}.svg")


def icon(name: str) -> QIcon:
    return QIcon(icon_path(name))
