"""export consultations / export tickets: the registers read back with openpyxl, masked by default,
through the services, the command line and the 台账导出 area."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from db.enums import ConsultCategory, ConsultChannel, ConsultOutcome, Role, Satisfaction, TicketChannel
from db.models import AuditEntry
from desktop.frontdesk.consultations import ConsultationService
from desktop.frontdesk.tickets import TicketInput, TicketService
from desktop.parties import WorkerInput
from desktop.registers_io import ExportRequest, Period, export_register
from tests.frontdesk.helpers import ID_NUMBER, consultation
from tests.support.keyboard import type_text
from ui.main_window import MainWindow
from ui.qt import Qt

ROOT = Path(__file__).resolve().parents[2]
HOSTILE = '=HYPERLINK("http://x","点我")'
NOW = datetime(2026, 6, 15, 10, 0)


def fill(database, actor) -> None:
    consultations = ConsultationService(database, today=lambda: date(2026, 6, 15))
    consultations.register(actor, consultation(
        consulted_on=date(2024, 3, 5), worker=WorkerInput(HOSTILE, ID_NUMBER, phone="13800138000")))
    consultations.register(actor, consultation(
        consulted_on=date(2024, 7, 1), channel=ConsultChannel.PHONE, category=ConsultCategory.INJURY,
        worker=WorkerInput("刘强", phone="13911112222"), outcome=ConsultOutcome.TO_LEGAL_AID, answer=""))
    consultations.register(actor, consultation(consulted_on=date(2025, 1, 2), worker=WorkerInput("下年人")))
    tickets = TicketService(database, clock=lambda: NOW)
    first = tickets.register(actor, TicketInput("12351-2024-0007", TicketChannel.HOTLINE_12351,
                                                datetime(2024, 3, 1, 9, 30), ConsultCategory.WAGES,
                                                "反映拖欠工资", HOSTILE, "13900139000"))
    version = tickets.get(first).version
    tickets.add_contact(actor, first, version, datetime(2024, 3, 1, 15, 0), "电话", "已联系来电人")
    tickets.finish(actor, first, tickets.get(first).version, datetime(2024, 3, 4, 10, 0), "单位已补发工资")
    tickets.visit(actor, first, tickets.get(first).version, datetime(2024, 3, 6, 10, 0), Satisfaction.SATISFIED)
    tickets.register(actor, TicketInput("12345-2024-1231", TicketChannel.HOTLINE_12345, datetime(2024, 12, 31, 23, 50),
                                        ConsultCategory.OTHER, "咨询社保转移", "", ""))
    tickets.register(actor, TicketInput("12345-2025-0001", TicketChannel.HOTLINE_12345, datetime(2025, 1, 1, 0, 0),
                                        ConsultCategory.OTHER, "下一年的工单"))


def register(path) -> tuple[list[str], list[dict], object]:
    """Header (row 3), the data rows as dicts up to the first blank or 合计 row, and the sheet."""
    sheet = load_workbook(path).active
    rows = list(sheet.iter_rows(min_row=3))
    headers = [c.value for c in rows[0]]
    data = []
    for row in rows[1:]:
        if row[0].value in (None, "合计"):
            break
        data.append({h: c for h, c in zip(headers, row)})
    return headers, data, sheet


@pytest.fixture
def filled(database, actors):
    fill(database, actors[Role.CLERK])
    return database


@pytest.mark.db
def test_consultation_register_is_masked_and_keeps_a_formula_as_text(filled, actors, tmp_path):
    out = tmp_path / "咨询.xlsx"
    count = export_register(filled, actors[Role.CLERK], ExportRequest("consultations", Period.of_year(2024)), out)
    headers, rows, sheet = register(out)
    assert count == 2 and len(rows) == 2
    assert headers[:8] == ["咨询编号", "咨询日期", "咨询方式", "咨询人", "身份证号", "联系电话", "所在单位", "咨询类别"]
    assert sheet["A1"].value == "2024年度法律咨询登记台账"
    first, second = rows
    assert first["咨询人"].value == HOSTILE and first["咨询人"].data_type == "s"
    assert first["身份证号"].value == "110228********1232" and first["联系电话"].value == "138****8000"
    assert first["咨询日期"].is_date and first["咨询日期"].value.date() == date(2024, 3, 5)
    assert (first["咨询方式"].value, first["处理结果"].value, first["解答律师"].value) == ("来访", "当场解答", "李律师")
    assert second["身份证号"].value is None and second["联系电话"].value == "139****2222"
    assert (second["处理结果"].value, second["转出情况"].value, second["咨询类别"].value) == ("转法律援助", "待转", "工伤")
    with filled.read() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.entity_type == "consultations")).one()
    assert entry.action == "export" and "法律咨询登记台账" in entry.detail


@pytest.mark.db
def test_ticket_register_with_full_numbers_for_a_director(filled, actors, tmp_path):
    out = tmp_path / "工单.xlsx"
    request = ExportRequest("tickets", Period.of_year(2024), full_ids=True)
    assert export_register(filled, actors[Role.DIRECTOR], request, out) == 2
    headers, rows, sheet = register(out)
    assert headers[:3] == ["工单编号", "平台", "接收时间"]
    done, late = rows
    assert (done["工单编号"].value, done["平台"].value, done["接收时间"].value) == (
        "12351-2024-0007", "12351职工热线", "2024-03-01 09:30")
    assert done["来电人"].value == HOSTILE and done["来电人"].data_type == "s"
    assert done["联系电话"].value == "13900139000"
    assert (done["状态"].value, done["首次联系时间"].value, done["按时响应"].value) == ("已办结", "2024-03-01 15:00", "是")
    assert (done["联系次数"].value, done["办理结果"].value, done["回访结果"].value) == (1, "单位已补发工资", "满意")
    assert late["工单编号"].value == "12345-2024-1231" and late["状态"].value == "待响应（超期）"
    assert late["按时响应"].value is None
    total = next(r for r in sheet.iter_rows(min_row=4) if r[0].value == "合计")
    assert total[headers.index("联系次数")].value == 1


def test_a_clerk_may_not_export_full_numbers(actors):
    from desktop.errors import PermissionDenied
    from desktop.registers_io import check_export

    with pytest.raises(PermissionDenied):
        check_export(actors[Role.CLERK], ExportRequest("tickets", full_ids=True))


def main_py(url: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "main.py", "--db", url, *map(str, args)], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)


def test_export_commands(sqlite_database, sqlite_actors, tmp_path):
    fill(sqlite_database, sqlite_actors[Role.CLERK])
    url = sqlite_database.url.render_as_string(hide_password=False)
    done = main_py(url, "export", "consultations", "--year", 2024, "--out", tmp_path / "c.xlsx")
    assert done.returncode == 0, done.stderr
    assert "已导出 2 行" in done.stdout
    _, rows, _ = register(tmp_path / "c.xlsx")
    assert rows[0]["身份证号"].value == "110228********1232" and rows[0]["咨询人"].value == HOSTILE
    done = main_py(url, "export", "tickets", "--full-ids", "--out", tmp_path / "t.xlsx")
    assert done.returncode == 0, done.stderr
    _, rows, sheet = register(tmp_path / "t.xlsx")
    assert [r["工单编号"].value for r in rows] == ["12351-2024-0007", "12345-2024-1231", "12345-2025-0001"]
    assert rows[0]["联系电话"].value == "13900139000" and sheet["A1"].value == "历年12351、12345热线工单台账"


def test_the_registers_area_exports_tickets(qtbot, gui_context, tmp_path):
    fill(gui_context.database, gui_context.actor)
    window = MainWindow(gui_context)
    qtbot.addWidget(window)
    window.show()
    panel = window.show_area("台账导出").export_panel
    labels = [panel.kind.itemText(i) for i in range(panel.kind.count())]
    assert "法律咨询登记台账" in labels and "热线工单台账" in labels
    panel.kind.setCurrentIndex(panel.kind.findData("tickets"))
    panel.period.setCurrentIndex(panel.period.findData("year"))
    panel.year.setValue(2024)
    assert panel.columns.item(7).text() == "联系电话"
    type_text(qtbot, panel.out, str(tmp_path / "工单台账.xlsx"))
    qtbot.mouseClick(panel.export_button, Qt.MouseButton.LeftButton)
    _, rows, _ = register(tmp_path / "工单台账.xlsx")
    assert len(rows) == 2 and rows[0]["联系电话"].value == "139****9000"
    assert "已导出 2 行" in panel.result.text()
