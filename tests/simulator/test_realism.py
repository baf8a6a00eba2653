"""The simulator misbehaves the way the real service may: orders searchable only after a delay, and it
does not misbehave where the real service would not (a delivered copy never hides its archive scene)."""

import pytest
import requests

from .helpers import Api, archive_body, modified

HOUR = 3600


@pytest.fixture
def api(simulator, demo_user):
    return Api(simulator, demo_user)


def test_a_new_order_is_searchable_only_after_the_configured_delay(api, simulator):
    simulator.search_delay = 30
    scene = api.first_scene("public", "PHR")
    assert (
        api.post(
            "/order/api/v1/orders", json=archive_body(api, "legacy", scene, reference="late-1")
        ).status_code
        == 201
    )
    assert api.orders("customerReference:*late-1*") == []  # created, not yet searchable
    simulator.clock.advance(29)
    assert api.orders("customerReference:late-1") == []
    simulator.clock.advance(1)
    (line,) = api.orders("customerReference:*late-1*")
    assert line["status"] == "IN_PROGRESS"


def test_the_search_delay_is_also_set_over_http(api, simulator):
    answer = requests.post(simulator.origin + "/_sim/search-delay", json={"seconds": 12}, timeout=10)
    assert answer.json() == {"seconds": 12} and simulator.search_delay == 12
    simulator.reset()
    assert simulator.search_delay == 0


@pytest.mark.parametrize("backend, constellation", [("legacy", "PHR"), ("legacy", "SPOT"), ("neo", "PNEO")])
def test_a_delivered_scene_can_be_ordered_again(api, simulator, backend, constellation):
    workspace = "public-pneo" if backend == "neo" else "public"
    scene = api.first_scene(workspace, constellation)
    body = archive_body(api, backend, scene, reference="again-1")
    assert api.post("/order/api/v1/orders", json=body).status_code == 201
    simulator.clock.advance(3 * HOUR)  # delivered: a copy with the same archiveIdentifier is in My Data
    assert api.search(workspace=api.user.workspace_id, customerReference="again-1")["totalResults"] == 1
    second = api.post("/order/api/v1/orders", json=modified(body, customerReference="again-2"))
    assert second.status_code == 201, second.text
