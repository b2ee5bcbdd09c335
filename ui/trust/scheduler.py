"""Automatic backups of the window: daily at start (if none yet today) and on exit."""

from __future__ import annotations

from desktop.backup.auto import has_backup_today
from desktop.errors import UserError
from ui.context import AppContext
from ui.qt import QObject, QTimer, Signal
from ui.trust.backup_panel import backup_folder

START_DELAY_MS = 3000


class BackupScheduler(QObject):
    succeeded = Signal(str)
    failed = Signal(str)
    not_configured = Signal()

    def __init__(self, context: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.context = context

    def start(self) -> None:
        QTimer.singleShot(START_DELAY_MS, self, self.daily)

    def daily(self) -> None:
        folder = backup_folder(self.context)
        if folder is None:
            self.not_configured.emit()
        elif not has_backup_today(folder):
            self.take("daily")

    def on_exit(self) -> bool:
        """Back up on exit; False when it failed (the caller shows it)."""
        if backup_folder(self.context) is None or self.context.restored:
            return True
        return self.take("exit")

    def take(self, reason: str) -> bool:
        folder = backup_folder(self.context)
        try:
            info = self.context.services.backup.automatic(self.context.actor, folder, reason)
        except (UserError, OSError) as error:
            self.failed.emit(str(error))
            return False
        self.succeeded.emit(info.path.name)
        return True
