"""Numbers in an import: unique in the file, new to the database, registered when written.

A registered number moves the sequence past it, so later numbers never collide. A
number in another pattern (an older prefix) can never equal a number the program
hands out, so it needs no entry.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import IssuedNumber
from desktop import settings as organisation
from desktop.numbering import parse_number, register_existing_numbers

from .checks import RowChecker, Seen

CHUNK = 500


def chunked(items: Iterable[Any], size: int = CHUNK) -> Iterator[list[Any]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


class NumberBook:
    """Checks a register's number column: required, once in the file, not yet in the database."""

    def __init__(self, session: Session, column, header: str, noun: str) -> None:
        self.session, self.column, self.header, self.noun = session, column, header, noun
        self.seen = Seen()
        self.taken: set[str] = set()

    def prefetch(self, rows: list[dict[str, Any]]) -> None:
        """Look up every number of the file in a few queries instead of one per row."""
        numbers = {row[self.header] for row in rows if row.get(self.header)}
        for chunk in chunked(numbers):
            self.taken.update(self.session.scalars(select(self.column).where(self.column.in_(chunk))))
            self.taken.update(self.session.scalars(select(IssuedNumber.number).where(IssuedNumber.number.in_(chunk))))

    def check(self, check: RowChecker) -> str | None:
        number = check.get(self.header)
        if number is None:
            return None
        first = self.seen.first_row(number, check.number)
        if first is not None:
            check.error(self.header, f"与第 {first} 行的{self.noun}重复")
        elif number in self.taken:
            check.error(self.header, f"{self.noun}「{number}」已存在于系统中")
        return number


def register_imported(session: Session, kind: str, made: list[tuple[str, str, int]]) -> None:
    """Register ``(number, entity_type, entity_id)`` that follow this centre's pattern for ``kind``."""
    settings = organisation.load(session)
    found = []
    for number, entity_type, entity_id in made:
        parsed = parse_number(kind, number, settings)
        if parsed is not None:
            found.append((*parsed, number, entity_type, entity_id))
    if found:
        register_existing_numbers(session, kind, found)
