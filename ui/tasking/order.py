"""What the order dialog (ui.ordering) needs to order a tasking: its words and its core request."""

from qgis.PyQt.QtCore import QCoreApplication

from ...core.models import NEO
from ...core.orders import TaskingOrderRequest
from ..common.formatting import utc_time
from . import service
from .attempts import attempt_line
from .feasibility_words import describe
from .form import MODES


def tr(text: str) -> str:
    return QCoreApplication.translate("TaskingOrder", text)


class TaskingOrderSubject:
    """One tasking offer over one AOI: a chosen attempt (OneDay / OneNow) or a window (OnePlan...)."""

    object_name = "taskingOrderDialog"
    log_name = "Tasking order"

    def __init__(self, offer, search, feasibility, attempt=None):
        self.offer = offer
        self.search = search
        self.feasibility = feasibility
        self.attempt = attempt
        self.aoi = search.aoi
        self.quotation_only = feasibility.manual and offer.backend == NEO
        words = describe(feasibility, offer, None)
        # MANUAL on Pleiades/SPOT: no price, no order, no quotation (docs/decisions/0014). The tab never
        # opens the dialog for it; should anything do so, the dialog shows these words and no order button.
        self.no_order_words = ("" if self.quotation_only or not feasibility.manual
                               else f"{words.details} {words.next_step}")
        self.title = (tr("Request a quotation: {offer}") if self.quotation_only
                      else tr("Order a {offer} tasking")).format(offer=offer.label)
        self.header = "\n".join([tr("New acquisition: {offer}").format(offer=offer.label), *self.items(),
                                 tr("Feasibility: {words}").format(words=words.headline)])
        self.items_title = tr("Acquisition")
        self.confirmation_intro = tr(
            "You are about to order a new acquisition ({offer}). This is a paid order: the amount below will "
            "be charged to your contract.").format(offer=offer.label)
        self.confirmation_notes = [tr("Feasibility: {headline}. {details}").format(
            headline=words.headline, details=words.details)]

    def _constraints(self) -> str:
        mode = dict(MODES).get(self.search.acquisition_mode, self.search.acquisition_mode)
        return tr("{mode}, at most {cloud} % cloud, incidence up to {angle}°").format(
            mode=QCoreApplication.translate("TaskingForm", mode),  # marked in the form
            cloud=self.search.max_cloud_cover, angle=self.search.max_incidence_angle)

    def items(self):
        if self.attempt is not None:
            when = attempt_line(self.attempt)
        else:
            when = tr("Any time from {start} to {end}").format(start=utc_time(self.search.start),
                                                               end=utc_time(self.search.end))
        return [when, self._constraints()]

    def signature(self):
        """What the price depends on, besides the form's fields."""
        key = self.attempt.segment_key if self.attempt is not None else None
        search = self.search
        return (self.offer.key, key, search.start.isoformat(), search.end.isoformat(),
                search.acquisition_mode, search.max_cloud_cover, search.max_incidence_angle, self.aoi.wkt)

    def load_context(self, client, task_context):
        return service.load_order_context(client, self.offer, self.aoi, task_context)

    def build_request(self, order_context, options: dict, details: dict):
        search, attempt = self.search, self.attempt
        return TaskingOrderRequest(
            contract_id=order_context.contract.contract_id,
            product_type_id=order_context.product_type.product_type_id,
            aoi=self.aoi,
            options=dict(options),
            primary_market=details["primary_market"],
            customer_reference=details["customer_reference"],
            notification_email=details["notification_email"],
            end_user_name=details.get("end_user_name") or None,
            end_user_country=details.get("end_user_country") or None,
            start=search.start,
            end=search.end,
            acquisition_mode=search.acquisition_mode,
            max_cloud_cover=search.max_cloud_cover,
            max_incidence_angle=search.max_incidence_angle,
            feasibility=self.feasibility,
            segment_key=attempt.segment_key if attempt is not None else None,
            attempt=attempt,
        )
