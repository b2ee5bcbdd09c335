"""法律咨询登记: register a consultation in one action, correct it, refer it on.

A consultation names the worker's one identity (found by ID number, or new) and
optionally the employer's; its number comes from the number register (kind
``consultation``). 转调解 links the case the intake created from it; 转法律援助 links the
legal-aid application (``link_legal_aid``: the hook the legal-aid area calls).
"""

from __future__ import annotations

from dataclasses import replace, dataclass
from datetime import date

from sqlalchemy import select, update

from db.audit import record_event
from db.enums import ConsultCategory, ConsultChannel, ConsultOutcome
from db.models import Consultation, HotlineTicket, IssuedNumber, MediationCase, Officer, Worker
from desktop import parties
from desktop.auth import Actor
from desktop.errors import ValidationError
from desktop.frontdesk.common import FrontDeskService, load, optional_text, required_text
from desktop.numbering import take_number

LABELS = {"consulted_on": "咨询日期", "channel": "咨询方式", "category": "咨询类别", "question": "咨询问题",
          "answer": "解答内容", "outcome": "处理结果", "lawyer_name": "解答律师"}


@dataclass(frozen=True)
class ConsultationInput:
    consulted_on: date
    channel: ConsultChannel
    worker: parties.WorkerInput
    category: ConsultCategory
    question: str
    outcome: ConsultOutcome
    answer: str = ""
    worker_id: int | None = None
    employer: parties.EmployerInput | None = None
    employer_id: int | None = None
    officer_id: int | None = None
    lawyer_name: str = ""
    outcome_note: str = ""
    ticket_id: int | None = None


@dataclass(frozen=True)
class ConsultationView:
    id: int
    version: int
    number: str
    data: ConsultationInput
    worker_name: str
    employer_name: str
    case_id: int | None
    case_number: str | None
    legal_aid_id: int | None
    ticket_id: int | None

    @property
    def awaiting_referral(self) -> bool:
        """Referred on but the record it went to is not linked yet (待办)."""
        return ((self.data.outcome is ConsultOutcome.TO_MEDIATION and self.case_id is None)
                or (self.data.outcome is ConsultOutcome.TO_LEGAL_AID and self.legal_aid_id is None))


def check(data: ConsultationInput, today: date) -> ConsultationInput:
    """Every field, in the order of the form; the message names the field."""
    if data.consulted_on > today:
        raise ValidationError(f"不能晚于今天（{today:%Y-%m-%d}）", field="咨询日期")
    worker = data.worker if data.worker_id is not None else parties.clean_worker(data.worker)
    employer = data.employer
    if data.employer_id is None and employer is not None and employer.name.strip():
        employer = parties.clean_employer(employer)
    elif data.employer_id is None:
        employer = None
    question = required_text(data.question, "咨询问题", 2000)
    answer = optional_text(data.answer, "解答内容", 4000) or ""
    if data.outcome is ConsultOutcome.ANSWERED and not answer:
        raise ValidationError("当场解答的咨询必须填写解答内容", field="解答内容")
    lawyer = optional_text(data.lawyer_name, "解答律师", 50) or ""
    if data.officer_id is None and not lawyer:
        raise ValidationError("请选择接待人员或填写解答律师", field="接待人员")
    note = optional_text(data.outcome_note, "处理说明", 1000) or ""
    if data.outcome is ConsultOutcome.OTHER and not note:
        raise ValidationError("处理结果为「其他」时请写明如何处理", field="处理说明")
    return ConsultationInput(data.consulted_on, data.channel, worker, data.category, question, data.outcome, answer,
                             data.worker_id, employer, data.employer_id, data.officer_id, lawyer, note,
                             data.ticket_id)


class ConsultationService(FrontDeskService):
    def register(self, actor: Actor, data: ConsultationInput) -> int:
        """One action: the worker (and employer) identity, the number, the record, the ticket link."""
        clean = check(data, self.today())
        with self._write(actor) as session:
            number = take_number(session, "consultation", clean.consulted_on.year, entity_type="consultation",
                                 entity_id=None)
            record = Consultation(number=number.number)
            _fill(session, record, clean)
            session.add(record)
            session.flush()
            link_number(session, number.number, record.id)
            if clean.ticket_id is not None:
                ticket = load(session, HotlineTicket, clean.ticket_id, None, "工单")
                if ticket.consultation_id is not None:
                    raise ValidationError("该工单已转为另一条咨询记录", field="来源工单")
                ticket.consultation_id = record.id
            return record.id

    def correct(self, actor: Actor, consultation_id: int, data: ConsultationInput, version: int) -> None:
        clean = check(data, self.today())
        with self._write(actor) as session:
            record = load(session, Consultation, consultation_id, version, "咨询记录")
            _fill(session, record, clean)

    def get(self, consultation_id: int) -> ConsultationView:
        with self.database.read() as session:
            record = load(session, Consultation, consultation_id, None, "咨询记录")
            case_number = session.scalar(select(MediationCase.number).where(MediationCase.id == record.case_id))
            ticket_id = session.scalar(select(HotlineTicket.id).where(HotlineTicket.consultation_id == record.id))
            return ConsultationView(record.id, record.version, record.number, _input(record), record.worker.name,
                                    record.employer.name if record.employer else "", record.case_id, case_number,
                                    record.legal_aid_id, ticket_id)

    def link_case(self, actor: Actor, consultation_id: int, case_id: int) -> None:
        """转调解: the case the intake registered from this consultation."""
        with self._write(actor) as session:
            record = load(session, Consultation, consultation_id, None, "咨询记录")
            load(session, MediationCase, case_id, None, "案件")
            record.case_id, record.outcome = case_id, ConsultOutcome.TO_MEDIATION
            record_event(session, "refer_to_case", entity_type="consultation", entity_id=record.id,
                         detail=f"转调解，案件 #{case_id}")

    def link_legal_aid(self, actor: Actor, consultation_id: int, legal_aid_id: int) -> None:
        """转法律援助: the legal-aid application made from this consultation (called by that area)."""
        with self._write(actor) as session:
            record = load(session, Consultation, consultation_id, None, "咨询记录")
            record.legal_aid_id, record.outcome = legal_aid_id, ConsultOutcome.TO_LEGAL_AID
            record_event(session, "refer_to_legal_aid", entity_type="consultation", entity_id=record.id,
                         detail=f"转法律援助，申请 #{legal_aid_id}")

    def officers(self) -> list[tuple[int, str]]:
        with self.database.read() as session:
            return [(r.id, r.display_name) for r in session.execute(
                select(Officer.id, Officer.display_name).where(Officer.active.is_(True)).order_by(Officer.id))]


def link_number(session, number: str, record_id: int) -> None:
    session.execute(update(IssuedNumber).where(IssuedNumber.number == number).values(entity_id=record_id))


def _fill(session, record: Consultation, data: ConsultationInput) -> None:
    worker = replace(data.worker, worker_id=data.worker_id) if data.worker_id is not None else data.worker
    known = None if record.worker_id is not None else same_caller_without_id(session, worker)
    record.worker_id = known if known is not None else parties.find_or_create_worker(session, worker).id
    employer = None
    if data.employer_id is not None:
        employer = parties.find_or_create_employer(session, parties.EmployerInput(employer_id=data.employer_id))
    elif data.employer is not None:
        employer = parties.find_or_create_employer(session, data.employer)
    record.employer_id = employer.id if employer else None
    record.consulted_on, record.channel, record.category = data.consulted_on, data.channel, data.category
    record.question, record.answer, record.outcome = data.question, data.answer or None, data.outcome
    record.officer_id, record.lawyer_name = data.officer_id, data.lawyer_name or None
    record.outcome_note = data.outcome_note or None


def same_caller_without_id(session, worker: parties.WorkerInput) -> int | None:
    """A worker who gives no ID number is the one on file with the same name and phone and no ID
    number (a second visit of the same caller), not a new identity each time."""
    if worker.worker_id is not None or worker.id_number or not worker.phone:
        return None
    return session.scalar(select(Worker.id).where(Worker.name == worker.name, Worker.phone == worker.phone,
                                                  Worker.id_number.is_(None)).order_by(Worker.id).limit(1))


def _input(record: Consultation) -> ConsultationInput:
    w = record.worker
    worker = parties.WorkerInput(w.name, w.id_number, w.gender, w.phone, w.address, w.is_member, w.member_card_no,
                                 w.unit_name)
    return ConsultationInput(record.consulted_on, record.channel, worker, record.category, record.question,
                             record.outcome, record.answer or "", record.worker_id, None, record.employer_id,
                             record.officer_id, record.lawyer_name or "", record.outcome_note or "")
