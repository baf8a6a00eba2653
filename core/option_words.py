"""Production options in an analyst's words: a label and a one-line explanation per option and per value.

The options call names options and values as the API spells them (``processing_level``, ``on_the_flow``,
``dimap_jpeg2000_regular``) and labels them no better ("Full strip", "On the flow"). These are the words
an order form shows instead; the API name stays available (the form puts it in a tooltip). Only words
live here, no rule: an option or value not listed keeps the API's own label, so a new option the API adds
is still shown (as the API labels it). Plain Python, no QGIS: the order form and the Processing provider
can both use it. Also here, the one rule about words for the projection: which one to preselect, and why.
"""

import re
from dataclasses import dataclass
from typing import Dict, Iterable, Optional, Tuple

_AOI_SUFFIX = re.compile(r"^(.*)_(\d+)$")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 -- the name Qt's extractor looks for
    """Marks ``text`` for translation (pylupdate5 collects it); the order form translates it when shown,
    with ``QCoreApplication.translate(WORDS_CONTEXT, text)``. core/ stays free of Qt."""
    return text


WORDS_CONTEXT = "OptionWords"


@dataclass(frozen=True)
class Words:
    label: str
    explanation: str = ""


# Option base name (without its AOI suffix: projection_1 -> projection) -> label and what it decides.
OPTIONS: Dict[str, Words] = {
    "processing_level": Words(
        QT_TRANSLATE_NOOP("OptionWords", "Processing level"),
        QT_TRANSLATE_NOOP("OptionWords", "How far the images are corrected and placed on the map.")),
    "spectral_processing": Words(
        QT_TRANSLATE_NOOP("OptionWords", "Spectral bands"),
        QT_TRANSLATE_NOOP("OptionWords", "Which bands you get, and at which resolution.")),
    "radiometric_processing": Words(
        QT_TRANSLATE_NOOP("OptionWords", "Radiometric processing"),
        QT_TRANSLATE_NOOP("OptionWords", "What the pixel values mean.")),
    "pixel_coding": Words(
        QT_TRANSLATE_NOOP("OptionWords", "Pixel coding"),
        QT_TRANSLATE_NOOP("OptionWords", "How many levels each pixel value can take (file size).")),
    "image_format": Words(
        QT_TRANSLATE_NOOP("OptionWords", "Image format"),
        QT_TRANSLATE_NOOP("OptionWords", "The files delivered; QGIS opens every one of them.")),
    "licence": Words(
        QT_TRANSLATE_NOOP("OptionWords", "Licence"),
        QT_TRANSLATE_NOOP("OptionWords", "Who may use the images, and how; it changes the price.")),
    "priority": Words(
        QT_TRANSLATE_NOOP("OptionWords", "Priority"),
        QT_TRANSLATE_NOOP("OptionWords", "How soon the images are produced.")),
    "delivery_method": Words(
        QT_TRANSLATE_NOOP("OptionWords", "Delivery method"),
        QT_TRANSLATE_NOOP("OptionWords", "When the images of the order are sent to you.")),
    "fullStrip": Words(
        QT_TRANSLATE_NOOP("OptionWords", "Area delivered"),
        QT_TRANSLATE_NOOP("OptionWords", "Only your area, or the whole strip the satellite acquired.")),
    "elevation": Words(
        QT_TRANSLATE_NOOP("OptionWords", "Elevation"),
        QT_TRANSLATE_NOOP("OptionWords", "The height, in metres, the Projected images are placed at (−100 to "
                                         "10 000); leave it empty to let OneAtlas choose.")),
    "dem": Words(
        QT_TRANSLATE_NOOP("OptionWords", "Elevation model (DEM)"),
        QT_TRANSLATE_NOOP("OptionWords", "The terrain model used to correct the relief (Ortho).")),
    "projection": Words(
        QT_TRANSLATE_NOOP("OptionWords", "Projection"),
        QT_TRANSLATE_NOOP("OptionWords", "The coordinate system the delivered images are in.")),
    "area_compute_model": Words(
        QT_TRANSLATE_NOOP("OptionWords", "Billed area"),
        QT_TRANSLATE_NOOP("OptionWords", "How OneAtlas counts the area it bills.")),
}

# (option base name, value id) -> label and what choosing it means.
VALUES: Dict[Tuple[str, str], Words] = {
    ("processing_level", "primary"): Words(
        QT_TRANSLATE_NOOP("OptionWords", "Primary"),
        QT_TRANSLATE_NOOP("OptionWords", "Primary: as the sensor saw it, not on a map projection (with its "
                                         "RPC model), for your own orthorectification.")),
    ("processing_level", "sensor"): Words(
        QT_TRANSLATE_NOOP("OptionWords", "Sensor"),
        QT_TRANSLATE_NOOP("OptionWords", "Sensor: in the satellite's own geometry, corrected for its "
                                         "distortions, not on a map.")),
    ("processing_level", "projected"): Words(
        QT_TRANSLATE_NOOP("OptionWords", "Projected"),
        QT_TRANSLATE_NOOP("OptionWords", "Projected: on a map projection at one constant elevation; relief "
                                         "is not corrected, so hilly places shift.")),
    ("processing_level", "ortho"): Words(
        QT_TRANSLATE_NOOP("OptionWords", "Ortho"),
        QT_TRANSLATE_NOOP("OptionWords", "Ortho: relief corrected with an elevation model and on a map "
                                         "projection; lines up with your other layers.")),
    ("spectral_processing", "panchromatic"): Words(
        QT_TRANSLATE_NOOP("OptionWords", "Panchromatic"),
        QT_TRANSLATE_NOOP("OptionWords", "Panchromatic: one black-and-white band at the finest resolution.")),
    ("spectral_processing", "multispectral"): Words(
        QT_TRANSLATE_NOOP("OptionWords", "Multispectral"),
        QT_TRANSLATE_NOOP("OptionWords", "Multispectral: the colour and near-infrared bands, at 4 times the "
                                         "pixel size.")),
    ("spectral_processing", "pansharpened"): Words(
        QT_TRANSLATE_NOOP("OptionWords", "Pansharpened"),
        QT_TRANSLATE_NOOP("OptionWords", "Pansharpened: colour and near-infrared bands sharpened to the "
                                         "finest resolution.")),
    ("spectral_processing", "pansharpened_natural_color"): Words(
        QT_TRANSLATE_NOOP("OptionWords", "Pansharpened, natural colour"),
        QT_TRANSLATE_NOOP("OptionWords", "Pansharpened, 3 bands (red, green, blue) as the eye sees them.")),
    ("spectral_processing", "pansharpened_false_color"): Words(
        QT_TRANSLATE_NOOP("OptionWords", "Pansharpened, false colour"),
        QT_TRANSLATE_NOOP("OptionWords", "Pansharpened, 3 bands (near-infrared, red, green): vegetation "
                                         "shows red.")),
    ("spectral_processing", "bundle"): Words(
        QT_TRANSLATE_NOOP("OptionWords", "Bundle"),
        QT_TRANSLATE_NOOP("OptionWords", "Bundle: the panchromatic and the multispectral images, separately "
                                         "(you can pansharpen them yourself).")),
    ("spectral_processing", "full_bundle"): Words(
        QT_TRANSLATE_NOOP("OptionWords", "Full bundle"),
        QT_TRANSLATE_NOOP("OptionWords", "Full bundle: the panchromatic image and all 6 multispectral bands, "
                                         "separately.")),
    ("spectral_processing", "full_pms"): Words(
        QT_TRANSLATE_NOOP("OptionWords", "Pansharpened, 6 bands"),
        QT_TRANSLATE_NOOP("OptionWords", "Pansharpened: all 6 bands sharpened to the finest resolution.")),
    ("spectral_processing", "full_ms"): Words(
        QT_TRANSLATE_NOOP("OptionWords", "Multispectral, 6 bands"),
        QT_TRANSLATE_NOOP("OptionWords", "Multispectral: all 6 bands, at 4 times the pixel size.")),
    ("radiometric_processing", "basic"): Words(
        QT_TRANSLATE_NOOP("OptionWords", "Basic"),
        QT_TRANSLATE_NOOP("OptionWords", "Basic: the sensor's calibrated values, for your own radiometric "
                                         "processing.")),
    ("radiometric_processing", "reflectance"): Words(
        QT_TRANSLATE_NOOP("OptionWords", "Reflectance"),
        QT_TRANSLATE_NOOP("OptionWords", "Reflectance: values comparable between dates and scenes, for "
                                         "indices such as NDVI.")),
    ("radiometric_processing", "display"): Words(
        QT_TRANSLATE_NOOP("OptionWords", "Display"),
        QT_TRANSLATE_NOOP("OptionWords", "Display: contrast set for viewing in natural colour; good to look "
                                         "at, not to measure.")),
    ("pixel_coding", "8bits"): Words(
        QT_TRANSLATE_NOOP("OptionWords", "8 bits"),
        QT_TRANSLATE_NOOP("OptionWords", "8 bits: 256 levels per band; smaller files, for viewing.")),
    ("pixel_coding", "12bits"): Words(
        QT_TRANSLATE_NOOP("OptionWords", "12 bits"),
        QT_TRANSLATE_NOOP("OptionWords", "12 bits: the sensor's full range (stored on 16 bits), for "
                                         "analysis.")),
    ("pixel_coding", "16bits"): Words(
        QT_TRANSLATE_NOOP("OptionWords", "16 bits"),
        QT_TRANSLATE_NOOP("OptionWords", "16 bits: the full range; the largest files.")),
    ("image_format", "dimap_jpeg2000_regular"): Words(
        QT_TRANSLATE_NOOP("OptionWords", "JPEG 2000, regular (DIMAP)"),
        QT_TRANSLATE_NOOP("OptionWords", "JPEG 2000 compressed without loss, with Airbus's DIMAP metadata.")),
    ("image_format", "dimap_jpeg2000_optimized"): Words(
        QT_TRANSLATE_NOOP("OptionWords", "JPEG 2000, optimised (DIMAP)"),
        QT_TRANSLATE_NOOP("OptionWords", "JPEG 2000 with stronger, lossy compression: smaller files, quicker "
                                         "to download, fine for viewing.")),
    ("image_format", "dimap_geotiff"): Words(
        QT_TRANSLATE_NOOP("OptionWords", "GeoTIFF (DIMAP)"),
        QT_TRANSLATE_NOOP("OptionWords", "GeoTIFF, uncompressed, with DIMAP metadata: opens anywhere; the "
                                         "largest files.")),
    ("licence", "standard"): Words(
        QT_TRANSLATE_NOOP("OptionWords", "Standard"),
        QT_TRANSLATE_NOOP("OptionWords", "Standard: for the end user's own use (the usual licence).")),
    ("licence", "background_layer"): Words(
        QT_TRANSLATE_NOOP("OptionWords", "Background layer"),
        QT_TRANSLATE_NOOP("OptionWords", "Background layer: to show the images as a background of maps you "
                                         "publish.")),
    ("licence", "stand_background_layer"): Words(
        QT_TRANSLATE_NOOP("OptionWords", "Standard + background layer"),
        QT_TRANSLATE_NOOP("OptionWords", "Standard and background layer licences together.")),
    ("licence", "educ"): Words(
        QT_TRANSLATE_NOOP("OptionWords", "Education"),
        QT_TRANSLATE_NOOP("OptionWords", "Education: for teaching and academic research.")),
    ("licence", "media"): Words(
        QT_TRANSLATE_NOOP("OptionWords", "Media"),
        QT_TRANSLATE_NOOP("OptionWords", "Media: for publication in the press.")),
    ("priority", "standard"): Words(
        QT_TRANSLATE_NOOP("OptionWords", "Standard"),
        QT_TRANSLATE_NOOP("OptionWords", "Standard: produced and quality checked as usual.")),
    ("priority", "rush"): Words(
        QT_TRANSLATE_NOOP("OptionWords", "Rush (no quality check)"),
        QT_TRANSLATE_NOOP("OptionWords", "Rush: produced first, without quality checking; it costs more.")),
    ("delivery_method", "on_the_flow"): Words(
        QT_TRANSLATE_NOOP("OptionWords", "Each image when ready"),
        QT_TRANSLATE_NOOP("OptionWords", "On the flow: each image is sent as soon as it is ready.")),
    ("delivery_method", "at_the_end"): Words(
        QT_TRANSLATE_NOOP("OptionWords", "All together at the end"),
        QT_TRANSLATE_NOOP("OptionWords", "At the end: everything is sent at once, when the whole order is "
                                         "ready.")),
    ("fullStrip", "false"): Words(
        QT_TRANSLATE_NOOP("OptionWords", "Your area only"),
        QT_TRANSLATE_NOOP("OptionWords", "The images are cut to your area, and so is the bill.")),
    ("fullStrip", "true"): Words(
        QT_TRANSLATE_NOOP("OptionWords", "The whole strip"),
        QT_TRANSLATE_NOOP("OptionWords", "Full strip: the whole strip acquired is delivered and billed, not "
                                         "only your area.")),
    ("dem", "best_available"): Words(
        QT_TRANSLATE_NOOP("OptionWords", "Best available"),
        QT_TRANSLATE_NOOP("OptionWords", "Airbus picks the best elevation model for the area.")),
    ("area_compute_model", "coverage"): Words(
        QT_TRANSLATE_NOOP("OptionWords", "Area covered"),
        QT_TRANSLATE_NOOP("OptionWords", "Billed on the area the images cover.")),
    ("area_compute_model", "temporal_serie"): Words(
        QT_TRANSLATE_NOOP("OptionWords", "Time series"),
        QT_TRANSLATE_NOOP("OptionWords", "Time series: counted for a series of images of the same area over "
                                         "time.")),
}


def base_name(name: str) -> str:
    """The option name without its AOI suffix: ``projection_1`` -> ``projection``."""
    match = _AOI_SUFFIX.match(name or "")
    return match.group(1) if match else (name or "")


def option_words(name: str, api_label: str = "") -> Words:
    """Label and explanation of an option; an option we have no words for keeps the API's label."""
    known = OPTIONS.get(base_name(name))
    return known or Words(api_label or name, "")


def value_words(option_name: str, value_id: str, api_label: str = "") -> Words:
    """Label and explanation of one value of an option; unknown values keep the API's label."""
    known = VALUES.get((base_name(option_name), str(value_id)))
    return known or Words(api_label or str(value_id), "")


# -- projection ------------------------------------------------------------------------------------------

WEB_MERCATOR = {"3857", "900913", "3785", "102100"}


def epsg_code(authid: str) -> str:
    """``EPSG:2154`` -> ``2154``; anything else (no EPSG code) -> ''."""
    prefix, _, code = (authid or "").partition(":")
    return code if prefix.upper() == "EPSG" and code.isdigit() else ""


# Why the project's CRS is not preselected: templates with {crs} (the project's CRS, e.g.
# "EPSG:32632 (WGS 84 / UTM zone 32N)"), shown beside the projection field.
PROJECTION_REASONS: Dict[str, str] = {
    "no_epsg": QT_TRANSLATE_NOOP("OptionWords", "Your project's coordinate system, {crs}, has no EPSG code "
                                                "OneAtlas could deliver in."),
    "not_offered": QT_TRANSLATE_NOOP("OptionWords", "OneAtlas does not offer your project's coordinate "
                                                    "system, {crs}, for this product and area."),
    "geographic": QT_TRANSLATE_NOOP("OptionWords", "Your project is in {crs}, in degrees: the images keep "
                                                   "a projection in metres (square pixels); choose {crs} "
                                                   "here if you need it."),
    "web_mercator": QT_TRANSLATE_NOOP("OptionWords", "Your project is in {crs}, which stretches distances "
                                                     "and areas: the images keep a projection true to the "
                                                     "ground; choose it here if you need it."),
}


def preferred_projection(project_authid: str, project_is_geographic: bool,
                         offered: Iterable[str]) -> Tuple[Optional[str], str]:
    """(projection value to preselect, '') for the project's CRS, or (None, a key of PROJECTION_REASONS).

    The project's CRS is what the analyst works in; delivered in it, the images need no reprojection. Not
    preselected: a CRS the product does not offer for this area, a geographic CRS (pixels in degrees, not
    square on the ground) and Web Mercator (it stretches distances and areas): the API's default stays.
    No project CRS at all: (None, '') (nothing to say)."""
    if not project_authid:
        return None, ""
    code = epsg_code(project_authid)
    if not code:
        return None, "no_epsg"
    if code not in {str(value) for value in offered}:
        return None, "not_offered"
    if project_is_geographic:
        return None, "geographic"
    if code in WEB_MERCATOR:
        return None, "web_mercator"
    return code, ""
