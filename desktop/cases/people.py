"""Finding workers and employers as the officer types, and resolving one identity each."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from db.enums import Gender
from db.models import Employer, MediationCase, SupervisionLetter, Worker
from desktop.cases.common import required, text
from desktop.cases.forms import EmployerInput, WorkerInput
from desktop.cases.workflow import ENDED, READ_ONLY
from desktop.errors import NotFound, ValidationError
from desktop.validation import parse_credit_code, parse_id_number, parse_phone


@dataclass(frozen=True)
class WorkerHit:
    id: int
    name: str
    id_number: str | None
    gender: str | None
    phone: str | None
    unit_name: str | None


@dataclass(frozen=True)
class EmployerHit:
    id: int
    name: str
    credit_code: str | None
    address: str | None
    legal_representative: str | None
    contact_name: str | None
    contact_phone: str | None
    industry: str | None
    street: str | None


@dataclass(frozen=True)
class EmployerHistory:
    open_cases: int
    all_cases: int
    letters: int
    recent: tuple[str, ...]

    def summary(self) -> str:
        if not (self.all_cases or self.letters):
            return "本中心尚无该单位的案件或监督函件记录。"
        text_ = f"该单位在本中心：未结案件 {self.open_cases} 件，历史案件共 {self.all_cases} 件；已发出监督函件 {self.letters} 份。"
        return text_ + (f"\n最近案件：{'；'.join(self.recent)}" if self.recent else "")


def _like(value: str) -> str:
    return "%" + value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def search_workers(session: Session, query: str, limit: int = 20) -> list[WorkerHit]:
    query = query.strip()
    if not query:
        return []
    rows = session.scalars(
        select(Worker).where(or_(Worker.name.like(_like(query), escape="\\"), Worker.id_number.like(query.upper() + "%")))
        .order_by(Worker.name, Worker.id).limit(limit)
    )
    return [WorkerHit(w.id, w.name, w.id_number, w.gender.label if w.gender else None, w.phone, w.unit_name)
            for w in rows]


def search_employers(session: Session, query: str, limit: int = 20) -> list[EmployerHit]:
    query = query.strip()
    if not query:
        return []
    rows = session.scalars(
        select(Employer).where(or_(Employer.name.like(_like(query), escape="\\"),
                                   Employer.credit_code.like(query.upper() + "%")))
        .order_by(Employer.name, Employer.id).limit(limit)
    )
    return [employer_hit(e) for e in rows]


def employer_hit(e: Employer) -> EmployerHit:
    return EmployerHit(e.id, e.name, e.credit_code, e.address, e.legal_representative, e.contact_name,
                       e.contact_phone, e.industry, e.street)


def employer_history(session: Session, employer_id: int) -> EmployerHistory:
    done = [s.value for s in ENDED | READ_ONLY]
    cases = MediationCase.respondent_id == employer_id
    all_cases = session.scalar(select(func.count()).where(cases)) or 0
    open_cases = session.scalar(select(func.count()).where(cases, MediationCase.status.not_in(done))) or 0
    letters = session.scalar(select(func.count()).where(SupervisionLetter.employer_id == employer_id)) or 0
    recent = session.execute(
        select(MediationCase.number, MediationCase.received_on, MediationCase.status)
        .where(cases).order_by(MediationCase.received_on.desc()).limit(3)
    ).all()
    lines = tuple(f"{n or '（未受理）'} {r:%Y-%m-%d} {s.label}" for n, r, s in recent)
    return EmployerHistory(open_cases, all_cases, letters, lines)


# ------------------------------------------------------------ resolving
def check_worker(entry: WorkerInput, position: int) -> None:
    where = f"申请人{position}"
    if entry.worker_id is None:
        required(entry.name, f"{where}姓名")
    if text(entry.id_number):
        parse_id_number(entry.id_number, field=f"{where}身份证号")
    if text(entry.phone):
        parse_phone(entry.phone, field=f"{where}联系电话")


def resolve_worker(session: Session, entry: WorkerInput) -> Worker:
    if entry.worker_id is not None:
        worker = session.get(Worker, entry.worker_id)
        if worker is None:
            raise NotFound("所选职工已不存在，请重新选择。")
        return worker
    number = parse_id_number(entry.id_number).number if text(entry.id_number) else None
    existing = session.scalar(select(Worker).where(Worker.id_number == number)) if number else None
    if existing is not None:
        return existing
    worker = Worker(name=entry.name.strip(), id_number=number, gender=_gender(entry, number),
                    phone=parse_phone(entry.phone) if text(entry.phone) else None, address=text(entry.address),
                    is_member=entry.is_member, member_card_no=text(entry.member_card_no))
    if number:
        worker.birth_date = parse_id_number(number).birth_date
    session.add(worker)
    return worker


def _gender(entry: WorkerInput, number: str | None) -> Gender | None:
    if number:
        return Gender.from_label(parse_id_number(number).gender)
    return Gender.from_label(entry.gender) if entry.gender in ("男", "女") else None


def check_employer(entry: EmployerInput) -> None:
    if entry.employer_id is None:
        required(entry.name, "被申请人单位名称")
    if entry.employer_id is None and text(entry.credit_code):
        parse_credit_code(entry.credit_code, field="统一社会信用代码")
    if entry.employer_id is None and text(entry.contact_phone):
        parse_phone(entry.contact_phone, field="单位联系电话")


def resolve_employer(session: Session, entry: EmployerInput) -> Employer:
    if entry.employer_id is not None:
        employer = session.get(Employer, entry.employer_id)
        if employer is None:
            raise NotFound("所选单位已不存在，请重新选择。")
        return employer
    code = parse_credit_code(entry.credit_code) if text(entry.credit_code) else None
    existing = session.scalar(select(Employer).where(Employer.credit_code == code)) if code else None
    if existing is not None:
        return existing
    employer = Employer(
        name=entry.name.strip(), credit_code=code, address=text(entry.address),
        legal_representative=text(entry.legal_representative), contact_name=text(entry.contact_name),
        contact_phone=parse_phone(entry.contact_phone) if text(entry.contact_phone) else None,
        industry=text(entry.industry), street=text(entry.street))
    session.add(employer)
    return employer


def assert_valid(entries: list[WorkerInput]) -> None:
    for position, entry in enumerate(entries, start=1):
        check_worker(entry, position)
    if not entries:
        raise ValidationError("至少填写一名申请人", field="申请人")
