"""What a chosen attempt's segmentKey carries, and the acquisition period an order sends with it.

The key itself is opaque and always sent verbatim (API notes 3.7); only what follows its ``::`` is read.
Kept apart from tasking.py so that order requests (orders.py) and tasking (tasking.py) both use it without
importing each other.
"""

import json

from .parsing import iso


def segment_key_values(segment_key):
    """The key/values a segmentKey carries after its ``::`` (API notes 3.7: "hash::[{key, value}...]"), or
    {} when it has none: the key itself stays opaque and is always sent verbatim."""
    _hash, separator, tail = (segment_key or "").partition("::")
    if not separator:
        return {}
    try:
        pairs = json.loads(tail)
    except ValueError:
        return {}
    return {
        str(pair.get("key")): pair.get("value")
        for pair in (pairs if isinstance(pairs, list) else [])
        if isinstance(pair, dict) and pair.get("key")
    }


def attempt_period(segment_key, attempt=None):
    """The acquisition period of a chosen attempt, "start end" as the order's acqPeriod takes it: the one
    the segmentKey carries, else the attempt's acquisition start and end; None if neither is known."""
    period = segment_key_values(segment_key).get("acqPeriod")
    if isinstance(period, str) and len(period.split()) == 2:
        return period
    if attempt is not None and attempt.acquisition_start and attempt.acquisition_end:
        return f"{iso(attempt.acquisition_start)} {iso(attempt.acquisition_end)}"
    return None
