"""Progress reporting and cancelling for long register reads and writes."""

from __future__ import annotations

from collections.abc import Callable

from desktop.errors import UserError

ProgressFn = Callable[[int], None]
CancelFn = Callable[[], bool]


class Cancelled(UserError):
    """The officer cancelled; nothing was written."""

    def __init__(self, message: str = "操作已取消。") -> None:
        super().__init__(message)


class Ticker:
    """Counts rows; every ``every`` rows reports progress and checks for a cancel."""

    def __init__(
        self, progress: ProgressFn | None, should_cancel: CancelFn | None, every: int = 500
    ) -> None:
        self._progress = progress
        self._should_cancel = should_cancel
        self._every = every
        self.count = 0

    def tick(self) -> None:
        self.count += 1
        if self.count % self._every == 0:
            self.check()

    def check(self) -> None:
        """Report the count now and raise ``Cancelled`` if asked to stop."""
        if self._should_cancel is not None and self._should_cancel():
            raise Cancelled()
        if self._progress is not None:
            self._progress(self.count)
