"""Build the plugin zip for the QGIS plugin repository, or deploy the plugin into a QGIS profile.

The zip has one top folder, ``oneatlas_ppo/``, holding only what QGIS needs at run time: no tests,
simulator, benchmarks, scripts or development files. Translations (``i18n/*.ts``) are compiled to
``.qm`` files when there are any.

    python scripts/package.py --output dist            -> dist/oneatlas_ppo-<version>.zip
    python scripts/package.py --deploy PLUGINS_DIR     -> PLUGINS_DIR/oneatlas_ppo/ (replaced)
"""

import argparse
import configparser
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PLUGIN_NAME = "oneatlas_ppo"
RUNTIME_FILES = ("metadata.txt", "__init__.py", "plugin.py", "LICENSE", "README.md", "CHANGELOG.md")
# Every top-level Python package ships, except these development ones: a new package (processing/...) is
# packaged without editing a list. tests/qgis/test_code_layout.py checks both sets against the folders.
DEVELOPMENT_PACKAGES = frozenset({"tests", "simulator", "scripts", "benchmarks"})
DATA_FOLDERS = ("resources", "i18n")


def runtime_packages():
    return tuple(sorted(path.name for path in REPO.iterdir()
                        if (path / "__init__.py").is_file() and path.name not in DEVELOPMENT_PACKAGES))


RUNTIME_FOLDERS = runtime_packages() + DATA_FOLDERS
RUNTIME_SUFFIXES = {".py", ".svg", ".png", ".qm", ".ui", ".txt", ".md", ".json"}


def plugin_version() -> str:
    metadata = configparser.ConfigParser()
    metadata.read(REPO / "metadata.txt", encoding="utf-8")
    return metadata["general"]["version"]


def compile_translations() -> None:
    sources = sorted((REPO / "i18n").glob("*.ts"))
    if not sources:
        return
    lrelease = shutil.which("lrelease") or shutil.which("lrelease-qt5")
    if lrelease is None:
        sys.exit("package: i18n/*.ts files need 'lrelease' (Debian package qttools5-dev-tools) to compile")
    for source in sources:
        subprocess.run([lrelease, "-silent", str(source), "-qm", str(source.with_suffix(".qm"))], check=True)


def runtime_files():
    """Files of the installed plugin, relative to the repository root."""
    for name in RUNTIME_FILES:
        if (REPO / name).is_file():
            yield Path(name)
    for folder in RUNTIME_FOLDERS:
        for path in sorted((REPO / folder).rglob("*")):
            if not path.is_file() or "__pycache__" in path.parts or path.suffix not in RUNTIME_SUFFIXES:
                continue
            if folder == "i18n" and path.suffix != ".qm":
                continue  # translation sources stay in the repository; only compiled files ship
            yield path.relative_to(REPO)


def build_zip(output_dir: Path) -> Path:
    compile_translations()
    output_dir.mkdir(parents=True, exist_ok=True)
    archive = output_dir / f"{PLUGIN_NAME}-{plugin_version()}.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zipped:
        for relative in runtime_files():
            zipped.write(REPO / relative, f"{PLUGIN_NAME}/{relative.as_posix()}")
    return archive


def deploy(plugins_dir: Path) -> Path:
    with tempfile.TemporaryDirectory() as scratch:
        archive = build_zip(Path(scratch))
        target = plugins_dir / PLUGIN_NAME
        if target.exists():
            shutil.rmtree(target)
        plugins_dir.mkdir(parents=True, exist_ok=True)
        with zipfile.ZipFile(archive) as zipped:
            zipped.extractall(plugins_dir)
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--output", type=Path, help="folder for the zip")
    group.add_argument("--deploy", type=Path, help="a QGIS profile's python/plugins folder")
    args = parser.parse_args()
    if args.output:
        print(build_zip(args.output.resolve()))
    else:
        print(f"Deployed into {deploy(args.deploy.expanduser().resolve())}")


if __name__ == "__main__":
    main()
