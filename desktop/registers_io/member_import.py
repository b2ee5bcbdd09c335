"""Importing a unit's enrolment roster (会员名册): members enrolled in a plan.

``desktop.claims.enrolment.enrol_members`` is not on the main branch yet, so the
roster is enrolled here through ``desktop.parties`` and ``Enrolment`` directly.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import AidPlan, Enrolment, Worker
from desktop.parties import WorkerInput, find_or_create_worker
from desktop.registers import Problem
from desktop.validation import parse_phone

from .checks import RowChecker, Seen
from .claim_import import plan_id, plans_by_name
from .matching import PartyBook
from .plan import PlanEntry


@dataclass(frozen=True)
class MemberRecord:
    row: int
    name: str
    id_number: str
    phone: str | None
    unit: str | None
    card_no: str | None
    plan_id: int


class MemberPlanner:
    def __init__(self, session: Session, problems: list[Problem], entries: list[PlanEntry],
                 today: dt.date) -> None:
        self.session, self.problems, self.entries, self.today = session, problems, entries, today
        self.parties = PartyBook(session, entries)
        self.plans = plans_by_name(session)
        self.seen = Seen()

    def record(self, row: dict[str, Any]) -> MemberRecord | None:
        check = RowChecker(row, self.problems, self.today)
        id_number = check.id_number("身份证号")
        phone = check.run("手机号码", lambda v: parse_phone(v, field="手机号码"))
        plan = plan_id(check, self.plans)
        name = check.get("姓名")
        if check.failed or None in (id_number, plan, name):
            return None
        first = self.seen.first_row(f"{id_number}/{plan}", check.number)
        if first is not None:
            check.error("身份证号", f"与第 {first} 行是同一人参加同一保障项目")
            return None
        self.parties.worker(check, "姓名", name, id_number)
        self._enrolment_entry(check, name, id_number, plan)
        if check.failed:
            return None
        return MemberRecord(check.number, name, id_number, phone, check.get("所属单位"),
                            check.get("会员卡号"), plan)

    def _enrolment_entry(self, check: RowChecker, name: str, id_number: str, plan: int) -> None:
        enrolled = self.session.scalar(
            select(Enrolment.id).join(Worker, Enrolment.worker_id == Worker.id)
            .join(AidPlan, Enrolment.plan_id == AidPlan.id)
            .where(Worker.id_number == id_number, Enrolment.plan_id == plan,
                   Enrolment.start_on == AidPlan.term_start).limit(1))
        plan_name = check.get("保障项目")
        self.entries.append(PlanEntry(check.number, "匹配" if enrolled else "新建", "参保",
                                      f"{name} 参加「{plan_name}」"))


def apply_members(session: Session, records: list[MemberRecord], tick, today: dt.date) -> None:
    for record in records:
        worker = find_or_create_worker(session, WorkerInput(
            record.name, record.id_number, phone=record.phone, is_member=True,
            member_card_no=record.card_no, unit_name=record.unit))
        worker.is_member = True
        worker.member_card_no = worker.member_card_no or record.card_no
        plan = session.get_one(AidPlan, record.plan_id)
        if not _enrolled(session, plan, worker.id):
            session.add(Enrolment(plan_id=plan.id, worker_id=worker.id, unit_name=record.unit,
                                  card_no=record.card_no, start_on=plan.term_start, end_on=plan.term_end,
                                  enrolled_on=today))
            session.flush()
        tick()


def _enrolled(session: Session, plan: AidPlan, worker_id: int) -> bool:
    return session.scalar(select(Enrolment.id).where(
        Enrolment.plan_id == plan.id, Enrolment.worker_id == worker_id,
        Enrolment.start_on == plan.term_start).limit(1)) is not None
