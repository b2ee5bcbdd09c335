"""Importing the platform's ticket workbook: tolerant headers, all or nothing, duplicates named."""

from __future__ import annotations

from datetime import datetime

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from db.enums import ConsultCategory, Role, TicketChannel
from db.models import HotlineTicket
from desktop.errors import PermissionDenied, UserError, ValidationError
from desktop.frontdesk.ticket_import import TicketImport

NOW = datetime(2026, 6, 15, 10, 0)
GOOD = [("12345-001", "2026/06/12 16:30", "12345市民热线", "拖欠工资", "公司欠薪两个月", "张先生", "13900139000"),
        ("12345-002", datetime(2026, 6, 13, 9, 5), "12351", "社会保险", "未缴社保", "", "")]


def workbook(tmp_path, rows, headers=("工单号", "派单时间", "来源", "诉求类别", "来电内容", "诉求人", "联系电话"),
             title: bool = True):
    book = Workbook()
    sheet = book.active
    if title:
        sheet.append(["密云区接诉即办派单明细"])
    sheet.append(["备注", *headers])
    for row in rows:
        sheet.append(["", *row])
    path = tmp_path / "tickets.xlsx"
    book.save(path)
    return path


def count(database) -> int:
    with database.read() as session:
        return session.scalar(select(func.count()).select_from(HotlineTicket))


@pytest.fixture
def importer(database):
    return TicketImport(database, now=lambda: NOW)


def test_a_platform_workbook_with_its_own_headers_is_imported(database, actors, importer, tmp_path):
    assert importer.import_workbook(actors[Role.CLERK], workbook(tmp_path, GOOD)) == 2
    with database.read() as session:
        rows = session.execute(select(HotlineTicket.platform_number, HotlineTicket.channel, HotlineTicket.category,
                                      HotlineTicket.received_at).order_by(HotlineTicket.id)).all()
    assert rows == [("12345-001", TicketChannel.HOTLINE_12345, ConsultCategory.WAGES, datetime(2026, 6, 12, 16, 30)),
                    ("12345-002", TicketChannel.HOTLINE_12351, ConsultCategory.SOCIAL_INSURANCE,
                     datetime(2026, 6, 13, 9, 5))]


def test_a_bad_row_refuses_the_whole_workbook_naming_the_row(database, actors, importer, tmp_path):
    rows = [*GOOD, ("12345-003", "昨天下午", "", "", "内容", "", "")]
    with pytest.raises(ValidationError, match="第 5 行「接收时间」"):
        importer.import_workbook(actors[Role.CLERK], workbook(tmp_path, rows))
    assert count(database) == 0


def test_a_number_twice_in_the_file_or_on_file_is_refused(database, actors, importer, tmp_path):
    with pytest.raises(ValidationError, match="第 4 行.*与第 3 行重复"):
        importer.import_workbook(actors[Role.CLERK], workbook(tmp_path, [GOOD[0], GOOD[0]]))
    importer.import_workbook(actors[Role.CLERK], workbook(tmp_path, GOOD[:1]))
    with pytest.raises(ValidationError, match="第 3 行「12345-001」"):
        importer.import_workbook(actors[Role.CLERK], workbook(tmp_path, GOOD))
    assert count(database) == 1


def test_missing_headers_and_roles_are_refused(actors, importer, tmp_path):
    with pytest.raises(UserError, match="找不到表头"):
        importer.import_workbook(actors[Role.CLERK], workbook(tmp_path, GOOD, headers=("甲", "乙", "丙", "丁", "戊",
                                                                                       "己", "庚")))
    with pytest.raises(PermissionDenied):
        importer.import_workbook(actors[Role.MEDIATOR], workbook(tmp_path, GOOD))
