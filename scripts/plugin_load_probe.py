"""A ``PYQGIS_STARTUP`` script: measures, inside a real QGIS start, what loading each plugin costs.

QGIS runs this file before it loads any plugin. It wraps ``qgis.utils.loadPlugin`` (importing the plugin's
package) and ``qgis.utils.startPlugin`` (``classFactory()`` + ``initGui()``) and records, for each plugin
named in ``ONEATLAS_PROBE_PLUGINS`` (comma-separated): the wall time and the main thread's CPU time of both
steps, and the top-level modules that were first imported during them. ``ONEATLAS_PROBE_FIRST`` names the
plugin to load first among them (the benchmark alternates it). A ``--code`` script reads the figures from
``qgis.utils.oneatlas_probe`` once QGIS has started.

Used by benchmarks/bench_startup.py and tests/qgis/test_startup_imports.py; never shipped in the plugin.
"""

import os
import sys
import time

import qgis.utils as _utils


def _install():
    watched = [name for name in os.environ.get("ONEATLAS_PROBE_PLUGINS", "").split(",") if name]
    first = os.environ.get("ONEATLAS_PROBE_FIRST", "")
    results = {name: {"load_ms": 0.0, "start_ms": 0.0, "cpu_ms": 0.0, "new_modules": []} for name in watched}
    results["_order"] = []
    _utils.oneatlas_probe = results
    original_update = _utils.updateAvailablePlugins
    original_load = _utils.loadPlugin
    original_start = _utils.startPlugin

    def update(*args, **kwargs):
        original_update(*args, **kwargs)
        # The watched plugins one after the other, at the end, ``first`` first: same place for both.
        others = [name for name in _utils.available_plugins if name not in watched]
        ours = sorted((name for name in _utils.available_plugins if name in watched),
                      key=lambda name: name != first)
        _utils.available_plugins = others + ours

    def timed(step, original):
        def wrapper(name, *args, **kwargs):
            if name not in results:
                return original(name, *args, **kwargs)
            before = set(sys.modules)
            wall, cpu = time.perf_counter(), time.thread_time()
            try:
                return original(name, *args, **kwargs)
            finally:
                record = results[name]
                record[step] += (time.perf_counter() - wall) * 1000.0
                record["cpu_ms"] += (time.thread_time() - cpu) * 1000.0
                record["new_modules"] = sorted(set(record["new_modules"]) | {
                    module.split(".")[0] for module in set(sys.modules) - before})
                if step == "load_ms":
                    results["_order"].append(name)
        return wrapper

    _utils.updateAvailablePlugins = update
    _utils.loadPlugin = timed("load_ms", original_load)
    _utils.startPlugin = timed("start_ms", original_start)


_install()
