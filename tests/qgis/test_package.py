"""The zip from `make package` installs into a fresh QGIS profile and loads there, in a real QGIS."""

import json
import shutil
import textwrap
import zipfile

import pytest

from scripts import package
from scripts.qgis_profile import prepare_profile, run_qgis

pytestmark = pytest.mark.skipif(shutil.which("qgis") is None or shutil.which("xvfb-run") is None,
                                reason="needs the qgis application and xvfb-run")

CHECK_SCRIPT = """
import json, traceback
import qgis.utils
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication, QDockWidget

def report():
    result = {}
    try:
        main_window = qgis.utils.iface.mainWindow()
        result["active_plugins"] = list(qgis.utils.active_plugins)
        result["docks"] = [d.objectName() for d in main_window.findChildren(QDockWidget)
                           if d.objectName().startswith("OneAtlas")]
        result["actions"] = sorted({a.text() for a in main_window.findChildren(qgis.PyQt.QtWidgets.QAction)
                                    if a.objectName().startswith("OneAtlasPPO")})
        plugin = qgis.utils.plugins["oneatlas_ppo"]
        plugin.unload()
        result["docks_after_unload"] = [d.objectName() for d in main_window.findChildren(QDockWidget)
                                        if d.objectName().startswith("OneAtlas") and d.isVisible()]
    except Exception:
        result["error"] = traceback.format_exc()
    with open(RESULT_PATH, "w") as handle:
        json.dump(result, handle)
    QApplication.exit(0)

QTimer.singleShot(2000, report)
"""


def test_package_zip_has_one_top_folder_and_no_development_files(tmp_path):
    archive = package.build_zip(tmp_path)
    names = zipfile.ZipFile(archive).namelist()
    assert {name.split("/")[0] for name in names} == {"oneatlas_ppo"}
    assert "oneatlas_ppo/metadata.txt" in names
    assert "oneatlas_ppo/__init__.py" in names
    assert any(name.startswith("oneatlas_ppo/core/") for name in names)
    assert any(name.startswith("oneatlas_ppo/resources/icons/") for name in names)
    forbidden = ("tests/", "simulator/", "benchmarks/", "scripts/", ".ci/", "docs/", ".venv/", "Makefile",
                 "requirements-dev.txt", "pyproject.toml", "__pycache__", ".git")
    assert [name for name in names if any(part in name for part in forbidden)] == []


def test_package_installs_into_a_fresh_profile_and_loads_in_real_qgis(tmp_path):
    archive = package.build_zip(tmp_path / "dist")
    profiles = tmp_path / "profiles-root"
    prepare_profile(profiles, archive)
    result_path = tmp_path / "result.json"
    script = tmp_path / "check.py"
    script.write_text(f"RESULT_PATH = {str(result_path)!r}\n" + textwrap.dedent(CHECK_SCRIPT))

    completed = run_qgis(profiles, script, timeout=240)

    assert result_path.exists(), f"QGIS did not run the check:\n{completed.stdout}\n{completed.stderr}"
    result = json.loads(result_path.read_text())
    assert "error" not in result, result.get("error")
    assert "oneatlas_ppo" in result["active_plugins"]
    assert result["docks"] == ["OneAtlasPPODock"]
    assert result["actions"] == ["OneAtlas Pay-Per-Order", "Settings…"]
    assert result["docks_after_unload"] == []
