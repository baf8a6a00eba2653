"""Make the checkout importable as the package ``oneatlas_ppo``, whatever the checkout folder is called.

QGIS installs the plugin as a folder named ``oneatlas_ppo``; a checkout may be called anything (even a
name with a hyphen, which is not importable). We link a temporary folder entry ``oneatlas_ppo`` to the
repository root and put that folder first on ``sys.path``. The repository root itself goes on
``sys.path`` too, for the ``simulator`` package (test and demo infrastructure, never packaged).
"""

import os
import sys
import tempfile
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
PACKAGE_NAME = "oneatlas_ppo"


def _make_package_importable():
    link_parent = Path(tempfile.mkdtemp(prefix="oneatlas-ppo-import-"))
    (link_parent / PACKAGE_NAME).symlink_to(REPO_ROOT, target_is_directory=True)
    sys.path.insert(0, str(link_parent))
    if str(REPO_ROOT) not in sys.path:
        sys.path.insert(1, str(REPO_ROOT))
    os.environ.setdefault("ONEATLAS_PPO_REPO_ROOT", str(REPO_ROOT))


_make_package_importable()

# Debian's pyproj looks for PROJ's data under sys.prefix, which in a virtual environment is the venv, not
# /usr: point it at the system data (inside QGIS, sys.prefix is /usr and nothing is needed).
if Path("/usr/share/proj/proj.db").exists():
    os.environ.setdefault("PROJ_DATA", "/usr/share/proj")
    os.environ.setdefault("PROJ_LIB", "/usr/share/proj")

pytest_plugins = ["tests.sim_fixtures"] if (REPO_ROOT / "tests" / "sim_fixtures.py").exists() else []


def pytest_report_header(config):
    """Say which QGIS, Qt and Python the suite runs on: CI runs it on two QGIS versions."""
    try:
        from qgis.core import Qgis
        from qgis.PyQt.QtCore import QT_VERSION_STR
    except ImportError:
        return f"QGIS: not importable; Python {sys.version.split()[0]}"
    return f"QGIS {Qgis.QGIS_VERSION}, Qt {QT_VERSION_STR}, Python {sys.version.split()[0]}"
