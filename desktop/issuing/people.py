"""Parties as documents print them: a worker, an employer, officers by name."""

from __future__ import annotations

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
