"""What the case window shows: plain snapshots of one case, read in one session."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.enums import CaseStatus
from db.models import ArchiveLoan, Attachment, MediationCase, Officer, StateTransition
from desktop.cases.deadlines import Clock
from desktop.cases.forms import SessionInput
from desktop.cases.pauses import record_clock
from desktop.cases.workflow import ENTITY
from desktop.errors import NotFound


@dataclass(frozen=True)
class PartyView:
    worker_id: int
    name: str
    role: str
    gender: str
    id_number: str
    phone: str
    job_title: str


@dataclass(frozen=True)
class EmployerView:
    id: int
    name: str
    credit_code: str | None
    address: str | None
    legal_representative: str | None
    street: str | None


@dataclass(frozen=True)
class Line:
    """One row of a simple table on a tab: its cells, already as text."""

    cells: tuple[str, ...]


@dataclass(frozen=True)
class SessionLine(Line):
    """A session's row, with its id and what it holds (to correct it before its 调解笔录 is issued)."""

    id: int
    entry: SessionInput


@dataclass(frozen=True)
class CaseDetail:
    id: int
    version: int
    number: str | None
    status: CaseStatus
    fields: tuple[tuple[str, str], ...]
    clock: Clock
    applicants: tuple[PartyView, ...]
    employer: EmployerView
    agents: tuple[Line, ...]
    mediators: tuple[Line, ...]
    categories: tuple[str, ...]
    claims: tuple[Line, ...]
    amount_claimed: Decimal
    sessions: tuple[SessionLine, ...]
    terms: tuple[Line, ...]
    agreed_amount: Decimal | None
    amount_performed: Decimal
    amount_recovered: Decimal
    payments: tuple[Line, ...]
    follow_ups: tuple[Line, ...]
    attachments: tuple[tuple[int, str, str], ...]
    transitions: tuple[Line, ...]
    loans: tuple[Line, ...] = ()  # the archived file's 借阅/归还 log

    @property
    def title(self) -> str:
        who = self.applicants[0].name if self.applicants else ""
        if len(self.applicants) > 1:
            who += f"等{len(self.applicants)}人"
        return f"{self.number or '（未受理）'} {who} 诉 {self.employer.name}"


def _d(day: date | None) -> str:
    return f"{day:%Y-%m-%d}" if day else ""


def _m(amount: Decimal | None) -> str:
    return f"{amount:,.2f}" if amount is not None else ""


def load_detail(session: Session, case_id: int, today: date) -> CaseDetail:
    c = session.get(MediationCase, case_id)
    if c is None:
        raise NotFound(f"案件（编号 {case_id}）不存在。")
    names = dict(session.execute(select(Officer.id, Officer.display_name)).all())
    return CaseDetail(
        id=c.id, version=c.version, number=c.number, status=c.status, fields=_fields(c), clock=clock_of(session, c, today),
        applicants=tuple(_party(a) for a in c.applicants), employer=_employer(c.respondent),
        agents=tuple(Line((a.side.label, a.kind.label, a.name, a.phone or "", a.organisation or "")) for a in c.agents),
        mediators=tuple(Line((names.get(m.officer_id, ""), m.role.label)) for m in _team_order(c.mediators)),
        categories=tuple(cat.category.label for cat in c.categories),
        claims=tuple(Line((str(i.seq), i.item, _m(i.amount), i.basis or "")) for i in c.claim_items),
        amount_claimed=c.amount_claimed, sessions=tuple(_session_line(s) for s in c.sessions),
        terms=tuple(Line((str(t.seq), t.description, _m(t.amount), t.payer or "", _d(t.due_on), t.method or ""))
                    for t in c.terms),
        agreed_amount=c.agreed_amount, amount_performed=c.amount_performed, amount_recovered=c.amount_recovered,
        payments=tuple(Line((_d(p.paid_on), _m(p.amount), p.method or "", p.note or "")) for p in c.performances),
        follow_ups=tuple(Line((_d(f.visited_on), f.method or "", f.satisfaction.label if f.satisfaction else "",
                               f.result or "", names.get(f.officer_id, "")))
                         for f in c.follow_ups),
        attachments=_attachments(session, c.id), transitions=_transitions(session, c.id, names),
        loans=_loans(session, c.id),
    )


def _loans(session: Session, case_id: int) -> tuple[Line, ...]:
    rows = session.scalars(select(ArchiveLoan).where(ArchiveLoan.case_id == case_id).order_by(ArchiveLoan.id))
    return tuple(Line((_d(r.lent_on), r.borrower + (f"（{r.organisation}）" if r.organisation else ""), r.purpose,
                       _d(r.due_back_on), _d(r.returned_on) or "借阅中")) for r in rows)


def clock_of(session: Session, c: MediationCase, today: date) -> Clock:
    return record_clock(session, c, today)


def _fields(c: MediationCase) -> tuple[tuple[str, str], ...]:
    rows = [
        ("案件编号", c.number or "（受理时分配）"), ("状态", c.status.label), ("案件来源", c.source.label),
        ("申请方式", c.application_form.label), ("收到申请日期", _d(c.received_on)), ("受理日期", _d(c.accepted_on)),
        ("涉及人数", f"{c.workers_involved} 人" + ("（集体争议）" if c.collective else "")),
        ("请求金额", _m(c.amount_claimed) + " 元"),
    ]
    optional = [
        ("委派/委托文号", c.referral_doc_no), ("转办/委托单位", c.referring_body),
        ("收到法院材料日期", _d(c.papers_received_on)), ("简易程序", "是" if c.court_simple_procedure else ""),
        ("口头申请记录", c.oral_record), ("事实与理由", c.facts), ("请求事项", c.requests),
        ("延长调解期限", c.extension_reason), ("不予受理/不同意调解理由", c.decision_reason),
        ("终止原因", (c.termination_reason.label + (f"：{c.termination_note}" if c.termination_note else ""))
         if c.termination_reason else ""),
        ("协议日期", _d(c.agreed_on)), ("协议金额", _m(c.agreed_amount)),
        ("已履行金额", _m(c.amount_performed) if c.agreed_amount is not None else ""),
        ("挽回经济损失", _m(c.amount_recovered) if c.agreed_amount is not None else ""), ("未履行后续途径", c.follow_up_route.label if c.follow_up_route else ""),
        ("办理结束日期", _d(c.ended_on)), ("结案日期", _d(c.closed_on)), ("卷宗号", c.archive_no),
        ("归档日期", _d(c.archived_on)), ("盒号", c.box_no), ("卷号", c.volume_no),
        ("保管期限", c.retention.label if c.retention else ""), ("计划回访日期", _d(c.follow_up_due_on)), ("备注", c.remarks),
    ]
    return tuple(rows + [(k, v) for k, v in optional if v])


def _employer(e) -> EmployerView:
    return EmployerView(e.id, e.name, e.credit_code, e.address, e.legal_representative, e.street)


def _party(a) -> PartyView:
    w = a.worker
    return PartyView(w.id, w.name, a.role.label, w.gender.label if w.gender else "", w.id_number or "",
                     w.phone or "", a.job_title or "")


def _team_order(mediators):
    order = {"LEAD": 0, "MEMBER": 1, "RECORDER": 2}
    return sorted(mediators, key=lambda m: order[m.role.value])


def _session_line(s) -> SessionLine:
    entry = SessionInput(s.held_on, s.kind, s.place or "", s.mode, s.attendees or "", s.applicant_position or "",
                         s.respondent_position or "", s.proposal or "", s.narrative or "")
    return SessionLine((_d(s.held_on), s.kind.label, s.mode.label, entry.place, entry.attendees,
                        entry.applicant_position, entry.respondent_position, entry.proposal, entry.narrative),
                       s.id, entry)


def _attachments(session: Session, case_id: int) -> tuple[tuple[int, str, str], ...]:
    rows = session.scalars(select(Attachment).where(Attachment.owner_type == ENTITY, Attachment.owner_id == case_id)
                           .order_by(Attachment.id))
    return tuple((a.id, a.filename, a.sha256) for a in rows)


def _transitions(session: Session, case_id: int, names: dict) -> tuple[Line, ...]:
    rows = session.scalars(select(StateTransition).where(StateTransition.entity_type == ENTITY,
                                                         StateTransition.entity_id == case_id)
                           .order_by(StateTransition.id))
    return tuple(Line((_when(t.at), names.get(t.officer_id, ""), _label(t.from_state), _label(t.to_state),
                       t.reason or "")) for t in rows)


def _when(at: datetime) -> str:
    return at.astimezone().strftime("%Y-%m-%d %H:%M")


def _label(state: str | None) -> str:
    return CaseStatus(state).label if state else ""
