"""`make screenshots`: the plugin in a real QGIS window (under Xvfb), against the local simulator.

Starts the simulator, installs the plugin from its package zip into a throw-away profile, runs QGIS with
scripts/screenshot_scenes.py, which drives the plugin as a user would and saves PNGs:
    dock-aoi-problem.png      an AOI with a hole and too many vertices, and the panel saying why
    dock-aoi-fixed.png        after the one-click fixes, with what they changed
    archive-results.png       archive search results, footprints on the map
    archive-price.png         the order form with options and the price
    archive-confirmation.png  the confirmation that states what will be ordered and for how much
    archive-ordered.png       the order placed
    archive-*-1366x768.png    the same four archive scenes in a laptop-sized window

    python scripts/screenshots.py --output docs/screenshots
    python scripts/screenshots.py --lang fr --output docs/screenshots/fr   (QGIS and the plugin in French)
"""

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from scripts import package  # noqa: E402
from scripts.qgis_profile import prepare_profile, qgis_command, qgis_environment  # noqa: E402

SCENES = Path(__file__).resolve().parent / "screenshot_scenes.py"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_simulator(port: int, log_path: Path) -> subprocess.Popen:
    log = open(log_path, "w")  # noqa: SIM115 -- lives as long as the simulator
    process = subprocess.Popen([sys.executable, "-m", "simulator", "--port", str(port), "--speed", "0"],
                               cwd=REPO, stdout=log, stderr=subprocess.STDOUT)
    for _ in range(100):
        if "API key:" in log_path.read_text():
            return process
        if process.poll() is not None:
            break
        time.sleep(0.1)
    process.kill()
    raise SystemExit(f"screenshots: the simulator did not start:\n{log_path.read_text()}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--output", type=Path, default=REPO / "docs" / "screenshots")
    parser.add_argument("--lang", default="", help="QGIS's language (locale/userLocale), e.g. fr")
    args = parser.parse_args()
    output = args.output.resolve()
    output.mkdir(parents=True, exist_ok=True)

    work = Path(tempfile.mkdtemp(prefix="oneatlas-screenshots-"))
    port = free_port()
    simulator = start_simulator(port, work / "simulator.log")
    try:
        api_key = next(line.split()[2] for line in (work / "simulator.log").read_text().splitlines()
                       if line.startswith("API key:"))
        archive = package.build_zip(work / "dist")
        # QGIS's own choice of language (Settings > Options > General), which the plugin follows.
        locale = {"locale": {"overrideFlag": "true", "userLocale": args.lang, "globalLocale": args.lang}}
        prepare_profile(work / "profiles-root", archive, settings=locale if args.lang else None)
        env = qgis_environment({
            "SCREENSHOT_DIR": str(output), "SIM_ORIGIN": f"http://127.0.0.1:{port}",
            "ONEATLAS_DEMO_API_KEY": api_key, "SCREENSHOT_WORK": str(work)})
        command = qgis_command(work / "profiles-root", SCENES, screen="1600x1000x24", use_xvfb=True)
        completed = subprocess.run(command, env=env, timeout=600, check=False, capture_output=True, text=True)
        print(completed.stdout)
        report = work / "scenes-report.txt"
        if not report.exists() or "ERROR" in report.read_text():
            print(completed.stderr, file=sys.stderr)
            print(report.read_text() if report.exists() else "no report written", file=sys.stderr)
            return 1
        print(report.read_text())
        return 0
    finally:
        simulator.terminate()
        simulator.wait(10)


if __name__ == "__main__":
    os.environ.setdefault("PROJ_DATA", "/usr/share/proj")
    sys.exit(main())
