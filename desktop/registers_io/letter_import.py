"""Importing the letters register: chains rebuilt from 上一文书编号, in the file or on file."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.enums import IssueCategory, LetterKind, LetterStatus, MatterSource, RectificationResult
from db.models import LetterCategory, SupervisionLetter, SupervisionMatter
from desktop.parties import EmployerInput, find_or_create_employer
from desktop.registers import Problem

from .checks import RowChecker
from .matching import PartyBook
from .numbers import NumberBook, register_imported
from .plan import ImportOptions, PlanEntry

LETTER_ENTITY = "supervision_letter"


@dataclass(frozen=True)
class LetterRecord:
    row: int
    number: str
    kind: LetterKind
    issued_on: dt.date
    employer: str
    credit_code: str | None
    categories: tuple[IssueCategory, ...]
    workers_affected: int
    deadline_on: dt.date | None
    reply_on: dt.date | None
    result: RectificationResult | None
    previous: str | None
    status: LetterStatus


class LetterPlanner:
    def __init__(self, session: Session, problems: list[Problem], entries: list[PlanEntry],
                 today: dt.date, options: ImportOptions = ImportOptions()) -> None:
        self.session, self.problems, self.entries, self.today = session, problems, entries, today
        self.parties = PartyBook(session, entries)
        self.numbers = NumberBook(session, SupervisionLetter.number, "文书编号", "文书编号")
        self.records: list[LetterRecord] = []

    def prefetch(self, rows: list[dict[str, Any]]) -> None:
        self.numbers.prefetch(rows)

    def record(self, row: dict[str, Any]) -> LetterRecord | None:
        check = RowChecker(row, self.problems, self.today)
        number = self.numbers.check(check)
        if number is not None and check.get("上一文书编号") == number:
            check.error("上一文书编号", "不能是本文书自己")
        kind = check.label("文书类型", LetterKind)
        issued_on = check.not_future("发出日期")
        check.not_before("整改期限", "发出日期")
        check.not_before("回复日期", "发出日期")
        check.not_future("回复日期")
        code = check.credit_code("统一社会信用代码")
        categories = check.labels("问题类别", IssueCategory)
        result = check.label("整改结果", RectificationResult)
        status = self._status(check)
        employer = check.get("对象单位")
        if check.failed or None in (number, kind, issued_on, employer):
            return None
        self.parties.employer(check, "对象单位", employer, code)
        self.entries.append(PlanEntry(check.number, "新建", "文书", f"{kind.label} {number}"))
        record = LetterRecord(check.number, number, kind, issued_on, employer, code, tuple(categories),
                              check.get("涉及职工人数") or 0, check.get("整改期限"), check.get("回复日期"),
                              result, check.get("上一文书编号"), status)
        self.records.append(record)
        return record

    def finish(self) -> None:
        """Every 上一文书编号 names a letter in this file or already on file, without a loop."""
        by_number = {r.number: r for r in self.records}
        for record in self.records:
            previous = record.previous
            if previous is None:
                continue
            if previous not in by_number and not self._on_file(previous):
                message = f"文书「{previous}」在本文件和系统中都不存在"
            elif _in_loop(record, by_number):
                message = "上一文书编号首尾相连，形成了循环"
            else:
                continue
            self.problems.append(Problem(record.row, "上一文书编号", message))

    def _on_file(self, number: str) -> bool:
        return self.session.scalar(select(SupervisionLetter.id).where(SupervisionLetter.number == number)) is not None

    def _status(self, check: RowChecker) -> LetterStatus:
        status = check.label("状态", LetterStatus)
        if status is None and check.get("状态") is None:
            status = LetterStatus.DELIVERED
            check.info("状态", f"未填写状态，按「{status.label}」导入")
        return status or LetterStatus.DELIVERED


def apply_letters(session: Session, records: list[LetterRecord], tick) -> None:
    """Create the letters in file order; a letter's predecessor later in the file is made first."""
    by_number = {r.number: r for r in records}
    made: dict[str, SupervisionLetter] = {}

    def make(record: LetterRecord) -> SupervisionLetter:
        if record.number not in made:
            earlier = by_number.get(record.previous)
            previous = make(earlier) if earlier is not None else _on_file(session, record.previous)
            made[record.number] = _create_letter(session, record, previous)
            tick()
        return made[record.number]

    for record in records:
        make(record)
    for kind in {r.kind for r in records}:
        register_imported(session, f"{kind.value.lower()}_letter",
                          [(r.number, LETTER_ENTITY, made[r.number].id) for r in records if r.kind == kind])


def _on_file(session: Session, number: str | None) -> SupervisionLetter | None:
    if number is None:
        return None
    return session.scalars(select(SupervisionLetter).where(SupervisionLetter.number == number)).one()


def _in_loop(record: LetterRecord, by_number: dict[str, LetterRecord]) -> bool:
    current = by_number.get(record.previous)
    for _ in range(len(by_number)):
        if current is None:
            return False
        if current.number == record.number:
            return True
        current = by_number.get(current.previous)
    return True


def _create_letter(session: Session, record: LetterRecord, previous: SupervisionLetter | None):
    employer = find_or_create_employer(session, EmployerInput(record.employer, record.credit_code))
    matter = previous.matter if previous is not None else SupervisionMatter(
        employer_id=employer.id, source=MatterSource.OTHER, found_on=record.issued_on, facts="",
        workers_affected=record.workers_affected)
    letter = SupervisionLetter(
        matter=matter, kind=record.kind, number=record.number, status=record.status,
        previous_letter_id=previous.id if previous is not None else None, employer_id=employer.id,
        workers_affected=record.workers_affected, deadline_on=record.deadline_on, issued_on=record.issued_on,
        reply_on=record.reply_on, result=record.result,
        categories=[LetterCategory(category=c) for c in record.categories],
    )
    session.add(letter)
    session.flush()
    return letter
