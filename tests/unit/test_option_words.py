"""Options in an analyst's words: every option and value the options call returns for an archive order
(both back-ends, from the simulator) has a label and a one-line explanation; the projection rule; the
readable customer reference."""

import re
from datetime import datetime, timezone

import pytest

from oneatlas_ppo.core import option_words
from oneatlas_ppo.core.models import LEGACY, NEO
from oneatlas_ppo.core.orders import readable_customer_reference, reference_name

from .core_support import TOULOUSE, make_client
from .test_archive_flow import archive_product

# What each option decides, said in the words an analyst asked for (issue 13, item 5).
EXPECTED = {
    ("fullStrip", "true"): "whole strip",
    ("fullStrip", "false"): "cut to your area",
    ("delivery_method", "on_the_flow"): "as soon as it is ready",
    ("delivery_method", "at_the_end"): "whole order is ready",
    ("processing_level", "primary"): "not on a map projection",
    ("processing_level", "ortho"): "relief corrected",
    ("processing_level", "projected"): "relief is not corrected",
    ("pixel_coding", "8bits"): "256 levels",
    ("image_format", "dimap_geotiff"): "GeoTIFF",
}


@pytest.mark.parametrize("backend, sensor", [(NEO, "pleiadesneo"), (LEGACY, "pleiades")])
def test_every_offered_option_and_value_reads_in_plain_words(simulator, demo_user, backend, sensor):
    client = make_client(simulator, demo_user)
    contract = client.contract_for_backend(backend)
    product = archive_product(client, contract.contract_id, sensor)
    options = client.options(contract.contract_id, product.product_type_id, TOULOUSE)
    unexplained = []
    for spec in options.options:
        words = option_words.option_words(spec.name, spec.label)
        if not words.explanation or words.label in (spec.name, ""):
            unexplained.append(spec.name)
        if option_words.base_name(spec.name) in ("dem", "projection"):
            continue  # dozens of models and codes: named by the API (projections by QGIS in the form)
        for value in spec.values:
            said = option_words.value_words(spec.name, value.id, value.label)
            if not said.explanation or "_" in said.label:
                unexplained.append(f"{spec.name}={value.id}")
    assert unexplained == []


@pytest.mark.parametrize("key, words", sorted(EXPECTED.items()))
def test_the_explanations_say_what_a_choice_changes(key, words):
    assert words in option_words.value_words(*key).explanation


def test_an_option_the_api_adds_later_keeps_the_api_label():
    assert option_words.option_words("cloud_mask_3", "Cloud mask").label == "Cloud mask"
    assert option_words.value_words("cloud_mask_3", "on", "On").label == "On"
    assert option_words.option_words("projection_2").label == "Projection"


OFFERED = ["4326", "32631", "2154", "3857", "4171", "4258"]


@pytest.mark.parametrize("authid, geographic, expected", [
    ("EPSG:2154", False, ("2154", "")),
    ("EPSG:32632", False, (None, "not_offered")),
    ("EPSG:4326", True, (None, "geographic")),
    ("EPSG:3857", False, (None, "web_mercator")),
    ("USER:100001", False, (None, "no_epsg")),
    ("", False, (None, "")),
])
def test_the_project_crs_is_preferred_only_when_offered_and_fit(authid, geographic, expected):
    assert option_words.preferred_projection(authid, geographic, OFFERED) == expected
    code, reason = expected
    if reason:
        assert "{crs}" in option_words.PROJECTION_REASONS[reason]


def test_the_default_reference_reads_as_the_aoi_and_the_day_and_stays_unique():
    day = datetime(2026, 12, 5, tzinfo=timezone.utc)
    assert reference_name("Feature 12 of 'Parcelles été'") == "Parcelles-ete"
    assert reference_name("File fields.kml") == "fields"
    assert reference_name("File toulouse.geojson") == "toulouse"
    assert reference_name("Drawn rectangle") == "Drawn-rectangle"
    references = {readable_customer_reference("File fields.kml", day) for _ in range(200)}
    assert len(references) == 200
    for reference in references:
        assert re.fullmatch(r"fields-20261205-[0-9a-f]{8}", reference)
    assert readable_customer_reference("", day).startswith("qgis-20261205-")
    assert len(readable_customer_reference("x" * 300)) <= 64
