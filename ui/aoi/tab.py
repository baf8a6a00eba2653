"""The AOI tab of the dock: define the area of interest on the map, see at once whether OneAtlas accepts it,
and fix it in one click.

Sources: draw a rectangle or a polygon, pick a polygon on the map, use the selected features of a layer,
import a vector file, or take the map extent. Whatever the source, the geometry is moved to WGS84 through
QGIS (the project's transform context) and checked against the OneAtlas rules (``core.aoi``). The user's
shape is kept as given until they apply a fix, and every fix can be undone.

Contract (docs/architecture.md, "UI contracts"): ``AoiSection(iface, session, parent)``, signal
``aoi_changed(object)`` with a ``ui.aoi.model.Aoi`` or None, property ``current_aoi``,
``set_minimum_order_area(km2 or None, product_label)``, ``release()`` on unload.
"""

import logging
from pathlib import Path
from typing import Optional

from qgis.core import QgsMapLayerProxyModel, QgsProject, QgsSettings
from qgis.gui import QgsMapLayerComboBox
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QCoreApplication, QSize, Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QAction,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..common.formatting import MUTED_COLOUR, STATUS_COLOURS
from ..common.icons import icon
from ..common.own_layers import is_own_layer, own_layers
from ..common.widgets import wrapped_label
from . import sources
from .canvas_item import AoiCanvasItem
from .checking import AoiChecks, CheckingBar, failure_message, new_aoi_edit, vertex_count
from .drawing import PolygonTool, RectangleTool
from .drawn_world import outside_world_sentence
from .model import Aoi, AoiEditor, all_fixed, fixed, undone
from .picking import FeaturePickTool, visible_polygon_layers
from .report_view import AoiReportView

LOG = logging.getLogger("oneatlas_ppo.ui.aoi")
LAST_FOLDER_SETTING = "oneatlas_ppo/aoi/last_folder"
ICON_SIZE = QSize(22, 22)


def tr(text: str) -> str:
    return QCoreApplication.translate("AoiSection", text)


class AoiSection(QWidget):
    aoi_changed = pyqtSignal(object)   # ui.aoi.model.Aoi, or None when cleared

    @classmethod
    def create(cls, context, parent):
        """The dock's door (ui.tabs): the AOI tab publishes the AOI and hears which product is chosen."""
        tab = cls(context.iface, context.session, parent, tasks=context.tasks)
        tab.aoi_changed.connect(context.signals.aoi_changed)
        context.signals.product_chosen.connect(tab.set_minimum_order_area)
        context.signals.enlarge_aoi_requested.connect(tab.enlarge_to_minimum)
        minimum_km2, label = context.signals.current_product
        if minimum_km2 is not None or label:
            tab.set_minimum_order_area(minimum_km2, label)
        return tab

    def __init__(self, iface, session=None, parent=None, tasks=None):
        super().__init__(parent)
        self.tasks = tasks if tasks is not None else getattr(session, "tasks", None)  # big AOIs' checks
        self.iface = iface
        self.session = session  # not needed for the AOI itself (no network); kept for symmetry and logs
        self.canvas = iface.mapCanvas()
        self.editor = AoiEditor()
        self.product_label = ""
        self.display = AoiCanvasItem(self.canvas)
        self._previous_tool = None
        self._released = False

        self.rectangle_tool = RectangleTool(self.canvas)
        self.polygon_tool = PolygonTool(self.canvas)
        # Our own layers (archive footprints) are results, never a source: the picker skips them.
        self.pick_tool = FeaturePickTool(self.canvas, lambda: [
            layer for layer in visible_polygon_layers(self.canvas) if not is_own_layer(layer)])
        self.map_tools = (self.rectangle_tool, self.polygon_tool, self.pick_tool)
        self.rectangle_tool.finished.connect(
            lambda geometry: self._from_canvas(geometry, tr("Drawn rectangle")))
        self.polygon_tool.finished.connect(lambda geometry: self._from_canvas(geometry, tr("Drawn polygon")))
        self.pick_tool.picked.connect(self._from_feature)
        self.pick_tool.nothing_found.connect(
            lambda: self.show_message(tr("No polygon under the cursor in the visible layers. Click inside "
                                         "a polygon, or press Esc."), warning=True))
        for tool in self.map_tools:
            tool.cancelled.connect(self._restore_previous_tool)

        self._build()

    # -- layout --------------------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(scroll)
        body = QWidget(scroll)
        scroll.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(6)

        # One compact row of tools: the three map tools are checkable (checked while active).
        tools = QHBoxLayout()
        tools.setSpacing(2)
        self.rectangle_action = self._tool_action("aoi_rectangle", tr("Draw a rectangle"),
                                                  self.rectangle_tool)
        self.polygon_action = self._tool_action("aoi_polygon", tr("Draw a polygon"), self.polygon_tool)
        self.pick_action = self._tool_action("aoi_pick", tr("Pick a polygon on the map"), self.pick_tool)
        self.buttons = {}
        for name, action in (("rectangle", self.rectangle_action), ("polygon", self.polygon_action),
                             ("pick", self.pick_action)):
            tools.addWidget(self._tool_button(name, action=action))
        tools.addWidget(self._tool_button("extent", "aoi_extent", tr("Use the current map extent"),
                                          self.use_map_extent))
        tools.addWidget(self._tool_button("file", "aoi_file",
                                          tr("Import from a file (GeoJSON, KML, Shapefile, GeoPackage…)"),
                                          self.choose_file))
        tools.addStretch(1)
        tools.addWidget(self._tool_button("zoom", "aoi_zoom", tr("Zoom to the AOI"), self.zoom_to_aoi))
        tools.addWidget(self._tool_button("clear", "aoi_clear", tr("Clear the AOI"), self.clear))
        layout.addLayout(tools)

        # The selected features of any polygon layer.
        selection = QHBoxLayout()
        selection.setSpacing(4)
        self.layer_combo = QgsMapLayerComboBox(body)
        self.layer_combo.setObjectName("aoiLayer")
        self.layer_combo.setFilters(QgsMapLayerProxyModel.Filter.PolygonLayer)
        self.layer_combo.setAllowEmptyLayer(False)
        self.layer_combo.setToolTip(tr("Polygon layer whose selected features make the AOI"))
        self.layer_combo.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._hide_own_layers()
        QgsProject.instance().layersAdded.connect(self._hide_own_layers)
        self.selection_button = QPushButton(icon("aoi_selection"), tr("Use selection"), body)
        self.selection_button.setObjectName("useSelection")
        self.selection_button.setToolTip(tr("Use the selected features of this layer (merged) as the AOI"))
        self.selection_button.clicked.connect(self.use_selection)
        # Follow the layer the user works on in the Layers panel, when it is a polygon layer.
        self._follow_active_layer(getattr(self.iface, "activeLayer", lambda: None)())
        if hasattr(self.iface, "currentLayerChanged"):
            self.iface.currentLayerChanged.connect(self._follow_active_layer)
        selection.addWidget(self.layer_combo, 1)
        selection.addWidget(self.selection_button)
        layout.addLayout(selection)

        self.message_label = wrapped_label(body, "aoiMessage")
        layout.addWidget(self.message_label)
        self.checking_bar = CheckingBar(body)
        layout.addWidget(self.checking_bar)
        self.checks = AoiChecks(self.tasks, self.canvas, self.checking_bar,
                                lambda busy: self.report_view.setEnabled(not busy), self._publish)
        self.report_view = AoiReportView(body)
        self.report_view.fix_requested.connect(self.apply_fix)
        self.report_view.fix_all_requested.connect(self.fix_all)
        self.report_view.undo_requested.connect(self.undo)
        self.report_view.per_part_requested.connect(self.order_per_part)
        self.report_view.enlarge_requested.connect(self.enlarge_to_minimum)
        layout.addWidget(self.report_view)
        layout.addStretch(1)
        self.show_message(tr("Draw, pick or import the area you want imagery of."))
        self._refresh()

    def _tool_action(self, icon_name: str, text: str, tool) -> QAction:
        action = QAction(icon(icon_name), text, self)
        action.setCheckable(True)
        action.triggered.connect(lambda checked, chosen=tool: self.activate_tool(chosen) if checked
                                 else self._restore_previous_tool())
        tool.setAction(action)  # QGIS checks it while the tool is active and unchecks it afterwards
        return action

    def _tool_button(self, name: str, icon_name: str = "", tooltip: str = "", slot=None,
                     action: Optional[QAction] = None) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(f"aoiTool_{name}")
        button.setAutoRaise(True)
        button.setIconSize(ICON_SIZE)
        if action is not None:
            button.setDefaultAction(action)
        else:
            button.setIcon(icon(icon_name))
            button.setToolTip(tooltip)
            button.clicked.connect(slot)
        self.buttons[name] = button
        return button

    def _hide_own_layers(self, *_args) -> None:
        self.layer_combo.setExceptedLayerList(own_layers(QgsProject.instance()))

    def _follow_active_layer(self, layer) -> None:
        if sources.is_polygon_layer(layer) and not is_own_layer(layer):
            self.layer_combo.setLayer(layer)

    # -- the contract ----------------------------------------------------------------------------------

    @property
    def current_aoi(self) -> Optional[Aoi]:
        return self.editor.current

    def set_minimum_order_area(self, km2: Optional[float], product_label: str = "") -> None:
        """A product was chosen (or none: km2 None): say whether its minimum order area applies.
        Does not emit aoi_changed: the area itself did not change."""
        self.product_label = product_label or ""
        self.editor.set_minimum(km2)
        self._refresh()

    def release(self) -> None:
        """Plugin unload: our map tools off the canvas (the previous tool back), no rubber band left."""
        if self._released:
            return
        self._released = True
        active = self.canvas.mapTool()
        if active in self.map_tools:
            self._restore_previous_tool()
        for tool in self.map_tools:
            tool.reset()
            self.canvas.unsetMapTool(tool)
            tool.setAction(None)
        self._previous_tool = None
        self.checks.stop()
        self.display.release()
        try:
            QgsProject.instance().layersAdded.disconnect(self._hide_own_layers)
        except (TypeError, RuntimeError):
            pass
        if hasattr(self.iface, "currentLayerChanged"):
            try:
                self.iface.currentLayerChanged.disconnect(self._follow_active_layer)
            except (TypeError, RuntimeError):
                pass

    # -- map tools ---------------------------------------------------------------------------------------

    def activate_tool(self, tool) -> None:
        current = self.canvas.mapTool()
        if current not in self.map_tools:
            self._previous_tool = current
        self.canvas.setMapTool(tool)
        self.canvas.setFocus()  # Backspace and Esc go to the canvas, hence to the tool
        self.show_message(tool.hint)

    def _restore_previous_tool(self) -> None:
        active = self.canvas.mapTool()
        previous = self._previous_tool
        self._previous_tool = None
        if previous is not None and not sip.isdeleted(previous) and previous not in self.map_tools:
            self.canvas.setMapTool(previous)
        elif active in self.map_tools:
            self.canvas.unsetMapTool(active)
        if not self._released and self.current_aoi is None:
            self.show_message(tr("Draw, pick or import the area you want imagery of."))

    def _from_canvas(self, geometry, source: str) -> None:
        self._restore_previous_tool()
        crs = self.canvas.mapSettings().destinationCrs()
        outside = outside_world_sentence(geometry, crs)  # one sentence for the shape, the AOI kept as it was
        if outside:
            self.show_message(outside, warning=True)
            return
        self._set_from(sources.SourceGeometry(geometry, crs, source))

    def _from_feature(self, feature, layer) -> None:
        self._restore_previous_tool()
        self._set_from(sources.feature_geometry(feature, layer))

    # -- other sources ---------------------------------------------------------------------------------

    def use_map_extent(self) -> None:
        self._set_from_source(lambda: sources.map_extent_geometry(self.canvas))

    def use_selection(self) -> None:
        self._set_from_source(lambda: sources.selected_features_geometry(self.layer_combo.currentLayer()))

    def choose_file(self) -> None:
        settings = QgsSettings()
        folder = settings.value(LAST_FOLDER_SETTING, str(Path.home()))
        path, _filter = QFileDialog.getOpenFileName(self, tr("Import an AOI"), folder, sources.file_filter())
        if path:
            settings.setValue(LAST_FOLDER_SETTING, str(Path(path).parent))
            self.import_file(path)

    def import_file(self, path: str) -> None:
        self._set_from_source(lambda: sources.file_geometry(path))

    def _set_from_source(self, read) -> None:
        try:
            source = read()
        except sources.AoiSourceError as error:
            self.show_message(str(error), warning=True)
            return
        self._set_from(source)

    def _set_from(self, source: sources.SourceGeometry) -> None:
        self._edit(vertex_count(source.geometry), new_aoi_edit(source, self.editor.minimum_km2),
                   bring_into_view=True, crs=source.crs)

    def _edit(self, vertices: int, edit, bring_into_view: bool = False, crs=None) -> None:
        """Run an edit (a model.Change from the current state): at once, or in the background for a big AOI,
        which is announced to the other tabs only once checked (None meanwhile: nothing can be ordered)."""
        def done(result):
            change, drawn = result
            self.editor.commit(change)
            if change.aoi is not None:
                if bring_into_view:  # a new AOI: a file or another layer's selection may lie off screen
                    self.show_message("")
                self._publish(drawn)
                if bring_into_view:
                    self.display.bring_into_view()

        self.checks.run(vertices, edit, done,
                        lambda error: self.show_message(failure_message(error, crs), warning=True))
        if self.checks.checking:
            self.show_message("")
            self.aoi_changed.emit(None)

    # -- fixes -----------------------------------------------------------------------------------------

    def apply_fix(self, fix) -> None:
        previous, minimum = self.editor.current, self.editor.minimum_km2
        if previous is None:
            return
        self._edit(previous.vertex_count, lambda _transform, _context: fixed(previous, fix, minimum))

    def fix_all(self) -> None:
        previous, minimum = self.editor.current, self.editor.minimum_km2
        if previous is not None:
            self._edit(previous.vertex_count, lambda _transform, _context: all_fixed(previous, minimum))

    def order_per_part(self) -> None:
        """Keep every part of a multi-part area; the order form places one order per part."""
        try:
            self.editor.order_per_part(tr("Kept every part: one order per part."))
        except ValueError as error:
            self.show_message(str(error), warning=True)
            return
        self._publish()

    def enlarge_to_minimum(self) -> None:
        """Grow the AOI around its centre to the product's minimum order area (billed anyway)."""
        minimum = self.editor.minimum_km2
        try:
            self.editor.enlarge_to_minimum(tr("Enlarged around its centre to the {minimum:g} km² minimum "
                                              "you are billed for.").format(minimum=minimum or 0))
        except ValueError as error:
            self.show_message(str(error), warning=True)
            return
        self._publish()

    def undo(self) -> None:
        step, minimum = self.editor.last_step, self.editor.minimum_km2
        if step is not None:
            self._edit(step.previous.vertex_count, lambda _transform, _context: undone(step, minimum))

    # -- canvas ---------------------------------------------------------------------------------------

    def clear(self) -> None:
        self.checks.stop()
        self.editor.clear()
        self.display.clear()
        self.show_message(tr("Draw, pick or import the area you want imagery of."))
        self._refresh()
        self.aoi_changed.emit(None)

    def zoom_to_aoi(self) -> None:
        self.display.zoom_to()

    # -- showing --------------------------------------------------------------------------------------

    def show_message(self, message: str, warning: bool = False) -> None:
        self.message_label.setText(message)
        self.message_label.setVisible(bool(message))
        self.message_label.setStyleSheet(f"color: {STATUS_COLOURS['red'] if warning else MUTED_COLOUR};")

    def _publish(self, drawn=None) -> None:
        aoi = self.editor.current
        if aoi is not None:
            self.display.show(aoi.geometry, has_problems=not aoi.ready, drawn=drawn)
        self._refresh()
        self.aoi_changed.emit(aoi)

    def _refresh(self) -> None:
        aoi = self.editor.current
        self.report_view.show_aoi(aoi, self.editor.last_change, self.product_label)
        self.buttons["zoom"].setEnabled(aoi is not None)
        self.buttons["clear"].setEnabled(aoi is not None)
