"""oneatlas:searcharchive and oneatlas:pricearchive: archive footprints over an AOI, and their price."""

from qgis.core import (
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..core.catalog import ArchiveSearch, coverage_percent
from ..core.products import CONSTELLATION_NAMES, CONSTELLATIONS
from ..ui.common.formatting import money
from .base import OneAtlasAlgorithm, check_cancelled, with_help
from .layers import (
    SCENE_FIELDS,
    WGS84,
    checked_aoi,
    feature,
    make_fields,
    qdatetime,
    scenes_from_source,
    single_polygon,
)
from .ordering import Details, archive_request, group_by_constellation, parse_options

PAGE_SIZE = 100
OPTIONAL = QgsProcessingParameterDefinition.Flag.FlagOptional
PRICE_FIELDS = (
    ("product_type", "string"),
    ("constellation", "string"),
    ("scenes", "int"),
    ("area_km2", "double"),
    ("billed_km2", "double"),
    ("minimum_applied", "int"),
    ("amount", "double"),
    ("currency", "string"),
)


def tr(text: str, n: int = -1) -> str:
    """``n``: a count, for the plural forms of a "%n" text."""
    return QCoreApplication.translate("OneAtlasProcessing", text, None, n)


def add_aoi_parameter(algorithm, help_text=None):
    algorithm.addParameter(
        with_help(
            QgsProcessingParameterFeatureSource(
                "AOI", tr("Area of interest (polygon layer)"), [QgsProcessing.SourceType.TypeVectorPolygon]
            ),
            help_text
            or tr(
                "Its features (or the selected ones) are the area of interest; it must follow the "
                "OneAtlas rules: use the output of 'Check (and fix) an area of interest'."
            ),
        )
    )


def optional_number(algorithm, parameters, name, context):
    value = parameters.get(name)
    return None if value in (None, "") else algorithm.parameterAsDouble(parameters, name, context)


def optional_datetime(algorithm, parameters, name, context):
    if parameters.get(name) in (None, ""):
        return None
    value = algorithm.parameterAsDateTime(parameters, name, context)
    return value.toPyDateTime() if value.isValid() else None


class SearchArchive(OneAtlasAlgorithm):
    NAME = "searcharchive"
    TITLE = QT_TRANSLATE_NOOP("OneAtlasProcessing", "Search the archive")
    GROUP_ID = "archive"
    HELP = QT_TRANSLATE_NOOP(
        "OneAtlasProcessing",
        "Searches the OneAtlas archive (Pléiades Neo, Pléiades, SPOT) over an area of interest and writes "
        "the "
        "footprints of the scenes you can order, with their scene id, constellation, platform, acquisition "
        "date (UTC), cloud cover, incidence angle, resolution and the share of the AOI each one covers.\n\n"
        "Nothing is ordered and nothing is charged.\n\n"
        "Example (qgis_process):\n"
        "qgis_process run oneatlas:searcharchive -- AOI=site_aoi.gpkg CONSTELLATIONS=0,1 "
        "START=2024-01-01T00:00:00 MAX_CLOUD=10 OUTPUT=scenes.gpkg"
    )

    def define(self):
        add_aoi_parameter(self)
        self.addParameter(
            with_help(
                QgsProcessingParameterEnum(
                    "CONSTELLATIONS",
                    tr("Constellations"),
                    [CONSTELLATION_NAMES[code] for code in CONSTELLATIONS],
                    allowMultiple=True,
                    defaultValue=list(range(len(CONSTELLATIONS))),
                ),
                tr(
                    "Which satellites: Pléiades Neo (0.3 m), Pléiades (0.5 m), SPOT (1.5 m); several allowed."
                ),
            )
        )
        for name, title in (("START", tr("Acquired after")), ("END", tr("Acquired before"))):
            parameter = QgsProcessingParameterDateTime(name, title, optional=True)
            self.addParameter(with_help(parameter, tr("Optional; UTC.")))
        self.addParameter(
            with_help(
                QgsProcessingParameterNumber(
                    "MAX_CLOUD",
                    tr("Maximum cloud cover (%)"),
                    QgsProcessingParameterNumber.Type.Double,
                    optional=True,
                    minValue=0,
                    maxValue=100,
                ),
                tr("Optional; scenes cloudier than this are left out."),
            )
        )
        self.addParameter(
            with_help(
                QgsProcessingParameterNumber(
                    "MAX_INCIDENCE",
                    tr("Maximum incidence angle (°)"),
                    QgsProcessingParameterNumber.Type.Double,
                    optional=True,
                    minValue=0,
                    maxValue=90,
                ),
                tr("Optional; 0° looks straight down."),
            )
        )
        self.addParameter(
            with_help(
                QgsProcessingParameterNumber(
                    "MAX_SCENES",
                    tr("At most this many scenes"),
                    QgsProcessingParameterNumber.Type.Integer,
                    defaultValue=500,
                    minValue=1,
                    maxValue=10000,
                ),
                tr("The newest first; the search stops there."),
            )
        )
        self.addParameter(
            with_help(
                QgsProcessingParameterFeatureSink(
                    "OUTPUT", tr("Footprints"), QgsProcessing.SourceType.TypeVectorPolygon
                ),
                tr("One polygon per scene, in EPSG:4326; pricearchive and placeorder read it back."),
            )
        )
        self.addOutput(QgsProcessingOutputNumber("COUNT", tr("Scenes found")))

    def execute(self, parameters, context, feedback):
        aoi = checked_aoi(self.parameterAsSource(parameters, "AOI", context))
        chosen = self.parameterAsEnums(parameters, "CONSTELLATIONS", context)
        search = ArchiveSearch(
            aoi=aoi,
            constellations=[CONSTELLATIONS[index] for index in chosen],
            start=optional_datetime(self, parameters, "START", context),
            end=optional_datetime(self, parameters, "END", context),
            max_cloud_cover=optional_number(self, parameters, "MAX_CLOUD", context),
            max_incidence_angle=optional_number(self, parameters, "MAX_INCIDENCE", context),
            items_per_page=PAGE_SIZE,
        )
        search.check()
        limit = self.parameterAsInt(parameters, "MAX_SCENES", context)
        fields = make_fields(SCENE_FIELDS)
        sink, destination = self.parameterAsSink(
            parameters, "OUTPUT", context, fields, QgsWkbTypes.Type.Polygon, WGS84
        )
        count, page = 0, 1
        while count < limit:
            check_cancelled(feedback)
            result = self.client.search_archive(search, page=page)
            for scene in result.scenes[: limit - count]:
                values = {
                    "scene_id": scene.id,
                    "constellation": scene.constellation,
                    "platform": scene.platform,
                    "acquired": qdatetime(scene.acquisition_date),
                    "cloud_pct": scene.cloud_cover,
                    "incidence_deg": scene.incidence_angle,
                    "resolution_m": scene.resolution,
                    "aoi_cover_pct": coverage_percent(aoi, scene.geometry),
                    "datastrip_id": scene.archive_identifier or scene.source_identifier,
                }
                sink.addFeature(
                    feature(fields, values, single_polygon(scene.geometry)), QgsFeatureSink.Flag.FastInsert
                )
                count += 1
            feedback.setProgress(100.0 * count / max(1, min(limit, result.total or count)))
            if not result.has_more:
                break
            page += 1
        feedback.pushInfo(tr("%n scene(s) found.", count))
        return {"OUTPUT": destination, "COUNT": count}


class PriceArchive(OneAtlasAlgorithm):
    NAME = "pricearchive"
    TITLE = QT_TRANSLATE_NOOP("OneAtlasProcessing", "Price archive scenes")
    GROUP_ID = "archive"
    HELP = QT_TRANSLATE_NOOP(
        "OneAtlasProcessing",
        "Asks OneAtlas the price of ordering archive scenes over an area of interest. Nothing is ordered.\n\n"
        "SCENES is a footprints layer from 'Search the archive' (its selected features with 'Selected "
        "features only', or all). Scenes of several constellations are priced as one product each.\n\n"
        "PRODUCT_OPTIONS (optional) are name=value pairs separated by ';' (for example "
        "processing_level=ortho;image_format=geotiff); the API's defaults fill the rest. The market and end "
        "user details are optional here (the price body needs them: stand-ins are sent when empty).\n\n"
        "Outputs: PRICE, CURRENCY, and OUTPUT, a table with one row per product.\n\n"
        "Example (qgis_process):\n"
        "qgis_process run oneatlas:pricearchive -- SCENES=scenes.gpkg AOI=site_aoi.gpkg OUTPUT=prices.csv"
    )

    def define(self):
        self.addParameter(
            with_help(
                QgsProcessingParameterFeatureSource(
                    "SCENES",
                    tr("Scenes (footprints from 'Search the archive')"),
                    [QgsProcessing.SourceType.TypeVectorPolygon],
                ),
                tr("The scenes to price: every feature, or the selected ones."),
            )
        )
        add_aoi_parameter(self)
        add_details_parameters(self, optional=True)
        self.addParameter(
            with_help(
                QgsProcessingParameterFeatureSink(
                    "OUTPUT", tr("Price per product"), QgsProcessing.SourceType.TypeVector
                ),
                tr("A table: product, constellation, scenes, area, billed area, minimum applied, amount."),
            )
        )
        self.addOutput(QgsProcessingOutputNumber("PRICE", tr("Price")))
        self.addOutput(QgsProcessingOutputString("CURRENCY", tr("Currency")))

    def execute(self, parameters, context, feedback):
        scenes = scenes_from_source(self.parameterAsSource(parameters, "SCENES", context))
        aoi = checked_aoi(self.parameterAsSource(parameters, "AOI", context))
        choice = parse_options(self.parameterAsString(parameters, "PRODUCT_OPTIONS", context))
        details = details_from(self, parameters, context)
        fields = make_fields(PRICE_FIELDS)
        sink, destination = self.parameterAsSink(
            parameters, "OUTPUT", context, fields, QgsWkbTypes.Type.NoGeometry
        )
        groups = group_by_constellation(scenes)
        total, currencies = 0.0, set()
        for index, (constellation, group) in enumerate(groups):
            check_cancelled(feedback)
            request = archive_request(self.client, constellation, group, aoi, choice, details, True, feedback)
            price = self.client.price(request)
            total += price.total
            currencies.add(price.currency)
            for product in price.products or []:
                sink.addFeature(
                    feature(
                        fields,
                        {
                            "product_type": product.product_type_id or request.product_type_id,
                            "constellation": constellation,
                            "scenes": len(group),
                            "area_km2": product.requested_area_km2,
                            "billed_km2": product.area_km2,
                            "minimum_applied": int(bool(product.minimum_applied)),
                            "amount": product.amount,
                            "currency": price.currency,
                        },
                    ),
                    QgsFeatureSink.Flag.FastInsert,
                )
            # The amount in QGIS's locale ("1 234,50 €" in French), as the dock shows prices.
            feedback.pushInfo(
                tr("{product}: {price}").format(product=request.product_type_id,
                                                price=money(price.total, price.currency))
            )
            feedback.setProgress(100.0 * (index + 1) / len(groups))
        if len(currencies) > 1:
            feedback.reportError(
                tr(
                    "The products are priced in different currencies ({currencies}): PRICE "
                    "adds them up only per row of the table."
                ).format(currencies=", ".join(sorted(currencies)))
            )
        return {"OUTPUT": destination, "PRICE": total, "CURRENCY": ",".join(sorted(currencies))}


def add_details_parameters(algorithm, optional: bool):
    """PRODUCT_OPTIONS and the end user fields, shared by pricearchive and placeorder."""
    algorithm.addParameter(
        with_help(
            QgsProcessingParameterString("PRODUCT_OPTIONS", tr("Product options"), optional=True),
            tr(
                "name=value pairs separated by ';' (for example processing_level=ortho); empty: the API's "
                "defaults."
            ),
        )
    )
    when = tr("Optional for a price.") if optional else tr("Required.")
    for name, title, text in (
        (
            "PRIMARY_MARKET",
            tr("Market (id)"),
            tr("The market the images are for, as OneAtlas lists it (for example AGRI)."),
        ),
        ("END_USER_NAME", tr("End user name"), tr("Required for Pléiades Neo.")),
        ("END_USER_COUNTRY", tr("End user country (ISO 3166 alpha-2)"), tr("For example FR.")),
        ("NOTIFICATION_EMAIL", tr("E-mail for order notices"), tr("Order and delivery notices go there.")),
    ):
        required = not optional and name in ("PRIMARY_MARKET", "NOTIFICATION_EMAIL")
        algorithm.addParameter(
            with_help(
                QgsProcessingParameterString(name, title, optional=not required),
                f"{text} {'' if required else when}".strip(),
            )
        )


def details_from(algorithm, parameters, context, reference: str = "") -> Details:
    def text(name):
        return (algorithm.parameterAsString(parameters, name, context) or "").strip()

    return Details(
        market=text("PRIMARY_MARKET"),
        end_user_name=text("END_USER_NAME"),
        end_user_country=text("END_USER_COUNTRY").upper(),
        email=text("NOTIFICATION_EMAIL"),
        reference=reference,
    )
