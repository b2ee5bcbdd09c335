"""When the window's automatic backup is due: daily at start (if none yet today) and on exit.

The backup itself is ``BackupService.automatic`` (the one implementation, permission-checked).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from desktop.backup.rotation import list_backups


def has_backup_today(folder: Path, today: date | None = None) -> bool:
    today = today or date.today()
    return any(b.taken_at.date() == today for b in list_backups(folder))
