"""Search as you type: case number, any applicant's name or ID number, employer name or credit code.

Narrow searches (at most ``SEARCH_ID_LIMIT`` matches) are resolved to ids once per
keystroke, which the count and the pages then share; broader ones become a condition
on each case row, so the list walks its own order and stops at a page of matches.
"""

from __future__ import annotations

from sqlalchemy import or_, select, union_all
from sqlalchemy.orm import Session, aliased

from db.models import CaseApplicant, Employer, MediationCase, Worker
from desktop.number_text import normalise_number
from desktop.parties import contains_pattern

C = MediationCase
SEARCH_ID_LIMIT = 5000



def _parts(text: str):
    """The three ways a case matches ``text``: an applicant (name or ID number), its number,
    its employer (name or credit code). Names are matched in the worker and employer tables."""
    text = normalise_number(text)
    pattern = contains_pattern(text)
    code = text.isascii() and text.isalnum() and len(text) >= 4
    workers = select(Worker.id).where(or_(Worker.name.like(pattern, escape="\\"),
                                          *([Worker.id_number.like(text.upper() + "%")] if code else [])))
    employers = select(Employer.id).where(or_(Employer.name.like(pattern, escape="\\"),
                                              *([Employer.credit_code.like(text.upper() + "%")] if code else [])))
    applicants = select(CaseApplicant.case_id).where(CaseApplicant.worker_id.in_(workers))
    return applicants, pattern, employers


def matching_cases(text: str):
    """Ids of matching cases (with repeats) as a UNION ALL of index-friendly selects, which
    SQLite streams: with a LIMIT it stops as soon as a search proves broad."""
    applicants, pattern, employers = _parts(text)
    other = aliased(MediationCase)
    return union_all(applicants, select(other.id).where(other.number.like(pattern, escape="\\")),
                     select(other.id).where(other.respondent_id.in_(employers)))


def search_condition(text: str):
    """The search as a condition on each case row: for broad searches, where walking the
    list in its sort order finds a page of matches at once."""
    applicants, pattern, employers = _parts(text)
    return or_(C.number.like(pattern, escape="\\"), C.respondent_id.in_(employers), C.id.in_(applicants))


def search_ids(session: Session, text: str, limit: int | None = None) -> tuple[int, ...] | None:
    """The matching ids when there are at most ``limit`` of them (later queries then use the
    ids themselves), else None: a broad search, whose count is capped at ``SEARCH_CAP``."""
    limit = SEARCH_ID_LIMIT if limit is None else limit
    ids = session.connection().execute(matching_cases(text).limit(limit + 1)).scalars().all()
    return tuple(sorted(set(ids))) if len(ids) <= limit else None
