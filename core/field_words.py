"""From a field path in an API refusal (``items[0].datastripIds[0]``, ``endUsers[0].country``) to the
setting a user can change, in words, or to what to do when nothing the user can change caused it.

``describe(field, server_message)`` -> (user_field or None, sentence). ``user_field`` is one of
USER_FIELDS: the name a form can use to put the message beside the right widget. None means no setting of
the user's caused the refusal: the sentence then says what to do instead (search again, contact support).
"""

import re

from .i18n import Text

USER_FIELDS = (
    "scenes",
    "aoi",
    "options",
    "market",
    "end_user_name",
    "country",
    "customer_reference",
    "email",
    "contract",
    "product",
    "attempt",
    "window",
    "tasking",
)
SUPPORT = "OneAtlas support (intelligence-customertechnicalsupport@fr.airbus.com)"
_OPTION_KEY = re.compile(r"option '([^']+)'", re.IGNORECASE)

# (pattern on the field path, user field, sentence). First match wins; order matters.
_RULES = (
    (
        r"datastripids|datasourceids|catalogitemid",
        "scenes",
        Text("This scene can no longer be ordered (OneAtlas no longer offers it in its archive): "
             "search again and choose another scene."),
    ),
    (
        r"segmentkey",
        "attempt",
        Text("The chosen acquisition attempt is no longer offered (its order deadline may have passed): "
             "list the attempts again and choose another one."),
    ),
    (r"enduser.*country|country", "country", Text("Choose the end user's country from the list.")),
    (r"enduser", "end_user_name",
     Text("Give the name of the end user (the organisation the images are for).")),
    (r"market", "market", Text("Choose the market the images are for from the list.")),
    (
        r"customerreference",
        "customer_reference",
        Text("Give the order another reference (letters, digits, - _ .)."),
    ),
    (r"notification|email|addressee", "email", Text("Give a valid e-mail address for the order notices.")),
    (r"optionsperproducttype|options", "options", None),
    (r"acqperiod|properties\[\d+\]\.value|properties$", "window", None),
    (r"^aoi|\.aoiid|aoi\[", "aoi", None),
    (r"contractid", "contract", None),
    (r"producttypeid", "product", None),
)


def describe(field, server_message=None):
    path = (field or "").strip()
    lowered = path.lower()
    detail = (server_message or "").strip().rstrip(".")
    for pattern, user_field, sentence in _RULES:
        if re.search(pattern, lowered):
            if user_field == "scenes" and "not found" not in detail.lower():
                return user_field, (
                    Text("OneAtlas refused the chosen scene for this product ({detail}): choose another "
                         "scene or another product.", detail=detail) if detail
                    else Text("OneAtlas refused the chosen scene for this product: choose another scene or "
                              "another product.")
                )
            return user_field, sentence or _default_sentence(user_field, detail)
    if detail and not path:
        return None, Text("OneAtlas refused the request: {detail}.", detail=detail)
    if detail:
        return None, Text("OneAtlas refused the request for a reason no setting in this plugin controls "
                          "({detail}). Contact {support}.", detail=detail, support=SUPPORT)
    return None, Text("OneAtlas refused the request for a reason no setting in this plugin controls. "
                      "Contact {support}.", support=SUPPORT)


def _default_sentence(user_field, detail):
    said = Text(" OneAtlas says: {detail}.", detail=detail) if detail else ""
    if user_field == "options":
        key = _OPTION_KEY.search(detail or "")
        if key:
            return Text("OneAtlas does not accept the production option '{option}' for this product and "
                        "area: change the options.{said}", option=key.group(1), said=said)
        return Text("OneAtlas does not accept a production option for this product and area: change the "
                    "options.{said}", said=said)
    if user_field == "window":
        return Text("OneAtlas does not accept the tasking settings (window, angles or cloud cover): "
                    "change them.{said}", said=said)
    if user_field == "aoi":
        return Text("OneAtlas does not accept the area of interest: change it on the AOI tab.{said}",
                    said=said)
    if user_field == "contract":
        return Text("OneAtlas does not accept this contract for the order: choose another contract.{said}",
                    said=said)
    if user_field == "product":
        return Text("OneAtlas does not offer this product on this contract: choose another product.{said}",
                    said=said)
    return Text("OneAtlas refused the request.{said}", said=said)


def without_support(message):
    """A refusal sentence of ``describe`` without its "Contact support." end (``for_order`` names the order
    reference instead), still translatable; None for any other sentence."""
    template = getattr(message, "template", None)
    params = getattr(message, "params", {})
    if template == ("OneAtlas refused the request for a reason no setting in this plugin controls "
                    "({detail}). Contact {support}."):
        return Text("OneAtlas refused the request for a reason no setting in this plugin controls "
                    "({detail}).", detail=params.get("detail"))
    if template == ("OneAtlas refused the request for a reason no setting in this plugin controls. "
                    "Contact {support}."):
        return Text("OneAtlas refused the request for a reason no setting in this plugin controls.")
    return None


def support_sentence(reference=None, correlation_id=None):
    if reference and correlation_id:
        return Text("Contact {support} with the order reference '{reference}' and the request id {request}.",
                    support=SUPPORT, reference=reference, request=correlation_id)
    if reference:
        return Text("Contact {support} with the order reference '{reference}'.", support=SUPPORT,
                    reference=reference)
    if correlation_id:
        return Text("Contact {support} with the request id {request}.", support=SUPPORT,
                    request=correlation_id)
    return Text("Contact {support}.", support=SUPPORT)
