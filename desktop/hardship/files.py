"""Opening a hardship file, its yearly 复核, 脱困, and its supporting documents (attachments by hash)."""

from __future__ import annotations

import mimetypes
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.enums import HardshipLevel, HardshipStatus, ReviewResult
from db.engine import Database
from db.models import Attachment, HardshipFile, HardshipReview, Worker
from desktop.auth import Actor, Permission, require
from desktop.concurrency import ensure_version
from desktop.errors import NotFound, UserError, ValidationError
from desktop.filestore import attachment_path, file_sha256, store_file
from desktop.money import parse_amount
from desktop.numbering import take_number

ENTITY = "hardship_file"
LABELS = {"level": "困难等级", "status": "状态", "income_per_head": "家庭月人均收入"}


@dataclass(frozen=True)
class HardshipDraft:
    worker_id: int
    level: HardshipLevel
    household_size: int
    income_per_head: Decimal | str
    causes: str
    filed_on: date
    household_members: str = ""


@dataclass(frozen=True)
class FileResult:
    id: int
    number: str
    status: HardshipStatus
    level: HardshipLevel
    next_review_on: date | None
    version: int


def next_review(on: date) -> date:
    """One year after ``on`` (29 February reviews on 28 February)."""
    try:
        return on.replace(year=on.year + 1)
    except ValueError:
        return on.replace(year=on.year + 1, day=28)


class HardshipFileService:
    def __init__(self, database: Database) -> None:
        self._db = database

    def open_file(self, actor: Actor, draft: HardshipDraft) -> FileResult:
        """建档: one file per worker; refused if the worker already has one, naming it."""
        require(actor, Permission.CLAIM_INTAKE)
        income, causes = _checked(draft)
        with self._db.write(actor) as session:
            worker = session.get(Worker, draft.worker_id)
            if worker is None:
                raise NotFound("职工不存在或已被删除。")
            _refuse_second_file(session, worker)
            record = HardshipFile(worker_id=worker.id, level=draft.level, household_size=draft.household_size,
                                  household_members=draft.household_members.strip() or None,
                                  income_per_head=income, causes=causes, filed_on=draft.filed_on,
                                  next_review_on=next_review(draft.filed_on), officer_id=actor.officer_id,
                                  number="")
            session.add(record)
            session.flush()
            record.number = take_number(session, "hardship", draft.filed_on.year, entity_type=ENTITY,
                                        entity_id=record.id).number
            return _result(session, record)

    def review(self, actor: Actor, file_id: int, expected_version: int, *, on: date, level: HardshipLevel,
               income_per_head: Decimal | str, note: str = "") -> FileResult:
        """年度复核: the level found (维持 or 调整), the income, the next review a year later."""
        require(actor, Permission.CLAIM_REVIEW)
        income = parse_amount(income_per_head, field="家庭月人均收入")
        with self._db.write(actor) as session:
            record = _open_active(session, file_id, expected_version)
            if on < record.filed_on:
                raise ValidationError(f"复核日期不能早于建档日期 {record.filed_on:%Y-%m-%d}", field="复核日期")
            if level is not record.level and not note.strip():
                raise ValidationError("调整困难等级必须填写复核意见", field="复核意见")
            result = ReviewResult.MAINTAINED if level is record.level else ReviewResult.CHANGED
            session.add(HardshipReview(file_id=record.id, reviewed_on=on, result=result, level=level,
                                       income_per_head=income, note=note.strip() or None,
                                       reviewed_by=actor.officer_id))
            record.level, record.income_per_head, record.next_review_on = level, income, next_review(on)
            return _result(session, record)

    def relieve(self, actor: Actor, file_id: int, expected_version: int, *, on: date, reason: str) -> FileResult:
        """脱困: the file is closed with the date and the reason; no more reviews fall due."""
        require(actor, Permission.CLAIM_REVIEW)
        if not reason.strip():
            raise ValidationError("脱困必须填写原因", field="脱困原因")
        with self._db.write(actor) as session:
            record = _open_active(session, file_id, expected_version)
            if on < record.filed_on:
                raise ValidationError(f"脱困日期不能早于建档日期 {record.filed_on:%Y-%m-%d}", field="脱困日期")
            record.status, record.relieved_on, record.relieved_reason = HardshipStatus.RELIEVED, on, reason.strip()
            record.next_review_on = None
            return _result(session, record)

    def attach(self, actor: Actor, file_id: int, source: Path, files_dir: Path, description: str = "") -> int:
        """A supporting document (低保证明, 病历, 收入证明…) kept under its SHA-256; returns the attachment id."""
        require(actor, Permission.CLAIM_INTAKE)
        source = Path(source)
        if not source.is_file():
            raise UserError(f"找不到文件「{source}」，请重新选择。")
        sha = file_sha256(source)
        with self._db.write(actor) as session:
            if session.get(HardshipFile, file_id) is None:
                raise NotFound("困难职工档案不存在或已被删除。")
            row = Attachment(owner_type=ENTITY, owner_id=file_id, filename=source.name,
                             content_type=mimetypes.guess_type(source.name)[0], size=source.stat().st_size,
                             sha256=sha, description=description.strip() or None, uploaded_by=actor.officer_id)
            session.add(row)
            session.flush()
            store_file(source, attachment_path(files_dir, sha, source.name))
            return row.id


def _checked(draft: HardshipDraft) -> tuple[Decimal, str]:
    if draft.household_size < 1:
        raise ValidationError("家庭人口至少为 1 人", field="家庭人口")
    causes = draft.causes.strip()
    if not causes:
        raise ValidationError("请填写致困原因", field="致困原因")
    return parse_amount(draft.income_per_head, field="家庭月人均收入"), causes


def _refuse_second_file(session: Session, worker: Worker) -> None:
    existing = session.scalar(select(HardshipFile).where(HardshipFile.worker_id == worker.id))
    if existing is not None:
        raise ValidationError(f"{worker.name}已有困难职工档案 {existing.number}（{existing.status.label}），"
                              "请在原档案上复核", field="职工")


def _open_active(session: Session, file_id: int, expected_version: int) -> HardshipFile:
    record = session.get(HardshipFile, file_id)
    if record is None:
        raise NotFound("困难职工档案不存在或已被删除。")
    ensure_version(session, record, expected_version, {}, LABELS)
    if record.status is HardshipStatus.RELIEVED:
        raise ValidationError(f"档案 {record.number} 已于 {record.relieved_on:%Y-%m-%d} 脱困，不能再复核或脱困",
                              field="状态")
    return record


def _result(session: Session, record: HardshipFile) -> FileResult:
    session.flush()
    return FileResult(record.id, record.number, record.status, record.level, record.next_review_on, record.version)
