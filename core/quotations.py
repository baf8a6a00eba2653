"""Quotations (Pleiades Neo): what was quoted, for how much, until when, and in which state.

The API has no "list quotations" call: quotations are order lines (/api/v2/orders/search) that carry a
``quotationId`` (API notes 3.9, "Track quotations"). A quotation may cover several lines; it is shown as
one entry with the sum of their amounts. A direct Pleiades Neo order also gets a quotation id (already
ACCEPTED, without a validity date): it is an order, not a quotation, and is left out.
"""

from dataclasses import dataclass, field
from datetime import datetime, timezone

from .i18n import Text
from .parsing import as_datetime, as_float, as_str

# Quotation states a user can still act on (accept or refuse): the others are history.
OPEN_STATES = ("SENT",)
WAITING_STATES = ("IN_PROGRESS",)  # Airbus is studying the request (MANUAL feasibility)
STATE_WORDS = {  # Texts: the UI shows them in the user's language
    "IN_PROGRESS": Text("being studied by Airbus"),
    "SENT": Text("waiting for your answer"),
    "ACCEPTED": Text("accepted (ordered)"),
    "REFUSED": Text("refused"),
    "EXPIRED": Text("expired"),
}


@dataclass
class QuotationEntry:
    quotation_id: str
    contract_id: str
    customer_reference: str
    status: str  # IN_PROGRESS, SENT, ACCEPTED, REFUSED, EXPIRED (as the API spells it)
    total: float = None
    currency: str = ""
    valid_until: datetime = None
    created: datetime = None
    product_types: list = field(default_factory=list)
    sales_order_id: str = None
    order_item_ids: list = field(default_factory=list)

    @property
    def can_answer(self):
        """Accept / refuse make sense only for a quotation Airbus sent and that is still valid."""
        return self.status in OPEN_STATES and not self.expired()

    def expired(self, now=None):
        if self.status == "EXPIRED":
            return True
        if self.valid_until is None:
            return False
        now = now or datetime.now(timezone.utc)
        return self.valid_until <= now

    def seconds_left(self, now=None):
        """Seconds until the quotation expires (0 when past), None when the API gave no validity date."""
        if self.status == "EXPIRED":
            return 0.0
        if self.valid_until is None:
            return None
        now = now or datetime.now(timezone.utc)
        return max(0.0, (self.valid_until - now).total_seconds())

    @property
    def status_words(self):
        return STATE_WORDS.get(self.status, self.status.lower() or Text("unknown"))


def _line_amount(raw):
    for key in ("initialOrderLineAmountWithDiscount", "orderLineAmount", "amount"):
        value = as_float(raw.get(key))
        if value is not None:
            return value
    return None


def quotations_from_lines(lines):
    """QuotationEntry per quotation id among TrackedOrder lines, newest first."""
    entries = {}
    for line in lines:
        raw = line.raw if isinstance(line.raw, dict) else {}
        valid_until = as_datetime(raw.get("quotationEndOfValidityDate"))
        if not line.quotation_id or (line.quotation_status.upper() == "ACCEPTED" and valid_until is None):
            continue
        entry = entries.get(line.quotation_id)
        if entry is None:
            entry = entries[line.quotation_id] = QuotationEntry(
                quotation_id=line.quotation_id,
                contract_id=line.contract_id,
                customer_reference=line.customer_reference,
                status=line.quotation_status.upper(),
                currency=as_str(raw.get("currency")),
                valid_until=valid_until,
                created=as_datetime(raw.get("quotationCreationDate")) or line.created,
                sales_order_id=line.sales_order_id,
            )
        amount = _line_amount(raw)
        if amount is not None:
            entry.total = (entry.total or 0.0) + amount
        if line.product_type and line.product_type not in entry.product_types:
            entry.product_types.append(line.product_type)
        entry.order_item_ids.append(line.order_item_id)
    oldest = datetime.min.replace(tzinfo=timezone.utc)
    return sorted(entries.values(), key=lambda entry: entry.created or oldest, reverse=True)
