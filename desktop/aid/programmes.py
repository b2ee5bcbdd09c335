"""An aid programme round (2025年金秋助学, 2026年元旦春节送温暖), its amount standards (versioned by the day
they take effect) and the 劳模 roll. Each action is one audited unit of work behind ``PLAN_EDIT``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from db.enums import AidKind
from db.engine import Database
from db.models import AidProgramme, AidRule, ModelWorker, Worker
from desktop.auth import Actor, Permission, require
from desktop.concurrency import ensure_version
from desktop.errors import NotFound, ValidationError
from desktop.money import format_amount, parse_amount


@dataclass(frozen=True)
class ProgrammeDraft:
    kind: AidKind
    name: str
    year: int
    held_on: date | None = None
    fixed_amount: Decimal | str | None = None
    note: str = ""


class ProgrammeService:
    def __init__(self, database: Database) -> None:
        self._db = database

    def create(self, actor: Actor, draft: ProgrammeDraft) -> int:
        """A new round; the name is unique (「2025年金秋助学」 once)."""
        require(actor, Permission.PLAN_EDIT)
        name, fixed = _checked(draft)
        with self._db.write(actor) as session:
            if session.scalar(select(AidProgramme.id).where(AidProgramme.name == name)) is not None:
                raise ValidationError(f"已有名为「{name}」的帮扶项目", field="项目名称")
            record = AidProgramme(kind=draft.kind, name=name, year=draft.year, held_on=draft.held_on,
                                  fixed_amount=fixed, note=draft.note.strip() or None)
            session.add(record)
            session.flush()
            return record.id

    def update(self, actor: Actor, programme_id: int, version: int, draft: ProgrammeDraft) -> None:
        require(actor, Permission.PLAN_EDIT)
        name, fixed = _checked(draft)
        with self._db.write(actor) as session:
            record = session.get(AidProgramme, programme_id)
            if record is None:
                raise NotFound("帮扶项目不存在或已被删除。")
            ensure_version(session, record, version)
            record.name, record.year, record.held_on, record.fixed_amount = name, draft.year, draft.held_on, fixed
            record.note = draft.note.strip() or None

    def set_standard(self, actor: Actor, kind: AidKind, grade: str, amount: Decimal | str,
                     effective_from: date) -> int:
        """A new amount for ``kind`` and ``grade`` from ``effective_from``; earlier grants keep theirs."""
        require(actor, Permission.PLAN_EDIT)
        value = parse_amount(amount, field="标准金额")
        if value <= 0:
            raise ValidationError("标准金额必须大于 0", field="标准金额")
        with self._db.write(actor) as session:
            same_day = session.scalar(select(AidRule).where(AidRule.kind == kind, AidRule.grade == grade,
                                                            AidRule.effective_from == effective_from))
            if same_day is not None:
                raise ValidationError(f"{effective_from:%Y-%m-%d} 起的标准已是 ¥{format_amount(same_day.amount)}，"
                                      "请另选生效日期", field="生效日期")
            rule = AidRule(kind=kind, grade=grade, amount=value, effective_from=effective_from)
            session.add(rule)
            session.flush()
            return rule.id

    def add_model_worker(self, actor: Actor, worker_id: int, title: str, awarded_year: int | None) -> int:
        require(actor, Permission.PLAN_EDIT)
        title = title.strip()
        if not title:
            raise ValidationError("请填写荣誉称号，例如「北京市劳动模范」", field="荣誉称号")
        with self._db.write(actor) as session:
            worker = session.get(Worker, worker_id)
            if worker is None:
                raise NotFound("职工不存在或已被删除。")
            existing = session.scalar(select(ModelWorker).where(ModelWorker.worker_id == worker_id))
            if existing is not None:
                raise ValidationError(f"{worker.name}已在劳模名册中（{existing.title}）", field="职工")
            row = ModelWorker(worker_id=worker_id, title=title, awarded_year=awarded_year)
            session.add(row)
            session.flush()
            return row.id

    def remove_model_worker(self, actor: Actor, model_worker_id: int) -> None:
        require(actor, Permission.PLAN_EDIT)
        with self._db.write(actor) as session:
            row = session.get(ModelWorker, model_worker_id)
            if row is None:
                raise NotFound("劳模名册中没有这条记录。")
            session.delete(row)


def _checked(draft: ProgrammeDraft) -> tuple[str, Decimal | None]:
    name = draft.name.strip()
    if not name:
        raise ValidationError("请填写项目名称，例如「2025年金秋助学」", field="项目名称")
    if not 2000 <= draft.year <= 2100:
        raise ValidationError(f"年度 {draft.year} 不对", field="年度")
    if draft.fixed_amount in (None, ""):
        return name, None
    fixed = parse_amount(draft.fixed_amount, field="统一金额")
    if fixed <= 0:
        raise ValidationError("统一金额必须大于 0；按标准分档发放请留空", field="统一金额")
    return name, fixed
