"""The tasking calls of OneAtlasClient (feasibility, attempts, quotations), kept apart so that each client
module stays short. The mixin relies on the client's ``_http``, ``_body``, ``_placement`` and ``_action``.
"""

from . import errors
from .i18n import Text
from .models import NEO
from .names import LEGACY, backend_name
from .order_models import OrderResult, Quotation
from .tasking import ATTEMPT_PROG_TYPES, NO_ATTEMPT_CODE, Feasibility, attempts_from_json


class TaskingMixin:
    def feasibility(self, search):
        """Feasibility of a tasking (core.tasking.TaskingSearch) -> Feasibility (EASY/CHALLENGING,
        AUTOMATIC/MANUAL, available). Not cached: it depends on the day."""
        body = search.body()
        data = self._http.json(
            "order", "POST", "/api/v1/feasibility", idempotent=True, what=Text("the feasibility"), json=body
        )
        return Feasibility.from_json(data, search.prog_type)

    def attempts(self, search):
        """The passes a OneDay / OneNow tasking can order (list of Attempt, soonest first; empty when no
        satellite can see the area in the window)."""
        if search.prog_type not in ATTEMPT_PROG_TYPES:
            raise errors.ValidationError(
                Text("{offer} orders a window, not a chosen pass: no attempts to list.",
                     offer=str(search.prog_type)),
                field="progTypeNames",
            )
        body = search.body()
        try:
            data = self._http.json(
                "order",
                "POST",
                "/api/v1/attempts",
                idempotent=True,
                what=Text("the acquisition attempts"),
                json=body,
            )
        except errors.ServerError as error:
            if NO_ATTEMPT_CODE in (error.server_message or ""):
                return []
            raise
        return attempts_from_json(data, search.prog_type)

    def request_quotation(self, request):
        """Ask Airbus for a quotation (Pleiades Neo only; the only way to order a MANUAL tasking there: a
        MANUAL Pleiades/SPOT tasking cannot be ordered through the API). Sent once, reconciled by customer
        reference like an order."""
        contract, body = self._body(request)
        if contract.backend != NEO:
            if getattr(request, "manual", False):  # "order directly" would be wrong: it has no order either
                raise errors.ManualFeasibilityError.for_backend(contract.backend)
            raise errors.ContractNotAvailableError(
                Text("Quotations exist for {neo} contracts only; order {legacy} directly.",
                     neo=backend_name(NEO), legacy=backend_name(LEGACY))
            )
        reference = request.customer_reference
        result = self._placement().submit(
            "/api/v1/quotations",
            body,
            contract=contract,
            request=request,
            parse=lambda data: Quotation.from_json(data, reference),
            kind="quotation",
        )
        if isinstance(result, OrderResult):  # recovered after a lost answer
            return Quotation(
                result.quotation_id or "", reference, result.total, result.currency, "SENT", raw=result.raw
            )
        return result

    def accept_quotation(self, contract_id, quotation_id):
        """Accept a quotation: it becomes an order (credit debited). Not repeated on failure."""
        return self._action("PUT", f"/api/v1/contracts/{contract_id}/quotations/{quotation_id}/accept")

    def refuse_quotation(self, contract_id, quotation_id):
        return self._action("PUT", f"/api/v1/contracts/{contract_id}/quotations/{quotation_id}/refuse")
