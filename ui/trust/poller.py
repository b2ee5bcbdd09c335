"""Picking up other workstations' changes: watch the audit chain's head every few seconds."""

from __future__ import annotations

from desktop.errors import UserError
from ui.context import AppContext
from ui.qt import QObject, QTimer

INTERVAL_MS = 5000


class ChangePoller(QObject):
    """Announces that anything may have changed when someone else committed something."""

    def __init__(self, context: AppContext, interval_ms: int = INTERVAL_MS, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.service = context.services.audit
        self.seen = self.service.last_seq()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)

    def start(self) -> None:
        self.timer.start()

    def poll(self) -> bool:
        """True when others' changes were announced."""
        try:
            head = self.service.last_seq()
            if head == self.seen:
                return False
            others = self.service.changed_by_others(self.seen, self.context.actor.officer_id)
        except UserError:
            return False  # server unreachable for a moment: try again next time
        self.seen = head
        if others:
            self.context.changes.announce_everything()
        return others
