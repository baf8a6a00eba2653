"""Run a real QGIS with the plugin installed in a throw-away profile (demo, screenshots, package test).

A separate ``--profiles-path`` means the run never touches the user's own QGIS profile, and that the plugin
is installed the way a user installs it: the zip from ``scripts/package.py`` unpacked into the profile's
``python/plugins`` folder and switched on in the profile's ``QGIS3.ini``.
"""

import os
import shutil
import subprocess
import zipfile
from pathlib import Path
from typing import Dict, Optional

PLUGIN_NAME = "oneatlas_ppo"


def prepare_profile(root: Path, plugin_zip: Path, settings: Optional[Dict[str, Dict[str, str]]] = None,
                    profile: str = "default") -> Path:
    """Create ``root/profiles/<profile>`` with the plugin unpacked from ``plugin_zip`` and enabled."""
    profile_dir = Path(root) / "profiles" / profile
    plugins_dir = profile_dir / "python" / "plugins"
    if (plugins_dir / PLUGIN_NAME).exists():
        shutil.rmtree(plugins_dir / PLUGIN_NAME)
    plugins_dir.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(plugin_zip) as zipped:
        zipped.extractall(plugins_dir)
    sections = {"PythonPlugins": {PLUGIN_NAME: "true"},
                # no tips, no news feed, no welcome: nothing that would cover the window or reach the network
                "qgis": {"checkVersion": "false", "showTips322": "false", "showTips": "false"},
                "core": {"NewsFeed%5Chttpsfeedqgisorg%5Cdisabled": "true"}}
    for section, values in (settings or {}).items():
        sections.setdefault(section, {}).update(values)
    ini = profile_dir / "QGIS" / "QGIS3.ini"
    ini.parent.mkdir(parents=True, exist_ok=True)
    lines = []
    for section, values in sections.items():
        lines.append(f"[{section}]")
        lines.extend(f"{key}={value}" for key, value in values.items())
        lines.append("")
    ini.write_text("\n".join(lines), encoding="utf-8")
    return profile_dir


def qgis_command(profiles_root: Path, code_script: Optional[Path] = None, screen: str = "1600x1000x24",
                 use_xvfb: Optional[bool] = None, project: Optional[Path] = None):
    """The command line that starts QGIS on this profile; under Xvfb when there is no display."""
    if use_xvfb is None:
        use_xvfb = not os.environ.get("DISPLAY")
    command = ["qgis", "--profiles-path", str(profiles_root), "--nologo", "--noversioncheck"]
    if code_script is not None:
        command += ["--code", str(code_script)]
    if project is not None:
        command += ["--project", str(project)]
    if use_xvfb:
        command = ["xvfb-run", "-a", "-s", f"-screen 0 {screen}"] + command
    return command


def qgis_environment(extra: Optional[Dict[str, str]] = None) -> Dict[str, str]:
    env = dict(os.environ)
    env.pop("QT_QPA_PLATFORM", None)  # the real QGIS window needs a (virtual) display, not offscreen
    env.setdefault("XDG_RUNTIME_DIR", "/tmp/runtime-" + str(os.getuid()))
    env.update(extra or {})
    return env


def run_qgis(profiles_root: Path, code_script: Path, timeout: float = 180,
             extra_env: Optional[Dict[str, str]] = None) -> subprocess.CompletedProcess:
    return subprocess.run(qgis_command(profiles_root, code_script), env=qgis_environment(extra_env),
                          capture_output=True, text=True, timeout=timeout, check=False)
