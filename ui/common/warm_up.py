"""Modules the user is about to need, imported in a background thread beforehand.

The order dialog's modules are imported when first needed (not at QGIS start-up), but importing them in the
Qt main thread on the first "Order…" click froze the event loop for tens of milliseconds. Importing them in
a background thread while the user reads the search results costs the main thread nothing; a click that
comes first simply waits for the same import (Python's import lock), as it would have anyway.
"""

import importlib
import sys
import threading
from typing import Set

from ...core.log import LOGGER

_asked: Set[str] = set()


def import_in_background(*names: str) -> None:
    """Import these modules (absolute names) in a daemon thread, each at most once per session."""
    wanted = [name for name in names if name not in _asked and name not in sys.modules]
    if not wanted:
        return
    _asked.update(wanted)
    threading.Thread(target=_import_all, args=(wanted,), name="oneatlas-warm-up", daemon=True).start()


def _import_all(names) -> None:
    for name in names:
        try:
            importlib.import_module(name)
        except Exception:  # noqa: BLE001 -- the click that needs it imports it again and reports
            LOGGER.debug("Importing %s in the background failed", name, exc_info=True)
