"""The case list: filters, sort and search in SQL, one page of plain rows at a time.

Never loads ORM objects for the list: one count, one page of columns, then the
names of that page's applicants and mediators.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from functools import lru_cache
from time import monotonic
from typing import NamedTuple

from sqlalchemy import Select, and_, bindparam, func, select
from sqlalchemy.orm import Session

from db.engine import Database
from db.enums import CaseSource, CaseStatus, DisputeCategory
from db.models import CaseApplicant, CaseCategory, CaseMediator, Employer, MediationCase, Officer, Worker
from desktop import settings as org_settings
from desktop.cases.deadlines import NEAR, NORMAL, OVERDUE, STOPPED, due_expression, warn_margin
from desktop.cases.search import search_condition, search_ids
from desktop.cases.views import CaseDetail, load_detail
from desktop.cases.workflow import ACTIVE

C = MediationCase
SEARCH_CAP = 500
"""A search matching more cases lists the first ``SEARCH_CAP`` (in the list's order)."""
SORTS = {
    "number": (C.accepted_on, func.length(C.number), C.number),
    "received_on": (C.received_on,), "accepted_on": (C.accepted_on,), "employer": (Employer.name,),
    "source": (C.source,), "workers": (C.workers_involved,), "amount": (C.amount_claimed,), "status": (C.status,),
    "due": ("due",),
}


NULLABLE_SORTS = frozenset({"number", "accepted_on"})


@dataclass(frozen=True)
class CaseFilter:
    statuses: tuple[CaseStatus, ...] = ()
    year: int | None = None
    source: CaseSource | None = None
    category: DisputeCategory | None = None
    mediator_id: int | None = None
    street: str | None = None
    clock: str | None = None  # NEAR | OVERDUE | None
    search: str = ""


@dataclass(frozen=True)
class Sort:
    key: str = "received_on"
    descending: bool = True


class CaseRow(NamedTuple):
    """One row of the list (a named tuple: a page builds hundreds of them per keystroke)."""

    id: int
    number: str | None
    received_on: date
    accepted_on: date | None
    applicants: str
    employer: str
    source: CaseSource
    workers: int
    amount_claimed: Decimal
    mediators: str
    status: CaseStatus
    due: date
    clock: str
    days_left: int


@dataclass
class _Context:
    dialect: str
    limit_days: int
    margin: int
    today: date
    due: object = field(default=None)


def _context(session: Session, today: date, prefs: org_settings.OrganisationSettings | None = None) -> _Context:
    prefs = prefs or org_settings.load(session)
    dialect = session.get_bind().dialect.name
    ctx = _Context(dialect, prefs.mediation_limit_days, warn_margin(prefs.warn_after_days, prefs.mediation_limit_days),
                   today)
    ctx.due = _due_column(dialect, prefs.mediation_limit_days)
    return ctx


@lru_cache(maxsize=8)
def _due_column(dialect: str, limit_days: int):
    return due_expression(dialect, limit_days).label("due")


def _where(statement: Select, f: CaseFilter, ctx: _Context, ids: tuple[int, ...] | None = None) -> Select:
    if f.statuses:
        statement = statement.where(C.status.in_([s.value for s in f.statuses]))
    if f.year:
        statement = statement.where(C.received_on.between(date(f.year, 1, 1), date(f.year, 12, 31)))
    if f.source:
        statement = statement.where(C.source == f.source.value)
    if f.category:
        statement = statement.where(C.id.in_(select(CaseCategory.case_id).where(CaseCategory.category == f.category.value)))
    if f.mediator_id:
        statement = statement.where(C.id.in_(select(CaseMediator.case_id).where(CaseMediator.officer_id == f.mediator_id)))
    if f.street:
        statement = statement.where(Employer.street == f.street)
    if f.clock:
        statement = statement.where(_clock_condition(f.clock, ctx))
    if f.search.strip():
        statement = statement.where(C.id.in_(ids) if ids is not None else search_condition(f.search))
    return statement


def _clock_condition(clock: str, ctx: _Context):
    due = _due_column(ctx.dialect, ctx.limit_days).element
    running = C.status.in_([s.value for s in ACTIVE])
    if clock == OVERDUE:
        return and_(running, due < ctx.today)
    return and_(running, due >= ctx.today, due <= ctx.today + timedelta(days=ctx.margin))


def count_cases(session: Session, f: CaseFilter, today: date, prefs=None, ids=None) -> int:
    ctx = _context(session, today, prefs)
    if ids is not None and f == CaseFilter(search=f.search):
        return len(ids)
    statement = select(C.id)
    if f.street:
        statement = statement.join(Employer, Employer.id == C.respondent_id)
    statement = _where(statement, f, ctx, ids)
    if f.search.strip() and ids is None:
        statement = statement.limit(SEARCH_CAP)
    return session.connection().execute(select(func.count()).select_from(statement.subquery())).scalar() or 0


def page_rows(session: Session, f: CaseFilter, sort: Sort, offset: int, limit: int, today: date,
              prefs=None, ids=None) -> list[CaseRow]:
    """One page of rows; Core execution on the session's connection (no ORM objects)."""
    ctx = _context(session, today, prefs)
    statement = _where(_page_base(ctx.dialect, ctx.limit_days), f, ctx, ids).order_by(*_order(sort, ctx)).offset(offset).limit(limit)
    rows = session.connection().execute(statement).all()
    ids = [r.id for r in rows]
    applicants, mediators = _applicant_names(session, ids), _mediator_names(session, ids)
    return [_row(r, applicants.get(r.id, ""), mediators.get(r.id, []), ctx) for r in rows]


@lru_cache(maxsize=8)
def _page_base(dialect: str, limit_days: int) -> Select:
    return select(C.id, C.number, C.received_on, C.accepted_on, Employer.name, C.source, C.workers_involved,
                  C.amount_claimed, C.status, _due_column(dialect, limit_days)).join(Employer, Employer.id == C.respondent_id)


def _order(sort: Sort, ctx: _Context) -> list:
    columns = [ctx.due if c == "due" else c for c in SORTS.get(sort.key, SORTS["received_on"])]
    columns.append(C.id)
    ordered = [c.desc() if sort.descending else c.asc() for c in columns]
    if sort.key in NULLABLE_SORTS:  # unaccepted cases last on SQLite and PostgreSQL alike
        ordered = [o.nulls_last() for o in ordered]
    return ordered


_RANKED = (select(CaseApplicant.case_id, Worker.name,
                  func.row_number().over(partition_by=CaseApplicant.case_id,
                                         order_by=(CaseApplicant.position, CaseApplicant.id)).label("rank"),
                  func.count().over(partition_by=CaseApplicant.case_id).label("total"))
           .join(Worker, Worker.id == CaseApplicant.worker_id)
           .where(CaseApplicant.case_id.in_(bindparam("ids", expanding=True))).subquery())
_APPLICANT_NAMES = select(_RANKED.c.case_id, _RANKED.c.name, _RANKED.c.total).where(_RANKED.c.rank == 1)
"""Per case only the first applicant's name and how many there are (a collective case may list hundreds)."""
_MEDIATOR_NAMES = (select(CaseMediator.case_id, Officer.display_name, CaseMediator.role)
                   .join(Officer, Officer.id == CaseMediator.officer_id)
                   .where(CaseMediator.case_id.in_(bindparam("ids", expanding=True))))


def _applicant_names(session: Session, ids: list[int]) -> dict[int, str]:
    rows = session.connection().execute(_APPLICANT_NAMES, {"ids": ids}).all()
    return {case_id: name + (f"等{total}人" if total > 1 else "") for case_id, name, total in rows}


def _mediator_names(session: Session, ids: list[int]) -> dict[int, list[str]]:
    names: dict[int, list[str]] = {}
    rows = session.connection().execute(_MEDIATOR_NAMES, {"ids": ids}).all()
    for case_id, name, role in sorted(rows, key=lambda r: (r[0], r[2] != "LEAD", r[1])):
        names.setdefault(case_id, []).append(name)
    return names


def _row(r, who: str, mediators: list[str], ctx: _Context) -> CaseRow:
    case_id, number, received, accepted, employer, source, workers, amount, status, due = r
    due = due if isinstance(due, date) else date.fromisoformat(due)
    left = (due - ctx.today).days
    clock = STOPPED if status not in ACTIVE else OVERDUE if left < 0 else NEAR if left <= ctx.margin else NORMAL
    return CaseRow(case_id, number, received, accepted, who, employer, source, workers, amount,
                   "、".join(mediators), status, due, clock, left)


def distinct_streets(session: Session) -> list[str]:
    return [s for s in session.scalars(select(Employer.street).where(Employer.street.is_not(None)).distinct()
                                       .order_by(Employer.street)) if s]


class CaseQueries:
    """Read-only access for the window: the list, a case's detail, filter choices."""

    SETTINGS_TTL = 30.0

    def __init__(self, database: Database) -> None:
        self._db = database
        self._prefs: tuple[float, org_settings.OrganisationSettings] | None = None

    def _settings(self, session: Session) -> org_settings.OrganisationSettings:
        """The limits, re-read at most every few seconds (a list reads them on every keystroke)."""
        now = monotonic()
        if self._prefs is None or now - self._prefs[0] > self.SETTINGS_TTL:
            self._prefs = (now, org_settings.load(session))
        return self._prefs[1]

    def search_ids(self, text: str) -> tuple[int, ...] | None:
        if not text.strip():
            return None
        with self._db.read() as session:
            return search_ids(session, text)

    def count(self, f: CaseFilter, today: date | None = None, ids: tuple[int, ...] | None = None) -> int:
        with self._db.read() as session:
            return count_cases(session, f, today or date.today(), self._settings(session), ids)

    def page(self, f: CaseFilter, sort: Sort, offset: int, limit: int, today: date | None = None,
             ids: tuple[int, ...] | None = None) -> list[CaseRow]:
        with self._db.read() as session:
            return page_rows(session, f, sort, offset, limit, today or date.today(), self._settings(session), ids)

    def count_and_page(self, f: CaseFilter, sort: Sort, limit: int, today: date | None = None,
                       ids: tuple[int, ...] | None = None) -> tuple[int, list[CaseRow]]:
        """The number of matching cases and the first page, read in one go (a list opening)."""
        today = today or date.today()
        with self._db.read() as session:
            prefs = self._settings(session)
            return (count_cases(session, f, today, prefs, ids),
                    page_rows(session, f, sort, 0, limit, today, prefs, ids))

    def detail(self, case_id: int, today: date | None = None) -> CaseDetail:
        with self._db.read() as session:
            return load_detail(session, case_id, today or date.today())

    def streets(self) -> list[str]:
        with self._db.read() as session:
            return distinct_streets(session)
