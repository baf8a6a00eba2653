"""As soon as scenes are picked, their product is known: its minimum order area is announced (the AOI tab
says "billed as at least N km²" before any price). Looked up once per constellation, in the background."""

from typing import Callable, Dict, Tuple

from qgis.PyQt.QtCore import QCoreApplication, QObject, pyqtSignal

from ...core.products import archive_product_type, backend_of_constellation
from ..common.reporting import log_error
from ..common.tasks import LatestTask, check_cancelled


def tr(text: str) -> str:
    return QCoreApplication.translate("ArchiveProductHint", text)


def archive_product(client, constellation: str, context=None):
    """Worker thread: the archive product type ordered for scenes of this constellation."""
    contract = client.contract_for_backend(backend_of_constellation(constellation))
    check_cancelled(context)
    return archive_product_type(client.product_types(contract.contract_id), constellation,
                                contract.contract_id)


class ProductHint(QObject):
    product_known = pyqtSignal(object, str)  # minimum order area km2 (or None), product label

    def __init__(self, runner, client_provider: Callable[[], object], parent=None):
        super().__init__(parent)
        self.client_provider = client_provider
        self._task = LatestTask(runner)
        self._known: Dict[str, Tuple[object, str]] = {}
        self._last = None

    def announce(self, scenes) -> None:
        families = {scene.constellation.upper() for scene in scenes}
        if len(families) != 1:
            return
        family = families.pop()
        if family == self._last:
            return
        if family in self._known:
            self._last = family
            self.product_known.emit(*self._known[family])
            return
        client = self.client_provider()
        if client is None:
            return

        def done(product):
            self._known[family] = (product.minimum_order_area_km2 or None, product.label)
            self._last = family
            self.product_known.emit(*self._known[family])

        self._task.start(tr("Looking up the archive product"),
                         lambda context: archive_product(client, family, context), done,
                         lambda error: log_error("Looking up the archive product", error))

    def cancel(self) -> None:
        self._task.cancel()
