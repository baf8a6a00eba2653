"""The dock's tabs, in one list: which tabs exist, in which order, how each is built and how they talk.

Adding a tab means adding one ``TabSpec`` to ``TABS``. Every tab class offers the same door,
``create(context, parent)``, and reaches the rest of the plugin only through ``context``: the QGIS
interface, the connection session, the task runner and ``DockSignals``, the named signals tabs exchange.
Tabs never import each other.

A tab's content is built the first time the tab is shown (or asked for), not when the plugin loads: QGIS
starts faster, and a tab the user never opens costs nothing.
"""

from dataclasses import dataclass
from datetime import datetime
from typing import Callable, Optional

from qgis.PyQt.QtCore import QCoreApplication, QObject, Qt, pyqtSignal
from qgis.PyQt.QtWidgets import QLabel, QVBoxLayout, QWidget

from .common.i18n import QT_TRANSLATE_NOOP


def tr(text: str) -> str:
    return QCoreApplication.translate("Tabs", text)


class DockSignals(QObject):
    """Everything one tab tells the others, declared in one place. The latest value of each state signal
    (and every order placed) is kept, so a tab built later starts from the current state."""

    aoi_changed = pyqtSignal(object)  # ui.aoi.model.Aoi (even while OneAtlas would refuse it), or None
    product_chosen = pyqtSignal(object, str)  # minimum order area in km2 (or None), product label
    order_placed = pyqtSignal(object)  # core OrderResult of an order or quotation just placed
    quotation_requested = pyqtSignal(object)  # core Quotation just requested (Archive or Tasking tab)
    enlarge_aoi_requested = pyqtSignal()  # an order form asks the AOI tab to grow the AOI to the minimum
    # The back-ends (core.names NEO / LEGACY, a set) a tab's user is working with, by source (the tab's
    # name): what the connection fetches ahead for orders follows them (ui.connection.prefetch).
    backends_in_view = pyqtSignal(str, object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.current_aoi = None
        self.current_product = (None, "")
        self.placed_orders = []
        self.backends_by_source = {}
        self.aoi_changed.connect(self._remember_aoi)
        self.product_chosen.connect(self._remember_product)
        self.order_placed.connect(self._remember_order)
        self.backends_in_view.connect(self._remember_backends)

    def _remember_aoi(self, aoi) -> None:
        self.current_aoi = aoi

    def _remember_product(self, minimum_km2, label: str) -> None:
        self.current_product = (minimum_km2, label)

    def _remember_order(self, result) -> None:
        self.placed_orders.append((result, datetime.now()))

    def _remember_backends(self, source: str, backends) -> None:
        self.backends_by_source[source] = frozenset(backends or ())


@dataclass
class TabContext:
    """What every tab is built with."""

    iface: object
    session: object  # ui.connection.session.Session
    tasks: object  # ui.common.tasks.TaskRunner
    signals: DockSignals


@dataclass(frozen=True)
class TabSpec:
    name: str  # the dock's attribute is "<name>_section"
    title: str
    tab_class: Optional[Callable[[], type]] = None  # imports and returns the class; None: not built yet
    placeholder: str = ""  # what the tab says while its capability does not exist


def _aoi_tab():
    from .aoi.tab import AoiSection

    return AoiSection


def _archive_tab():
    from .archive.tab import ArchiveSection

    return ArchiveSection


def _tasking_tab():
    from .tasking.tab import TaskingSection

    return TaskingSection


def _orders_tab():
    from .orders.tab import OrdersSection

    return OrdersSection


TABS = (
    # Translated when shown (tab_title): this module is imported before the translator is installed.
    TabSpec("aoi", QT_TRANSLATE_NOOP("Tabs", "AOI"), _aoi_tab),
    TabSpec("archive", QT_TRANSLATE_NOOP("Tabs", "Archive"), _archive_tab),
    TabSpec("tasking", QT_TRANSLATE_NOOP("Tabs", "Tasking"), _tasking_tab),
    TabSpec("orders", QT_TRANSLATE_NOOP("Tabs", "Orders"), _orders_tab),
)


def tab_title(spec: TabSpec) -> str:
    return tr(spec.title)


class PlaceholderSection(QWidget):
    """A tab whose capability is not built yet: says so plainly instead of showing dead controls."""

    def __init__(self, text: str, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        label = QLabel(text, self)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        label.setObjectName("placeholderText")
        layout.addWidget(label)
        layout.addStretch(1)


class LazyTab(QWidget):
    """The page the dock's tab widget holds; builds its tab's content when first shown or asked for."""

    def __init__(self, spec: TabSpec, context: Optional[TabContext], parent=None):
        super().__init__(parent)
        self.setObjectName(f"{spec.name}Tab")
        self.spec = spec
        self.context = context
        self.content: Optional[QWidget] = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def ensure(self) -> QWidget:
        if self.content is None:
            if self.spec.tab_class is None or self.context is None:
                self.content = PlaceholderSection(self.spec.placeholder, self)
            else:
                self.content = self.spec.tab_class().create(self.context, self)
            self.layout().addWidget(self.content)
        return self.content

    def showEvent(self, event) -> None:
        self.ensure()
        super().showEvent(event)

    def release(self) -> None:
        """Plugin unload: a built tab gives back its map tools, canvas items, layers and tasks."""
        release = getattr(self.content, "release", None)
        if release is not None:
            release()
