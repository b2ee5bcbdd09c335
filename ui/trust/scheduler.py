"""Automatic backups of the window: daily at start (if none yet today) and on exit, on the task runner."""

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

    def on_exit(self, parent=None) -> bool:
        """Back up on exit and wait for it (the window painting meanwhile); False when it
        failed (the caller shows it)."""
        if backup_folder(self.context) is None or self.context.restored:
            return True
        try:
            info = self.context.runner.run_and_wait(self._work("exit"), parent=parent, title="正在退出前备份…")
        except (UserError, OSError) as error:
            self.failed.emit(str(error))
            return False
        self.succeeded.emit(info.path.name)
        return True

    def take(self, reason: str) -> None:
        """Back up on the task runner's worker; ``succeeded`` or ``failed`` tells the outcome."""
        self.context.runner.run(self._work(reason), lambda info: self.succeeded.emit(info.path.name),
                                self._failed)

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, UserError | OSError):
            raise error
        self.failed.emit(str(error))

    def _work(self, reason: str):
        backup, actor = self.context.services.backup, self.context.actor
        folder = backup_folder(self.context)  # plain values only: the worker must free no Qt object
        return lambda _control: backup.automatic(actor, folder, reason)
