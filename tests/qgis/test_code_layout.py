"""Code-layout rules that keep the plugin portable (QGIS 3.22 to 4.x) and its core free of QGIS.

- core/ imports nothing from QGIS or Qt, and is importable on its own from the repository root;
- the plugin imports Qt only through qgis.PyQt (the shim that maps to PyQt5 or PyQt6);
- no compiled Qt resources (resources_rc / .qrc): Qt6 dropped them;
- Qt and QGIS enums are fully scoped (Qt.AlignmentFlag.AlignLeft, not Qt.AlignLeft): PyQt6 requires it;
- every module of the plugin imports in this QGIS.
"""

import ast
import importlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from scripts.package import runtime_packages

REPO = Path(__file__).resolve().parents[2]
# The shipped packages, as scripts/package.py finds them: a new package is checked without editing a list.
PLUGIN_DIRS = runtime_packages()
PLUGIN_TOP_FILES = ("__init__.py", "plugin.py")


def plugin_sources():
    files = [REPO / name for name in PLUGIN_TOP_FILES]
    for folder in PLUGIN_DIRS:
        files.extend(sorted((REPO / folder).rglob("*.py")))
    return [path for path in files if "__pycache__" not in path.parts]


def imported_modules(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.lineno, node.module


def module_name(path: Path) -> str:
    relative = path.relative_to(REPO).with_suffix("")
    parts = [part for part in relative.parts if part != "__init__"]
    return ".".join(["oneatlas_ppo", *parts])


def test_core_imports_nothing_from_qgis_or_qt():
    offenders = [f"{path.relative_to(REPO)}:{line} imports {name}"
                 for path in sorted((REPO / "core").rglob("*.py"))
                 for line, name in imported_modules(path)
                 if name.split(".")[0] in {"qgis", "PyQt5", "PyQt6", "sip", "PySide2", "PySide6"}]
    assert offenders == []


def test_core_is_importable_on_its_own_without_qgis():
    """`python -c "import core"` from the repository root, with QGIS and Qt made unimportable."""
    blocker = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in {'qgis', 'PyQt5', 'PyQt6', 'sip'}:\n"
        "            raise ImportError('core must not import ' + name)\n"
        "sys.meta_path.insert(0, Block())\n"
        "import core\n"
        "print('core ok', sorted(n for n in dir(core) if not n.startswith('_'))[:3])\n"
    )
    completed = subprocess.run([sys.executable, "-c", blocker], cwd=REPO, capture_output=True, text=True,
                               timeout=60, env={**os.environ, "PYTHONPATH": ""}, check=False)
    assert completed.returncode == 0, completed.stderr
    assert "core ok" in completed.stdout


def test_qt_is_imported_only_through_qgis_pyqt():
    offenders = [f"{path.relative_to(REPO)}:{line} imports {name}"
                 for path in plugin_sources()
                 for line, name in imported_modules(path)
                 if name.split(".")[0] in {"PyQt5", "PyQt6", "sip", "PySide2", "PySide6"}]
    assert offenders == []


def test_no_compiled_qt_resources():
    qrc_files = [str(path.relative_to(REPO)) for path in REPO.rglob("*.qrc") if ".venv" not in path.parts]
    rc_imports = [f"{path.relative_to(REPO)}:{line}" for path in plugin_sources()
                  for line, name in imported_modules(path) if name.endswith("resources_rc")]
    relative_rc = [str(path.relative_to(REPO)) for path in plugin_sources()
                   if "resources_rc" in path.read_text(encoding="utf-8")]
    assert (qrc_files, rc_imports, relative_rc) == ([], [], [])


def test_no_exec_underscore():
    offenders = [str(path.relative_to(REPO)) for path in plugin_sources()
                 if ".exec_(" in path.read_text(encoding="utf-8")]
    assert offenders == []


@pytest.mark.parametrize("path", plugin_sources(), ids=lambda p: str(p.relative_to(REPO)))
def test_module_imports_in_this_qgis(path):
    importlib.import_module(module_name(path))


def _unscoped_enum_uses(path: Path):
    module = importlib.import_module(module_name(path))
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)):
            continue
        owner = getattr(module, node.value.id, None)
        if not isinstance(owner, type) or owner.__module__.split(".")[0] not in {"PyQt5", "PyQt6", "qgis"}:
            continue
        value = getattr(owner, node.attr, None)
        # An enum value reached directly on its class's owner (Qt.AlignLeft) is an int-like enum member;
        # the scoped spelling goes through the enum type (Qt.AlignmentFlag.AlignLeft).
        if value is not None and not isinstance(value, (type, bool)) and isinstance(value, int):
            yield f"{path.relative_to(REPO)}:{node.lineno} {node.value.id}.{node.attr}"


def test_qt_and_qgis_enums_are_fully_scoped():
    offenders = [use for path in plugin_sources() for use in _unscoped_enum_uses(path)]
    assert offenders == []
