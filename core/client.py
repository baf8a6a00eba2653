"""OneAtlasClient: the one entry point used by the dock panel, processing tools and scripts.

It composes the transport (http.py), the sign-in (auth.py) and the per-topic modules. What cannot change
during a session (account, contracts, product types, markets and countries, options for an AOI) is
cached; prices, feasibility and order status never are.
"""

import time

from . import errors
from .answers import response_json
from .auth import TokenManager
from .catalog import SEARCH_PATH, search_page_from_json
from .client_delivery import TrackingAndDeliveryMixin
from .client_tasking import TaskingMixin
from .endpoints import Endpoints
from .http import DEFAULT_TIMEOUT, HttpTransport, RetryPolicy
from .i18n import Text
from .journal import CHECKING, NOT_PLACED, PLACED, SENDING, UNKNOWN, as_journal
from .links import link_href
from .log import LOGGER
from .models import Account, Choice, Price, ProductType
from .names import backend_name
from .once import OnceCache
from .options import ProductOptions
from .order_models import OrderResult
from .orders import AOI_ID, _aoi_geojson
from .parsing import dicts, require_dict
from .placement import Placement
from .reconcile import DEFAULT_INTERACTIVE_S, DEFAULT_WINDOW_S, Reconciler, ReconcileSettings


class OneAtlasClient(TaskingMixin, TrackingAndDeliveryMixin):
    def __init__(
        self,
        api_key,
        origin=None,
        proxies=None,
        timeout=DEFAULT_TIMEOUT,
        *,
        retry=None,
        clock=time.monotonic,
        sleep=time.sleep,
        journal=None,
        reconcile_window_s=DEFAULT_WINDOW_S,
        interactive_window_s=DEFAULT_INTERACTIVE_S,
        wall_clock=time.time,
    ):
        """``origin``: None -> env ONEATLAS_API_ORIGIN -> production. ``proxies``: a requests proxies dict.
        ``journal``: the order journal (a file path, a core.journal.Journal, or None for one in memory);
        give every client of a profile the same file so that no reference is ever sent twice.
        ``reconcile_window_s``: how long a lost order is looked up before it may be called "not placed";
        ``interactive_window_s``: how much of that place_order itself waits (None: all of it).
        ``retry`` (RetryPolicy), ``clock``, ``wall_clock`` and ``sleep`` exist for tests and the benchmark."""
        self.endpoints = Endpoints.resolve(origin)
        self._retry = retry or RetryPolicy()
        self._sleep = sleep
        self._http = HttpTransport(
            self.endpoints, timeout=timeout, proxies=proxies, retry=self._retry, sleep=sleep
        )
        self._auth = TokenManager(self._http, api_key, clock=clock)
        self._http.auth = self._auth
        self._cache = OnceCache()  # one request per key, even when the dock prefetches while a form asks
        self._wall_clock = wall_clock
        self.journal = as_journal(journal, clock=wall_clock)
        self._reconciler = Reconciler(
            self._http,
            self.journal,
            ReconcileSettings(reconcile_window_s, interactive_window_s),
            clock=wall_clock,
            sleep=sleep,
        )

    def __repr__(self):
        return f"OneAtlasClient(origin={self.endpoints.origin or 'production'!r}, {self._auth!r})"

    # -------------------------------------------------------------------------------------- plumbing

    @property
    def stats(self):
        """Every HTTP request sent (service, method, path, status): ``client.stats.requests``."""
        return self._http.stats

    @property
    def http(self):
        return self._http

    def _cached(self, key, load):
        return self._cache.get(key, load)

    def clear_cache(self):
        self._cache.clear()

    def _get(self, service, path, what, params=None):
        return self._http.json(service, "GET", path, idempotent=True, what=what, params=params)

    # -------------------------------------------------------------------------------------- account

    def sign_in(self):
        """Check the API key now (raises AuthenticationError with a clear message if it is rejected)."""
        self._auth.token()

    def account(self, refresh=False):
        """The user, the delivery workspace and the CIS contracts grouped by back-end."""
        if refresh:
            self._cache.pop("account")

        def load():
            me = self._get("data", "/api/v1/me", Text("your account details"))
            contracts = self._get("order", "/api/v1/contracts", Text("the list of contracts"))
            return Account.from_json(me, contracts)

        return self._cached("account", load)

    def contracts(self, backend=None):
        contracts = self.account().contracts
        return [contract for contract in contracts if backend is None or contract.backend == backend]

    def contract(self, contract_id):
        contract = self.account().contract(contract_id)
        if contract is None:
            known = ", ".join(item.contract_id for item in self.account().contracts)
            raise errors.ContractNotAvailableError(
                Text("Your account has no contract '{contract}'. Choose one of: {contracts}.",
                     contract=str(contract_id), contracts=known) if known
                else Text("Your account has no contract '{contract}'. Choose one of: none.",
                          contract=str(contract_id))
            )
        return contract

    def contract_for_backend(self, backend, contract_id=None):
        """The contract that orders on ``backend`` (neo: Pléiades Neo; legacy: Pléiades & SPOT)."""
        if contract_id:
            contract = self.contract(contract_id)
            if contract.backend != backend:
                raise errors.ContractNotAvailableError(Text(
                    "Contract '{contract}' is a {backend} contract but this product needs a {needed} "
                    "contract.",
                    contract=str(contract_id), backend=backend_name(contract.backend),
                    needed=backend_name(backend)))
            return contract
        candidates = self.contracts(backend)
        if not candidates:
            raise errors.ContractNotAvailableError(Text(
                "Your OneAtlas account has no {backend} contract, which this product needs. "
                "Contact your Airbus account manager to add one.", backend=backend_name(backend)))
        return candidates[0]

    def product_types(self, contract_id):
        """The product types this contract may order, as the API lists them (never hard-coded)."""

        def load():
            body = require_dict(
                self._get("order", f"/api/v1/contracts/{contract_id}/productTypes",
                          Text("the product types")),
                Text("the product types"),
            )
            return [ProductType.from_json(item) for item in dicts(body.get("productTypes"))]

        return self._cached(("productTypes", contract_id), load)

    def product_type(self, contract_id, product_type_id):
        for product_type in self.product_types(contract_id):
            if product_type.product_type_id == product_type_id:
                return product_type
        raise errors.PermissionDeniedError(Text(
            "Contract '{contract}' does not offer the product '{product}'. Choose one of: {products}.",
            contract=str(contract_id), product=str(product_type_id),
            products=", ".join(item.product_type_id for item in self.product_types(contract_id))))

    def markets(self, contract_id):
        """Primary markets (each with its secondary markets) accepted on orders of this contract."""

        def load():
            try:
                body = self._get("order", f"/api/v1/contracts/{contract_id}/properties", Text("the markets"))
            except errors.NotFoundError:  # the spec's spelling, without "contracts/"
                body = self._get("order", f"/api/v1/{contract_id}/properties", Text("the markets"))
            body = require_dict(body, Text("the markets"))
            return [Choice.from_json(item) for item in dicts(body.get("markets"))]

        return self._cached(("markets", contract_id), load)

    def countries(self):
        """End-user countries (ISO 3166 alpha-2) accepted on orders."""

        def load():
            body = require_dict(
                self._get("order", "/api/v1/properties", Text("the list of countries")),
                Text("the list of countries"),
            )
            for prop in dicts(body.get("properties")):
                if prop.get("key") == "countries":
                    return [Choice.from_json(item) for item in dicts(prop.get("values"))]
            return []

        return self._cached("countries", load)

    # -------------------------------------------------------------------------------------- archive

    def search_archive(self, search, page=1):
        """One page (1-based) of orderable archive scenes (core.catalog.ArchiveSearch)."""
        body = search.body(page)
        return search_page_from_json(
            self._http.json(
                "search", "POST", SEARCH_PATH, idempotent=True, what=Text("the search results"), json=body
            ),
            page,
            body["itemsPerPage"],
        )

    def thumbnail(self, scene):
        """The scene's small preview image (JPEG bytes), fetched with the session's credentials."""
        return self._image(scene, "thumbnail")

    def quicklook(self, scene):
        """The scene's large preview image (JPEG bytes)."""
        return self._image(scene, "quicklook")

    def _image(self, scene, name):
        return self._image_at(
            link_href(scene.links, name),
            Text("OneAtlas offers no thumbnail for scene {scene}.", scene=str(scene.id))
            if name == "thumbnail"
            else Text("OneAtlas offers no quicklook for scene {scene}.", scene=str(scene.id))
            if name == "quicklook" else f"OneAtlas offers no {name} for scene {scene.id}.")

    def _image_at(self, href, missing):
        """The image at a link the server gave (never one built from an id), with the session's credentials
        (the token goes only to OneAtlas's own hosts: the transport's rule); NotFoundError(``missing``)
        without a link."""
        if not href:
            raise errors.NotFoundError(missing)
        service = self.endpoints.service_of(href) or "access"
        return self._http.request(service, "GET", href, idempotent=True).content

    # -------------------------------------------------------------------------------------- options, price

    def options(self, contract_id, product_type_id, aoi):
        """The production options of a product for this AOI (core.options.ProductOptions)."""
        geometry = _aoi_geojson(aoi)

        def load():
            body = self._http.json(
                "order",
                "POST",
                f"/api/v1/contracts/{contract_id}/productTypes/{product_type_id}/options",
                idempotent=True,
                what=Text("the product options"),
                json={"aoi": [{"polygonId": AOI_ID, "geometry": geometry}]},
            )
            return ProductOptions.from_json(body, product_type_id)

        key = ("options", contract_id, product_type_id, repr(geometry["coordinates"]))
        return self._cached(key, load)

    def _body(self, request):
        contract = self.contract(request.contract_id)
        return contract, request.body(contract.backend, contract.delivery_workspace)

    def _refuse_manual(self, request):
        """A MANUAL tasking has no price and no direct order, on either back-end: refused before anything is
        sent (docs/decisions/0014-manual-feasibility-never-orders.md)."""
        if getattr(request, "manual", False):
            raise errors.ManualFeasibilityError.for_backend(self.contract(request.contract_id).backend)

    def price(self, request):
        """The price of an order request (the same body as the order; nothing is ordered). A MANUAL tasking
        has none: ManualFeasibilityError."""
        self._refuse_manual(request)
        contract, body = self._body(request)
        data = self._http.json(
            "order", "POST", "/api/v1/prices", idempotent=True, what=Text("the price"), json=body
        )
        try:
            minimum = self.product_type(contract.contract_id, request.product_type_id).minimum_order_area_km2
        except errors.OneAtlasError:
            minimum = None
        return Price.from_json(data, minimum_area_km2=minimum)

    def place_order(self, request, price=None):
        """Place the order once. Returns OrderResult (``recovered=True`` if the answer was lost and the order
        found by its reference, or proven by a 2xx whose body was unreadable; its ids may then be None).
        Raises DuplicateOrderError (the journal knows this reference: it exists or may exist),
        OrderNotPlacedError (looked up over the whole window and never found: safe to retry) or
        OrderOutcomeUnknownError (still being checked: see pending_orders() / settle_pending()).
        ``price``: the Price shown to the user, recorded in the journal. A MANUAL tasking is never placed
        (ManualFeasibilityError, nothing sent): Pleiades Neo asks for a quotation, Pleiades/SPOT has none."""
        self._refuse_manual(request)
        contract, body = self._body(request)
        reference = request.customer_reference
        return self._placement().submit(
            "/api/v1/orders",
            body,
            contract=contract,
            request=request,
            parse=lambda data: OrderResult.from_json(data, reference, contract.backend),
            price=price,
        )

    def _placement(self):
        return Placement(self._http, self.journal, self._reconciler, self._wall_clock)

    def pending_orders(self):
        """Journal entries whose outcome is still being checked (core.journal.JournalEntry), oldest first:
        orders whose answer was lost, and placed orders whose ids are not known yet."""
        return self.journal.pending()

    def settle_pending(self, wait=False):
        """Look up every pending order of this account's contracts once (``wait=True``: keep looking, with
        backoff, until each is settled or its window has run out). Returns the entries whose outcome became
        known (state placed with ids, not_placed or unknown). Entries of other accounts are left alone."""
        contracts = {contract.contract_id: contract for contract in self.account().contracts}
        settled, attempt = {}, 0
        while True:
            attempt += 1
            waiting = []
            for entry in self.journal.pending():
                contract = contracts.get(entry.contract_id)
                if contract is None:
                    continue
                if entry.state == SENDING:  # left by a process that died while sending
                    entry = self.journal.update(entry.reference, state=CHECKING, failed_at=entry.updated)
                entry, _found = self._reconciler.check(entry, contract)
                if entry.state in (NOT_PLACED, UNKNOWN) or (entry.state == PLACED and entry.ids_known):
                    settled[entry.reference] = entry
                else:
                    waiting.append(entry)
            if not wait or not waiting:
                return list(settled.values())
            self._sleep(self._reconciler.settings.delay(attempt))

    def clear_account_cache(self):
        self._cache.pop("account")

    def _action(self, method, path, service="order"):
        response = self._http.request(service, method, path, idempotent=False, json={})
        # A confirmation may come without a body (204): that is a success, not a malformed answer.
        body = response_json(response, what=Text("the confirmation"), allow_empty=True)
        return body if isinstance(body, dict) else {}


__all__ = ["OneAtlasClient", "LOGGER"]
