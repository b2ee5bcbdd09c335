"""Automatic backups: daily at start (if none yet today) and on exit, into the chosen folder.

Taking a copy changes nothing, so any signed-in officer's workstation makes its
automatic backups; the folder was chosen by someone allowed to (``Permission.BACKUP``).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from db.audit import record_event
from db.engine import Database
from desktop.auth import Actor, Permission, require
from desktop.backup.archive import BackupInfo, take_backup
from desktop.backup.rotation import backup_name, list_backups, rotate


def has_backup_today(folder: Path, today: date | None = None) -> bool:
    today = today or date.today()
    return any(b.taken_at.date() == today for b in list_backups(folder))


def automatic_backup(database: Database, files_dir: Path, actor: Actor, folder: Path, reason: str) -> BackupInfo:
    require(actor, Permission.VIEW)
    folder = Path(folder)
    if not folder.is_dir():
        from desktop.errors import UserError

        raise UserError(f"备份文件夹不存在或无法访问：{folder}。请插入 U 盘或连接网络共享，或在「备份与恢复」中重新选择。")
    info = take_backup(database, files_dir, folder / backup_name(reason=reason))
    rotate(folder)
    with database.write(actor) as session:
        record_event(session, "backup", detail=f"自动备份（{reason}）到 {info.path}")
    return info
