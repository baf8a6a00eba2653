"""Defences against a QGIS task-manager fault that loses tasks (QGIS issue 53806, still present in 3.22).

QGIS keeps a raw pointer to each task's runnable after the thread pool has run and deleted it, and hands
that pointer to the pool again (``tryTake`` / ``cancel``) when it cleans the task up, on the main thread a
moment later. A task added in between may be given the same address: the stale call then takes the new
task out of the pool's queue, and the new task stays "queued" for ever while the pool sits idle. Seen here
as a connection that never ended, about once in two full test runs; a user would see "Connecting…" for
ever.

Two defences, for every task the plugin starts (``ui.common.tasks``):
- **no hand-over inside the window**: while another of our tasks has ended its work and QGIS has not yet
  cleaned it up, a new task waits (one event-loop turn, usually) before it is given to QGIS;
- **a lost task is said, not waited on**: a task still queued long after it was handed over, while the
  pool has idle threads, was lost (see :class:`LostTaskWatch`); it is cancelled and its caller gets a
  :class:`TaskLostError` in words. Its work never started, so nothing was sent.
"""

import time
from typing import Callable, Dict, List, Tuple

from qgis.PyQt.QtCore import QCoreApplication, QThreadPool, QTimer

# id(task) -> when its work ended (written by the worker thread: one dict assignment, atomic under the GIL).
_ended_not_cleaned: Dict[int, float] = {}
_waiting: List[Tuple[object, Callable]] = []  # (task, submit) in the order they were started

# QGIS cleans a task up within one event-loop turn of its end; an entry older than this is one QGIS will
# never report (e.g. a task deleted while QGIS quits) and must not hold new tasks back.
STALE_AFTER_S = 2.0
RETRY_MS = 5
LOST_AFTER_S = 8.0


def tr(text: str) -> str:
    return QCoreApplication.translate("TaskGuard", text)


class TaskLostError(Exception):
    """QGIS never started the task's work: nothing was done or sent; trying again is safe."""

    expected = True  # logged as a known condition, without a traceback

    def __init__(self):
        super().__init__(tr("QGIS did not start this background work (a known fault of its task manager); "
                            "nothing was sent to OneAtlas. Please try again."))


def work_ended(task) -> None:
    """Worker thread, at the end of the task's work: its runnable is about to be deleted."""
    _ended_not_cleaned[id(task)] = time.monotonic()


def cleaned_up_soon(task) -> None:
    """Main thread, in ``finished()``: QGIS cleans the task up as soon as this returns; the window is
    closed on the next event-loop turn."""
    key = id(task)
    QTimer.singleShot(0, lambda: _settle(key))


def submit(task, hand_over: Callable) -> None:
    """``hand_over(task)`` now, or as soon as no task of ours is between its end and its clean-up."""
    if _waiting or _window_open():
        _waiting.append((task, hand_over))
        QTimer.singleShot(RETRY_MS, _flush)
        return
    hand_over(task)


def _settle(key: int) -> None:
    _ended_not_cleaned.pop(key, None)
    _flush()


def _window_open() -> bool:
    now = time.monotonic()
    for key, ended in list(_ended_not_cleaned.items()):
        if now - ended > STALE_AFTER_S:
            _ended_not_cleaned.pop(key, None)
    return bool(_ended_not_cleaned)


def _flush() -> None:
    if not _waiting:
        return
    if _window_open():
        QTimer.singleShot(RETRY_MS, _flush)
        return
    ready = list(_waiting)
    _waiting.clear()
    for task, hand_over in ready:
        hand_over(task)


def pool_has_idle_threads() -> bool:
    pool = QThreadPool.globalInstance()
    return pool.activeThreadCount() < pool.maxThreadCount()


def lost_tasks(tasks, now: float) -> list:
    """The tasks QGIS lost: handed over long ago, never started, although the pool had room. Only when
    every queued task of ours is such a one: cancelling a lost task makes QGIS reuse its stale pointer once
    more, which must not hit a task that is merely waiting its turn."""
    queued = [task for task in tasks if task.is_queued()]
    lost = [task for task in queued
            if task.submitted_at is not None and now - task.submitted_at > LOST_AFTER_S]
    if lost and len(lost) == len(queued) and pool_has_idle_threads():
        return lost
    return []


__all__ = ["TaskLostError", "cleaned_up_soon", "lost_tasks", "submit", "work_ended"]
