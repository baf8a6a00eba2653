"""Modules the user is about to need, imported in a background thread beforehand.

Our modules are imported when first needed (not at QGIS start-up), but importing them in the Qt main thread
froze the event loop: tens of milliseconds for the order dialog on the first "Order…" click, a quarter of a
second (shapely, pyproj, requests) for the dock's content the first time the dock is shown. Imported in a
background thread beforehand, they cost the main thread little; code that needs a module before its import
has finished simply waits for it (Python's import lock), as it would have anyway.
"""

import importlib
import sys
import threading
from typing import Callable, Dict, Iterable

from qgis.PyQt.QtCore import QObject, QTimer

from ...core.log import LOGGER

_importing: Dict[str, threading.Event] = {}  # module name -> set once its background import has ended


def import_in_background(*names: str) -> Callable[[], bool]:
    """Import these modules (absolute names) in a daemon thread, each at most once per session.

    Returns ``done()``: True once each of them is imported (or its import failed: whoever needs the module
    then imports it again and reports the error)."""
    wanted = [name for name in names if name not in _importing and name not in sys.modules]
    if wanted:
        finished = threading.Event()
        _importing.update(dict.fromkeys(wanted, finished))
        threading.Thread(target=_import_all, args=(wanted, finished), name="oneatlas-warm-up",
                         daemon=True).start()
    events = {_importing[name] for name in names if name in _importing}
    return lambda: all(event.is_set() for event in events)


def _import_all(names, finished: threading.Event) -> None:
    try:
        for name in names:
            try:
                importlib.import_module(name)
            except Exception:  # noqa: BLE001 -- the code that needs it imports it again and reports
                LOGGER.debug("Importing %s in the background failed", name, exc_info=True)
    finally:
        finished.set()


class WhenImported(QObject):
    """Imports ``names`` in the background, then calls ``callback`` in the main thread (it looks every 15 ms;
    a child of ``parent``, so it stops looking if the parent goes first)."""

    def __init__(self, names: Iterable[str], callback: Callable[[], None], parent=None):
        super().__init__(parent)
        self._done = import_in_background(*names)
        self._callback = callback
        self._timer = QTimer(self)
        self._timer.setInterval(15)
        self._timer.timeout.connect(self._look)
        self._timer.start()  # even when nothing is left to import: ``callback`` is never called from here

    @property
    def done(self) -> bool:
        return self._done()

    def stop(self) -> None:
        self._timer.stop()

    def _look(self) -> None:
        if self._done():
            self._timer.stop()
            self._callback()
