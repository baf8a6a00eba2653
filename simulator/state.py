"""All simulator state in one object: users' contracts, tokens, catalog, orders, faults, request log."""

import copy
import itertools
import threading
from dataclasses import dataclass, field

from .catalog import PUBLIC_PNEO_WORKSPACE, PUBLIC_WORKSPACE, generate_catalog
from .clock import SimClock
from .faults import FaultSet
from .users import DEMO_USERS


@dataclass
class RecordedRequest:
    service: str
    method: str
    path: str
    query: dict
    headers: dict  # Authorization and other secrets redacted
    json: object  # parsed JSON body, or the form (apikey redacted), or None
    status: int = None  # None when the connection was dropped before a response
    auth_scheme: str = ""  # "Bearer", "Basic" or "" (the credentials themselves are never recorded)
    token_serial: int = 0  # which token a Bearer request carried (Token.serial; 0: none or unknown)


@dataclass
class Token:
    user_id: str
    expires_at: float  # seconds since the epoch on the simulator's clock (sim.clock), not wall time
    serial: int = 0  # 1 for the first token issued since the reset, 2 for the next...


@dataclass
class Contract:
    contract_id: str
    backend: str  # "legacy" | "neo"
    owner_id: str
    name: str
    customer_id: str
    credit: float
    workspace_id: str
    workspace_name: str
    currency: str = "EUR"


@dataclass
class OrderState:
    """Everything the simulator knows of one orders/quotations entry (one order line per item)."""

    user_id: str
    contract_id: str
    backend: str
    body: dict
    price: dict
    created_at: object
    sales_order_id: str = None
    quotation_id: str = None
    quotation_status: str = None
    quotation_ready_at: object = None
    quotation_valid_until: object = None
    items: list = field(default_factory=list)


class Simulator:
    """The whole simulated OneAtlas. Thread-safe through one re-entrant lock held while handling a request."""

    def __init__(self, seed=42, start=None, passes_at=None):
        self.seed = seed
        self._passes_at = passes_at
        self.lock = threading.RLock()
        self.clock = SimClock(start)
        self.faults = FaultSet()
        self.origin = None
        self._start = start
        self.base_catalog = generate_catalog(seed)
        self.reset()

    def reset(self):
        with self.lock:
            self.clock.reset(self._start, speed=0.0)
            # When the satellites pass (simulator/segments.py): over longitude 0 at this moment's time of
            # day, every day. None: 10:30 UTC, the local solar time of Pleiades Neo's descending node.
            self.passes_at = self._passes_at
            self.faults.clear()
            self.requests = []
            # Requests being answered now, and the most at once since the reset (clients that fetch
            # independent things concurrently can be checked without timing anything). A request that was
            # under way at the reset is not counted when it ends (in_flight would go below 0 for good).
            self.in_flight = 0
            self.requests_since_reset = object()
            self.peak_in_flight = 0
            self.token_lifetime = 3600
            # Seconds (simulated clock) before a new order shows in orders/search and the taskings list:
            # nothing documents that an order is searchable the moment it is created.
            self.search_delay = 0.0
            # Tasking acquisitions carry a _links.quicklook (not in the published spec); False: none.
            self.acquisition_quicklooks = True
            self.tokens = {}
            self.contracts = {}
            for user in DEMO_USERS:
                for contract_id, backend in ((user.legacy, "legacy"), (user.neo, "neo")):
                    self.contracts[contract_id] = Contract(
                        contract_id,
                        backend,
                        user.user_id,
                        f"{user.name.split()[0]}-{backend.upper()}-GEO",
                        user.customer_id,
                        user.credit,
                        user.workspace_id,
                        user.workspace_name,
                    )
            self.items = {item["properties"]["id"]: copy.deepcopy(item) for item in self.base_catalog}
            self.orders = {}  # salesOrderId -> OrderState
            self.quotations = {}  # quotationId -> OrderState
            self.order_items = {}  # orderItemId -> order line (dict), for tracking and actions
            self.coverage_items = {}  # coverageItemId -> dict (PNEO tasking acquisitions)
            self.taskings = {}  # taskingId -> dict (legacy SPOT/PHR tasking, "ICR")
            self.segment_keys = {}  # segmentKey -> segment description (issued by /attempts)
            self._counters = {name: itertools.count(1) for name in ("sal", "quo", "woi", "icr", "cie", "seg")}

    # ---- identifiers in the documented formats -------------------------------------------------------
    def next_sales_order_id(self):
        return f"SAL{self._year2()}{next(self._counters['sal']) + 416000:06d}"

    def next_quotation_id(self):
        return f"QUO{self._year2()}{next(self._counters['quo']) + 54000:06d}"

    def next_order_number(self):
        return next(self._counters["woi"]) + 7800

    def next_tasking_id(self):
        return f"ICR{self._year2()}{next(self._counters['icr']) + 2300:06d}"

    def next_count(self, name):
        return next(self._counters[name])

    def _year2(self):
        return self.clock.now().strftime("%y")

    def refresh(self):
        """Apply every lifecycle step due at clock.now() (requests do this by themselves)."""
        from .lifecycle import advance  # lifecycle needs the order rules, which need nothing from here

        with self.lock:
            advance(self)

    # ---- tokens --------------------------------------------------------------------------------------
    def now_seconds(self):
        """The simulated clock as epoch seconds: tokens are issued and expire on it."""
        return self.clock.now().timestamp()

    def searchable(self, order):
        """Whether an order is old enough (simulated clock) to show in searches."""
        return (self.clock.now() - order.created_at).total_seconds() >= float(self.search_delay or 0)

    def expire_tokens(self):
        with self.lock:
            for token in self.tokens.values():
                token.expires_at = 0.0

    def token_of(self, access_token):
        """(Token or None, problem): problem is None, 'expired' or 'unknown'."""
        token = self.tokens.get(access_token)
        if token is None:
            return None, "unknown"
        if token.expires_at <= self.now_seconds():
            return token, "expired"
        return token, None

    # ---- catalog -------------------------------------------------------------------------------------
    def workspaces(self):
        """Every workspace: id -> dict(id, name, title, owner_id or None for the public ones)."""
        spaces = {
            PUBLIC_WORKSPACE["id"]: dict(PUBLIC_WORKSPACE, owner_id=None, needs_auth=False),
            PUBLIC_PNEO_WORKSPACE["id"]: dict(PUBLIC_PNEO_WORKSPACE, owner_id=None, needs_auth=True),
        }
        for user in DEMO_USERS:
            spaces[user.workspace_id] = {
                "id": user.workspace_id,
                "name": user.workspace_name,
                "title": f"{user.name} deliveries",
                "owner_id": user.user_id,
                "needs_auth": True,
            }
        return spaces
