"""The plugin's own map layers (archive footprints, quicklooks...) carry a custom property under
"oneatlas_ppo/": they are results to look at, never a source for an AOI."""

OWN_PROPERTY_PREFIX = "oneatlas_ppo/"
# QGIS asks at Exit or New/Open project whether to lose "temporary layers" (memory layers with features,
# files in its temporary folder) unless a layer carries this property. Ours are results the plugin can fetch
# again, not the user's work: that question, caused by us, would only alarm.
SKIP_MEMORY_LAYER_CHECK = "skipMemoryLayersCheck"


def is_own_layer(layer) -> bool:
    if layer is None:
        return False
    try:
        keys = layer.customPropertyKeys()
    except RuntimeError:  # a layer being deleted
        return False
    return any(str(key).startswith(OWN_PROPERTY_PREFIX) for key in keys)


def own_layers(project) -> list:
    return [layer for layer in project.mapLayers().values() if is_own_layer(layer)]
