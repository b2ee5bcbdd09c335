"""What an import would do, shown to the officer before anything is written."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from desktop.registers import Problem

Action = Literal["新建", "匹配"]


@dataclass(frozen=True)
class PlanEntry:
    """One thing the import creates or finds already on file, e.g. 新建 案件 密工调〔2024〕3号."""

    row: int | None
    action: Action
    entity: str
    label: str


@dataclass(frozen=True)
class ImportOptions:
    """What the officer agreed to when the preview asked.

    ``add_missing_mediators``: 调解员 named in a historical register who are not users of this
    database are added as mediators without sign-in (inactive officers) in the import's transaction.
    """

    add_missing_mediators: bool = False


@dataclass
class ImportPlan:
    """The preview: validated records (plain dataclasses), entries and every problem found."""

    kind: str
    path: Path
    records: list[Any] = field(default_factory=list)
    entries: list[PlanEntry] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    rows_read: int = 0
    options: ImportOptions = field(default_factory=ImportOptions)
    missing_mediators: tuple[str, ...] = ()  # 调解员 in the file who are not users here, in file order

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.level == "error"]

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def creates(self) -> list[PlanEntry]:
        return [e for e in self.entries if e.action == "新建"]

    @property
    def matches(self) -> list[PlanEntry]:
        return [e for e in self.entries if e.action == "匹配"]

    def summary(self) -> str:
        """One line for the officer: how many rows, what gets created, what is matched."""
        counts: dict[str, int] = {}
        for entry in self.creates:
            counts[entry.entity] = counts.get(entry.entity, 0) + 1
        made = "，".join(f"新建{entity} {n} 个" for entity, n in counts.items()) or "不新建任何记录"
        text = f"共 {self.rows_read} 行数据：{made}，匹配已有记录 {len(self.matches)} 个"
        if self.errors:
            bad_rows = len({p.row for p in self.errors})
            text += f"；{bad_rows} 行有错误（共 {len(self.errors)} 处），改正前整个文件不会导入"
        return text + "。"

    def error_report(self) -> str:
        """Every error, one per line, e.g. ``第 12 行「身份证号」: 校验位错误``."""
        return "\n".join(str(p) for p in self.errors)
