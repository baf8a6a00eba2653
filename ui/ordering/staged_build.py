"""The order form built over a few event-loop turns instead of one.

Building the options and details forms, styling them and laying the dialog out in one turn froze QGIS's
main thread for several frames (40-70 ms); one step per turn keeps each under a frame (16 ms at 60 Hz)
and QGIS repaints and answers in between. Until the last step the dialog keeps its progress bar and its
``context`` stays None, so nothing can be priced or ordered from a half-built form (tests and users wait
for the same sign: the progress bar gone).
"""

from typing import Callable, List

from qgis.core import QgsProject
from qgis.PyQt.QtCore import QObject, QTimer

from ...core.models import NEO
from . import remembered_details
from .details_form import OrderDetailsForm
from .options_form import OptionsForm, look_up_projection_names


def loading_work(subject, client) -> Callable:
    """The work that loads what the form needs, for a worker thread: the subject's order context, and the
    names of the projections it offers (a database look-up each, kept off the main thread)."""

    def work(task_context):
        order_context = subject.load_context(client, task_context)
        look_up_projection_names(getattr(order_context, "options", None))
        return order_context

    return work


class StagedBuild(QObject):
    """Runs ``steps`` one per event-loop turn; a child of the dialog, so it stops if the dialog goes."""

    def __init__(self, parent, steps: List[Callable[[], None]]):
        super().__init__(parent)
        self._steps = list(steps)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._next)
        self._next()

    @property
    def running(self) -> bool:
        return bool(self._steps)

    def stop(self) -> None:
        self._steps = []
        self._timer.stop()

    def _next(self) -> None:
        if not self._steps:
            return
        self._steps.pop(0)()
        if self._steps:
            self._timer.start()


def form_steps(dialog, context) -> List[Callable[[], None]]:
    """The options form, the details form (each built hidden and styled), then both shown at once."""
    built = {}

    def options():
        crs = QgsProject.instance().crs()  # the images preselected in the project's CRS when offered
        form = OptionsForm(context.options, dialog.options_box, project_crs=(
            crs.authid(), crs.description(), crs.isGeographic()) if crs.isValid() else None)
        form.ensurePolished()  # styled now, while hidden: showing it later costs less
        built["options"] = form

    def details():
        form = OrderDetailsForm(context.backend == NEO, dialog.details_box,
                                getattr(dialog.subject, "reference_name", ""))
        form.set_markets(context.markets)
        form.set_countries(context.countries)
        form.fill(remembered_details.load(context.contract.contract_id))  # per contract, no secret
        form.ensurePolished()
        built["details"] = form

    def show():
        dialog.forms_built(built["options"], built["details"], context)

    return [options, details, show]
