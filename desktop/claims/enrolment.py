"""Enrolling members in a plan, one by one or from a unit's roster (the workbook import calls this).

``enrol_members`` validates every row first and refuses them all if any is bad,
listing each bad row with its row number and field in Chinese. Workers are matched
by ID number (one identity across cases, letters and claims); employers by name
(through the shared ``desktop.parties`` find-or-create).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.engine import Database
from db.models import AidPlan, Employer, Enrolment, Worker
from desktop.auth import Actor, Permission, require
from desktop.errors import NotFound, ValidationError
from desktop.parties import EmployerInput, WorkerInput, find_or_create_employer, find_or_create_worker
from desktop.validation import parse_id_number, parse_phone

HEADERS = {"姓名": "name", "身份证号": "id_number", "手机号码": "phone", "所属单位": "unit",
           "会员卡号": "card_no", "保障项目": "plan"}


@dataclass(frozen=True)
class RosterRow:
    """One roster line: 姓名, 身份证号, 手机号码, 所属单位, 会员卡号, 保障项目 (name or code)."""

    name: str
    id_number: str
    phone: str = ""
    unit: str = ""
    card_no: str = ""
    plan: str = ""
    row_no: int | None = None

    @classmethod
    def from_mapping(cls, values: Mapping[str, object], row_no: int | None = None) -> RosterRow:
        """Build from a dict keyed by the Chinese column headers (or the English field names)."""
        def get(header: str) -> str:
            value = values.get(header, values.get(HEADERS[header], ""))
            return "" if value is None else str(value).strip()
        return cls(*(get(h) for h in HEADERS), row_no=row_no)


@dataclass(frozen=True)
class RowProblem:
    row_no: int
    field: str
    message: str

    def __str__(self) -> str:
        return f"第 {self.row_no} 行「{self.field}」：{self.message}"


@dataclass(frozen=True)
class EnrolmentResult:
    ok: bool
    dry_run: bool
    enrolled: int = 0
    already_enrolled: int = 0
    new_workers: int = 0
    problems: list[RowProblem] = field(default_factory=list)

    def summary(self) -> str:
        if not self.ok:
            return "名单有误，全部未导入：\n" + "\n".join(str(p) for p in self.problems)
        verb = "可参保" if self.dry_run else "已参保"
        return f"{verb} {self.enrolled} 人（其中新登记职工 {self.new_workers} 人），已在保 {self.already_enrolled} 人。"


@dataclass(frozen=True)
class _Checked:
    row: RosterRow
    row_no: int
    id_number: str
    phone: str | None


class EnrolmentService:
    """``EnrolmentService(database).enrol_members(actor, plan_id, rows, dry_run=False)``."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def enrol_members(self, actor: Actor, plan_id: int | None, rows: list[RosterRow], dry_run: bool = False,
                      *, start_on: date | None = None) -> EnrolmentResult:
        return enrol_members(self._db, actor, plan_id, rows, dry_run, start_on=start_on)


def enrol_members(database: Database, actor: Actor, plan_id: int | None, rows: list[RosterRow],
                  dry_run: bool = False, *, start_on: date | None = None) -> EnrolmentResult:
    """Enrol every row in the plan, or none. ``plan_id=None`` takes each row's 保障项目.

    ``start_on`` (default: the plan's term start) is when cover and the waiting period begin.
    """
    require(actor, Permission.CLAIM_INTAKE)
    with database.write(actor) as session:
        plans = _plans_for(session, plan_id, rows)
        checked, problems = _check_rows(session, rows, plan_id, plans)
        if problems:
            return EnrolmentResult(False, dry_run, problems=problems)
        result = _enrol(session, checked, plan_id, plans, start_on)
        if dry_run:
            session.rollback()
        return EnrolmentResult(True, dry_run, *result)


def enrol_checked_rows(session: Session, plan_id: int, rows: list[RosterRow], *,
                       enrolled_on: date | None = None) -> tuple[int, int, int]:
    """``enrol_members``'s rule inside the caller's unit of work, for rows the caller has
    already checked (the register import): ``(enrolled, already, new workers)``."""
    plans = _plans_for(session, plan_id, rows)
    checked, problems = _check_rows(session, rows, plan_id, plans)
    if problems:
        raise ValidationError(str(problems[0]), field=problems[0].field)
    return _enrol(session, checked, plan_id, plans, None, enrolled_on)


def _plans_for(session: Session, plan_id: int | None, rows: list[RosterRow]) -> dict[str, AidPlan]:
    if plan_id is not None:
        plan = session.get(AidPlan, plan_id)
        if plan is None:
            raise NotFound("保障项目不存在或已被删除。")
        return {"": plan, plan.code: plan, plan.name: plan}
    wanted = {r.plan.strip() for r in rows if r.plan.strip()}
    found = session.scalars(select(AidPlan).where((AidPlan.code.in_(wanted)) | (AidPlan.name.in_(wanted))))
    return {key: plan for plan in found for key in (plan.code, plan.name)}


def _check_rows(session, rows, plan_id, plans) -> tuple[list[_Checked], list[RowProblem]]:
    checked, problems, seen = [], [], {}
    for index, row in enumerate(rows, start=1):
        row_no = row.row_no or index
        try:
            item = _check_row(session, row, row_no, plan_id, plans)
        except ValidationError as error:
            problems.append(RowProblem(row_no, error.field or "", error.reason))
            continue
        key = (item.id_number, plans[row.plan.strip() if plan_id is None else ""].id)
        if key in seen:
            problems.append(RowProblem(row_no, "身份证号", f"与第 {seen[key]} 行重复"))
        seen.setdefault(key, row_no)
        checked.append(item)
    return checked, problems


def _check_row(session, row: RosterRow, row_no: int, plan_id, plans) -> _Checked:
    if not row.name.strip():
        raise ValidationError("不能为空", field="姓名")
    number = parse_id_number(row.id_number).number
    phone = parse_phone(row.phone, field="手机号码") if row.phone.strip() else None
    _check_plan(row, plan_id, plans)
    existing = session.scalar(select(Worker).where(Worker.id_number == number))
    if existing is not None and existing.name != row.name.strip():
        raise ValidationError(f"该身份证号已登记为「{existing.name}」，与姓名「{row.name.strip()}」不一致",
                              field="姓名")
    return _Checked(row, row_no, number, phone)


def _check_plan(row: RosterRow, plan_id, plans) -> None:
    wanted = row.plan.strip()
    if plan_id is None and not wanted:
        raise ValidationError("不能为空", field="保障项目")
    if wanted and wanted not in plans:
        known = "、".join(sorted({p.name for p in plans.values()})) or "无"
        message = "与所选项目不一致" if plan_id is not None else "不存在"
        raise ValidationError(f"「{wanted}」{message}（可选：{known}）", field="保障项目")


def _enrol(session, checked: list[_Checked], plan_id, plans, start_on,
           enrolled_on: date | None = None) -> tuple[int, int, int]:
    enrolled = already = new = 0
    employers: dict[str, Employer] = {}
    for item in checked:
        plan = plans[item.row.plan.strip() if plan_id is None else ""]
        worker, created = _worker(session, item, employers)
        new += created
        if _enrolled(session, plan.id, worker.id, start_on or plan.term_start):
            already += 1
            continue
        session.add(_enrolment(plan, worker, item.row, start_on, enrolled_on or date.today()))
        enrolled += 1
    session.flush()
    return enrolled, already, new


def _worker(session, item: _Checked, employers: dict[str, Employer]) -> tuple[Worker, bool]:
    created = session.scalar(select(Worker.id).where(Worker.id_number == item.id_number)) is None
    worker = find_or_create_worker(session, WorkerInput(name=item.row.name.strip(), id_number=item.id_number,
                                                        phone=item.phone, is_member=True))
    worker.is_member = True
    worker.phone = worker.phone or item.phone
    worker.member_card_no = item.row.card_no.strip() or worker.member_card_no
    if item.row.unit.strip():
        worker.unit_name = item.row.unit.strip()
        worker.employer_id = worker.employer_id or _employer(session, item.row.unit.strip(), employers).id
    session.flush()
    return worker, created


def _employer(session, name: str, cache: dict[str, Employer]) -> Employer:
    if name not in cache:
        cache[name] = find_or_create_employer(session, EmployerInput(name=name))
    return cache[name]


def _enrolled(session, plan_id: int, worker_id: int, on: date) -> bool:
    query = select(Enrolment.id).where(Enrolment.plan_id == plan_id, Enrolment.worker_id == worker_id,
                                       Enrolment.start_on <= on, Enrolment.end_on >= on)
    return session.scalar(query.limit(1)) is not None


def _enrolment(plan: AidPlan, worker: Worker, row: RosterRow, start_on: date | None, enrolled_on: date) -> Enrolment:
    start = max(start_on or plan.term_start, plan.term_start)
    return Enrolment(plan_id=plan.id, worker_id=worker.id, employer_id=worker.employer_id,
                     unit_name=row.unit.strip() or worker.unit_name, card_no=row.card_no.strip() or None,
                     start_on=start, end_on=plan.term_end, enrolled_on=enrolled_on)
