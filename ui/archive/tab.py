"""The Archive tab: search Pléiades Neo, Pléiades and SPOT archive over the AOI, preview, then order.

Layout, top to bottom: the search form, Search / Cancel with a progress bar, the results table (linked both
ways with the "Footprints" map layer), "Load more", then Preview and Order buttons. Every network call runs
through the TaskRunner; callbacks of a search that was cancelled or replaced are ignored (a generation
counter), so a slow answer can never overwrite newer results.
"""

from typing import Callable, List, Optional

from qgis.PyQt.QtCore import QCoreApplication, QItemSelection, QItemSelectionModel, pyqtSignal
from qgis.PyQt.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...core import errors
from ..common.formatting import ERROR_STYLE, constellation_label, utc_time
from ..common.reporting import log_and_describe
from ..common.tasks import LatestTask
from ..common.widgets import busy_bar, push_button
from . import service as archive_service
from .footprints import FootprintsLayer
from .order import ArchiveOrderSubject
from .results import ResultsModel, ResultsTable
from .search_form import SearchForm
from .thumbnails import QuicklookDialog, ThumbnailLoader

MAX_RESULTS = 10000  # the catalog never counts further (totalResults maximum)


def tr(text: str) -> str:
    return QCoreApplication.translate("ArchiveSection", text)


def aoi_geometry(aoi):
    """Accept the AOI section's ``Aoi`` (WGS84 polygon in ``.geometry``) or a bare shapely polygon."""
    if aoi is None:
        return None
    for name in ("geometry", "polygon", "wgs84"):
        value = getattr(aoi, name, None)
        if value is not None and hasattr(value, "is_empty"):
            return value
    return aoi if hasattr(aoi, "is_empty") else None


class ArchiveSection(QWidget):
    """``order_placed(OrderResult)`` is emitted for every order placed (the Orders section lists them);
    ``placed_orders`` keeps them for this session."""

    order_placed = pyqtSignal(object)
    # The product of the order being prepared: its minimum order area (km2 or None) and label, so the AOI
    # tab can say whether the minimum applies.
    product_chosen = pyqtSignal(object, str)

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
        self._syncing_selection = False
        self.page_size = archive_service.ITEMS_PER_PAGE  # results per request ("Load more" asks for more)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)

        self.aoi_label = QLabel(self)
        self.aoi_label.setObjectName("aoiStatus")
        self.aoi_label.setWordWrap(True)
        layout.addWidget(self.aoi_label)

        self.form = SearchForm(self)
        layout.addWidget(self.form)

        buttons = QHBoxLayout()
        self.search_button = push_button(self, tr("Search"), "searchButton", self.search)
        self.search_button.setDefault(True)
        self.cancel_button = push_button(self, tr("Cancel"), "cancelSearchButton", self.cancel_search)
        self.cancel_button.hide()
        self.progress = busy_bar(self, "searchProgress", height=14)
        buttons.addWidget(self.search_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.progress, 1)
        layout.addLayout(buttons)

        self.status = QLabel(self)
        self.status.setObjectName("searchStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        self.model = ResultsModel(self)
        self.table = ResultsTable(self.model, self)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection)
        self.table.doubleClicked.connect(lambda index: self.show_quicklook(self.model.scene_at(index.row())))
        self.model.checked_changed.connect(self._update_buttons)
        layout.addWidget(self.table, 1)

        self.load_more_button = QPushButton(tr("Load more"), self)
        self.load_more_button.setObjectName("loadMoreButton")
        self.load_more_button.clicked.connect(self.load_more)
        self.load_more_button.hide()
        layout.addWidget(self.load_more_button)

        actions = QHBoxLayout()
        self.preview_button = QPushButton(tr("Preview"), self)
        self.preview_button.setObjectName("previewButton")
        self.preview_button.setToolTip(tr("Show the quicklook of the selected scene"))
        self.preview_button.clicked.connect(self._preview_selected)
        self.order_button = QPushButton(tr("Order…"), self)
        self.order_button.setObjectName("orderButton")
        self.order_button.clicked.connect(self.open_order_dialog)
        actions.addWidget(self.preview_button)
        actions.addStretch(1)
        actions.addWidget(self.order_button)
        layout.addLayout(actions)

        self.footprints = FootprintsLayer(project, self)
        self.footprints.selection_changed.connect(self._on_map_selection)
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
        self._show_aoi()
        self._update_buttons()

    def _show_aoi(self) -> None:
        if getattr(self, "_aoi_needs_fixing", False):
            self.aoi_label.setText(tr("OneAtlas would refuse the current area of interest: fix it in the "
                                      "AOI tab first."))
        elif self.aoi is None:
            self.aoi_label.setText(tr("Draw or choose an area of interest in the AOI tab first."))
        else:
            self.aoi_label.setText(tr("Searching over the current area of interest."))

    def _client_or_none(self):
        try:
            return self.client_provider()
        except Exception:
            return None

    def _client(self):
        client = self.client_provider()
        if client is None:
            raise errors.ConfigurationError(tr("Not connected: open the settings and add your API key."))
        return client

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
        try:
            return self._client()
        except Exception as error:  # noqa: BLE001 -- shown in words, details in the log
            self._set_status(self.report_failure("Connecting for the archive search", error), error=True)
            return None

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
        self.table.fit_columns()
        self._total = min(result.total, MAX_RESULTS)
        self._next_page = result.page + 1
        self._has_more = bool(result.has_more) and self.model.rowCount() < MAX_RESULTS
        shown = self.model.rowCount()
        if shown == 0:
            self._set_status(tr("No scene matches these criteria over your area. Widen the dates or allow "
                                "more clouds or a larger incidence angle."))
        else:
            self._set_status(tr("{shown} of {total} scenes shown.").format(shown=shown, total=self._total))
        self._update_buttons()

    def _set_searching(self, searching: bool) -> None:
        self.form.set_enabled_while_searching(searching)
        self.search_button.setEnabled(not searching)
        self.cancel_button.setVisible(searching)
        self.progress.setVisible(searching)
        self.load_more_button.setEnabled(not searching)
        self._update_buttons()

    def _set_status(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(ERROR_STYLE if error else "")

    def _update_buttons(self) -> None:
        self.load_more_button.setVisible(self._has_more)
        self.load_more_button.setEnabled(self._has_more and not self.searching)
        scenes = self.scenes_to_order()
        self.order_button.setEnabled(bool(scenes) and self.aoi is not None)
        self.order_button.setText(tr("Order {count} scene(s)…").format(count=len(scenes)) if scenes
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

    def _on_table_selection(self, *_args) -> None:
        self._update_buttons()
        if self._syncing_selection:
            return
        self._syncing_selection = True
        try:
            self.footprints.select_scenes(self.table.selected_scene_ids())
        finally:
            self._syncing_selection = False

    def _on_map_selection(self, scene_ids) -> None:
        if self._syncing_selection:
            return
        self._syncing_selection = True
        try:
            selection = QItemSelection()
            for scene_id in scene_ids:
                row = self.model.row_of(scene_id)
                if row is not None:
                    selection.select(self.model.index(row, 0),
                                     self.model.index(row, self.model.columnCount() - 1))
            self.table.selectionModel().select(
                selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            if scene_ids:
                row = self.model.row_of(scene_ids[0])
                if row is not None:
                    self.table.scrollTo(self.model.index(row, 0))
        finally:
            self._syncing_selection = False
        self._update_buttons()

    # -- quicklook ---------------------------------------------------------------------------------

    def _preview_selected(self) -> None:
        ids = self.table.selected_scene_ids()
        scenes = [scene for scene in self.model.scenes() if scene.id in ids]
        if scenes:
            self.show_quicklook(scenes[0])

    def show_quicklook(self, scene) -> QuicklookDialog:
        if self.quicklook_dialog is not None:
            self.quicklook_dialog.close()
        date = utc_time(scene.acquisition_date, missing="")
        dialog = QuicklookDialog(
            tr("Quicklook: {platform} {date}").format(platform=scene.platform, date=date),
            tr("{family} {platform}, acquired {date}, cloud cover {cloud}, "
               "incidence {incidence}.\n{id}").format(
                family=constellation_label(scene.constellation),
                platform=scene.platform, date=date,
                cloud="–" if scene.cloud_cover is None else f"{scene.cloud_cover:.0f} %",
                incidence="–" if scene.incidence_angle is None else f"{scene.incidence_angle:.1f}°",
                id=scene.archive_identifier or scene.id),
            self)
        self.quicklook_dialog = dialog
        client = self._client_or_none()
        if client is None:
            dialog.show_error(tr("Not connected: the quicklook cannot be loaded."))
        else:
            def work(context):
                return archive_service.fetch_quicklook(client, scene, context)

            def done(data):
                if self.quicklook_dialog is dialog:
                    dialog.show_image(data)

            def failed(error):
                text = self.report_failure("Loading a quicklook", error)
                if self.quicklook_dialog is dialog:
                    dialog.show_error(text)

            task = self.runner.start(tr("Loading a quicklook"), work, done, failed)
            dialog.on_close = task.cancel_if_running
        dialog.show()
        return dialog

    # -- ordering ----------------------------------------------------------------------------------

    def open_order_dialog(self):
        scenes = self.scenes_to_order()
        if not scenes or self.aoi is None:
            return None
        from ..ordering.order_dialog import OrderDialog  # heavy: imported when first needed

        if self.order_dialog is not None:
            self.order_dialog.close()
        families = {scene.constellation.upper() for scene in scenes}
        if len(families) > 1:
            self._set_status(tr("Order scenes of one satellite family at a time: Pléiades Neo, Pléiades and "
                                "SPOT are different products (uncheck the others)."), error=True)
            return None
        dialog = OrderDialog(ArchiveOrderSubject(scenes, self.aoi), self.client_provider, self.runner, self,
                             report_failure=self.report_failure)
        if self.confirm_hook is not None:
            dialog.confirm_hook = self.confirm_hook
        dialog.order_placed.connect(self._remember_order)
        dialog.product_chosen.connect(self.product_chosen.emit)
        self.order_dialog = dialog
        dialog.open()
        dialog.load()
        return dialog

    def _remember_order(self, result) -> None:
        self.placed_orders.append(result)
        self.order_placed.emit(result)

    # -- unload ------------------------------------------------------------------------------------

    def release(self) -> None:
        """Plugin unload: stop background work, close dialogs, remove the footprints layer."""
        self._search.cancel()
        self.thumbnails.release()
        if self.order_dialog is not None:
            self.order_dialog.close_for_unload()
        if self.quicklook_dialog is not None:
            self.quicklook_dialog.close()
        self.footprints.release()
