"""How long does the AOI tab stall the Qt main thread on a 100 000-vertex AOI?

Builds the AOI tab with a real map canvas in Lambert 93, writes a 100 000-vertex polygon (the smooth
coastline-like outline of ``bench_aoi.py``) to a GeoPackage in Lambert 93, then imports it through the tab
(``import_file``, as the file button does), applies the suggested fix (Fix all), and undoes it, while a
QTimer on the main thread ticks every 2 ms and records the gaps between ticks. The longest gap of a step is
the longest time the event loop could not answer during it (QGIS frozen). Also prints, for the import, the
time of each call: reading the file, the transform to WGS84, the OneAtlas rules check, the transform to the
canvas CRS, the rubber band (only the first and the last run in the main thread for a big AOI).
``--synchronous`` checks every AOI in the main thread, as the tab did before (the figures before/after).

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_aoi_tab.py [--runs 5]
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_aoi import smooth_outline  # noqa: E402
from bench_archive_ui import Heartbeat, _importable, destroy_widgets, step_recorder  # noqa: E402

FRAME_MS = 16.0


def write_gpkg(path, coords):
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransform,
        QgsFeature,
        QgsGeometry,
        QgsProject,
        QgsVectorFileWriter,
        QgsVectorLayer,
    )
    from shapely.geometry import Polygon

    geometry = QgsGeometry()
    geometry.fromWkb(Polygon(coords).wkb)
    wgs84, lambert = QgsCoordinateReferenceSystem("EPSG:4326"), QgsCoordinateReferenceSystem("EPSG:2154")
    geometry.transform(QgsCoordinateTransform(wgs84, lambert, QgsProject.instance()))
    memory = QgsVectorLayer("Polygon?crs=EPSG:2154", "coast", "memory")
    feature = QgsFeature()
    feature.setGeometry(geometry)
    memory.dataProvider().addFeatures([feature])
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    QgsVectorFileWriter.writeAsVectorFormatV3(memory, str(path), QgsProject.instance().transformContext(),
                                              options)


def timed_calls(module, names, record):
    """Wrap ``module.name`` for each name so each call's wall time is added to ``record[name]``."""
    originals = {}
    for name in names:
        original = getattr(module, name)
        originals[name] = original

        def wrapper(*args, _original=original, _name=name, **kwargs):
            begun = time.perf_counter()
            try:
                return _original(*args, **kwargs)
            finally:
                record[_name] = record.get(_name, 0.0) + (time.perf_counter() - begun) * 1000.0
        setattr(module, name, wrapper)
    return originals


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--synchronous", action="store_true",
                        help="check every AOI in the main thread, as before big AOIs went to a task")
    arguments = parser.parse_args()
    runs = arguments.runs
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _importable()
    from qgis.core import QgsApplication, QgsCoordinateReferenceSystem, QgsProject, QgsRectangle
    from qgis.gui import QgsMapCanvas

    app = QgsApplication([], True)
    app.initQgis()

    from oneatlas_ppo.ui.aoi import checking, sources
    from oneatlas_ppo.ui.aoi import tab as tab_module
    from oneatlas_ppo.ui.common.tasks import TaskRunner

    canvas = QgsMapCanvas()
    lambert = QgsCoordinateReferenceSystem("EPSG:2154")
    QgsProject.instance().setCrs(lambert)
    canvas.setDestinationCrs(lambert)
    canvas.resize(800, 600)
    canvas.show()
    canvas.setExtent(QgsRectangle(640000, 6850000, 665000, 6870000))  # around Paris
    runner = TaskRunner()
    iface = SimpleNamespace(mapCanvas=lambda: canvas)
    if arguments.synchronous:
        checking.BIG_AOI_VERTICES = float("inf")
    section = tab_module.AoiSection(iface, None, tasks=runner)
    section.resize(340, 700)
    section.show()
    path = Path(tempfile.mkdtemp(prefix="oneatlas-bench-aoi-")) / "coast.gpkg"
    write_gpkg(path, smooth_outline())

    # The main thread's share of the import, call by call (a call made in a worker thread counts too:
    # the heartbeat tells which ones froze the map).
    split = {}
    timed_calls(sources, ["file_geometry"], split)
    timed_calls(checking, ["to_wgs84", "new_aoi", "from_wgs84"], split)
    timed_calls(section.display, ["show"], split)

    heartbeat = Heartbeat()
    heartbeat.start()
    step = step_recorder(heartbeat, [])
    results = {"import": [], "fix all": [], "undo": []}
    splits = []
    for _run in range(runs):
        section.clear()
        split.clear()
        steps = []
        step = step_recorder(heartbeat, steps)
        step("import", lambda: section.import_file(str(path)), lambda: _checked(section))
        splits.append(dict(split))
        step("fix all", section.fix_all, lambda: _checked(section) and section.editor.can_undo)
        step("undo", section.undo, lambda: _checked(section) and not section.editor.can_undo)
        for name, _duration, stall in steps:
            results[name].append(stall)
    heartbeat.stop()
    aoi = section.current_aoi
    mode = "all in the main thread" if arguments.synchronous else \
        f"background check above {checking.BIG_AOI_VERTICES} vertices"
    print(f"AOI tab ({mode}), {aoi.vertex_count} vertices from a Lambert-93 GeoPackage; {runs} runs; "
          f"longest main-thread stall per step, median (worst); one frame is {FRAME_MS:.0f} ms")
    for name, stalls in results.items():
        print(f"  {name:<10} {statistics.median(stalls):7.1f} ms ({max(stalls):6.1f})")
    print("Import, time per call (median over runs; calls run in a worker thread do not stall the map):")
    for name in ("file_geometry", "to_wgs84", "new_aoi", "from_wgs84", "show"):
        values = [one.get(name, 0.0) for one in splits]
        print(f"  {name:<14} {statistics.median(values):7.1f} ms")
    print(f"Problems found: {', '.join(aoi.report.codes) or 'none'}")
    section.release()
    runner.shut_down()
    destroy_widgets(section, canvas)
    app.exitQgis()
    return 0


def _checked(section):
    return section.current_aoi is not None and not section.checks.checking


if __name__ == "__main__":
    sys.exit(main())
