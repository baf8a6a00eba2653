"""Small widgets every tab uses: a label that wraps in a narrow dock, a coloured status dot."""

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QPainter, QPixmap
from qgis.PyQt.QtWidgets import QLabel, QProgressBar, QPushButton, QSizePolicy

from .formatting import MUTED_COLOUR, STATUS_COLOURS


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
