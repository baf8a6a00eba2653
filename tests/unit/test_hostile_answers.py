"""Hostile and odd answers are typed errors with sentences or sensible defaults, never a Python exception
escaping core/: deep JSON, wrong-typed /me and contract fields, NaN/Infinity counts, empty bodies."""

import pytest

from oneatlas_ppo.core import OneAtlasClient, RetryPolicy, errors
from oneatlas_ppo.core.catalog import SEARCH_PATH, ArchiveSearch

from .core_support import TOULOUSE
from .hostile import API_KEY, HostileServer, answer

ME = {"id": "user-1", "name": "Tester", "contract": {"workspaceId": "ws-1"}}
CONTRACTS = {
    "contracts": [{"contractId": "C1", "name": "One", "backendSource": "legacy", "creditRemaining": "5"}]
}


def raw_json(text, status=200):
    def handler(_server, _request, conn):
        answer(conn, status, text.encode(), {"Content-Type": "application/json"}, reason="X")

    return handler


def account_from(me_text, contracts_text=None):
    import json

    routes = {
        "/data/api/v1/me": raw_json(me_text),
        "/order/api/v1/contracts": raw_json(contracts_text or json.dumps(CONTRACTS)),
    }
    with HostileServer(routes) as server:
        return OneAtlasClient(API_KEY, origin=server.origin, retry=RetryPolicy(max_attempts=1)).account()


@pytest.mark.parametrize(
    "text",
    [
        "[" * 100000 + "]" * 100000,  # the reproduced case: RecursionError before
        '{"a":' * 50000 + "1" + "}" * 50000,
        '{"id": "user-1", "contract": ' + "[" * 100000 + "]" * 100000 + "}",
    ],
    ids=["deep arrays", "deep objects", "deep field inside a normal answer"],
)
def test_deeply_nested_json_is_an_unexpected_response(text):
    with pytest.raises(errors.UnexpectedResponseError, match="does not understand"):
        account_from(text)


@pytest.mark.parametrize(
    "me, expected",
    [
        (
            '{"id": 5, "name": ["x"], "contract": ["not", "a", "dict"], "roles": "admin"}',
            ("5", "", "", ["admin"]),
        ),
        (
            '{"id": {"x": 1}, "username": "u", "contract": {"workspaceId": [1], "name": 3}, "roles": 7}',
            ("", "u", "", ["7"]),
        ),
        (
            '{"id": null, "email": "e@x", "contract": null, "roles": [null, {}, "user"]}',
            ("", "e@x", "", ["user"]),
        ),
    ],
    ids=["lists where objects belong", "objects where strings belong", "nulls"],
)
def test_wrong_typed_me_fields_are_read_as_absent(me, expected):
    account = account_from(me)
    assert (account.user_id, account.name, account.workspace_id, account.roles) == expected


@pytest.mark.parametrize(
    "contracts, expected",
    [
        (
            '{"contracts": [{"contractId": "C1", "name": {"x": 1}, "delivery": "x", "creditRemaining": {}}]}',
            ("C1", "", None),
        ),
        (
            '{"contracts": [{"contractId": "C1", "name": ["n"], "delivery": [{"deliveryWorkspace": 4.5}]}]}',
            ("C1", "", "4.5"),
        ),
        (
            '{"contracts": [{"contractId": "C1", "currency": {"code": "EUR"}, "delivery": [[1]]}]}',
            ("C1", "", None),
        ),
    ],
    ids=["object name", "list name, number workspace", "object currency"],
)
def test_wrong_typed_contract_fields_give_a_usable_contract(contracts, expected):
    (contract,) = account_from('{"id": "u"}', contracts).contracts
    assert (contract.name, contract.currency, contract.delivery_workspace) == expected
    assert contract.contract_id == "C1" and contract.credit_remaining is None


@pytest.mark.parametrize("credit", ["NaN", "Infinity", "-Infinity", '"NaN"', '"inf"', "1e999"])
def test_nan_or_infinite_credit_is_unknown_not_a_number(credit):
    contracts = f'{{"contracts": [{{"contractId": "C1", "creditRemaining": {credit}}}]}}'
    assert account_from('{"id": "u"}', contracts).contracts[0].credit_remaining is None


@pytest.mark.parametrize("total", ["NaN", "Infinity", '"-Infinity"', "1e999"])
def test_nan_or_infinite_counts_in_search_results_default_to_what_was_received(total):
    routes = {
        "/search" + SEARCH_PATH: raw_json(f'{{"totalResults": {total}, "itemsPerPage": NaN, "features": []}}')
    }
    with HostileServer(routes) as server:
        client = OneAtlasClient(API_KEY, origin=server.origin, retry=RetryPolicy(max_attempts=1))
        page = client.search_archive(ArchiveSearch(aoi=TOULOUSE, constellations=["PHR"]))
    assert page.total == 0 and page.scenes == [] and page.items_per_page > 0


def empty(status):
    def handler(_server, _request, conn):
        answer(conn, status, b"", reason="X")

    return handler


@pytest.mark.parametrize("status", [200, 201, 204])
def test_an_empty_body_where_data_is_expected_is_an_error_not_an_empty_answer(status):
    routes = {"/data/api/v1/me": empty(status), "/order/api/v1/contracts": raw_json('{"contracts": []}')}
    with HostileServer(routes) as server:
        client = OneAtlasClient(API_KEY, origin=server.origin, retry=RetryPolicy(max_attempts=1))
        with pytest.raises(errors.UnexpectedResponseError, match="empty answer instead of your account"):
            client.account()


def test_an_empty_confirmation_is_a_success():
    routes = {"/order/api/v1/orders/WOI_1/cancel": empty(204)}
    with HostileServer(routes) as server:
        client = OneAtlasClient(API_KEY, origin=server.origin, retry=RetryPolicy(max_attempts=1))
        assert client.cancel_order_item("WOI_1") == {}


@pytest.mark.parametrize("expires_in", ["NaN", "Infinity", '"soon"', "-5", "[1]"])
def test_an_odd_token_lifetime_falls_back_to_the_documented_hour(expires_in):
    from .hostile import TOKEN

    routes = {TOKEN: raw_json(f'{{"access_token": "tok-odd", "expires_in": {expires_in}}}')}
    with HostileServer(routes) as server:
        client = OneAtlasClient(API_KEY, origin=server.origin, retry=RetryPolicy(max_attempts=1))
        client.sign_in()
        client.sign_in()
        assert server.paths().count(TOKEN) == 1  # reused, not renewed on every call
