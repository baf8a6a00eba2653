"""Writes archive_price.model3 (check AOI -> search the archive -> price), the example model of the README.

Run it inside QGIS's Python (or `python3` with PyQGIS and the plugin enabled) after changing the model:
    python3 docs/examples/build_archive_price_model.py
The Model Builder opens the file as it would any model; tests/qgis/test_processing_model.py runs it.
"""

from pathlib import Path

from qgis.core import (
    QgsProcessing,
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildAlgorithm,
    QgsProcessingModelChildParameterSource,
    QgsProcessingModelOutput,
    QgsProcessingModelParameter,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
)
from qgis.PyQt.QtCore import QPointF

HERE = Path(__file__).resolve().parent


def child(model, algorithm_id, child_id, description, sources, position, outputs=()):
    step = QgsProcessingModelChildAlgorithm(algorithm_id)
    step.setChildId(child_id)
    step.setDescription(description)
    step.setPosition(QPointF(*position))
    for name, source in sources.items():
        step.addParameterSources(name, [source])
    model_outputs = {}
    for name, title in outputs:
        output = QgsProcessingModelOutput(title)
        output.setChildOutputName(name)
        output.setChildId(child_id)
        model_outputs[title] = output
    step.setModelOutputs(model_outputs)
    model.addChildAlgorithm(step)


def build():
    model = QgsProcessingModelAlgorithm("Archive coverage and price", "OneAtlas examples",
                                        "archivecoverageprice")
    model.setHelpContent({"ALG_DESC": "Checks (and fixes) an area of interest, searches the OneAtlas archive "
                          "over it and prices the scenes found. Nothing is ordered."})
    aoi = QgsProcessingParameterFeatureSource("aoi", "Area of interest",
                                              [QgsProcessing.SourceType.TypeVectorPolygon])
    cloud = QgsProcessingParameterNumber("max_cloud", "Maximum cloud cover (%)",
                                         QgsProcessingParameterNumber.Type.Double, 20, False, 0, 100)
    for position, parameter in ((60, aoi), (200, cloud)):
        component = QgsProcessingModelParameter(parameter.name())
        component.setPosition(QPointF(120, position))
        model.addModelParameter(parameter, component)
    model_input = QgsProcessingModelChildParameterSource.fromModelParameter
    child_output = QgsProcessingModelChildParameterSource.fromChildOutput
    static = QgsProcessingModelChildParameterSource.fromStaticValue
    child(model, "oneatlas:checkaoi", "checkaoi", "Check (and fix) the AOI",
          {"INPUT": model_input("aoi"), "FIX": static(True)}, (400, 60), [("OUTPUT", "Checked AOI")])
    child(model, "oneatlas:searcharchive", "searcharchive", "Search the archive",
          {"AOI": child_output("checkaoi", "OUTPUT"), "CONSTELLATIONS": static([0, 1, 2]),
           "MAX_CLOUD": model_input("max_cloud"), "MAX_SCENES": static(500)},
          (400, 200), [("OUTPUT", "Scenes")])
    child(model, "oneatlas:pricearchive", "pricearchive", "Price the scenes",
          {"SCENES": child_output("searcharchive", "OUTPUT"), "AOI": child_output("checkaoi", "OUTPUT")},
          (400, 340), [("OUTPUT", "Prices")])
    return model


if __name__ == "__main__":
    import sys

    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    sys.path.insert(0, "/usr/share/qgis/python/plugins")
    from processing.core.Processing import Processing

    Processing.initialize()
    target = HERE / "archive_price.model3"
    assert build().toFile(str(target)), "could not write the model"
    sys.stdout.write(f"wrote {target}\n")
