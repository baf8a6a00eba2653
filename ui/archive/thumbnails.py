"""Thumbnails (fetched in the background for the rows in view, a few at a time, cached) and the quicklook
preview dialog.

The bytes come from the core client in a worker thread, and are decoded and scaled there too (QImage may
be used off the main thread); the main thread only wraps the small result in a QPixmap, and the table gets
one update per batch: nothing a user would feel while scrolling.
"""

from collections import OrderedDict
from typing import Callable, Dict, List, Optional

from qgis.PyQt.QtCore import QCoreApplication, QObject, Qt, pyqtSignal
from qgis.PyQt.QtGui import QImage, QPixmap
from qgis.PyQt.QtWidgets import QDialog, QDialogButtonBox, QLabel, QScrollArea, QVBoxLayout

from ..common.images import scaled_image
from ..common.reporting import log_error
from ..common.tasks import LatestTask
from . import service as archive_service

THUMBNAIL_PIXELS = 40  # the results table's icon size
CACHE_LIMIT = 400  # thumbnails are ~10 kB: a few MB at most


def tr(text: str) -> str:
    return QCoreApplication.translate("ArchiveThumbnails", text)


def pixmap_from_bytes(data: Optional[bytes]) -> Optional[QPixmap]:
    if not data:
        return None
    pixmap = QPixmap()
    return pixmap if pixmap.loadFromData(data) else None


class ThumbnailLoader(QObject):
    """Fetches the thumbnails of the scenes it is shown (the rows in view), in small batches, one background
    task at a time; scenes scrolled out of view before their turn are not fetched.

    ``thumbnails_ready({scene_id: QPixmap})`` is emitted on the main thread once per batch.
    """

    thumbnails_ready = pyqtSignal(dict)

    def __init__(self, runner, client_provider: Callable[[], object], parent=None):
        super().__init__(parent)
        self.runner = runner
        self.client_provider = client_provider
        self.cache: OrderedDict[str, Optional[QPixmap]] = OrderedDict()
        self._queue: List[object] = []
        self._in_flight = set()
        self._task = LatestTask(runner)
        self._released = False

    def request(self, scenes) -> None:
        """The scenes now in view: cached ones are answered at once, the others queued (replacing the
        scenes queued for an earlier view)."""
        if self._released:
            return
        ready = {scene.id: self.cache[scene.id] for scene in scenes
                 if scene.id in self.cache and self.cache[scene.id] is not None}
        if ready:
            self.thumbnails_ready.emit(ready)
        self._queue = [scene for scene in scenes
                       if scene.id not in self.cache and scene.id not in self._in_flight]
        self._next()

    def cancel(self) -> None:
        """A new search: stop fetching thumbnails of the previous one (the cache stays)."""
        self._queue.clear()
        self._in_flight.clear()
        self._task.cancel()

    def release(self) -> None:
        """Plugin unload: stop, and ignore the views announced while the table goes away."""
        self._released = True
        self.cancel()

    @property
    def busy(self) -> bool:
        return self._task.running or bool(self._queue)

    def _next(self) -> None:
        if self._task.running or not self._queue:
            return
        client = self.client_provider()
        if client is None:
            self._queue.clear()
            return
        batch = self._queue[:archive_service.THUMBNAIL_BATCH]
        del self._queue[:archive_service.THUMBNAIL_BATCH]
        self._in_flight = {scene.id for scene in batch}

        def work(context):
            images = archive_service.fetch_thumbnails(client, batch, context)
            return {scene_id: scaled_image(data, THUMBNAIL_PIXELS) for scene_id, data in images.items()}

        def done(images: Dict[str, Optional[QImage]]):
            self._in_flight = set()
            ready = {}
            for scene_id, image in images.items():
                pixmap = None if image is None else QPixmap.fromImage(image)
                self._remember(scene_id, pixmap)
                if pixmap is not None:
                    ready[scene_id] = pixmap
            if ready:
                self.thumbnails_ready.emit(ready)
            self._next()

        def failed(error):
            # A missing preview is shown as "no preview"; why it is missing goes to the plugin log.
            self._in_flight = set()
            log_error("Loading archive thumbnails", error)
            self._next()

        self._task.start(tr("Loading archive thumbnails"), work, done, failed)

    def _remember(self, scene_id: str, pixmap: Optional[QPixmap]) -> None:
        self.cache[scene_id] = pixmap
        self.cache.move_to_end(scene_id)
        while len(self.cache) > CACHE_LIMIT:
            self.cache.popitem(last=False)


class QuicklookDialog(QDialog):
    """Shows one scene's quicklook; opens at once with "Loading…" and fills in when the image arrives."""

    def __init__(self, title: str, details: str, parent=None):
        super().__init__(parent)
        self.setObjectName("quicklookDialog")
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        self.details = QLabel(details, self)
        self.details.setWordWrap(True)
        layout.addWidget(self.details)
        self.image = QLabel(tr("Loading the quicklook…"), self)
        self.image.setObjectName("quicklookImage")
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        scroll = QScrollArea(self)
        scroll.setWidget(self.image)
        scroll.setWidgetResizable(True)
        layout.addWidget(scroll, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 640)
        self.on_close: Optional[Callable[[], None]] = None
        self.finished.connect(self._closed)

    def show_image(self, data: bytes) -> None:
        pixmap = pixmap_from_bytes(data)
        if pixmap is None:
            self.show_error(tr("The quicklook could not be read (not an image)."))
            return
        if pixmap.width() > 1200:
            pixmap = pixmap.scaledToWidth(1200, Qt.TransformationMode.SmoothTransformation)
        self.image.setPixmap(pixmap)

    def show_error(self, text: str) -> None:
        self.image.setText(text)
        self.image.setWordWrap(True)

    def _closed(self, _result) -> None:
        if self.on_close is not None:
            self.on_close()
