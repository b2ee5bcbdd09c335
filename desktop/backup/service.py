"""Backups as user actions: permission-checked, audited, rotated."""

from __future__ import annotations

from pathlib import Path

from db.audit import record_event
from db.engine import Database
from desktop.auth import Actor, Permission, require
from desktop.backup.archive import BackupInfo, take_backup, verify_backup
from desktop.backup.restore import restore_backup
from desktop.backup.rotation import backup_name, rotate


class BackupService:
    def __init__(self, database: Database, files_dir: Path) -> None:
        self._db = database
        self._files = Path(files_dir)

    def back_up(self, actor: Actor, folder: Path, reason: str = "manual") -> BackupInfo:
        """A new backup in ``folder``, then rotation (7 daily, 12 monthly)."""
        require(actor, Permission.BACKUP)
        info = take_backup(self._db, self._files, Path(folder) / backup_name(reason=reason))
        rotate(Path(folder))
        with self._db.write(actor) as session:
            record_event(session, "backup", detail=f"备份到 {info.path}（SHA-256 {info.sha256[:16]}…）")
        return info

    def verify(self, actor: Actor, path: Path) -> dict:
        require(actor, Permission.BACKUP)
        return verify_backup(Path(path))

    def restore(self, actor: Actor, path: Path) -> list[Path]:
        """Replace the database with the backup. Afterwards this ``Database`` must not be used again."""
        require(actor, Permission.BACKUP)
        verify_backup(Path(path))
        url = self._db.url.render_as_string(hide_password=False)
        self._db.dispose()
        aside = restore_backup(Path(path), url, self._files)
        restored = Database(url)
        try:
            from db.migrate import upgrade

            upgrade(restored)
            with restored.write(actor) as session:
                record_event(session, "restore", detail=f"从 {Path(path).name} 恢复；原数据另存 {len(aside)} 项")
        finally:
            restored.dispose()
        return aside
