"""feasibility and a tasking placeorder run with processing.run against the simulator."""

import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeatureSourceDefinition, QgsProcessingFeedback

from . import processing_support as support
from .processing_support import TOULOUSE_RING, features, output_layer, polygon_layer

processing_framework, provider, signed_in = support.processing_framework, support.provider, support.signed_in
END_USER = {
    "PRIMARY_MARKET": "AGRI",
    "NOTIFICATION_EMAIL": "sig@example.org",
    "END_USER_NAME": "Toulouse Métropole",
    "END_USER_COUNTRY": "FR",
}


@pytest.fixture
def aoi():
    return polygon_layer([[TOULOUSE_RING]], "toulouse")


def test_feasibility_of_a_oneday_offer_lists_its_attempts(signed_in, processing_framework, aoi):
    result = processing_framework.run(
        "oneatlas:feasibility", {"AOI": aoi, "OFFER": "PleiadesNeoOneDay", "OUTPUT": "TEMPORARY_OUTPUT"}
    )
    assert result["FEASIBILITY"] in ("AUTOMATIC", "MANUAL")
    assert result["DIFFICULTY"] in ("EASY", "CHALLENGING")
    attempts = features(output_layer(result))
    assert attempts, "a OneDay offer over Toulouse should have attempts"
    for attempt in attempts:
        assert attempt["segment_key"]
        assert attempt["start_time"].isValid() and attempt["end_time"].isValid()
        assert attempt["start_time"] <= attempt["end_time"]
        assert not attempt.geometry().isEmpty()


def test_feasibility_of_a_window_offer_has_no_attempts(signed_in, processing_framework, aoi):
    result = processing_framework.run(
        "oneatlas:feasibility", {"AOI": aoi, "OFFER": "SpotTaskingOnePlan", "OUTPUT": "TEMPORARY_OUTPUT"}
    )
    assert result["FEASIBILITY"] in ("AUTOMATIC", "MANUAL")
    assert features(output_layer(result)) == []


def test_an_unknown_offer_is_refused_with_the_account_offers(signed_in, processing_framework, aoi):
    with pytest.raises(QgsProcessingException) as refused:
        processing_framework.run(
            "oneatlas:feasibility", {"AOI": aoi, "OFFER": "PleiadesNeoOneYear", "OUTPUT": "TEMPORARY_OUTPUT"}
        )
    assert "no tasking 'PleiadesNeoOneYear'" in str(refused.value)
    assert "PleiadesNeoOneDay" in str(refused.value)


def test_a_tasking_order_on_a_chosen_attempt_is_placed_once(signed_in, processing_framework, aoi):
    simulator = signed_in
    feasibility = processing_framework.run(
        "oneatlas:feasibility", {"AOI": aoi, "OFFER": "SpotTaskingOneDay", "OUTPUT": "TEMPORARY_OUTPUT"}
    )
    attempts = output_layer(feasibility)
    chosen = next(attempts.getFeatures())
    attempts.selectByIds([chosen.id()])
    with pytest.raises(QgsProcessingException, match="give ATTEMPTS"):
        processing_framework.run(
            "oneatlas:placeorder", {"AOI": aoi, "OFFER": "SpotTaskingOneDay", **END_USER, "MAX_PRICE": 1e6}
        )
    result = processing_framework.run(
        "oneatlas:placeorder",
        {
            "AOI": aoi,
            "OFFER": "SpotTaskingOneDay",
            "ATTEMPTS": QgsProcessingFeatureSourceDefinition(attempts.id(), True),
            **END_USER,
            "MAX_PRICE": 1e6,
            "CURRENCY": "EUR",
        },
    )
    posts = [r for r in simulator.requests if r.method == "POST" and r.path == "/api/v1/orders"]
    assert len(posts) == 1 and len(simulator.orders) == 1
    [order] = simulator.orders.values()
    assert order.body["items"][0]["segmentKey"] == chosen["segment_key"]
    assert result["ORDER_ID"] and result["RECOVERED"] is False


# About 1 400 km2 around Toulouse: above the simulator's automatic limits of Pleiades Neo and Pleiades.
BIG_RING = [[1.2, 43.4], [1.6, 43.4], [1.6, 43.8], [1.2, 43.8], [1.2, 43.4]]


class Messages(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.infos = []

    def pushInfo(self, info):  # noqa: N802 (QGIS API)
        super().pushInfo(info)
        self.infos.append(info)


@pytest.mark.parametrize("offer, legacy", [("PleiadesTaskingOnePlan", True), ("PleiadesNeoOnePlan", False)])
def test_a_manual_tasking_is_refused_by_placeorder_with_nothing_priced_or_ordered(signed_in,
                                                                                  processing_framework,
                                                                                  offer, legacy):
    simulator = signed_in
    big = polygon_layer([[BIG_RING]], "big")
    feedback = Messages()
    checked = processing_framework.run("oneatlas:feasibility", {"AOI": big, "OFFER": offer},
                                       feedback=feedback)
    assert checked["FEASIBILITY"] == "MANUAL" and checked["AVAILABLE"]
    next_step = feedback.infos[1]
    with pytest.raises(QgsProcessingException) as refused:
        processing_framework.run("oneatlas:placeorder", {"AOI": big, "OFFER": offer, **END_USER,
                                                         "MAX_PRICE": 1e6, "CURRENCY": "EUR"})
    words = str(refused.value)
    assert words == next_step  # the same sentence, when checking and when ordering
    if legacy:  # no quotation exists for Pleiades and SPOT through the API
        assert "request a quotation" not in words.lower()
        assert "quotations exist for Pléiades Neo only" in words
        assert "Contact Airbus or use the OneAtlas portal" in words
    else:
        assert "Request a quotation" in words
    assert not [r for r in simulator.requests if r.method == "POST"
                and r.path in ("/api/v1/prices", "/api/v1/orders", "/api/v1/quotations")]
    assert not simulator.orders
