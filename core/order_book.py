"""Every order of the account, from the server: order lines of each contract, what waits for the user's
answer (acquisitions, segments, quotations) and the delivered products of each order, joined into one
``OrderRow`` per order line, newest first.

This is what an analyst sees after ordering, in any QGIS session: nothing here depends on what this
process placed. Reading only: the actions (accept, refuse, stop, cancel) stay on the client.
"""

from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import List, Optional

from . import errors
from .i18n import Date, Number, Plural, Text
from .models import LEGACY, NEO
from .parsing import as_datetime, as_float, as_str, dig, geometry_from_geojson

# Products stay in the workspace for 30 days from delivery (the rule, and OneAtlas's notice).
WORKSPACE_DAYS = 30
EXPIRY_WARNING_DAYS = 5

ACQUISITION = "acquisition"  # a Pleiades Neo coverage item
SEGMENT = "segment"  # a Pleiades/SPOT tasking segment
QUOTATION = "quotation"


@dataclass
class Waiting:
    """Something the user must answer: an acquisition to accept or refuse, or a quotation."""

    kind: str  # ACQUISITION, SEGMENT or QUOTATION
    item_id: str  # coverage item, segment or quotation id
    reference: str
    contract_id: str
    tasking_id: str = ""  # legacy segments: the ICR they belong to
    acquired: datetime = None
    cloud_cover: float = None
    incidence_angle: float = None
    footprint: object = None
    amount: float = None
    currency: str = ""
    quicklook_href: str = ""  # the acquisition's preview, when the server links one (else none is offered)


@dataclass
class OrderRow:
    """One order line as the Orders tab shows it."""

    reference: str
    contract_id: str
    backend: str
    status: str  # the server's word (IN_PROGRESS, DELIVERED...), "DELIVERED" for a product found alone
    source: str = ""  # archive / tasking
    product: str = ""
    order_item_id: str = ""
    sales_order_id: str = ""
    quotation_id: str = ""
    quotation_status: str = ""
    amount: float = None
    currency: str = ""
    created: datetime = None
    last_change: datetime = None
    period_end: datetime = None
    quotation_valid_until: datetime = None
    footprint: object = None  # shapely geometry (WGS84) of the ordered area
    tasking_id: str = ""
    delivered_elsewhere: str = ""  # where a product went when the contract delivers to the customer's bucket
    products: list = field(default_factory=list)  # core Scene of each delivered product
    acquisitions: list = field(default_factory=list)  # CoverageItem or Segment

    @property
    def delivered(self) -> bool:
        return self.status == "DELIVERED" or bool(self.products)

    @property
    def delivered_at(self) -> Optional[datetime]:
        dates = [as_datetime(scene.properties.get("publicationDate")) for scene in self.products]
        dates = [date for date in dates if date is not None]
        if dates:
            return min(dates)
        return self.last_change if self.status == "DELIVERED" else None

    @property
    def available_until(self) -> Optional[datetime]:
        delivered = self.delivered_at
        return delivered + timedelta(days=WORKSPACE_DAYS) if delivered else None

    def days_left(self, now: datetime) -> Optional[float]:
        until = self.available_until
        return (until - now).total_seconds() / 86400.0 if until else None

    @property
    def waiting(self) -> List[Waiting]:
        found = []
        for acquisition in self.acquisitions:
            if acquisition.status.upper() != "PROPOSED":
                continue
            kind = ACQUISITION if hasattr(acquisition, "coverage_item_id") else SEGMENT
            item_id = acquisition.coverage_item_id if kind == ACQUISITION else acquisition.segment_id
            found.append(Waiting(
                kind, item_id, self.reference, self.contract_id, self.tasking_id,
                acquisition.acquisition_date,
                None if acquisition.clear_sky_rate is None else round(100.0 - acquisition.clear_sky_rate, 2),
                acquisition.incidence_angle, acquisition.footprint,
                quicklook_href=acquisition.quicklook_href))
        if self.quotation_id and not self.sales_order_id and self.quotation_status.upper() == "SENT":
            found.append(Waiting(QUOTATION, self.quotation_id, self.reference, self.contract_id,
                                 amount=self.amount, currency=self.currency))
        return found

    def search_text(self, now: datetime) -> str:
        """What the search box matches: reference, ids, product, date and the status in words."""
        created = self.created.strftime("%Y-%m-%d %d %b %B") if self.created else ""
        return " ".join([self.reference, self.sales_order_id or "", self.quotation_id or "", self.product,
                         created, status_words(self, now), self.status]).lower()


def _row_from_line(line, contract) -> OrderRow:
    raw = line.raw
    period = dig(raw, "tasking", "period") or []
    period_end = as_datetime(period[-1].get("endDate")) if period and isinstance(period[-1], dict) else None
    delivery_type = as_str(raw.get("deliveryType")).lower()
    elsewhere = ""
    if delivery_type and delivery_type != "network":
        where = as_str(raw.get("deliveryPlatformId")) or as_str(raw.get("deliveryWorkspace"))
        elsewhere = f"{delivery_type} {where}".strip()
    return OrderRow(
        reference=line.customer_reference, contract_id=line.contract_id or contract.contract_id,
        backend=contract.backend, status=line.status.upper(), source=line.source, product=line.product_type,
        order_item_id=line.order_item_id, sales_order_id=line.sales_order_id or "",
        quotation_id=line.quotation_id or "", quotation_status=line.quotation_status,
        amount=as_float(raw.get("orderLineAmount")),
        currency=as_str(raw.get("currency")) or contract.currency,
        created=line.created, last_change=line.last_change, period_end=period_end,
        quotation_valid_until=as_datetime(raw.get("quotationEndOfValidityDate")),
        footprint=geometry_from_geojson(dig(raw, "aoi", "geometry")), delivered_elsewhere=elsewhere)


def _row_from_product(scene, contract_id, backend) -> OrderRow:
    """A delivered product no order line describes (a Pleiades/SPOT archive order has no status call)."""
    published = as_datetime(scene.properties.get("publicationDate"))
    return OrderRow(reference=scene.customer_reference, contract_id=contract_id, backend=backend,
                    status="DELIVERED", source="archive", product=scene.product_type,
                    sales_order_id=scene.internal_reference, created=published, last_change=published,
                    footprint=scene.geometry, products=[scene])


def load_order_book(client, is_cancelled=None) -> List[OrderRow]:
    """Every order line of every contract of the account, newest first, with its acquisitions (tasking in
    progress) and delivered products. ``is_cancelled() -> bool`` stops between calls."""

    def check():
        if is_cancelled is not None and is_cancelled():
            raise errors.CancelledError(Text("Refreshing the orders was cancelled."))

    account = client.account()
    rows = []
    for contract in account.contracts:
        check()
        lines = client.track_orders(contract_id=contract.contract_id)
        contract_rows = [_row_from_line(line, contract) for line in lines]
        if contract.backend == LEGACY and any(row.source == "tasking" for row in contract_rows):
            check()
            by_reference = {t.customer_reference: t for t in client.legacy_taskings(contract.contract_id)}
            for row in contract_rows:
                tasking = by_reference.get(row.reference)
                if row.source == "tasking" and tasking is not None:
                    row.tasking_id = tasking.tasking_id
        rows.extend(contract_rows)
    for row in rows:
        if row.source != "tasking" or row.status != "IN_PROGRESS":
            continue
        check()
        if row.backend == NEO and row.order_item_id:
            row.acquisitions = client.acquisitions(row.order_item_id, row.contract_id)
        elif row.tasking_id:
            row.acquisitions = client.tasking_segments(row.contract_id, row.tasking_id)
    check()
    _attach_products(rows, client.delivered_products(), account)
    rows.sort(key=lambda row: row.created or datetime.min.replace(tzinfo=timezone.utc), reverse=True)
    return rows


def _attach_products(rows, products, account):
    by_sales_order = {row.sales_order_id: row for row in rows if row.sales_order_id}
    by_reference = {row.reference: row for row in rows if row.reference}
    for scene in products:
        row = by_sales_order.get(scene.internal_reference) or by_reference.get(scene.customer_reference)
        if row is None:
            legacy = account.contracts_for(LEGACY)
            contract = legacy[0] if legacy else (account.contracts[0] if account.contracts else None)
            row = _row_from_product(scene, contract.contract_id if contract else "",
                                    contract.backend if contract else LEGACY)
            rows.append(row)
            if row.sales_order_id:
                by_sales_order[row.sales_order_id] = row
            continue
        if all(existing.id != scene.id for existing in row.products):
            row.products.append(scene)


# ------------------------------------------------------------------------------------------ words


def short_date(moment: Optional[datetime]) -> str:
    """"3 Dec" (and the year when it is not this year's): how an analyst reads a date in a list. A
    ``core.i18n.Date``: the UI writes it in the user's locale ("3 déc.")."""
    if moment is None:
        return ""
    text = f"{moment.day} {moment.strftime('%b')}"
    this_year = moment.year == datetime.now(timezone.utc).year
    return Date(text if this_year else f"{text} {moment.year}", moment, with_year=not this_year)


def status_words(row: OrderRow, now: datetime) -> str:
    """The status of an order in words: "acquiring until 12 Mar", "delivered 3 Dec, available until 2 Jan".
    A ``core.i18n.Text``: English as it reads here, translated by the UI."""
    status = row.status
    if row.delivered:
        delivered = short_date(row.delivered_at)
        if row.delivered_elsewhere and not row.products:
            return Text("delivered {date} to {where} (no workspace copy)", date=delivered,
                        where=row.delivered_elsewhere)
        left = row.days_left(now)
        if left is not None and left <= 0:
            return Text("delivered {date}, no longer in the workspace", date=delivered)
        until = short_date(row.available_until)
        if left is not None and left < EXPIRY_WARNING_DAYS:
            return Text("delivered {date}, available until {until} (only {days} left)", date=delivered,
                        until=until, days=Plural("%n day(s)", max(1, int(left)), "day"))
        return Text("delivered {date}, available until {until}", date=delivered, until=until)
    waiting = [item for item in row.waiting if item.kind != QUOTATION]
    if waiting:
        return Text("an acquisition waits for your answer") if len(waiting) == 1 else \
            Text("{count} acquisitions wait for your answer", count=Number(str(len(waiting)), "{0}",
                                                                           (len(waiting), "d", 0)))
    if row.quotation_id and not row.sales_order_id:
        if row.quotation_status.upper() == "SENT":
            until = short_date(row.quotation_valid_until)
            return Text("quotation to answer before {date}", date=until) if until else \
                Text("quotation to answer")
        if row.quotation_status.upper() in ("IN_PROGRESS", "PENDING", ""):
            return Text("quotation being prepared")
        if status in ("CANCELLED",) or row.quotation_status.upper() in ("EXPIRED", "REFUSED", "REJECTED"):
            return _QUOTATION_ENDED.get(row.quotation_status.upper()) or \
                Text("quotation {state}", state=row.quotation_status.lower() or "closed")
    if status == "IN_PROGRESS":
        if row.source != "tasking":
            return Text("being produced")
        refused = sum(1 for a in row.acquisitions if a.status.upper() in ("REFUSED", "REJECTED"))
        if any(a.status.upper() == "VALIDATED" for a in row.acquisitions):
            return Text("acquired, being delivered")
        if any(a.status.upper() == "PENDING" for a in row.acquisitions):
            return Text("acquired, quality being checked")
        if refused:
            retry = Plural("%n acquisition(s) refused", refused, "acquisition refused",
                           "acquisitions refused")
            if row.period_end:
                return Text("acquiring until {date} ({refused}, trying again)",
                            date=short_date(row.period_end), refused=retry)
            return Text("acquiring ({refused}, trying again)", refused=retry)
        return Text("acquiring until {date}", date=short_date(row.period_end)) if row.period_end else \
            Text("acquiring")
    words = _STATUS_WORDS.get(status)
    if words is not None:
        return words
    # A state OneAtlas added since: its own word.
    return status.replace("_", " ").lower() or Text("status unknown")


_QUOTATION_ENDED = {
    "CANCELLED": Text("quotation cancelled"),
    "EXPIRED": Text("quotation expired"),
    "REFUSED": Text("quotation refused"),
    "REJECTED": Text("quotation rejected"),
}

_STATUS_WORDS = {
    "PENDING": Text("waiting to start"),
    "CANCELLED": Text("cancelled"),
    "STOPPED": Text("stopped"),
    "CLOSED": Text("closed without an image (no acquisition in the window)"),
    "FAILED": Text("failed: contact OneAtlas support"),
    "REJECTED": Text("rejected by OneAtlas"),
}
