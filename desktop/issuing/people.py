"""Parties as documents print them: a worker, an employer, officers by name."""

from __future__ import annotations

import re
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Employer, Officer, Worker


def person(worker: Worker) -> dict:
    return {
        "name": worker.name, "gender": worker.gender.label if worker.gender else None,
        "id_number": worker.id_number, "phone": worker.phone, "address": worker.address,
        "member_card": worker.member_card_no,
    }


def employer(record: Employer) -> dict:
    return {
        "name": record.name, "credit_code": record.credit_code, "address": record.address,
        "legal_rep": record.legal_representative, "contact": record.contact_name,
        "phone": record.contact_phone,
    }


def officer_names(session: Session, ids: Iterable[int]) -> list[str]:
    """Display names of the given officers, in the order given."""
    ids = list(ids)
    if not ids:
        return []
    names = dict(session.execute(select(Officer.id, Officer.display_name).where(Officer.id.in_(ids))).all())
    return [names[i] for i in ids if i in names]


def lines(text: str | None) -> list[str]:
    """Non-empty lines of a multi-line text field."""
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


def sentence(text: str | None) -> str | None:
    """A free-text note as a sentence of its own: trimmed, ending with punctuation."""
    text = (text or "").strip()
    if not text:
        return None
    return text if text[-1] in "。！？；.!?;）)”" else text + "。"


_NUMBERING = re.compile(r"^\s*(?:\d+\s*[.、．]|[（(][一二三四五六七八九十\d]+[）)])\s*")
_NUMBERED_SPLIT = re.compile(r"[；;]\s*(?=\d+\s*[.、．])")


def items(text: str | None) -> list[str]:
    """A list field as the numbered items a document prints: one per line (or per
    「1. …；2. …」 part), the officer's own numbering dropped, each ending with 「。」."""
    found = []
    for line in lines(text):
        found += [part for part in _NUMBERED_SPLIT.split(line) if part.strip()]
    return [as_item(part) for part in found if as_item(part)]


def as_item(text: str) -> str:
    body = _NUMBERING.sub("", text.strip()).rstrip("。；;，,、. ")
    return body + "。" if body else ""


def without_repeats(texts: Iterable[str]) -> list[str]:
    """The texts in order, each once (compared without numbering and end punctuation)."""
    seen: set[str] = set()
    kept = []
    for text in texts:
        key = as_item(text)
        if key and key not in seen:
            seen.add(key)
            kept.append(text)
    return kept
