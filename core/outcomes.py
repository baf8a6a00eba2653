"""What a failed order submission means for the user's money: was the order certainly not placed (correct
and send again), or may it exist (never send again; look it up)?

Every door that places orders (the dock, the Processing provider, scripts) decides through this one rule.
"""

from . import errors

NOT_PLACED = "not_placed"  # the server refused before creating anything: safe to correct and resend
MAY_EXIST = "may_exist"  # the answer was lost or cannot be trusted: never resend; check the orders

# Failures that prove the order was NOT created.
_PROOF_OF_NOT_PLACED = (
    errors.ValidationError,  # includes InsufficientCreditError, InvalidAoiError
    errors.OrderNotPlacedError,
    errors.AuthenticationError,
    errors.PermissionDeniedError,
    errors.ContractNotAvailableError,
    errors.RateLimitError,
    errors.NotFoundError,
)


def submission_outcome(error: BaseException) -> str:
    """NOT_PLACED or MAY_EXIST for an error raised by ``client.place_order`` (or a quotation request).

    A DuplicateOrderError means the journal already holds this reference: this call sent nothing, but an
    earlier one did, and that order exists or may exist, so it is never "correct and try again"."""
    if isinstance(error, (errors.OrderOutcomeUnknownError, errors.DuplicateOrderError)):
        return MAY_EXIST
    return NOT_PLACED if isinstance(error, _PROOF_OF_NOT_PLACED) else MAY_EXIST


def proves_not_placed(error: BaseException) -> bool:
    return submission_outcome(error) == NOT_PLACED


__all__ = ["MAY_EXIST", "NOT_PLACED", "proves_not_placed", "submission_outcome"]
