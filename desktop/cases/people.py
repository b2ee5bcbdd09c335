"""The parties of a case: checks naming the applicant's row, then one identity each
through the shared ``desktop.parties`` (reuse by ID number / credit code, else create)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from db.enums import Gender
from db.models import Employer, Worker
from desktop import parties
from desktop.cases.common import required, text
from desktop.cases.forms import EmployerInput, WorkerInput
from desktop.errors import NotFound, ValidationError
from desktop.validation import parse_credit_code, parse_id_number, parse_phone


def check_worker(entry: WorkerInput, position: int) -> None:
    where = f"申请人{position}"
    if entry.worker_id is not None:
        return
    required(entry.name, f"{where}姓名")
    if text(entry.id_number):
        parse_id_number(entry.id_number, field=f"{where}身份证号")
    if text(entry.phone):
        parse_phone(entry.phone, field=f"{where}联系电话")


def assert_valid(entries: list[WorkerInput]) -> None:
    if not entries:
        raise ValidationError("至少填写一名申请人", field="申请人")
    for position, entry in enumerate(entries, start=1):
        check_worker(entry, position)


def check_employer(entry: EmployerInput) -> None:
    if entry.employer_id is not None:
        return
    required(entry.name, "被申请人单位名称")
    if text(entry.credit_code):
        parse_credit_code(entry.credit_code, field="统一社会信用代码")
    if text(entry.contact_phone):
        parse_phone(entry.contact_phone, field="单位联系电话")


def resolve_worker(session: Session, entry: WorkerInput) -> Worker:
    if entry.worker_id is not None:
        return _existing(session, Worker, entry.worker_id, "职工")
    gender = Gender.from_label(entry.gender) if entry.gender in ("男", "女") else None
    data = parties.WorkerInput(entry.name, text(entry.id_number), gender, text(entry.phone), text(entry.address),
                               entry.is_member, text(entry.member_card_no))
    return parties.find_or_create_worker(session, data)


def resolve_employer(session: Session, entry: EmployerInput) -> Employer:
    if entry.employer_id is not None:
        return _existing(session, Employer, entry.employer_id, "单位")
    data = parties.EmployerInput(entry.name, text(entry.credit_code), text(entry.address),
                                 text(entry.legal_representative), text(entry.contact_name),
                                 text(entry.contact_phone), text(entry.industry), text(entry.street))
    return parties.find_or_create_employer(session, data)


def _existing(session: Session, model, record_id: int, what: str):
    record = session.get(model, record_id)
    if record is None:
        raise NotFound(f"所选{what}已不存在，请重新选择。")
    return record
