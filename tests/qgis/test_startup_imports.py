"""QGIS pays for our initGui() at every start: it must import no heavy library and build no tab; a dock left
open in the last session is filled in once QGIS has finished starting, and then works fully.

Runs tests/qgis/startup_check.py in a new Python process: in this one, other tests have long imported
shapely, pyproj and requests, so nothing could be learnt here."""

import json
import os
import subprocess
import sys
from pathlib import Path

CHECK = Path(__file__).with_name("startup_check.py")


def run_startup_check(*arguments):
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    completed = subprocess.run([sys.executable, str(CHECK), *arguments], capture_output=True, text=True,
                               timeout=180, env=environment, check=False)
    lines = [line for line in completed.stdout.splitlines() if line.startswith("{")]
    assert lines, f"no report:\n{completed.stdout[-3000:]}\n{completed.stderr[-3000:]}"
    return json.loads(lines[-1])


ALGORITHMS = ["oneatlas:checkaoi", "oneatlas:download", "oneatlas:feasibility", "oneatlas:listorders",
              "oneatlas:placeorder", "oneatlas:pricearchive", "oneatlas:searcharchive"]


def test_the_processing_provider_registers_after_start_without_the_client_or_the_aoi_rules():
    report = run_startup_check("--dock-closed")

    assert report["built_while_starting"] is False
    assert report["provider_registered"] is True
    assert report["provider_algorithms"] == ALGORITHMS
    # Its modules were imported in a background thread; its algorithms import requests, shapely and pyproj
    # when they run: registering imported none of them. The closed dock built nothing.
    assert report["provider_imported_by"] == "oneatlas-warm-up"
    assert report["heavy_after_provider"] == report["heavy_before"]
    assert report["built"] is False
    assert report["provider_after_unload"] is False


def test_init_gui_imports_nothing_heavy_and_the_dock_works_once_qgis_has_started():
    report = run_startup_check()

    # classFactory() + initGui(): the button, the menu and an empty dock; no heavy library, no tab.
    # QGIS 3.44's own Python start-up already loads numpy and shapely (3.22's loads none of them): what the
    # plugin is accountable for is every heavy library not yet loaded when it was imported.
    heavy = {"shapely", "pyproj", "requests", "numpy", "urllib3"} - set(report["heavy_before"])
    assert {"pyproj", "requests"} <= heavy, report["heavy_before"]
    imported = set(report["imported_at_init"])
    assert imported.isdisjoint(heavy), imported
    tab_or_client = ("oneatlas_ppo.ui.aoi", "oneatlas_ppo.ui.archive", "oneatlas_ppo.ui.orders",
                     "oneatlas_ppo.ui.dock_body", "oneatlas_ppo.core.client", "oneatlas_ppo.core.aoi")
    assert not [name for name in report["plugin_modules_at_init"] if name.startswith(tab_or_client)]
    assert report["toolbar"] == ["OneAtlas Pay-Per-Order"]
    assert report["menu"] == ["OneAtlas Pay-Per-Order", "Settings…"]

    # Left open last time: shown with QGIS's window, filled in only after initializationCompleted.
    assert report["dock_visible_while_starting"] is True
    assert report["built_while_starting"] is False
    assert report["built_after_start"] is True
    assert report["provider_algorithms"] == ALGORITHMS
    # The content's modules came in a background thread while the shell said so, not in QGIS's main thread.
    assert report["shown_while_loading"] == ["Loading…"]
    assert report["content_imported_by"] == dict.fromkeys(
        ["pyproj", "requests", "oneatlas_ppo.ui.dock_body", "oneatlas_ppo.ui.aoi.tab",
         "oneatlas_ppo.processing_provider.provider"], "oneatlas-warm-up")
    assert report["tabs"] == ["AOI", "Archive", "Tasking", "Orders"]
    assert "Not connected" in report["header"]
    assert report["aoi_tab"] == "AoiSection"

    # And it works fully: connected, an AOI imported, archive results found.
    assert report["connected"] is True
    assert report["header_connected"].startswith("Connected as")
    assert report["search_rows"] > 0, report["search_status"]
