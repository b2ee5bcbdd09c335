"""The case list: filters, sort and search in SQL, one page of plain rows at a time.

Never loads ORM objects for the list: one count, then one statement for a page of
columns with each case's first applicant and mediators. Statements are built once per
filter and sort (cached), and a page's rows are built as the table reads them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal
from functools import lru_cache, partial
from time import monotonic
from typing import NamedTuple

from sqlalchemy import Select, and_, bindparam, case, func, literal, select, type_coerce
from sqlalchemy.types import NullType
from sqlalchemy.orm import Session

from db.engine import Database
from db.enums import CaseSource, CaseStatus, DisputeCategory, MediatorRole
from db.models import CaseApplicant, CaseCategory, CaseMediator, Employer, MediationCase, Officer, Worker
from desktop import settings as org_settings
from desktop.calendar import HolidayCalendar, calendar_of
from desktop.cases.deadlines import NEAR, NORMAL, OVERDUE, PAUSED, STOPPED, due_expression, warn_margin
from desktop.cases.search import search_condition, search_ids
from desktop.cases.views import CaseDetail, load_detail
from desktop.cases.workflow import ACTIVE
from desktop.paging import ConvertedOnRead, label_order

C = MediationCase
SEARCH_CAP = 500
"""A search matching more cases lists the first ``SEARCH_CAP`` (in the list's order)."""
SORTS = {
    "number": (C.accepted_on, func.length(C.number), C.number),
    "received_on": (C.received_on,), "accepted_on": (C.accepted_on,), "employer": (Employer.name_sort, Employer.name),
    "source": (label_order(C.source, CaseSource),), "workers": (C.workers_involved,), "amount": (C.amount_claimed,),
    "status": (label_order(C.status, CaseStatus),),
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
    calendar_missing: bool = False
    """The last day falls in a year whose holiday arrangement is not entered."""


@dataclass(frozen=True)
class _Context:
    """What a list query depends on besides the filter and sort (hashable: statements are cached on it)."""

    dialect: str
    limit_days: int
    margin: int
    today: date
    overdue_before: date
    """A last day (before the move off a day off) earlier than this has passed."""
    near_before: date
    """A last day from ``overdue_before`` up to the day before this is near."""

    @property
    def due(self):
        return _due_column(self.dialect, self.limit_days)


def _context(session: Session, today: date, prefs: org_settings.OrganisationSettings | None = None,
             calendar: HolidayCalendar | None = None) -> _Context:
    prefs = prefs or org_settings.load(session)
    calendar = calendar or calendar_of(session)
    margin = warn_margin(prefs.warn_after_days, prefs.mediation_limit_days)
    return _Context(session.get_bind().dialect.name, prefs.mediation_limit_days, margin, today,
                    _after_days_off_before(calendar, today), _after_days_off_before(calendar, today + timedelta(margin + 1)))


def _after_days_off_before(calendar: HolidayCalendar, day: date) -> date:
    """The first of the days off running up to ``day`` (``day`` itself when the day before works).

    A last day moves to the next working day, so it ends before ``day`` exactly when it is
    earlier than this: the list filters in SQL on the last day before the move."""
    while calendar.is_day_off(day - timedelta(days=1)):
        day -= timedelta(days=1)
    return day


@lru_cache(maxsize=8)
def _due_column(dialect: str, limit_days: int):
    return due_expression(dialect, limit_days).label("due")


def _where(statement: Select, f: CaseFilter, ctx: _Context, with_ids: bool) -> Select:
    """``statement`` narrowed by the filter; a search is either the bound list ``ids`` of
    its matches (``with_ids``) or, for a broad one, a condition on each case."""
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
        statement = statement.where(C.id.in_(_IDS) if with_ids else search_condition(f.search))
    return statement


def _clock_condition(clock: str, ctx: _Context):
    due = _due_column(ctx.dialect, ctx.limit_days).element
    running = and_(C.status.in_([s.value for s in ACTIVE]), C.paused_since.is_(None))
    if clock == OVERDUE:
        return and_(running, due < ctx.overdue_before)
    return and_(running, due >= ctx.overdue_before, due < ctx.near_before)


_IDS = bindparam("ids", expanding=True)


def count_cases(session: Session, f: CaseFilter, today: date, prefs=None, ids=None) -> int:
    if ids is not None and f == CaseFilter(search=f.search):
        return len(ids)
    statement = _count_statement(_cache_key(f, ids), _context(session, today, prefs), ids is not None, SEARCH_CAP)
    return session.connection().execute(statement, _bound(ids)).scalar() or 0


@lru_cache(maxsize=32)
def _count_statement(f: CaseFilter, ctx: _Context, with_ids: bool, cap: int) -> Select:
    statement = select(C.id)
    if f.street:
        statement = statement.join(Employer, Employer.id == C.respondent_id)
    statement = _where(statement, f, ctx, with_ids)
    if f.search.strip() and not with_ids:
        statement = statement.limit(cap)
    return select(func.count()).select_from(statement.subquery())


def _cache_key(f: CaseFilter, ids: tuple[int, ...] | None) -> CaseFilter:
    """The filter a statement is cached under: a search by its matches' ids is one statement
    whatever the text (the ids are bound when it runs)."""
    return f if ids is None else replace(f, search="ids")


def _bound(ids: tuple[int, ...] | None) -> dict:
    return {} if ids is None else {"ids": list(ids)}


def page_rows(session: Session, f: CaseFilter, sort: Sort, offset: int, limit: int, today: date,
              prefs=None, ids=None) -> ConvertedOnRead:
    """One page of rows in one statement; Core execution on the session's connection (no ORM
    objects). Each row is built when first read."""
    calendar = calendar_of(session)
    ctx = _context(session, today, prefs, calendar)
    statement = _page_statement(_cache_key(f, ids), sort, offset, limit, ctx, ids is not None)
    rows = session.connection().execute(statement, _bound(ids)).all()
    return ConvertedOnRead(rows, partial(_row, ctx=ctx, calendar=calendar,
                                         converters=_converters(session.get_bind().dialect)))


@lru_cache(maxsize=32)
def _page_statement(f: CaseFilter, sort: Sort, offset: int, limit: int, ctx: _Context, with_ids: bool) -> Select:
    """The page's cases, ordered and cut, then per case its first applicant, their number and
    the mediators (correlated subqueries run for the page's rows only)."""
    keys = _sort_keys(sort, ctx)
    base = _page_base(ctx.dialect, ctx.limit_days).add_columns(*(k.label(f"k{i}") for i, k in enumerate(keys)))
    inner = (_where(base, f, ctx, with_ids)
             .order_by(*_directed(keys, sort)).offset(offset).limit(limit).subquery("page"))
    case_id = inner.c.id
    return (select(*(inner.c[name] for name in _PAGE_COLUMNS), _first_applicant(case_id), _applicant_count(case_id),
                   _mediator_list(case_id))
            .order_by(*_directed([inner.c[f"k{i}"] for i in range(len(keys))], sort)))


_PAGE_COLUMNS = ("id", "number", "received_on", "accepted_on", "name", "source", "workers_involved",
                 "amount_claimed", "status", "due", "paused_since")


@lru_cache(maxsize=8)
def _page_base(dialect: str, limit_days: int) -> Select:
    raw = {column.key: type_coerce(column, NullType()).label(column.key) for column in _TYPED}
    return select(C.id, C.number, raw["received_on"], raw["accepted_on"], Employer.name, raw["source"],
                  C.workers_involved, raw["amount_claimed"], raw["status"], _due_column(dialect, limit_days),
                  C.paused_since).join(Employer, Employer.id == C.respondent_id)


_TYPED = (C.received_on, C.accepted_on, C.source, C.amount_claimed, C.status)
"""Columns read raw and given their Python type only when a row is shown (a page holds
200 rows, a screen about 25): ``_typed`` applies each column type's own conversion."""


@lru_cache(maxsize=4)
def _converters(dialect) -> tuple:
    return tuple(column.type.dialect_impl(dialect).result_processor(dialect, None) or _same for column in _TYPED)


def _same(value):
    return value


def _typed(values: tuple, converters: tuple) -> list:
    return [convert(value) for convert, value in zip(converters, values)]


def _sort_keys(sort: Sort, ctx: _Context) -> list:
    keys = [ctx.due.element if c == "due" else c for c in SORTS.get(sort.key, SORTS["received_on"])]
    return [*keys, C.id]


def _directed(keys: list, sort: Sort) -> list:
    ordered = [k.desc() if sort.descending else k.asc() for k in keys]
    if sort.key in NULLABLE_SORTS:  # unaccepted cases last on SQLite and PostgreSQL alike
        ordered = [o.nulls_last() for o in ordered]
    return ordered


def _first_applicant(case_id):
    """The first applicant's name (a collective case may list hundreds)."""
    return (select(Worker.name).join(CaseApplicant, CaseApplicant.worker_id == Worker.id)
            .where(CaseApplicant.case_id == case_id).order_by(CaseApplicant.position, CaseApplicant.id).limit(1)
            .scalar_subquery().label("first_applicant"))


def _applicant_count(case_id):
    return (select(func.count()).select_from(CaseApplicant).where(CaseApplicant.case_id == case_id)
            .scalar_subquery().label("applicant_count"))


def _mediator_list(case_id):
    """The mediators as one string, each name prefixed 0 (lead) or 1; ``_mediators`` orders them."""
    lead_first = case((CaseMediator.role == MediatorRole.LEAD, literal("0")), else_=literal("1"))
    prefixed = lead_first.concat(Officer.display_name)
    return (select(func.aggregate_strings(prefixed, MEDIATOR_SEPARATOR)).select_from(CaseMediator)
            .join(Officer, Officer.id == CaseMediator.officer_id).where(CaseMediator.case_id == case_id)
            .scalar_subquery().label("mediators"))


MEDIATOR_SEPARATOR = "\x1f"


def _mediators(aggregated: str | None) -> str:
    return "、".join(name[1:] for name in sorted(aggregated.split(MEDIATOR_SEPARATOR))) if aggregated else ""


def _applicants(first: str | None, total: int) -> str:
    return (first or "") + (f"等{total}人" if total > 1 else "")


def _row(r, ctx: _Context, calendar: HolidayCalendar, converters: tuple) -> CaseRow:
    case_id, number, received, accepted, employer, source, workers, amount, status, due, paused, first, total, team = r
    received, accepted, source, amount, status = _typed((received, accepted, source, amount, status), converters)
    due = _as_date(due)
    if paused is not None:  # suspended now: the days so far count, as if it resumed today
        due += timedelta(days=max(0, (ctx.today - _as_date(paused)).days))
    due = calendar.next_working_day(due)
    left = (due - ctx.today).days
    clock = (STOPPED if status not in ACTIVE else PAUSED if paused is not None
             else OVERDUE if left < 0 else NEAR if left <= ctx.margin else NORMAL)
    return CaseRow(case_id, number, received, accepted, _applicants(first, total), employer, source, workers, amount,
                   _mediators(team), status, due, clock, left, not calendar.covers(due.year))


def _as_date(value) -> date:
    return value if isinstance(value, date) else date.fromisoformat(value)


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
             ids: tuple[int, ...] | None = None) -> Sequence[CaseRow]:
        with self._db.read() as session:
            return page_rows(session, f, sort, offset, limit, today or date.today(), self._settings(session), ids)

    def count_and_page(self, f: CaseFilter, sort: Sort, limit: int, today: date | None = None,
                       ids: tuple[int, ...] | None = None) -> tuple[int, Sequence[CaseRow]]:
        """The number of matching cases and the first page, read in one go (a list opening).

        A broad search (too many matches to look up by id) is counted up to ``SEARCH_CAP``:
        then the first ``SEARCH_CAP`` rows in the list's order are read in one walk, whose
        length is the count and whose head the first page (one walk of the file instead of
        a capped count and then a page, each evaluating the search again)."""
        today = today or date.today()
        with self._db.read() as session:
            prefs = self._settings(session)
            if ids is None and f.search.strip() and limit <= SEARCH_CAP:
                rows = page_rows(session, f, sort, 0, SEARCH_CAP, today, prefs)
                return len(rows), rows.head(limit)
            return (count_cases(session, f, today, prefs, ids),
                    page_rows(session, f, sort, 0, limit, today, prefs, ids))

    def detail(self, case_id: int, today: date | None = None) -> CaseDetail:
        with self._db.read() as session:
            return load_detail(session, case_id, today or date.today())

    def streets(self) -> list[str]:
        with self._db.read() as session:
            return distinct_streets(session)
