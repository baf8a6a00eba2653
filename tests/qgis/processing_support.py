"""Shared by the Processing provider tests: the plugin loaded (its provider registered through
initGui/initProcessing), the demo user's key stored and the simulator chosen in the plugin's settings,
exactly as a user sets them; and small helpers to make layers and read outputs."""

import json

import pytest
from qgis.core import QgsApplication, QgsProject, QgsVectorLayer

from oneatlas_ppo.ui.connection import credentials
from oneatlas_ppo.ui.connection.settings import SIMULATOR, ConnectionSettings

TOULOUSE_RING = [[1.40, 43.57], [1.48, 43.57], [1.48, 43.63], [1.40, 43.63], [1.40, 43.57]]


@pytest.fixture
def processing_framework(qgis_processing):
    """QGIS's Processing plugin initialised (pytest-qgis), imported the way scripts import it."""
    import processing

    return processing


@pytest.fixture
def provider(loaded_plugin, processing_framework):
    registered = QgsApplication.processingRegistry().providerById("oneatlas")
    assert registered is not None, "the plugin did not register its provider"
    layers_before = set(QgsProject.instance().mapLayers())
    yield registered
    # The layers a test made or the algorithms wrote leave the project with the test.
    QgsProject.instance().removeMapLayers(list(set(QgsProject.instance().mapLayers()) - layers_before))


@pytest.fixture
def signed_in(provider, simulator, demo_user, monkeypatch):
    """The plugin's stored key and saved connection point at the simulator (no environment variable)."""
    monkeypatch.delenv("ONEATLAS_API_KEY", raising=False)
    monkeypatch.delenv("ONEATLAS_API_ORIGIN", raising=False)
    saved = ConnectionSettings.load()
    ConnectionSettings(environment=SIMULATOR, simulator_origin=simulator.origin).save()
    credentials.store_api_key(demo_user.api_key)
    yield simulator
    credentials.forget_api_key()
    saved.save()


def polygon_layer(rings_list, name="aoi", crs="EPSG:4326", tmp_path=None):
    """A memory polygon layer, one feature per list of rings (added to the project so ids resolve)."""
    layer = QgsVectorLayer(f"Polygon?crs={crs}", name, "memory")
    features = [
        {"type": "Feature", "properties": {}, "geometry": {"type": "Polygon", "coordinates": rings}}
        for rings in rings_list
    ]
    if tmp_path is not None:
        path = tmp_path / f"{name}.geojson"
        path.write_text(json.dumps({"type": "FeatureCollection", "features": features}))
        layer = QgsVectorLayer(str(path), name, "ogr")
    else:
        from qgis.core import QgsFeature, QgsGeometry

        provider = layer.dataProvider()
        for rings in rings_list:
            item = QgsFeature()
            wkt = (
                "POLYGON("
                + ",".join("(" + ",".join(f"{x} {y}" for x, y in ring) + ")" for ring in rings)
                + ")"
            )
            item.setGeometry(QgsGeometry.fromWkt(wkt))
            provider.addFeatures([item])
        layer.updateExtents()
    assert layer.isValid()
    QgsProject.instance().addMapLayer(layer, False)
    return layer


def output_layer(result, name="OUTPUT", context=None):
    """The layer an algorithm wrote (a memory layer id, or a file path)."""
    value = result[name]
    layer = value if isinstance(value, QgsVectorLayer) else None
    if layer is None and isinstance(value, str):
        layer = QgsProject.instance().mapLayer(value)
    if layer is None and context is not None:
        layer = context.getMapLayer(value)
    if layer is None:
        layer = QgsVectorLayer(str(value), name, "ogr")
    assert layer is not None and layer.isValid(), f"cannot open the output {value!r}"
    if QgsProject.instance().mapLayer(layer.id()) is None:
        QgsProject.instance().addMapLayer(layer, False)  # so that a later run finds it by id
    return layer


def features(layer):
    return list(layer.getFeatures())
