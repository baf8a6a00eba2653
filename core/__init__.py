"""OneAtlas Pay-Per-Order client in plain Python (requests, shapely, pyproj): no QGIS or Qt import here.

Public API: ``OneAtlasClient``, ``errors``, ``models`` and the order request types.
"""

from importlib import import_module

# Importing ``core`` (or any of its light modules: errors, log, endpoints, products...) must not import
# requests, shapely or pyproj: QGIS imports the plugin at every start, and the heavy libraries are needed
# only once a connection or an AOI is wanted. So the public names are resolved on first use (PEP 562).
_EXPORTS = {
    "errors": None,
    "models": None,
    "ArchiveSearch": "catalog",
    "OneAtlasClient": "client",
    "ORIGIN_ENV_VAR": "endpoints",
    "Endpoints": "endpoints",
    "RetryPolicy": "http",
    "LOGGER": "log",
    "LOGGER_NAME": "log",
    "Account": "models",
    "Contract": "models",
    "OrderResult": "order_models",
    "Price": "models",
    "ProductType": "models",
    "Scene": "models",
    "SearchPage": "models",
    "ArchiveOrderRequest": "orders",
    "TaskingOrderRequest": "orders",
    "new_customer_reference": "orders",
    "TaskingSearch": "tasking",
}


def __getattr__(name):
    if name not in _EXPORTS and name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module = _EXPORTS.get(name, "errors")  # every other public name is an error class
    value = import_module(f"{__name__}.{module or name}")
    if module is not None:
        value = getattr(value, name)
    globals()[name] = value
    return value


def __dir__():
    return sorted(set(globals()) | set(__all__))


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
