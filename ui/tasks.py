"""Long work off the GUI thread, with progress, cancel, and results back on the GUI thread.

``TaskRunner.run(fn, on_success, on_failure, parent=..., title=...)``: ``fn`` receives a
``TaskControl`` (``report(done, total, label)``, ``cancelled()``); with a ``title`` a
progress dialog with 取消 shows. In tests a synchronous runner executes the task
inline so results are immediate.

The worker holds only the task function, its ``TaskControl`` (no signal is connected
to it) and the runner's one signals object, which lives as long as the runner. So
whatever the worker drops last is plain Python: no object connected to a signal is
ever freed on the worker. (Freeing one there makes PySide disconnect on the worker,
holding Qt's connection lock while it waits for the GIL, which deadlocks against the
GUI thread closing the progress dialog.) Dialogs and callbacks stay on the GUI thread,
keyed by task number.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ui.qt import QEventLoop, QObject, QProgressDialog, QRunnable, Qt, QThreadPool, Signal, QWidget


class TaskControl:
    def __init__(self) -> None:
        self._cancel = threading.Event()
        self.on_progress: Callable[[int, int, str], None] = lambda *_: None

    def report(self, done: int, total: int, label: str = "") -> None:
        self.on_progress(done, total, label)

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()


class _Signals(QObject):
    progress = Signal(int, int, int, str)  # task, done, total, label
    succeeded = Signal(int, object)
    failed = Signal(int, object)


@dataclass
class _Task:
    """What the GUI thread keeps of a running task."""

    dialog: QProgressDialog | None
    on_success: Callable[[Any], None]
    on_failure: Callable[[BaseException], None]


class _Job(QRunnable):
    def __init__(self, task: int, fn, control: TaskControl, signals: _Signals) -> None:
        super().__init__()
        self.task, self.fn, self.control, self.signals = task, fn, control, signals

    def run(self) -> None:
        try:
            result = self.fn(self.control)
        except BaseException as exc:  # delivered to the GUI thread
            self.signals.failed.emit(self.task, exc)
        else:
            self.signals.succeeded.emit(self.task, result)


class TaskRunner:
    """One worker thread: database writes on SQLite are never concurrent.

    The application has one, ``AppContext.runner``: backups, restore, document issue,
    printing, registers and the lists' slow reads all queue on it.
    """

    def __init__(self, synchronous: bool = False) -> None:
        self.synchronous = synchronous
        self._pool = QThreadPool()
        self._pool.setMaxThreadCount(1)
        self._signals = _Signals()
        self._signals.progress.connect(self._progress)
        self._signals.succeeded.connect(lambda task, result: self._finish(task, result, succeeded=True))
        self._signals.failed.connect(lambda task, exc: self._finish(task, exc, succeeded=False))
        self._tasks: dict[int, _Task] = {}
        self._numbers = itertools.count(1)

    def run(
        self,
        fn: Callable[[TaskControl], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
        *,
        parent: QWidget | None = None,
        title: str | None = None,
    ) -> TaskControl:
        task, control = next(self._numbers), TaskControl()
        dialog = _progress_dialog(parent, title, control) if title else None
        self._tasks[task] = _Task(dialog, on_success, on_failure)
        signals = self._signals
        control.on_progress = lambda done, total, label: signals.progress.emit(task, done, total, label)
        job = _Job(task, fn, control, signals)
        job.run() if self.synchronous else self._pool.start(job)
        return control

    def _progress(self, task: int, done: int, total: int, label: str) -> None:
        if task in self._tasks:
            _show_progress(self._tasks[task].dialog, done, total, label)

    def _finish(self, task: int, value, *, succeeded: bool) -> None:
        entry = self._tasks.pop(task)
        if entry.dialog is not None:
            entry.dialog.close()
            entry.dialog.deleteLater()
        (entry.on_success if succeeded else entry.on_failure)(value)

    def run_and_wait(self, fn: Callable[[TaskControl], Any], *, parent: QWidget | None = None,
                     title: str | None = None) -> Any:
        """Run ``fn`` on the worker and return its result (or raise its error), keeping the
        GUI painting meanwhile: for work the program must finish before going on (the exit
        backup). Inline in a synchronous runner."""
        outcome: dict[str, Any] = {}
        loop = QEventLoop()

        def finish(key: str, value) -> None:
            outcome[key] = value
            loop.quit()

        self.run(fn, lambda result: finish("result", result), lambda exc: finish("error", exc),
                 parent=parent, title=title)
        if not outcome:
            loop.exec()
        if "error" in outcome:
            raise outcome["error"]
        return outcome.get("result")

    def busy(self) -> bool:
        """True while a task has not yet reported back."""
        return bool(self._tasks)

    def wait(self) -> None:
        self._pool.waitForDone()


def _progress_dialog(parent, title: str, control: TaskControl) -> QProgressDialog:
    dialog = QProgressDialog(title, "取消", 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.canceled.connect(lambda: control.cancel())  # a lambda, freed with the dialog on the GUI thread
    return dialog


def _show_progress(dialog: QProgressDialog | None, done: int, total: int, label: str) -> None:
    if dialog is None:
        return
    dialog.setMaximum(max(total, 0))
    dialog.setValue(min(done, total) if total else 0)
    if label:
        dialog.setLabelText(label)
