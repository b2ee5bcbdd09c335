"""Changes on the GUI thread, and the one way a widget reacts to them: ``watch()``.

The database announces each committed write as a ``db.changes.Changes`` (entity
kinds with ids) on whatever thread wrote; ``ChangeBridge`` gathers the announcements
and re-emits them, merged, on the GUI thread at the next turn of the event loop.
``ChangeBridge.announce_everything()`` says "anything may have changed" (F5,
another workstation's commit).

``watch(widget, changes, refresh, kinds)`` calls ``refresh()`` when a change touches
one of ``kinds``, but only while ``widget`` is visible: a hidden widget is marked
stale and refreshes once when it is shown again. With ``load_on_show=True`` the
widget starts stale, so a list is first read when the officer first looks at it.
The watcher is a child of the widget: when the widget is destroyed, Qt drops the
connection with it, so closed windows never keep refreshing.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable

from db.changes import Changes, check_kinds
from db.engine import Database
from ui.qt import QEvent, QObject, QTimer, QWidget, Signal

ALL_KINDS: tuple[str, ...] = ()
"""Pass as ``kinds`` to react to every change."""


class ChangeBridge(QObject):
    """Re-emits the database's change notices as one merged signal on the GUI thread."""

    changed = Signal(object)  # Changes

    def __init__(self, database: Database) -> None:
        super().__init__()
        self._lock = threading.Lock()
        self._pending: Changes | None = None
        database.subscribe(self._from_any_thread)

    def announce_everything(self) -> None:
        self._from_any_thread(Changes.everything())

    def _from_any_thread(self, changes: Changes) -> None:
        with self._lock:
            first = self._pending is None
            self._pending = changes if first else self._pending.merged(changes)
        if first:
            QTimer.singleShot(0, self, self._flush)

    def _flush(self) -> None:
        with self._lock:
            changes, self._pending = self._pending, None
        if changes:
            self.changed.emit(changes)


class Watcher(QObject):
    """One widget's subscription; lives and dies with the widget."""

    live = 0  # how many exist: a test counts them to prove closed windows let go

    def __init__(self, widget: QWidget, bridge: ChangeBridge, refresh: Callable[[], None],
                 kinds: Iterable[str], ignore: Iterable[str], load_on_show: bool) -> None:
        super().__init__(widget)
        self.widget, self.refresh = widget, refresh
        self.kinds, self.ignore = check_kinds(kinds), check_kinds(ignore)
        self.stale = load_on_show
        Watcher.live += 1
        self.destroyed.connect(_forget)
        bridge.changed.connect(self._on_changed)
        widget.installEventFilter(self)

    def matches(self, changes: Changes) -> bool:
        if changes.everything_changed:
            return True
        kinds = changes.kinds - self.ignore
        return bool(kinds) and (not self.kinds or not kinds.isdisjoint(self.kinds))

    def _on_changed(self, changes: Changes) -> None:
        if not self.matches(changes):
            return
        if self.widget.isVisible():
            self.stale = False
            self.refresh()
        else:
            self.stale = True

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Show and self.stale:
            self.stale = False
            self.refresh()
        return False


def _forget() -> None:
    Watcher.live -= 1


def watch(widget: QWidget, bridge: ChangeBridge, refresh: Callable[[], None], kinds: Iterable[str] = ALL_KINDS,
          *, ignore: Iterable[str] = (), load_on_show: bool = False) -> Watcher:
    """React to changes of ``kinds`` (every kind when empty, less ``ignore``) while shown."""
    return Watcher(widget, bridge, refresh, kinds, ignore, load_on_show)
