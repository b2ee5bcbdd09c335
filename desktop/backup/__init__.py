"""Backups: one checksummed file holding the database and the attachments.

``take_backup`` copies consistently while the program is in use (SQLite's
online backup API; ``pg_dump`` for PostgreSQL); ``verify_backup`` checks every
member against the manifest; ``restore_backup`` verifies first and keeps the
current database aside; ``rotate`` keeps 7 daily and 12 monthly backups.
"""

from desktop.backup.archive import BackupInfo, take_backup, verify_backup
from desktop.backup.restore import restore_backup
from desktop.backup.rotation import backup_name, list_backups, rotate

__all__ = ["BackupInfo", "backup_name", "list_backups", "restore_backup", "rotate", "take_backup", "verify_backup"]
