"""Order requests built from algorithm parameters: the same core request is priced, then placed, exactly as
the dock does it (core/orders.py, core/products.py). No Qt widget here, only parameter values."""

import json
from dataclasses import dataclass
from typing import Dict, List, Optional, Tuple

from qgis.PyQt.QtCore import QCoreApplication

from ..core import errors
from ..core.models import NEO
from ..core.orders import ArchiveOrderRequest, new_customer_reference
from ..core.products import CONSTELLATION_NAMES, archive_product_type, backend_of_constellation
from .base import check_cancelled


def tr(text: str) -> str:
    return QCoreApplication.translate("OneAtlasProcessing", text)


# Used when only a price is asked for and the caller gave no end user details: the price body is the order
# body, which needs them (placeorder never uses these: it requires the real values).
PRICE_ONLY_END_USER = "Price estimate"
PRICE_ONLY_EMAIL = "price-estimate@example.org"


@dataclass
class Details:
    """The order's end-user fields; empty strings mean 'not given'."""

    market: str = ""
    end_user_name: str = ""
    end_user_country: str = ""
    email: str = ""
    reference: str = ""


def parse_options(text: str) -> Dict[str, str]:
    """PRODUCT_OPTIONS: a JSON object, or ``name=value`` pairs separated by ';' or new lines."""
    text = (text or "").strip()
    if not text:
        return {}
    if text.startswith("{"):
        try:
            value = json.loads(text)
        except ValueError:
            value = None
        if not isinstance(value, dict):
            raise errors.ValidationError(
                tr(
                    "The product options are not a valid JSON object; write them as name=value pairs "
                    "separated "
                    "by ';', for example processing_level=ortho;image_format=geotiff."
                ),
                field="options",
            )
        return {str(key): str(item) for key, item in value.items()}
    options = {}
    for part in text.replace("\n", ";").split(";"):
        if not part.strip():
            continue
        name, separator, value = part.partition("=")
        if not separator or not name.strip():
            raise errors.ValidationError(
                tr(
                    "'{part}' is not a product option: write name=value, for example processing_level=ortho."
                ).format(part=part.strip()),
                field="options",
            )
        options[name.strip()] = value.strip()
    return options


def group_by_constellation(scenes) -> List[Tuple[str, list]]:
    groups: Dict[str, list] = {}
    for scene in scenes:
        groups.setdefault(scene.constellation.upper(), []).append(scene)
    return sorted(groups.items(), key=lambda pair: pair[0])


def filled_details(client, contract, details: Details, price_only: bool) -> Details:
    """The details to send: given values, or (price only) the contract's first market and stand-ins."""
    market = details.market
    if not market:
        if not price_only:
            raise errors.ValidationError(
                tr("Give the market the images are for (PRIMARY_MARKET)."), field="primaryMarket"
            )
        markets = client.markets(contract.contract_id)
        market = markets[0].id if markets else ""
    country = details.end_user_country
    if not country and price_only and contract.backend == NEO:
        countries = client.countries()
        country = countries[0].id if countries else "FR"
    return Details(
        market=market,
        end_user_name=details.end_user_name or (PRICE_ONLY_END_USER if price_only else ""),
        end_user_country=country,
        email=details.email or (PRICE_ONLY_EMAIL if price_only else ""),
        reference=details.reference or new_customer_reference("price" if price_only else "qgis-processing"),
    )


def archive_request(
    client,
    constellation: str,
    scenes,
    aoi,
    option_choice: dict,
    details: Details,
    price_only: bool,
    feedback=None,
) -> ArchiveOrderRequest:
    """The archive order request for scenes of one constellation (one contract, one product)."""
    contract = client.contract_for_backend(backend_of_constellation(constellation))
    product_type = archive_product_type(
        client.product_types(contract.contract_id), constellation, contract.contract_id
    )
    check_cancelled(feedback)
    resolved = client.options(contract.contract_id, product_type.product_type_id, aoi).resolve(option_choice)
    resolved.raise_for_problems()
    for name, value in sorted(resolved.defaults.items()):
        if feedback is not None:
            feedback.pushInfo(
                tr("{product}: option {name} = {value} (default)").format(
                    product=product_type.label, name=name, value=value
                )
            )
    check_cancelled(feedback)
    filled = filled_details(client, contract, details, price_only)
    fields = request_fields(contract, product_type.product_type_id, aoi, resolved, filled)
    return ArchiveOrderRequest(scenes=list(scenes), **fields)


def request_fields(contract, product_type_id, aoi, resolved, filled) -> dict:
    """What every order request (archive or tasking) is given: contract, product, AOI, options and the
    commercial details."""
    return {
        "contract_id": contract.contract_id,
        "product_type_id": product_type_id,
        "aoi": aoi,
        "options": resolved.values,
        "primary_market": filled.market,
        "customer_reference": filled.reference,
        "notification_email": filled.email,
        "end_user_name": filled.end_user_name or None,
        "end_user_country": filled.end_user_country or None,
    }


def one_constellation(scenes) -> str:
    """An order is one product: scenes of one constellation. Refuse a mixed selection in words."""
    groups = group_by_constellation(scenes)
    if len(groups) != 1:
        names = ", ".join(CONSTELLATION_NAMES.get(code, code) for code, _ in groups)
        raise errors.ValidationError(
            tr(
                "One order holds scenes of one constellation; these scenes are {names}. Select the scenes "
                "of one "
                "constellation (or run the algorithm once per constellation)."
            ).format(names=names),
            field="items",
        )
    return groups[0][0]


def currency_problem(price, currency: Optional[str]) -> Optional[str]:
    if currency and price.currency and price.currency.upper() != currency.strip().upper():
        return tr(
            "The price is in {price_currency}, not in {currency}: nothing was ordered. Give MAX_PRICE "
            "in {price_currency}."
        ).format(price_currency=price.currency, currency=currency.upper())
    return None
