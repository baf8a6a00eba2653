"""API key -> bearer token, reused until shortly before it expires, renewed transparently.

There is no refresh token (refresh_expires_in is 0): renewal re-runs the api_key grant. The key and every
token are registered with the log redaction as soon as they are known, and never appear in a repr.

One sign-in per expiry: when many calls in flight meet the same refused token, each says which token was
refused (``invalidate(token)``); only the first forgets it, the others then find the new one, and the
sign-in itself runs under a lock, so the calls wait for one sign-in instead of each starting its own.
"""

import math
import threading
import time

from . import errors
from .answers import response_json
from .endpoints import TOKEN_PATH
from .i18n import Text
from .log import LOGGER, register_secret

RENEWAL_MARGIN_SECONDS = 60
RENEWAL_MARGIN_FRACTION = 0.1
DEFAULT_LIFETIME_SECONDS = 3600  # the documented value, used if the server omits expires_in
MAX_LIFETIME_SECONDS = 24 * 3600  # a larger (or infinite) expires_in is not believed: renew at least daily


class Secret:
    """A string that does not show itself in reprs, tracebacks' locals or f-strings."""

    __slots__ = ("_value",)

    def __init__(self, value):
        self._value = value
        register_secret(value)

    def reveal(self):
        return self._value

    def __repr__(self):
        return "Secret('***')"

    __str__ = __repr__

    def __bool__(self):
        return bool(self._value)


class TokenManager:
    def __init__(self, transport, api_key, *, clock=time.monotonic):
        if not api_key or not str(api_key).strip():
            raise errors.AuthenticationError(
                Text("No OneAtlas API key is set. Enter your API key in the plugin settings.")
            )
        self._transport = transport
        self._api_key = Secret(str(api_key).strip())
        self._clock = clock
        self._token = None
        self._renew_at = 0.0
        self._lock = threading.Lock()
        self.tokens_obtained = 0

    def __repr__(self):
        state = "signed in" if self._token else "signed out"
        return f"TokenManager({state})"

    def token(self):
        with self._lock:
            if self._token is None or self._clock() >= self._renew_at:
                self._fetch()
            return self._token.reveal()

    def invalidate(self, refused=None):
        """Forget the token the server refused; the next call signs in again. ``refused``: the token that
        was sent. If another call has already replaced it, nothing is forgotten (no second sign-in)."""
        with self._lock:
            if refused is None or (self._token is not None and self._token.reveal() == refused):
                self._token = None

    def _fetch(self):
        body = response_json(
            self._transport.request(
                "authenticate",
                "POST",
                TOKEN_PATH,
                idempotent=True,
                authenticated=False,
                token_call=True,
                data={"apikey": self._api_key.reveal(), "grant_type": "api_key", "client_id": "IDP"},
                headers={"Content-Type": "application/x-www-form-urlencoded"},
            ),
            what=Text("the sign-in answer"),
        )
        token = body.get("access_token") if isinstance(body, dict) else None
        if not isinstance(token, str) or not token:
            raise errors.UnexpectedResponseError(
                Text("OneAtlas accepted the API key but sent no usable token. Try again later.")
            )
        lifetime = _lifetime(body.get("expires_in"))
        margin = min(RENEWAL_MARGIN_SECONDS, lifetime * RENEWAL_MARGIN_FRACTION)
        self._token = Secret(token)
        self._renew_at = self._clock() + lifetime - margin
        self.tokens_obtained += 1
        LOGGER.info(
            "Signed in to OneAtlas; token valid for %d s, renewed %d s before expiry", lifetime, margin
        )


def _lifetime(value):
    """Seconds the token lives: ``expires_in`` when it is a sensible number, else the documented hour."""
    try:
        lifetime = float(value)
    except (TypeError, ValueError):
        return DEFAULT_LIFETIME_SECONDS
    if isinstance(value, bool) or not math.isfinite(lifetime) or lifetime <= 0:
        return DEFAULT_LIFETIME_SECONDS
    return min(lifetime, MAX_LIFETIME_SECONDS)
