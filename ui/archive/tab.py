"""The Archive tab: search Pléiades Neo, Pléiades and SPOT archive over the AOI, preview, then order.

Layout, top to bottom: the search criteria (folded away once results are shown), Search / Cancel with a
progress bar, the results table (linked both ways with the "Footprints" map layer, the selected scenes'
quicklooks drawn on the map), then Preview, "Load more" and Order buttons. Every network call runs
through the TaskRunner; only the newest search's answers count (LatestTask), so a slow answer can never
overwrite newer results.
"""

from typing import Callable, List, Optional

from qgis.PyQt.QtCore import QCoreApplication, QTimer, pyqtSignal
from qgis.PyQt.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..common.formatting import aoi_state
from ..common.reporting import client_or_report, log_and_describe
from ..common.tasks import LatestTask
from ..common.warm_up import import_in_background
from ..common.widgets import set_message, show_busy, work_controls
from . import service as archive_service
from .aoi_input import aoi_geometry
from .criteria_box import CriteriaBox, criteria_summary
from .footprints import FootprintsLayer
from .map_link import SelectionLink, frame_results
from .order import ArchiveOrderSubject
from .product_hint import ProductHint
from .quicklook_layer import QuicklookLayers
from .quicklook_popup import open_quicklook_dialog
from .results import ResultsModel, ResultsTable
from .thumbnails import QuicklookDialog, ThumbnailLoader

MAX_RESULTS = 10000  # the catalog never counts further (totalResults maximum)


def tr(text: str, n: int = -1) -> str:
    """``n``: a count, for the plural forms of a "%n" text."""
    return QCoreApplication.translate("ArchiveSection", text, None, n)


class ArchiveSection(QWidget):
    """``order_placed(OrderResult)`` is emitted for every order placed (the Orders section lists them);
    ``placed_orders`` keeps them for this session."""

    order_placed = pyqtSignal(object)
    # The product of the order being prepared: its minimum order area (km2 or None) and label, so the AOI
    # tab can say whether the minimum applies.
    product_chosen = pyqtSignal(object, str)
    quotation_requested = pyqtSignal(object)  # core Quotation ("Request a quotation instead", Pléiades Neo)
    enlarge_aoi_requested = pyqtSignal()  # the order form's "Enlarge the AOI" (the AOI tab does it)

    @classmethod
    def create(cls, context, parent):
        """The dock's door (ui.tabs): searches over the AOI tab's area, announces products and orders."""
        session = context.session
        tab = cls(session.client, context.tasks, parent=parent, iface=context.iface,
                  report_failure=session.report_failure)
        if context.signals.current_aoi is not None:
            tab.set_aoi(context.signals.current_aoi)
        context.signals.aoi_changed.connect(tab.set_aoi)
        tab.product_chosen.connect(context.signals.product_chosen)
        tab.order_placed.connect(context.signals.order_placed)
        tab.quotation_requested.connect(context.signals.quotation_requested)
        tab.enlarge_aoi_requested.connect(context.signals.enlarge_aoi_requested)
        # The back-ends of the checked satellites: what the connection fetches ahead for orders.
        tab.form.backends_changed.connect(lambda backends: context.signals.backends_in_view.emit("archive",
                                                                                                 backends))
        context.signals.backends_in_view.emit("archive", tab.form.backends())
        return tab

    def __init__(self, client_provider: Callable[[], object], runner, aoi=None, parent=None,
                 iface=None, project=None,
                 report_failure: Optional[Callable[[str, BaseException], str]] = None):
        super().__init__(parent)
        self.setObjectName("archiveSection")
        self.client_provider = client_provider
        # report_failure(what, error) -> words: logs the details, and with the plugin's session also tells
        # the message bar and the header (a key rejected while searching turns the header red).
        self.report_failure = report_failure or log_and_describe
        self.runner = runner
        self.iface = iface
        self.aoi = aoi_geometry(aoi)
        self.placed_orders: List[object] = []
        self.order_dialog = None
        self.quicklook_dialog: Optional[QuicklookDialog] = None
        # Replaced by tests: called with the confirmation dialog, returns True when the user confirmed.
        self.confirm_hook = None

        # Only the newest search's pages count: a slow answer never overwrites newer results.
        self._search = LatestTask(runner)
        self._criteria = None
        self._search_aoi = None
        self._next_page = 1
        self._has_more = False
        self._total = 0
        self.page_size = archive_service.ITEMS_PER_PAGE  # results per request ("Load more" asks for more)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)

        self.aoi_label = QLabel(self)
        self.aoi_label.setObjectName("aoiStatus")
        self.aoi_label.setWordWrap(True)
        layout.addWidget(self.aoi_label)

        self.criteria_box = CriteriaBox(self)
        self.form = self.criteria_box.form
        layout.addWidget(self.criteria_box)

        buttons, self.search_button, self.cancel_button, self.progress = work_controls(
            self, tr("Search"), "searchButton", self.search, "cancelSearchButton", self.cancel_search,
            "searchProgress")
        self.search_button.setDefault(True)
        # The status sits beside the buttons (one row less above the results).
        self.status = QLabel(self)
        self.status.setObjectName("searchStatus")
        self.status.setWordWrap(True)
        buttons.addWidget(self.status, 1)
        layout.addLayout(buttons)

        self.model = ResultsModel(self)
        self.table = ResultsTable(self.model, self)
        self.table.doubleClicked.connect(lambda index: self.show_quicklook(self.model.scene_at(index.row())))
        self.model.checked_changed.connect(self._update_buttons)
        layout.addWidget(self.table, 1)

        self.load_more_button = QPushButton(tr("Load more"), self)
        self.load_more_button.setObjectName("loadMoreButton")
        self.load_more_button.clicked.connect(self.load_more)
        self.load_more_button.hide()

        actions = QHBoxLayout()  # one row under the table: every pixel of height goes to the results
        self.preview_button = QPushButton(tr("Preview"), self)
        self.preview_button.setObjectName("previewButton")
        self.preview_button.setToolTip(tr("Show the quicklook of the selected scene"))
        self.preview_button.clicked.connect(self._preview_selected)
        self.order_button = QPushButton(tr("Order…"), self)
        self.order_button.setObjectName("orderButton")
        self.order_button.clicked.connect(self.open_order_dialog)
        actions.addWidget(self.preview_button)
        actions.addWidget(self.load_more_button)
        actions.addStretch(1)
        actions.addWidget(self.order_button)
        layout.addLayout(actions)

        self.footprints = FootprintsLayer(project, self)
        self.selection = SelectionLink(self.table, self.model, self.footprints, self)
        self.selection.scenes_selected.connect(self._on_scenes_selected)
        self.quicklooks = QuicklookLayers(runner, self._client_or_none, project, self)
        self.quicklooks.failed.connect(lambda text: self._set_status(text, error=True))
        self.product_hint = ProductHint(runner, self._client_or_none, self)
        self.product_hint.product_known.connect(self.product_chosen.emit)
        self.thumbnails = ThumbnailLoader(runner, self._client_or_none, self)
        self.thumbnails.thumbnails_ready.connect(self.model.set_thumbnails)
        self.table.scenes_in_view.connect(self.thumbnails.request)  # thumbnails for the rows in view only

        self._show_aoi()
        self._update_buttons()

    # -- inputs from the rest of the dock ----------------------------------------------------------

    def set_aoi(self, aoi) -> None:
        """The AOI section's ``aoi_changed`` lands here (an ``Aoi``, a WGS84 shapely polygon, or None).
        Results stay (they are still true); coverage percentages refer to the AOI of their search."""
        # An AOI that OneAtlas would refuse is not searched over: the AOI tab says what to fix.
        self._aoi_needs_fixing = aoi is not None and getattr(aoi, "ready", True) is False
        self.aoi = None if self._aoi_needs_fixing else aoi_geometry(aoi)
        # One order per part (the AOI tab's choice for separate parts): the order form orders each part.
        self._aoi_parts = list(aoi.parts) if getattr(aoi, "per_part", False) and self.aoi else None
        self._aoi_name = getattr(aoi, "source", "")  # "Feature 12 of 'parcels'": the default order reference
        self._show_aoi()
        self._update_buttons()

    def _show_aoi(self) -> None:
        self.aoi_label.setText(aoi_state(getattr(self, "_aoi_needs_fixing", False), self.aoi is None,
                                         tr("Searching over the current area of interest.")))
        # Only a missing or refused AOI needs the line: when all is well it leaves its height to the results.
        self.aoi_label.setVisible(self.aoi is None)

    def _client_or_none(self):
        try:
            return self.client_provider()
        except Exception:
            return None

    # -- search ------------------------------------------------------------------------------------

    @property
    def searching(self) -> bool:
        return self._search.running

    def search(self) -> None:
        if self.searching:
            return
        if self.aoi is None:
            self._set_status(self.aoi_label.text(), error=True)  # says whether to draw one or fix it
            return
        if self.form.problems():
            self._set_status(tr("Correct the search criteria marked in red."), error=True)
            return
        if self._client_or_report() is None:
            return
        self._criteria = self.form.criteria()
        self._search_aoi = self.aoi
        self._search.cancel()
        self.thumbnails.cancel()
        self.model.clear()
        self.quicklooks.clear()
        self.footprints.remove()
        self._total = 0
        self._has_more = False
        self._run_page(1)

    def load_more(self) -> None:
        if self.searching or not self._has_more:
            return
        self._run_page(self._next_page)

    def _client_or_report(self):
        """The client, or None after saying why there is none (no key, locked key, bad settings)."""
        return client_or_report(self.client_provider, "Connecting for the archive search",
                                self.report_failure, lambda text: self._set_status(text, error=True))

    def _run_page(self, page: int) -> None:
        client = self._client_or_report()
        if client is None:
            return
        criteria, aoi, size = self._criteria, self._search_aoi, self.page_size

        def work(context):
            return archive_service.search_page(client, criteria, aoi, page, context, size)

        def failed(error):
            self._set_searching(False)
            self._set_status(self.report_failure("Archive search", error), error=True)

        self._search.start(tr("Searching the OneAtlas archive"), work, self._search_finished, failed,
                           lambda: self._set_searching(False))
        self._set_searching(True)
        self._set_status(tr("Searching the archive…") if page == 1 else tr("Loading more results…"))

    def cancel_search(self) -> None:
        """Cancel at once: the UI is free immediately; whatever the server answers later is ignored."""
        if not self._search.running:
            return
        self._search.cancel()
        self._set_searching(False)
        self._set_status(tr("Search cancelled."))
        self._update_buttons()

    def _search_finished(self, result) -> None:
        self._set_searching(False)
        self.model.append(result.rows)
        scenes = [row.scene for row in result.rows]
        if self.footprints.layer is None:
            self.footprints.replace(scenes)
        else:
            self.footprints.add(scenes)
        if result.page == 1:
            self._after_first_page()
        if self.model.rowCount():
            # The order dialog's modules, imported while the user reads the results, not on the click; a
            # second later, so that the import does not take the GIL while the results are painted.
            ui_package = __name__.rsplit(".", 2)[0]
            QTimer.singleShot(1000, lambda: import_in_background(f"{ui_package}.ordering.opening",
                                                                 f"{ui_package}.ordering.multi_order"))
        self._total = min(result.total, MAX_RESULTS)
        self._next_page = result.page + 1
        self._has_more = bool(result.has_more) and self.model.rowCount() < MAX_RESULTS
        shown = self.model.rowCount()
        if shown == 0:
            self._set_status(tr("No scene matches these criteria over your area. Widen the dates or allow "
                                "more clouds or a larger incidence angle."))
        else:
            self._set_status(tr("{shown} of %n scene(s) shown.", self._total).format(shown=shown))
        self._update_buttons()

    def _set_searching(self, searching: bool) -> None:
        self.form.set_enabled_while_searching(searching)
        show_busy(searching, self.search_button, self.cancel_button, self.progress)
        self.load_more_button.setEnabled(not searching)
        self._update_buttons()

    def _set_status(self, text: str, error: bool = False) -> None:
        set_message(self.status, text, error)

    def _update_buttons(self) -> None:
        self.load_more_button.setVisible(self._has_more)
        self.load_more_button.setEnabled(self._has_more and not self.searching)
        scenes = self.scenes_to_order()
        self.order_button.setEnabled(bool(scenes) and self.aoi is not None)
        self.order_button.setText(tr("Order %n scene(s)…", len(scenes)) if scenes
                                  else tr("Order…"))
        self.preview_button.setEnabled(bool(self.table.selected_scene_ids()))

    # -- selection, linked with the map ------------------------------------------------------------

    def scenes_to_order(self):
        """The checked scenes, or else the selected rows."""
        checked = self.model.checked_scenes()
        if checked:
            return checked
        ids = self.table.selected_scene_ids()
        return [scene for scene in self.model.scenes() if scene.id in ids]

    def _on_scenes_selected(self, scenes) -> None:
        self._update_buttons()
        self.quicklooks.show_scenes(scenes)
        self.product_hint.announce(self.scenes_to_order())

    def _after_first_page(self) -> None:
        """Results are shown: the criteria fold away (the table gets the height) and the map frames the
        results with the AOI."""
        if self.model.rowCount():
            self.criteria_box.collapse(criteria_summary(self._criteria))
        canvas = self.iface.mapCanvas() if self.iface is not None else None
        frame_results(canvas, self.footprints.layer, self._search_aoi)

    # -- quicklook ---------------------------------------------------------------------------------

    def _preview_selected(self) -> None:
        ids = self.table.selected_scene_ids()
        scenes = [scene for scene in self.model.scenes() if scene.id in ids]
        if scenes:
            self.show_quicklook(scenes[0])

    def show_quicklook(self, scene) -> QuicklookDialog:
        """The quicklook in its own window, larger than on the map (double click, or Preview)."""
        if self.quicklook_dialog is not None:
            self.quicklook_dialog.close()
        self.quicklook_dialog = open_quicklook_dialog(scene, self._client_or_none(), self.runner,
                                                      self.report_failure, self)
        return self.quicklook_dialog

    # -- ordering ----------------------------------------------------------------------------------

    def open_order_dialog(self):
        scenes = self.scenes_to_order()
        if not scenes or self.aoi is None:
            return None
        from ..ordering.multi_order import PerPartSubject
        from ..ordering.opening import open_order_dialog  # heavy: imported when first needed

        if self.order_dialog is not None:
            self.order_dialog.close()
        families = {scene.constellation.upper() for scene in scenes}
        if len(families) > 1:
            self._set_status(tr("Order scenes of one satellite family at a time: Pléiades Neo, Pléiades and "
                                "SPOT are different products (uncheck the others)."), error=True)
            return None
        parts = getattr(self, "_aoi_parts", None)
        name = getattr(self, "_aoi_name", "")
        subject = (PerPartSubject([ArchiveOrderSubject(scenes, part, name) for part in parts]) if parts
                   else ArchiveOrderSubject(scenes, self.aoi, name))
        dialog = open_order_dialog(self, subject, self._remember_order, self.product_chosen.emit,
                                   self.quotation_requested.emit)
        dialog.minimum_note.enlarge_requested.connect(self._enlarge_and_reorder)
        self.order_dialog = dialog
        return dialog

    def _enlarge_and_reorder(self) -> None:
        """The AOI tab enlarges the AOI (aoi_changed comes back here), then a new form prices the new one."""
        self.enlarge_aoi_requested.emit()
        if self.aoi is not None:
            self.open_order_dialog()

    def _remember_order(self, result) -> None:
        for placed in getattr(result, "results", None) or [result]:  # one order per part: each one
            self.placed_orders.append(placed)
            self.order_placed.emit(placed)

    def release(self) -> None:
        """Plugin unload: stop background work, close dialogs, remove the footprints layer."""
        self._search.cancel()
        self.thumbnails.release()
        if self.order_dialog is not None:
            self.order_dialog.close_for_unload()
        if self.quicklook_dialog is not None:
            self.quicklook_dialog.close()
        self.product_hint.cancel()
        self.quicklooks.release()
        self.footprints.release()
