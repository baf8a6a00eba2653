"""The order journal: every order intent written down before it is sent, and its outcome after.

An order costs money, and the guard against sending the same customer reference twice must outlive the
client object that sent it: a new client, a new QGIS session or the Processing provider read the same
journal (a small JSON file in the QGIS profile, whose path the caller gives). Without a path the journal
lives in memory, so scripts and tests still get the per-client guard.

The file holds what identifies an order (reference, contract, product, AOI digest, price, times, state,
ids once known) and never a secret. It is rewritten atomically (temporary file + ``os.replace``) under a
lock shared by every Journal of the same file in this process, and re-read before each change so that two
clients (or two QGIS processes taking turns) see each other's entries.

States:
  sending     written just before the POST (left behind only if the process died while sending)
  placed      the order exists (ids known, or a 2xx proved it even if its body was unreadable)
  checking    the answer was lost; lookups by reference continue until the reconciliation window ends
  unknown     the window ended without proof either way (the lookup cannot see this kind of order)
  not_placed  repeated lookups over the whole window did not find it: safe to try again
  refused     the server refused the request (4xx): nothing was created
"""

import hashlib
import json
import logging
import os
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from . import errors
from .i18n import Text, order_ids

LOGGER = logging.getLogger("oneatlas_ppo")

SENDING, PLACED, CHECKING, UNKNOWN, NOT_PLACED, REFUSED = (
    "sending",
    "placed",
    "checking",
    "unknown",
    "not_placed",
    "refused",
)
# A reference in one of these states may not be sent again: the order exists or may exist.
BLOCKING_STATES = (SENDING, PLACED, CHECKING, UNKNOWN)
VERSION = 1

_FILE_LOCKS = {}
_FILE_LOCKS_GUARD = threading.Lock()


def aoi_digest(geometry_json):
    """A short digest of the AOI as sent (to tell orders apart without storing the outline)."""
    text = json.dumps(geometry_json, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@dataclass
class JournalEntry:
    reference: str
    contract_id: str
    backend: str
    product_type_id: str = ""
    kind: str = "order"  # "order" or "quotation"
    is_tasking: bool = False
    aoi_digest: str = ""
    price_total: float = None  # the last price shown before ordering, if the caller gave it
    currency: str = ""
    state: str = SENDING
    created: float = 0.0  # wall-clock seconds (time.time())
    updated: float = 0.0
    failed_at: float = None  # when the answer was lost: the reconciliation window starts here
    lookups: int = 0  # lookups done since the answer was lost
    absent_checks: int = 0  # lookups that could have seen the order and did not
    last_absent_at: float = None
    exists_proven: bool = False  # a 2xx arrived (body unreadable): the order exists, ids may be unknown
    sales_order_id: str = None
    quotation_id: str = None
    note: str = ""
    extra: dict = field(default_factory=dict)

    @property
    def blocks_resend(self):
        return self.state in BLOCKING_STATES

    @property
    def ids_known(self):
        return bool(self.sales_order_id or self.quotation_id)

    @property
    def summary(self):
        words = {
            SENDING: Text("being sent"),
            PLACED: Text("placed"),
            CHECKING: Text("being checked (the answer was lost; do not order again)"),
            UNKNOWN: Text("not confirmed (check your OneAtlas orders and e-mails before ordering again)"),
            NOT_PLACED: Text("not placed (nothing was charged)"),
            REFUSED: Text("refused by OneAtlas"),
        }
        ids = order_ids(self.sales_order_id, self.quotation_id)
        state = words.get(self.state, str(self.state))
        if ids:
            return Text("Order '{reference}': {state} ({ids}).", reference=str(self.reference), state=state,
                        ids=ids)
        return Text("Order '{reference}': {state}.", reference=str(self.reference), state=state)

    @classmethod
    def from_dict(cls, data):
        known = {item.name for item in fields(cls)}
        return cls(**{key: value for key, value in data.items() if key in known})


def _lock_for(path):
    key = os.path.realpath(path) if path else None
    with _FILE_LOCKS_GUARD:
        if key is None:
            return threading.RLock()
        return _FILE_LOCKS.setdefault(key, threading.RLock())


class Journal:
    """Order intents and outcomes, kept in ``path`` (JSON) or in memory when ``path`` is None."""

    def __init__(self, path=None, *, clock=time.time):
        self.path = Path(path) if path else None
        self._clock = clock
        self._lock = _lock_for(self.path)
        self._memory = {}
        self._in_flight = set()  # references this process is sending right now

    def __repr__(self):
        return f"Journal({str(self.path) if self.path else 'in memory'!r})"

    # ------------------------------------------------------------------------------------------ storage

    def _load(self):
        if self.path is None:
            return self._memory
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return {}
        except OSError as error:
            raise errors.OneAtlasError(Text(
                "The plugin cannot read its order journal ({path}): {reason}. "
                "Check that the QGIS profile folder is readable; no order is sent until it is.",
                path=str(self.path), reason=str(error.strerror or error))) from None
        try:
            data = json.loads(text)
            entries = data["entries"]
            return {key: JournalEntry.from_dict(value) for key, value in entries.items()}
        except (ValueError, KeyError, TypeError, AttributeError):
            # Keep the damaged file for inspection rather than lose what it may still tell a person.
            aside = self.path.with_name(f"{self.path.name}.damaged-{int(self._clock())}")
            try:
                os.replace(self.path, aside)
            except OSError:
                pass
            LOGGER.warning("The order journal was unreadable; kept as %s and started afresh", aside.name)
            return {}

    def _save(self, entries):
        if self.path is None:
            self._memory = entries
            return
        payload = {"version": VERSION, "entries": {key: asdict(value) for key, value in entries.items()}}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(prefix=self.path.name, suffix=".tmp", dir=self.path.parent)
            with os.fdopen(handle, "w", encoding="utf-8") as output:
                json.dump(payload, output, indent=1, sort_keys=True)
                output.flush()
                os.fsync(output.fileno())
            os.replace(temporary, self.path)
        except OSError as error:
            raise errors.OneAtlasError(Text(
                "The plugin cannot write its order journal ({path}): {reason}. "
                "Free some disk space or check the QGIS profile folder's permissions.",
                path=str(self.path), reason=str(error.strerror or error))) from None

    # ------------------------------------------------------------------------------------------ API

    def entries(self):
        with self._lock:
            return sorted(self._load().values(), key=lambda entry: entry.created)

    def get(self, reference):
        with self._lock:
            return self._load().get(reference)

    def pending(self):
        """Entries whose outcome is still being checked (and entries left 'sending' by a process that died
        while sending): what the Orders tab shows and ``settle_pending`` works on."""
        with self._lock:
            return [
                entry
                for entry in sorted(self._load().values(), key=lambda item: item.created)
                if entry.state == CHECKING
                or (entry.state == SENDING and entry.reference not in self._in_flight)
                or (entry.state == PLACED and not entry.ids_known)
            ]

    def claim(self, entry):
        """Write ``entry`` (state 'sending') unless its reference may already exist: DuplicateOrderError."""
        with self._lock:
            entries = self._load()
            previous = entries.get(entry.reference)
            if previous is not None and previous.blocks_resend:
                raise errors.DuplicateOrderError(_duplicate_message(previous))
            now = self._clock()
            entry.state, entry.created, entry.updated = SENDING, now, now
            entries[entry.reference] = entry
            self._save(entries)
            self._in_flight.add(entry.reference)
            return entry

    def update(self, reference, **changes):
        with self._lock:
            entries = self._load()
            entry = entries.get(reference)
            if entry is None:
                return None
            for name, value in changes.items():
                setattr(entry, name, value)
            entry.updated = self._clock()
            self._save(entries)
            if entry.state != SENDING:
                self._in_flight.discard(reference)
            return entry

    def done_sending(self, reference):
        with self._lock:
            self._in_flight.discard(reference)


def _duplicate_message(entry):
    if entry.state == PLACED:
        ids = entry.sales_order_id or entry.quotation_id
        if ids:
            return Text("An order with the reference '{reference}' was already placed ({ids}). Each order "
                        "needs its own reference: give this one a new reference if you really want a second "
                        "order.",
                        reference=str(entry.reference), ids=str(ids))
        return Text("An order with the reference '{reference}' was already placed. Each order needs its own "
                    "reference: give this one a new reference if you really want a second order.",
                    reference=str(entry.reference))
    if entry.state == SENDING:
        return Text("The order '{reference}' is being sent right now (or its sending was interrupted). "
                    "Do not order again: its outcome appears in the Orders tab.",
                    reference=str(entry.reference))
    if entry.state == UNKNOWN:
        return Text("The order '{reference}' could not be confirmed either way: check your OneAtlas orders "
                    "and e-mails before ordering again, then use a new reference.",
                    reference=str(entry.reference))
    return Text("The order '{reference}' is still being checked (its answer was lost). Do not order again: "
                "its outcome appears in the Orders tab within a few minutes.", reference=str(entry.reference))


def as_journal(journal, clock=time.time):
    """A Journal from None (in memory), a path, or a Journal."""
    if isinstance(journal, Journal):
        return journal
    return Journal(journal, clock=clock)
