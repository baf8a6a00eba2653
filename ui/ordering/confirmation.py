"""The last step before money is spent: a dialog that states exactly what will be ordered and for how much.

Its confirm button names the amount ("Order for 1 234.00 EUR"), Cancel is the default button, and Escape
cancels: an order never happens by accident.
"""

from dataclasses import dataclass, field
from html import escape
from typing import List, Tuple

from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QScrollArea, QVBoxLayout

from ..common.formatting import km2, money


def tr(text: str) -> str:
    return QCoreApplication.translate("OrderConfirmation", text)


@dataclass
class OrderSummary:
    """Everything the user agrees to, in words (built by the order dialog from the priced request)."""

    intro: str  # what kind of order this is, and that it is paid
    items_title: str  # "Scenes", "Acquisition attempts"...
    items: List[str]  # one line per ordered item
    product: str
    options: List[Tuple[str, str]]
    aoi_area_km2: float
    contract: str
    price_lines: List[str]  # one line per product: amount, billed area, minimum applied
    total: float
    currency: str
    customer_reference: str
    market: str
    end_user: str = ""
    email: str = ""
    notes: List[str] = field(default_factory=list)


class ConfirmOrderDialog(QDialog):
    def __init__(self, summary: OrderSummary, parent=None):
        super().__init__(parent)
        self.setObjectName("confirmOrderDialog")
        self.setWindowTitle(tr("Confirm your order"))
        self.setModal(True)
        self.summary = summary
        layout = QVBoxLayout(self)

        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("confirmSummary")
        self.summary_label.setWordWrap(True)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.summary_label)
        # The text after setWidget: laid out once, at the dialog's size, not also at a default size first.
        self.summary_label.setText(self._html(summary))
        layout.addWidget(scroll, 1)
        # The amount stays in sight whatever the length of the summary above.
        total = tr("Total: {amount}").format(amount=money(summary.total, summary.currency))
        self.total_label = QLabel(total, self)
        self.total_label.setObjectName("confirmTotal")
        font = self.total_label.font()  # bold 14 pt, set as a font: a style sheet costs more to build
        font.setBold(True)
        font.setPointSize(14)
        self.total_label.setFont(font)
        layout.addWidget(self.total_label)

        self.buttons = QDialogButtonBox(self)
        self.confirm_button = QPushButton(
            tr("Order for {amount}").format(amount=money(summary.total, summary.currency)), self)
        self.confirm_button.setObjectName("confirmOrderButton")
        self.confirm_button.setAutoDefault(False)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(tr("Cancel"))  # Qt's own text stays English without a Qt translator
        self.cancel_button.setObjectName("cancelOrderButton")
        self.cancel_button.setDefault(True)  # Enter does not spend money
        self.buttons.addButton(self.confirm_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(520, 560)

    def text(self) -> str:
        """The summary as plain text (what tests and screen readers check)."""
        text = self.summary_label.text().replace("<br>", "\n").replace("</li>", "\n")
        return text + "\n" + self.total_label.text()

    @staticmethod
    def _html(summary: OrderSummary) -> str:
        def items(lines):
            return "<ul>" + "".join(f"<li>{escape(line)}</li>" for line in lines) + "</ul>"

        options = [f"{label}: {value}" for label, value in summary.options]
        parts = [
            "<p>" + escape(summary.intro) + "</p>",
            f"<b>{escape(summary.items_title)}</b>" + items(summary.items),
            f"<b>{escape(tr('Product'))}</b>: {escape(summary.product)}<br>",
            f"<b>{escape(tr('Options'))}</b>" + items(options),
            f"<b>{escape(tr('Area of interest'))}</b>: {escape(km2(summary.aoi_area_km2))} "
            + escape(tr("(the billed area per product is under Price)")) + "<br>",
            f"<b>{escape(tr('Contract'))}</b>: {escape(summary.contract)}<br>",
            f"<b>{escape(tr('Market'))}</b>: {escape(summary.market)}<br>",
        ]
        if summary.end_user:
            parts.append(f"<b>{escape(tr('End user'))}</b>: {escape(summary.end_user)}<br>")
        parts.append(f"<b>{escape(tr('Your reference'))}</b>: {escape(summary.customer_reference)}<br>")
        if summary.email:
            parts.append(f"<b>{escape(tr('Notices to'))}</b>: {escape(summary.email)}<br>")
        parts.append(f"<b>{escape(tr('Price'))}</b>" + items(summary.price_lines))
        if summary.total is not None:  # a quotation request has no amount yet: none is invented
            parts.append("<p style='font-size: large'><b>" + escape(tr("Total: {amount}").format(
                amount=money(summary.total, summary.currency))) + "</b></p>")
        for note in summary.notes:
            parts.append(f"<p>{escape(note)}</p>")
        return "".join(parts)
