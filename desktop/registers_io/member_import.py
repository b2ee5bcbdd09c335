"""Importing a unit's enrolment roster (会员名册): members enrolled in a plan.

The rows are checked here (every bad row listed, nothing written); enrolling them
follows the same rule as the window's roster (``desktop.claims.enrolment``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import AidPlan, Enrolment, Worker
from desktop.claims.enrolment import RosterRow, enrol_checked_rows
from desktop.registers import Problem
from desktop.validation import parse_phone

from .checks import RowChecker, Seen
from .claim_import import plan_id, plans_by_name
from .matching import PartyBook
from .plan import ImportOptions, PlanEntry


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
                 today: dt.date, options: ImportOptions = ImportOptions()) -> None:
        self.session, self.problems, self.entries, self.today = session, problems, entries, today
        self.parties = PartyBook(session, entries)
        self.plans = plans_by_name(session)
        self.seen = Seen()

    def prefetch(self, rows: list[dict[str, Any]]) -> None:
        self.parties.prefetch(row.get("身份证号") for row in rows)

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
            .where(Worker.id_number == id_number, Enrolment.plan_id == plan,  # cover on the term's first day,
                   Enrolment.start_on <= AidPlan.term_start, Enrolment.end_on >= AidPlan.term_start)  # as enrolling
            .limit(1))
        plan_name = check.get("保障项目")
        self.entries.append(PlanEntry(check.number, "匹配" if enrolled else "新建", "参保",
                                      f"{name} 参加「{plan_name}」"))


def apply_members(session: Session, records: list[MemberRecord], tick, today: dt.date) -> None:
    for record in records:
        row = RosterRow(record.name, record.id_number, record.phone or "", record.unit or "", record.card_no or "",
                        row_no=record.row)
        enrol_checked_rows(session, record.plan_id, [row], enrolled_on=today)
        tick()
