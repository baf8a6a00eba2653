"""How responsive is the Archive tab on a slow network?

Drives the whole flow through the widgets (search, load more, thumbnails, order dialog, price, confirmation,
order) against the in-process simulator with 300 ms of latency on every request, while a QTimer on the main
thread ticks every 10 ms and records the gaps between ticks. The longest gap is the longest time the Qt
event loop was stalled (target: under 50 ms). Also prints the number of HTTP requests the flow needed.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_archive_ui.py
"""

import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
LATENCY_MS = 300
TARGET_MS = 50.0


def _importable():
    link_parent = Path(tempfile.mkdtemp(prefix="oneatlas-bench-"))
    (link_parent / "oneatlas_ppo").symlink_to(REPO, target_is_directory=True)
    sys.path[:0] = [str(link_parent), str(REPO)]


class Heartbeat:
    def __init__(self, interval_ms=10):
        from qgis.PyQt.QtCore import QTimer

        self.gaps = []
        self._last = None
        self.timer = QTimer()
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)

    def _tick(self):
        now = time.perf_counter()
        if self._last is not None:
            self.gaps.append((now - self._last) * 1000.0)
        self._last = now

    def start(self):
        self._last = None
        self.timer.start()

    def stop(self):
        self.timer.stop()


def wait_until(condition, timeout=60.0):
    from qgis.PyQt.QtWidgets import QApplication

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        QApplication.processEvents()
        if condition():
            return
        time.sleep(0.002)
    raise TimeoutError("the flow did not finish in time")


def main():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _importable()
    from qgis.core import QgsApplication

    app = QgsApplication([], True)
    app.initQgis()

    from qgis.PyQt.QtCore import QDate
    from qgis.PyQt.QtWidgets import QDialog
    from shapely.geometry import box

    from oneatlas_ppo.core import OneAtlasClient
    from oneatlas_ppo.ui.archive.tab import ArchiveSection
    from oneatlas_ppo.ui.common.tasks import TaskRunner
    from simulator import DEMO_USERS, Simulator
    from simulator.server import SimulatorServer

    server = SimulatorServer(Simulator(seed=42)).start()
    sim = server.sim
    user = DEMO_USERS[0]
    client = OneAtlasClient(user.api_key, origin=sim.origin)
    runner = TaskRunner()
    section = ArchiveSection(lambda: client, runner, aoi=box(1.40, 43.57, 1.48, 43.63))
    section.resize(480, 800)
    section.show()
    form = section.form
    form.start_date.setDate(QDate(2021, 11, 1))
    form.end_date.setDate(QDate(2026, 11, 1))
    form.max_cloud.setValue(100)
    form.max_incidence.setValue(60)
    for code, check in form.constellation_boxes.items():
        check.setChecked(code == "PHR")

    sim.faults.add("latency", times=None, ms=LATENCY_MS)
    first_request = len(sim.requests)
    heartbeat = Heartbeat()
    heartbeat.start()
    started = time.perf_counter()
    steps = []

    def step(name, action, condition):
        begun = time.perf_counter()
        action()
        wait_until(condition)
        steps.append((name, (time.perf_counter() - begun) * 1000.0))

    step("search", section.search_button.click, lambda: not section.searching)
    if section.load_more_button.isVisible():
        step("load more", section.load_more_button.click, lambda: not section.searching)
    wait_until(lambda: not section.thumbnails.busy)
    section.model.set_checked(section.model.scene_at(0).id, True)

    holder = {}
    step("open order form", lambda: holder.setdefault("dialog", section.open_order_dialog()),
         lambda: not holder["dialog"].progress.isVisible())
    dialog = holder["dialog"]
    details = dialog.details_form
    details.market.setCurrentIndex(details.market.findData("AGRI"))
    details.email.setText("bench@example.com")
    step("price", dialog.price_button.click, lambda: not dialog.progress.isVisible())

    def confirm(confirmation):
        confirmation.confirm_button.click()
        return confirmation.result() == QDialog.DialogCode.Accepted

    dialog.confirm_hook = confirm
    step("order", dialog.place_button.click, lambda: not dialog.progress.isVisible())
    heartbeat.stop()
    total = (time.perf_counter() - started) * 1000.0
    requests = len(sim.requests) - first_request

    print(f"Archive UI flow with {LATENCY_MS} ms latency per request")
    for name, duration in steps:
        print(f"  {name:<16} {duration:8.0f} ms")
    print(f"  total            {total:8.0f} ms")
    print(f"Result: {dialog.message.text()}")
    longest = max(heartbeat.gaps) if heartbeat.gaps else 0.0
    print(f"Longest main-thread stall: {longest:.1f} ms (target < {TARGET_MS:.0f} ms) over "
          f"{len(heartbeat.gaps)} heartbeats -> {'OK' if longest < TARGET_MS else 'TOO SLOW'}")
    print(f"HTTP requests: {requests}")

    section.release()
    runner.shut_down()
    server.stop()
    app.exitQgis()
    return 0 if longest < TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
