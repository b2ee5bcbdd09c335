"""What every page is given: the database, the signed-in officer, the services, change signals, a task runner.

The ``Services`` container is built once here; widgets take their service from
``context.services`` and never construct one. No attribute is added at run time:
what a page may need to know (``restored``) is a declared field.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from db.engine import Database
from desktop.auth import Actor, Permission
from desktop.services import Services
from desktop.settings import SettingsService
from ui.changes import ChangeBridge
from ui.qt import QSettings
from ui.tasks import TaskRunner
from ui.widgets.prompts import Prompt, QtPrompt


@dataclass
class AppContext:
    database: Database
    actor: Actor
    preferences: QSettings
    files_dir: Path
    services: Services = None  # type: ignore[assignment]  # built in __post_init__ unless given
    restored: bool = False  # the database was replaced from a backup: no more writes, the program closes
    changes: ChangeBridge = field(init=False)
    runner: TaskRunner = field(init=False)
    prompt: Prompt = field(default_factory=QtPrompt)  # every message and question (tests: a scripted fake)

    def __post_init__(self) -> None:
        self.changes = ChangeBridge(self.database)
        self.runner = TaskRunner()  # the application's one worker: backups, slow reads, printing, registers
        if self.services is None:
            self.services = Services(self.database, self.files_dir)

    @property
    def settings(self) -> SettingsService:
        return self.services.settings

    def can(self, permission: Permission) -> bool:
        return self.actor.can(permission)
