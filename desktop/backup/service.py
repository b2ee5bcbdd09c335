"""Backups as user actions, for the window and the command line alike: permission-checked,
audited, rotated. This is the only place a backup is taken or restored on behalf of someone.

- ``back_up(actor, folder)``: a manual backup (``Permission.BACKUP``); rotation never removes it;
- ``automatic(actor, folder, reason)``: the window's daily and exit backups. Taking a copy
  changes nothing, so any signed-in officer's workstation makes them (``Permission.VIEW``);
  the folder was chosen by someone allowed to back up;
- ``back_up_to(actor, path)``: a backup into a file named by the caller (``backup --out``);
- ``restore(actor, path)``: replace everything from a verified backup (``Permission.BACKUP``).
"""

from __future__ import annotations

from pathlib import Path

from db.audit import record_event
from db.engine import Database
from desktop.auth import Actor, Permission, require
from desktop.backup.archive import BackupInfo, take_backup, verify_backup
from desktop.backup.restore import restore_backup
from desktop.backup.rotation import MANUAL, backup_name, rotate
from desktop.errors import UserError


class BackupService:
    def __init__(self, database: Database, files_dir: Path) -> None:
        self._db = database
        self._files = Path(files_dir)

    def back_up(self, actor: Actor, folder: Path) -> BackupInfo:
        """A manual backup in ``folder``; older automatic ones are rotated (7 daily, 12 monthly)."""
        require(actor, Permission.BACKUP)
        return self._into_folder(actor, Path(folder), MANUAL, "备份到")  # the folder is made if missing

    def automatic(self, actor: Actor, folder: Path, reason: str) -> BackupInfo:
        """The daily (``daily``) or exit (``exit``) backup into the chosen folder, then rotation."""
        require(actor, Permission.VIEW)
        if reason == MANUAL:
            raise ValueError("an automatic backup is never named manual")
        if not Path(folder).is_dir():  # an unplugged USB drive: say so, never create a folder in its place
            raise UserError(f"备份文件夹不存在或无法访问：{folder}。请插入 U 盘或连接网络共享，或在「备份与恢复」中重新选择。")
        return self._into_folder(actor, Path(folder), reason, f"自动备份（{reason}）到")

    def back_up_to(self, actor: Actor, path: Path) -> BackupInfo:
        """A backup into exactly ``path`` (nothing rotated: the file is the caller's)."""
        require(actor, Permission.BACKUP)
        return self._take(actor, Path(path), "备份到")

    def _into_folder(self, actor: Actor, folder: Path, reason: str, what: str) -> BackupInfo:
        info = self._take(actor, folder / backup_name(reason=reason), what)
        rotate(folder)
        return info

    def _take(self, actor: Actor, path: Path, what: str) -> BackupInfo:
        info = take_backup(self._db, self._files, path)
        with self._db.write(actor) as session:
            record_event(session, "backup", detail=f"{what} {info.path}（SHA-256 {info.sha256[:16]}…）")
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
