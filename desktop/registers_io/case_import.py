"""Importing the cases register: rows checked into ``CaseRecord``s, then created in one go."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from sqlalchemy import select

from db.enums import CaseSource, CaseStatus, DisputeCategory, MediatorRole, Role
from db.models import CaseApplicant, CaseCategory, CaseMediator, MediationCase, Officer, StateTransition
from desktop.parties import EmployerInput, WorkerInput, find_or_create_employer, find_or_create_worker
from desktop.registers import Problem

from .case_rows import AGREED, CASE_ENTITY, ENDINGS
from .checks import NO_ID, RowChecker, split_list
from .matching import PartyBook, officers_by_name
from .numbers import NumberBook, register_imported
from .plan import ImportOptions, PlanEntry

OUTCOMES = {AGREED: None, **{state.label: state for state in ENDINGS}}
CLOSED_STATES = (CaseStatus.CLOSED, CaseStatus.ARCHIVED)
IMPORT_REASON = "导入台账"


@dataclass(frozen=True)
class CaseRecord:
    row: int
    number: str
    accepted_on: dt.date
    applicants: tuple[tuple[str, str | None], ...]
    respondent: str
    credit_code: str | None
    categories: tuple[DisputeCategory, ...]
    source: CaseSource
    workers_involved: int
    amount_claimed: Decimal
    mediators: tuple[int | str, ...]  # an officer's id, or the name of a mediator the import adds
    status: CaseStatus
    ending: CaseStatus | None
    agreed_amount: Decimal | None
    amount_performed: Decimal
    amount_recovered: Decimal
    closed_on: dt.date | None
    paused_days: int = 0


class CasePlanner:
    def __init__(self, session: Session, problems: list[Problem], entries: list[PlanEntry],
                 today: dt.date, options: ImportOptions = ImportOptions()) -> None:
        self.session, self.problems, self.entries, self.today = session, problems, entries, today
        self.options = options
        self.parties = PartyBook(session, entries)
        self.officers = officers_by_name(session)
        self.missing: dict[str, None] = {}  # 调解员 not users here, in the order first met
        self.numbers = NumberBook(session, MediationCase.number, "案件编号", "案件编号")

    def prefetch(self, rows: list[dict[str, Any]]) -> None:
        self.numbers.prefetch(rows)
        self.parties.prefetch(row.get("身份证号") for row in rows)

    def record(self, row: dict[str, Any]) -> CaseRecord | None:
        check = RowChecker(row, self.problems, self.today)
        number = self.numbers.check(check)
        accepted_on = check.not_future("受理日期")
        check.not_future("结案日期")
        check.not_before("结案日期", "受理日期")
        applicants = self._applicants(check)
        respondent, code = check.get("被申请人"), check.credit_code("统一社会信用代码")
        categories = check.labels("争议类型", DisputeCategory)
        source = check.label("案件来源", CaseSource) or CaseSource.OTHER
        mediators = self._mediators(check)
        status, ending = self._status(check)
        if check.failed or number is None or accepted_on is None or not applicants or not respondent:
            return None
        self.parties.employer(check, "被申请人", respondent, code)
        for name, id_number in applicants:
            self.parties.worker(check, "申请人", name, id_number)
        if check.failed:
            return None
        self.entries.append(PlanEntry(check.number, "新建", "案件", number))
        workers = check.get("涉及人数")
        return CaseRecord(
            check.number, number, accepted_on, applicants, respondent, code, tuple(categories), source,
            len(applicants) if workers is None else workers, _money(check, "请求金额"), mediators, status,
            ending, check.get("协议金额"), _money(check, "已履行金额"), _money(check, "挽回经济损失"),
            check.get("结案日期"), _paused_days(check),
        )

    def _applicants(self, check: RowChecker) -> tuple[tuple[str, str | None], ...]:
        names = split_list(check.get("申请人") or "")
        ids_text = check.get("身份证号")
        if ids_text is None:
            return tuple((name, None) for name in names)
        parts = split_list(ids_text)
        if len(parts) != len(names):
            check.error("身份证号", f"申请人有 {len(names)} 人，身份证号却有 {len(parts)} 个")
            return ()
        ids = [None if part == NO_ID else check.id_number("身份证号", part) for part in parts]
        return tuple(zip(names, ids))

    @property
    def missing_mediators(self) -> tuple[str, ...]:
        return tuple(self.missing)

    def _mediators(self, check: RowChecker) -> tuple[int | str, ...]:
        found: list[int | str] = []
        for name in split_list(check.get("调解员") or ""):
            if name in self.officers:
                found.append(self.officers[name])
                continue
            if name not in self.missing and self.options.add_missing_mediators:
                self.entries.append(PlanEntry(check.number, "新建", "调解员", f"{name}（不能登录）"))
            self.missing[name] = None
            if not self.options.add_missing_mediators:
                check.info("调解员", f"「{name}」不是本系统的用户")
            found.append(name)
        return tuple(dict.fromkeys(found))

    def finish(self) -> None:
        """A historical register's 调解员 who are not users here: refused all at once unless agreed to."""
        if self.missing and not self.options.add_missing_mediators:
            names = "、".join(self.missing)
            self.problems.append(Problem(
                None, "调解员",
                f"台账中有 {len(self.missing)} 名调解员不是本系统的用户：{names}。确认“添加缺少的调解员”"
                "（命令行 --add-missing-mediators）即把他们作为不能登录的调解员与本次导入一并添加；"
                "或先在「用户与审计」→「用户管理」中添加这些用户"))

    def _status(self, check: RowChecker) -> tuple[CaseStatus, CaseStatus | None]:
        status = check.label("状态", CaseStatus)
        if status is None and check.get("状态") is None:
            status = CaseStatus.CLOSED if check.get("结案日期") else CaseStatus.ACCEPTED
            check.info("状态", f"未填写状态，按「{status.label}」导入")
        outcome = check.get("调解结果")
        if outcome is not None and outcome not in OUTCOMES:
            check.error("调解结果", f"无法识别「{outcome}」，应为：" + "、".join(OUTCOMES))
            return status or CaseStatus.ACCEPTED, None
        if outcome == AGREED and check.get("协议金额") is None:
            check.error("协议金额", "调解结果为“达成协议”时必须填写协议金额")
        if outcome != AGREED and check.get("协议金额") is not None:
            check.error("协议金额", "填写了协议金额，但调解结果不是“达成协议”")
        ending = OUTCOMES.get(outcome) if outcome else None
        if ending is not None and status is not None and status != ending and status not in CLOSED_STATES:
            check.error("调解结果", f"调解结果「{outcome}」与状态「{status.label}」不一致")
        return status or CaseStatus.ACCEPTED, ending


def _paused_days(check: RowChecker) -> int:
    """已中止天数: the days the case's clock was suspended (blank: none)."""
    days = check.get("已中止天数") or 0
    if days < 0:
        check.error("已中止天数", "不能为负数")
        return 0
    return days


def _money(check: RowChecker, column: str) -> Decimal:
    """A money cell, a blank one as 0.00 (the register shows 0.00 for none)."""
    return check.get(column) or Decimal("0.00")


def apply_cases(session: Session, records: list[CaseRecord], tick) -> None:
    added = _add_missing_mediators(session, records)
    made = []
    for record in records:
        mediators = tuple(added[m] if isinstance(m, str) else m for m in record.mediators)
        made.append((record.number, CASE_ENTITY, _create_case(session, record, mediators).id))
        tick()
    register_imported(session, "case", made)


def _add_missing_mediators(session: Session, records: list[CaseRecord]) -> dict[str, int]:
    """The named mediators the plan agreed to add: inactive officers without a password (never sign in)."""
    names = dict.fromkeys(m for record in records for m in record.mediators if isinstance(m, str))
    if not names:
        return {}
    taken = set(session.scalars(select(Officer.username).where(Officer.username.like("imported%"))))
    added: dict[str, int] = {}
    serial = 0
    for name in names:
        serial += 1
        while f"imported{serial}" in taken:
            serial += 1
        officer = Officer(username=f"imported{serial}", display_name=name, role=Role.MEDIATOR,
                          password_hash=None, active=False)
        session.add(officer)
        session.flush()
        added[name] = officer.id
    return added


def _create_case(session: Session, record: CaseRecord, mediators: tuple[int, ...]) -> MediationCase:
    employer = find_or_create_employer(session, EmployerInput(record.respondent, record.credit_code))
    case = MediationCase(
        number=record.number, status=record.status, source=record.source, received_on=record.accepted_on,
        accepted_on=record.accepted_on, respondent_id=employer.id, workers_involved=record.workers_involved,
        amount_claimed=record.amount_claimed, agreed_amount=record.agreed_amount,
        amount_performed=record.amount_performed, amount_recovered=record.amount_recovered,
        closed_on=record.closed_on, paused_days=record.paused_days,
    )
    for position, (name, id_number) in enumerate(record.applicants):
        worker = find_or_create_worker(session, WorkerInput(name, id_number))
        case.applicants.append(CaseApplicant(worker_id=worker.id, position=position))
    case.categories.extend(CaseCategory(category=c) for c in record.categories)
    roles = [MediatorRole.LEAD] + [MediatorRole.MEMBER] * len(mediators)
    case.mediators.extend(CaseMediator(officer_id=o, role=r) for o, r in zip(mediators, roles))
    session.add(case)
    session.flush()
    if record.ending is not None and record.status in CLOSED_STATES:
        session.add(StateTransition(entity_type=CASE_ENTITY, entity_id=case.id, from_state=record.ending.value,
                                    to_state=CaseStatus.CLOSED.value, reason=IMPORT_REASON))
    return case
