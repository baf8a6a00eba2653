"""Which back-end, product type and name go with a constellation, a scene or an offer.

These are domain rules, not display code: the dock, the Processing provider and scripts all order through
them, so they live here, without Qt. Product type ids are never hard-coded (production spells SPOT's
archive product "SPOTArchive1.5Mono"): a product is recognised by the sensor and source the API reports.
"""

from . import errors
from .i18n import Text
from .names import BACKEND_NAMES, CONSTELLATION_NAMES, CONSTELLATIONS, LEGACY, NEO  # noqa: F401 (public)

# The product type's sensor id, as /api/v1/productTypes reports it, for each constellation.
SENSOR_OF_CONSTELLATION = {"PNEO": "pleiadesneo", "PHR": "pleiades", "SPOT": "spot"}


def backend_of_constellation(constellation: str) -> str:
    """Pléiades Neo is ordered on the neo back-end; Pléiades and SPOT on the legacy one."""
    return NEO if (constellation or "").upper() == "PNEO" else LEGACY


def backend_of_product_type(product_type) -> str:
    sensor = product_type.sensor or product_type.product_type_id.lower()
    return NEO if sensor.startswith("pleiadesneo") else LEGACY


def is_archive_product(product_type) -> bool:
    return not product_type.is_tasking and (
        product_type.source == "archive" or "archive" in product_type.product_type_id.lower())


def archive_product_type(product_types, constellation: str, contract_id: str = ""):
    """The archive product a scene of ``constellation`` is ordered as, among a contract's product types.

    "Mono" (one acquisition) is preferred over a "Multi" variant. Raises PermissionDeniedError in words when
    the contract sells none."""
    sensor = SENSOR_OF_CONSTELLATION.get((constellation or "").upper(), (constellation or "").lower())
    matching = [product for product in product_types
                if is_archive_product(product) and product.sensor == sensor]
    matching.sort(key=lambda product: (product.target != "mono", product.product_type_id))
    if matching:
        return matching[0]
    name = CONSTELLATION_NAMES.get((constellation or "").upper(), constellation)
    raise errors.PermissionDeniedError(Text(
        "Your contract '{contract}' offers no archive product for {constellation} scenes. "
        "Contact your Airbus account manager.", contract=str(contract_id), constellation=str(name)))


def tasking_product_types(product_types):
    """The tasking offers among a contract's product types, in the order the API lists them."""
    return [product for product in product_types if product.is_tasking]


__all__ = [
    "BACKEND_NAMES",
    "CONSTELLATIONS",
    "CONSTELLATION_NAMES",
    "SENSOR_OF_CONSTELLATION",
    "archive_product_type",
    "backend_of_constellation",
    "backend_of_product_type",
    "is_archive_product",
    "tasking_product_types",
]
