"""Which redirects a call may follow. requests never follows one itself (``allow_redirects=False``).

* The sign-in never follows a redirect: a 307/308 would make requests re-post ``apikey=<key>`` to whatever
  host the redirect names. It is an error in words.
* Only GET is followed (the API documents no redirect for a POST/PUT; re-posting an order body elsewhere
  is never safe). The followed request is a GET without body.
* The token goes only to OneAtlas's own service bases (Endpoints.service_of); a redirect to any other
  origin (another host, another port, another scheme) is followed without the token, as links are.
* Anything else in 3xx (no Location, 300, 304, a non-http scheme) is an error, never data.
See docs/reliability.md.
"""

from urllib.parse import urljoin, urlsplit

from . import errors
from .i18n import Text

MAX_REDIRECTS = 5


def _origin(url):
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else Text("an unknown address")


def redirect_target(call, response, endpoints):
    """The absolute URL to follow for this 3xx ``response``, or raise a OneAtlasError saying why not."""
    status = response.status_code
    location = (response.headers.get("Location") or "").strip()
    target = urljoin(call.url, location) if location else ""
    where = _origin(target) if target else Text("nowhere")
    if call.token_call:
        raise errors.UnexpectedResponseError(
            Text("The OneAtlas sign-in answered with a redirect (HTTP {status}) to {where}. The plugin "
                 "never sends your API key to a redirected address. Check the API address in the plugin "
                 "settings and the proxy settings, then try again.", status=str(status), where=where),
            status=status,
        )
    if call.method != "GET" or not target or status not in (301, 302, 303, 307, 308):
        # The status stays on the error: for an order POST, placement.py looks the order up by reference
        # on any 3xx (301/302/303 may have been acted upon; 307/308 prove nothing either).
        raise errors.UnexpectedResponseError(
            Text("OneAtlas answered with HTTP {status} (a redirect to {where}) where an answer was expected. "
                 "Try again later; if it persists, the API may have changed.", status=str(status),
                 where=where)
            if target else
            Text("OneAtlas answered with HTTP {status} where an answer was expected. Try again later; if it "
                 "persists, the API may have changed.", status=str(status)),
            status=status,
        )
    if urlsplit(target).scheme not in ("http", "https"):
        raise errors.UnexpectedResponseError(
            Text("OneAtlas redirected the request to an address this plugin cannot open ({where}).",
                 where=where),
            status=status,
        )
    return target
