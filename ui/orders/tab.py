"""The Orders tab: the orders placed from this QGIS session, newest first.

It lists what the server confirmed (sales order or quotation id, reference, amount), and says plainly when
an order was recovered after a connection problem. Following an order's status on the server comes later;
until then the tab tells the user where the order can be followed.
"""

from datetime import datetime
from typing import Optional

from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ..common.formatting import money


def tr(text: str) -> str:
    return QCoreApplication.translate("OrdersSection", text)


def describe_order(result, placed_at: datetime) -> str:
    ids = [f"{tr('Sales order')} {result.sales_order_id}" if result.sales_order_id else "",
           f"{tr('Quotation')} {result.quotation_id}" if result.quotation_id else ""]
    lines = [" · ".join(part for part in ids if part) or tr("Order (no id returned yet)"),
             tr("Reference {reference} · {amount} · placed {time}").format(
                 reference=result.customer_reference, amount=money(result.total, result.currency),
                 time=placed_at.strftime("%H:%M"))]
    if result.recovered:
        lines.append(tr("The answer was lost on the way and the order was found afterwards: it exists once. "
                        "Do not order it again."))
    return "\n".join(lines)


class OrdersSection(QWidget):
    @classmethod
    def create(cls, context, parent):
        """The dock's door (ui.tabs): lists every order any tab places."""
        tab = cls(parent)
        for result, placed_at in context.signals.placed_orders:  # placed before the tab was first shown
            tab.add_order(result, placed_at)
        context.signals.order_placed.connect(tab.add_order)
        return tab

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("ordersSection")
        layout = QVBoxLayout(self)
        self.hint = QLabel(tr("Orders placed from this QGIS session appear here. Airbus also confirms "
                              "each order by e-mail, and delivered images arrive in your OneAtlas "
                              "workspace."), self)
        self.hint.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("ordersList")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        layout.addWidget(self.hint)
        layout.addWidget(self.list, 1)

    def add_order(self, result, placed_at: Optional[datetime] = None) -> None:
        item = QListWidgetItem(describe_order(result, placed_at or datetime.now()))
        item.setData(Qt.ItemDataRole.UserRole, result.customer_reference)
        self.list.insertItem(0, item)

    def order_texts(self):
        return [self.list.item(row).text() for row in range(self.list.count())]
