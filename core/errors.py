"""Typed errors of the OneAtlas client. ``str(error)`` is a sentence a user can act on.

Every message goes through ``log.redact`` so that no API key or token can end up in a dialog or a log.
"""

from .i18n import Text, localized, sentences
from .log import redact
from .names import LEGACY, NEO, backend_name


def _redacted(message):
    """Secrets masked; a translatable sentence (core.i18n.Text) keeps its template."""
    return message.map_params(redact) if isinstance(message, Text) else redact(message)


class OneAtlasError(Exception):
    """Base class of every error raised by the client."""

    default_message = Text("The OneAtlas request failed.")

    def __init__(self, message=None, *, status=None, server_message=None, correlation_id=None):
        self.message = _redacted(message or self.default_message)
        self.status = status
        self.server_message = redact(server_message) if server_message else None
        self.correlation_id = correlation_id
        super().__init__(self.message)

    def __str__(self):
        return localized(self.message)

    def __repr__(self):
        return f"{type(self).__name__}({self.message!r})"


class ConfigurationError(OneAtlasError):
    default_message = Text("The OneAtlas client is not configured correctly.")


class AuthenticationError(OneAtlasError):
    default_message = Text(
        "OneAtlas rejected the API key. Check the key in the plugin settings (it may have been revoked "
        "or mistyped) and create a new one on the OneAtlas portal if needed."
    )


class PermissionDeniedError(OneAtlasError):
    default_message = Text(
        "Your OneAtlas account is not allowed to do this. Check that your contract covers this product, "
        "or contact your Airbus account manager."
    )


class NotFoundError(OneAtlasError):
    default_message = Text("OneAtlas does not know this item (it may have been removed or the id is wrong).")


class ValidationError(OneAtlasError):
    """The server (or the client, before sending) refused the request's content.

    ``field`` is the server's path (``items[0].datastripIds[0]``); ``user_field`` the setting a user can
    change (core.field_words.USER_FIELDS), or None when nothing the user can change caused the refusal:
    the message then says what to do instead. The message never asks to "correct field items[0]...".
    """

    def __init__(self, message=None, *, field=None, server_message=None, user_field=None, **kwargs):
        from .field_words import describe

        self.field = field
        mapped_field, sentence = describe(field, server_message)
        self.user_field = user_field or mapped_field
        super().__init__(message or sentence, server_message=server_message, **kwargs)

    def for_order(self, reference):
        """The same error, its message naming the order reference when only support can help."""
        if self.user_field is None and reference and reference not in self.message:
            from .field_words import support_sentence, without_support

            text = self.message
            marker = text.find(" Contact ")
            if marker >= 0:
                text = text[:marker]
            support = support_sentence(reference, self.correlation_id)
            head = without_support(self.message) if marker >= 0 else self.message
            if isinstance(head, Text) and str.__str__(head) == str.__str__(text):
                self.message = _redacted(sentences(head, support))  # still translatable
            else:
                self.message = redact(f"{text} {support}")
            self.args = (self.message,)
        return self


class InsufficientCreditError(ValidationError):
    def __init__(self, message=None, **kwargs):
        super().__init__(
            message
            or Text("Your contract does not have enough credit for this order. "
                    "Reduce the area or top up the contract."),
            **kwargs,
        )


class ContractNotAvailableError(OneAtlasError):
    """The account has no contract on the back-end a product needs (neo: Pleiades Neo, legacy: others)."""


class InvalidAoiError(ValidationError):
    def __init__(self, problems, message=None):
        self.problems = list(problems)
        details = "; ".join(getattr(problem, "message", str(problem)) for problem in self.problems)
        single = getattr(self.problems[0], "message", None) if len(self.problems) == 1 else None
        super().__init__(
            message
            or Text("The area of interest cannot be ordered: {details}. Fix it before asking for a price.",
                    details=single if isinstance(single, Text) else details),
            field="aoi",
        )


class TaskingWindowError(ValidationError):
    def __init__(self, message):
        super().__init__(message, field="acqPeriod")


class ManualFeasibilityError(OneAtlasError):
    """A MANUAL feasibility has no price and no direct order, on either back-end
    (docs/decisions/0014-manual-feasibility-never-orders.md)."""

    default_message = Text(
        "This tasking needs a manual feasibility study by Airbus (MANUAL feasibility): it has no price and "
        "cannot be ordered directly. Request a quotation instead."
    )
    legacy_message = Text(
        "Airbus must study this {legacy} tasking by hand (MANUAL feasibility): it has no price and "
        "cannot be ordered here. Through the API, quotations exist for {neo} only. Contact Airbus "
        "or use the OneAtlas portal to have it studied, or make the request automatic: a smaller area, a "
        "longer window or another offer.",
        legacy=backend_name(LEGACY), neo=backend_name(NEO),
    )

    @classmethod
    def for_backend(cls, backend):
        """The error in the words of ``backend`` ("neo": a quotation; "legacy": no quotation exists)."""
        return cls(cls.legacy_message if backend == LEGACY else None)


class RateLimitError(OneAtlasError):
    def __init__(self, message=None, *, retry_after=None, **kwargs):
        self.retry_after = retry_after
        if message is None:
            message = (Text("OneAtlas is receiving too many requests; wait {seconds} seconds and try again.",
                            seconds=f"{retry_after:g}") if retry_after
                       else Text("OneAtlas is receiving too many requests; wait a moment and try again."))
        super().__init__(message, **kwargs)


class ServerError(OneAtlasError):
    def __init__(self, message=None, **kwargs):
        status = kwargs.get("status")
        super().__init__(
            message or (Text("The OneAtlas service had an internal problem (HTTP {status}). Try again in a "
                             "few minutes.", status=str(status)) if status
                        else Text("The OneAtlas service had an internal problem. Try again in a few "
                                  "minutes.")),
            **kwargs,
        )


class NetworkError(OneAtlasError):
    """No usable answer: connection refused or dropped, DNS, proxy, TLS, or timeout."""

    def __init__(self, message=None, *, timed_out=False, proxy_failed=False, **kwargs):
        self.timed_out = timed_out
        self.proxy_failed = proxy_failed  # the proxy (QGIS settings) refused or failed the connection
        super().__init__(
            message
            or (
                Text("OneAtlas did not answer in time. Check your internet connection and proxy settings, "
                     "then try again.")
                if timed_out
                else Text("Could not reach OneAtlas through the proxy set in QGIS. Check the proxy settings "
                          "(Settings > Options > Network).")
                if proxy_failed
                else Text("Could not reach OneAtlas. Check your internet connection and the QGIS proxy "
                          "settings.")
            ),
            **kwargs,
        )


class UnexpectedResponseError(OneAtlasError):
    default_message = Text(
        "OneAtlas answered in a form this plugin does not understand (the API may have changed). "
        "Update the plugin, or report the problem with the diagnostics."
    )


class DuplicateOrderError(OneAtlasError):
    """The same order request (same customer reference) was already submitted: refusing to send it twice."""


class OrderNotPlacedError(OneAtlasError):
    """Lookups by reference over the whole reconciliation window never found the order: safe to try again."""

    def __init__(self, message=None, *, customer_reference=None, lookups=None, **kwargs):
        self.customer_reference = customer_reference
        self.state = "not_placed"
        super().__init__(
            message
            or (
                Text("The order '{reference}' was not placed: the connection failed while sending it and "
                     "OneAtlas has no record of it after {lookups} searches over several minutes. Nothing "
                     "was charged; you can safely try again.", reference=str(customer_reference),
                     lookups=str(lookups))
                if lookups else
                Text("The order '{reference}' was not placed: the connection failed while sending it and "
                     "OneAtlas has no record of it. Nothing was charged; you can safely try again.",
                     reference=str(customer_reference))
            ),
            **kwargs,
        )


class OrderOutcomeUnknownError(OneAtlasError):
    """The order may or may not exist: do NOT retry. ``state`` is the journal state: "checking" (the
    lookups go on: ``client.settle_pending()`` settles it) or "unknown" (they could not tell)."""

    def __init__(self, message=None, *, customer_reference=None, state="checking", **kwargs):
        self.customer_reference = customer_reference
        self.state = state
        if message is None and state == "unknown":
            message = Text(
                "The connection failed while placing the order '{reference}' and OneAtlas cannot "
                "show whether it was received. Do NOT order again before checking your OneAtlas order "
                "e-mails and delivered products for this reference.", reference=str(customer_reference)
            )
        super().__init__(
            message
            or Text(
                "The connection failed while placing the order '{reference}'; whether OneAtlas "
                "received it is being checked. Do NOT order again: the Orders tab shows the outcome within "
                "a few minutes.", reference=str(customer_reference)
            ),
            **kwargs,
        )


class DownloadCancelledError(OneAtlasError):
    default_message = Text("The download was cancelled; no file was kept.")


class ChecksumMismatchError(OneAtlasError):
    default_message = Text(
        "The downloaded file is corrupted (its checksum does not match the one announced by OneAtlas); "
        "it was deleted. Download it again."
    )


class CancelledError(OneAtlasError):
    """Work the user (or a newer refresh) cancelled: its result must not be shown."""

    default_message = Text("Cancelled.")
