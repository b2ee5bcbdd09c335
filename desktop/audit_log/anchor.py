"""The audit trail's anchor: its head (entry count and head hash) kept outside the database.

The chain inside the database proves no entry was changed, but a tamperer who deletes the
last entries and rewrites the head row leaves a chain that still verifies. The anchor is
written where such a tamperer is unlikely to also reach: every backup's manifest
(``audit_seq`` / ``audit_head``), every exported register's sign-off block
(``审计链：第 N 条，校验值前 12 位 XXXXXXXXXXXX``) and ``audit anchor``'s output. Checking
an anchor means: the trail verifies, and entry N is still there with that hash.
"""

from __future__ import annotations

import json
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.engine import Connection

from db import audit
from db.models import AuditEntry, AuditHead
from desktop.errors import ValidationError

SHORT = 12
_TEXT = re.compile(r"第\s*(\d+)\s*条.*?(?<![0-9a-fA-F])([0-9a-fA-F]{12,64})(?![0-9a-fA-F])")
_PLAIN = re.compile(r"^\s*(\d+)\s*[:：\s]\s*([0-9a-fA-F]{12,64})\s*$")


@dataclass(frozen=True)
class Anchor:
    seq: int
    hash: str

    @property
    def line(self) -> str:
        """The full anchor, as ``audit anchor`` prints it."""
        return f"审计链：第 {self.seq} 条，校验值 {self.hash}"

    @property
    def short_line(self) -> str:
        """The anchor in a register's sign-off block."""
        return f"审计链：第 {self.seq} 条，校验值前 {SHORT} 位 {self.hash[:SHORT]}"

    def manifest(self) -> dict[str, object]:
        return {"audit_seq": self.seq, "audit_head": self.hash}


@dataclass(frozen=True)
class AnchorCheck:
    ok: bool
    message: str


def current_anchor(conn: Connection) -> Anchor:
    head = conn.execute(select(AuditHead.last_seq, AuditHead.last_hash).where(AuditHead.id == 1)).one()
    return Anchor(head.last_seq, head.last_hash)


def check_anchor(conn: Connection, anchor: Anchor) -> AnchorCheck:
    """Does the trail verify and still hold ``anchor``'s entry with its hash?"""
    result = audit.verify(conn)
    if not result.ok:
        return AnchorCheck(False, f"审计记录被改动！{result.problem}")
    if anchor.seq == 0:
        return AnchorCheck(True, f"审计记录包含该锚点（空链），现有 {result.checked} 条。")
    held = conn.scalar(select(AuditEntry.hash).where(AuditEntry.seq == anchor.seq))
    if held is None:
        return AnchorCheck(False, f"审计记录被截短：锚点记载第 {anchor.seq} 条，现只有 {result.checked} 条"
                                  "（末尾的记录被删除，链头被改写）。")
    if not held.lower().startswith(anchor.hash.lower()):
        return AnchorCheck(False, f"审计记录被改写：第 {anchor.seq} 条的校验值为 {held[:SHORT]}…，"
                                  f"锚点记载为 {anchor.hash[:SHORT]}…（该条及其后的记录被重写）。")
    return AnchorCheck(True, f"审计记录包含锚点第 {anchor.seq} 条（校验值 {anchor.hash[:SHORT]}…），"
                             f"现有 {result.checked} 条，校验链完整。")


def parse_anchor(text: str) -> Anchor:
    """An anchor from ``audit anchor``'s line, a sign-off block's line, ``N:HASH`` or manifest JSON."""
    text = text.strip()
    if text.startswith("{"):
        return _from_manifest(json.loads(text))
    match = _TEXT.search(text) or _PLAIN.match(text)
    if match is None:
        raise ValidationError("无法识别审计锚点：应为「审计链：第 N 条，校验值 …」或「N:校验值」"
                              "（至少 12 位十六进制）", field="锚点")
    return Anchor(int(match.group(1)), match.group(2).lower())


def read_anchor(source: str) -> Anchor:
    """The anchor in ``source``: a backup (.zip), an exported register (.xlsx), a text file, or the text."""
    path = Path(source)
    if not path.is_file():
        return parse_anchor(source)
    if zipfile.is_zipfile(path):
        return _from_zip(path)
    return parse_anchor(path.read_text(encoding="utf-8-sig"))


def _from_zip(path: Path) -> Anchor:
    with zipfile.ZipFile(path) as archive:
        names = set(archive.namelist())
        if "manifest.json" in names:
            return _from_manifest(json.loads(archive.read("manifest.json")))
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True)
    try:
        for sheet in book.worksheets:
            for row in sheet.iter_rows(values_only=True):
                for value in row:
                    if isinstance(value, str) and value.startswith("审计链："):
                        return parse_anchor(value)
    finally:
        book.close()
    raise ValidationError(f"「{path.name}」中没有审计锚点（审计链：第 N 条 …）", field="锚点")


def _from_manifest(manifest: dict) -> Anchor:
    if "audit_head" not in manifest or "audit_seq" not in manifest:
        raise ValidationError("备份清单中没有审计锚点（旧版本的备份）", field="锚点")
    return Anchor(int(manifest["audit_seq"]), str(manifest["audit_head"]).lower())
