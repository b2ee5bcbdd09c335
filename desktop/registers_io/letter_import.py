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

from .checks import RowChecker, Seen
from .matching import PartyBook, number_taken
from .numbers import register_imported
from .plan import PlanEntry

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
                 today: dt.date) -> None:
        self.session, self.problems, self.entries, self.today = session, problems, entries, today
        self.parties = PartyBook(session, entries)
        self.seen = Seen()
        self.records: list[LetterRecord] = []

    def record(self, row: dict[str, Any]) -> LetterRecord | None:
        check = RowChecker(row, self.problems, self.today)
        number = self._number(check)
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

    def _number(self, check: RowChecker) -> str | None:
        number = check.get("文书编号")
        if number is None:
            return None
        first = self.seen.first_row(number, check.number)
        if first is not None:
            check.error("文书编号", f"与第 {first} 行的文书编号重复")
        elif number_taken(self.session, SupervisionLetter.number, number):
            check.error("文书编号", f"文书编号「{number}」已存在于系统中")
        if check.get("上一文书编号") == number:
            check.error("上一文书编号", "不能是本文书自己")
        return number

    def _status(self, check: RowChecker) -> LetterStatus:
        status = check.label("状态", LetterStatus)
        if status is None and check.get("状态") is None:
            status = LetterStatus.DELIVERED
            check.info("状态", f"未填写状态，按「{status.label}」导入")
        return status or LetterStatus.DELIVERED


def apply_letters(session: Session, records: list[LetterRecord], tick) -> None:
    """Create the letters, each after the letter it follows (so its matter is known)."""
    made: dict[str, SupervisionLetter] = {}
    pending = list(records)
    while pending:
        waiting = {r.number for r in pending}
        ready = [r for r in pending if r.previous not in waiting]
        for record in ready:
            made[record.number] = _create_letter(session, record, _previous(session, made, record.previous))
            tick()
        pending = [r for r in pending if r.number not in made]


def _in_loop(record: LetterRecord, by_number: dict[str, LetterRecord]) -> bool:
    current = by_number.get(record.previous)
    for _ in range(len(by_number)):
        if current is None:
            return False
        if current.number == record.number:
            return True
        current = by_number.get(current.previous)
    return True


def _previous(session: Session, made: dict[str, SupervisionLetter], number: str | None):
    if number is None:
        return None
    return made.get(number) or session.scalars(
        select(SupervisionLetter).where(SupervisionLetter.number == number)).one()


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
    register_imported(session, f"{record.kind.value.lower()}_letter", record.number, LETTER_ENTITY, letter.id)
    return letter
