"""oneatlas:placeorder: price first, refuse above MAX_PRICE (placing nothing), otherwise place the order once.

The money rules are the dock's: the request priced is the request placed; the client sends it once under a
customer reference written to the profile's order journal first, and a lost answer is looked up by that
reference (core/placement.py, core/reconcile.py), never sent again. Cancelling is honoured up to the
moment the order is sent, not after (an order on its way cannot be called back)."""

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputBoolean,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..core import errors
from ..core.orders import TaskingOrderRequest, new_customer_reference
from ..ui.common.i18n import translated
from .alg_archive import add_aoi_parameter, add_details_parameters, details_from
from .alg_tasking import add_tasking_parameters, tasking_search
from .base import OneAtlasAlgorithm, check_cancelled, with_help
from .layers import attempt_from_source, checked_aoi, scenes_from_source
from .ordering import (
    archive_request,
    currency_problem,
    filled_details,
    one_constellation,
    parse_options,
    request_fields,
)


def tr(text: str) -> str:
    return QCoreApplication.translate("OneAtlasProcessing", text)


class PlaceOrder(OneAtlasAlgorithm):
    NAME = "placeorder"
    TITLE = QT_TRANSLATE_NOOP("OneAtlasProcessing", "Place an order (paid)")
    GROUP_ID = "orders"
    HELP = QT_TRANSLATE_NOOP(
        "OneAtlasProcessing",
        "Places a PAID order: archive scenes (SCENES and AOI) or a tasking (AOI and OFFER, with ATTEMPTS for "
        "OneDay / OneNow offers, or a window START-END for the others).\n\n"
        "It first asks the price. When the price is above MAX_PRICE (in CURRENCY), it stops and orders "
        "nothing. Otherwise it places the order once; if the connection fails while sending, the order is "
        "looked up by its customer reference and never sent twice (RECOVERED is then true).\n\n"
        "A tasking whose feasibility is MANUAL is refused before anything is priced or ordered: Airbus "
        "must study it by hand (on Pléiades Neo, request a quotation in the panel).\n\n"
        "Give the market (PRIMARY_MARKET, for example AGRI), an e-mail for the notices and, for Pléiades "
        "Neo, "
        "the end user's name and country. CUSTOMER_REFERENCE is generated when empty; never reuse one.\n\n"
        "Outputs: ORDER_ID (the sales order or quotation id), PRICE, RECOVERED, CUSTOMER_REFERENCE.\n\n"
        "Example (qgis_process):\n"
        "qgis_process run oneatlas:placeorder -- SCENES=chosen.gpkg AOI=site_aoi.gpkg PRIMARY_MARKET=AGRI "
        'NOTIFICATION_EMAIL=gis@example.org END_USER_NAME="Toulouse Metropole" END_USER_COUNTRY=FR '
        "MAX_PRICE=2500 CURRENCY=EUR"
    )

    def define(self):
        self.addParameter(
            with_help(
                QgsProcessingParameterFeatureSource(
                    "SCENES",
                    tr("Archive scenes (footprints from 'Search the archive')"),
                    [QgsProcessing.SourceType.TypeVectorPolygon],
                    optional=True,
                ),
                tr("For an archive order: the scenes (all, or the selected ones), of one constellation."),
            )
        )
        add_aoi_parameter(self)
        add_tasking_parameters(self, offer_optional=True)
        self.addParameter(
            with_help(
                QgsProcessingParameterFeatureSource(
                    "ATTEMPTS",
                    tr("Chosen attempt (from 'Tasking feasibility')"),
                    [QgsProcessing.SourceType.TypeVectorPolygon],
                    optional=True,
                ),
                tr(
                    "For a OneDay / OneNow tasking: exactly one attempt (select it and tick 'Selected "
                    "features "
                    "only')."
                ),
            )
        )
        add_details_parameters(self, optional=False)
        self.addParameter(
            with_help(
                QgsProcessingParameterString("CUSTOMER_REFERENCE", tr("Customer reference"), optional=True),
                tr(
                    "Unique per order: it finds the order again after a lost answer and appears on the "
                    "invoice. "
                    "Generated when empty."
                ),
            )
        )
        self.addParameter(
            with_help(
                QgsProcessingParameterNumber(
                    "MAX_PRICE", tr("Maximum price"), QgsProcessingParameterNumber.Type.Double, minValue=0
                ),
                tr("Required. Nothing is ordered when the price is above this amount."),
            )
        )
        self.addParameter(
            with_help(
                QgsProcessingParameterString("CURRENCY", tr("Currency of the maximum price"), "EUR"),
                tr("Nothing is ordered when the price is in another currency."),
            )
        )
        self.addOutput(QgsProcessingOutputString("ORDER_ID", tr("Order id")))
        self.addOutput(QgsProcessingOutputNumber("PRICE", tr("Price")))
        self.addOutput(QgsProcessingOutputBoolean("RECOVERED", tr("Recovered after a lost answer")))
        self.addOutput(QgsProcessingOutputString("CUSTOMER_REFERENCE", tr("Customer reference")))

    def cancel_note(self):
        return tr("Nothing was ordered.")

    def execute(self, parameters, context, feedback):
        if parameters.get("MAX_PRICE") in (None, ""):
            raise QgsProcessingException(
                tr("Give MAX_PRICE, the most this order may cost: nothing was ordered.")
            )
        max_price = self.parameterAsDouble(parameters, "MAX_PRICE", context)
        currency = (self.parameterAsString(parameters, "CURRENCY", context) or "").strip().upper()
        reference = (self.parameterAsString(parameters, "CUSTOMER_REFERENCE", context) or "").strip()
        details = details_from(
            self, parameters, context, reference or new_customer_reference("qgis-processing")
        )
        request = self._request(parameters, context, feedback, details)
        feedback.setProgress(30)
        check_cancelled(feedback)

        price = self.client.price(request)
        feedback.pushInfo(
            tr("Price: {amount:.2f} {currency} (reference {reference}).").format(
                amount=price.total, currency=price.currency, reference=request.customer_reference
            )
        )
        problem = currency_problem(price, currency)
        if problem:
            raise QgsProcessingException(problem)
        if price.total > max_price + 1e-9:
            raise QgsProcessingException(
                tr(
                    "The price is {amount:.2f} {currency}, above your maximum of {maximum:.2f} {currency}: "
                    "nothing "
                    "was ordered."
                ).format(amount=price.total, currency=price.currency, maximum=max_price)
            )
        feedback.setProgress(60)
        check_cancelled(feedback)  # the last moment a cancel is honoured: the order is sent next

        result = self.client.place_order(request, price=price)
        feedback.pushInfo(translated(result.summary))
        feedback.setProgress(100)
        return {
            "ORDER_ID": result.sales_order_id or result.quotation_id or "",
            "PRICE": price.total,
            "RECOVERED": bool(result.recovered),
            "CUSTOMER_REFERENCE": result.customer_reference,
        }

    def _request(self, parameters, context, feedback, details):
        aoi = checked_aoi(self.parameterAsSource(parameters, "AOI", context))
        choice = parse_options(self.parameterAsString(parameters, "PRODUCT_OPTIONS", context))
        scenes_source = self.parameterAsSource(parameters, "SCENES", context)
        offer = (self.parameterAsString(parameters, "OFFER", context) or "").strip()
        if (scenes_source is None) == (not offer):
            raise QgsProcessingException(
                tr(
                    "Give either SCENES (an archive order) or OFFER (a tasking order), not both and not "
                    "neither: nothing was ordered."
                )
            )
        if scenes_source is not None:
            scenes = scenes_from_source(scenes_source)
            return archive_request(
                self.client, one_constellation(scenes), scenes, aoi, choice, details, False, feedback
            )
        return self._tasking_request(parameters, context, feedback, aoi, choice, details)

    def _tasking_request(self, parameters, context, feedback, aoi, choice, details):
        search = tasking_search(self, parameters, context, aoi)
        attempts_source = self.parameterAsSource(parameters, "ATTEMPTS", context)
        attempt = attempt_from_source(attempts_source) if attempts_source is not None else None
        if search.prog_type in ("ONEDAY", "ONENOW", "ONENOWATTEMPTS") and attempt is None:
            raise QgsProcessingException(
                tr(
                    "A {offer} order names the satellite pass: give ATTEMPTS (one attempt from 'Tasking "
                    "feasibility'). Nothing was ordered."
                ).format(offer=search.prog_type)
            )
        check_cancelled(feedback)
        feasibility = self.client.feasibility(search)
        feedback.pushInfo(translated(feasibility.summary))
        contract = self.client.contract(search.contract_id)
        if feasibility.manual:  # no price and no order on either back-end (docs/decisions/0014)
            raise errors.ManualFeasibilityError.for_backend(contract.backend)
        filled = filled_details(self.client, contract, details, price_only=False)
        resolved = self.client.options(
            contract.contract_id, search.product_type.product_type_id, aoi
        ).resolve(choice)
        resolved.raise_for_problems()
        key, start, end = attempt if attempt is not None else (None, search.start, search.end)
        return TaskingOrderRequest(
            **request_fields(contract, search.product_type.product_type_id, aoi, resolved, filled),
            start=start,
            end=end,
            acquisition_mode=search.acquisition_mode,
            max_cloud_cover=search.max_cloud_cover,
            max_incidence_angle=search.max_incidence_angle,
            feasibility=feasibility,
            segment_key=key,
        )
