"""After the calendar changed: open deadlines counted again, each change said and audited.

Open deadlines are the rectification deadlines of letters still awaiting a reply
and the clocks of cases still running. A letter's stored deadline and its
explanation are replaced, the explanation ending with what it was before and
why; an issued document keeps what it printed (its PDF is frozen). A case's
clock is computed when shown, so it follows by itself; each case whose last day
moves gets an audit entry saying from what to what and why.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.audit import record_event
from db.models import MediationCase, SupervisionLetter
from desktop.calendar.holidays import HolidayCalendar
from desktop.calendar.text import format_date
from desktop.cases.pauses import record_clock
from desktop.cases.workflow import ACTIVE
from desktop.letters.base import letter_deadline
from desktop.letters.flow import AWAITING


@dataclass(frozen=True)
class Moved:
    """One open deadline that the change moved."""

    kind: str  # 文书 / 案件
    number: str
    before: date
    after: date


def recompute_open_deadlines(session: Session, before: HolidayCalendar, after: HolidayCalendar,
                             why: str, today: date) -> list[Moved]:
    session.flush()
    return _letters(session, after, why, today) + _cases(session, before, after, why, today)


def _letters(session: Session, calendar: HolidayCalendar, why: str, today: date) -> list[Moved]:
    moved = []
    letters = session.scalars(select(SupervisionLetter).where(
        SupervisionLetter.status.in_([s.value for s in AWAITING]), SupervisionLetter.deadline_on.is_not(None)))
    for letter in letters:
        start, counted_from = ((letter.delivered_on, "自送达之日起算") if letter.delivered_on
                               else (letter.issued_on, "自签发之日起算"))
        old = letter.deadline_on
        if start is None or old is None:  # not sent yet / no deadline: nothing to move
            continue
        due, text = letter_deadline(calendar, start, letter.deadline_days, letter.deadline_unit, counted_from)
        if due != old:
            text += f"（{format_date(today)} 因{why}重新计算，原期限 {format_date(old)}）"
            moved.append(Moved("文书", letter.number or str(letter.id), old, due))
            record_event(session, "recompute_deadline", entity_type="supervision_letter", entity_id=letter.id,
                         detail=f"整改期限由 {old} 改为 {due}：{why}")
        if (due, text) != (old, letter.deadline_explanation):
            letter.deadline_on, letter.deadline_explanation = due, text
    return moved


def _cases(session: Session, before: HolidayCalendar, after: HolidayCalendar, why: str, today: date) -> list[Moved]:
    moved = []
    for record in session.scalars(select(MediationCase).where(MediationCase.status.in_([s.value for s in ACTIVE]))):
        old = record_clock(session, record, today, calendar=before).due
        new = record_clock(session, record, today, calendar=after).due
        if old != new:
            moved.append(Moved("案件", record.number or f"（未受理 {record.id}）", old, new))
            record_event(session, "recompute_deadline", entity_type="mediation_case", entity_id=record.id,
                         detail=f"调解期限届满日由 {old} 改为 {new}：{why}")
    return moved
