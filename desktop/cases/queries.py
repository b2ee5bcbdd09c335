"""The case list: filters, sort and search in SQL, one page of plain rows at a time.

Never loads ORM objects for the list: one count, one page of columns, then the
names of that page's applicants and mediators.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session

from db.engine import Database
from db.enums import CaseSource, CaseStatus, DisputeCategory
from db.models import CaseApplicant, CaseCategory, CaseMediator, Employer, MediationCase, Officer, Worker
from desktop import settings as org_settings
from desktop.cases.deadlines import NEAR, NORMAL, OVERDUE, STOPPED, due_expression, warn_margin
from desktop.cases.views import CaseDetail, load_detail
from desktop.cases.workflow import ACTIVE

C = MediationCase
SORTS = {
    "number": (C.accepted_on, func.length(C.number), C.number),
    "received_on": (C.received_on,), "accepted_on": (C.accepted_on,), "employer": (Employer.name,),
    "source": (C.source,), "workers": (C.workers_involved,), "amount": (C.amount_claimed,), "status": (C.status,),
    "due": ("due",),
}


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


@dataclass(frozen=True)
class CaseRow:
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


def _context(session: Session, today: date) -> _Context:
    prefs = org_settings.load(session)
    dialect = session.get_bind().dialect.name
    ctx = _Context(dialect, prefs.mediation_limit_days, warn_margin(prefs.warn_after_days, prefs.mediation_limit_days),
                   today)
    ctx.due = due_expression(dialect, prefs.mediation_limit_days).label("due")
    return ctx


def _like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def search_condition(text: str):
    """Case number, any applicant's name or ID number, employer name or credit code."""
    text = text.strip()
    pattern = _like(text)
    people = select(CaseApplicant.case_id).join(Worker, Worker.id == CaseApplicant.worker_id)
    looks_like_code = text.isascii() and text.isalnum() and len(text) >= 4
    worker_match = Worker.name.like(pattern, escape="\\")
    conditions = [C.number.like(pattern, escape="\\"), Employer.name.like(pattern, escape="\\")]
    if looks_like_code:
        worker_match = or_(worker_match, Worker.id_number.like(text.upper() + "%"))
        conditions.append(Employer.credit_code.like(text.upper() + "%"))
    conditions.append(C.id.in_(people.where(worker_match)))
    return or_(*conditions)


def _where(statement: Select, f: CaseFilter, ctx: _Context) -> Select:
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
        statement = statement.where(search_condition(f.search))
    return statement


def _clock_condition(clock: str, ctx: _Context):
    due = due_expression(ctx.dialect, ctx.limit_days)
    running = C.status.in_([s.value for s in ACTIVE])
    if clock == OVERDUE:
        return and_(running, due < ctx.today)
    return and_(running, due >= ctx.today, due <= ctx.today + timedelta(days=ctx.margin))


def count_cases(session: Session, f: CaseFilter, today: date) -> int:
    ctx = _context(session, today)
    statement = select(func.count()).select_from(C).join(Employer, Employer.id == C.respondent_id)
    return session.scalar(_where(statement, f, ctx)) or 0


def page_rows(session: Session, f: CaseFilter, sort: Sort, offset: int, limit: int, today: date) -> list[CaseRow]:
    ctx = _context(session, today)
    statement = select(C.id, C.number, C.received_on, C.accepted_on, Employer.name, C.source, C.workers_involved,
                       C.amount_claimed, C.status, ctx.due).join(Employer, Employer.id == C.respondent_id)
    statement = _where(statement, f, ctx).order_by(*_order(sort, ctx)).offset(offset).limit(limit)
    rows = session.execute(statement).all()
    ids = [r.id for r in rows]
    applicants, mediators = _applicant_names(session, ids), _mediator_names(session, ids)
    return [_row(r, applicants.get(r.id, []), mediators.get(r.id, []), ctx) for r in rows]


def _order(sort: Sort, ctx: _Context) -> list:
    columns = [ctx.due if c == "due" else c for c in SORTS.get(sort.key, SORTS["received_on"])]
    columns.append(C.id)
    return [(c.desc() if sort.descending else c.asc()).nulls_last() for c in columns]


def _applicant_names(session: Session, ids: list[int]) -> dict[int, list[str]]:
    names: dict[int, list[str]] = {}
    rows = session.execute(select(CaseApplicant.case_id, Worker.name).join(Worker, Worker.id == CaseApplicant.worker_id)
                           .where(CaseApplicant.case_id.in_(ids)).order_by(CaseApplicant.case_id, CaseApplicant.position))
    for case_id, name in rows:
        names.setdefault(case_id, []).append(name)
    return names


def _mediator_names(session: Session, ids: list[int]) -> dict[int, list[str]]:
    names: dict[int, list[str]] = {}
    rows = session.execute(select(CaseMediator.case_id, Officer.display_name, CaseMediator.role)
                           .join(Officer, Officer.id == CaseMediator.officer_id).where(CaseMediator.case_id.in_(ids)))
    for case_id, name, role in sorted(rows, key=lambda r: (r[0], r[2].value != "LEAD", r[1])):
        names.setdefault(case_id, []).append(name)
    return names


def _row(r, applicants: list[str], mediators: list[str], ctx: _Context) -> CaseRow:
    due = r.due if isinstance(r.due, date) else date.fromisoformat(r.due)
    left = (due - ctx.today).days
    running = r.status in ACTIVE
    clock = STOPPED if not running else OVERDUE if left < 0 else NEAR if left <= ctx.margin else NORMAL
    who = applicants[0] + (f"等{len(applicants)}人" if len(applicants) > 1 else "") if applicants else ""
    return CaseRow(r.id, r.number, r.received_on, r.accepted_on, who, r.name, r.source, r.workers_involved,
                   r.amount_claimed, "、".join(mediators), r.status, due, clock, left)


def distinct_streets(session: Session) -> list[str]:
    return [s for s in session.scalars(select(Employer.street).where(Employer.street.is_not(None)).distinct()
                                       .order_by(Employer.street)) if s]


class CaseQueries:
    """Read-only access for the window: the list, a case's detail, filter choices."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def count(self, f: CaseFilter, today: date | None = None) -> int:
        with self._db.read() as session:
            return count_cases(session, f, today or date.today())

    def page(self, f: CaseFilter, sort: Sort, offset: int, limit: int, today: date | None = None) -> list[CaseRow]:
        with self._db.read() as session:
            return page_rows(session, f, sort, offset, limit, today or date.today())

    def detail(self, case_id: int, today: date | None = None) -> CaseDetail:
        with self._db.read() as session:
            return load_detail(session, case_id, today or date.today())

    def streets(self) -> list[str]:
        with self._db.read() as session:
            return distinct_streets(session)
