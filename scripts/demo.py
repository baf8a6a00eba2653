"""Start QGIS for the demo: a fresh profile with the plugin installed from its package zip, configured for
the local simulator (see scripts/demo.sh, which starts the simulator first)."""

import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from scripts import package  # noqa: E402
from scripts.qgis_profile import prepare_profile, qgis_command, qgis_environment  # noqa: E402

STARTUP = Path(__file__).resolve().parent / "demo_startup.py"


def main() -> int:
    demo_dir = Path(os.environ.get("DEMO_DIR", Path(tempfile.gettempdir()) / "oneatlas-ppo-demo"))
    archive = package.build_zip(demo_dir / "dist")
    prepare_profile(demo_dir / "profiles-root", archive)
    command = qgis_command(demo_dir / "profiles-root", STARTUP)
    print("Starting QGIS:", " ".join(command))
    return subprocess.call(command, env=qgis_environment())


if __name__ == "__main__":
    sys.exit(main())
