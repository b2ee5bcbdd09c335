"""One worker thread that runs database statements in order while the generator goes on.

SQLite does its B-tree work with the GIL released, so inserting one batch while the
next is being generated uses the second core. Whoever touches the connection
outside the worker must ``wait()`` first; the first error stops the worker and is
raised in the generating thread.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable


class Background:
    def __init__(self, depth: int = 6) -> None:
        self._queue: queue.Queue[Callable[[], object] | None] = queue.Queue(maxsize=depth)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._work, name="demo-writer", daemon=True)
        self._thread.start()

    def submit(self, task: Callable[[], object]) -> None:
        self._raise_error()
        self._queue.put(task)

    def wait(self) -> None:
        """Return when every submitted task has run; raise the first error."""
        self._queue.join()
        self._raise_error()

    def close(self) -> None:
        if self._thread.is_alive():
            self._queue.put(None)
            self._thread.join()

    def _raise_error(self) -> None:
        if self._error is not None:
            error, self._error = self._error, None
            raise error

    def _work(self) -> None:
        while True:
            task = self._queue.get()
            try:
                if task is None:
                    return
                if self._error is None:
                    task()
            except BaseException as exc:  # handed to the generating thread
                self._error = exc
            finally:
                self._queue.task_done()
