"""A downloaded product's default look: natural colour, stretched (12-bit data would otherwise look black),
and a false-colour preset where the product has a near-infrared band.

Band order follows the Airbus DIMAP products (red, green, blue, near infrared for 4-band bundles); a
3-band image is taken as red, green, blue. Both presets are kept as named styles of the layer, so the user
switches with the layer's Styles menu.

Outside its footprint a product is padded to its bounding box with 0 in every band: the DIMAP special value 0,
"No data, black edges outside of valid image data" (DIMAP dictionary, Special_Value,
intelligence-airbusds.com/dimap/spec/dictionary/spotview/SPECIAL_VALUE.htm), which the JPEG 2000 or GeoTIFF
image file itself usually does not declare as no-data; the simulator's products are padded the same way.
Unless the file declares its own no-data value (GDAL then applies it, and nothing is added), 0 is set as
no-data on every band, before the stretch is computed: the padding is transparent on the map and left out of
the 2-98 % cut (which it would otherwise drag down to 0, leaving the image dull). A pixel is hidden only where
a displayed band is exactly 0; dark pixels (1 and above) are kept. Not a transparency rule on (0, 0, 0): QGIS
tests it on the stretched values, so it would also hide the darkest pixels, those the stretch takes to black.
"""

from qgis.core import (
    Qgis,
    QgsContrastEnhancement,
    QgsMultiBandColorRenderer,
    QgsRasterLayer,
    QgsRasterMinMaxOrigin,
    QgsRasterRange,
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


def set_padding_transparent(layer: QgsRasterLayer) -> None:
    """The pixels outside the footprint as no-data: the file's own no-data value when it declares one, else
    0 on every band (the padding of delivered products)."""
    provider = layer.dataProvider()
    bands = range(1, layer.bandCount() + 1)
    if any(provider.sourceHasNoDataValue(band) for band in bands):
        for band in bands:
            provider.setUseSourceNoDataValue(band, True)
        return
    for band in bands:
        provider.setUserNoDataValue(band, [QgsRasterRange(0, 0)])


def is_high_bit_depth(layer: QgsRasterLayer) -> bool:
    return layer.dataProvider().dataType(1) in (Qgis.DataType.UInt16, Qgis.DataType.Int16)


def apply_default_style(layer: QgsRasterLayer) -> str:
    """Set the presets on ``layer``; returns the name of the style in use (natural colour)."""
    bands = layer.bandCount()
    if bands < 3:
        return ""
    manager = layer.styleManager()
    set_padding_transparent(layer)  # first: the stretches below leave the padding out
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
