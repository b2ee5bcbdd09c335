"""The centre's own copies of the document templates, versioned, in the database.

Each kind's history is one ``setting`` row, key ``template:<kind>``, holding JSON
``{"history": [{"version", "text", "saved_by", "saved_at"}, ...]}``. Without a
saved copy the shipped template (``resources/templates``) is current. Saving
checks the text first (an unknown field is refused with the engine's message and
nothing is saved), then stores it as the next version ``centre-N``, written into
the template's ``@version`` line so the PDF and the issue record both carry it.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from db.engine import Database
from db.models import Setting
from db.types import utcnow
from desktop.auth import Actor, Permission, require
from desktop.documents import shipped_text
from desktop.documents.kinds import document_kind
from desktop.documents.templates import compile_template, template_version
from desktop.errors import UserError, ValidationError

VERSION_LINE = re.compile(r"^@version\b.*$", re.MULTILINE)
KIND_LINE = re.compile(r"^@kind\s+(\S+)", re.MULTILINE)


@dataclass(frozen=True)
class TemplateVersion:
    version: str
    text: str
    saved_by: str | None
    saved_at: datetime | None


def key(kind: str) -> str:
    return f"template:{kind}"


def history(session: Session, kind: str) -> list[TemplateVersion]:
    """Every version the centre saved, oldest first (the shipped one is not listed)."""
    row = session.get(Setting, key(kind))
    entries = json.loads(row.value)["history"] if row else []
    return [TemplateVersion(e["version"], e["text"], e.get("saved_by"),
                            datetime.fromisoformat(e["saved_at"]) if e.get("saved_at") else None) for e in entries]


def current(session: Session, kind: str) -> tuple[str, str]:
    """``(version, text)`` of the template documents of ``kind`` are issued with now."""
    saved = history(session, kind)
    if saved:
        return saved[-1].version, saved[-1].text
    text = shipped_text(kind)
    return template_version(kind, text), text


def check(kind: str, text: str) -> str:
    """Refuse a template with an unknown field, filter or directive; returns its version."""
    kind = document_kind(kind)
    declared = KIND_LINE.search(text)
    if declared and declared.group(1) != kind.value:
        raise ValidationError(f"模板声明的种类「{declared.group(1)}」与正在编辑的「{kind.label}」（{kind.value}）不符")
    compile_template(kind, text)
    return template_version(kind, text)


def with_version(text: str, version: str) -> str:
    """The text with its ``@version`` line set to ``version`` (added on top when missing)."""
    if VERSION_LINE.search(text):
        return VERSION_LINE.sub(f"@version {version}", text, count=1)
    return f"@version {version}\n{text}"


class TemplateStore:
    """Reading and saving the centre's templates (saving needs Permission.TEMPLATES)."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def current(self, kind: str) -> tuple[str, str]:
        with self._db.read() as session:
            return current(session, kind)

    def history(self, kind: str) -> list[TemplateVersion]:
        with self._db.read() as session:
            return history(session, kind)

    def save(self, actor: Actor, kind: str, text: str) -> str:
        """Check ``text``, then store it as the next version; returns that version."""
        require(actor, Permission.TEMPLATES)
        with self._db.write(actor) as session:
            saved = history(session, kind)
            version = f"centre-{len(saved) + 1}"
            text = with_version(text.replace("\r\n", "\n"), version)
            check(kind, text)
            if saved and _body(saved[-1].text) == _body(text):
                raise UserError("模板没有改动，未保存新版本。")
            entry = {"version": version, "text": text, "saved_by": actor.name, "saved_at": utcnow().isoformat()}
            _store(session, kind, [_entry(v) for v in saved] + [entry])
        return version


def _body(text: str) -> str:
    return VERSION_LINE.sub("", text).strip()


def _entry(version: TemplateVersion) -> dict:
    saved_at = version.saved_at.isoformat() if version.saved_at else None
    return {"version": version.version, "text": version.text, "saved_by": version.saved_by, "saved_at": saved_at}


def _store(session: Session, kind: str, entries: list[dict]) -> None:
    value = json.dumps({"history": entries}, ensure_ascii=False)
    row = session.get(Setting, key(kind))
    if row is None:
        session.add(Setting(key=key(kind), value=value))
    else:
        row.value = value
