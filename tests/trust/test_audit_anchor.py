"""The audit anchor: a cut or rewritten tail passes the chain check but not the anchor check."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import delete, select, update

from db.enums import Role
from db.models import AuditEntry, AuditHead, Employer
from desktop.audit_log.anchor import check_anchor, current_anchor, parse_anchor, read_anchor
from desktop.errors import ValidationError

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.db


def _fill(database, actor, count: int) -> None:
    for n in range(count):
        with database.write(actor) as session:
            session.add(Employer(name=f"第{n}号公司"))


def _cut_tail(database, keep: int) -> None:
    """What a tamperer does: delete the last entries and rewrite the head row to match."""
    with database.engine.begin() as conn:
        conn.execute(delete(AuditEntry).where(AuditEntry.seq > keep))
        last = conn.scalar(select(AuditEntry.hash).where(AuditEntry.seq == keep))
        conn.execute(update(AuditHead).where(AuditHead.id == 1).values(last_seq=keep, last_hash=last))


def test_cut_tail_passes_the_chain_but_not_the_anchor(database, actors):
    _fill(database, actors[Role.ADMIN], 25)
    with database.engine.connect() as conn:
        anchor = current_anchor(conn)
        assert check_anchor(conn, anchor).ok
    _cut_tail(database, anchor.seq - 20)
    with database.engine.connect() as conn:
        from db import audit

        assert audit.verify(conn).ok  # the chain alone is fooled
        result = check_anchor(conn, parse_anchor(anchor.short_line))
    assert not result.ok and "截短" in result.message and f"第 {anchor.seq} 条" in result.message


def test_rewritten_tail_is_caught(database, actors):
    admin = actors[Role.ADMIN]
    _fill(database, admin, 10)
    with database.engine.connect() as conn:
        anchor = current_anchor(conn)
    _cut_tail(database, anchor.seq - 5)
    _fill(database, admin, 10)  # a new, valid tail past the anchor's entry
    with database.engine.connect() as conn:
        result = check_anchor(conn, anchor)
    assert not result.ok and "改写" in result.message


def test_anchor_texts_are_read():
    hash_ = "ab" * 32
    assert parse_anchor(f"审计链：第 12 条，校验值 {hash_}").seq == 12
    assert parse_anchor(f"审计链：第 12 条，校验值前 12 位 {hash_[:12]}").hash == hash_[:12]
    assert parse_anchor(f"12:{hash_}").seq == 12
    assert parse_anchor(json.dumps({"audit_seq": 3, "audit_head": hash_})).seq == 3
    with pytest.raises(ValidationError, match="无法识别审计锚点"):
        parse_anchor("第 12 条")


def _main(*args, db_url: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "main.py", "--db", db_url, *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)


def test_cli_anchor_then_verify_catches_a_cut(sqlite_database, sqlite_actors):
    _fill(sqlite_database, sqlite_actors[Role.ADMIN], 22)
    url = sqlite_database.url.render_as_string(hide_password=False)
    printed = _main("audit", "anchor", db_url=url)
    assert printed.returncode == 0 and printed.stdout.startswith("审计链：第 ")
    line = printed.stdout.strip()
    assert _main("audit", "verify", "--anchor", line, db_url=url).returncode == 0
    _cut_tail(sqlite_database, read_anchor(line).seq - 20)
    sqlite_database.dispose()
    assert _main("audit", "verify", db_url=url).returncode == 0
    refused = _main("audit", "verify", "--anchor", line, db_url=url)
    assert refused.returncode == 1 and "截短" in refused.stderr and "Traceback" not in refused.stderr


def test_backup_manifest_and_register_carry_the_anchor(sqlite_database, sqlite_actors, tmp_path):
    from desktop.backup.archive import take_backup
    from desktop.registers_io import ExportRequest, export_register

    admin = sqlite_actors[Role.ADMIN]
    _fill(sqlite_database, admin, 3)
    with sqlite_database.engine.connect() as conn:
        anchor = current_anchor(conn)
    export_register(sqlite_database, admin, ExportRequest("cases"), tmp_path / "cases.xlsx")
    assert read_anchor(str(tmp_path / "cases.xlsx")) == parse_anchor(anchor.short_line)
    info = take_backup(sqlite_database, None, tmp_path / "b.zip")
    with zipfile.ZipFile(info.path) as archive:
        manifest = json.loads(archive.read("manifest.json"))
    with sqlite_database.engine.connect() as conn:
        assert manifest["audit_head"] == current_anchor(conn).hash
    assert read_anchor(str(info.path)).seq == manifest["audit_seq"]


def _rewrite_manifest(path: Path, change) -> None:
    with zipfile.ZipFile(path) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    manifest = json.loads(members["manifest.json"])
    change(manifest)
    members["manifest.json"] = json.dumps(manifest).encode()
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    path.with_name(path.name + ".sha256").unlink(missing_ok=True)


def test_restore_refuses_a_trail_without_the_manifests_anchor(sqlite_database, sqlite_actors, tmp_path):
    from desktop.backup import restore_backup, take_backup
    from desktop.errors import UserError

    _fill(sqlite_database, sqlite_actors[Role.ADMIN], 3)
    info = take_backup(sqlite_database, None, tmp_path / "b.zip")
    target = tmp_path / "restored.db"
    restore_backup(info.path, f"sqlite:///{target}", tmp_path / "files")  # the untouched backup restores
    _rewrite_manifest(info.path, lambda m: m.update(audit_seq=m["audit_seq"] + 5))
    target.unlink()
    with pytest.raises(UserError, match="锚点不符"):
        restore_backup(info.path, f"sqlite:///{target}", tmp_path / "files")
    assert not target.exists()
