"""Due items of mutual-aid claims: claims sent back for documents (待补正), by the day they must be complete.

The claimant has ``SUPPLEMENT_DAYS`` calendar days from the day 补正 was asked for (the
claim's last move to 待补正, from its state transitions); a last day on a day off moves on.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time, timedelta, UTC

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.enums import ClaimStatus
from db.models import AidClaim, Officer, StateTransition, Worker
from desktop.calendar import HolidayCalendar, format_date
from desktop.calendar.deadline import roll_off_day_off
from desktop.due.items import DueItem, DueScope, RecordRef

AREA = "claims"
SUPPLEMENT_DAYS = 30
T = StateTransition


def local_day(moment) -> date:
    """The workstation's calendar day of a stored UTC moment (naive on SQLite)."""
    moment = moment if isinstance(moment, datetime) else datetime.fromisoformat(str(moment))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().date()


class ClaimSupplementSource:
    area, label = AREA, "互助理赔"
    kinds = frozenset({"aid_claim", "state_transition", "holiday_day"})

    def items(self, session: Session, scope: DueScope, calendar: HolidayCalendar) -> Iterable[DueItem]:
        asked = (select(T.entity_id, func.max(T.id).label("transition_id"))
                 .where(T.entity_type == "aid_claim", T.to_state == ClaimStatus.DOCS_INCOMPLETE.value)
                 .group_by(T.entity_id).subquery("asked"))
        latest_day = datetime.combine(scope.horizon - timedelta(days=SUPPLEMENT_DAYS - 1), time.min).astimezone()
        statement = (select(AidClaim.id, AidClaim.number, Worker.name, AidClaim.missing_documents, T.at, T.officer_id,
                            Officer.display_name)
                     .join(asked, asked.c.entity_id == AidClaim.id).join(T, T.id == asked.c.transition_id)
                     .join(Worker, Worker.id == AidClaim.worker_id).outerjoin(Officer, Officer.id == T.officer_id)
                     .where(AidClaim.status == ClaimStatus.DOCS_INCOMPLETE.value, T.at < latest_day + timedelta(days=1)))
        if scope.officer_id is not None:
            statement = statement.where(T.officer_id == scope.officer_id)
        for claim_id, number, worker, missing, at, officer_id, whose in session.execute(statement):
            asked_on = local_day(at)
            last, rolled = roll_off_day_off(calendar, calendar.add_calendar_days(asked_on, SUPPLEMENT_DAYS))
            if last > scope.horizon:
                continue
            text = (f"自 {format_date(asked_on)} 要求补正起 {SUPPLEMENT_DAYS} 日内补齐材料"
                    + (f"（{missing}）" if missing else "") + (f"；{rolled}" if rolled else ""))
            yield DueItem(AREA, "补正材料期限", f"{number} {worker}", last, text, RecordRef(AREA, claim_id, "detail"),
                          officer_id, whose or "")
