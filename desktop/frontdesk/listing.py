"""The front-desk lists (paged, sortable): consultations and tickets, with search and 待办.

待办 for a consultation: referred on (转调解 / 转法律援助) but not linked to the case or the
legal-aid application yet. For a ticket: not closed (待响应 / 办理中 / 已办理待回访).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import and_, or_, select

from db.engine import Database
from db.enums import ConsultCategory, ConsultChannel, ConsultOutcome, TicketStatus
from db.models import Consultation, Employer, HotlineTicket, Officer, Worker
from desktop import search
from desktop.paging import ListColumn, SelectSource, TableRow, label_order

C, T = Consultation, HotlineTicket
CONSULTATION_COLUMNS = (
    ListColumn("number", "编号"), ListColumn("date", "咨询日期"), ListColumn("channel", "方式"),
    ListColumn("worker", "咨询人"), ListColumn("employer", "单位"), ListColumn("category", "类别"),
    ListColumn("question", "咨询问题", sortable=False), ListColumn("outcome", "处理结果"),
    ListColumn("handler", "接待/解答", sortable=False),
)
TICKET_COLUMNS = (
    ListColumn("number", "工单编号"), ListColumn("channel", "平台"), ListColumn("received", "接收时间"),
    ListColumn("category", "类别"), ListColumn("content", "诉求内容", sortable=False), ListColumn("status", "状态"),
    ListColumn("reply_by", "响应期限"), ListColumn("finish_by", "办结期限"), ListColumn("officer", "承办人"),
    ListColumn("satisfaction", "回访"),
)
PENDING_CONSULTATION = or_(and_(C.outcome == ConsultOutcome.TO_MEDIATION, C.case_id.is_(None)),
                           and_(C.outcome == ConsultOutcome.TO_LEGAL_AID, C.legal_aid_id.is_(None)))


def consultation_source(database: Database, text: str = "", pending_only: bool = False) -> SelectSource:
    statement = (select(C.id, C.number, C.consulted_on, C.channel, Worker.name.label("worker"),
                        Employer.name.label("employer"), C.category, C.question, C.outcome,
                        Officer.display_name.label("officer"), C.lawyer_name, C.case_id, C.legal_aid_id)
                 .join(Worker, Worker.id == C.worker_id).outerjoin(Employer, Employer.id == C.employer_id)
                 .outerjoin(Officer, Officer.id == C.officer_id)
                 .order_by(C.consulted_on.desc(), C.id.desc()))
    if text.strip():
        statement = statement.where(or_(C.id.in_(search.matching("consultation", text)),
                                        C.worker_id.in_(search.matching("worker", text)),
                                        C.employer_id.in_(search.matching("unit", text))))
    if pending_only:
        statement = statement.where(PENDING_CONSULTATION)
    sorts = {"number": C.id, "date": C.consulted_on, "channel": label_order(C.channel, ConsultChannel),
             "worker": Worker.name, "employer": Employer.name_sort, "category": label_order(C.category, ConsultCategory),
             "outcome": label_order(C.outcome, ConsultOutcome)}
    return SelectSource(database, CONSULTATION_COLUMNS, statement, sorts, _consultation_row, id_column=C.id)


def _consultation_row(r) -> TableRow:
    handler = "、".join(p for p in (r.officer, r.lawyer_name) if p)
    pending = ((r.outcome is ConsultOutcome.TO_MEDIATION and r.case_id is None)
               or (r.outcome is ConsultOutcome.TO_LEGAL_AID and r.legal_aid_id is None))
    outcome = r.outcome.label + ("（待转）" if pending else "")
    return TableRow(r.id, (r.number, r.consulted_on, r.channel.label, r.worker, r.employer or "", r.category.label,
                           _short(r.question), outcome, handler), "warning" if pending else None)


def ticket_source(database: Database, text: str = "", pending_only: bool = False,
                  now: datetime | None = None) -> SelectSource:
    statement = (select(T.id, T.platform_number, T.channel, T.received_at, T.category, T.content, T.status,
                        T.reply_by, T.finish_by, T.responded_at, T.finished_at, T.satisfaction,
                        Officer.display_name.label("officer"))
                 .outerjoin(Officer, Officer.id == T.officer_id).order_by(T.received_at.desc(), T.id.desc()))
    if text.strip():
        statement = statement.where(or_(T.id.in_(search.matching("ticket", text)), T.content.contains(text.strip())))
    if pending_only:
        statement = statement.where(T.status != TicketStatus.CLOSED)
    sorts = {"number": T.platform_number, "channel": T.channel, "received": T.received_at, "category": T.category,
             "status": T.status, "reply_by": T.reply_by, "finish_by": T.finish_by, "officer": Officer.display_name,
             "satisfaction": T.satisfaction}
    moment = now or datetime.now()
    return SelectSource(database, TICKET_COLUMNS, statement, sorts, lambda r: _ticket_row(r, moment),
                        id_column=T.id)


def _ticket_row(r, now: datetime) -> TableRow:
    late = ((r.status is TicketStatus.RECEIVED and now > r.reply_by)
            or (r.status is TicketStatus.RESPONDED and now > r.finish_by))
    tone = "overdue" if late else ("muted" if r.status is TicketStatus.CLOSED else None)
    return TableRow(r.id, (r.platform_number, r.channel.label, f"{r.received_at:%Y-%m-%d %H:%M}", r.category.label,
                           _short(r.content), r.status.label, f"{r.reply_by:%Y-%m-%d %H:%M}",
                           f"{r.finish_by:%Y-%m-%d %H:%M}", r.officer or "",
                           r.satisfaction.label if r.satisfaction else ""), tone)


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit] + "…"
