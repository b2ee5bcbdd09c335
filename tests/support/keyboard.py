"""Typing into widgets as an officer does: ASCII by key presses, Chinese by the input method.

``qtbot.keyClicks`` cannot send non-ASCII text (QTest asserts in qasciikey.cpp), and
real users enter Chinese through an IME, which delivers a committed string. So
runs of non-ASCII characters are sent as ``QInputMethodEvent`` commits.
"""

from __future__ import annotations

import itertools

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication


def type_text(qtbot, widget, text: str) -> None:
    widget.setFocus()
    for is_ascii, run in itertools.groupby(text, key=lambda ch: ch.isascii()):
        chunk = "".join(run)
        if is_ascii:
            qtbot.keyClicks(widget, chunk)
        else:
            _commit(widget, chunk)


def _commit(widget, chunk: str) -> None:
    target = widget.focusProxy() or widget
    event = QInputMethodEvent("", [])
    event.setCommitString(chunk)
    QApplication.sendEvent(target, event)
