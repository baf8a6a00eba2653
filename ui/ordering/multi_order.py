"""One order per part: a multi-part area ordered as several orders, priced together and confirmed once.

``PerPartSubject`` wraps one subject per part (e.g. ``ArchiveOrderSubject(scenes, part)``) behind the
interface ``OrderDialog`` knows; its requests are a list, one per part, each with its own customer
reference (``<reference>-p1``, ``-p2``...). ``PartsOrderSubmission`` keeps the money rules of
``OrderSubmission``: the total shown is the sum of the parts' prices and bound to the inputs; one
confirmation covers every part; each part goes through the core client's ``place_order`` exactly once; and
once a part is placed nothing can be sent again from this dialog (an interrupted run says which parts are
placed, never offers to resend them).
"""

from dataclasses import dataclass, field, replace
from typing import List

from qgis.PyQt.QtCore import QCoreApplication

from ...core.aoi import geodesic_area_km2
from ...core.models import Price
from ...core.outcomes import proves_not_placed
from ..common.formatting import km2
from ..common.tasks import check_cancelled
from .submission import OrderSubmission


def tr(text: str) -> str:
    return QCoreApplication.translate("MultiOrder", text)


def part_reference(reference: str, number: int) -> str:
    return f"{reference}-p{number}"


@dataclass
class PartsResult:
    """What the dialog shows after placing: the orders of the parts placed, as one result."""

    results: list
    customer_reference: str = ""
    sales_order_id: str = ""
    quotation_id: str = ""
    recovered: bool = False
    summary: str = ""

    @classmethod
    def of(cls, results) -> "PartsResult":
        return cls(
            results=list(results),
            customer_reference=", ".join(result.customer_reference for result in results),
            sales_order_id=", ".join(r.sales_order_id for r in results if r.sales_order_id),
            quotation_id=", ".join(r.quotation_id for r in results if r.quotation_id),
            recovered=any(getattr(result, "recovered", False) for result in results),
            summary="; ".join(getattr(result, "summary", "") or "" for result in results))


@dataclass
class PartsPlacement:
    """Worker outcome: the results of the parts placed, and the error that stopped the rest (if any)."""

    results: list = field(default_factory=list)
    error: object = None
    failed_reference: str = ""


class PerPartSubject:
    def __init__(self, subjects):
        self.parts = list(subjects)
        first = self.parts[0]
        self.object_name = first.object_name
        self.log_name = first.log_name + " (one order per part)"
        self.submission_class = PartsOrderSubmission
        self.aoi = _union([subject.aoi for subject in self.parts])
        self.areas_km2 = [geodesic_area_km2(subject.aoi) for subject in self.parts]
        self.title = tr("{title}: one order per part").format(title=first.title)
        self.header = first.header + "\n" + tr(
            "Your area has {count} parts: {count} orders will be placed, one per part ({areas}), each "
            "with its own reference.").format(count=len(self.parts),
                                              areas=", ".join(km2(area) for area in self.areas_km2))
        self.items_title = first.items_title
        self.confirmation_intro = tr(
            "You are about to place {count} paid orders, one per part of your area, with the same scenes "
            "and options. The total below (all parts together) will be charged to your contract."
        ).format(count=len(self.parts))

    def items(self) -> List[str]:
        lines = list(self.parts[0].items())
        lines += [tr("Part {number}: {area}, its own order (reference ending -p{number})").format(
            number=number, area=km2(area)) for number, area in enumerate(self.areas_km2, start=1)]
        return lines

    @property
    def reference_name(self) -> str:
        return getattr(self.parts[0], "reference_name", "")

    def next_steps(self, details: dict, options: dict) -> str:
        first = self.parts[0]
        return first.next_steps(details, options) if hasattr(first, "next_steps") else ""

    def signature(self):
        return tuple(subject.signature() for subject in self.parts)

    def load_context(self, client, task_context):
        """Contract, product and options: the same for every part (asked for the largest one)."""
        return self.parts[0].load_context(client, task_context)

    def build_request(self, order_context, options: dict, details: dict):
        reference = details["customer_reference"]
        return [subject.build_request(order_context, options,
                                      dict(details, customer_reference=part_reference(reference, number)))
                for number, subject in enumerate(self.parts, start=1)]


def _union(shapes):
    from shapely.ops import unary_union

    return unary_union(shapes)


class PartsOrderSubmission(OrderSubmission):
    """OrderSubmission for a list of requests: priced together, placed one after the other."""

    def request_price(self, client, request, signature, current_signature) -> None:
        requests = list(request)

        def work(context):
            prices = []
            for part in requests:
                check_cancelled(context)
                prices.append(client.price(part))
            return prices

        def combine(prices):
            self.part_prices = prices
            return _combined(prices)

        self._price_in_background(tr("Pricing one OneAtlas order per part"), work, combine, signature,
                                  current_signature)

    def submit(self, client, request, reference: str, description=None) -> None:
        """Each part once, in turn; a failure stops the parts after it (nothing is retried)."""
        self.submitting = True
        requests = list(request)
        prices = list(getattr(self, "part_prices", [None] * len(requests)))

        def work(context):
            check_cancelled(context)
            outcome = PartsPlacement()
            for part, price in zip(requests, prices):
                try:
                    outcome.results.append(client.place_order(part, price=price))
                except Exception as error:  # noqa: BLE001 -- reported with the parts already placed
                    outcome.error = error
                    outcome.failed_reference = part.customer_reference
                    break
            return outcome

        self.busy_changed.emit(True)
        self._task.start(description or tr("Placing one OneAtlas order per part"), work, self._parts_done,
                         lambda error: self._failed(error, reference), lambda: self._interrupted(reference))

    def _parts_done(self, outcome: PartsPlacement) -> None:
        if outcome.error is None:
            self._placed(PartsResult.of(outcome.results))
            return
        if not outcome.results:  # the first part failed: as for a single order
            self._failed(outcome.error, outcome.failed_reference)
            return
        # Some parts are ordered: never send anything again from here; say what is placed, then why not
        # the rest (refused, or unknown).
        self._placed(PartsResult.of(outcome.results))
        if proves_not_placed(outcome.error):
            self.refused.emit(outcome.error)
        else:
            self.outcome_unknown.emit(outcome.error, outcome.failed_reference)


def _combined(prices) -> Price:
    """The parts' prices as one: a line per part, the total of all."""
    products = []
    for number, price in enumerate(prices, start=1):
        for item in price.products or []:
            products.append(replace(item, product_type_id=tr("Part {number}, {product}").format(
                number=number, product=item.product_type_id)))
    currency = prices[0].currency if prices else ""
    return Price(total=sum(price.total for price in prices), currency=currency, products=products)
