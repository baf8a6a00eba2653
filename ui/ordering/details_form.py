"""The commercial part of an order: primary market, end user (name and country), customer reference and the
notification e-mail. Each field is checked before any call, with the message right below the field.

The end user is required for Pléiades Neo orders (the API's rule); for Pléiades and SPOT the fields are
hidden because the legacy order has no end user.
"""

import re
from typing import Dict

from qgis.PyQt.QtCore import QCoreApplication, pyqtSignal
from qgis.PyQt.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QWidget

from ...core.orders import readable_customer_reference
from ..common.formatting import ERROR_COLOUR
from ..common.widgets import set_text_colour

# A pragmatic check (one @, a dot in the domain, no spaces): the server has the final word.
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
REFERENCE_MAX = 64  # customer references end up in file names and invoices: keep them short and plain
REFERENCE = re.compile(r"^[A-Za-z0-9_.:\-]+$")

FIELDS = ("market", "end_user_name", "country", "customer_reference", "email")


def tr(text: str) -> str:
    return QCoreApplication.translate("ArchiveOrderForm", text)


def default_reference(name: str = "") -> str:
    """A fresh reference the user can read ("<AOI name>-<YYYYMMDD>-<suffix>"), unique to one order even when
    two are prepared in the same second: it names the delivered files, and it is how the core finds an order
    whose answer was lost."""
    return readable_customer_reference(name)


def field_for_server_name(name: str) -> str:
    """Map a server field (``endUsers[0].country``, ``notificationEmails``...) to one of FIELDS, or ''."""
    lowered = (name or "").lower()
    if "country" in lowered:
        return "country"
    if "endusername" in lowered or "enduser" in lowered:
        return "end_user_name"
    if "market" in lowered:
        return "market"
    if "customerreference" in lowered or "reference" in lowered:
        return "customer_reference"
    if "email" in lowered or "notification" in lowered or "addressee" in lowered:
        return "email"
    return ""


class OrderDetailsForm(QWidget):
    changed = pyqtSignal()

    def __init__(self, needs_end_user: bool, parent=None, reference_name: str = ""):
        super().__init__(parent)
        self.setObjectName("orderDetailsForm")
        self.needs_end_user = needs_end_user
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(1, 1)
        self.errors: Dict[str, QLabel] = {}
        self.labels: Dict[str, QLabel] = {}

        self.market = QComboBox(self)
        self.market.setObjectName("primaryMarket")
        self.market.currentIndexChanged.connect(lambda _i: self._edited("market"))
        self.end_user_name = QLineEdit(self)
        self.end_user_name.setObjectName("endUserName")
        self.end_user_name.setPlaceholderText(tr("Organisation that will use the images"))
        self.end_user_name.textEdited.connect(lambda _t: self._edited("end_user_name"))
        self.country = QComboBox(self)
        self.country.setObjectName("endUserCountry")
        self.country.setEditable(True)  # type "FR" and the completer finds it
        self.country.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.country.currentIndexChanged.connect(lambda _i: self._edited("country"))
        self.country.editTextChanged.connect(lambda _t: self._edited("country"))
        self.customer_reference = QLineEdit(default_reference(reference_name), self)
        self.customer_reference.setObjectName("customerReference")
        self.customer_reference.setMaxLength(REFERENCE_MAX)
        self.customer_reference.setToolTip(tr("Your own reference: it names the delivered files and appears "
                                              "on the invoice. Use a new one for each order."))
        self.customer_reference.textEdited.connect(lambda _t: self._edited("customer_reference"))
        self.email = QLineEdit(self)
        self.email.setObjectName("notificationEmail")
        self.email.setPlaceholderText(tr("name@example.com"))
        self.email.textEdited.connect(lambda _t: self._edited("email"))

        rows = (
            ("market", tr("Primary market"), self.market),
            ("end_user_name", tr("End user"), self.end_user_name),
            ("country", tr("End user country"), self.country),
            ("customer_reference", tr("Your reference"), self.customer_reference),
            ("email", tr("Notify e-mail"), self.email),
        )
        for number, (key, text, editor) in enumerate(rows):
            label = QLabel(text, self)
            label.setBuddy(editor)
            error = QLabel(self)
            error.setObjectName(f"{editor.objectName()}_error")
            error.setWordWrap(True)
            set_text_colour(error, ERROR_COLOUR)  # a palette, not a style sheet: cheaper in a form
            error.hide()
            grid.addWidget(label, 2 * number, 0)
            grid.addWidget(editor, 2 * number, 1)
            grid.addWidget(error, 2 * number + 1, 1)
            self.labels[key] = label
            self.errors[key] = error
        for key, editor in (("end_user_name", self.end_user_name), ("country", self.country)):
            self.labels[key].setVisible(needs_end_user)
            editor.setVisible(needs_end_user)

    def set_markets(self, markets) -> None:
        self.market.blockSignals(True)
        self.market.clear()
        self.market.addItem(tr("Choose the market…"), None)
        for market in markets:
            self.market.addItem(market.label or market.id, market.id)
        self.market.blockSignals(False)

    def set_countries(self, countries) -> None:
        self.country.blockSignals(True)
        self.country.clear()
        self.country.addItem("", None)
        for country in countries:
            text = country.id if country.label in ("", country.id) else f"{country.id} – {country.label}"
            self.country.addItem(text, country.id)
        self.country.setCurrentIndex(0)
        self.country.blockSignals(False)

    def fill(self, remembered: dict) -> None:
        """Fill the fields the user has not typed in with what was given last time (``values()`` keys);
        a remembered market or country the lists no longer offer is left out."""
        market = self.market.findData(remembered.get("primary_market"))
        if market > 0 and self.market.currentIndex() <= 0:
            self.market.setCurrentIndex(market)
        if self.needs_end_user and not self.end_user_name.text():
            self.end_user_name.setText(remembered.get("end_user_name", ""))
        country = self.country.findData(remembered.get("end_user_country"))
        if self.needs_end_user and country > 0 and self.country.currentIndex() <= 0:
            self.country.setCurrentIndex(country)
        if not self.email.text():
            self.email.setText(remembered.get("notification_email", ""))
        self.show_problems({})

    # -- values ------------------------------------------------------------------------------------

    def values(self) -> dict:
        return {
            "primary_market": self.market.currentData(),
            "end_user_name": self.end_user_name.text().strip() if self.needs_end_user else "",
            "end_user_country": self._country_code() if self.needs_end_user else "",
            "customer_reference": self.customer_reference.text().strip(),
            "notification_email": self.email.text().strip(),
        }

    def _country_code(self) -> str:
        index = self.country.findText(self.country.currentText())
        if index >= 0 and self.country.itemData(index):
            return self.country.itemData(index)
        text = self.country.currentText().strip()
        # "FR" typed without picking: accept the code if the list knows it
        code = text.split(" ")[0].upper()
        for i in range(self.country.count()):
            if self.country.itemData(i) == code:
                return code
        return text

    def problems(self) -> Dict[str, str]:
        values = self.values()
        found = {}
        if not values["primary_market"]:
            found["market"] = tr("Choose the market the images are for (the API requires it).")
        if self.needs_end_user:
            if not values["end_user_name"]:
                found["end_user_name"] = tr("Pléiades Neo orders need the end user's name.")
            known = {self.country.itemData(i) for i in range(self.country.count())} - {None}
            if not values["end_user_country"]:
                found["country"] = tr("Pléiades Neo orders need the end user's country.")
            elif known and values["end_user_country"] not in known:
                found["country"] = tr("'{code}' is not a country code OneAtlas knows (two letters, e.g. FR)."
                                      ).format(code=values["end_user_country"])
        reference = values["customer_reference"]
        if not reference:
            found["customer_reference"] = tr("Give the order a reference (it names the delivered files).")
        elif not REFERENCE.match(reference):
            found["customer_reference"] = tr("Use only letters, digits and _ . : - in the reference.")
        email = values["notification_email"]
        if not email:
            found["email"] = tr("Give an e-mail address for the order and delivery notices.")
        elif not EMAIL.match(email):
            found["email"] = tr("'{email}' is not an e-mail address.").format(email=email)
        self.show_problems(found)
        return found

    def show_problems(self, found: Dict[str, str]) -> None:
        for key, label in self.errors.items():
            label.setText(found.get(key, ""))
            label.setVisible(key in found)

    def show_error(self, key: str, text: str) -> None:
        if key in self.errors:
            self.errors[key].setText(text)
            self.errors[key].show()

    def _edited(self, key: str) -> None:
        self.errors[key].hide()
        self.changed.emit()
