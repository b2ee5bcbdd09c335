"""Search as you type: case number, any applicant's name or ID number, employer name or credit code
(any part of each), through the search service ``desktop.search``.

Narrow searches (at most ``SEARCH_ID_LIMIT`` matches) are resolved to ids once per
keystroke, which the count and the pages then share; broader ones become a condition
on each case row, so the list walks its own order and stops at a page of matches.
A single digit or Latin letter is in nearly every ID number or credit code: gathering
the ids of every worker and unit holding it costs more than checking each case row as
the list walks it (``EXISTS`` on its applicants and employer), so it is broad at once
(keystroke 「6」 at 100,000 cases: 281 → 6 ms).
"""

from __future__ import annotations

from sqlalchemy import or_, select, union_all
from sqlalchemy.orm import Session, aliased

from db.models import CaseApplicant, Employer, MediationCase, Worker
from desktop import search
from desktop.number_text import normalise_number

C = MediationCase
SEARCH_ID_LIMIT = 5000


def matching_cases(text: str):
    """Ids of matching cases (with repeats) as a UNION ALL of index look-ups (``desktop.search``),
    which SQLite streams: with a LIMIT it stops as soon as a search proves broad. A number typed
    with any bracket pair (【】 [] （）) is read as 〔〕 first."""
    text = normalise_number(text)
    applicants = select(CaseApplicant.case_id).where(CaseApplicant.worker_id.in_(search.matching("worker", text)))
    employers = select(C.id).where(C.respondent_id.in_(search.matching("unit", text)))
    return union_all(applicants, search.matching("case", text), employers)


def search_condition(text: str):
    """The search as a condition on each case row: for broad searches, where walking the
    list in its sort order finds a page of matches at once."""
    text = normalise_number(text)
    if is_row_by_row(text):
        return _row_by_row(text)
    applicants = select(CaseApplicant.case_id).where(CaseApplicant.worker_id.in_(search.matching("worker", text)))
    return or_(search.row_condition("case", text), C.respondent_id.in_(search.matching("unit", text)),
               C.id.in_(applicants))


def search_ids(session: Session, text: str, limit: int | None = None) -> tuple[int, ...] | None:
    """The matching ids when there are at most ``limit`` of them (later queries then use the
    ids themselves), else None: a broad search, whose count is capped at ``SEARCH_CAP``."""
    if is_row_by_row(text):
        return None
    limit = SEARCH_ID_LIMIT if limit is None else limit
    ids = session.connection().execute(matching_cases(text).limit(limit + 1)).scalars().all()
    return tuple(sorted(set(ids))) if len(ids) <= limit else None


def is_row_by_row(text: str) -> bool:
    """True for a single digit or Latin letter: checked on each case row, never gathered as ids."""
    query = search.query_text(normalise_number(text))
    return len(query) == 1 and query.isascii() and query.isalnum()


def _row_by_row(text: str):
    """The case's number, its employer or one of its applicants holds ``text`` (``EXISTS``)."""
    worker, unit = aliased(Worker), aliased(Employer)
    applicants = (select(CaseApplicant.id).join(worker, worker.id == CaseApplicant.worker_id)
                  .where(CaseApplicant.case_id == C.id, search.row_condition("worker", text, rows=worker)))
    employer = select(unit.id).where(unit.id == C.respondent_id, search.row_condition("unit", text, rows=unit))
    return or_(search.row_condition("case", text), employer.exists(), applicants.exists())
