"""Backups: one checksummed file, verified before restore, current data kept aside, rotation."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading
import time
import zipfile
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db.engine import Database
from db.models import Employer
from desktop.backup import list_backups, restore_backup, rotate, take_backup, verify_backup
from desktop.backup.rotation import backup_name
from desktop.errors import UserError

ROOT = Path(__file__).resolve().parent.parent.parent


def _files(tmp_path) -> Path:
    files = tmp_path / "files"
    (files / "ab").mkdir(parents=True)
    (files / "ab" / "abcdef.pdf").write_bytes(b"%PDF-1.4 issued document")
    return files


def _count(database) -> int:
    with database.read() as session:
        return session.scalar(select(func.count()).select_from(Employer))


def test_backup_and_restore_roundtrip_with_files(sqlite_database, tmp_path):
    with sqlite_database.write(None) as session:
        session.add(Employer(name="备份前单位"))
    files = _files(tmp_path)
    info = take_backup(sqlite_database, files, tmp_path / "out" / "b.udbak")
    manifest = verify_backup(info.path)
    assert set(manifest["members"]) == {"database.sqlite", "files/ab/abcdef.pdf"}
    assert manifest["kind"] == "sqlite" and "password" not in manifest["source"]
    with sqlite_database.write(None) as session:
        session.add(Employer(name="备份后单位"))
    (files / "ab" / "abcdef.pdf").write_bytes(b"changed")
    url = sqlite_database.url.render_as_string(hide_password=False)
    sqlite_database.dispose()
    aside = restore_backup(info.path, url, files)
    assert any(".before-restore-" in p.name for p in aside)
    restored = Database(url)
    assert _count(restored) == 1
    assert (files / "ab" / "abcdef.pdf").read_bytes() == b"%PDF-1.4 issued document"
    restored.dispose()


def test_damaged_backup_refused_before_anything_is_replaced(sqlite_database, tmp_path):
    info = take_backup(sqlite_database, _files(tmp_path), tmp_path / "b.udbak")
    data = bytearray(info.path.read_bytes())
    data[len(data) // 3] ^= 0xFF
    info.path.write_bytes(bytes(data))
    before = sqlite_database.sqlite_path.read_bytes()
    with pytest.raises(UserError, match="校验值不符|损坏"):
        restore_backup(info.path, sqlite_database.url.render_as_string(hide_password=False), tmp_path / "files")
    assert sqlite_database.sqlite_path.read_bytes() == before


def test_member_tampering_detected_without_sidecar(sqlite_database, tmp_path):
    info = take_backup(sqlite_database, _files(tmp_path), tmp_path / "b.udbak")
    info.path.with_name(info.path.name + ".sha256").unlink()
    rebuilt = tmp_path / "c.udbak"
    with zipfile.ZipFile(info.path) as src, zipfile.ZipFile(rebuilt, "w") as dst:
        for name in src.namelist():
            data = src.read(name)
            dst.writestr(name, b"forged" if name.startswith("files/") else data)
    with pytest.raises(UserError, match="files/ab/abcdef.pdf"):
        verify_backup(rebuilt)


def test_rotation_keeps_seven_daily_and_twelve_monthly(tmp_path):
    start = datetime(2025, 1, 1, 18, 0)
    for day in range(400):
        for hour in (9, 18):
            (tmp_path / backup_name(start + timedelta(days=day, hours=hour - 18))).write_bytes(b"x")
    rotate(tmp_path)
    kept = list_backups(tmp_path)
    days = {b.taken_at.date() for b in kept}
    assert len(kept) == len(days)  # one per day at most, the newest of that day
    assert all(b.taken_at.hour == 18 for b in kept)
    newest = max(days)
    assert {newest - timedelta(days=i) for i in range(7)} <= days
    assert len({(d.year, d.month) for d in days}) == 12
    assert len(kept) <= 7 + 12


def _start_writer(url: str, stop_file: Path):
    proc = subprocess.Popen([sys.executable, str(ROOT / "tests/trust/writer_process.py"), url, str(stop_file)],
                            stdout=subprocess.PIPE, text=True)
    committed: list[int] = []
    reader = threading.Thread(target=lambda: committed.extend(int(line) for line in proc.stdout), daemon=True)
    reader.start()
    return proc, committed, reader


def test_backup_while_another_process_writes_restores_every_committed_row(sqlite_database, tmp_path):
    url = sqlite_database.url.render_as_string(hide_password=False)
    stop_file = tmp_path / "stop-writer"
    proc, committed, reader = _start_writer(url, stop_file)
    taken = []
    try:
        while len(committed) < 20:
            time.sleep(0.05)
        for index in range(4):
            before = list(committed)
            info = take_backup(sqlite_database, None, tmp_path / f"b{index}.udbak")
            taken.append((before, info))
            time.sleep(0.3)
        _wait_until(lambda: len(committed) > len(taken[-1][0]), seconds=60)
        stop_file.touch()
        assert proc.wait(timeout=60) == 0
    finally:
        proc.kill()
    reader.join(timeout=10)
    for index, (before, info) in enumerate(taken):
        _check_restored(info.path, before, tmp_path / f"r{index}")
    assert len(committed) > len(taken[-1][0]), "the writer kept writing during the backups"


def _wait_until(condition, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.05)


def _check_restored(path: Path, committed_before: list[int], where: Path) -> None:
    target = where / "restored.db"
    restore_backup(path, f"sqlite:///{target}", where / "files")
    conn = sqlite3.connect(target)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        present = {row[0] for row in conn.execute("SELECT id FROM employer")}
    finally:
        conn.close()
    assert set(committed_before) <= present


@pytest.mark.db
def test_postgresql_backup_and_restore_with_pg_dump(pg_server, pg_template, tmp_path):
    from tests.conftest import _pg_copy

    database = _pg_copy(pg_server, pg_template)
    with database.write(None) as session:
        session.add(Employer(name="服务器上的单位"))
    info = take_backup(database, _files(tmp_path), tmp_path / "pg.udbak")
    assert info.kind == "postgresql" and "database.pgdump" in verify_backup(info.path)["members"]
    with database.write(None) as session:
        session.add(Employer(name="备份后单位"))
    url = database.url.render_as_string(hide_password=False)
    database.dispose()
    aside = restore_backup(info.path, url, tmp_path / "files")
    assert any(p.name.endswith(".pgdump") or ".pgdump.before-restore-" in p.name for p in aside)
    restored = Database(url)
    assert _count(restored) == 1
    restored.dispose()


def test_backup_service_restore_is_audited_and_refused_to_auditor(sqlite_database, sqlite_actors, tmp_path):
    from db.enums import Role
    from desktop.audit_log.query import AuditFilter, AuditService
    from desktop.backup.service import BackupService
    from desktop.errors import PermissionDenied

    service = BackupService(sqlite_database, tmp_path / "files")
    info = service.back_up(sqlite_actors[Role.DIRECTOR], tmp_path / "usb")
    with pytest.raises(PermissionDenied):
        service.restore(sqlite_actors[Role.AUDITOR], info.path)
    with sqlite_database.write(None) as session:
        session.add(Employer(name="恢复后应消失"))
    aside = service.restore(sqlite_actors[Role.DIRECTOR], info.path)
    assert aside and _count(sqlite_database) == 0
    rows = AuditService(sqlite_database).all(sqlite_actors[Role.AUDITOR], AuditFilter(action="restore"))
    assert rows and rows[0].officer_name == "李主任"


def test_backup_to_unusable_folder_says_so(sqlite_database, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the USB folder should be")
    with pytest.raises(UserError, match="备份失败"):
        take_backup(sqlite_database, None, blocker / "b.udbak")


def test_rotation_never_removes_a_manual_backup(tmp_path):
    """#21: the exit backup deleted the manual backup taken 25 s earlier (one per day kept)."""
    moment = datetime(2026, 3, 2, 17, 30, 0)
    manual = tmp_path / backup_name(moment, reason="manual")
    manual.write_bytes(b"x")
    (tmp_path / backup_name(moment + timedelta(seconds=25), reason="exit")).write_bytes(b"x")
    old_manual = tmp_path / backup_name(moment - timedelta(days=900), reason="manual")
    old_manual.write_bytes(b"x")
    for day in range(1, 30):
        (tmp_path / backup_name(moment - timedelta(days=day), reason="daily")).write_bytes(b"x")
    removed = rotate(tmp_path)
    assert manual.exists() and old_manual.exists()
    assert removed and all("manual" not in p.name for p in removed)
    automatic = [b for b in list_backups(tmp_path) if not b.manual]
    assert len(automatic) <= 7 + 12 and automatic[0].reason == "exit"


def test_manual_then_exit_backup_through_the_service_keeps_both(sqlite_database, sqlite_actors, tmp_path):
    from db.enums import Role
    from desktop.backup.service import BackupService

    service = BackupService(sqlite_database, tmp_path / "files")
    folder = tmp_path / "usb"
    manual = service.back_up(sqlite_actors[Role.DIRECTOR], folder)
    time.sleep(1.1)  # names carry the second
    exit_backup = service.automatic(sqlite_actors[Role.CLERK], folder, "exit")
    assert manual.path.exists() and exit_backup.path.exists()
    assert {b.reason for b in list_backups(folder)} == {"manual", "exit"}


def test_backup_commands_go_through_the_same_permission_checked_service(sqlite_database, tmp_path, monkeypatch):
    """The CLI acts as the administrator named after the OS user; its backup and restore are the
    window's service calls, so a role without 备份与恢复 is refused there exactly as in the window."""
    from db.enums import Role
    from desktop.auth import Actor
    from desktop.cli import build_parser, run_command, trust
    from desktop.errors import PermissionDenied

    url = sqlite_database.url.render_as_string(hide_password=False)
    out = tmp_path / "cli.udbak"
    assert run_command(build_parser().parse_args(["--db", url, "backup", "--out", str(out)])) == 0
    assert verify_backup(out)
    monkeypatch.setattr(trust, "cli_actor", lambda: Actor(None, "命令行（审计）", Role.AUDITOR))
    with pytest.raises(PermissionDenied):
        trust.Backup.run(build_parser().parse_args(["--db", url, "backup", "--out", str(tmp_path / "no.udbak")]))
    assert run_command(build_parser().parse_args(["--db", url, "restore", str(out)])) == 1
    assert not (tmp_path / "no.udbak").exists()
