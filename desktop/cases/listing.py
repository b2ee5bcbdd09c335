"""The case list as a ``RowSource`` for the shared lazy table: columns, pages of rows, tones."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import ClassVar

from db.enums import CaseStatus
from desktop.cases.deadlines import NEAR, OVERDUE, PAUSED, STOPPED
from desktop.cases.queries import CaseFilter, CaseQueries, CaseRow, Sort
from desktop.paging import ConvertedOnRead, ListColumn, TableRow

FIRST_PAGE = 200
"""Rows the list model loads at a time (``ui.widgets.lazy_table.PAGE_SIZE``): the first
page is read with the count, in the same session."""

COLUMNS = (
    ListColumn("number", "案件编号"), ListColumn("received_on", "收到申请"), ListColumn("accepted_on", "受理日期"),
    ListColumn("applicants", "申请人", sortable=False), ListColumn("employer", "被申请人"),
    ListColumn("source", "案件来源"), ListColumn("workers", "人数", numeric=True),
    ListColumn("amount", "请求金额（元）", numeric=True), ListColumn("mediators", "调解员", sortable=False),
    ListColumn("status", "状态"), ListColumn("due", "期限届满"), ListColumn("due", "期限状态"),
)
STATUS_COLUMN = 9
TONES = {NEAR: "warning", OVERDUE: "overdue"}
MUTED = frozenset({CaseStatus.CLOSED, CaseStatus.ARCHIVED})


def clock_text(row: CaseRow) -> str:
    text = _clock_state(row)
    if row.clock not in (STOPPED, PAUSED) and row.calendar_missing:
        text += f"（{row.due.year}年节假日未录入）"
    return text


def _clock_state(row: CaseRow) -> str:
    if row.clock == OVERDUE:
        return f"已超期 {-row.days_left} 天"
    if row.clock == NEAR:
        return f"临近·剩 {row.days_left} 天"
    if row.clock == PAUSED:
        return "已中止"
    return "已停止计时" if row.clock == STOPPED else f"剩 {row.days_left} 天"


def table_row(row: CaseRow) -> TableRow:
    cells = (row.number or "（未受理）", row.received_on, row.accepted_on, row.applicants, row.employer, row.source,
             row.workers, row.amount_claimed, row.mediators, row.status,
             None if row.clock == STOPPED else row.due, clock_text(row))
    tone = "muted" if row.status in MUTED else TONES.get(row.clock)
    return TableRow(row.id, cells, tone)


@dataclass(frozen=True)
class CaseRowSource:
    queries: CaseQueries
    filter: CaseFilter = CaseFilter()
    sort: Sort = Sort()
    today: date = field(default_factory=date.today)
    columns: ClassVar = COLUMNS
    _count: list[int] = field(default_factory=list, compare=False)
    _ids: list = field(default_factory=list, compare=False)
    _first_page: list = field(default_factory=list, compare=False)

    def _search_ids(self) -> tuple[int, ...] | None:
        """The search's matches, looked up once per keystroke and shared by count and pages."""
        if not self._ids:
            self._ids.append(self.queries.search_ids(self.filter.search))
        return self._ids[0]

    @property
    def broad(self) -> bool:
        """A search matching so many cases that only the first ``SEARCH_CAP`` are listed."""
        return bool(self.filter.search.strip()) and self._search_ids() is None

    def count(self) -> int:
        """The count, read together with the first page the list will ask for next."""
        if not self._count:
            total, rows = self.queries.count_and_page(self.filter, self.sort, FIRST_PAGE, self.today,
                                                      self._search_ids())
            self._count.append(total)
            self._first_page.append(ConvertedOnRead(rows, table_row))
        return self._count[0]

    def fetch(self, offset: int, limit: int) -> Sequence[TableRow]:
        if offset == 0 and limit == FIRST_PAGE and self._first_page:
            return self._first_page.pop()
        rows = self.queries.page(self.filter, self.sort, offset, limit, self.today, self._search_ids())
        return ConvertedOnRead(rows, table_row)

    def sorted_by(self, key: str, descending: bool) -> CaseRowSource:
        return replace(self, sort=Sort(key, descending), _count=[], _ids=[], _first_page=[])

    def refreshed(self) -> CaseRowSource:
        return replace(self, today=date.today(), _count=[], _ids=[], _first_page=[])

    def filtered(self, case_filter: CaseFilter) -> CaseRowSource:
        return replace(self, filter=case_filter, _count=[], _ids=[], _first_page=[])
