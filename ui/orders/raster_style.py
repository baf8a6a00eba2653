"""A downloaded product's default look: natural colour, stretched (12-bit data would otherwise look black),
and a false-colour preset where the product has a near-infrared band.

Band order follows the Airbus DIMAP products (red, green, blue, near infrared for 4-band bundles); a
3-band image is taken as red, green, blue. Both presets are kept as named styles of the layer, so the user
switches with the layer's Styles menu.
"""

from qgis.core import (
    Qgis,
    QgsContrastEnhancement,
    QgsMultiBandColorRenderer,
    QgsRasterLayer,
    QgsRasterMinMaxOrigin,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..common.i18n import QT_TRANSLATE_NOOP

NATURAL = QT_TRANSLATE_NOOP("RasterStyle", "natural colour")
FALSE_COLOUR = QT_TRANSLATE_NOOP("RasterStyle", "false colour (near infrared)")


def tr(text: str) -> str:
    return QCoreApplication.translate("RasterStyle", text)


def _colour(layer: QgsRasterLayer, red: int, green: int, blue: int) -> None:
    renderer = QgsMultiBandColorRenderer(layer.dataProvider(), red, green, blue)
    layer.setRenderer(renderer)
    # 2-98 % cumulative cut: the stretch that makes 12-bit (and dull 8-bit) data readable at once.
    layer.setContrastEnhancement(QgsContrastEnhancement.ContrastEnhancementAlgorithm.StretchToMinimumMaximum,
                                 QgsRasterMinMaxOrigin.Limits.CumulativeCut)


def is_high_bit_depth(layer: QgsRasterLayer) -> bool:
    return layer.dataProvider().dataType(1) in (Qgis.DataType.UInt16, Qgis.DataType.Int16)


def apply_default_style(layer: QgsRasterLayer) -> str:
    """Set the presets on ``layer``; returns the name of the style in use (natural colour)."""
    bands = layer.bandCount()
    if bands < 3:
        return ""
    manager = layer.styleManager()
    _colour(layer, 1, 2, 3)
    manager.renameStyle(manager.currentStyle(), tr(NATURAL))
    if bands >= 4:
        # The manager keeps the layer's look in its current style when switching: set the false colour
        # while that preset is current, then come back to natural colour.
        manager.addStyleFromLayer(tr(FALSE_COLOUR))
        manager.setCurrentStyle(tr(FALSE_COLOUR))
        _colour(layer, 4, 1, 2)
        manager.setCurrentStyle(tr(NATURAL))
    return tr(NATURAL)
