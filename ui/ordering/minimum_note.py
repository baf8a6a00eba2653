"""Money before the price: in the order form, "billed as at least N km²" as soon as the product is known,
with the offer to enlarge the AOI to that minimum (what is paid for anyway)."""

from typing import Optional

from qgis.PyQt.QtCore import QCoreApplication, pyqtSignal
from qgis.PyQt.QtWidgets import QHBoxLayout, QPushButton, QWidget

from ..common.formatting import WARNING_COLOUR, km2
from ..common.widgets import set_text_colour, wrapped_label


def tr(text: str) -> str:
    return QCoreApplication.translate("MinimumAreaNote", text)


class MinimumAreaNote(QWidget):
    enlarge_requested = pyqtSignal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("minimumAreaNote")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = wrapped_label(self, "minimumAreaText")
        set_text_colour(self.label, WARNING_COLOUR)
        self.button = QPushButton(tr("Enlarge the AOI"), self)
        self.button.setObjectName("enlargeAoiButton")
        self.button.setToolTip(tr("Grow the area around its centre to the minimum (in the AOI tab; Undo "
                                  "there brings it back), then price again"))
        self.button.clicked.connect(self.enlarge_requested.emit)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.hide()

    def show_for(self, minimum_km2: Optional[float], aoi_km2: float, product_label: str,
                 can_enlarge: bool = True) -> None:
        if not minimum_km2 or aoi_km2 >= minimum_km2:
            self.hide()
            return
        minimum = f"{minimum_km2:g} km²"
        self.label.setText(tr("{product} is billed as at least {minimum}: your area is {area}, you pay for "
                              "{minimum} anyway.").format(product=product_label, minimum=minimum,
                                                          area=km2(aoi_km2)))
        self.button.setVisible(can_enlarge)
        self.show()
