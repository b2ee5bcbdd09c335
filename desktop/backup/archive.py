"""Taking and checking a backup file (a zip with a manifest of SHA-256 checksums)."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import tempfile
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from db.engine import Database
from db.migrate import current_revision
from desktop.audit_log.anchor import current_anchor
from desktop.backup import pgtools
from desktop.errors import UserError

FORMAT = "uniondesk-backup"
MANIFEST = "manifest.json"
SQLITE_MEMBER = "database.sqlite"
PG_MEMBER = "database.pgdump"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created_at: datetime
    kind: str  # "sqlite" | "postgresql"
    source: str
    schema_revision: str | None
    audit_seq: int
    files: int
    size: int
    sha256: str  # of the whole backup file, also written beside it as FILE.sha256


def take_backup(database: Database, files_dir: Path | None, out_path: Path) -> BackupInfo:
    """Copy the database and the files folder into ``out_path`` (written whole, then renamed)."""
    out_path = Path(out_path)
    partial = out_path.with_name(out_path.name + ".partial")
    try:
        return _take(database, files_dir, out_path, partial)
    except (OSError, sqlite3.Error) as exc:
        if partial.parent.is_dir():
            partial.unlink(missing_ok=True)
        reason = getattr(exc, "strerror", None) or str(exc)
        raise UserError(f"备份失败，备份文件无法写入 {out_path}：{reason}。"
                        "请检查备份文件夹（U 盘或网络共享）是否可用、空间是否足够。") from exc


def _take(database: Database, files_dir: Path | None, out_path: Path, partial: Path) -> BackupInfo:
    out_path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="uniondesk-backup-") as work:
        anchor = _audit_anchor(database)  # read before the dump: the dump holds at least this head
        member, db_file = _dump_database(database, Path(work))
        if database.is_sqlite:
            anchor = _copy_anchor(db_file)
        manifest = _manifest(database) | anchor
        count = _write_zip(partial, manifest, member, db_file, files_dir)
        partial.replace(out_path)
    digest = file_sha256(out_path)
    out_path.with_name(out_path.name + ".sha256").write_text(f"{digest}  {out_path.name}\n", encoding="ascii")
    return BackupInfo(out_path, manifest["created_at_dt"], manifest["kind"], manifest["source"],
                      manifest["schema_revision"], manifest["audit_seq"], count, out_path.stat().st_size, digest)


def _dump_database(database: Database, work: Path) -> tuple[str, Path]:
    if database.is_sqlite:
        target = work / SQLITE_MEMBER
        sqlite_copy(database.sqlite_path, target)
        return SQLITE_MEMBER, target
    target = work / PG_MEMBER
    pgtools.dump(database.url, target)
    return PG_MEMBER, target


def sqlite_copy(source: Path | None, target: Path) -> None:
    """A consistent copy through SQLite's online backup API (safe while others write)."""
    if source is None or not Path(source).exists():
        raise UserError("只能备份数据库文件，内存数据库无法备份。")
    src = sqlite3.connect(str(source), timeout=30)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
        dst.execute("PRAGMA journal_mode=DELETE")
    finally:
        dst.close()
        src.close()


def _manifest(database: Database) -> dict:
    created = datetime.now(UTC)
    return {
        "format": FORMAT, "version": 1, "created_at": created.isoformat(), "created_at_dt": created,
        "kind": "sqlite" if database.is_sqlite else "postgresql",
        "source": database.url.render_as_string(hide_password=True),
        "schema_revision": current_revision(database),
    }


def _audit_anchor(database: Database) -> dict:
    """``audit_seq`` and ``audit_head``: the trail's head, kept outside the database (``audit verify --anchor``)."""
    with database.engine.connect() as conn:
        return current_anchor(conn).manifest()


def _copy_anchor(db_file: Path) -> dict:
    """The head of the copied SQLite file itself (other processes may have written since)."""
    copy = Database(f"sqlite:///{db_file}")
    try:
        return _audit_anchor(copy)
    finally:
        copy.dispose()


def _write_zip(out: Path, manifest: dict, member: str, db_file: Path, files_dir: Path | None) -> int:
    checksums = {member: file_sha256(db_file)}
    count = 0
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
        archive.write(db_file, member)
        for path in sorted(_files(files_dir)):
            name = "files/" + path.relative_to(files_dir).as_posix()
            archive.write(path, name)
            checksums[name] = file_sha256(path)
            count += 1
        body = {k: v for k, v in manifest.items() if k != "created_at_dt"} | {"members": checksums}
        archive.writestr(MANIFEST, json.dumps(body, ensure_ascii=False, indent=2))
    return count


def _files(files_dir: Path | None):
    if files_dir is None or not Path(files_dir).is_dir():
        return []
    return [p for p in Path(files_dir).rglob("*") if p.is_file()]


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def verify_backup(path: Path) -> dict:
    """The manifest, after checking the file, every member's checksum and (SQLite) the database itself."""
    path = Path(path)
    if not path.is_file():
        raise UserError(f"备份文件不存在：{path}")
    _check_sidecar(path)
    try:
        with zipfile.ZipFile(path) as archive:
            manifest = _read_manifest(archive)
            _check_members(archive, manifest)
            if SQLITE_MEMBER in manifest["members"]:
                _check_sqlite(archive)
    except zipfile.BadZipFile as exc:
        raise UserError(f"备份文件已损坏（不是完整的备份包）：{path.name}") from exc
    return manifest


def _check_sidecar(path: Path) -> None:
    sidecar = path.with_name(path.name + ".sha256")
    if sidecar.exists():
        expected = sidecar.read_text(encoding="ascii").split()[0]
        if file_sha256(path) != expected:
            raise UserError(f"备份文件校验值不符（文件被改动或未写完整）：{path.name}")


def _read_manifest(archive: zipfile.ZipFile) -> dict:
    try:
        manifest = json.loads(archive.read(MANIFEST))
    except KeyError as exc:
        raise UserError("这不是工会调解工作台的备份文件（缺少清单 manifest.json）。") from exc
    if manifest.get("format") != FORMAT:
        raise UserError("这不是工会调解工作台的备份文件。")
    return manifest


def _check_members(archive: zipfile.ZipFile, manifest: dict) -> None:
    names = set(archive.namelist()) - {MANIFEST}
    missing = set(manifest["members"]) - names
    extra = names - set(manifest["members"])
    if missing or extra:
        raise UserError(f"备份内容与清单不一致：缺少 {sorted(missing)[:3]}，多出 {sorted(extra)[:3]}")
    for name, expected in manifest["members"].items():
        digest = hashlib.sha256()
        with archive.open(name) as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
        if digest.hexdigest() != expected:
            raise UserError(f"备份中的「{name}」校验值不符，备份已损坏。")


def _check_sqlite(archive: zipfile.ZipFile) -> None:
    with tempfile.TemporaryDirectory(prefix="uniondesk-verify-") as work:
        target = Path(archive.extract(SQLITE_MEMBER, work))
        conn = sqlite3.connect(target)
        try:
            result = conn.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            conn.close()
    if result != "ok":
        raise UserError(f"备份中的数据库未通过完整性检查：{result}")
