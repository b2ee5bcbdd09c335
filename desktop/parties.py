"""One identity per worker and per employer: find as you type, reuse, or create once.

Search matches a worker by name (any part, so a two-character name such as 王芳
is found), ID number, phone or member card; an employer by name or credit code.
``find_or_create_*`` run inside the caller's unit of work: an ID number or credit
code already on file is reused, never duplicated.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from db.engine import Database
from db.enums import CaseStatus, Gender, LetterStatus
from db.models import Employer, MediationCase, SupervisionLetter, Worker
from desktop import search
from desktop.errors import ValidationError
from desktop.validation import parse_credit_code, parse_id_number, parse_phone

CLOSED_CASE_STATES = (CaseStatus.CLOSED, CaseStatus.ARCHIVED)


@dataclass(frozen=True)
class WorkerHit:
    id: int
    name: str
    id_number: str | None
    phone: str | None
    unit_name: str | None

    @property
    def label(self) -> str:
        parts = [self.name, self.id_number or "无身份证号", self.unit_name or ""]
        return "　".join(p for p in parts if p)


@dataclass(frozen=True)
class EmployerHit:
    id: int
    name: str
    credit_code: str | None
    street: str | None

    @property
    def label(self) -> str:
        return "　".join(p for p in (self.name, self.credit_code or "无信用代码", self.street or "") if p)


@dataclass(frozen=True)
class WorkerInput:
    name: str
    id_number: str | None = None
    gender: Gender | None = None
    phone: str | None = None
    address: str | None = None
    is_member: bool = False
    member_card_no: str | None = None
    unit_name: str | None = None


@dataclass(frozen=True)
class EmployerInput:
    name: str
    credit_code: str | None = None
    address: str | None = None
    legal_representative: str | None = None
    contact_name: str | None = None
    contact_phone: str | None = None
    industry: str | None = None
    street: str | None = None


@dataclass(frozen=True)
class EmployerHistory:
    open_cases: tuple[str, ...]
    total_cases: int
    letters: tuple[str, ...]

    @property
    def summary(self) -> str:
        if not self.total_cases and not self.letters:
            return "本中心尚无该单位的案件或监督文书记录。"
        lines = [f"该单位共有调解案件 {self.total_cases} 件，其中未结 {len(self.open_cases)} 件。"]
        if self.open_cases:
            lines.append("未结案件：" + "、".join(self.open_cases[:10]))
        if self.letters:
            lines.append(f"已发出监督文书 {len(self.letters)} 份：" + "、".join(self.letters[:10]))
        return "\n".join(lines)


def search_workers(database: Database, text: str, limit: int = 20) -> list[WorkerHit]:
    text = text.strip()
    if not text:
        return []
    prefix = text.upper() + "%"
    condition = or_(Worker.id.in_(search.matching("worker", text)),  # any part of the name or ID number
                    Worker.phone.like(prefix), Worker.member_card_no.like(prefix))
    statement = (select(Worker.id, Worker.name, Worker.id_number, Worker.phone, Worker.unit_name)
                 .where(condition).order_by(func.length(Worker.name), Worker.name, Worker.id).limit(limit))
    with database.read() as session:
        return [WorkerHit(*row) for row in session.execute(statement)]


def search_employers(database: Database, text: str, limit: int = 20) -> list[EmployerHit]:
    text = text.strip()
    if not text:
        return []
    condition = Employer.id.in_(search.matching("unit", text))  # any part of the name or credit code
    statement = (select(Employer.id, Employer.name, Employer.credit_code, Employer.street)
                 .where(condition).order_by(func.length(Employer.name), Employer.id).limit(limit))
    with database.read() as session:
        return [EmployerHit(*row) for row in session.execute(statement)]


def employer_history(database: Database, employer_id: int) -> EmployerHistory:
    """What the centre already has on an employer: cases (open ones by number) and letters."""
    with database.read() as session:
        cases = session.execute(
            select(MediationCase.number, MediationCase.status, MediationCase.received_on)
            .where(MediationCase.respondent_id == employer_id).order_by(MediationCase.received_on.desc())
        ).all()
        letters = session.execute(
            select(SupervisionLetter.number, SupervisionLetter.kind)
            .where(SupervisionLetter.employer_id == employer_id, SupervisionLetter.status != LetterStatus.DRAFT)
            .order_by(SupervisionLetter.id.desc())
        ).all()
    open_cases = tuple(_case_label(n, s, r) for n, s, r in cases if s not in CLOSED_CASE_STATES)
    return EmployerHistory(open_cases, len(cases), tuple(f"{k.label}{n or ''}" for n, k in letters))


def _case_label(number: str | None, status: CaseStatus, received: date) -> str:
    return f"{number or '（未受理）'}［{status.label}，{received:%Y-%m-%d}收］"


def clean_worker(data: WorkerInput) -> WorkerInput:
    """Validate and normalise a worker's details; the message names the field."""
    name = data.name.strip()
    if not name:
        raise ValidationError("不能为空", field="姓名")
    id_number = parse_id_number(data.id_number).number if data.id_number and data.id_number.strip() else None
    phone = parse_phone(data.phone, field="联系电话") if data.phone and data.phone.strip() else None
    gender = data.gender
    if id_number and gender is None:
        gender = Gender.from_label(parse_id_number(id_number).gender)
    return WorkerInput(name, id_number, gender, phone, _blank(data.address), data.is_member,
                       _blank(data.member_card_no), _blank(data.unit_name))


def clean_employer(data: EmployerInput) -> EmployerInput:
    name = data.name.strip()
    if not name:
        raise ValidationError("不能为空", field="单位名称")
    code = parse_credit_code(data.credit_code) if data.credit_code and data.credit_code.strip() else None
    phone = parse_phone(data.contact_phone, field="单位联系电话") if data.contact_phone and data.contact_phone.strip() else None
    return EmployerInput(name, code, _blank(data.address), _blank(data.legal_representative),
                         _blank(data.contact_name), phone, _blank(data.industry), _blank(data.street))


def find_or_create_worker(session: Session, data: WorkerInput, worker_id: int | None = None) -> Worker:
    """The worker with this id or ID number, or a new one (inside the caller's unit of work)."""
    if worker_id is not None:
        return session.get_one(Worker, worker_id)
    data = clean_worker(data)
    if data.id_number:
        existing = session.scalar(select(Worker).where(Worker.id_number == data.id_number))
        if existing is not None:
            return existing
    worker = Worker(**data.__dict__, birth_date=birth_date(data.id_number))
    session.add(worker)
    session.flush()
    return worker


def find_or_create_employer(session: Session, data: EmployerInput, employer_id: int | None = None) -> Employer:
    if employer_id is not None:
        return session.get_one(Employer, employer_id)
    data = clean_employer(data)
    match = Employer.credit_code == data.credit_code if data.credit_code else Employer.name == data.name
    existing = session.scalar(select(Employer).where(match).limit(1))
    if existing is not None:
        return existing
    employer = Employer(**data.__dict__)
    session.add(employer)
    session.flush()
    return employer


def birth_date(id_number: str | None) -> date | None:
    return parse_id_number(id_number).birth_date if id_number else None


def _blank(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None
