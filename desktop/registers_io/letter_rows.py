"""Rows of the letters register (一函两书台账)."""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from db.enums import IssueCategory
from db.models import SupervisionLetter

from .case_rows import SEPARATOR
from .period import Period

_CATEGORY_ORDER = {member: index for index, member in enumerate(IssueCategory)}


def letter_rows(session: Session, period: Period) -> Iterator[list[object]]:
    """Numbered letters issued in ``period``, in ``LETTERS`` column order."""
    numbers = dict(session.execute(
        select(SupervisionLetter.id, SupervisionLetter.number).where(SupervisionLetter.number.is_not(None))
    ).all())
    statement = (
        select(SupervisionLetter)
        .where(SupervisionLetter.number.is_not(None), *period.conditions(SupervisionLetter.issued_on))
        .options(selectinload(SupervisionLetter.categories))
        .order_by(SupervisionLetter.issued_on, SupervisionLetter.id)
        .execution_options(yield_per=500)
    )
    for letter in session.scalars(statement):
        yield _row(letter, numbers.get(letter.previous_letter_id))


def _row(letter: SupervisionLetter, previous: str | None) -> list[object]:
    categories = sorted((c.category for c in letter.categories), key=_CATEGORY_ORDER.__getitem__)
    return [
        letter.number, letter.kind.label, letter.issued_on, letter.employer.name,
        letter.employer.credit_code, SEPARATOR.join(c.label for c in categories) or None,
        letter.workers_affected, letter.deadline_on, letter.reply_on,
        letter.result.label if letter.result else None, previous, letter.status.label,
    ]
