"""What the Tasking tab asks the core client, as functions run in worker threads (they touch no widget).

The one place of ui/ that knows the core client's method names for tasking: the offers the account's
contracts buy, feasibility with its attempts, the order form's context, and the quotation list.
"""

from dataclasses import dataclass, field
from typing import List, Optional

from ...core.models import NEO
from ...core.products import tasking_product_types
from ...core.tasking import ATTEMPT_PROG_TYPES, TaskingSearch, mission_of, prog_type_of
from ..common.i18n import QT_TRANSLATE_NOOP
from ..common.tasks import check_cancelled
from ..ordering.submission import OrderContext

MISSION_NAMES = {"PLEIADESNEO": "Pléiades Neo", "PLEIADES": "Pléiades", "SPOT": "SPOT"}
PROG_TYPE_NAMES = {
    "ONEDAY": "OneDay",
    "ONENOW": "OneNow",
    "ONENOWATTEMPTS": "OneNow",
    "ONENOWWEATHER": "OneNow Weather",
    "ONEPLAN": "OnePlan",
    "ONESERIES": "OneSeries",
}
# What each programming type buys, in one sentence an analyst can act on.
PROG_TYPE_WORDS = {  # marked here, translated where shown (the tasking form)
    "ONEDAY": QT_TRANSLATE_NOOP(
        "TaskingForm", "one pass on a chosen day (pick the attempt); at most 1 day of window"),
    "ONENOW": QT_TRANSLATE_NOOP("TaskingForm", "the soonest passes (pick the attempt)"),
    "ONENOWATTEMPTS": QT_TRANSLATE_NOOP(
        "TaskingForm", "the soonest passes over 3 to 14 days (pick the attempt)"),
    "ONENOWWEATHER": QT_TRANSLATE_NOOP("TaskingForm", "retried until the weather allows it"),
    "ONEPLAN": QT_TRANSLATE_NOOP(
        "TaskingForm", "Airbus plans the acquisition within your window until it succeeds"),
    "ONESERIES": QT_TRANSLATE_NOOP("TaskingForm", "a series of acquisitions over the window"),
}


@dataclass
class Offer:
    """One tasking product of one contract: what the offer selector lists."""

    contract: object  # core Contract
    product_type: object  # core ProductType
    mission: str
    prog_type: str

    @property
    def backend(self) -> str:
        return self.contract.backend

    @property
    def key(self) -> str:
        return f"{self.contract.contract_id}/{self.product_type.product_type_id}"

    @property
    def chooses_attempt(self) -> bool:
        return self.prog_type in ATTEMPT_PROG_TYPES

    @property
    def label(self) -> str:
        mission = MISSION_NAMES.get(self.mission, self.mission)
        return f"{mission} {PROG_TYPE_NAMES.get(self.prog_type, self.prog_type)}"

    @property
    def description(self) -> str:
        return PROG_TYPE_WORDS.get(self.prog_type, "")


# Why no offer is listed: marked here (a worker thread), translated where shown (the Tasking tab).
NO_CONTRACT = QT_TRANSLATE_NOOP(
    "TaskingSection",
    "Your OneAtlas account has no contract: ask your Airbus account manager for one to task.")
NO_TASKING = QT_TRANSLATE_NOOP(
    "TaskingSection",
    "None of your contracts ({ids}) buys tasking (new acquisitions): ask your Airbus account manager to add "
    "a tasking offer.")


@dataclass
class Offers:
    offers: List[Offer]
    why_none: str = ""  # NO_CONTRACT or NO_TASKING (untranslated, "{ids}" unfilled) when nothing is offered
    contracts: list = field(default_factory=list)

    def why_none_in_words(self, translate) -> str:
        """``why_none`` through ``translate`` (the tab's tr), with the contract ids filled in."""
        if not self.why_none:
            return ""
        return translate(self.why_none).format(ids=", ".join(c.contract_id for c in self.contracts))


def load_offers(client, context=None) -> Offers:
    """Every tasking offer of every contract, Pléiades Neo first."""
    contracts = client.account().contracts
    offers = []
    for index, contract in enumerate(contracts):
        check_cancelled(context)
        for product_type in tasking_product_types(client.product_types(contract.contract_id)):
            try:
                offers.append(Offer(contract, product_type, mission_of(product_type),
                                    prog_type_of(product_type)))
            except Exception:  # noqa: BLE001, S112 -- a product this plugin cannot task is not offered
                continue
        if context is not None:
            context.set_progress(100.0 * (index + 1) / max(1, len(contracts)))
    offers.sort(key=lambda offer: (offer.backend != NEO, list(MISSION_NAMES).index(offer.mission)
                                   if offer.mission in MISSION_NAMES else 9))
    why = ""
    if not contracts:
        why = NO_CONTRACT
    elif not offers:
        why = NO_TASKING
    return Offers(offers, why, list(contracts))


@dataclass
class CheckResult:
    search: TaskingSearch
    feasibility: object  # core Feasibility
    attempts: Optional[list]  # core Attempt, soonest first (None: the offer orders a window)
    attempts_error: Optional[BaseException] = None


def build_search(offer: Offer, criteria, aoi) -> TaskingSearch:
    return TaskingSearch(
        contract_id=offer.contract.contract_id,
        product_type=offer.product_type,
        aoi=aoi,
        start=criteria.start,
        end=criteria.end,
        acquisition_mode=criteria.acquisition_mode,
        max_cloud_cover=criteria.max_cloud_cover,
        max_incidence_angle=criteria.max_incidence_angle,
    )


def check(client, search: TaskingSearch, context=None) -> CheckResult:
    """Feasibility, then (OneDay / OneNow) the attempts: both are shown together."""
    check_cancelled(context)
    feasibility = client.feasibility(search)
    check_cancelled(context)
    if context is not None:
        context.set_progress(50)
    if search.prog_type not in ATTEMPT_PROG_TYPES:
        return CheckResult(search, feasibility, None)
    attempts = client.attempts(search)
    check_cancelled(context)
    return CheckResult(search, feasibility, [attempt for attempt in attempts if attempt.is_open()])


def load_order_context(client, offer: Offer, aoi, context=None) -> OrderContext:
    """Contract, product, options, markets and countries for a tasking of this offer over ``aoi``."""
    contract_id = offer.contract.contract_id
    contract = client.contract(contract_id)  # fresh from the account (credit left)
    check_cancelled(context)
    options = client.options(contract_id, offer.product_type.product_type_id, aoi)
    check_cancelled(context)
    markets = client.markets(contract_id)
    countries = client.countries() if offer.backend == NEO else []
    check_cancelled(context)
    return OrderContext(offer.backend, contract, offer.product_type, options, markets, countries)


def load_quotations(client, contract_ids, context=None):
    entries = []
    for contract_id in contract_ids:
        check_cancelled(context)
        entries.extend(client.quotations(contract_id))
    return entries


def answer_quotation(client, entry, accept: bool, context=None):
    """Accept or refuse, once (an action is never retried). Returns the server's confirmation (a dict)."""
    check_cancelled(context)
    if accept:
        return client.accept_quotation(entry.contract_id, entry.quotation_id)
    return client.refuse_quotation(entry.contract_id, entry.quotation_id)
