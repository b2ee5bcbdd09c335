"""The task runner: work on its thread, results and progress on the GUI thread, 取消 reaching the task."""

from __future__ import annotations

import threading
import weakref

from desktop.errors import UserError
from ui.qt import QProgressDialog, QPushButton, QWidget
from ui.tasks import TaskRunner


def run_and_wait(qtbot, runner: TaskRunner, fn, parent=None, title=None) -> list:
    outcome = []
    runner.run(fn, lambda result: outcome.append(("ok", result, threading.current_thread())),
               lambda error: outcome.append(("failed", error, threading.current_thread())),
               parent=parent, title=title)
    qtbot.waitUntil(lambda: bool(outcome), timeout=5000)
    runner.wait()
    return outcome


def test_work_runs_on_the_worker_and_the_result_comes_back_on_the_gui_thread(qtbot):
    def work(control):
        control.report(1, 2, "一半")
        return threading.current_thread()
    [(kind, worker, callback_thread)] = run_and_wait(qtbot, TaskRunner(), work)
    assert kind == "ok" and worker is not threading.main_thread()
    assert callback_thread is threading.main_thread()


def test_a_failure_comes_back_to_on_failure(qtbot):
    def work(_control):
        raise UserError("磁盘已满")
    [(kind, error, _)] = run_and_wait(qtbot, TaskRunner(), work)
    assert kind == "failed" and str(error) == "磁盘已满"


def test_cancel_in_the_progress_dialog_reaches_the_task_and_the_dialog_goes(qtbot):
    parent, gate = QWidget(), threading.Event()
    qtbot.addWidget(parent)

    def work(control):
        control.report(0, 1, "等待中")
        gate.wait(timeout=5)
        return control.cancelled()
    runner = TaskRunner()
    control = runner.run(work, lambda _: None, lambda _: None, parent=parent, title="测试")
    parent.findChild(QProgressDialog).findChild(QPushButton).click()
    assert control.cancelled()
    gate.set()
    runner.wait()
    qtbot.waitUntil(lambda: parent.findChild(QProgressDialog) is None)


def test_nothing_connected_to_a_signal_is_left_for_the_worker_to_free(qtbot):
    """Freeing a connected object on the worker deadlocks PySide against the GUI thread."""
    parent = QWidget()
    qtbot.addWidget(parent)
    control = TaskRunner(synchronous=True).run(lambda _c: None, lambda _: None, lambda _: None,
                                               parent=parent, title="测试")
    assert weakref.getweakrefcount(control) == 0
