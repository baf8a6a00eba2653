"""OneAtlas Pay-Per-Order: a QGIS plugin to order Airbus satellite imagery.

QGIS calls :func:`classFactory` when it loads the plugin. Importing this package imports nothing from QGIS,
so ``core`` stays usable (and testable) on its own; the Qt side is imported only when QGIS asks for it.
"""


def classFactory(iface):  # noqa: N802 (name required by QGIS)
    from .plugin import OneAtlasPlugin

    return OneAtlasPlugin(iface)
