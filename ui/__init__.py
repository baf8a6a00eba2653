"""The Qt/QGIS side of the plugin: dock, dialogs, map tools, background tasks, layers.

Everything here calls ``core`` for OneAtlas work and never speaks HTTP itself.
"""
