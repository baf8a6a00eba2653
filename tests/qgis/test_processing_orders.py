"""placeorder, feasibility, listorders and download run with processing.run against the simulator: the
price comes first, a price above MAX_PRICE orders nothing, an order is placed exactly once (also when the
connection drops after the simulator took it), and the account's orders come back as a layer."""

import time
from pathlib import Path

import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeatureSourceDefinition, QgsProcessingFeedback

from oneatlas_ppo.ui.connection import credentials
from oneatlas_ppo.ui.connection.settings import SIMULATOR, ConnectionSettings

from . import processing_support as support
from .conftest import wait_until
from .processing_support import TOULOUSE_RING, features, output_layer, polygon_layer

processing_framework, provider, signed_in = support.processing_framework, support.provider, support.signed_in
HOURS = 3600
END_USER = {
    "PRIMARY_MARKET": "AGRI",
    "NOTIFICATION_EMAIL": "sig@example.org",
    "END_USER_NAME": "Toulouse Métropole",
    "END_USER_COUNTRY": "FR",
}


def order_posts(simulator):
    return [r for r in simulator.requests if r.method == "POST" and r.path == "/api/v1/orders"]


def one_scene(processing, aoi, constellation_index):
    """A footprints layer from searcharchive with its first scene selected."""
    search = processing.run(
        "oneatlas:searcharchive",
        {"AOI": aoi, "CONSTELLATIONS": [constellation_index], "OUTPUT": "TEMPORARY_OUTPUT"},
    )
    scenes = output_layer(search)
    first = next(scenes.getFeatures())
    scenes.selectByIds([first.id()])
    return QgsProcessingFeatureSourceDefinition(scenes.id(), True), first["scene_id"]


def archive_order(processing, aoi, scenes, max_price, **extra):
    return processing.run(
        "oneatlas:placeorder",
        {"SCENES": scenes, "AOI": aoi, **END_USER, "MAX_PRICE": max_price, "CURRENCY": "EUR", **extra},
    )


@pytest.fixture
def aoi():
    return polygon_layer([[TOULOUSE_RING]], "toulouse")


def test_placeorder_refuses_above_max_price_and_orders_nothing(signed_in, processing_framework, aoi):
    simulator = signed_in
    scenes, _scene_id = one_scene(processing_framework, aoi, 0)
    price = processing_framework.run(
        "oneatlas:pricearchive", {"SCENES": scenes, "AOI": aoi, "OUTPUT": "TEMPORARY_OUTPUT"}
    )["PRICE"]
    assert price > 1

    with pytest.raises(QgsProcessingException) as refused:
        archive_order(processing_framework, aoi, scenes, max_price=price - 1)
    assert "above your maximum" in str(refused.value) and "nothing was ordered" in str(refused.value)
    assert order_posts(simulator) == [] and simulator.orders == {}

    with pytest.raises(QgsProcessingException) as wrong_currency:
        archive_order(processing_framework, aoi, scenes, max_price=price + 1, CURRENCY="USD")
    assert "not in USD" in str(wrong_currency.value)
    assert order_posts(simulator) == [] and simulator.orders == {}


def test_placeorder_places_exactly_one_order_within_max_price(
    signed_in, processing_framework, aoi, demo_user
):
    simulator = signed_in
    scenes, scene_id = one_scene(processing_framework, aoi, 0)
    result = archive_order(processing_framework, aoi, scenes, max_price=1e6, CUSTOMER_REFERENCE="site-42-neo")
    assert len(order_posts(simulator)) == 1 and len(simulator.orders) == 1
    [order] = simulator.orders.values()
    assert result["ORDER_ID"] in (order.sales_order_id, order.quotation_id)
    assert result["RECOVERED"] is False
    assert result["CUSTOMER_REFERENCE"] == "site-42-neo" == order.body["customerReference"]
    assert order.body["contractId"] == demo_user.neo
    assert order.body["items"][0]["dataSourceIds"][0]["catalogItemId"] == scene_id
    assert result["PRICE"] > 0


def test_placeorder_with_a_dropped_connection_places_one_order_and_says_recovered(
    signed_in, processing_framework, aoi
):
    simulator = signed_in
    scenes, _scene_id = one_scene(processing_framework, aoi, 2)
    simulator.faults.add("drop_after", service="order", method="POST", path="/api/v1/orders")
    result = archive_order(processing_framework, aoi, scenes, max_price=1e6)
    assert result["RECOVERED"] is True
    assert len(order_posts(simulator)) == 1 and len(simulator.orders) == 1
    [order] = simulator.orders.values()
    assert order.body["customerReference"] == result["CUSTOMER_REFERENCE"]


def test_placeorder_never_sends_a_reference_the_profiles_order_journal_holds(
    signed_in, processing_framework, aoi, demo_user
):
    """The guard against a second order is the profile's order journal, shared with the dock: a reference
    the dock is still checking (its answer was lost), or one already placed, is refused, nothing sent."""
    from oneatlas_ppo.core.journal import CHECKING, Journal, JournalEntry
    from oneatlas_ppo.core.models import NEO
    from oneatlas_ppo.ui.connection.session import journal_path

    simulator = signed_in
    scenes, _scene_id = one_scene(processing_framework, aoi, 0)
    journal = Journal(journal_path())  # what the dock wrote when its order's answer was lost
    journal.claim(JournalEntry("dock-lost-1", demo_user.neo, NEO))
    journal.update("dock-lost-1", state=CHECKING, failed_at=time.time())
    journal.done_sending("dock-lost-1")
    try:
        with pytest.raises(QgsProcessingException, match="still being checked"):
            archive_order(processing_framework, aoi, scenes, 1e6, CUSTOMER_REFERENCE="dock-lost-1")
        assert order_posts(simulator) == [] and simulator.orders == {}

        archive_order(processing_framework, aoi, scenes, 1e6, CUSTOMER_REFERENCE="processing-once-1")
        with pytest.raises(QgsProcessingException, match="already placed"):
            archive_order(processing_framework, aoi, scenes, 1e6, CUSTOMER_REFERENCE="processing-once-1")
        assert len(order_posts(simulator)) == 1 and len(simulator.orders) == 1
    finally:
        journal_path().unlink(missing_ok=True)  # later tests start without these references


def request_log(simulator) -> str:
    return "\n".join(f"{r.method} {r.service} {r.path} {r.query} -> {r.status}" for r in simulator.requests)


def test_listorders_lists_the_orders_of_both_contracts(signed_in, processing_framework, aoi, demo_user):
    neo_scenes, _ = one_scene(processing_framework, aoi, 0)
    spot_scenes, _ = one_scene(processing_framework, aoi, 2)
    neo = archive_order(processing_framework, aoi, neo_scenes, 1e6, CUSTOMER_REFERENCE="both-neo")
    spot = archive_order(processing_framework, aoi, spot_scenes, 1e6, CUSTOMER_REFERENCE="both-spot")
    placed = sorted(order.body.get("customerReference") for order in signed_in.orders.values())
    # (once seen failing in a full run, not reproduced alone: the request log says what the simulator saw)
    assert placed == ["both-neo", "both-spot"], request_log(signed_in)

    result = processing_framework.run("oneatlas:listorders", {"OUTPUT": "TEMPORARY_OUTPUT"})
    rows = {row["customer_reference"]: row for row in features(output_layer(result))}
    assert set(rows) == {"both-neo", "both-spot"}, request_log(signed_in)
    assert rows["both-neo"]["contract_id"] == demo_user.neo
    assert rows["both-spot"]["contract_id"] == demo_user.legacy
    assert neo["ORDER_ID"] in (rows["both-neo"]["sales_order_id"], rows["both-neo"]["quotation_id"])
    assert spot["ORDER_ID"] in (rows["both-spot"]["sales_order_id"], rows["both-spot"]["quotation_id"])
    for row in rows.values():
        assert row["status"] and row["currency"] == "EUR" and row["amount"] > 0
        assert row.geometry().intersects(next(aoi.getFeatures()).geometry())
        assert row["created"].isValid()
    assert result["COUNT"] == 2


def test_download_writes_the_delivered_products_of_an_order(signed_in, processing_framework, aoi, tmp_path):
    simulator = signed_in
    scenes, _ = one_scene(processing_framework, aoi, 0)
    placed = archive_order(processing_framework, aoi, scenes, 1e6, CUSTOMER_REFERENCE="to-download")
    with pytest.raises(QgsProcessingException, match="Nothing is delivered yet"):
        processing_framework.run(
            "oneatlas:download", {"ORDER": "to-download", "OUTPUT_FOLDER": str(tmp_path)}
        )
    simulator.clock.advance(3 * HOURS)
    result = processing_framework.run(
        "oneatlas:download", {"ORDER": placed["ORDER_ID"], "OUTPUT_FOLDER": str(tmp_path / "out")}
    )
    files = result["FILES"].splitlines()
    assert result["COUNT"] == len(files) >= 1
    for name in files:
        assert (tmp_path / "out") in Path(name).parents
        assert Path(name).stat().st_size > 0


class CancelAfterPrice(QgsProcessingFeedback):
    """Presses Cancel the moment the price is shown, as a user who changes their mind."""

    def pushInfo(self, info):  # noqa: N802 (QGIS API)
        super().pushInfo(info)
        if info.startswith("Price:"):
            self.cancel()


def test_cancelling_after_the_price_orders_nothing(signed_in, processing_framework, aoi):
    simulator = signed_in
    scenes, _ = one_scene(processing_framework, aoi, 0)
    with pytest.raises(QgsProcessingException, match="Cancelled. Nothing was ordered."):
        processing_framework.run("oneatlas:placeorder", {"SCENES": scenes, "AOI": aoi, **END_USER,
                                                         "MAX_PRICE": 1e6}, feedback=CancelAfterPrice())
    assert order_posts(simulator) == [] and simulator.orders == {}


def test_the_provider_uses_the_docks_connection(loaded_plugin, processing_framework, provider, simulator,
                                                demo_user, aoi, monkeypatch):
    """A key typed for this session only (never stored) serves the algorithms as it serves the dock."""
    monkeypatch.delenv("ONEATLAS_API_KEY", raising=False)
    monkeypatch.delenv("ONEATLAS_API_ORIGIN", raising=False)
    settings = ConnectionSettings(environment=SIMULATOR, simulator_origin=simulator.origin)
    loaded_plugin.session.apply(settings, api_key=demo_user.api_key, remember=False)
    wait_until(lambda: loaded_plugin.session.account is not None, what="the connection")
    assert not credentials.has_stored_key()
    result = processing_framework.run("oneatlas:listorders", {"OUTPUT": "TEMPORARY_OUTPUT"})
    assert result["COUNT"] == 0
    assert [r for r in simulator.requests if r.path == "/api/v2/orders/search"]


def test_without_any_key_the_algorithm_says_both_ways(provider, processing_framework, simulator, aoi,
                                                      monkeypatch):
    monkeypatch.delenv("ONEATLAS_API_KEY", raising=False)
    monkeypatch.setenv("ONEATLAS_API_ORIGIN", simulator.origin)
    credentials.forget_api_key()
    with pytest.raises(QgsProcessingException) as refused:
        processing_framework.run("oneatlas:listorders", {"OUTPUT": "TEMPORARY_OUTPUT"})
    assert "ONEATLAS_API_KEY" in str(refused.value) and "plugin settings" in str(refused.value)
    assert simulator.requests == []
