"""Feasibility in words an analyst can act on: what AUTOMATIC / MANUAL and EASY / CHALLENGING mean for the
price, the delay and the chances of success, and what to do next."""

from dataclasses import dataclass

from qgis.PyQt.QtCore import QCoreApplication

from ...core.models import NEO


def tr(text: str) -> str:
    return QCoreApplication.translate("TaskingFeasibility", text)


@dataclass
class FeasibilityWords:
    headline: str
    details: str
    next_step: str
    colour: str  # a ui.common.formatting.STATUS_COLOURS key
    can_order: bool  # a price and a direct order exist
    needs_quotation: bool


def can_send(feasibility, offer) -> bool:
    """Whether anything may be sent for this result: a price and an order, or (Pleiades Neo, MANUAL) a
    quotation. A MANUAL Pleiades/SPOT result has neither (docs/decisions/0014)."""
    return feasibility.available and (not feasibility.manual or offer.backend == NEO)


def describe(feasibility, offer, attempts=None) -> FeasibilityWords:
    if not feasibility.available:
        return FeasibilityWords(
            tr("Not feasible"),
            tr("{offer} cannot acquire this area within this window with these constraints.").format(
                offer=offer.label),
            tr("Widen the window, allow more clouds or a larger incidence angle, or choose another offer."),
            "red", False, False)
    neo = offer.backend == NEO
    if feasibility.manual:
        if neo:
            return FeasibilityWords(
                tr("Manual study needed (MANUAL)"),
                tr("Airbus must study this request by hand (large or difficult area). There is no price and "
                   "no direct order: Airbus answers with a quotation (an amount valid for a limited time), "
                   "usually within hours."),
                tr("Request a quotation, then accept or refuse it in the Quotations list."),
                "amber", False, True)
        # No quotation exists for Pleiades and SPOT through the API (docs/decisions/0014): nothing to send.
        return FeasibilityWords(
            tr("Manual study needed (MANUAL)"),
            tr("Airbus must study this request by hand (large or difficult area). It has no price and cannot "
               "be ordered here: through the API, quotations exist for Pléiades Neo only."),
            tr("Contact Airbus or use the OneAtlas portal to have it studied, or make the request automatic "
               "(a smaller area, a longer window or another offer) and check feasibility again."),
            "amber", False, False)
    if feasibility.classification == "CHALLENGING":
        headline = tr("Automatic, challenging")
        details = tr("Can be ordered now at the listed price, but the request is tight (short window, small "
                     "incidence angle or busy area): the acquisition may need several tries or fail.")
        colour = "amber"
    else:
        headline = tr("Automatic, easy")
        details = tr("Can be ordered now at the listed price; the satellites are likely to acquire it in "
                     "this window.")
        colour = "green"
    if attempts is not None:
        next_step = (tr("Pick one of the {count} attempts below (also on the map), then order it.").format(
            count=len(attempts)) if attempts else
            tr("No satellite pass fits this window and incidence angle: move or widen the window, or allow a "
               "larger angle, then check again."))
        if not attempts:
            colour = "red"
    else:
        next_step = tr("Order the window: Airbus schedules the passes.")
    if neo:
        next_step += " " + tr("You may also ask for a quotation instead.")
    return FeasibilityWords(headline, details, next_step, colour, bool(attempts) or attempts is None, False)
