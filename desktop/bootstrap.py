"""Process start-up shared by the command line, the window and the tests."""

from __future__ import annotations

from desktop.documents import register_filter
from desktop.money import amount_in_capitals


def bootstrap() -> None:
    """Wire the Qt-free parts together once per process (safe to call again)."""
    register_filter("capitals", amount_in_capitals)
