"""The ``oneatlas`` Processing provider: the plugin's ordering steps as algorithms."""

from qgis.core import QgsProcessingProvider

from ..ui.common.icons import icon, icon_path
from .alg_aoi import CheckAoi
from .alg_archive import PriceArchive, SearchArchive
from .alg_order import PlaceOrder
from .alg_orders import Download, ListOrders
from .alg_tasking import Feasibility
from .connection import ClientSource

PROVIDER_ID = "oneatlas"


class OneAtlasProvider(QgsProcessingProvider):
    """``session``: returns the plugin's Session (the dock's connection) or None; see connection.py."""

    def __init__(self, session=None):
        super().__init__()
        self.client_source = ClientSource(session)

    def id(self):
        return PROVIDER_ID

    def name(self):
        return "OneAtlas Pay-Per-Order"

    def longName(self):  # noqa: N802 (QGIS API)
        return self.name()

    def icon(self):
        return icon("oneatlas")

    def svgIconPath(self):  # noqa: N802
        return icon_path("oneatlas")

    def loadAlgorithms(self):  # noqa: N802
        for algorithm in ALGORITHMS:
            self.addAlgorithm(algorithm(self.client_source))


ALGORITHMS = (CheckAoi, SearchArchive, PriceArchive, Feasibility, PlaceOrder, ListOrders, Download)
