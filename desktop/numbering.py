"""Document numbers: one pattern per kind and year, gap-free, never duplicated.

A number is taken inside the caller's unit of work: the sequence row is locked
(``SELECT ... FOR UPDATE`` on PostgreSQL; SQLite's write lock does the same), so
two workstations committing at the same moment get different numbers, and a
rolled-back action gives its number back. A voided number stays in the register.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from db.enums import NumberStatus
from db.models import IssuedNumber, NumberSequence
from desktop import settings as org_settings
from desktop.errors import NotFound, ValidationError


@dataclass(frozen=True)
class TakenNumber:
    kind: str
    year: int
    seq: int
    number: str


def format_number(kind: str, year: int, seq: int, settings: org_settings.OrganisationSettings) -> str:
    pattern = settings.patterns.get(kind) or org_settings.DEFAULT_PATTERNS[kind]
    prefix = settings.prefixes.get(kind, org_settings.DEFAULT_PREFIXES.get(kind, ""))
    return pattern.format(prefix=prefix, year=year, seq=seq)


def take_number(session: Session, kind: str, year: int, *, entity_type: str, entity_id: int | None) -> TakenNumber:
    """Hand out the next number of ``kind`` for ``year`` within the current transaction."""
    _ensure_sequence(session, kind, year)
    seq = session.execute(
        update(NumberSequence)
        .where(NumberSequence.kind == kind, NumberSequence.year == year)
        .values(last_value=NumberSequence.last_value + 1)
        .returning(NumberSequence.last_value)
    ).scalar_one()
    number = format_number(kind, year, seq, org_settings.load(session))
    session.add(IssuedNumber(kind=kind, year=year, seq=seq, number=number,
                             entity_type=entity_type, entity_id=entity_id))
    session.flush()
    return TakenNumber(kind, year, seq, number)


def void_number(session: Session, number: str, reason: str) -> None:
    """Mark a number voided; it stays in the register and is never reused."""
    if not reason.strip():
        raise ValidationError("作废编号必须填写原因", field="作废原因")
    row = session.scalar(select(IssuedNumber).where(IssuedNumber.number == number))
    if row is None:
        raise NotFound(f"编号「{number}」不存在。")
    row.status = NumberStatus.VOIDED
    row.void_reason = reason.strip()


def _ensure_sequence(session: Session, kind: str, year: int) -> None:
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    statement = insert(NumberSequence).values(kind=kind, year=year, last_value=0)
    session.execute(statement.on_conflict_do_nothing(index_elements=["kind", "year"]))


def parse_number(kind: str, number: str, settings: org_settings.OrganisationSettings) -> tuple[int, int] | None:
    """``(year, seq)`` of a number written in this kind's current pattern, else None."""
    match = _pattern_regex(kind, settings).fullmatch(number.strip())
    return (int(match["year"]), int(match["seq"])) if match else None


def register_existing_number(session: Session, kind: str, year: int, seq: int, number: str,
                             entity_type: str, entity_id: int | None) -> None:
    """Record a number issued before (an imported register) and move the sequence past it,
    so numbers taken later never collide with it."""
    _ensure_sequence(session, kind, year)
    session.execute(
        update(NumberSequence)
        .where(NumberSequence.kind == kind, NumberSequence.year == year, NumberSequence.last_value < seq)
        .values(last_value=seq)
    )
    session.add(IssuedNumber(kind=kind, year=year, seq=seq, number=number,
                             entity_type=entity_type, entity_id=entity_id))
    session.flush()


def _pattern_regex(kind: str, settings: org_settings.OrganisationSettings) -> re.Pattern[str]:
    pattern = settings.patterns.get(kind) or org_settings.DEFAULT_PATTERNS[kind]
    prefix = settings.prefixes.get(kind, org_settings.DEFAULT_PREFIXES.get(kind, ""))
    parts = []
    for literal, name, _spec, _conv in string.Formatter().parse(pattern):
        parts.append(re.escape(literal))
        if name == "prefix":
            parts.append(re.escape(prefix))
        elif name in ("year", "seq"):
            parts.append(rf"(?P<{name}>\d{{4}})" if name == "year" else r"(?P<seq>\d+)")
    return re.compile("".join(parts))
