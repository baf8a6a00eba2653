"""Feasibility, attempts, tasking orders and their lifecycles (PNEO coverage items, legacy segments)."""

from datetime import datetime, timezone

import pytest
from shapely import wkt

from .helpers import Api, attempt_request, square, tasking_body, window

ATHENS = square(23.73, 37.98, 0.03)
HOUR = 3600


@pytest.fixture
def api(simulator, demo_user):
    return Api(simulator, demo_user)


def test_feasibility_classifies_and_automates(api, simulator):
    request = attempt_request(api, "PLEIADESNEO", "ONEPLAN", ATHENS, window(simulator, 24, 24 * 30))
    response = api.post("/order/api/v1/feasibility", json=request)
    assert response.status_code == 200
    (capacity,) = response.json()["progCapacities"]
    (prog_type,) = capacity["progTypes"]
    assert prog_type["feasibility"] == {"classification": "EASY", "automation": "AUTOMATIC"}
    assert prog_type["available"] is True and "expirationDate" in prog_type


def test_large_aoi_or_short_oneplan_window_is_manual(api, simulator):
    large = attempt_request(
        api, "PLEIADESNEO", "ONEPLAN", square(23.73, 37.98, 0.3), window(simulator, 24, 24 * 30)
    )
    assert (
        api.post("/order/api/v1/feasibility", json=large).json()["progCapacities"][0]["progTypes"][0][
            "feasibility"
        ]["automation"]
        == "MANUAL"
    )
    short = attempt_request(api, "PLEIADESNEO", "ONEPLAN", ATHENS, window(simulator, 24, 48))
    feasibility = api.post("/order/api/v1/feasibility", json=short).json()["progCapacities"][0]["progTypes"][
        0
    ]["feasibility"]
    assert feasibility == {"classification": "CHALLENGING", "automation": "MANUAL"}


def test_legacy_feasibility_names_the_automation(api, simulator):
    request = attempt_request(api, "PLEIADES", "ONEPLAN", ATHENS, window(simulator, 24, 24 * 30))
    feasibility = api.post("/order/api/v1/feasibility", json=request).json()["progCapacities"][0][
        "progTypes"
    ][0]["feasibility"]
    assert feasibility["automationName"] == "AutomaticTasking30"


def test_feasibility_mission_must_match_the_contract(api, simulator):
    request = attempt_request(api, "PLEIADESNEO", "ONEPLAN", ATHENS, window(simulator, 24, 24 * 30))
    request["contractId"] = api.user.legacy
    response = api.post("/order/api/v1/feasibility", json=request)
    assert (response.status_code, response.json()["field"]) == (400, "mission")


def test_attempts_give_wkt_footprints_and_segment_keys(api, simulator):
    response = api.post(
        "/order/api/v1/attempts",
        json=attempt_request(api, "PLEIADESNEO", "ONEDAY", ATHENS, window(simulator, 12, 36)),
    )
    assert response.status_code == 200
    segments = response.json()["progCapacities"][0]["progTypes"][0]["segments"]
    assert segments
    segment = segments[0]
    assert wkt.loads(segment["footprint"]["geometry"]).intersects(
        wkt.loads(segment["footprint"]["center"]).buffer(1)
    )
    assert "::[" in segment["segmentKey"] and '"key":"orderDeadLine"' in segment["segmentKey"]
    assert segment["orderDeadline"] < segment["acquisitionStartDate"]


def test_oneday_window_longer_than_a_day_is_rejected(api, simulator):
    response = api.post(
        "/order/api/v1/attempts",
        json=attempt_request(api, "PLEIADESNEO", "ONEDAY", ATHENS, window(simulator, 12, 72)),
    )
    assert (response.status_code, response.json()["field"]) == (400, "acquisitionDate")


def test_no_slot_is_the_documented_500(api, simulator):
    # With the real schedule (10:30 local solar time), Athens is overflown around 09:00 UTC: nothing between
    # 12:00 and 12:06 UTC.
    simulator.passes_at = None
    simulator.clock.set(datetime(2026, 12, 1, 0, 0, tzinfo=timezone.utc))
    request = attempt_request(api, "PLEIADESNEO", "ONEDAY", ATHENS, window(simulator, 12, 12.1))
    response = api.post("/order/api/v1/attempts", json=request)
    assert response.status_code == 500
    assert response.json() == {"errors": [{"code": "ERR_NO_SENSOR_AVAILABLE", "locator": "UNKNOWN"}]}


def _first_segment(api, simulator, mission="PLEIADESNEO", prog_type="ONEDAY"):
    response = api.post(
        "/order/api/v1/attempts",
        json=attempt_request(api, mission, prog_type, ATHENS, window(simulator, 12, 36)),
    )
    return response.json()["progCapacities"][0]["progTypes"][0]["segments"][0]


def test_segment_key_must_come_back_verbatim(api, simulator):
    segment = _first_segment(api, simulator)
    tampered = segment["segmentKey"].replace("orderDeadLine", "orderDeadline")
    body = tasking_body(api, "neo", "PleiadesNeoOneDay", ATHENS, segment_key=tampered)
    response = api.post("/order/api/v1/prices", json=body)
    assert (response.status_code, response.json()["field"]) == (400, "items[0].segmentKey")
    body["items"][0]["segmentKey"] = segment["segmentKey"]
    assert api.post("/order/api/v1/prices", json=body).status_code == 200


def test_oneday_needs_a_segment_key(api):
    response = api.post("/order/api/v1/prices", json=tasking_body(api, "neo", "PleiadesNeoOneDay", ATHENS))
    assert (response.status_code, response.json()["field"]) == (400, "items[0].segmentKey")


def test_segment_after_its_deadline_is_rejected(api, simulator):
    segment = _first_segment(api, simulator)
    simulator.clock.advance(2 * 24 * HOUR)
    body = tasking_body(api, "neo", "PleiadesNeoOneDay", ATHENS, segment_key=segment["segmentKey"])
    response = api.post("/order/api/v1/orders", json=body)
    assert response.status_code == 400 and "deadline" in response.json()["message"]


def _line(api, reference):
    (line,) = api.orders(f"customerReference:{reference}")
    return line


def test_pneo_oneday_proposed_acquisition_accepted_then_delivered(api, simulator):
    segment = _first_segment(api, simulator)
    body = tasking_body(
        api,
        "neo",
        "PleiadesNeoOneDay",
        ATHENS,
        reference="oneday-1",
        segment_key=segment["segmentKey"],
        threshold=0,
    )  # every acquisition is only proposed
    order = api.post("/order/api/v1/orders", json=body)
    assert order.status_code == 201
    line = _line(api, "oneday-1")
    assert line["status"] == "IN_PROGRESS" and line["source"] == "tasking"
    simulator.clock.advance(40 * HOUR)
    coverage = api.post(
        "/order/api/v1/coverages/search",
        json={
            "paging": {"itemsPerPage": 100, "startIndex": 0},
            "criteria": {"q": f"orderItemId:{line['orderItemId']} AND (status:PROPOSED OR status:VALIDATED)"},
        },
    )
    (item,) = coverage.json()["features"]
    assert item["status"] == "PROPOSED" and item["coverageItemId"].startswith("CIE_")
    assert api.post(f"/order/api/v1/coverages/{item['coverageItemId']}/accept").status_code == 200
    assert api.post(f"/order/api/v1/coverages/{item['coverageItemId']}/accept").status_code == 409
    simulator.clock.advance(2 * HOUR)
    assert _line(api, "oneday-1")["status"] == "DELIVERED"
    delivered = api.search(workspace=api.user.workspace_id, customerReference="oneday-1")["features"]
    assert len(delivered) == 1
    assert delivered[0]["properties"]["internalReference"] == order.json()["salesOrderId"]


def test_pneo_refused_oneday_acquisition_closes_the_line(api, simulator):
    segment = _first_segment(api, simulator)
    body = tasking_body(
        api,
        "neo",
        "PleiadesNeoOneDay",
        ATHENS,
        reference="oneday-2",
        segment_key=segment["segmentKey"],
        threshold=0,
    )
    api.post("/order/api/v1/orders", json=body)
    simulator.clock.advance(40 * HOUR)
    item = api.post("/order/api/v1/coverages/search", json={"criteria": {"q": "status:PROPOSED"}}).json()[
        "features"
    ][0]
    assert api.post(f"/order/api/v1/coverages/{item['coverageItemId']}/refuse").json()["status"] == "REFUSED"
    assert _line(api, "oneday-2")["status"] == "CLOSED"


def test_pneo_oneplan_auto_validated_and_delivered(api, simulator):
    period = f"{window(simulator, 24, 24 * 10)['startDate']} {window(simulator, 24, 24 * 10)['endDate']}"
    body = tasking_body(api, "neo", "PleiadesNeoOnePlan", ATHENS, reference="oneplan-1", period=period)
    assert api.post("/order/api/v1/orders", json=body).status_code == 201
    simulator.clock.advance(24 * 4 * HOUR)
    line = _line(api, "oneplan-1")
    assert line["status"] == "DELIVERED"
    assert line["tasking"]["totalCoverageItems"] == 1


def test_pneo_tasking_stop_and_cancel(api, simulator):
    period = f"{window(simulator, 24, 24 * 10)['startDate']} {window(simulator, 24, 24 * 10)['endDate']}"
    api.post(
        "/order/api/v1/orders",
        json=tasking_body(api, "neo", "PleiadesNeoOnePlan", ATHENS, reference="c1", period=period),
    )
    api.post(
        "/order/api/v1/orders",
        json=tasking_body(api, "neo", "PleiadesNeoOnePlan", ATHENS, reference="s1", period=period),
    )
    cancelled = api.post(f"/order/api/v1/orders/{_line(api, 'c1')['orderItemId']}/cancel")
    assert cancelled.status_code == 200 and cancelled.json()["status"] == "CANCELLED"
    stopped = api.post(f"/order/api/v1/orders/{_line(api, 's1')['orderItemId']}/stop")
    assert stopped.json()["status"] == "STOPPED"
    assert api.post(f"/order/api/v1/orders/{_line(api, 's1')['orderItemId']}/stop").status_code == 409
    simulator.clock.advance(24 * 10 * HOUR)
    assert _line(api, "c1")["status"] == "CANCELLED"


def test_pneo_manual_tasking_needs_a_quotation(api, simulator):
    period = f"{window(simulator, 24, 24 * 10)['startDate']} {window(simulator, 24, 24 * 10)['endDate']}"
    body = tasking_body(
        api, "neo", "PleiadesNeoOnePlan", ATHENS, reference="manual-1", period=period, automation="MANUAL"
    )
    response = api.post("/order/api/v1/orders", json=body)
    assert response.status_code == 400 and "quotation" in response.json()["message"]
    quotation = api.post("/order/api/v1/quotations", json=body)
    assert quotation.status_code == 201
    quotation_id = quotation.json()["quotationId"]
    accept = f"/order/api/v1/contracts/{api.user.neo}/quotations/{quotation_id}/accept"
    assert api.put(accept).status_code == 409  # the manual study is not finished
    simulator.clock.advance(3 * HOUR)
    assert api.orders(f"cis.quotation:{quotation_id} AND quotationStatus:SENT")
    accepted = api.put(accept)
    assert accepted.status_code == 200 and accepted.json()["salesOrderId"].startswith("SAL")
    line = _line(api, "manual-1")
    assert (line["quotationStatus"], line["status"]) == ("ACCEPTED", "IN_PROGRESS")


def test_quotation_refused(api, simulator):
    period = f"{window(simulator, 24, 24 * 10)['startDate']} {window(simulator, 24, 24 * 10)['endDate']}"
    body = tasking_body(api, "neo", "PleiadesNeoOnePlan", ATHENS, reference="q-2", period=period)
    quotation_id = api.post("/order/api/v1/quotations", json=body).json()["quotationId"]
    response = api.put(f"/order/api/v1/contracts/{api.user.neo}/quotations/{quotation_id}/refuse")
    assert response.json()["quotationStatus"] == "REFUSED"
    assert _line(api, "q-2")["status"] == "CANCELLED"
    assert (
        api.put(f"/order/api/v1/contracts/{api.user.neo}/quotations/{quotation_id}/accept").status_code == 409
    )


def test_legacy_tasking_segments_refused_then_accepted_then_completed(api, simulator):
    period = f"{window(simulator, 24, 24 * 10)['startDate']} {window(simulator, 24, 24 * 10)['endDate']}"
    body = tasking_body(
        api, "legacy", "PleiadesTaskingOnePlan", ATHENS, reference="icr-1", period=period, threshold=0
    )
    assert api.post("/order/api/v1/orders", json=body).status_code == 201
    contract = api.user.legacy
    (tracked,) = api.get(
        f"/order/api/v1/contracts/{contract}/taskings", params={"customerRef": "icr-1"}
    ).json()["taskings"]
    tasking = api.get(f"/order/api/v1/contracts/{contract}/taskings/{tracked['icr']['id']}").json()
    assert tasking["status"] == "In Progress"
    simulator.clock.advance(2 * 24 * HOUR)
    segments_path = f"/order/api/v1/contracts/{contract}/taskings/{tasking['taskingId']}/segments"
    (segment,) = api.get(segments_path).json()["segments"]
    assert segment["status"] == "Proposed" and segment["asDetail1"]["catalogId"].startswith("DS_PHR")
    assert api.post(f"{segments_path}/{segment['id']}/refuse").json()["status"] == "Refused"
    simulator.clock.advance(2 * 24 * HOUR)
    second = api.get(segments_path).json()["segments"][-1]
    assert second["status"] == "Proposed" and second["id"] != segment["id"]
    assert api.post(f"{segments_path}/{second['id']}/accept").json()["status"] == "Validated"
    simulator.clock.advance(2 * HOUR)
    tasking = api.get(f"/order/api/v1/contracts/{contract}/taskings/{tasking['taskingId']}").json()
    assert tasking["status"] == "Completed"
    assert api.search(workspace=api.user.workspace_id, customerReference="icr-1")["totalResults"] == 1


def test_legacy_manual_tasking_starts_with_a_feasibility_study_and_can_be_cancelled(api, simulator):
    period = f"{window(simulator, 24, 24 * 10)['startDate']} {window(simulator, 24, 24 * 10)['endDate']}"
    body = tasking_body(
        api,
        "legacy",
        "SpotTaskingOnePlan",
        square(23.73, 37.98, 0.15),
        reference="icr-2",
        period=period,
        automation="MANUAL",
    )
    assert api.post("/order/api/v1/orders", json=body).status_code == 201
    path = f"/order/api/v1/contracts/{api.user.legacy}/taskings"
    (tracked,) = api.get(path, params={"customerRef": "icr-2"}).json()["taskings"]
    tasking = api.get(f"{path}/{tracked['icr']['id']}").json()
    assert tasking["status"] == tracked["icr"]["status"] == "Feasibility study in progress"
    assert api.post(f"{path}/{tasking['taskingId']}/cancel", json={}).json() == {}
    assert api.get(f"{path}/{tasking['taskingId']}").json()["status"] == "Canceled"
    assert api.post(f"{path}/{tasking['taskingId']}/cancel", json={}).status_code == 409
