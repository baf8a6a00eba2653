"""Downloading a delivered product: in the background, with progress and cancel, into a folder the user
chooses (remembered); the checksum is verified by core, the archive unpacked, and the image opened as a
local raster layer with a sensible style (raster_style.py).

A cancelled download keeps nothing (core deletes the part received); starting again is a fresh download.
"""

import zipfile
from pathlib import Path
from typing import List, Optional

from qgis.core import QgsProject, QgsRasterLayer, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import QFileDialog, QHBoxLayout, QProgressBar, QVBoxLayout, QWidget

from ...core import errors
from ...core.download import DownloadIncompleteError, DownloadUnverifiedError
from ..common.widgets import push_button, wrapped_label
from .raster_style import apply_default_style
from .streaming import product_name

FOLDER_KEY = "oneatlas_ppo/download_folder"
RASTER_SUFFIXES = (".tif", ".tiff", ".jp2", ".jpg", ".jpeg")
NOT_IMAGES = ("preview", "icon", "thumb", "quicklook")


def tr(text: str) -> str:
    return QCoreApplication.translate("Downloads", text)


def unpack(archive: Path) -> Path:
    """Unpack ``archive`` next to it (a folder named after it); refuses members that would land outside."""
    target = archive.with_suffix("")
    target.mkdir(exist_ok=True)
    with zipfile.ZipFile(archive) as bundle:
        for member in bundle.namelist():
            destination = (target / member).resolve()
            if target.resolve() not in destination.parents and destination != target.resolve():
                raise errors.UnexpectedResponseError(
                    f"The product archive holds a file outside its folder ({member}); it was not unpacked.")
        bundle.extractall(target)
    return target


def product_images(folder: Path) -> List[Path]:
    """The images of an unpacked product, biggest first (previews and icons left out)."""
    images = [path for path in folder.rglob("*") if path.suffix.lower() in RASTER_SUFFIXES
              and not any(word in path.name.lower() for word in NOT_IMAGES)]
    return sorted(images, key=lambda path: path.stat().st_size, reverse=True)


class DownloadPanel(QWidget):
    """Progress, cancel and outcome of the current download (one at a time), under the orders list."""

    def __init__(self, session, tasks, iface=None, parent=None):
        super().__init__(parent)
        self.setObjectName("downloadPanel")
        self.session, self.tasks, self.iface = session, tasks, iface
        self.folder_hook = None  # tests: fn() -> folder, instead of the folder dialog
        self.task = None
        self.layers: List[QgsRasterLayer] = []  # the layers opened by the last download
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = wrapped_label(self, "downloadStatus")
        self.progress = QProgressBar(self)
        self.progress.setObjectName("downloadProgress")
        self.progress.setRange(0, 100)
        self.cancel_button = push_button(self, tr("Cancel download"), "downloadCancel", self.cancel)
        row = QHBoxLayout()
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        layout.addWidget(self.label)
        layout.addLayout(row)
        self._show_progress(False)
        self.label.hide()

    @property
    def running(self) -> bool:
        return self.task is not None

    def _show_progress(self, visible: bool) -> None:
        self.progress.setVisible(visible)
        self.cancel_button.setVisible(visible)

    def choose_folder(self) -> Optional[str]:
        remembered = QgsSettings().value(FOLDER_KEY, "", type=str)
        if self.folder_hook is not None:
            folder = self.folder_hook()
        else:
            folder = QFileDialog.getExistingDirectory(self, tr("Download the product into…"),
                                                      remembered or str(Path.home()))
        if folder:
            QgsSettings().setValue(FOLDER_KEY, folder)
        return folder or None

    def start(self, row) -> None:
        client = self.session.connected_client()
        if client is None or self.running:
            return
        folder = self.choose_folder()
        if not folder:
            return
        scenes, reference = list(row.products), row.reference
        self.label.setText(tr("Downloading {reference} into {folder}…").format(reference=reference,
                                                                                  folder=folder))
        self.label.show()
        self.progress.setValue(0)
        self._show_progress(True)

        def work(context):
            unpacked = []
            for index, scene in enumerate(scenes):
                def progress(done, total, index=index):
                    if total:
                        context.set_progress(100.0 * (index + done / total) / len(scenes))

                path = client.download(scene, folder, progress=progress, is_cancelled=context.is_cancelled)
                unpacked.append((scene, path, unpack(path)))
            return unpacked

        description = tr("OneAtlas: downloading {reference}").format(reference=reference)
        self.task = self.tasks.start(description, work,
                                     on_success=lambda result: self._done(result, reference),
                                     on_error=self._failed, on_cancel=self._cancelled)
        self.task.progressChanged.connect(lambda value: self.progress.setValue(int(value)))

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel_if_running()

    def _ended(self) -> None:
        self.task = None
        self._show_progress(False)

    def _done(self, unpacked, reference) -> None:
        self._ended()
        self.layers = []
        project = QgsProject.instance()
        for scene, _archive, folder in unpacked:
            images = product_images(folder)
            if not images:
                continue
            layer = QgsRasterLayer(str(images[0]), product_name(scene, reference) + tr(" (downloaded)"))
            if layer.isValid():
                apply_default_style(layer)
                project.addMapLayer(layer)
                self.layers.append(layer)
        where = ", ".join(str(archive) for _scene, archive, _folder in unpacked)
        self.label.setText(tr("Downloaded and verified (checksum): {where}. Unpacked next to it{layers}."
                              ).format(where=where,
                                       layers=tr(" and opened on the map") if self.layers else ""))

    def _cancelled(self) -> None:
        self._ended()
        self.label.setText(tr("Download cancelled: nothing was kept. Download again to start afresh."))

    def _failed(self, error) -> None:
        self._ended()
        if isinstance(error, errors.DownloadCancelledError):
            self._cancelled()
            return
        text = self.session.report_failure("Downloading a product", error)
        partial = getattr(error, "partial_path", None)
        if isinstance(error, (DownloadIncompleteError, DownloadUnverifiedError)) and partial:
            text += " " + tr("The part received is kept as {path} (not a finished product).").format(
                path=partial)
        self.label.setText(text)

    def release(self) -> None:
        self.cancel()
