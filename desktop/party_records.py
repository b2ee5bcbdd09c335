"""Correcting a worker's or an employer's own details (a mistyped ID number, a new phone).

One identity each is shared by every case, letter and claim, so a correction shows
everywhere; an ID number or credit code that already belongs to another record is
refused naming that record (two records for one person are merged by hand, not here).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.audit import record_event
from db.engine import Database
from db.models import Employer, Worker
from desktop import parties
from desktop.auth import Actor, Permission, require
from desktop.concurrency import ensure_version
from desktop.errors import NotFound, ValidationError

WORKER_LABELS = {"name": "姓名", "id_number": "身份证号", "gender": "性别", "phone": "联系电话", "address": "地址",
                 "is_member": "工会会员", "member_card_no": "京卡号", "unit_name": "工作单位"}
EMPLOYER_LABELS = {"name": "单位名称", "credit_code": "统一社会信用代码", "address": "地址",
                   "legal_representative": "法定代表人", "contact_name": "联系人", "contact_phone": "联系电话",
                   "industry": "所属行业", "street": "街道/乡镇"}


@dataclass(frozen=True)
class PartyRecord:
    """A worker's or employer's details as stored, and the version they were read at."""

    id: int
    version: int
    data: parties.WorkerInput | parties.EmployerInput


class PartyRecords:
    def __init__(self, database: Database) -> None:
        self._db = database

    def worker(self, worker_id: int) -> PartyRecord:
        with self._db.read() as session:
            return _record(_get(session, Worker, worker_id, "职工"), parties.WorkerInput)

    def employer(self, employer_id: int) -> PartyRecord:
        with self._db.read() as session:
            return _record(_get(session, Employer, employer_id, "单位"), parties.EmployerInput)

    def correct_worker(self, actor: Actor, worker_id: int, data: parties.WorkerInput, version: int,
                       reason: str) -> None:
        """Checks in the order of the form: the details, then the reason."""
        require(actor, Permission.CASE_INTAKE)
        clean = parties.clean_worker(data)
        with self._db.write(actor) as session:
            worker = _get(session, Worker, worker_id, "职工")
            ensure_version(session, worker, version, labels=WORKER_LABELS)
            _refuse_taken(session, Worker, Worker.id_number, clean.id_number, worker_id, "身份证号", "职工")
            reason = _reason(reason)
            _apply(worker, clean)
            worker.birth_date = parties.birth_date(clean.id_number) or worker.birth_date
            record_event(session, "correct_party", entity_type="worker", entity_id=worker_id, detail=reason)

    def correct_employer(self, actor: Actor, employer_id: int, data: parties.EmployerInput, version: int,
                         reason: str) -> None:
        require(actor, Permission.CASE_INTAKE)
        clean = parties.clean_employer(data)
        with self._db.write(actor) as session:
            employer = _get(session, Employer, employer_id, "单位")
            ensure_version(session, employer, version, labels=EMPLOYER_LABELS)
            _refuse_taken(session, Employer, Employer.credit_code, clean.credit_code, employer_id,
                          "统一社会信用代码", "单位")
            reason = _reason(reason)
            _apply(employer, clean)
            record_event(session, "correct_party", entity_type="employer", entity_id=employer_id, detail=reason)


def _get(session: Session, model, record_id: int, what: str):
    record = session.get(model, record_id)
    if record is None:
        raise NotFound(f"该{what}（{record_id}）不存在。")
    return record


def _record(record, input_type) -> PartyRecord:
    columns = parties.WORKER_COLUMNS if input_type is parties.WorkerInput else parties.EMPLOYER_COLUMNS
    values = {name: getattr(record, name) for name in columns}
    return PartyRecord(record.id, record.version, input_type(**values))


def _reason(reason: str) -> str:
    cleaned = (reason or "").strip()
    if not cleaned:
        raise ValidationError("不能为空", field="更正原因")
    return cleaned


def _refuse_taken(session: Session, model, column, value: str | None, own_id: int, field: str, what: str) -> None:
    if value is None:
        return
    other = session.scalar(select(model).where(column == value, model.id != own_id))
    if other is not None:
        raise ValidationError(f"「{value}」已属于另一{what}「{other.name}」（编号 {other.id}），同一人/单位只登记一次",
                              field=field)


def _apply(record, data: parties.WorkerInput | parties.EmployerInput) -> None:
    for name, value in data.columns().items():
        setattr(record, name, value)
