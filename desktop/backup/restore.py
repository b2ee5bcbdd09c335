"""Putting a backup back: verify first, keep the current database aside, then replace."""

from __future__ import annotations

import shutil
import tempfile
import zipfile
from datetime import datetime
from pathlib import Path

from sqlalchemy.engine import make_url

from desktop.backup import pgtools
from desktop.backup.archive import PG_MEMBER, SQLITE_MEMBER, verify_backup
from desktop.errors import UserError


def aside_name(path: Path, moment: datetime | None = None) -> Path:
    moment = moment or datetime.now()
    return path.with_name(f"{path.name}.before-restore-{moment:%Y%m%d-%H%M%S}")


def restore_backup(path: Path, database_url: str, files_dir: Path) -> list[Path]:
    """Replace the database (and files folder) with the backup; returns what was set aside.

    Close every connection to the database first.
    """
    manifest = verify_backup(path)
    try:
        return _restore(path, manifest, database_url, files_dir)
    except OSError as exc:
        raise UserError(f"恢复未完成：{exc.strerror or exc}（{exc.filename or ''}）。"
                        "原数据库已另存为 *.before-restore-* 文件，可手工改回原名。") from exc


def _restore(path: Path, manifest: dict, database_url: str, files_dir: Path) -> list[Path]:
    url = make_url(database_url)
    members = manifest["members"]
    with tempfile.TemporaryDirectory(prefix="uniondesk-restore-") as folder, zipfile.ZipFile(path) as archive:
        archive.extractall(folder)
        work = Path(folder)
        if url.get_backend_name() == "sqlite":
            if SQLITE_MEMBER not in members:
                raise UserError("这是 PostgreSQL 数据库的备份，不能恢复到 SQLite 文件。")
            _check_anchor(f"sqlite:///{work / SQLITE_MEMBER}", manifest)
            if not url.database:
                raise UserError("数据库地址没有写明 SQLite 文件，无法恢复。")
            aside = _restore_sqlite(work / SQLITE_MEMBER, Path(url.database))
        else:
            if PG_MEMBER not in members:
                raise UserError("这是 SQLite 数据库的备份，不能直接恢复到 PostgreSQL 服务器。")
            pgtools.require_tool("pg_restore")
            aside = [_keep_pg_aside(url, Path(files_dir))]
            pgtools.restore(url, work / PG_MEMBER)
            _check_anchor(database_url, manifest, aside=aside[0])
        aside += _restore_files(work / "files", Path(files_dir))
    return aside


def _check_anchor(url: str, manifest: dict, aside: Path | None = None) -> None:
    """The restored trail must still hold the head the backup's manifest recorded."""
    if "audit_head" not in manifest:
        return  # a backup made before anchors were recorded
    from sqlalchemy import create_engine

    from desktop.audit_log.anchor import Anchor, check_anchor

    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            result = check_anchor(conn, Anchor(int(manifest["audit_seq"]), manifest["audit_head"]))
    finally:
        engine.dispose()
    if not result.ok:
        kept = f"原数据库已另存为 {aside}。" if aside else "当前数据库未被替换。"
        raise UserError(f"备份中的审计记录与备份清单记载的锚点不符，拒绝恢复：{result.message}{kept}")


def _restore_sqlite(source: Path, target: Path) -> list[Path]:
    target.parent.mkdir(parents=True, exist_ok=True)
    staged = target.with_name(target.name + ".restoring")
    shutil.copy2(source, staged)
    moment = datetime.now()
    aside = []
    for suffix in ("", "-wal", "-shm"):
        current = Path(str(target) + suffix)
        if current.exists():
            moved = aside_name(current, moment)
            current.replace(moved)
            aside.append(moved)
    staged.replace(target)
    return aside


def _keep_pg_aside(url, files_dir: Path) -> Path:
    kept = aside_name(files_dir.parent / f"{url.database}.pgdump")
    pgtools.dump(url, kept)
    return kept


def _restore_files(source: Path, target: Path) -> list[Path]:
    aside = []
    if target.exists() and any(target.iterdir()):
        moved = aside_name(target)
        target.replace(moved)
        aside.append(moved)
    elif target.exists():
        target.rmdir()
    if source.is_dir():
        shutil.copytree(source, target)
    else:
        target.mkdir(parents=True, exist_ok=True)
    return aside
