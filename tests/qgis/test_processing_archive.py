"""The provider's AOI and archive algorithms run with processing.run against the simulator."""

import math

from shapely.geometry import Polygon, shape

from oneatlas_ppo.core.aoi import geodesic_area_km2

from . import processing_support as support
from .processing_support import TOULOUSE_RING, features, output_layer, polygon_layer

# The shared fixtures, made visible to pytest in this module.
processing_framework, provider, signed_in = support.processing_framework, support.provider, support.signed_in


def circle(lon, lat, radius, count, clockwise=False):
    angles = [2 * math.pi * i / count for i in range(count)]
    points = [(lon + radius * math.cos(angle), lat + radius * math.sin(angle)) for angle in angles]
    if clockwise:
        points.reverse()
    return [list(point) for point in points + points[:1]]


def test_checkaoi_fixes_a_1500_vertex_aoi_with_a_hole(provider, processing_framework):
    outline = circle(1.44, 43.60, 0.05, 1500)
    hole = circle(1.44, 43.60, 0.01, 40, clockwise=True)
    layer = polygon_layer([[outline, hole]], "holed")

    checked = processing_framework.run(
        "oneatlas:checkaoi", {"INPUT": layer, "FIX": False, "OUTPUT": "TEMPORARY_OUTPUT"}
    )
    assert checked["VALID"] is False
    assert "hole" in checked["PROBLEMS"].lower()
    # the corners drawn (the closing position aside) against the limit in that same unit, as in the AOI tab
    assert "The area has 1 500 vertices; OneAtlas accepts at most 998." in checked["PROBLEMS"].splitlines()
    [before] = features(output_layer(checked))
    assert before["vertices"] == 1500

    fixed = processing_framework.run(
        "oneatlas:checkaoi", {"INPUT": layer, "FIX": True, "OUTPUT": "TEMPORARY_OUTPUT"}
    )
    assert fixed["VALID"] is True, fixed["PROBLEMS"]
    assert fixed["PROBLEMS"] == ""
    out = output_layer(fixed)
    assert out.crs().authid() == "EPSG:4326"
    [aoi] = features(out)
    polygon = aoi.geometry().constGet()
    assert polygon.numInteriorRings() == 0
    assert aoi["vertices"] == polygon.exteriorRing().numPoints() - 1 <= 998
    assert abs(aoi["area_km2"] - fixed["AREA_KM2"]) < 1e-9
    # Filling the hole and simplifying keep the outline: the area is the whole disc's, within 1 %.
    disc = geodesic_area_km2(Polygon(outline))
    assert abs(fixed["AREA_KM2"] - disc) < 0.01 * disc


def catalogue_matches(simulator, aoi, constellations, max_cloud):
    return {
        item["properties"]["id"]
        for item in simulator.items.values()
        if item["properties"]["constellation"] in constellations
        and item["properties"]["cloudCover"] <= max_cloud
        and shape(item["geometry"]).intersects(aoi)
    }


def test_searcharchive_writes_the_catalogue_scenes_over_the_aoi(signed_in, processing_framework):
    simulator = signed_in
    layer = polygon_layer([[TOULOUSE_RING]], "toulouse")
    result = processing_framework.run(
        "oneatlas:searcharchive",
        {"AOI": layer, "CONSTELLATIONS": [1, 2], "MAX_CLOUD": 30, "OUTPUT": "TEMPORARY_OUTPUT"},
    )
    out = output_layer(result)
    found = features(out)
    expected = catalogue_matches(simulator, Polygon(TOULOUSE_RING), {"PHR", "SPOT"}, 30)
    assert expected, "the seeded catalogue should hold scenes over Toulouse"
    assert {item["scene_id"] for item in found} == expected
    assert result["COUNT"] == len(expected)
    for item in found:
        sim_scene = simulator.items[item["scene_id"]]["properties"]
        assert item["platform"] == sim_scene["platform"]
        assert item["constellation"] == sim_scene["constellation"]
        assert abs(item["cloud_pct"] - sim_scene["cloudCover"]) < 1e-6
        assert item["datastrip_id"] == sim_scene["archiveIdentifier"]
        assert item["acquired"].toString("yyyy-MM-dd") == sim_scene["acquisitionDate"][:10]
        assert 0 < item["aoi_cover_pct"] <= 100
    assert out.crs().authid() == "EPSG:4326"


def test_pricearchive_prices_the_selected_scenes_per_product(signed_in, processing_framework):
    simulator = signed_in
    layer = polygon_layer([[TOULOUSE_RING]], "toulouse")
    search = processing_framework.run(
        "oneatlas:searcharchive", {"AOI": layer, "CONSTELLATIONS": [0, 2], "OUTPUT": "TEMPORARY_OUTPUT"}
    )
    scenes = output_layer(search)
    neo = next(item for item in scenes.getFeatures() if item["constellation"] == "PNEO")
    spot = next(item for item in scenes.getFeatures() if item["constellation"] == "SPOT")
    scenes.selectByIds([neo.id(), spot.id()])
    from qgis.core import QgsProcessingFeatureSourceDefinition

    result = processing_framework.run(
        "oneatlas:pricearchive",
        {
            "SCENES": QgsProcessingFeatureSourceDefinition(scenes.id(), True),
            "AOI": layer,
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )
    rows = features(output_layer(result))
    assert sorted(row["constellation"] for row in rows) == ["PNEO", "SPOT"]
    assert result["CURRENCY"] == "EUR"
    assert abs(result["PRICE"] - sum(row["amount"] for row in rows)) < 0.01
    assert result["PRICE"] > 0
    assert [r for r in simulator.requests if r.method == "POST" and r.path == "/api/v1/orders"] == []


def test_every_algorithm_documents_each_parameter_and_gives_an_example(provider):
    """The help QGIS shows (the dialog's tooltips, `qgis_process help`): every parameter says what it is for,
    every algorithm's short help ends with a qgis_process example naming only its own parameters."""
    assert sorted(alg.name() for alg in provider.algorithms()) == [
        "checkaoi", "download", "feasibility", "listorders", "placeorder", "pricearchive", "searcharchive"]
    for algorithm in provider.algorithms():
        undocumented = [p.name() for p in algorithm.parameterDefinitions() if not p.help().strip()]
        assert undocumented == [], algorithm.id()
        text = algorithm.shortHelpString()
        assert "Example (qgis_process):" in text, algorithm.id()
        example = text.split("Example (qgis_process):", 1)[1].strip()
        assert example.startswith(f"qgis_process run {algorithm.id()} -- "), algorithm.id()
        names = {p.name() for p in algorithm.parameterDefinitions()}
        given = [word.split("=", 1)[0] for word in example.split(" -- ", 1)[1].split() if "=" in word]
        assert given and set(given) <= names, (algorithm.id(), given)
        assert len(given) == len(set(given)), f"{algorithm.id()}: a parameter given twice (3.22 refuses it)"
