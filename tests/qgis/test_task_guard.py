"""The plugin's background tasks against QGIS's task-manager fault (QGIS issue 53806,
ui/common/task_guard.py): a task started while another has just ended waits for QGIS's clean-up, and a
task QGIS never starts is reported in words instead of being waited on for ever."""

import threading
import time

import pytest
from qgis.core import QgsApplication, QgsTask, QgsTaskManager

from .conftest import process_events, wait_until


@pytest.fixture
def runner():
    from oneatlas_ppo.ui.common.tasks import TaskRunner

    tasks = TaskRunner()
    yield tasks
    tasks.shut_down()
    process_events()


class Never(QgsTask):
    """A task that is never run: what another task depends on stays unmet, so that task stays queued with
    idle threads, exactly as a task QGIS lost."""

    def run(self):
        return True


def test_a_task_started_from_a_finished_callback_is_handed_over_after_qgis_cleaned_up(runner):
    from oneatlas_ppo.ui.common import task_guard

    seen = {}
    second_done = threading.Event()

    def first_done(_result):
        # QGIS has not cleaned the first task up yet: handing a new one over now is the dangerous moment
        seen["window_open_in_callback"] = task_guard._window_open()
        second = runner.start("second", lambda context: "b", on_success=lambda result: second_done.set(),
                              on_error=lambda error: None)
        seen["second_handed_over_at_once"] = second.submitted_at is not None

    runner.start("first", lambda context: "a", on_success=first_done, on_error=lambda error: None)
    wait_until(second_done.is_set, what="the task started from the first one's callback")
    assert seen == {"window_open_in_callback": True, "second_handed_over_at_once": False}
    assert not task_guard._waiting


def test_a_task_cancelled_while_it_waits_for_the_hand_over_says_so_and_never_runs(runner):
    from oneatlas_ppo.ui.common import task_guard

    outcome = []
    ran = threading.Event()

    def first_done(_result):
        second = runner.start("second", lambda context: ran.set(),
                              on_success=lambda result: outcome.append("ok"),
                              on_error=lambda error: outcome.append(error),
                              on_cancel=lambda: outcome.append("cancelled"))
        second.cancel_if_running()

    runner.start("first", lambda context: None, on_success=first_done, on_error=lambda error: None)
    wait_until(lambda: outcome, what="the cancelled task's outcome")
    process_events()
    assert outcome == ["cancelled"] and not ran.is_set()
    assert not task_guard._waiting and runner.running == []


def test_a_task_qgis_never_starts_is_reported_in_words_and_the_next_one_runs(runner, monkeypatch):
    from oneatlas_ppo.ui.common import task_guard

    monkeypatch.setattr(task_guard, "LOST_AFTER_S", 0.3)
    blocker = Never("never")
    hand_over = runner._submit
    lost = []

    def hand_over_and_lose_the_first(task):
        if lost:
            hand_over(task)
            return
        lost.append(task)
        task.submitted_at = time.monotonic()
        QgsApplication.taskManager().addTask(QgsTaskManager.TaskDefinition(task, [blocker]))

    monkeypatch.setattr(runner, "_submit", hand_over_and_lose_the_first)
    ran = threading.Event()
    errors = []
    runner.start("OneAtlas: connecting", lambda context: ran.set(), on_success=lambda result: None,
                 on_error=errors.append)
    wait_until(lambda: errors, timeout=10, what="the lost task to be reported")
    assert isinstance(errors[0], task_guard.TaskLostError) and not ran.is_set()
    assert str(errors[0]).endswith("nothing was sent to OneAtlas. Please try again.")
    process_events()
    assert runner.running == []

    answer = []
    runner.start("again", lambda context: 42, on_success=answer.append, on_error=errors.append)
    wait_until(lambda: answer, what="the next task")
    assert answer == [42] and len(errors) == 1
