"""`export legal-aid`: the legal-aid register through the one register writer, IDs masked unless
--full-ids; read back with openpyxl."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

from openpyxl import load_workbook

from db.enums import LawyerKind, LegalAidProcedure, Role
from desktop.cli import build_parser, run_command
from desktop.frontdesk.lawyers import LawyerInput, LawyerService
from desktop.frontdesk.legal_aid import CloseInput, LegalAidService, ReviewInput
from desktop.registers_io import ExportRequest, Period, export_register
from desktop.parties import WorkerInput
from tests.frontdesk.helpers import ID_NUMBER, TODAY, application


def _cases(database, actors) -> None:
    clerk, boss = actors[Role.CLERK], actors[Role.DIRECTOR]
    service = LegalAidService(database, today=lambda: TODAY)
    lawyer = LawyerService(database).add(actors[Role.ADMIN], LawyerInput("赵律师", LawyerKind.UNION, "京密律师事务所"))
    won = service.apply(clerk, application())
    service.review(clerk, won, ReviewInput(True, "符合", TODAY), service.get(won).version)
    service.accept(boss, won, TODAY, "", service.get(won).version)
    service.assign(clerk, won, lawyer, LegalAidProcedure.ARBITRATION, TODAY, service.get(won).version)
    service.close(clerk, won, CloseInput(TODAY, "仲裁调解结案", "16000"), service.get(won).version)
    refused = service.apply(clerk, application(worker=WorkerInput("李强"), applied_on=date(2026, 6, 12),
                                               amount_claimed="5000", workers_involved=3))
    service.review(clerk, refused, ReviewInput(False, "非会员", TODAY), service.get(refused).version)
    service.refuse(boss, refused, TODAY, "经济状况不符合援助条件", service.get(refused).version)
    service.apply(clerk, application(worker=WorkerInput("去年的"), applied_on=date(2025, 12, 30)))


def _rows(path):
    sheet = load_workbook(path).active
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    header = next(i for i, row in enumerate(rows) if row[0] == "援助编号")
    titles = rows[header]
    return titles, [dict(zip(titles, row)) for row in rows[header + 1:] if row[0] and str(row[0]).startswith("密工援")]


def test_the_register_lists_the_years_applications_with_ids_masked(database, actors, tmp_path):
    _cases(database, actors)
    out = tmp_path / "法律援助.xlsx"
    count = export_register(database, actors[Role.DIRECTOR], ExportRequest("legal-aid", Period.of_year(2026)), out)
    titles, rows = _rows(out)
    assert count == 2 and [r["申请人"] for r in rows] == ["王芳", "李强"]
    assert {"援助编号", "申请日期", "身份证号", "请求金额", "状态", "承办律师", "挽回金额", "结案日期"} <= set(titles)
    won, refused = rows
    assert won["身份证号"] != ID_NUMBER and won["身份证号"].startswith("1102")
    assert (won["状态"], won["承办律师"], won["律师类别"], won["程序"], won["工会会员"]) == (
        "已结案", "赵律师", "工会法律服务律师", "仲裁", "是")
    assert Decimal(str(won["挽回金额"])) == Decimal("16000") and won["申请日期"].date() == date(2026, 6, 10)
    assert (refused["状态"], refused["不予援助理由"], refused["涉及人数"]) == ("不予援助", "经济状况不符合援助条件", 3)


def test_the_command_writes_full_ids_when_asked(database, actors, tmp_path):
    _cases(database, actors)
    url = database.url.render_as_string(hide_password=False)
    out = tmp_path / "full.xlsx"
    args = ["--db", url, "export", "legal-aid", "--out", str(out), "--year", "2026", "--full-ids"]
    assert run_command(build_parser().parse_args(args)) == 0
    assert _rows(out)[1][0]["身份证号"] == ID_NUMBER


def test_stats_json_has_the_legal_aid_section(database, actors, capsys):
    _cases(database, actors)
    url = database.url.render_as_string(hide_password=False)
    assert run_command(build_parser().parse_args(["--db", url, "stats", "--year", "2026", "--json"])) == 0
    section = json.loads(capsys.readouterr().out)["legal_aid"]
    assert section == {"received": 2, "accepted": 1, "refused": 1, "closed": 1, "workers_involved": 1,
                       "amount_claimed": "18000.00", "amount_recovered": "16000.00"}


def test_the_years_legal_aid_figures_are_in_the_stats_workbook_and_text(database, actors, tmp_path, capsys):
    _cases(database, actors)
    url = database.url.render_as_string(hide_password=False)
    out = tmp_path / "统计.xlsx"
    assert run_command(build_parser().parse_args(["--db", url, "export", "stats", "--year", "2026",
                                                  "--out", str(out)])) == 0
    overview = load_workbook(out)["总体"]
    figures = {row[1].value: row[2].value for row in overview.iter_rows(min_row=4) if row[0].value == "法律援助"}
    assert figures == {"援助申请": 2, "受理援助": 1, "不予援助": 1, "援助结案": 1, "涉及人数": 1,
                       "挽回金额（元）": 16000}
    capsys.readouterr()
    assert run_command(build_parser().parse_args(["--db", url, "stats", "--year", "2026"])) == 0
    text = capsys.readouterr().out
    assert "【法律援助】" in text and "挽回金额（元）" in text and "16,000.00" in text


def test_the_statistics_page_shows_the_legal_aid_figures(qtbot, gui_context, sqlite_actors):
    from ui.main_window import MainWindow
    from ui.qt import Qt

    _cases(gui_context.database, sqlite_actors)
    window = MainWindow(gui_context)
    qtbot.addWidget(window)
    window.show()
    page = window.show_area("统计")
    page.year.selectAll()
    qtbot.keyClicks(page.year, "2026")
    qtbot.keyClick(page.year, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.headline.text_of("legal_aid", "received") == "2")
    assert page.headline.text_of("legal_aid", "amount_recovered") == "16,000.00"
    assert "结案日期" in page.headline.values[("legal_aid", "amount_recovered")].toolTip()
