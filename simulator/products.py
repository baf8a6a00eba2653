"""Product types per back-end, their prices, minimum areas and production options (constraint language)."""

from dataclasses import dataclass

from .geo import utm_epsg


@dataclass(frozen=True)
class ProductType:
    product_type_id: str
    backend: str  # legacy | neo
    source: str  # archive | tasking
    sensor: str  # pleiades | spot | pleiadesneo
    target: str  # mono | oneday | oneplan | onenow | onenowattempts
    label: str
    minimum_km2: float
    eur_per_km2: float

    @property
    def constellation(self):
        return {"pleiades": "PHR", "spot": "SPOT", "pleiadesneo": "PNEO"}[self.sensor]

    @property
    def mission(self):
        return {"pleiades": "PLEIADES", "spot": "SPOT", "pleiadesneo": "PLEIADESNEO"}[self.sensor]

    @property
    def prog_type(self):
        return None if self.source == "archive" else self.target.upper()

    @property
    def needs_segment(self):
        """ONEDAY and ONENOW(ATTEMPTS) order one slot chosen from /attempts."""
        return self.target in ("oneday", "onenow", "onenowattempts")

    def as_json(self):
        sensor_label = {"pleiades": "Pléiades", "spot": "SPOT", "pleiadesneo": "Pléiades Neo"}[self.sensor]
        source_label = {"archive": "Archive", "tasking": "One Tasking"}[self.source]
        target_labels = {
            "mono": "Mono",
            "oneday": "One Day",
            "oneplan": "One Plan",
            "onenow": "One Now",
            "onenowattempts": "One Now Attempts",
        }
        url = (
            "https://www.intelligence-airbusds.com/one-tasking/"
            if self.source == "tasking"
            else "https://www.intelligence-airbusds.com/imagery/"
        )
        return {
            "productTypeId": self.product_type_id,
            "technicalProduct": {
                "id": self.product_type_id,
                "label": self.label,
                "source": {"id": self.source, "label": source_label},
                "sensor": {"id": self.sensor, "label": sensor_label},
                "target": {"id": self.target, "label": target_labels[self.target]},
                "licences": None,
            },
            "minimumOrderAreaApplied": self.minimum_km2,
            "descriptionUrl": url,
        }


PRODUCT_TYPES = {
    pt.product_type_id: pt
    for pt in (
        ProductType(
            "PleiadesArchiveMono", "legacy", "archive", "pleiades", "mono", "Pleiades Archive Mono", 25, 10.0
        ),
        ProductType(
            "SPOTArchive1.5Mono", "legacy", "archive", "spot", "mono", "SPOT Archive 1.5m Mono", 100, 2.5
        ),
        ProductType(
            "PleiadesTaskingOneDay", "legacy", "tasking", "pleiades", "oneday", "Pleiades OneDay", 100, 20.0
        ),
        ProductType(
            "PleiadesTaskingOnePlan",
            "legacy",
            "tasking",
            "pleiades",
            "oneplan",
            "Pleiades OnePlan",
            100,
            17.0,
        ),
        ProductType(
            "PleiadesTaskingOneNow", "legacy", "tasking", "pleiades", "onenow", "Pleiades OneNow", 100, 19.0
        ),
        ProductType("SpotTaskingOneDay", "legacy", "tasking", "spot", "oneday", "SPOT OneDay", 500, 5.5),
        ProductType("SpotTaskingOnePlan", "legacy", "tasking", "spot", "oneplan", "SPOT OnePlan", 500, 4.5),
        ProductType("SpotTaskingOneNow", "legacy", "tasking", "spot", "onenow", "SPOT OneNow", 500, 5.0),
        ProductType(
            "PleiadesNeoArchiveMono",
            "neo",
            "archive",
            "pleiadesneo",
            "mono",
            "Pleiades Neo Archive Mono",
            25,
            14.0,
        ),
        ProductType(
            "PleiadesNeoOneDay", "neo", "tasking", "pleiadesneo", "oneday", "Pleiades Neo OneDay", 100, 30.0
        ),
        ProductType(
            "PleiadesNeoOneNowAttempts",
            "neo",
            "tasking",
            "pleiadesneo",
            "onenowattempts",
            "Pleiades Neo OneNow Attempts",
            100,
            28.0,
        ),
        ProductType(
            "PleiadesNeoOnePlan",
            "neo",
            "tasking",
            "pleiadesneo",
            "oneplan",
            "Pleiades Neo OnePlan",
            100,
            24.0,
        ),
    )
}


def product_types_for(backend):
    return [pt for pt in PRODUCT_TYPES.values() if pt.backend == backend]


MARKETS = (
    ("AGRI", "Agriculture"),
    ("GENIE", "Civil engineering"),
    ("GDPUBLIC", "Public administration"),
    ("DEFSEC", "Defence and security"),
    ("DISTRI", "Distribution"),
    ("RISQUE", "Risk management"),
    ("ENERGIE", "Energy"),
    ("ENV", "Environment"),
    ("FORET", "Forestry"),
    ("SANTE", "Health"),
    ("ASSUR", "Insurance"),
    ("IOT", "Internet of things"),
    ("CARTO", "Mapping"),
    ("MARITIME", "Maritime"),
    ("PRESSE", "Media"),
    ("MOBIL", "Mobility"),
    ("AUTRE", "Other"),
    ("TELECOM", "Telecommunications"),
    ("TOURISME", "Tourism"),
    ("TRANSPORT", "Transport"),
    ("NQUAL", "Not qualified"),
)
MARKET_IDS = {market_id for market_id, _ in MARKETS}

COUNTRY_CODES = tuple(
    " ".join(
        (
            "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ",
            "BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM",
            "DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS",
            "GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN",
            "KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ",
            "MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM",
            "PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV",
            "SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI",
            "VN VU WF WS YE YT ZA ZM ZW",
        )
    ).split()
)

SPECTRAL_LEGACY = (
    "bundle",
    "pansharpened_natural_color",
    "panchromatic",
    "pansharpened",
    "multispectral",
    "pansharpened_false_color",
)
SPECTRAL_NEO = (
    "full_bundle",
    "panchromatic",
    "pansharpened",
    "multispectral",
    "bundle",
    "full_pms",
    "full_ms",
)
DEM_VALUES = (
    "best_available",
    "FLAT_DEM_WITH_GTOPO30_WAT",
    "FLAT_DEM_WITH_WAT",
    "GTOPO30",
    "MIXEDDEM",
    "PAS-DEM",
    "PAS-DEM_IVV",
    "REF3D-DEM",
    "REF3D-DEM_IVV",
    "SRTMV4",
    "SRTMV4_IVV",
)
DEM_NEO_EXTRA = ("WorldDEM4Ortho", "FLAT_DEM_WITH_WD4O_WAT")


def _values(ids, labels=None):
    return [
        {"id": value, "label": (labels or {}).get(value, value.replace("_", " ").capitalize())}
        for value in ids
    ]


def _option(
    name,
    label,
    values=None,
    default=None,
    mandatory="true",
    condition=None,
    category="production_option",
    option_type="list",
    **extra,
):
    option = {
        "category": category,
        "label": label,
        "name": name,
        "mandatory": mandatory,
        "defaultValue": default,
        "constraint": {"condition": condition} if condition else None,
        "type": option_type,
        "hidden": False,
        "property": True,
    }
    if values is not None:
        option["values"] = values
    option.update(extra)
    return option


def options_for(product_type, aois):
    """availableOptions for a product type and the AOIs [(aoi_id, shapely polygon)] of the request."""
    neo = product_type.backend == "neo"
    spectral = SPECTRAL_NEO if neo else SPECTRAL_LEGACY
    options = [
        _option(
            "processing_level",
            "Processing Level",
            _values(("ortho", "projected", "primary")),
            default="primary" if neo else "ortho",
        ),
        _option("spectral_processing", "Spectral Processing", _values(spectral), default=spectral[0]),
        _option(
            "radiometric_processing",
            "Radiometric Processing",
            _values(("basic", "reflectance", "display")),
            default="reflectance" if neo else "display",
        ),
        _option(
            "pixel_coding",
            "Pixel Coding",
            [
                {
                    "id": "8bits",
                    "label": "8 bits",
                    "constraint": {"condition": "radiometric_processing:(display)"},
                },
                {
                    "id": "12bits",
                    "label": "12 bits",
                    "constraint": {"condition": "radiometric_processing:(basic|reflectance)"},
                },
            ],
            default="12bits" if neo else "8bits",
        ),
        _option(
            "image_format",
            "Image Format",
            _values(("dimap_jpeg2000_regular", "dimap_jpeg2000_optimized", "dimap_geotiff")),
            default="dimap_jpeg2000_regular",
        ),
        _option(
            "licence",
            "Licence",
            _values(("standard", "background_layer", "stand_background_layer")),
            default="standard",
            category="commercial_option",
        ),
        _option(
            "priority",
            "Priority",
            [{"id": "standard", "label": "Standard"}, {"id": "rush", "label": "Rush (No Quality Checking)"}],
            default="standard",
            mandatory="false",
            category="commercial_option",
        ),
        _option(
            "delivery_method",
            "Delivery Method",
            _values(("on_the_flow", "at_the_end")),
            default="on_the_flow",
            mandatory="false",
            category="delivery_option",
        ),
        _option(
            "elevation",
            "Elevation",
            None,
            default=None,
            mandatory="false",
            condition="processing_level:(projected)",
            option_type="double",
            range=[-100, 10000],
        ),
    ]
    if product_type.source == "archive":
        options.append(
            _option("fullStrip", "Full strip", _values(("true", "false")), default="false", mandatory="false")
        )
    if neo:
        options.append(
            _option(
                "area_compute_model",
                "Area compute model",
                _values(("coverage", "temporal_serie")),
                default="coverage",
                mandatory="false",
                category="commercial_option",
            )
        )
    for aoi_id, geometry in aois:
        center = geometry.centroid
        utm = utm_epsg(center.x, center.y)
        projections = ["4326", utm, "3857", "4171", "4258"]
        if -6 <= center.x <= 10 and 41 <= center.y <= 52:
            projections.insert(2, "2154")
        dems = DEM_VALUES + (DEM_NEO_EXTRA if neo else ())
        options.append(
            _option(
                f"dem_{aoi_id}",
                "DEM",
                _values(dems),
                default="best_available",
                mandatory="constraint",
                condition="processing_level:(ortho)",
            )
        )
        options.append(
            _option(
                f"projection_{aoi_id}",
                "Projection",
                [{"id": code, "label": f"EPSG:{code}"} for code in projections],
                default=utm,
                mandatory="constraint",
                condition="processing_level:(ortho|projected)",
            )
        )
    return options


def condition_holds(condition, chosen):
    """'key:(a|b)' (several joined by ' AND ') against the chosen {key: value}."""
    if not condition:
        return True
    for clause in condition.split(" AND "):
        key, _, allowed = clause.strip().partition(":")
        if chosen.get(key.strip()) not in allowed.strip().strip("()").split("|"):
            return False
    return True
