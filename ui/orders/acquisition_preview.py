"""The quicklook of the acquisition waiting for an answer, beside its cloud cover and incidence, so that the
analyst can judge it before Accept or Refuse.

The image is fetched in the background through the core client (``acquisition_quicklook``), decoded and
scaled in the worker thread; the panel says "Loading…" meanwhile, and a failure in words. Nothing here
blocks an answer: the Accept and Refuse buttons never wait for the preview. Only the link the server gave
is followed; without one the panel says that no preview is offered
(docs/decisions/0015-acquisition-quicklook.md).
"""

from typing import Dict

from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtGui import QPixmap
from qgis.PyQt.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from ...core.order_book import QUOTATION
from ..common.images import scaled_image
from ..common.reporting import log_error
from ..common.widgets import wrapped_label

PREVIEW_PIXELS = 180  # the image fits in a square of this side (real quicklooks are ~2500 x 5000 px)


def tr(text: str) -> str:
    return QCoreApplication.translate("OrdersSection", text)


def details_text(item) -> str:
    cloud = "–" if item.cloud_cover is None else f"{item.cloud_cover:.0f} %"
    incidence = "–" if item.incidence_angle is None else f"{item.incidence_angle:.0f}°"
    acquired = item.acquired.strftime("%Y-%m-%d %H:%M UTC") if item.acquired else tr("(date unknown)")
    return tr("Cloud cover: {cloud}\nIncidence: {incidence}\nAcquired {date}\nOrder {reference}").format(
        cloud=cloud, incidence=incidence, date=acquired, reference=item.reference)


class AcquisitionPreview(QWidget):
    """Shows the selected waiting acquisition (hidden for a quotation or when nothing is selected)."""

    def __init__(self, session, tasks, parent=None):
        super().__init__(parent)
        self.setObjectName("waitingPreview")
        self.session, self.tasks = session, tasks
        self.image = QLabel(self)
        self.image.setObjectName("waitingQuicklook")
        self.image.setFixedSize(PREVIEW_PIXELS + 4, PREVIEW_PIXELS + 4)
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setWordWrap(True)
        self.image.setFrameShape(QFrame.Shape.StyledPanel)
        self.details = wrapped_label(self, "waitingDetails")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.image)
        layout.addWidget(self.details, 1)
        self.item = None  # the Waiting shown
        self._last_id = None  # the last acquisition shown (a list refresh deselects and reselects it)
        self.pixmaps: Dict[str, QPixmap] = {}  # acquisition id -> its preview, fetched once
        self.failures: Dict[str, str] = {}  # acquisition id -> why its preview could not be shown
        self.loading: Dict[str, object] = {}  # acquisition id -> the task fetching it
        self.hide()

    @property
    def message(self) -> str:
        """What the image's place says instead of an image ("" when the image is shown)."""
        pixmap = self.image.pixmap()
        return "" if pixmap is not None and not pixmap.isNull() else self.image.text()

    def show_item(self, item) -> None:
        """``item``: the selected core Waiting, or None."""
        self.item = item if item is not None and item.kind != QUOTATION else None
        if self.item is None:
            self.hide()
            return
        item_id = self.item.item_id
        if item_id != self._last_id:
            self.failures.pop(item_id, None)  # chosen again: a failed preview is tried again
            self._last_id = item_id
        self.details.setText(details_text(self.item))
        self.show()
        if item_id in self.pixmaps:
            self.image.setPixmap(self.pixmaps[item_id])
        elif item_id in self.failures:
            self._say(self.failures[item_id])
        elif not self.item.quicklook_href:
            self._say(tr("No preview offered: OneAtlas gave no quicklook for this acquisition. Judge it by "
                         "its cloud cover and incidence."))
        elif item_id in self.loading:
            self._say(tr("Loading…"))
        else:
            self._fetch(self.item)

    def _say(self, text: str) -> None:
        self.image.clear()
        self.image.setText(text)

    def _fetch(self, item) -> None:
        client = self.session.connected_client()
        if client is None:
            self._say(tr("Not connected: the preview cannot be loaded."))
            return
        self._say(tr("Loading…"))
        item_id = item.item_id

        def work(context):
            return scaled_image(client.acquisition_quicklook(item), PREVIEW_PIXELS)

        def done(image):
            self.loading.pop(item_id, None)
            if image is None:
                self.failures[item_id] = tr("The preview could not be read (not an image). You can still "
                                            "accept or refuse.")
            else:
                self.pixmaps[item_id] = QPixmap.fromImage(image)
            self._refresh(item_id)

        def failed(error):
            self.loading.pop(item_id, None)
            log_error("Loading an acquisition's preview", error)
            self.failures[item_id] = tr("The preview could not be loaded: {why} You can still accept or "
                                        "refuse.").format(why=self.session.describe_error(error))
            self._refresh(item_id)

        def cancelled():
            self.loading.pop(item_id, None)

        self.loading[item_id] = self.tasks.start(tr("OneAtlas: loading an acquisition's preview"), work,
                                                 on_success=done, on_error=failed, on_cancel=cancelled)

    def _refresh(self, item_id: str) -> None:
        if self.item is not None and self.item.item_id == item_id:
            self.show_item(self.item)

    def release(self) -> None:
        for task in list(self.loading.values()):
            task.cancel_if_running()
        self.loading.clear()
