"""The example model of docs/examples (check AOI -> search the archive -> price) runs as a user runs it."""

from pathlib import Path

from qgis.core import QgsProcessingModelAlgorithm

from . import processing_support as support
from .processing_support import TOULOUSE_RING, features, output_layer, polygon_layer

processing_framework, provider, signed_in = support.processing_framework, support.provider, support.signed_in
MODEL = Path(__file__).resolve().parents[2] / "docs" / "examples" / "archive_price.model3"
COURTYARD = [[1.435, 43.595], [1.435, 43.605], [1.445, 43.605], [1.445, 43.595], [1.435, 43.595]]


def test_the_example_model_checks_searches_and_prices(signed_in, processing_framework):
    simulator = signed_in
    model = QgsProcessingModelAlgorithm()
    assert model.fromFile(str(MODEL)), "the model file does not load"
    assert [child.algorithmId() for child in sorted(model.childAlgorithms().values(),
                                                    key=lambda c: c.position().y())] == [
        "oneatlas:checkaoi", "oneatlas:searcharchive", "oneatlas:pricearchive"]
    # An AOI with a hole: the model's first step must fix it, or the search would refuse it.
    aoi = polygon_layer([[TOULOUSE_RING, COURTYARD]], "holed site")

    result = processing_framework.run(model, {
        "aoi": aoi, "max_cloud": 30, "checkaoi:Checked AOI": "TEMPORARY_OUTPUT",
        "searcharchive:Scenes": "TEMPORARY_OUTPUT", "pricearchive:Prices": "TEMPORARY_OUTPUT"})

    scenes = features(output_layer(result, "searcharchive:Scenes"))
    assert scenes and all(scene["cloud_pct"] <= 30 for scene in scenes)
    prices = features(output_layer(result, "pricearchive:Prices"))
    assert {row["constellation"] for row in prices} == {scene["constellation"] for scene in scenes}
    assert all(row["amount"] > 0 and row["currency"] == "EUR" for row in prices)
    assert sum(row["scenes"] for row in prices) == len(scenes)
    assert [r for r in simulator.requests if r.path == "/api/v1/prices"]
    assert [r for r in simulator.requests if r.method == "POST" and r.path == "/api/v1/orders"] == []
