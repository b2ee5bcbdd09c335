"""Backup file names and rotation: keep the newest automatic backup per day (7 days) and per month
(12 months). Manual backups (``-manual`` in the name) are the officer's: rotation never removes them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

PREFIX = "uniondesk-"
SUFFIX = ".udbak"
_NAME = re.compile(r"^uniondesk-(\d{8}-\d{6})(?:-([a-z]+))?\.udbak$")
MANUAL = "manual"


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: datetime  # local time, from the name
    size: int
    reason: str = ""  # daily, exit, manual (empty for older names)

    @property
    def manual(self) -> bool:
        return self.reason == MANUAL


def backup_name(moment: datetime | None = None, reason: str = "") -> str:
    moment = moment or datetime.now()
    tail = f"-{reason}" if reason else ""
    return f"{PREFIX}{moment:%Y%m%d-%H%M%S}{tail}{SUFFIX}"


def list_backups(folder: Path) -> list[BackupFile]:
    """The program's backups in ``folder``, newest first."""
    folder = Path(folder)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if match and path.is_file():
            taken_at = datetime.strptime(match.group(1), "%Y%m%d-%H%M%S")
            found.append(BackupFile(path, taken_at, path.stat().st_size, match.group(2) or ""))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def to_keep(backups: list[BackupFile], daily: int, monthly: int) -> set[Path]:
    keep: set[Path] = set()
    days: list = []
    months: list = []
    for backup in backups:  # newest first
        day, month = backup.taken_at.date(), (backup.taken_at.year, backup.taken_at.month)
        if day not in days and len(days) < daily:
            days.append(day)
            keep.add(backup.path)
        if month not in months and len(months) < monthly:
            months.append(month)
            keep.add(backup.path)
    return keep


def rotate(folder: Path, daily: int = 7, monthly: int = 12) -> list[Path]:
    """Delete automatic backups beyond the newest of each of the last ``daily`` days and ``monthly``
    months; manual ones are neither deleted nor counted."""
    backups = [b for b in list_backups(folder) if not b.manual]
    keep = to_keep(backups, daily, monthly)
    removed = []
    for backup in backups:
        if backup.path not in keep:
            backup.path.unlink(missing_ok=True)
            backup.path.with_name(backup.path.name + ".sha256").unlink(missing_ok=True)
            removed.append(backup.path)
    return removed
