"""Small widgets every tab uses: a label that wraps in a narrow dock, a coloured status dot."""

from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtGui import QColor, QPainter, QPalette, QPixmap
from qgis.PyQt.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QSizePolicy

from .formatting import ERROR_STYLE, MUTED_COLOUR, STATUS_COLOURS


def wrapped_label(parent, object_name: str, muted: bool = False) -> QLabel:
    """Plain text that wraps and can be selected (to copy an id); it never widens the dock."""
    label = QLabel(parent)
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    if muted:
        label.setStyleSheet(f"color: {MUTED_COLOUR};")
    return label


def set_text_colour(widget, colour: str) -> None:
    """The widget's text in ``colour`` through its palette. A style sheet per widget does the same but costs
    milliseconds to parse and polish each, and a form has dozens: the order form froze QGIS for frames."""
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(colour))
    palette.setColor(QPalette.ColorRole.Text, QColor(colour))
    widget.setPalette(palette)


def push_button(parent, text: str, object_name: str, on_click=None, auto_default: bool = True) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(object_name)
    button.setAutoDefault(auto_default)
    if on_click is not None:
        button.clicked.connect(on_click)
    return button


def busy_bar(parent, object_name: str = "", height: int = 12) -> QProgressBar:
    """An indeterminate progress bar (one request has no meaningful percentage), hidden until busy."""
    bar = QProgressBar(parent)
    if object_name:
        bar.setObjectName(object_name)
    bar.setRange(0, 0)
    bar.setMaximumHeight(height)
    bar.setTextVisible(False)
    bar.hide()
    return bar


def status_dot(colour: str, size: int = 14) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(STATUS_COLOURS.get(colour, STATUS_COLOURS["grey"])))
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return pixmap


def button_row(layout, left=(), right=()) -> QHBoxLayout:
    """A row of buttons under ``layout``: ``left`` ones, a stretch, then ``right`` ones."""
    row = QHBoxLayout()
    for widget in left:
        row.addWidget(widget)
    row.addStretch(1)
    for widget in right:
        row.addWidget(widget)
    layout.addLayout(row)
    return row


def show_busy(busy: bool, start_button, cancel_button, progress) -> None:
    """While background work runs: its start button is disabled, Cancel and the progress bar shown."""
    start_button.setEnabled(not busy)
    cancel_button.setVisible(busy)
    progress.setVisible(busy)


def set_message(label: QLabel, text: str, error: bool = False) -> None:
    """A status line: plain words, in the error colour when something went wrong."""
    label.setText(text)
    label.setStyleSheet(ERROR_STYLE if error else "")


def work_controls(parent, start_text: str, start_name: str, on_start, cancel_name: str, on_cancel,
                  progress_name: str):
    """Start / Cancel buttons and a busy bar in one row (see show_busy): (row, start, cancel, progress)."""
    start = push_button(parent, start_text, start_name, on_start)
    cancel = push_button(parent, QCoreApplication.translate("Widgets", "Cancel"), cancel_name, on_cancel)
    cancel.hide()
    progress = busy_bar(parent, progress_name, height=14)
    row = QHBoxLayout()
    row.addWidget(start)
    row.addWidget(cancel)
    row.addWidget(progress, 1)
    return row, start, cancel, progress
