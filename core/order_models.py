"""Typed models of orders and their tracking: order results, quotations, order lines, Pleiades Neo
acquisitions (coverage items), Pleiades/SPOT taskings and segments. Parsed defensively like models.py.
"""

from dataclasses import dataclass
from datetime import datetime

from .i18n import Text, order_ids, sentences
from .links import link_href
from .models import _raw, amount, raise_unexpected
from .parsing import (
    as_bool,
    as_datetime,
    as_float,
    as_str,
    geometry_from_geojson,
    require_dict,
)

# ---------------------------------------------------------------------------------------------- orders


@dataclass
class OrderResult:
    customer_reference: str
    sales_order_id: str = None
    quotation_id: str = None
    total: float = None
    currency: str = ""
    backend: str = ""
    recovered: bool = False  # True: the answer was lost, the order was found afterwards by its reference
    note: str = ""
    raw: dict = _raw()

    @property
    def summary(self):
        ids = order_ids(self.sales_order_id, self.quotation_id)
        text = Text("Order '{reference}' placed ({ids}).", reference=str(self.customer_reference),
                    ids=ids or Text("no id yet"))
        if self.recovered:
            text = sentences(text, Text("It was recovered after a connection problem: it exists once, do not "
                                        "order again."))
        return text

    @classmethod
    def from_json(cls, data, customer_reference, backend):
        data = require_dict(data, Text("the order confirmation"))
        sales = data.get("salesOrderId")
        quotation = data.get("quotationId")
        if not sales and not quotation:
            raise_unexpected(Text("the order confirmation (no order id)"))
        return cls(
            customer_reference=customer_reference,
            sales_order_id=as_str(sales) or None,
            quotation_id=as_str(quotation) or None,
            total=amount(as_float(data.get("totalAmount")), Text("the order confirmation")),
            currency=as_str(data.get("currency")),
            backend=backend,
            raw=data,
        )


@dataclass
class Quotation:
    quotation_id: str
    customer_reference: str
    total: float = None
    currency: str = ""
    status: str = ""
    raw: dict = _raw()

    @classmethod
    def from_json(cls, data, customer_reference):
        data = require_dict(data, Text("the quotation"))
        if not data.get("quotationId"):
            raise_unexpected(Text("the quotation (no quotation id)"))
        return cls(
            as_str(data.get("quotationId")),
            customer_reference,
            amount(as_float(data.get("totalAmount")), Text("the quotation")),
            as_str(data.get("currency")),
            as_str(data.get("quotationStatus") or "SENT"),
            raw=data,
        )


@dataclass
class TrackedOrder:
    """One order item as /api/v2/orders/search reports it (Pleiades Neo, maybe legacy)."""

    order_item_id: str
    customer_reference: str
    contract_id: str
    status: str
    sales_order_id: str = None
    quotation_id: str = None
    quotation_status: str = ""
    product_type: str = ""
    source: str = ""  # archive / tasking
    requested_area_km2: float = None
    billed_area_km2: float = None
    minimum_applied: bool = False
    created: datetime = None
    last_change: datetime = None
    raw: dict = _raw()

    @classmethod
    def from_json(cls, data):
        data = require_dict(data, Text("an order"))
        return cls(
            order_item_id=as_str(data.get("orderItemId")),
            customer_reference=as_str(data.get("customerReference")),
            contract_id=as_str(data.get("contractId")),
            status=as_str(data.get("status")),
            sales_order_id=as_str(data.get("salesOrderId")) or None,
            quotation_id=as_str(data.get("quotationId")) or None,
            quotation_status=as_str(data.get("quotationStatus")),
            product_type=as_str(data.get("productType")),
            source=as_str(data.get("source")),
            requested_area_km2=as_float(data.get("requestedArea")),
            billed_area_km2=as_float(data.get("priceCalculationArea")),
            minimum_applied=as_bool(data.get("orderMinimumApplied")),
            created=as_datetime(data.get("orderCreationDate") or data.get("quotationCreationDate")),
            last_change=as_datetime(data.get("lastStatusChangeDate")),
            raw=data,
        )


def acquisition_quicklook_href(*records) -> str:
    """The preview of an acquisition waiting for an answer, if the server links one.

    The published spec lists no link on a coverage item or a segment (API notes 3.11): only catalog items
    carry ``_links.quicklook`` (3.14). So the link is read where a catalog item has it (``_links``, on the
    record or, for a segment, on its ``asDetail1``) and nothing is built from an id when it is absent: the
    Orders tab then says that no preview is offered (docs/decisions/0015-acquisition-quicklook.md)."""
    for record in records:
        href = link_href(record.get("_links"), "quicklook") if isinstance(record, dict) else None
        if href:
            return href
    return ""


@dataclass
class CoverageItem:
    """A Pleiades Neo tasking acquisition (PENDING, PROPOSED, VALIDATED, REFUSED, REJECTED)."""

    coverage_item_id: str
    order_item_id: str
    status: str
    acquisition_date: datetime = None
    footprint: object = None
    clear_sky_rate: float = None
    incidence_angle: float = None
    archive_id: str = ""
    quicklook_href: str = ""  # only when the item carries a _links.quicklook: see acquisition_quicklook_href
    raw: dict = _raw()

    @classmethod
    def from_json(cls, data):
        data = require_dict(data, Text("an acquisition"))
        return cls(
            as_str(data.get("coverageItemId")),
            as_str(data.get("orderItemId")),
            as_str(data.get("status")),
            as_datetime(data.get("acquisitionDate")),
            geometry_from_geojson(data.get("footprint")),
            as_float(data.get("clearSkyRate")),
            as_float(data.get("incidenceAngle")),
            as_str(data.get("archiveId")),
            acquisition_quicklook_href(data),
            raw=data,
        )


@dataclass
class LegacyTasking:
    """A Pleiades/SPOT tasking (ICR) with its human-readable status.

    The only documented answer of "Track Orders with Customerref" nests the tasking's fields in an ``icr``
    object next to the sales order (``{"sal", "so", "icr": {"id", "status", "customerRef", ...}}``); other
    answers may carry them at the top level. Both shapes are read."""

    tasking_id: str
    status: str
    customer_reference: str = ""
    contract_id: str = ""
    progress: float = None
    sales_order_id: str = ""
    raw: dict = _raw()

    @classmethod
    def from_json(cls, data, contract_id=""):
        data = require_dict(data, Text("a tasking"))
        fields_ = dict(data)
        if isinstance(data.get("icr"), dict):
            fields_ = {**data, **data["icr"]}
        return cls(
            as_str(fields_.get("taskingId") or fields_.get("id")),
            as_str(fields_.get("status")),
            as_str(fields_.get("customerRef") or fields_.get("customerReference")),
            as_str(fields_.get("contractId")) or contract_id,
            as_float(fields_.get("taskingProgress") or fields_.get("progress")),
            as_str(data.get("sal") or fields_.get("salesOrderId")),
            raw=data,
        )


@dataclass
class Segment:
    """A Pleiades/SPOT tasking acquisition proposed for acceptance."""

    segment_id: str
    status: str
    datastrip_id: str = ""
    acquisition_date: datetime = None
    footprint: object = None
    clear_sky_rate: float = None
    incidence_angle: float = None
    quicklook_href: str = ""
    raw: dict = _raw()

    @classmethod
    def from_json(cls, data):
        data = require_dict(data, Text("a segment"))
        detail = data.get("asDetail1") if isinstance(data.get("asDetail1"), dict) else {}
        return cls(
            as_str(data.get("id") or data.get("segmentId")),
            as_str(data.get("status")),
            as_str(detail.get("catalogId")),
            as_datetime(detail.get("acquisitionDate")),
            geometry_from_geojson(detail.get("footprint")),
            as_float(detail.get("clearSkyRate")),
            as_float(detail.get("incidenceAngle")),
            acquisition_quicklook_href(data, detail),
            raw=data,
        )
