"""Typed models of what the API returns, parsed defensively (see parsing.py).

Each model keeps the server's raw dict in ``raw`` (excluded from repr) for diagnostics and for fields
this client does not model yet.
"""

import math
from dataclasses import dataclass, field
from datetime import datetime

from .i18n import Text
from .names import LEGACY, NEO  # noqa: F401 (core.models.NEO stays public)
from .parsing import (
    as_bool,
    as_datetime,
    as_float,
    as_list,
    as_str,
    as_text,
    dicts,
    dig,
    geometry_from_geojson,
    require_dict,
)


def _finite(value):
    """NaN or an infinity is no amount: unknown (None), never shown."""
    return value if value is not None and math.isfinite(value) else None


def _raw():
    return field(default_factory=dict, repr=False, compare=False)


# ---------------------------------------------------------------------------------------------- account


@dataclass
class Contract:
    contract_id: str
    name: str
    backend: str  # "neo" (Pleiades Neo) or "legacy" (Pleiades, SPOT)
    credit_remaining: float = None
    currency: str = ""
    delivery_workspace: str = None
    delivery_platform_id: str = None
    contract_type: str = ""
    raw: dict = _raw()

    @classmethod
    def from_json(cls, data):
        data = require_dict(data, Text("a contract"))
        # delivery: an object in the schema, an array in the examples
        deliveries = dicts(data.get("delivery"))
        first = deliveries[0] if deliveries else {}
        backend = as_text(data.get("backendSource")).strip().lower()
        return cls(
            contract_id=as_text(data.get("contractId")),
            name=as_text(data.get("name")) or as_text(data.get("contractId")),
            backend=backend if backend in (NEO, LEGACY) else backend or LEGACY,
            credit_remaining=_finite(as_float(data.get("creditRemaining"))),  # a string in the API
            currency=as_text(data.get("currency")),
            delivery_workspace=as_text(first.get("deliveryWorkspace")) or None,
            delivery_platform_id=as_text(first.get("deliveryPlatformId")) or None,
            contract_type=as_text(data.get("contractType")),
            raw=data,
        )


@dataclass
class Account:
    user_id: str
    name: str
    workspace_id: str  # the "My Data" delivery workspace (legacy deliveries)
    workspace_name: str = ""
    contracts: list = field(default_factory=list)
    roles: list = field(default_factory=list)
    oneatlas_contract_name: str = ""
    raw: dict = _raw()

    def contracts_for(self, backend):
        return [contract for contract in self.contracts if contract.backend == backend]

    def contract(self, contract_id):
        for contract in self.contracts:
            if contract.contract_id == contract_id:
                return contract
        return None

    @classmethod
    def from_json(cls, me, contracts_body):
        me = require_dict(me, Text("your account details"))
        contracts_body = require_dict(contracts_body, Text("the list of contracts"))
        contract = me.get("contract")
        contract = contract if isinstance(contract, dict) else {}  # wrong-typed: as if absent
        contracts = [Contract.from_json(item) for item in dicts(contracts_body.get("contracts"))]
        workspace_id = as_text(contract.get("workspaceId"))
        for item in contracts:
            if item.backend == LEGACY and not item.delivery_workspace:
                item.delivery_workspace = workspace_id or None
        names = (me.get("name"), me.get("username"), me.get("email"), contract.get("companyName"))
        return cls(
            user_id=as_text(me.get("id")),
            name=next((as_text(name) for name in names if as_text(name)), ""),
            workspace_id=workspace_id,
            workspace_name=as_text(contract.get("workspaceName")),
            contracts=contracts,
            roles=[as_text(role) for role in as_list(me.get("roles")) if as_text(role)],
            oneatlas_contract_name=as_text(contract.get("name")),
            raw=me,
        )


@dataclass
class ProductType:
    product_type_id: str
    label: str
    source: str  # "archive" or "tasking"
    sensor: str  # e.g. "pleiadesneo", "pleiades", "spot"
    target: str  # e.g. "mono", "oneday", "oneplan"
    minimum_order_area_km2: float = 0.0
    description_url: str = ""
    raw: dict = _raw()

    @property
    def is_tasking(self):
        return self.source == "tasking" or "tasking" in self.product_type_id.lower()

    @classmethod
    def from_json(cls, data):
        data = require_dict(data, Text("a product type"))
        technical = dig(data, "technicalProduct", default={})
        product_type_id = as_str(data.get("productTypeId") or dig(technical, "id"))
        return cls(
            product_type_id=product_type_id,
            label=as_str(dig(technical, "label")) or product_type_id,
            source=as_str(dig(technical, "source", "id")).lower(),
            sensor=as_str(dig(technical, "sensor", "id")).lower(),
            target=as_str(dig(technical, "target", "id")).lower(),
            minimum_order_area_km2=as_float(data.get("minimumOrderAreaApplied"), 0.0),
            description_url=as_str(data.get("descriptionUrl")),
            raw=data,
        )


@dataclass
class Choice:
    """An id/label pair: markets, countries, option values."""

    id: str
    label: str
    children: list = field(default_factory=list)

    @classmethod
    def from_json(cls, data):
        data = data if isinstance(data, dict) else {"id": data}
        children = [
            cls.from_json(item) for item in dicts(data.get("secondaryMarket") or data.get("children"))
        ]
        identifier = as_str(data.get("id") or data.get("key") or data.get("code"))
        return cls(identifier, as_str(data.get("label") or data.get("name")) or identifier, children)


# ---------------------------------------------------------------------------------------------- catalog


@dataclass
class Scene:
    """One catalog item (archive scene, or delivered product)."""

    id: str
    geometry: object  # shapely geometry, WGS84
    constellation: str
    platform: str
    acquisition_date: datetime = None
    cloud_cover: float = None
    incidence_angle: float = None
    resolution: float = None
    processing_level: str = ""
    product_type: str = ""
    archive_identifier: str = ""
    acquisition_identifier: str = ""
    source_identifier: str = ""
    workspace_name: str = ""
    workspace_id: str = ""
    customer_reference: str = ""
    internal_reference: str = ""
    links: dict = field(default_factory=dict, repr=False)
    properties: dict = field(default_factory=dict, repr=False)

    @property
    def backend(self):
        """The contract back-end that orders this scene: neo for Pleiades Neo, legacy for Pleiades/SPOT."""
        return (
            NEO
            if self.constellation.upper() == "PNEO" or self.platform.upper().startswith("PNEO")
            else LEGACY
        )

    @property
    def order_identifier(self):
        """What the order body refers to: the catalog item id (neo) or the datastrip id (legacy)."""
        return self.id if self.backend == NEO else (self.archive_identifier or self.source_identifier)

    @classmethod
    def from_feature(cls, feature):
        feature = require_dict(feature, Text("a catalog item"))
        properties = feature.get("properties") if isinstance(feature.get("properties"), dict) else {}
        return cls(
            id=as_str(properties.get("id") or feature.get("id")),
            geometry=geometry_from_geojson(feature.get("geometry")),
            constellation=as_str(properties.get("constellation")),
            platform=as_str(properties.get("platform")),
            acquisition_date=as_datetime(properties.get("acquisitionDate")),
            cloud_cover=as_float(properties.get("cloudCover")),
            incidence_angle=as_float(properties.get("incidenceAngle")),
            resolution=as_float(properties.get("resolution")),
            processing_level=as_str(properties.get("processingLevel")),
            product_type=as_str(properties.get("productType")),
            archive_identifier=as_str(properties.get("archiveIdentifier")),
            acquisition_identifier=as_str(properties.get("acquisitionIdentifier")),
            source_identifier=as_str(properties.get("sourceIdentifier")),
            workspace_name=as_str(properties.get("workspaceName")),
            workspace_id=as_str(properties.get("workspaceId")),
            customer_reference=as_str(properties.get("customerReference")),
            internal_reference=as_str(properties.get("internalReference")),
            links=feature.get("_links") if isinstance(feature.get("_links"), dict) else {},
            properties=properties,
        )


@dataclass
class SearchPage:
    scenes: list
    total: int  # as reported by the server (capped at 10 000)
    page: int
    items_per_page: int

    @property
    def has_more(self):
        return (
            self.page * self.items_per_page < min(self.total, 10000)
            and len(self.scenes) >= self.items_per_page
        )


# ---------------------------------------------------------------------------------------------- prices


@dataclass
class ProductPrice:
    product_type_id: str
    amount: float
    area_km2: float = None  # the billed area (the minimum when it applies)
    requested_area_km2: float = None  # the area asked for (AOI, or AOI within the scene)
    price: float = None
    discount_value: float = 0.0
    minimum_applied: bool = False
    raw: dict = _raw()


@dataclass
class Price:
    total: float
    currency: str
    products: list = field(default_factory=list)
    discount_value: float = 0.0
    discount_percentage: float = 0.0
    raw: dict = _raw()

    @classmethod
    def from_json(cls, data, minimum_area_km2=None):
        data = require_dict(data, Text("the price"))
        total = as_float(data.get("totalAmount"))
        if total is None:
            total = as_float(data.get("total"))
        if total is None:
            raise_unexpected(Text("the price (no total amount)"))
        total = amount(total, Text("the price"))
        products = []
        for item in dicts(data.get("productTypes")):
            area = as_float(item.get("areaKm2"))
            minimum_applied = as_bool(item.get("orderMinimumApplied"), default=None)
            if minimum_applied is None:
                minimum_applied = bool(
                    area is not None and minimum_area_km2 and area <= minimum_area_km2 + 1e-9
                )
            products.append(
                ProductPrice(
                    product_type_id=as_str(item.get("productTypeId")),
                    amount=amount(as_float(item.get("amount"), 0.0), Text("the price")),
                    area_km2=area,
                    requested_area_km2=as_float(item.get("requestedArea")),
                    price=amount(as_float(item.get("price")), Text("the price")),
                    discount_value=as_float(item.get("discountValue"), 0.0),
                    minimum_applied=minimum_applied,
                    raw=item,
                )
            )
        return cls(
            total=total,
            currency=as_str(data.get("currency")),
            products=products,
            discount_value=as_float(data.get("discountValue"), 0.0),
            discount_percentage=as_float(data.get("discountPercentage"), 0.0),
            raw=data,
        )


def amount(value, what):
    """A sum of money as OneAtlas sent it: None, or a finite number >= 0. NaN, an infinity or a negative
    amount is an answer this plugin must not show as a price: UnexpectedResponseError."""
    if value is None:
        return None
    if not math.isfinite(value) or value < 0:
        raise_unexpected(Text("{what} (an impossible amount)", what=what))
    return value


def raise_unexpected(what):
    from .errors import UnexpectedResponseError

    raise UnexpectedResponseError(
        Text("OneAtlas sent {what} in an unexpected form (the API may have changed). "
             "Update the plugin or try later.", what=what)
    )

