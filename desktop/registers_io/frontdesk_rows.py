"""The front desk's registers: 法律咨询登记台账 and 热线工单台账, straight from the database.

The consultation register covers consultations by 咨询日期, the ticket register tickets by
接收时间. 身份证号 and 联系电话 are masked unless full numbers are asked for; every text goes
through the one register writer, so a name such as ``=HYPERLINK(...)`` stays text.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from db.enums import ConsultOutcome
from db.models import Consultation, HotlineTicket, MediationCase, Officer
from desktop.frontdesk.ticket_listing import is_late
from desktop.registers import Column, RegisterSpec

from .period import Period

_ID_ALIASES = ("身份证号码", "公民身份号码", "证件号码")
_PHONE_ALIASES = ("电话", "手机号码", "来电号码")

CONSULTATIONS = RegisterSpec(
    key="consultations",
    title_template="{year}年度法律咨询登记台账",
    sheet_name="法律咨询台账",
    columns=(
        Column("咨询编号", "text", width=20, required=True, aliases=("编号",)),
        Column("咨询日期", "date", required=True),
        Column("咨询方式", "text", width=8),
        Column("咨询人", "text", width=10, required=True, aliases=("姓名",)),
        Column("身份证号", "id", aliases=_ID_ALIASES),
        Column("联系电话", "phone", width=14, aliases=_PHONE_ALIASES),
        Column("所在单位", "text", width=26, aliases=("用人单位", "单位")),
        Column("咨询类别", "text", width=10),
        Column("咨询问题", "text", width=40),
        Column("解答内容", "text", width=40),
        Column("接待人员", "text", width=10),
        Column("解答律师", "text", width=10),
        Column("处理结果", "text", width=12),
        Column("处理说明", "text", width=24),
        Column("转调解案件编号", "text", width=20),
        Column("转出情况", "text", width=10),
    ),
)

TICKETS = RegisterSpec(
    key="tickets",
    title_template="{year}年度12351、12345热线工单台账",
    sheet_name="热线工单台账",
    columns=(
        Column("工单编号", "text", width=20, required=True, aliases=("工单号",)),
        Column("平台", "text", width=14, aliases=("来源",)),
        Column("接收时间", "text", width=17, required=True),
        Column("响应期限", "text", width=17),
        Column("办结期限", "text", width=17),
        Column("诉求类别", "text", width=10),
        Column("来电人", "text", width=10),
        Column("联系电话", "phone", width=14, aliases=_PHONE_ALIASES),
        Column("诉求内容", "text", width=40),
        Column("承办人", "text", width=10),
        Column("状态", "text", width=12),
        Column("首次联系时间", "text", width=17),
        Column("按时响应", "text", width=8),
        Column("联系次数", "int", total=True),
        Column("办理结果", "text", width=30),
        Column("办结时间", "text", width=17),
        Column("回访结果", "text", width=10),
        Column("回访时间", "text", width=17),
        Column("转调解案件编号", "text", width=20),
        Column("转咨询编号", "text", width=20),
    ),
)


def consultation_rows(session: Session, period: Period) -> Iterator[list[object]]:
    """Consultations of ``period`` by 咨询日期, in ``CONSULTATIONS`` column order."""
    officers = dict(session.execute(select(Officer.id, Officer.display_name)).all())
    cases = _case_numbers(session)
    statement = (select(Consultation).where(*period.conditions(Consultation.consulted_on))
                 .order_by(Consultation.consulted_on, Consultation.id).execution_options(yield_per=500))
    for c in session.scalars(statement):
        yield [
            c.number, c.consulted_on, c.channel.label, c.worker.name, c.worker.id_number, c.worker.phone,
            c.employer.name if c.employer else None, c.category.label, c.question, c.answer,
            officers.get(c.officer_id) if c.officer_id else None, c.lawyer_name, c.outcome.label, c.outcome_note,
            cases.get(c.case_id) if c.case_id else None, _referral(c),
        ]


def _referral(c: Consultation) -> str | None:
    if c.outcome is ConsultOutcome.TO_MEDIATION:
        return "已转" if c.case_id else "待转"
    if c.outcome is ConsultOutcome.TO_LEGAL_AID:
        return "已转" if c.legal_aid_id else "待转"
    return None


def ticket_rows(session: Session, period: Period) -> Iterator[list[object]]:
    """Tickets of ``period`` by 接收时间, in ``TICKETS`` column order."""
    officers = dict(session.execute(select(Officer.id, Officer.display_name)).all())
    cases = _case_numbers(session)
    consultations = dict(session.execute(select(Consultation.id, Consultation.number)).all())
    statement = (select(HotlineTicket).where(*period.conditions(HotlineTicket.received_at))
                 .options(selectinload(HotlineTicket.contacts))
                 .order_by(HotlineTicket.received_at, HotlineTicket.id))
    for t in session.scalars(statement):
        yield [
            t.platform_number, t.channel.label, _moment(t.received_at), _moment(t.reply_by), _moment(t.finish_by),
            t.category.label, t.caller_name, t.caller_phone, t.content,
            officers.get(t.officer_id) if t.officer_id else None, _state(t), _moment(t.responded_at),
            _on_time(t), len(t.contacts), t.result, _moment(t.finished_at),
            t.satisfaction.label if t.satisfaction else None, _moment(t.closed_at),
            cases.get(t.case_id) if t.case_id else None,
            consultations.get(t.consultation_id) if t.consultation_id else None,
        ]


def _case_numbers(session: Session) -> dict[int, str]:
    return {i: n for i, n in session.execute(select(MediationCase.id, MediationCase.number)) if n}


def _moment(value: datetime | None) -> str | None:
    return f"{value:%Y-%m-%d %H:%M}" if value else None


def _on_time(t: HotlineTicket) -> str | None:
    if t.responded_at is None:
        return None
    return "是" if t.responded_at <= t.reply_by else "否"


def _state(t: HotlineTicket, now: datetime | None = None) -> str:
    """The state, and 「（超期）」 while its current limit has passed (as the list shows it)."""
    late = is_late(t.status, t.reply_by, t.finish_by, now or datetime.now())
    return t.status.label + ("（超期）" if late else "")
