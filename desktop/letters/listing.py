"""The letter list as a paged row source for the shared lazy table (fast at any size)."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select

from db.engine import Database
from db.enums import LetterKind, LetterStatus
from db.enums import LetterStatus as S
from db.models import Employer, SupervisionLetter as L
from desktop.letters.flow import AWAITING
from desktop.letters.queries import NEAR_DAYS, filtered
from desktop.letters.views import LetterFilter
from desktop.paging import ListColumn, SelectSource, TableRow, label_order

COLUMNS = (
    ListColumn("number", "文号"), ListColumn("kind", "文书"), ListColumn("employer", "用人单位"),
    ListColumn("recipient", "主送部门", sortable=False), ListColumn("street", "街道"),
    ListColumn("issued_on", "签发日期"), ListColumn("deadline_on", "期限"), ListColumn("reply_on", "回复日期"),
    ListColumn("result", "整改结果"), ListColumn("status", "状态"),
)
SORT = {"number": L.number, "kind": label_order(L.kind, LetterKind), "employer": Employer.name_sort, "street": Employer.street,
        "issued_on": L.issued_on, "deadline_on": L.deadline_on, "reply_on": L.reply_on, "result": L.result,
        "status": label_order(L.status, LetterStatus)}


def letter_source(database: Database, letter_filter: LetterFilter, today: date) -> SelectSource:
    statement = filtered(select(L.id, L.number, L.kind, Employer.name, L.recipient_body, Employer.street, L.issued_on,
                                L.deadline_on, L.reply_on, L.result, L.status), letter_filter)
    return SelectSource(database, COLUMNS, statement.order_by(L.id.desc()), SORT,
                        lambda row: _row(row, today), id_column=L.id)


def _row(row, today: date) -> TableRow:
    cells = (row.number or "（草稿）", row.kind, row.name, row.recipient_body, row.street, row.issued_on,
             row.deadline_on, row.reply_on, row.result, row.status)
    return TableRow(row.id, cells, _tone(row, today))


def _tone(row, today: date) -> str | None:
    if row.status is S.CLOSED:
        return "muted"
    if row.status in AWAITING and row.deadline_on is not None:
        if row.deadline_on < today:
            return "overdue"
        if row.deadline_on <= today + timedelta(NEAR_DAYS):
            return "warning"
    return "overdue" if row.status in (S.OVERDUE, S.REFUSED) else None
