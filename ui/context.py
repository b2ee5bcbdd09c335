"""What every page is given: the database, the signed-in officer, services, change signals, a task runner."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from db.engine import Database
from desktop.auth import Actor, Permission
from desktop.settings import SettingsService
from ui.changes import ChangeBridge
from ui.qt import QSettings
from ui.tasks import TaskRunner


@dataclass
class AppContext:
    database: Database
    actor: Actor
    preferences: QSettings
    files_dir: Path
    changes: ChangeBridge = field(init=False)
    runner: TaskRunner = field(init=False)

    def __post_init__(self) -> None:
        self.changes = ChangeBridge(self.database)
        self.runner = TaskRunner()  # the application's one worker: backups, slow reads, printing, registers
        self.settings = SettingsService(self.database)

    def can(self, permission: Permission) -> bool:
        return self.actor.can(permission)
