"""Smaller endpoints: quotation export, legacy quotation refusal, search domains and v1 alias,
taskings filters, refresh() for tests that read state without a request."""

import requests

from .helpers import Api, archive_body, square, tasking_body, window


def test_quotation_export_is_a_pdf(simulator, demo_user):
    api = Api(simulator, demo_user)
    body = archive_body(api, "neo", api.first_scene("public-pneo", "PNEO"))
    quotation = api.post("/order/api/v1/quotations", json=body).json()["quotationId"]
    response = api.get(f"/order/api/v1/quotations/{quotation}/export")
    assert response.status_code == 200 and response.content.startswith(b"%PDF")


def test_quotations_are_for_neo_contracts_only(simulator, demo_user):
    api = Api(simulator, demo_user)
    body = archive_body(api, "legacy", api.first_scene("public", "PHR"))
    response = api.post("/order/api/v1/quotations", json=body)
    assert (response.status_code, response.json()["field"]) == (400, "contractId")


def test_search_domains_and_v1_alias(simulator):
    domains = requests.get(simulator.origin + "/search/api/v2/opensearch/domains/processingLevel", timeout=10)
    assert domains.json()["processingLevel"] == ["ALBUM"] and "warning" in domains.json()
    legacy = requests.get(
        simulator.origin + "/search/api/v1/opensearch", params={"workspace": "public"}, timeout=10
    )
    assert legacy.status_code == 200 and legacy.json()["totalResults"] > 0


def test_taskings_list_filters(simulator, demo_user):
    api = Api(simulator, demo_user)
    period = f"{window(simulator, 24, 240)['startDate']} {window(simulator, 24, 240)['endDate']}"
    for reference in ("t-a", "t-b"):
        body = tasking_body(
            api, "legacy", "PleiadesTaskingOnePlan", square(23.73, 37.98), reference=reference, period=period
        )
        assert api.post("/order/api/v1/orders", json=body).status_code == 201
    path = f"/order/api/v1/contracts/{demo_user.legacy}/taskings"
    assert api.get(path).json()["totalResults"] == 2
    # "Track Orders with Customerref" answers in its documented shape: the tasking nested in "icr"
    (tracked,) = api.get(path, params={"customerRef": "t-b"}).json()["taskings"]
    assert tracked["icr"]["customerRef"] == "t-b" and tracked["sal"].startswith("SAL")
    assert tracked["icr"]["id"].startswith("ICR") and tracked["icr"]["status"] == "In Progress"
    assert api.get(path, params={"status": "Completed"}).json()["taskings"] == []
    assert api.get(f"{path}/ICR00000000").status_code == 404


def test_refresh_applies_due_steps_without_a_request(simulator, demo_user):
    api = Api(simulator, demo_user)
    body = archive_body(api, "legacy", api.first_scene("public", "SPOT"))
    sales_order = api.post("/order/api/v1/orders", json=body).json()["salesOrderId"]
    simulator.clock.advance(3 * 3600)
    simulator.refresh()
    assert [line["status"] for line in simulator.orders[sales_order].items] == ["DELIVERED"]
