"""Checks shared by the importers: each turns one cell into a value or records a Problem."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any, TypeVar

from db.enums import LabelledEnum
from desktop.errors import ValidationError
from desktop.registers import Problem
from desktop.validation import parse_credit_code, parse_id_number

E = TypeVar("E", bound=LabelledEnum)
LIST_SPLIT = re.compile(r"\s*[、，,；;/]\s*")
NO_ID = "无"


class RowChecker:
    """Collects the problems of one sheet row; each check returns None when it fails."""

    def __init__(self, row: dict[str, Any], problems: list[Problem], today: dt.date) -> None:
        self.values = row
        self.number: int = row["_row"]
        self.problems = problems
        self.today = today
        self.failed = False

    def error(self, column: str | None, message: str) -> None:
        self.failed = True
        self.problems.append(Problem(self.number, column, message))

    def info(self, column: str | None, message: str) -> None:
        self.problems.append(Problem(self.number, column, message, "info"))

    def get(self, column: str) -> Any:
        return self.values.get(column)

    def run(self, column: str, check: Callable[[Any], Any], value: Any = None) -> Any:
        """``check(value)`` (default: the column's cell); a ValidationError becomes a Problem."""
        value = self.get(column) if value is None else value
        if value is None:
            return None
        try:
            return check(value)
        except ValidationError as error:
            self.error(column, error.reason)
            return None

    def id_number(self, column: str, text: str | None = None) -> str | None:
        return self.run(column, lambda v: parse_id_number(v, today=self.today).number, text)

    def credit_code(self, column: str) -> str | None:
        return self.run(column, parse_credit_code)

    def label(self, column: str, enum: type[E]) -> E | None:
        return self.run(column, lambda v: from_label(enum, v))

    def labels(self, column: str, enum: type[E]) -> list[E]:
        return self.run(column, lambda v: [from_label(enum, p) for p in split_list(v)]) or []

    def not_future(self, column: str) -> dt.date | None:
        day = self.get(column)
        if day is not None and day > self.today:
            self.error(column, f"日期「{day:%Y-%m-%d}」晚于今天")
        return day

    def not_before(self, column: str, earlier: str) -> None:
        later, first = self.get(column), self.get(earlier)
        if later is not None and first is not None and later < first:
            self.error(column, f"早于{earlier}（{first:%Y-%m-%d}）")


def split_list(text: str) -> list[str]:
    """Names or labels written in one cell: 张三、李四 (also ，,；/)."""
    return [part for part in LIST_SPLIT.split(text.strip()) if part]


def from_label(enum: type[E], text: str) -> E:
    try:
        return enum.from_label(text.strip())
    except ValueError:
        allowed = "、".join(m.label for m in enum)
        raise ValidationError(f"无法识别「{text}」，应为：{allowed}") from None


class Seen:
    """Numbers already used earlier in the file: the second use is an error naming the first."""

    def __init__(self) -> None:
        self.rows: dict[str, int] = {}

    def first_row(self, key: str, row: int) -> int | None:
        first = self.rows.get(key)
        if first is None:
            self.rows[key] = row
        return first
