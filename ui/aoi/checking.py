"""Big AOIs are moved to WGS84, checked and fixed in a background task; small ones at once.

An AOI of 100 000 vertices (an imported coastline, a detailed parcel) took the main thread 130 ms to import
and 85 ms to fix (benchmarks/bench_aoi_tab.py; a slow laptop triples that): the transform, the OneAtlas
rules check and the transform back for the canvas grow with the vertex count, about 1 µs per vertex each.
Above ``BIG_AOI_VERTICES`` they run in a ``LatestTask`` (a newer AOI or fix cancels the older check), the
tab shows "Checking the area of interest…" with a Cancel button, and the result is committed and shown on
the main thread exactly as a small AOI's is. Below it (a drawn rectangle, a field: a few milliseconds) the
same work runs at once, as it always did, so there is no flicker of a waiting state.
"""

from typing import Callable, Optional

from qgis.core import QgsCsException, QgsGeometry, QgsProject
from qgis.PyQt.QtCore import QCoreApplication, pyqtSignal
from qgis.PyQt.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from ..common.geometry_transform import from_wgs84, to_wgs84
from ..common.reporting import log_and_describe
from ..common.tasks import LatestTask, check_cancelled
from ..common.widgets import busy_bar
from .model import new_aoi

# 5 000 vertices cost about 5 ms in all (a third of a frame; 15 ms on a laptop three times slower): below,
# the check stays synchronous and immediate; above, the map would visibly stall. OneAtlas accepts at most
# 998 vertices, so every AOI above the threshold is refused as it is: the user waits for its fix anyway.
BIG_AOI_VERTICES = 5000


def tr(text: str) -> str:
    return QCoreApplication.translate("AoiChecking", text)


def vertex_count(geometry) -> int:
    """The vertices of a QGIS geometry (counted in C++: no per-vertex Python work)."""
    abstract = geometry.constGet() if geometry is not None else None
    return abstract.nCoordinates() if abstract is not None else 0


def new_aoi_edit(source, minimum_km2):
    """The edit of a new AOI from a ``sources.SourceGeometry``: moved to WGS84, then checked."""
    geometry = QgsGeometry(source.geometry)  # its own copy: the source may change on the main thread

    def edit(transform_context, context):
        wgs84 = to_wgs84(geometry, source.crs, context=transform_context)
        check_cancelled(context)
        return new_aoi(wgs84, source.description, minimum_km2)

    return edit


def failure_message(error, crs=None) -> str:
    """Why an edit gave no AOI, in words (a ValueError is a fix that does not apply, already in words)."""
    if isinstance(error, QgsCsException) and crs is not None:
        return tr("This shape cannot be converted to longitude/latitude from {crs} ({error}). Check the "
                  "layer's coordinate reference system.").format(crs=crs.authid() or crs.description(),
                                                                 error=error)
    if isinstance(error, ValueError):
        return str(error)
    return tr("The area of interest could not be checked: {error}").format(
        error=log_and_describe("Checking the AOI", error))


class CheckingBar(QWidget):
    """"Checking the area of interest…", a busy bar and Cancel; hidden while no big AOI is being checked."""

    cancel_requested = pyqtSignal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("aoiChecking")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(tr("Checking the area of interest…"), self)
        self.label.setObjectName("aoiCheckingLabel")
        self.progress = busy_bar(self, "aoiCheckingProgress")
        self.progress.show()
        self.cancel_button = QPushButton(tr("Cancel"), self)
        self.cancel_button.setObjectName("aoiCheckingCancel")
        self.cancel_button.clicked.connect(self.cancel_requested)
        layout.addWidget(self.label)
        layout.addWidget(self.progress, 1)
        layout.addWidget(self.cancel_button)
        self.hide()


class AoiChecks:
    """Runs one AOI edit (a function returning a ``model.Change``) and draws its result for the canvas:
    in the calling thread for a small AOI or without a task runner, in a background task otherwise.

    ``done((change, drawn))`` and ``failed(error)`` run on the main thread; ``busy(True/False)`` says when
    a background check starts and ends; ``cancelled()`` when the user cancelled one (Cancel here, or in
    QGIS's task manager)."""

    def __init__(self, runner, canvas, bar: CheckingBar, busy: Callable[[bool], None],
                 cancelled: Callable[[], None]):
        self._latest: Optional[LatestTask] = LatestTask(runner) if runner is not None else None
        self.canvas = canvas
        self.bar = bar
        self._busy = busy
        self._cancelled = cancelled
        bar.cancel_requested.connect(self.cancel)

    @property
    def checking(self) -> bool:
        return self._latest is not None and self._latest.running

    def run(self, vertices: int, edit, done, failed) -> None:
        """``edit(transform_context, cancel_context)`` -> ``model.Change`` (pure: no widget, no project)."""
        self._drop()  # a newer AOI or fix replaces an older check still running
        transform_context = QgsProject.instance().transformContext()
        canvas_crs = self.canvas.mapSettings().destinationCrs()

        def work(context):
            change = edit(transform_context, context)
            check_cancelled(context)
            drawn = None
            if change.aoi is not None:
                drawn = from_wgs84(change.aoi.geometry, canvas_crs, context=transform_context)
            return change, drawn

        if self._latest is None or vertices <= BIG_AOI_VERTICES:
            try:
                result = work(None)
            except Exception as error:  # noqa: BLE001 -- the tab says what went wrong, in words
                failed(error)
                return
            done(result)
            return
        self.bar.show()
        self._busy(True)
        self._latest.start(tr("Checking the area of interest"), work,
                           lambda result: self._end(done, result), lambda error: self._end(failed, error),
                           lambda: self._end(lambda _none: self._cancelled(), None))

    def _end(self, callback, value) -> None:
        self.bar.hide()
        self._busy(False)
        if callback is not None:
            callback(value)

    def _drop(self) -> bool:
        """Stop the running check, if any (its result will never be shown); True if there was one."""
        if not self.checking:
            return False
        self._latest.cancel()
        self.bar.hide()
        self._busy(False)
        return True

    def cancel(self) -> None:
        """The user's Cancel: the check stops and the AOI stays as it was before it."""
        if self._drop():
            self._cancelled()

    def stop(self) -> None:
        """A cleared AOI or the plugin's unload: the check stops, nothing is announced."""
        self._drop()
