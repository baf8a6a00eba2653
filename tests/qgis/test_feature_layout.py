"""The shape of the code, checked on every run (docs/architecture.md explains the rules):

- ui/ is one folder per feature over shared layers: a feature imports the shared layers and core, never
  another feature; the shared layers and the Processing provider import no feature;
- no import circle anywhere in the plugin (function-level imports included);
- HTTP (requests, urllib3, http.client, urllib.request) only in core/;
- no module over 400 lines outside tests and the simulator;
- every top-level folder of Python code is either shipped (a package) or declared as development code, so
  a new package cannot be left out of the plugin zip or out of these checks.

These read the sources only; they need no QGIS, but live beside the other layout checks.
"""

import ast
from pathlib import Path

from scripts.package import DEVELOPMENT_PACKAGES, runtime_packages

REPO = Path(__file__).resolve().parents[2]
SHARED_LAYERS = {"common", "connection", "ordering"}  # ui/ folders every feature may use
HTTP_MODULES = {"requests", "urllib3", "http.client", "urllib.request"}
MAX_LINES = 400


def plugin_modules():
    """Module name (relative to the plugin package) -> path, for every shipped Python file."""
    paths = [REPO / "__init__.py", REPO / "plugin.py"]
    for package in runtime_packages():
        paths.extend(sorted((REPO / package).rglob("*.py")))
    modules = {}
    for path in paths:
        parts = list(path.relative_to(REPO).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        modules[".".join(parts)] = path
    return modules


def _package_of(module: str, path: Path) -> str:
    return module if path.name == "__init__.py" else module.rpartition(".")[0]


def plugin_imports(module: str, path: Path, known):
    """(line, imported plugin module) for every import of ``path`` (function-level ones included) that
    resolves to a module of the plugin; absolute imports are returned as (line, name) with a leading '!'."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = _package_of(module, path)
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, "!" + alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level == 0:
                yield node.lineno, "!" + (node.module or "")
                continue
            base = package.split(".") if package else []
            if node.level > 1:
                base = base[: len(base) - (node.level - 1)]
            target = ".".join(part for part in (".".join(base), node.module or "") if part)
            for alias in node.names:
                candidate = f"{target}.{alias.name}" if target else alias.name
                yield node.lineno, candidate if candidate in known else target


def import_graph():
    modules = plugin_modules()
    graph = {}
    for module, path in modules.items():
        graph[module] = [(line, target) for line, target in plugin_imports(module, path, modules)
                         if not target.startswith("!") and target in modules and target != module]
    return modules, graph


def feature_of(module: str):
    parts = module.split(".")
    if len(parts) >= 3 and parts[0] == "ui" and parts[1] not in SHARED_LAYERS:
        return parts[1]
    return None


def test_features_never_import_each_other_and_shared_layers_import_no_feature():
    """The Processing provider counts as a shared layer here: it may use ui/common and ui/connection, never
    a feature folder (docs/architecture.md)."""
    modules, graph = import_graph()
    offenders = []
    for module, edges in graph.items():
        parts = module.split(".")
        source_feature = feature_of(module)
        in_shared_layer = (len(parts) >= 2 and parts[0] == "ui" and parts[1] in SHARED_LAYERS) \
            or parts[0] == "processing_provider"
        for line, target in edges:
            target_feature = feature_of(target)
            if target_feature is None:
                continue
            if (source_feature and target_feature != source_feature) or in_shared_layer:
                offenders.append(f"{modules[module].relative_to(REPO)}:{line} imports {target}")
    assert offenders == []


def test_no_import_circle_in_the_plugin():
    _modules, graph = import_graph()
    edges = {module: sorted({target for _line, target in targets}) for module, targets in graph.items()}
    circles, index, low, stack, on_stack, counter = [], {}, {}, [], set(), [0]

    def visit(node):  # Tarjan's strongly connected components, iteratively deep enough for this size
        index[node] = low[node] = counter[0]
        counter[0] += 1
        stack.append(node)
        on_stack.add(node)
        for target in edges[node]:
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                circles.append(sorted(component))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    assert circles == []


def test_http_only_in_core():
    modules = plugin_modules()
    offenders = [f"{path.relative_to(REPO)}:{line} imports {name[1:]}"
                 for module, path in modules.items() if not module.startswith("core")
                 for line, name in plugin_imports(module, path, modules)
                 if name.startswith("!") and any(name[1:] == http or name[1:].startswith(http + ".")
                                                 for http in HTTP_MODULES)]
    assert offenders == []


def test_no_module_over_400_lines_outside_tests_and_simulator():
    skipped = {".venv", ".git", "tests", "simulator", ".qgis-settings", "dist", "build"}
    too_long = [f"{path.relative_to(REPO)}: {count} lines"
                for path in sorted(REPO.rglob("*.py"))
                if not skipped.intersection(path.relative_to(REPO).parts)
                for count in [len(path.read_text(encoding="utf-8").splitlines())] if count > MAX_LINES]
    assert too_long == []


def test_every_python_folder_is_shipped_or_declared_development_code():
    """A folder of Python code without __init__.py would be left out of the zip and of these checks."""
    shipped = set(runtime_packages())
    undeclared = sorted(folder.name for folder in REPO.iterdir()
                        if folder.is_dir() and not folder.name.startswith(".")
                        and any(folder.glob("*.py")) and folder.name not in shipped
                        and folder.name not in DEVELOPMENT_PACKAGES)
    assert undeclared == []
    assert {"core", "ui"} <= shipped


def test_the_checks_see_every_shipped_package():
    """The rules above read the same package list the zip is built from (scripts/package.py)."""
    packages = {module.split(".")[0] for module in plugin_modules() if "." in module}
    assert packages == set(runtime_packages())


def test_every_shipped_module_is_listed_in_the_architecture_document():
    """docs/architecture.md is how a newcomer finds their way: a module it does not list is a module nobody
    will find. (Its "Every module" section gives each one a line from the module's docstring.)"""
    text = (REPO / "docs" / "architecture.md").read_text(encoding="utf-8")
    unlisted = sorted(str(path.relative_to(REPO)) for path in plugin_modules().values()
                      if path.name != "__init__.py" and str(path.relative_to(REPO)) not in text)
    assert unlisted == []
