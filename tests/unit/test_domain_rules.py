"""The domain rules of core/ that the dock, the Processing provider and scripts share, without QGIS: which
product a constellation or offer is ordered as (core.products, over the simulator's real product types),
and which failures prove an order was not placed (core.outcomes)."""

import pytest

from oneatlas_ppo.core import errors
from oneatlas_ppo.core.models import LEGACY, NEO
from oneatlas_ppo.core.outcomes import MAY_EXIST, NOT_PLACED, proves_not_placed, submission_outcome
from oneatlas_ppo.core.products import (
    archive_product_type,
    backend_of_constellation,
    backend_of_product_type,
    is_archive_product,
    tasking_product_types,
)

from .core_support import make_client


def product_types(client, backend):
    contract = client.contract_for_backend(backend)
    return contract.contract_id, client.product_types(contract.contract_id)


def test_each_constellation_is_ordered_on_its_backend():
    assert backend_of_constellation("PNEO") == NEO
    assert backend_of_constellation("pneo") == NEO
    assert backend_of_constellation("PHR") == LEGACY
    assert backend_of_constellation("SPOT") == LEGACY
    assert backend_of_constellation(None) == LEGACY


@pytest.mark.parametrize("backend, constellation, sensor", [
    (NEO, "PNEO", "pleiadesneo"), (LEGACY, "PHR", "pleiades"), (LEGACY, "SPOT", "spot")])
def test_a_scene_is_ordered_as_its_sensors_mono_archive_product(simulator, demo_user, backend, constellation,
                                                               sensor):
    contract_id, products = product_types(make_client(simulator, demo_user), backend)
    product = archive_product_type(products, constellation, contract_id)
    assert is_archive_product(product) and not product.is_tasking
    assert product.sensor == sensor and product.target == "mono"
    assert backend_of_product_type(product) == backend


def test_a_contract_without_that_archive_product_says_so_in_words(simulator, demo_user):
    contract_id, products = product_types(make_client(simulator, demo_user), LEGACY)
    with pytest.raises(errors.PermissionDeniedError) as refused:
        archive_product_type(products, "PNEO", contract_id)  # a legacy contract sells no Pleiades Neo
    assert contract_id in str(refused.value) and "Pléiades Neo" in str(refused.value)


def test_a_contract_of_the_other_back_end_is_refused_with_both_back_ends_names(simulator, demo_user):
    """The back-ends are named as the account header names them (core.names), never by their codes."""
    client = make_client(simulator, demo_user)
    with pytest.raises(errors.ContractNotAvailableError) as refused:
        client.contract_for_backend(NEO, demo_user.legacy)
    assert str(refused.value) == (f"Contract '{demo_user.legacy}' is a Pléiades & SPOT contract but this "
                                  "product needs a Pléiades Neo contract.")


def test_an_account_without_a_back_ends_contract_is_told_its_name(simulator, demo_user):
    del simulator.contracts[demo_user.legacy]
    with pytest.raises(errors.ContractNotAvailableError) as refused:
        make_client(simulator, demo_user).contract_for_backend(LEGACY)
    assert str(refused.value).startswith("Your OneAtlas account has no Pléiades & SPOT contract, which this "
                                         "product needs.")


@pytest.mark.parametrize("backend", [NEO, LEGACY])
def test_tasking_offers_are_the_tasking_product_types_in_the_apis_order(simulator, demo_user, backend):
    _contract_id, products = product_types(make_client(simulator, demo_user), backend)
    offers = tasking_product_types(products)
    assert offers and all(product.is_tasking for product in offers)
    assert offers == [product for product in products if product.is_tasking]
    assert not any(is_archive_product(product) for product in offers)
    assert {backend_of_product_type(product) for product in offers} == {backend}


@pytest.mark.parametrize("error", [
    errors.ValidationError("bad option"),
    errors.InsufficientCreditError(),
    errors.OrderNotPlacedError(),
    errors.AuthenticationError(),
    errors.PermissionDeniedError(),
    errors.ContractNotAvailableError(),
    errors.RateLimitError(retry_after=3),
    errors.NotFoundError(),
], ids=lambda error: type(error).__name__)
def test_a_refusal_before_anything_was_created_proves_not_placed(error):
    assert submission_outcome(error) == NOT_PLACED and proves_not_placed(error)


@pytest.mark.parametrize("error", [
    errors.OrderOutcomeUnknownError(),
    errors.DuplicateOrderError(),
    errors.ServerError(),
    errors.NetworkError(timed_out=True),
    errors.UnexpectedResponseError(),
    RuntimeError("anything else"),
], ids=lambda error: type(error).__name__)
def test_a_lost_or_untrustworthy_answer_means_the_order_may_exist(error):
    assert submission_outcome(error) == MAY_EXIST and not proves_not_placed(error)
