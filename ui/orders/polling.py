"""When the Orders tab asks the server again: soon after something changed or the user acted, less and less
often while nothing changes or the server fails (backing off to ten minutes), only while the tab is shown,
and never while a refresh is still running (the caller checks that)."""

from qgis.PyQt.QtCore import QObject, QTimer, pyqtSignal

FIRST_DELAY_S = 30
LONGEST_DELAY_S = 600


class Poller(QObject):
    due = pyqtSignal()

    def __init__(self, parent=None, first_delay_s: float = FIRST_DELAY_S,
                 longest_delay_s: float = LONGEST_DELAY_S):
        super().__init__(parent)
        self.first_delay_s = first_delay_s
        self.longest_delay_s = longest_delay_s
        self.delay_s = first_delay_s
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.due.emit)
        self._active = False

    @property
    def active(self) -> bool:
        return self._active

    def start(self) -> None:
        self._active = True
        self._schedule()

    def stop(self) -> None:
        self._active = False
        self._timer.stop()

    def answered(self, changed: bool) -> None:
        """A refresh ended: back to the first delay when something changed, else wait twice as long."""
        self.delay_s = self.first_delay_s if changed else min(self.delay_s * 2, self.longest_delay_s)
        self._schedule()

    def failed(self) -> None:
        self.delay_s = min(self.delay_s * 2, self.longest_delay_s)
        self._schedule()

    def reset(self) -> None:
        """The user acted (accepted an acquisition, placed an order): look again soon."""
        self.delay_s = self.first_delay_s
        self._schedule()

    def _schedule(self) -> None:
        if self._active:
            self._timer.start(int(self.delay_s * 1000))
