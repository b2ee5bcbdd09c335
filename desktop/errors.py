"""Expected failures, each carrying a message in Chinese for the officer.

A ``UserError`` is shown as-is (dialog in the window, stderr with exit 1 in the
command line). Anything else is a bug and goes to the crash handler.
"""

from __future__ import annotations

from db.errors import ConflictError, DuplicateRecord, UserError

__all__ = ["ConflictError", "DuplicateRecord", "NotFound", "PermissionDenied", "TransitionError", "UserError",
           "ValidationError"]


class ValidationError(UserError):
    """Bad input. ``field`` names the field (Chinese label); ``row`` the register row."""

    def __init__(self, message: str, field: str | None = None, row: int | None = None) -> None:
        self.field = field
        self.row = row
        self.reason = message
        super().__init__(_locate(message, field, row))


def _locate(message: str, field: str | None, row: int | None) -> str:
    where = ""
    if row is not None:
        where += f"第 {row} 行"
    if field:
        where += f"「{field}」"
    return f"{where}: {message}" if where else message


class PermissionDenied(UserError):
    """The signed-in officer's role does not allow the action."""


class TransitionError(UserError):
    """A state change that the workflow does not allow from the current state."""


class NotFound(UserError):
    """A referenced record does not exist."""
