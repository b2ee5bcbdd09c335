"""中止: suspending a case's mediation clock with a reason, and resuming it.

The days from the day it was suspended to the day it resumed are added to the
clock (``paused_days`` keeps the total of ended suspensions for lists and
figures; ``paused_since`` marks a clock suspended now). A case is suspended at
most once at a time, only while its clock runs, and by whoever may mediate it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from db.audit import record_event
from db.enums import PauseReason
from db.models import CasePause, MediationCase
from desktop import settings as org_settings
from desktop.auth import Actor, Permission
from desktop.calendar import HolidayCalendar, calendar_of
from desktop.cases.base import CaseActions
from desktop.cases.common import not_before, not_future, text
from desktop.cases.deadlines import Clock, PauseSpan, case_clock, clock_start
from desktop.cases.workflow import ACTIVE
from desktop.errors import TransitionError, ValidationError


@dataclass(frozen=True)
class PauseInput:
    reason: PauseReason
    started_on: date
    note: str = ""


def pause_spans(record: MediationCase) -> tuple[PauseSpan, ...]:
    return tuple(PauseSpan(_reason_text(p), p.started_on, p.resumed_on) for p in record.pauses)


def _reason_text(pause: CasePause) -> str:
    if pause.reason is PauseReason.OTHER and pause.reason_text:
        return f"其他：{pause.reason_text}"
    return pause.reason.label


def record_clock(session: Session, record: MediationCase, today: date, *, running: bool | None = None,
                 calendar: HolidayCalendar | None = None) -> Clock:
    """The case's clock with the centre's limits, the database's calendar (or ``calendar``)
    and its suspensions."""
    prefs = org_settings.load(session)
    return case_clock(
        source=record.source, received_on=record.received_on, papers_received_on=record.papers_received_on,
        simple=record.court_simple_procedure, extension_days=record.extension_days,
        running=record.status in ACTIVE if running is None else running, today=today,
        limit_days=prefs.mediation_limit_days, warn_after_days=prefs.warn_after_days,
        calendar=calendar or calendar_of(session), pauses=pause_spans(record))


def end_open_pause(session: Session, record: MediationCase, on: date) -> int:
    """The case leaves mediation while its clock is suspended: the suspension ends the day
    the case ended (the clock stops then), so no suspension is left open on an ended case.
    Returns the days it added (0 when none was open)."""
    current = next((p for p in record.pauses if p.resumed_on is None), None)
    if current is None:
        record.paused_since = None
        return 0
    not_before(on, current.started_on, "结束日期", "中止日期")
    return _end_pause(session, record, current, on, "案件结束，中止随之结束")


def _end_pause(session: Session, record: MediationCase, current: CasePause, on: date, why: str) -> int:
    """Close ``current`` on ``on``: its days join the case's total, the clock runs again (audited)."""
    current.resumed_on = on
    days = (on - current.started_on).days
    record.paused_days += days
    record.paused_since = None
    record_event(session, "resume", entity_type="mediation_case", entity_id=record.id,
                 detail=f"{why}：{on}，中止 {days} 日")
    return days


class PauseService(CaseActions):
    def pause(self, actor: Actor, case_id: int, entry: PauseInput, *, version: int) -> None:
        note = text(entry.note)
        if entry.reason is PauseReason.OTHER and note is None:
            raise ValidationError("中止原因选「其他」时须写明具体原因", field="具体原因")
        not_future(entry.started_on, "中止日期")

        def action(session, record):
            if record.status not in ACTIVE:
                raise TransitionError(f"案件当前为「{record.status.label}」，调解期限未在计算，不能中止。")
            if record.paused_since is not None:
                raise TransitionError(f"案件已于 {record.paused_since:%Y-%m-%d} 中止，请先恢复计时。")
            start, _ = clock_start(record.source, record.received_on, record.papers_received_on)
            not_before(entry.started_on, start, "中止日期", "期限起算日")
            for earlier in record.pauses:
                not_before(entry.started_on, earlier.resumed_on, "中止日期", "上一次恢复计时日期")
            record.pauses.append(CasePause(reason=entry.reason, reason_text=note, started_on=entry.started_on,
                                           created_by=actor.officer_id))
            record.paused_since = entry.started_on
            detail = f"中止调解期限：{entry.reason.label}" + (f"（{note}）" if note else "") + f"，自 {entry.started_on}"
            record_event(session, "pause", entity_type="mediation_case", entity_id=record.id, detail=detail)
        self._run(actor, Permission.CASE_MEDIATE, case_id, version, action)

    def resume(self, actor: Actor, case_id: int, resumed_on: date, *, version: int) -> int:
        """Resume the clock; returns the days this suspension added."""
        not_future(resumed_on, "恢复计时日期")

        def action(session, record):
            current = next((p for p in record.pauses if p.resumed_on is None), None)
            if current is None or record.paused_since is None:
                raise TransitionError("案件的调解期限未中止，无需恢复。")
            not_before(resumed_on, current.started_on, "恢复计时日期", "中止日期")
            return _end_pause(session, record, current, resumed_on, "恢复计时")
        return self._run(actor, Permission.CASE_MEDIATE, case_id, version, action)
