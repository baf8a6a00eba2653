"""qgis_process, as a server script runs it: a fresh profile with the plugin installed from its package zip
and enabled with `qgis_process plugins enable`, the API key and origin from the environment, against the
simulator. On Debian 12 the `qgis_process` wrapper passes --noversioncheck, which 3.22's binary rejects:
the binary is called directly."""

import json
import os
import shutil
import subprocess

import pytest
from qgis.core import QgsVectorLayer
from shapely.geometry import Polygon, shape

from scripts import package
from scripts.qgis_profile import PLUGIN_NAME, prepare_profile

from .processing_support import TOULOUSE_RING

BINARY = shutil.which("qgis_process.bin") or shutil.which("qgis_process")
pytestmark = pytest.mark.skipif(BINARY is None, reason="needs qgis_process")
COURTYARD = [[1.435, 43.595], [1.435, 43.605], [1.445, 43.605], [1.445, 43.595], [1.435, 43.595]]


@pytest.fixture(scope="module")
def profile_root(tmp_path_factory):
    root = tmp_path_factory.mktemp("qgis-process")
    archive = package.build_zip(root / "dist")
    # Installed but switched off: `plugins enable` must be what turns it on.
    prepare_profile(root / "profiles-root", archive, settings={"PythonPlugins": {PLUGIN_NAME: "false"}})
    return root


def run(profile_root, *arguments, env=None):
    environment = {key: value for key, value in os.environ.items()
                   if not key.startswith("ONEATLAS_") and key != "QGIS_CUSTOM_CONFIG_PATH"}
    environment.update({"QT_QPA_PLATFORM": "offscreen", "XDG_RUNTIME_DIR": "/tmp/runtime-" + str(os.getuid()),
                        # qgis_process 3.22 has no --profiles-path: the profiles root comes from here.
                        "QGIS_CUSTOM_CONFIG_PATH": str(profile_root / "profiles-root")})
    environment.update(env or {})
    return subprocess.run([BINARY, *arguments], env=environment, capture_output=True, text=True, timeout=180,
                          check=False)


def run_json(profile_root, algorithm, parameters, env=None):
    completed = run(profile_root, "--json", "run", algorithm, "--",
                    *[f"{name}={value}" for name, value in parameters.items()], env=env)
    assert completed.returncode == 0, completed.stdout + completed.stderr
    return json.loads(completed.stdout)["results"]


def test_qgis_process_runs_checkaoi_and_searcharchive_against_the_simulator(profile_root, simulator,
                                                                          demo_user):
    enabled = run(profile_root, "plugins", "enable", PLUGIN_NAME)
    assert enabled.returncode == 0, enabled.stdout + enabled.stderr
    listed = run(profile_root, "list")
    for name in ("checkaoi", "searcharchive", "pricearchive", "feasibility", "placeorder", "listorders",
                 "download"):
        assert f"oneatlas:{name}" in listed.stdout

    site = profile_root / "site.geojson"
    site.write_text(json.dumps({"type": "FeatureCollection", "features": [{
        "type": "Feature", "properties": {},
        "geometry": {"type": "Polygon", "coordinates": [TOULOUSE_RING, COURTYARD]}}]}))
    fixed_path = profile_root / "site_aoi.gpkg"
    checked = run_json(profile_root, "oneatlas:checkaoi",
                       {"INPUT": site, "FIX": "true", "OUTPUT": fixed_path})
    assert checked["VALID"] is True and checked["PROBLEMS"] == ""
    fixed = QgsVectorLayer(str(fixed_path), "fixed", "ogr")
    [aoi] = list(fixed.getFeatures())
    assert aoi.geometry().constGet().numInteriorRings() == 0  # the courtyard was filled
    assert aoi["vertices"] == 4 and abs(aoi["area_km2"] - checked["AREA_KM2"]) < 1e-9

    env = {"ONEATLAS_API_KEY": demo_user.api_key, "ONEATLAS_API_ORIGIN": simulator.origin}
    scenes_path = profile_root / "scenes.gpkg"
    # Two constellations written as the README and the help write them (3.22 refuses a repeated parameter).
    found = run_json(profile_root, "oneatlas:searcharchive", {
        "AOI": fixed_path, "CONSTELLATIONS": "1,2", "MAX_CLOUD": 50, "OUTPUT": scenes_path}, env=env)
    scenes = QgsVectorLayer(str(scenes_path), "scenes", "ogr")
    ids = {item["scene_id"] for item in scenes.getFeatures()}
    expected = {item["properties"]["id"] for item in simulator.items.values()
                if item["properties"]["constellation"] in ("PHR", "SPOT")
                and item["properties"]["cloudCover"] <= 50
                and shape(item["geometry"]).intersects(Polygon(TOULOUSE_RING))}
    assert ids == expected and found["COUNT"] == len(expected) > 0
    assert {item["constellation"] for item in scenes.getFeatures()} == {"PHR", "SPOT"}
    searches = [r for r in simulator.requests if r.service == "search"]
    assert searches and searches[-1].json["constellation"] == "PHR,SPOT"


def test_qgis_process_without_a_key_says_both_ways(profile_root, simulator):
    run(profile_root, "plugins", "enable", PLUGIN_NAME)
    site = profile_root / "plain.geojson"
    site.write_text(json.dumps({"type": "FeatureCollection", "features": [{
        "type": "Feature", "properties": {},
        "geometry": {"type": "Polygon", "coordinates": [TOULOUSE_RING]}}]}))
    completed = run(profile_root, "run", "oneatlas:searcharchive", "--", f"AOI={site}",
                    f"OUTPUT={profile_root / 'none.gpkg'}", env={"ONEATLAS_API_ORIGIN": simulator.origin})
    assert completed.returncode != 0
    said = completed.stdout + completed.stderr
    assert "ONEATLAS_API_KEY" in said and "plugin settings" in said
    assert "Traceback" not in said
    assert [r for r in simulator.requests if r.service == "search"] == []
