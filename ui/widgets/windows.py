"""Windows that fit the officer's screen: a 1366×768 laptop as well as a 1920×1080 monitor."""

from __future__ import annotations

from ui.qt import QGuiApplication, QSize, QWidget

SMALLEST_SCREEN = QSize(1366, 768)
FRAME_ALLOWANCE = QSize(16, 48)  # title bar and borders the window manager adds


def available_size(widget: QWidget | None = None) -> QSize:
    screen = (widget.screen() if widget is not None else None) or QGuiApplication.primaryScreen()
    size = screen.availableGeometry().size() if screen is not None else SMALLEST_SCREEN
    # offscreen/virtual screens may be smaller than any real one: never plan for less than 1366×768
    if size.width() < SMALLEST_SCREEN.width() or size.height() < SMALLEST_SCREEN.height():
        size = SMALLEST_SCREEN - QSize(0, 40)  # a taskbar
    return size


def fit_to_screen(widget: QWidget, width: int, height: int) -> QSize:
    """Resize to ``width``×``height``, or less where the screen is smaller (the window's own
    minimum size permitting); return the size given."""
    room = available_size(widget) - FRAME_ALLOWANCE
    size = QSize(min(width, room.width()), min(height, room.height()))
    widget.resize(size)
    return size
