"""Records for the search tests, written through the ORM (as the program writes them)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from db.enums import CaseSource
from db.models import CaseApplicant, Employer, MediationCase, Worker
from db.models.search import SearchGram
from desktop import search

UNIT = "北京宏达物流有限公司"
CREDIT = "91110105MA01ABCD2X"


def add_case(session, number: str | None, applicants: list[tuple[str, str | None]], unit: str = UNIT,
             credit: str | None = CREDIT) -> MediationCase:
    employer = session.scalar(select(Employer).where(Employer.name == unit))
    if employer is None:
        employer = Employer(name=unit, credit_code=credit)
        session.add(employer)
    case = MediationCase(number=number, source=CaseSource.WALK_IN, received_on=date(2025, 3, 1), respondent=employer)
    session.add(case)
    for position, (name, id_number) in enumerate(applicants):
        worker = Worker(name=name, id_number=id_number)
        session.add(CaseApplicant(case=case, worker=worker, position=position))
    session.flush()
    return case


def found(session, kind: str, text: str) -> set[int]:
    return set(session.scalars(search.matching(kind, text)))


def names(session, text: str) -> set[str]:
    ids = found(session, "worker", text)
    return set(session.scalars(select(Worker.name).where(Worker.id.in_(ids)))) if ids else set()


def grams_of(session, kind: str, entity_id: int) -> set[str]:
    return set(session.scalars(select(SearchGram.gram).where(SearchGram.kind.in_((kind, f"{kind}:d")),
                                                              SearchGram.entity_id == entity_id)))
