"""Long work off the GUI thread, with progress, cancel, and results back on the GUI thread.

``TaskRunner.run(fn, on_success, on_failure, progress_dialog=...)``: ``fn`` receives a
``TaskControl`` (``report(done, total, label)``, ``cancelled()``). In tests a
synchronous runner executes the task inline so results are immediate.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from ui.qt import QObject, QProgressDialog, QRunnable, Qt, QThreadPool, Signal, QWidget


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
    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn, control: TaskControl, signals: _Signals) -> None:
        super().__init__()
        self.fn, self.control, self.signals = fn, control, signals

    def run(self) -> None:
        try:
            result = self.fn(self.control)
        except BaseException as exc:  # delivered to the GUI thread
            self.signals.failed.emit(exc)
        else:
            self.signals.succeeded.emit(result)


class TaskRunner:
    """One worker thread: database writes on SQLite are never concurrent."""

    def __init__(self, synchronous: bool = False) -> None:
        self.synchronous = synchronous
        self._pool = QThreadPool()
        self._pool.setMaxThreadCount(1)
        self._live: set[_Signals] = set()

    def run(
        self,
        fn: Callable[[TaskControl], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
        *,
        parent: QWidget | None = None,
        title: str | None = None,
    ) -> TaskControl:
        control, signals = TaskControl(), _Signals()
        dialog = _progress_dialog(parent, title, control) if title else None
        signals.progress.connect(lambda d, t, label: _show_progress(dialog, d, t, label))
        signals.succeeded.connect(lambda result: self._finish(signals, dialog, on_success, result))
        signals.failed.connect(lambda exc: self._finish(signals, dialog, on_failure, exc))
        control.on_progress = signals.progress.emit
        self._live.add(signals)
        job = _Job(fn, control, signals)
        job.run() if self.synchronous else self._pool.start(job)
        return control

    def _finish(self, signals, dialog, callback, value) -> None:
        self._live.discard(signals)
        if dialog is not None:
            dialog.close()
        callback(value)

    def wait(self) -> None:
        self._pool.waitForDone()


def _progress_dialog(parent, title: str, control: TaskControl) -> QProgressDialog:
    dialog = QProgressDialog(title, "取消", 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.canceled.connect(control.cancel)
    return dialog


def _show_progress(dialog: QProgressDialog | None, done: int, total: int, label: str) -> None:
    if dialog is None:
        return
    dialog.setMaximum(max(total, 0))
    dialog.setValue(min(done, total) if total else 0)
    if label:
        dialog.setLabelText(label)
