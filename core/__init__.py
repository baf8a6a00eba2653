"""OneAtlas Pay-Per-Order client in plain Python (requests, shapely, pyproj): no QGIS or Qt import here.

Public API: ``OneAtlasClient``, ``errors``, ``models`` and the order request types.
"""

from . import errors, models
from .catalog import ArchiveSearch
from .client import OneAtlasClient
from .endpoints import ORIGIN_ENV_VAR, Endpoints
from .errors import (
    AuthenticationError,
    ChecksumMismatchError,
    ContractNotAvailableError,
    DownloadCancelledError,
    DuplicateOrderError,
    InsufficientCreditError,
    InvalidAoiError,
    ManualFeasibilityError,
    NetworkError,
    NotFoundError,
    OneAtlasError,
    OrderNotPlacedError,
    OrderOutcomeUnknownError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    TaskingWindowError,
    UnexpectedResponseError,
    ValidationError,
)
from .http import RetryPolicy
from .log import LOGGER, LOGGER_NAME
from .models import Account, Contract, Price, ProductType, Scene, SearchPage
from .order_models import OrderResult
from .orders import ArchiveOrderRequest, TaskingOrderRequest, new_customer_reference
from .tasking import TaskingSearch

__all__ = [
    "OneAtlasClient",
    "ArchiveSearch",
    "ArchiveOrderRequest",
    "TaskingOrderRequest",
    "TaskingSearch",
    "new_customer_reference",
    "errors",
    "models",
    "Endpoints",
    "ORIGIN_ENV_VAR",
    "RetryPolicy",
    "LOGGER",
    "LOGGER_NAME",
    "Account",
    "Contract",
    "OrderResult",
    "Price",
    "ProductType",
    "Scene",
    "SearchPage",
    "OneAtlasError",
    "AuthenticationError",
    "PermissionDeniedError",
    "NotFoundError",
    "ValidationError",
    "InsufficientCreditError",
    "ContractNotAvailableError",
    "InvalidAoiError",
    "TaskingWindowError",
    "ManualFeasibilityError",
    "RateLimitError",
    "ServerError",
    "NetworkError",
    "UnexpectedResponseError",
    "DuplicateOrderError",
    "OrderNotPlacedError",
    "OrderOutcomeUnknownError",
    "DownloadCancelledError",
    "ChecksumMismatchError",
]
