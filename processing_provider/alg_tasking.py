"""oneatlas:feasibility: whether a tasking offer can image an AOI in a window, and its attempts (the satellite
passes a OneDay / OneNow offer orders), as a layer placeorder reads back."""

from qgis.core import (
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingOutputBoolean,
    QgsProcessingOutputString,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..core import errors
from ..core.products import tasking_product_types
from ..core.tasking import ACQUISITION_MODES, ATTEMPT_PROG_TYPES, TaskingSearch, default_window, prog_type_of
from ..ui.common.i18n import translated
from .alg_archive import add_aoi_parameter, optional_datetime
from .base import OneAtlasAlgorithm, check_cancelled, with_help
from .layers import ATTEMPT_FIELDS, WGS84, checked_aoi, feature, make_fields, qdatetime, single_polygon


def tr(text: str, n: int = -1) -> str:
    """``n``: a count, for the plural forms of a "%n" text."""
    return QCoreApplication.translate("OneAtlasProcessing", text, None, n)


def add_tasking_parameters(algorithm, offer_optional: bool = False):
    algorithm.addParameter(
        with_help(
            QgsProcessingParameterString(
                "OFFER", tr("Tasking offer (product type id)"), optional=offer_optional
            ),
            tr(
                "One of your contracts' tasking offers, for example PleiadesNeoOneDay or SPOTTaskingOneNow; "
                "a "
                "wrong id fails with the list of your offers."
            ),
        )
    )
    for name, title in (("START", tr("Window start (UTC)")), ("END", tr("Window end (UTC)"))):
        algorithm.addParameter(
            with_help(
                QgsProcessingParameterDateTime(name, title, optional=True),
                tr("Optional: the offer's usual window from now when empty."),
            )
        )
    algorithm.addParameter(
        with_help(
            QgsProcessingParameterEnum(
                "ACQUISITION_MODE", tr("Acquisition mode"), list(ACQUISITION_MODES), defaultValue=0
            ),
            tr("MONO, STEREO or TRISTEREO."),
        )
    )
    algorithm.addParameter(
        with_help(
            QgsProcessingParameterNumber(
                "MAX_CLOUD",
                tr("Maximum cloud cover (%)"),
                QgsProcessingParameterNumber.Type.Double,
                defaultValue=20,
                minValue=0,
                maxValue=100,
            ),
            tr("Acquisitions cloudier than this are not delivered."),
        )
    )
    algorithm.addParameter(
        with_help(
            QgsProcessingParameterNumber(
                "MAX_INCIDENCE",
                tr("Maximum incidence angle (°)"),
                QgsProcessingParameterNumber.Type.Double,
                defaultValue=30,
                minValue=0,
                maxValue=90,
            ),
            tr("0° looks straight down."),
        )
    )


def find_offer(client, offer: str):
    """(contract, product type) of the tasking offer ``offer`` among the account's contracts."""
    wanted = (offer or "").strip().lower()
    known = []
    for contract in client.account().contracts:
        for product_type in tasking_product_types(client.product_types(contract.contract_id)):
            known.append(product_type.product_type_id)
            if product_type.product_type_id.lower() == wanted:
                return contract, product_type
    raise errors.ValidationError(
        tr("Your contracts offer no tasking '{offer}'. Choose one of: {known}.").format(
            offer=offer, known=", ".join(sorted(set(known))) or tr("none")
        ),
        field="productTypeId",
    )


def tasking_search(algorithm, parameters, context, aoi):
    client = algorithm.client
    contract, product_type = find_offer(client, algorithm.parameterAsString(parameters, "OFFER", context))
    start = optional_datetime(algorithm, parameters, "START", context)
    end = optional_datetime(algorithm, parameters, "END", context)
    if start is None or end is None:
        usual_start, usual_end = default_window(prog_type_of(product_type))
        start, end = start or usual_start, end or usual_end
    mode = ACQUISITION_MODES[algorithm.parameterAsEnum(parameters, "ACQUISITION_MODE", context)]
    return TaskingSearch(
        contract.contract_id,
        product_type,
        aoi,
        start,
        end,
        acquisition_mode=mode,
        max_cloud_cover=algorithm.parameterAsDouble(parameters, "MAX_CLOUD", context),
        max_incidence_angle=algorithm.parameterAsDouble(parameters, "MAX_INCIDENCE", context),
    )


class Feasibility(OneAtlasAlgorithm):
    NAME = "feasibility"
    TITLE = QT_TRANSLATE_NOOP("OneAtlasProcessing", "Tasking feasibility and attempts")
    GROUP_ID = "tasking"
    HELP = QT_TRANSLATE_NOOP(
        "OneAtlasProcessing",
        "Asks OneAtlas whether a tasking offer can image the area of interest in the window: FEASIBILITY is "
        "AUTOMATIC (order directly) or MANUAL (Airbus must study it by hand: it has no price and cannot be "
        "ordered directly; on Pléiades Neo, request a quotation in the panel; on Pléiades & SPOT, contact "
        "Airbus or make the request automatic), DIFFICULTY is EASY or CHALLENGING.\n\n"
        "For the offers that order a chosen satellite pass (OneDay, OneNow), OUTPUT lists the attempts with "
        "their start and end times; select one and give it to 'Place an order' as ATTEMPTS.\n\n"
        "Nothing is ordered.\n\n"
        "Example (qgis_process):\n"
        "qgis_process run oneatlas:feasibility -- AOI=site_aoi.gpkg OFFER=PleiadesNeoOneDay "
        "OUTPUT=attempts.gpkg"
    )

    def define(self):
        add_aoi_parameter(self)
        add_tasking_parameters(self)
        self.addParameter(
            with_help(
                QgsProcessingParameterFeatureSink(
                    "OUTPUT", tr("Attempts"), QgsProcessing.SourceType.TypeVectorPolygon, optional=True
                ),
                tr(
                    "The satellite passes (footprint, start_time, end_time, order_deadline), for OneDay and "
                    "OneNow "
                    "offers; empty for the others."
                ),
            )
        )
        self.addOutput(QgsProcessingOutputString("FEASIBILITY", tr("AUTOMATIC or MANUAL")))
        self.addOutput(QgsProcessingOutputString("DIFFICULTY", tr("EASY or CHALLENGING")))
        self.addOutput(QgsProcessingOutputBoolean("AVAILABLE", tr("Available")))

    def execute(self, parameters, context, feedback):
        aoi = checked_aoi(self.parameterAsSource(parameters, "AOI", context))
        search = tasking_search(self, parameters, context, aoi)
        feedback.setProgress(20)
        check_cancelled(feedback)
        result = self.client.feasibility(search)
        feedback.pushInfo(translated(result.summary))
        if result.available and result.manual:  # what to do instead of ordering (docs/decisions/0014)
            backend = self.client.contract(search.contract_id).backend
            feedback.pushInfo(translated(errors.ManualFeasibilityError.for_backend(backend).message))
        feedback.setProgress(60)
        outputs = {
            "FEASIBILITY": result.automation,
            "DIFFICULTY": result.classification,
            "AVAILABLE": result.available,
        }
        fields = make_fields(ATTEMPT_FIELDS)
        sink, destination = self.parameterAsSink(
            parameters, "OUTPUT", context, fields, QgsWkbTypes.Type.Polygon, WGS84
        )
        if search.prog_type in ATTEMPT_PROG_TYPES:
            check_cancelled(feedback)
            attempts = self.client.attempts(search)
            feedback.pushInfo(tr("%n attempt(s).", len(attempts)))
            for attempt in attempts:
                if sink is not None:
                    sink.addFeature(
                        feature(
                            fields,
                            {
                                "attempt_id": attempt.segment_id,
                                "satellite": attempt.satellite,
                                "start_time": qdatetime(attempt.acquisition_start),
                                "end_time": qdatetime(attempt.acquisition_end),
                                "order_deadline": qdatetime(attempt.order_deadline),
                                "incidence_deg": attempt.incidence_angle,
                                "segment_key": attempt.segment_key,
                            },
                            single_polygon(attempt.footprint),
                        ),
                        QgsFeatureSink.Flag.FastInsert,
                    )
        else:
            feedback.pushInfo(
                tr("{offer} orders a window, not a chosen pass: no attempts.").format(offer=search.prog_type)
            )
        if destination:
            outputs["OUTPUT"] = destination
        feedback.setProgress(100)
        return outputs
