"""Background work through ``QgsTask``, with results published on the main thread.

Rules this module enforces, because breaking them freezes or crashes QGIS:
- the work function runs in a worker thread and gets only a :class:`TaskContext` (progress, cancellation);
  it must not touch widgets or the project;
- success and error callbacks run in the main thread (``QgsTask.finished``), and never after the runner was
  shut down (the plugin may have been unloaded meanwhile);
- a Python reference to every running task is kept until QGIS is done with it, or the task is garbage
  collected under QGIS's feet (QGIS issues 27095, 28531);
- a task is never handed to QGIS while another of ours has ended its work but QGIS has not yet cleaned it
  up, and a task QGIS lost anyway is reported instead of waited on for ever: see :mod:`.task_guard`.
"""

import logging
import time
from typing import Any, Callable, Dict, List, Optional

from qgis.core import QgsApplication, QgsTask
from qgis.PyQt.QtCore import QTimer

from . import task_guard

LOG = logging.getLogger("oneatlas_ppo.ui.tasks")


class CancelledError(Exception):
    """Raised by work that noticed its cancellation: the result must not be shown."""


def check_cancelled(context) -> None:
    if context is not None and context.is_cancelled():
        raise CancelledError()


class TaskContext:
    """What the work function may use from its worker thread."""

    def __init__(self, task: "CallableTask"):
        self._task = task

    def is_cancelled(self) -> bool:
        return self._task.isCanceled()

    def set_progress(self, percent: float) -> None:
        self._task.setProgress(max(0.0, min(100.0, float(percent))))


class CallableTask(QgsTask):
    def __init__(self, description: str, work: Callable[[TaskContext], Any],
                 on_success: Callable[[Any], None], on_error: Callable[[BaseException], None],
                 on_cancel: Optional[Callable[[], None]] = None):
        super().__init__(description, QgsTask.Flag.CanCancel)
        self._work = work
        self._on_success = on_success
        self._on_error = on_error
        self._on_cancel = on_cancel
        self.result: Any = None
        self.error: Optional[BaseException] = None
        self.detached = False  # set when the runner shuts down: callbacks must no longer run
        self.ended = False  # set on the main thread when the task ends; QGIS deletes it soon after
        self.submitted_at: Optional[float] = None  # when QGIS got it (the guard watches for lost tasks)

    def run(self) -> bool:  # worker thread
        try:
            self.result = self._work(TaskContext(self))
            return True
        except BaseException as error:  # noqa: BLE001 -- reported on the main thread, never lost
            self.error = error
            return False
        finally:
            task_guard.work_ended(self)

    def cancel_if_running(self) -> None:
        """Cancel, unless the task has ended: QGIS deletes ended tasks, and calling ``cancel()`` on a
        deleted one raises RuntimeError (a Python error dialog in QGIS when done from a slot)."""
        if not self.ended:
            self.cancel()

    def is_queued(self) -> bool:
        """Handed to QGIS and not started yet."""
        return not self.ended and self.submitted_at is not None and self.status() == QgsTask.TaskStatus.Queued

    def report_lost(self) -> None:
        """QGIS lost this task (``task_guard``): end it, and tell its caller why in words."""
        LOG.warning("QGIS never started the task %r (QGIS issue 53806); it is cancelled and reported",
                    self.description())
        self.error = task_guard.TaskLostError()
        self.cancel()

    def abandon(self) -> None:
        """Cancelled before QGIS got it: nothing will call ``finished()``; publish the cancellation here."""
        self.ended = True
        if not self.detached and self._on_cancel is not None:
            try:
                self._on_cancel()
            except Exception:
                LOG.exception("Error while publishing the cancellation of %r", self.description())

    def finished(self, ok: bool) -> None:  # main thread
        self.ended = True
        task_guard.cleaned_up_soon(self)
        if self.detached:
            return
        try:
            if isinstance(self.error, task_guard.TaskLostError):
                self._on_error(self.error)
            elif self.isCanceled() and (not ok or self.error is not None):
                if self._on_cancel is not None:
                    self._on_cancel()
            elif ok:
                self._on_success(self.result)
            else:
                self._on_error(self.error or RuntimeError("The background task failed."))
        except Exception:  # QGIS swallows exceptions raised in finished(): log them instead
            LOG.exception("Error while publishing the result of %r", self.description())


class TaskRunner:
    """Starts tasks on QGIS's task manager and keeps them alive until they end."""

    def __init__(self):
        self._running: Dict[int, CallableTask] = {}
        self._next_key = 0
        self._shut_down = False
        self._listeners: List[Callable[[List[str]], None]] = []
        self._watch = QTimer()  # looks for tasks QGIS lost while any task is running (task_guard)
        self._watch.setInterval(1000)
        self._watch.timeout.connect(self._look_for_lost_tasks)

    def add_listener(self, listener: Callable[[List[str]], None]) -> None:
        """``listener`` gets the descriptions of the running tasks whenever one starts or ends."""
        self._listeners.append(listener)

    def _notify(self) -> None:
        if self._shut_down:
            return
        descriptions = [task.description() for task in self._running.values()]
        for listener in list(self._listeners):
            try:
                listener(descriptions)
            except Exception:  # a status display must never break the work it reports on
                LOG.exception("Error while showing the background work")

    def start(self, description: str, work: Callable[[TaskContext], Any],
              on_success: Callable[[Any], None], on_error: Callable[[BaseException], None],
              on_cancel: Optional[Callable[[], None]] = None) -> CallableTask:
        if self._shut_down:
            raise RuntimeError("The plugin is unloading; no new background work can start.")
        task = CallableTask(description, work, on_success, on_error, on_cancel)
        key = self._next_key
        self._next_key += 1
        self._running[key] = task
        task.taskCompleted.connect(lambda: self._forget(key))
        task.taskTerminated.connect(lambda: self._forget(key))
        task_guard.submit(task, self._submit)
        if not self._watch.isActive():
            self._watch.start()
        self._notify()
        return task

    def _submit(self, task: CallableTask) -> None:
        """Hand ``task`` to QGIS (called by the guard, at once or a moment later)."""
        if self._shut_down or task.isCanceled():
            task.abandon()
            for key, running in list(self._running.items()):
                if running is task:
                    self._forget(key)
            return
        task.submitted_at = time.monotonic()
        QgsApplication.taskManager().addTask(task)

    def _look_for_lost_tasks(self) -> None:
        tasks = list(self._running.values())
        if not tasks or self._shut_down:
            self._watch.stop()
            return
        for task in task_guard.lost_tasks(tasks, time.monotonic()):
            task.report_lost()

    def _forget(self, key: int) -> None:
        if self._running.pop(key, None) is not None:
            self._notify()

    @property
    def running(self):
        return list(self._running.values())

    def shut_down(self) -> None:
        """Cancel everything and make sure no callback reaches widgets that are about to be deleted."""
        self._shut_down = True
        self._watch.stop()
        for task in list(self._running.values()):
            task.detached = True
            task.cancel()
        # The references stay in self._running until each task really ends (the signal handlers above
        # drop them): a task must stay alive while its worker thread may still be running.


class LatestTask:
    """At most one task of a kind at a time, and only the newest one counts.

    Starting a new task cancels the previous one; a result that arrives after a newer start, ``cancel()`` or
    ``invalidate()`` is dropped, so a slow answer can never overwrite a newer one (a search replaced by
    another, a connection test run twice, a dialog closed while its task runs)."""

    def __init__(self, runner: TaskRunner):
        self._runner = runner
        self._task: Optional[CallableTask] = None
        self._generation = 0

    @property
    def running(self) -> bool:
        return self._task is not None

    def start(self, description: str, work: Callable[[TaskContext], Any],
              on_success: Callable[[Any], None], on_error: Optional[Callable[[BaseException], None]] = None,
              on_cancel: Optional[Callable[[], None]] = None) -> CallableTask:
        self.cancel()
        generation = self._generation

        def current_only(callback):
            def publish(*args):
                if generation != self._generation:
                    return
                self._task = None
                if callback is not None:
                    callback(*args)
            return publish

        self._task = self._runner.start(description, work, current_only(on_success), current_only(on_error),
                                        current_only(on_cancel))
        return self._task

    def cancel(self) -> None:
        """Cancel the running task (if any); whatever it publishes later is dropped."""
        task = self._task
        self.invalidate()
        if task is not None:
            task.cancel_if_running()

    def invalidate(self) -> None:
        """Drop the running task's result without cancelling it (its work may still be wanted elsewhere)."""
        self._generation += 1
        self._task = None

    def is_current(self, generation: int) -> bool:
        return generation == self._generation

    @property
    def generation(self) -> int:
        return self._generation
