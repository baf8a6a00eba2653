"""Tasking with the core client against the simulator: feasibility, attempts, window rules, price,
quotation (Pleiades Neo), order, for both back-ends."""

from datetime import datetime, timedelta, timezone

import pytest
from shapely.geometry import box

from oneatlas_ppo.core import errors
from oneatlas_ppo.core.orders import TaskingOrderRequest, new_customer_reference
from oneatlas_ppo.core.tasking import TaskingSearch, check_window

from .core_support import TOULOUSE, make_client, requests_to

NOW = datetime.now(timezone.utc)


def product(client, contract_id, product_type_id):
    return client.product_type(contract_id, product_type_id)


def tasking_search(client, contract_id, product_type_id, days=1.0, aoi=TOULOUSE, start_in_hours=12, **kwargs):
    start = datetime.now(timezone.utc) + timedelta(hours=start_in_hours)
    return TaskingSearch(
        contract_id=contract_id,
        product_type=product(client, contract_id, product_type_id),
        aoi=aoi,
        start=start,
        end=start + timedelta(days=days),
        **kwargs,
    )


def tasking_order(client, search, feasibility, attempt=None, **overrides):
    neo = client.contract(search.contract_id).backend == "neo"
    options = client.options(search.contract_id, search.product_type.product_type_id, search.aoi)
    fields = {
        "contract_id": search.contract_id,
        "product_type_id": search.product_type.product_type_id,
        "aoi": search.aoi,
        "options": options.resolve({"processing_level": "primary"}).values,
        "primary_market": "AGRI",
        "customer_reference": new_customer_reference("task"),
        "notification_email": "gis@example.com",
        "end_user_name": "Ville de Toulouse" if neo else None,
        "end_user_country": "FR" if neo else None,
        "start": search.start,
        "end": search.end,
        "max_cloud_cover": search.max_cloud_cover,
        "max_incidence_angle": search.max_incidence_angle,
        "feasibility": feasibility,
        "segment_key": attempt.segment_key if attempt else None,
    }
    fields.update(overrides)
    return TaskingOrderRequest(**fields)


def test_window_rules_per_offer():
    now = datetime(2026, 1, 1, tzinfo=timezone.utc)
    day = timedelta(days=1)
    with pytest.raises(errors.TaskingWindowError, match="at most 1 day"):
        check_window("ONEDAY", now + day, now + 2.5 * day, now)
    with pytest.raises(errors.TaskingWindowError, match="3 to 14 days"):
        check_window("ONENOWATTEMPTS", now + day, now + 2 * day, now)
    with pytest.raises(errors.TaskingWindowError, match="3 to 14 days"):
        check_window("ONENOWATTEMPTS", now, now + 15 * day, now)
    with pytest.raises(errors.TaskingWindowError, match="in the past"):
        check_window("ONEPLAN", now - 3 * day, now - day, now)
    # a start already past is moved to now, as the API does
    assert check_window("ONEPLAN", now - day, now + 30 * day, now) == (now, now + 30 * day)
    assert check_window("ONENOWATTEMPTS", now, now + 7 * day, now) == (now, now + 7 * day)


def test_a_window_too_long_is_refused_before_any_request(simulator, demo_user):
    client = make_client(simulator, demo_user)
    search = tasking_search(client, demo_user.neo, "PleiadesNeoOneDay", days=3)
    with pytest.raises(errors.TaskingWindowError, match="at most 1 day"):
        client.attempts(search)
    assert not requests_to(simulator, "/api/v1/attempts")


def test_pleiades_neo_oneday_attempt_priced_and_ordered(simulator, demo_user):
    client = make_client(simulator, demo_user)
    search = tasking_search(client, demo_user.neo, "PleiadesNeoOneDay", days=1, max_incidence_angle=40)
    feasibility = client.feasibility(search)
    assert feasibility.available and not feasibility.manual
    assert feasibility.classification == "EASY" and feasibility.automation == "AUTOMATIC"
    attempts = client.attempts(search)
    assert attempts, "a pass of PNEO3 or PNEO4 over Toulouse within a day"
    first = attempts[0]
    assert first.footprint.geom_type == "Polygon"  # read from WKT
    assert first.footprint.contains(TOULOUSE)  # the offered strip covers the AOI it was asked for
    assert search.start <= first.acquisition_start <= search.end
    assert first.order_deadline < first.acquisition_start
    sent = requests_to(simulator, "/api/v1/attempts")[-1].json
    assert sent["progTypeNames"] == ["ONEDAY"] and sent["mission"] == "PLEIADESNEO"
    request = tasking_order(client, search, feasibility, first)
    price = client.price(request)
    assert price.total > 0 and price.products[0].area_km2 == pytest.approx(100)  # the 100 km2 minimum
    assert price.products[0].minimum_applied
    result = client.place_order(request)
    assert result.sales_order_id and not result.recovered
    item = requests_to(simulator, "/api/v1/orders")[-1].json["items"][0]
    assert item["segmentKey"] == first.segment_key  # verbatim
    properties = {pair["key"]: pair["value"] for pair in item["properties"]}
    assert properties["feasibilityAutomation"] == "AUTOMATIC" and properties["classification"] == "EASY"
    lines = client.track_orders(customer_reference=request.customer_reference)
    assert [line.status for line in lines] == ["IN_PROGRESS"] and lines[0].source == "tasking"


def test_pleiades_neo_onenow_attempts_window_and_order(simulator, demo_user):
    client = make_client(simulator, demo_user)
    search = tasking_search(
        client, demo_user.neo, "PleiadesNeoOneNowAttempts", days=5, max_incidence_angle=40
    )
    attempts = client.attempts(search)
    assert len(attempts) >= 2  # one pass a day per satellite
    assert [a.acquisition_start for a in attempts] == sorted(a.acquisition_start for a in attempts)
    result = client.place_order(tasking_order(client, search, client.feasibility(search), attempts[1]))
    assert result.sales_order_id


def test_manual_pleiades_neo_tasking_is_quoted_not_ordered_then_accepted(simulator, demo_user):
    client = make_client(simulator, demo_user)
    big = box(1.2, 43.4, 1.6, 43.8)  # about 1 400 km2: above the simulator's automatic limit
    search = tasking_search(client, demo_user.neo, "PleiadesNeoOnePlan", days=30, aoi=big)
    feasibility = client.feasibility(search)
    assert feasibility.manual
    request = tasking_order(client, search, feasibility)
    with pytest.raises(errors.ManualFeasibilityError, match="quotation"):
        client.place_order(request)
    assert not requests_to(simulator, "/api/v1/orders")
    quotation = client.request_quotation(request)
    assert quotation.quotation_id.startswith("QUO") and quotation.total > 0
    properties = {
        pair["key"]: pair["value"]
        for pair in requests_to(simulator, "/api/v1/quotations")[-1].json["items"][0]["properties"]
    }
    assert properties["feasibilityAutomation"] == "MANUAL"
    simulator.clock.advance(3 * 3600)  # the manual study takes 2 h in the simulator
    client.accept_quotation(demo_user.neo, quotation.quotation_id)
    lines = client.track_orders(customer_reference=request.customer_reference)
    assert lines[0].quotation_status == "ACCEPTED" and lines[0].sales_order_id


BIG = box(1.2, 43.4, 1.6, 43.8)  # about 1 400 km2: MANUAL in the simulator on Pleiades Neo and Pleiades


@pytest.mark.parametrize("backend, offer", [("neo", "PleiadesNeoOnePlan"),
                                            ("legacy", "PleiadesTaskingOnePlan")])
def test_a_manual_tasking_is_never_priced_nor_ordered_on_either_backend(simulator, demo_user, backend, offer):
    client = make_client(simulator, demo_user)
    search = tasking_search(client, getattr(demo_user, backend), offer, days=30, aoi=BIG)
    feasibility = client.feasibility(search)
    assert feasibility.manual and feasibility.available
    request = tasking_order(client, search, feasibility)
    sent = len(simulator.requests)
    for call in (client.price, client.place_order):
        with pytest.raises(errors.ManualFeasibilityError) as refused:
            call(request)
        words = str(refused.value)
        if backend == "legacy":  # the API offers no quotation there: the sentence says what to do instead
            assert "request a quotation" not in words.lower()
            assert "quotations exist for Pléiades Neo only" in words
            assert "Contact Airbus or use the OneAtlas portal" in words and "smaller area" in words
        else:
            assert "Request a quotation" in words
    assert len(simulator.requests) == sent, "nothing may be sent for a MANUAL tasking"
    assert client.journal.entries() == [] and not simulator.orders


def test_a_manual_pleiades_tasking_gets_no_quotation_either(simulator, demo_user):
    client = make_client(simulator, demo_user)
    search = tasking_search(client, demo_user.legacy, "PleiadesTaskingOnePlan", days=30, aoi=BIG)
    with pytest.raises(errors.ManualFeasibilityError, match="Pléiades Neo only"):
        client.request_quotation(tasking_order(client, search, client.feasibility(search)))
    assert not requests_to(simulator, "/api/v1/quotations")


def test_a_refused_quotation_cancels_its_lines(simulator, demo_user):
    client = make_client(simulator, demo_user)
    search = tasking_search(client, demo_user.neo, "PleiadesNeoOnePlan", days=30)
    request = tasking_order(client, search, client.feasibility(search))
    quotation = client.request_quotation(request)
    client.refuse_quotation(demo_user.neo, quotation.quotation_id)
    lines = client.track_orders(customer_reference=request.customer_reference)
    assert lines[0].quotation_status == "REFUSED" and lines[0].status == "CANCELLED"


def test_quotations_are_refused_on_legacy_contracts(simulator, demo_user):
    client = make_client(simulator, demo_user)
    search = tasking_search(client, demo_user.legacy, "PleiadesTaskingOnePlan", days=30)
    with pytest.raises(errors.ContractNotAvailableError) as refused:
        client.request_quotation(tasking_order(client, search, client.feasibility(search)))
    assert str(refused.value) == ("Quotations exist for Pléiades Neo contracts only; order Pléiades & SPOT "
                                  "directly.")


@pytest.mark.parametrize("product_type_id", ["PleiadesTaskingOneDay", "SpotTaskingOneNow"])
def test_legacy_attempt_ordered_and_tracked_as_a_tasking(simulator, demo_user, product_type_id):
    client = make_client(simulator, demo_user)
    search = tasking_search(client, demo_user.legacy, product_type_id, days=1, max_incidence_angle=45)
    feasibility = client.feasibility(search)
    assert feasibility.automation_name  # legacy answers name the automation
    attempt = client.attempts(search)[0]
    request = tasking_order(client, search, feasibility, attempt)
    result = client.place_order(request)
    body = requests_to(simulator, "/api/v1/orders")[-1].json
    assert body["notificationEmails"] == ["gis@example.com"] and "endUsers" not in body
    taskings = client.legacy_taskings(demo_user.legacy, request.customer_reference)
    assert len(taskings) == 1 and taskings[0].status == "In Progress"
    assert result.sales_order_id


def test_no_pass_is_an_empty_list_not_an_error(simulator, demo_user):
    client = make_client(simulator, demo_user)
    # a 2-hour window half a day away from the passes (tests/sim_fixtures.py places them)
    start = simulator.passes_at + timedelta(hours=11)
    search = TaskingSearch(
        demo_user.neo,
        product(client, demo_user.neo, "PleiadesNeoOneDay"),
        TOULOUSE,
        start,
        start + timedelta(hours=2),
    )
    assert client.attempts(search) == []
    assert len(requests_to(simulator, "/api/v1/attempts")) == 1  # a business answer: not retried
