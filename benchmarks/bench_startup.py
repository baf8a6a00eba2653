"""What does our plugin cost every QGIS start, next to Airbus's own OneAtlas plugin?

Starts the real QGIS (under Xvfb when there is no display) several times on one fresh profile where both
plugins are installed and enabled: ours from its package zip, Airbus's OneAtlas plugin v1.4.0 from
``/work/shared/anchors`` (MIT; used for measurement only). ``scripts/plugin_load_probe.py`` times, in the
same QGIS process, each plugin's import plus ``classFactory()`` + ``initGui()``; the runs alternate which of
the two loads first (whoever goes first pays for libraries both import). A first run, not counted, lets
Python write both plugins' bytecode caches as it would on a user's machine after the first start.

Prints every run, both medians (wall time, and the main thread's CPU time which other processes on the
machine disturb less), the ratio ours / Airbus's (target: at most 0.7), and the heavy libraries each
plugin imported at start.

    PROJ_DATA=/usr/share/proj .venv/bin/python benchmarks/bench_startup.py [--runs 6]
"""

import argparse
import json
import shutil
import statistics
import sys
import tarfile
import tempfile
import textwrap
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from scripts import package  # noqa: E402
from scripts.qgis_profile import prepare_profile, run_qgis  # noqa: E402

ANCHOR = Path("/work/shared/anchors/airbus-oneatlas-qgis-plugin.tar.gz")
OURS, AIRBUS = "oneatlas_ppo", "oneatlas_airbus"
TARGET_RATIO = 0.7
HEAVY = ("requests", "urllib3", "shapely", "pyproj", "numpy")

REPORT_SCRIPT = """
import json
import qgis.utils
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication

def report():
    figures = dict(getattr(qgis.utils, "oneatlas_probe", {}))
    figures["active_plugins"] = list(qgis.utils.active_plugins)
    with open(RESULT_PATH, "w") as handle:
        json.dump(figures, handle)
    QApplication.exit(0)

QTimer.singleShot(500, report)
"""


def install_anchor(plugins_dir: Path, archive: Path = ANCHOR) -> None:
    with tarfile.open(archive) as tar:
        tar.extractall(plugins_dir)  # noqa: S202 -- our own copy of a known archive


def prepare(root: Path) -> Path:
    plugin_zip = package.build_zip(root / "dist")
    profile = prepare_profile(root / "profiles", plugin_zip,
                              settings={"PythonPlugins": {AIRBUS: "true"}})
    install_anchor(profile / "python" / "plugins")
    return root / "profiles"


def one_run(profiles: Path, work: Path, first: str, index: int) -> dict:
    result_path = work / f"result-{index}.json"
    script = work / f"report-{index}.py"
    script.write_text(f"RESULT_PATH = {str(result_path)!r}\n" + textwrap.dedent(REPORT_SCRIPT))
    environment = {
        "PYQGIS_STARTUP": str(REPO / "scripts" / "plugin_load_probe.py"),
        "ONEATLAS_PROBE_PLUGINS": f"{OURS},{AIRBUS}",
        "ONEATLAS_PROBE_FIRST": first,
        # A user's QGIS writes bytecode caches; without them every run would measure compiling.
        "PYTHONDONTWRITEBYTECODE": "",
    }
    completed = run_qgis(profiles, script, timeout=240, extra_env=environment)
    if not result_path.exists():
        raise SystemExit(f"QGIS did not report (run {index}):\n{completed.stdout[-2000:]}\n"
                         f"{completed.stderr[-2000:]}")
    figures = json.loads(result_path.read_text())
    missing = {OURS, AIRBUS} - set(figures.get("active_plugins", []))
    if missing:
        raise SystemExit(f"Not loaded in run {index}: {sorted(missing)}\n{completed.stderr[-2000:]}")
    return figures


def cost(figures: dict, name: str) -> float:
    return figures[name]["load_ms"] + figures[name]["start_ms"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=6, help="measured runs (alternating; default 6)")
    parser.add_argument("--keep", action="store_true", help="keep the profile folder")
    args = parser.parse_args()
    if shutil.which("qgis") is None:
        raise SystemExit("bench_startup needs the qgis application (and xvfb-run without a display)")

    work = Path(tempfile.mkdtemp(prefix="oneatlas-bench-startup-"))
    try:
        profiles = prepare(work)
        one_run(profiles, work, OURS, 0)  # warm-up: bytecode caches, fonts, QGIS's own first-start work
        runs = []
        for index in range(1, args.runs + 1):
            first = OURS if index % 2 else AIRBUS
            figures = one_run(profiles, work, first, index)
            runs.append(figures)
            print(f"run {index}: {first:<15} first | ours {cost(figures, OURS):6.1f} ms "
                  f"(cpu {figures[OURS]['cpu_ms']:5.1f}) | Airbus's {cost(figures, AIRBUS):6.1f} ms "
                  f"(cpu {figures[AIRBUS]['cpu_ms']:5.1f})", flush=True)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)

    ours = statistics.median(cost(run, OURS) for run in runs)
    airbus = statistics.median(cost(run, AIRBUS) for run in runs)
    ours_cpu = statistics.median(run[OURS]["cpu_ms"] for run in runs)
    airbus_cpu = statistics.median(run[AIRBUS]["cpu_ms"] for run in runs)
    ratio = ours / airbus if airbus else float("inf")
    print(f"\nPlugin import + classFactory() + initGui() in real QGIS, {len(runs)} runs, order alternating:")
    print(f"  ours (oneatlas_ppo)       median {ours:6.1f} ms wall, {ours_cpu:6.1f} ms main-thread CPU")
    print(f"  Airbus's OneAtlas 1.4.0   median {airbus:6.1f} ms wall, {airbus_cpu:6.1f} ms main-thread CPU")
    cpu_ratio = ours_cpu / airbus_cpu if airbus_cpu else 0.0
    print(f"  ratio ours / Airbus's     {ratio:.2f} wall, {cpu_ratio:.2f} CPU "
          f"(target <= {TARGET_RATIO}) -> {'OK' if ratio <= TARGET_RATIO else 'TOO SLOW'}")
    for name, label in ((OURS, "ours"), (AIRBUS, "Airbus's")):
        heavy = sorted({module for run in runs for module in run[name]["new_modules"] if module in HEAVY})
        print(f"  heavy libraries {label} imported at start: {', '.join(heavy) or 'none'}")
    return 0 if ratio <= TARGET_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())
