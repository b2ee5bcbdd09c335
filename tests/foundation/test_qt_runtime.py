"""The Qt binding the program runs on: faults of a release that would end an officer's day."""

from __future__ import annotations

import gc
import sys

from ui.qt import QObject, Signal

EMITS = 500


class Emitter(QObject):
    flag = Signal(bool)
    plain = Signal()


def test_emitting_signals_keeps_reference_counts_of_true_false_none(qapp) -> None:
    """PySide6 6.12.0 dropped a reference to True on every ``emit()``: after some tens of
    thousands of clicks and refreshes the interpreter aborts (``bool_dealloc``)."""
    emitter, received = Emitter(), []
    emitter.flag.connect(received.append)
    emitter.plain.connect(lambda: None)
    singletons = (True, False, None)
    gc.collect()
    gc.disable()
    try:
        before = [sys.getrefcount(value) for value in singletons]
        for _ in range(EMITS):
            emitter.flag.emit(False)
            emitter.plain.emit()
        received.clear()
        after = [sys.getrefcount(value) for value in singletons]
    finally:
        gc.enable()
    drift = [a - b for a, b in zip(after, before)]
    assert all(abs(d) < EMITS // 10 for d in drift), f"reference counts of True/False/None drifted by {drift}"
