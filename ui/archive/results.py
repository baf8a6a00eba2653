"""The archive results: a table model (one row per scene, a check box to pick scenes to order) and its view.

Thumbnails arrive later from the background and are shown as the first column's decoration.
"""

from typing import Dict, List, Optional

from qgis.PyQt.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QSize,
    Qt,
    QTimer,
    pyqtSignal,
)
from qgis.PyQt.QtGui import QPixmap
from qgis.PyQt.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableView

from ..common.formatting import constellation_label, decimal, utc_time
from ..common.i18n import QT_TRANSLATE_NOOP
from .results_order import sorted_rows
from .service import SceneRow

# 28 px keeps eight rows in sight on a 768 px high laptop screen, and still shows where the clouds are.
THUMBNAIL_SIZE = 28

# The five a user judges a scene by come first, so they stay in sight in a narrow dock.
COLUMNS = ("date", "platform", "cloud", "incidence", "coverage", "resolution")
# Short headers: the dock is often 300-400 px wide; the tooltips say what each column means.
HEADERS = {
    "date": QT_TRANSLATE_NOOP("ArchiveResults", "Acquired"),
    "platform": QT_TRANSLATE_NOOP("ArchiveResults", "Sat."),
    "cloud": QT_TRANSLATE_NOOP("ArchiveResults", "Cloud"),
    "incidence": QT_TRANSLATE_NOOP("ArchiveResults", "Incid."),
    "resolution": QT_TRANSLATE_NOOP("ArchiveResults", "Res."),
    "coverage": QT_TRANSLATE_NOOP("ArchiveResults", "AOI"),
}
TOOLTIPS = {
    "platform": QT_TRANSLATE_NOOP("ArchiveResults", "Satellite"),
    "date": QT_TRANSLATE_NOOP("ArchiveResults", "Acquisition date (UTC); tick the scenes to order"),
    "resolution": QT_TRANSLATE_NOOP("ArchiveResults", "Ground resolution"),
    "cloud": QT_TRANSLATE_NOOP("ArchiveResults",
                               "Cloud cover of the whole acquisition (not recomputed on your area)"),
    "incidence": QT_TRANSLATE_NOOP("ArchiveResults",
                                   "Viewing angle from the vertical: lower is sharper and less distorted"),
    "coverage": QT_TRANSLATE_NOOP("ArchiveResults",
                                  "Share of your area of interest inside this scene's footprint"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("ArchiveResults", text)


def _role_value(role) -> int:
    return getattr(role, "value", role)  # PyQt6 enums carry their number in .value; PyQt5's are ints


_SERVED_ROLES = frozenset(_role_value(role) for role in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.CheckStateRole, Qt.ItemDataRole.DecorationRole,
    Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.UserRole))


def _number(value, decimals: int, suffix: str) -> str:
    if value is None:
        return "–"
    return f"{decimal(value, decimals)}{suffix}"


class ResultsModel(QAbstractTableModel):
    checked_changed = pyqtSignal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: List[SceneRow] = []
        self._checked: set = set()
        self._thumbnails: Dict[str, QPixmap] = {}
        self._sort = None  # (column key, descending) once the user clicked a header

    # -- content -----------------------------------------------------------------------------------

    def clear(self) -> None:
        self.beginResetModel()
        self._rows = []
        self._checked = set()
        self.endResetModel()
        self.checked_changed.emit()

    def append(self, rows: List[SceneRow]) -> None:
        known = {row.scene.id for row in self._rows}
        rows = [row for row in rows if row.scene.id not in known]  # pages may overlap if the catalog moved
        if not rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()
        if self._sort is not None:  # "Load more" keeps the order the user chose
            self._apply_sort(*self._sort)

    def set_thumbnail(self, scene_id: str, pixmap: QPixmap) -> None:
        self.set_thumbnails({scene_id: pixmap})

    def set_thumbnails(self, pixmaps: Dict[str, QPixmap]) -> None:
        """A batch of thumbnails: one update of the rows they span, not one per image."""
        self._thumbnails.update(pixmaps)
        rows = [number for number, row in enumerate(self._rows) if row.scene.id in pixmaps]
        if rows:
            self.dataChanged.emit(self.index(min(rows), 0), self.index(max(rows), 0),
                                  [Qt.ItemDataRole.DecorationRole])

    def row_of(self, scene_id: str) -> Optional[int]:
        for number, row in enumerate(self._rows):
            if row.scene.id == scene_id:
                return number
        return None

    def scene_at(self, row: int):
        return self._rows[row].scene

    def row_at(self, row: int) -> SceneRow:
        return self._rows[row]

    def scenes(self):
        return [row.scene for row in self._rows]

    def checked_scenes(self):
        return [row.scene for row in self._rows if row.scene.id in self._checked]

    def set_checked(self, scene_id: str, checked: bool) -> None:
        row = self.row_of(scene_id)
        if row is None:
            return
        self.setData(self.index(row, 0),
                     Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked,
                     Qt.ItemDataRole.CheckStateRole)

    # -- Qt model ----------------------------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()):  # noqa: B008 -- Qt's own signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()):  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        key = COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return tr(HEADERS[key])
        if role == Qt.ItemDataRole.ToolTipRole and key in TOOLTIPS:
            return tr(TOOLTIPS[key])
        return None

    def flags(self, index):
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0:
            base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        # Called for every role of every cell at each paint and measure (hundreds of calls): the roles this
        # model does not serve (fonts, colours, size hints...) leave at once.
        if _role_value(role) not in _SERVED_ROLES:
            return None
        number = index.row()
        if not 0 <= number < len(self._rows) or not index.isValid():
            return None
        row = self._rows[number]
        scene = row.scene
        key = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(key, row)
        if role == Qt.ItemDataRole.CheckStateRole and key == "date":
            return Qt.CheckState.Checked if scene.id in self._checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DecorationRole and key == "date":
            return self._thumbnails.get(scene.id)
        if role == Qt.ItemDataRole.TextAlignmentRole and key != "date" and key != "platform":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            when = utc_time(scene.acquisition_date, missing="")
            return tr("{family} {platform}, {when}\n{identifier}").format(
                family=constellation_label(scene.constellation),
                platform=scene.platform, when=when, identifier=scene.archive_identifier or scene.id)
        if role == Qt.ItemDataRole.UserRole:
            return scene.id
        return None

    def _text(self, key: str, row: SceneRow) -> str:
        scene = row.scene
        if key == "date":
            date = scene.acquisition_date
            return date.strftime("%Y-%m-%d") if date else "–"
        if key == "platform":
            return scene.platform or scene.constellation
        if key == "cloud":
            return _number(scene.cloud_cover, 0, "%")
        if key == "incidence":
            return _number(scene.incidence_angle, 1, "°")
        if key == "resolution":
            return _number(scene.resolution, 1, " m")
        if key == "coverage":
            return _number(row.coverage, 0, "%")
        return ""

    def sort(self, column, order=Qt.SortOrder.AscendingOrder):
        """A header click (QTableView sorting): rows reordered in place, selection and checks kept."""
        if not 0 <= column < len(COLUMNS):
            return
        self._sort = (COLUMNS[column], order == Qt.SortOrder.DescendingOrder)
        self._apply_sort(*self._sort)

    def _apply_sort(self, key: str, descending: bool) -> None:
        self.layoutAboutToBeChanged.emit()
        before = [row.scene.id for row in self._rows]
        self._rows = sorted_rows(self._rows, key, descending)
        after = {row.scene.id: number for number, row in enumerate(self._rows)}
        moved_from, moved_to = [], []
        for index in self.persistentIndexList():
            if 0 <= index.row() < len(before):
                moved_from.append(index)
                moved_to.append(self.index(after[before[index.row()]], index.column()))
        self.changePersistentIndexList(moved_from, moved_to)
        self.layoutChanged.emit()

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != 0 or not index.isValid():
            return False
        scene_id = self._rows[index.row()].scene.id
        state = value if isinstance(value, Qt.CheckState) else Qt.CheckState(int(value))
        if state == Qt.CheckState.Checked:
            self._checked.add(scene_id)
        else:
            self._checked.discard(scene_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.checked_changed.emit()
        return True


class ResultsTable(QTableView):
    """The results view: whole-row selection, several rows at once, sized for thumbnails.

    ``scenes_in_view(list)`` says which scenes the user can see whenever that changes (rows arrived, a
    scroll, a resize): their thumbnails are the ones worth fetching."""

    scenes_in_view = pyqtSignal(list)

    def __init__(self, model: ResultsModel, parent=None):
        super().__init__(parent)
        # Several reasons to look again (rows, scroll, resize) make one look, 50 ms later: after the new rows
        # are painted (a thumbnail task started at once competes with that paint for Python's lock), and
        # not for rows a fast scroll only passed by.
        self._view_timer = QTimer(self)
        self._view_timer.setSingleShot(True)
        self._view_timer.setInterval(50)
        self._view_timer.timeout.connect(self._announce_view)
        model.rowsInserted.connect(self._view_timer.start)
        model.modelReset.connect(self._view_timer.start)
        self.verticalScrollBar().valueChanged.connect(self._view_timer.start)
        self.setObjectName("archiveResults")
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setShowGrid(False)  # alternating rows already separate them; the grid costs width
        self.setIconSize(QSize(THUMBNAIL_SIZE, THUMBNAIL_SIZE))
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(THUMBNAIL_SIZE + 6)
        header = self.horizontalHeader()
        # Columns are sized once per page of results (fit_columns), not re-measured over every row at each
        # thumbnail or tick: that took tens of milliseconds of the main thread each time.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(24)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the server's order until a click
        self.setSortingEnabled(True)
        self.setTabKeyNavigation(False)  # Tab leaves the table; arrows, Page Up/Down, Home/End move in it
        # Sized in the event-loop turn after the rows arrive, once however many signals asked: inserting
        # the rows, measuring them and painting them in one turn froze the main thread for a frame or two.
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self.fit_columns)
        model.rowsInserted.connect(self._fit_timer.start)
        model.modelReset.connect(self._fit_timer.start)

    def fit_columns(self) -> None:
        """Each column as wide as its values in view or its short header, whichever is wider, ignoring the
        room Qt keeps for a sort arrow: the five key columns then fit a 300-400 px dock without scrolling.

        Text columns are measured with the font (the text plus the item margins Qt's styles add on both
        sides): asking Qt for each cell's size hint cost a few milliseconds of the frame in which the first
        results are painted. The date column, with its check box and thumbnail, is still measured by Qt."""
        header = self.horizontalHeader()
        header.setResizeContentsPrecision(0)  # measure the rows in view only, not every row of every page
        header_metrics, metrics = header.fontMetrics(), self.fontMetrics()
        margins = 2 * (self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self) + 1) + 1
        model = self.model()
        rows = self.visible_rows()
        for column, key in enumerate(COLUMNS):
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            if key == "date":
                content = self.sizeHintForColumn(column)
            else:
                content = max((metrics.horizontalAdvance(model.index(row, column).data() or "")
                               for row in rows), default=-margins) + margins
            header.resizeSection(column, max(content, header_metrics.horizontalAdvance(title) + 8))

    def keyPressEvent(self, event) -> None:
        """Space ticks or unticks the current row's scene for ordering (arrows move, as in any table)."""
        current = self.currentIndex()
        if event.key() == Qt.Key.Key_Space and current.isValid():
            index = self.model().index(current.row(), 0)
            checked = index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
            self.model().setData(index, Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked,
                                 Qt.ItemDataRole.CheckStateRole)
            event.accept()
            return
        super().keyPressEvent(event)

    def visible_rows(self) -> range:
        """The rows the user can see now (a little more, so a short scroll finds thumbnails ready)."""
        count = self.model().rowCount()
        if count == 0:
            return range(0)
        first = max(0, self.rowAt(0))
        last = self.rowAt(self.viewport().height() - 1)
        if last < 0:  # the rows end before the view does (or the view is not laid out yet)
            last = count - 1 if self.viewport().height() > 0 and self.isVisible() else min(count, 12) - 1
        return range(first, min(count, last + 2))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._view_timer.start()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._view_timer.start()

    def _announce_view(self) -> None:
        rows = self.visible_rows()
        if len(rows):
            model = self.model()
            self.scenes_in_view.emit([model.scene_at(row) for row in rows])

    @property
    def view_pending(self) -> bool:
        """Rows changed and the scenes in view are about to be announced (thumbnails still to ask for)."""
        return self._view_timer.isActive()

    def selected_scene_ids(self) -> List[str]:
        model = self.model()
        rows = sorted({index.row() for index in self.selectionModel().selectedRows()})
        return [model.scene_at(row).id for row in rows]
