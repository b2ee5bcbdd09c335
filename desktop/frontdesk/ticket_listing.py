"""热线工单 for the window: the paged list (search, 待办, sorted by what is shown), a ticket as
plain data (``TicketView`` with its contact records) and what 转调解 prefills the intake with.

待办 for a ticket: not closed (待响应 / 办理中 / 已办理待回访). A row is 超期 when its current
limit passed: 响应期限 while 待响应, 办结期限 while 办理中 or 待回访.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import or_, select

from db.engine import Database
from db.enums import ConsultCategory, Satisfaction, TicketChannel, TicketStatus
from db.models import Consultation, Employer, HotlineTicket, MediationCase, Officer, TicketContact, Worker
from desktop import search
from desktop.frontdesk.common import load
from desktop.frontdesk.referral import CATEGORIES, CasePrefill
from desktop.paging import ListColumn, SelectSource, TableRow, label_order
from desktop.parties import EmployerHit, WorkerHit

T = HotlineTicket
TICKET_COLUMNS = (
    ListColumn("number", "工单编号"), ListColumn("channel", "平台"), ListColumn("received", "接收时间"),
    ListColumn("reply_by", "响应期限"), ListColumn("finish_by", "办结期限"), ListColumn("status", "状态"),
    ListColumn("officer", "承办人"), ListColumn("category", "类别"), ListColumn("satisfaction", "回访"),
    ListColumn("content", "诉求内容", sortable=False),
)


def ticket_source(database: Database, text: str = "", pending_only: bool = False,
                  now: datetime | None = None) -> SelectSource:
    statement = (select(T.id, T.platform_number, T.channel, T.received_at, T.category, T.content, T.status,
                        T.reply_by, T.finish_by, T.satisfaction, Officer.display_name.label("officer"))
                 .outerjoin(Officer, Officer.id == T.officer_id).order_by(T.received_at.desc(), T.id.desc()))
    if text.strip():
        words = text.strip()
        statement = statement.where(or_(T.id.in_(search.matching("ticket", words)), T.content.contains(words),
                                        T.caller_name.contains(words)))
    if pending_only:
        statement = statement.where(T.status != TicketStatus.CLOSED)
    sorts = {"number": T.platform_number, "channel": label_order(T.channel, TicketChannel), "received": T.received_at,
             "reply_by": T.reply_by, "finish_by": T.finish_by, "status": label_order(T.status, TicketStatus),
             "officer": Officer.display_name, "category": label_order(T.category, ConsultCategory),
             "satisfaction": label_order(T.satisfaction, Satisfaction)}
    moment = now or datetime.now()
    return SelectSource(database, TICKET_COLUMNS, statement, sorts, lambda r: _ticket_row(r, moment), id_column=T.id)


def is_late(status: TicketStatus, reply_by: datetime, finish_by: datetime, now: datetime) -> bool:
    return ((status is TicketStatus.RECEIVED and now > reply_by)
            or (status in (TicketStatus.RESPONDED, TicketStatus.FINISHED) and now > finish_by))


def _ticket_row(r, now: datetime) -> TableRow:
    late = is_late(r.status, r.reply_by, r.finish_by, now)
    tone = "overdue" if late else ("muted" if r.status is TicketStatus.CLOSED else None)
    status = r.status.label + ("（超期）" if late else "")
    return TableRow(r.id, (r.platform_number, r.channel.label, f"{r.received_at:%Y-%m-%d %H:%M}",
                           f"{r.reply_by:%Y-%m-%d %H:%M}", f"{r.finish_by:%Y-%m-%d %H:%M}", status, r.officer or "",
                           r.category.label, r.satisfaction.label if r.satisfaction else "", _short(r.content)), tone)


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit] + "…"


@dataclass(frozen=True)
class ContactView:
    contacted_at: datetime
    method: str
    note: str
    officer: str


@dataclass(frozen=True)
class TicketView:
    id: int
    version: int
    platform_number: str
    channel: TicketChannel
    received_at: datetime
    reply_by: datetime
    finish_by: datetime
    deadline_explanation: str
    category: ConsultCategory
    content: str
    caller_name: str
    caller_phone: str
    officer_id: int | None
    officer: str
    status: TicketStatus
    responded_at: datetime | None
    result: str
    finished_at: datetime | None
    satisfaction: Satisfaction | None
    visit_note: str
    closed_at: datetime | None
    case_id: int | None
    case_number: str
    consultation_id: int | None
    consultation_number: str
    contacts: tuple[ContactView, ...]

    @property
    def title(self) -> str:
        return f"{self.channel.label} {self.platform_number}"


def ticket_view(database: Database, ticket_id: int) -> TicketView:
    with database.read() as session:
        t = load(session, HotlineTicket, ticket_id, None, "工单")
        names: dict[int | None, str] = {r.id: r.display_name for r in session.execute(
            select(Officer.id, Officer.display_name))}
        contacts = tuple(ContactView(c.contacted_at, c.method, c.note, names.get(c.officer_id, ""))
                         for c in session.scalars(select(TicketContact).where(TicketContact.ticket_id == t.id)
                                                  .order_by(TicketContact.contacted_at, TicketContact.id)))
        case_number = (session.scalar(select(MediationCase.number).where(MediationCase.id == t.case_id))
                       if t.case_id else None)
        consultation = (session.scalar(select(Consultation.number).where(Consultation.id == t.consultation_id))
                        if t.consultation_id else None)
        return TicketView(
            t.id, t.version, t.platform_number, t.channel, t.received_at, t.reply_by, t.finish_by,
            t.deadline_explanation or "", t.category, t.content, t.caller_name or "", t.caller_phone or "",
            t.officer_id, names.get(t.officer_id, "") if t.officer_id else "", t.status, t.responded_at,
            t.result or "", t.finished_at, t.satisfaction, t.visit_note or "", t.closed_at, t.case_id,
            case_number or (f"案件 #{t.case_id}" if t.case_id else ""), t.consultation_id, consultation or "",
            contacts)


def ticket_case_prefill(database: Database, ticket_id: int) -> CasePrefill:
    """转调解 from a ticket: the worker and employer on file if the ticket names them, else the
    caller typed in as a new applicant; the content as facts; 12351 tickets as source 12351热线转派."""
    from db.enums import CaseSource

    with database.read() as session:
        t = load(session, HotlineTicket, ticket_id, None, "工单")
        w = session.get(Worker, t.worker_id) if t.worker_id else None
        e = session.get(Employer, t.employer_id) if t.employer_id else None
        worker = WorkerHit(w.id, w.name, w.id_number, w.phone, w.unit_name) if w else None
        employer = EmployerHit(e.id, e.name, e.credit_code, e.street) if e else None
        source = CaseSource.HOTLINE_12351 if t.channel is TicketChannel.HOTLINE_12351 else CaseSource.PETITION_GRID
        facts = f"（{t.channel.label}工单 {t.platform_number} 转调解）{t.content}"
        return CasePrefill(source, worker, employer, facts, (CATEGORIES[t.category],),
                           t.caller_name or "", t.caller_phone or "")
