"""Import of the platform's ticket workbook (12345 / 12351 派单表): tolerant, all or nothing.

Headers are found by name in the first ten rows, in any order and spelling the platforms
use (「工单编号」「工单号」「受理编号」…); extra columns are ignored. Every row is checked
before anything is written; any problem — a missing field, a time that cannot be read, a
platform number twice in the file or already on file — refuses the whole workbook, naming
the row. Deadlines are computed as for a ticket typed in (the limits in 设置).
"""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

from openpyxl import load_workbook
from sqlalchemy import select

from db.enums import ConsultCategory, TicketChannel
from db.models import HotlineTicket
from desktop import settings as org_settings
from desktop.auth import Actor, Permission
from desktop.calendar import calendar_of
from desktop.errors import UserError, ValidationError
from desktop.frontdesk.common import FrontDeskService
from desktop.frontdesk.tickets import TicketInput, add_ticket, check_ticket

HEADERS = {
    "number": ("工单编号", "工单号", "受理编号", "平台工单号", "编号"),
    "received": ("接收时间", "派单时间", "受理时间", "来电时间", "转办时间", "登记时间"),
    "content": ("诉求内容", "来电内容", "问题描述", "诉求", "内容"),
    "channel": ("来源", "渠道", "平台", "热线"),
    "category": ("诉求类别", "问题分类", "类别", "分类"),
    "caller": ("来电人", "诉求人", "姓名", "联系人"),
    "phone": ("联系电话", "来电号码", "电话"),
}
REQUIRED = {"number": "工单编号", "received": "接收时间", "content": "诉求内容"}
CATEGORY_WORDS = ((ConsultCategory.WAGES, ("工资", "薪", "欠薪", "加班")),
                  (ConsultCategory.SOCIAL_INSURANCE, ("社保", "保险", "公积金")),
                  (ConsultCategory.INJURY, ("工伤",)), (ConsultCategory.DISMISSAL, ("解除", "辞退", "开除", "补偿")),
                  (ConsultCategory.CONTRACT, ("合同",)))
TIME_FORMATS = ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y/%m/%d %H:%M:%S", "%Y/%m/%d %H:%M", "%Y年%m月%d日 %H:%M",
                "%Y年%m月%d日%H:%M", "%Y-%m-%d", "%Y/%m/%d")


def _norm(text) -> str:
    return re.sub(r"[\s（）()*：:]", "", str(text or ""))


def find_columns(rows: list[tuple]) -> tuple[int, dict[str, int]]:
    """The header row's index and each known column's position."""
    for index, row in enumerate(rows[:10]):
        names = [_norm(cell) for cell in row]
        found: dict[str, int] = {}
        for key, aliases in HEADERS.items():
            for alias in aliases:  # the most specific spelling first
                if alias in names and names.index(alias) not in found.values():
                    found[key] = names.index(alias)
                    break
        if all(key in found for key in REQUIRED):
            return index, found
    raise UserError("工作簿中找不到表头：须有「工单编号」「接收时间」「诉求内容」三列（前十行内）。")


def parse_time(value, row: int) -> datetime:
    if isinstance(value, datetime):
        return value.replace(second=0, microsecond=0)
    if isinstance(value, date):
        return datetime.combine(value, datetime.min.time())
    text = str(value or "").strip()
    for pattern in TIME_FORMATS:
        try:
            return datetime.strptime(text, pattern)
        except ValueError:
            continue
    raise ValidationError(f"无法识别的时间「{text}」，应如 2026-06-12 16:30", field="接收时间", row=row)


def parse_channel(value, default: TicketChannel) -> TicketChannel:
    text = str(value or "")
    if "12351" in text:
        return TicketChannel.HOTLINE_12351
    if "12345" in text or "接诉即办" in text:
        return TicketChannel.HOTLINE_12345
    return default


def parse_category(value) -> ConsultCategory:
    text = str(value or "")
    for category, words in CATEGORY_WORDS:
        if any(word in text for word in words):
            return category
    return ConsultCategory.OTHER


def read_tickets(path: str | Path, default: TicketChannel, now: datetime) -> list[tuple[int, TicketInput]]:
    """Every data row as ``(row number in the workbook, ticket)``; any problem refuses all."""
    book = load_workbook(path, read_only=True, data_only=True)
    try:
        rows = [tuple(r) for r in book.worksheets[0].iter_rows(values_only=True)]
    finally:
        book.close()
    header, columns = find_columns(rows)
    tickets: list[tuple[int, TicketInput]] = []
    seen: dict[str, int] = {}
    problems: list[ValidationError] = []
    for offset, row in enumerate(rows[header + 1:], start=header + 2):
        if all(v in (None, "") for v in row):
            continue
        cell = _cells(row, columns)
        try:
            data = TicketInput(str(cell("number") or "").strip(), parse_channel(cell("channel"), default),
                               parse_time(cell("received"), offset), parse_category(cell("category")),
                               str(cell("content") or ""), str(cell("caller") or ""), str(cell("phone") or ""))
            data = check_ticket(data, now, row=offset)
            if data.platform_number in seen:
                raise ValidationError(f"工单编号「{data.platform_number}」与第 {seen[data.platform_number]} 行重复",
                                      field="工单编号", row=offset)
            seen[data.platform_number] = offset
            tickets.append((offset, data))
        except ValidationError as error:
            problems.append(error if error.row else ValidationError(error.reason, error.field, offset))
    if problems:
        raise ValidationError("；\n".join(str(p) for p in problems[:20]) + ("……" if len(problems) > 20 else "")
                              + f"\n共 {len(problems)} 处问题，整个工作簿未导入。")
    if not tickets:
        raise UserError("工作簿中没有工单数据。")
    return tickets


def _cells(row: tuple, columns: dict[str, int]):
    def cell(key: str):
        index = columns.get(key)
        return row[index] if index is not None and index < len(row) else None
    return cell


class TicketImport(FrontDeskService):
    def __init__(self, database, *, now=datetime.now) -> None:
        super().__init__(database, today=lambda: now().date())
        self.now = now

    def import_workbook(self, actor: Actor, path: str | Path,
                        default: TicketChannel = TicketChannel.HOTLINE_12345) -> int:
        """One unit of work for the whole workbook; returns how many tickets were added."""
        tickets = read_tickets(path, default, self.now())
        with self._write(actor, Permission.IMPORT) as session:
            numbers = [t.platform_number for _, t in tickets]
            on_file = set(session.scalars(select(HotlineTicket.platform_number)
                                          .where(HotlineTicket.platform_number.in_(numbers))))
            taken = [f"第 {row} 行「{t.platform_number}」" for row, t in tickets if t.platform_number in on_file]
            if taken:
                raise ValidationError("以下工单编号已登记，整个工作簿未导入：" + "、".join(taken[:20]))
            settings, calendar = org_settings.load(session), calendar_of(session)
            for _, ticket in tickets:
                add_ticket(session, ticket, settings, calendar, checked_unique=True)
        return len(tickets)
