"""设置 → 节假日安排 in the window: an officer adds a day, imports a notice with its preview, reads the DB back."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from db.enums import HolidayKind, Role
from db.models import HolidayDay
from tests.calendar.test_service import NOTICE_2027
from tests.support.keyboard import type_text
from ui.main_window import MainWindow
from ui.pages import holiday_dialogs
from ui.qt import QDate, QDialog, Qt

LEFT = Qt.MouseButton.LeftButton


def open_page(qtbot, context):
    window = MainWindow(context)
    qtbot.addWidget(window)
    area = window.show_area("设置")
    area.setCurrentWidget(area.holidays)
    return area.holidays


def saved(database, year):
    with database.read() as session:
        return [tuple(r) for r in session.execute(select(HolidayDay.day, HolidayDay.kind, HolidayDay.name,
                                                          HolidayDay.reason).where(HolidayDay.plan_year == year)
                                                  .order_by(HolidayDay.day))]


def test_a_missing_year_is_flagged_and_a_shipped_year_marked(qtbot, gui_context):
    page = open_page(qtbot, gui_context)
    page.year.setValue(2027)
    assert "2027年节假日安排尚未录入" in page.status.text() and page.table.rowCount() == 0
    page.year.setValue(2025)
    october = page.grid.months[9]
    assert october.cell_of(date(2025, 10, 1)).text() == "1休"
    assert october.cell_of(date(2025, 10, 11)).text() == "11班"
    assert page.table.rowCount() == 33


def test_add_a_day_then_import_text_with_preview(qtbot, gui_context, monkeypatch):
    page = open_page(qtbot, gui_context)
    page.year.setValue(2027)

    def fill_day(dialog):
        dialog.day.setDate(QDate(2027, 1, 1))
        type_text(qtbot, dialog.name, "元旦")
        type_text(qtbot, dialog.reason, "先行录入")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(holiday_dialogs.DayDialog, "exec", fill_day)
    qtbot.mouseClick(page.buttons["add"], LEFT)
    assert saved(gui_context.database, 2027) == [(date(2027, 1, 1), HolidayKind.OFF, "元旦", "先行录入")]
    assert page.grid.months[0].cell_of(date(2027, 1, 1)).text() == "1休"

    previews = []

    def paste_and_preview(dialog):
        assert not dialog.save_button.isEnabled()  # nothing to save before a preview
        dialog.text.setPlainText(NOTICE_2027)
        qtbot.mouseClick(dialog.preview_button, LEFT)
        previews.append((dialog.summary.text(), dialog.table.rowCount()))
        assert dialog.save_button.isEnabled()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(holiday_dialogs.ImportDialog, "exec", paste_and_preview)
    qtbot.mouseClick(page.buttons["import_text"], LEFT)
    summary, rows = previews[0]
    assert "放假 10 天，调休上班 2 天" in summary and "替换该年已录入的 1 条" in summary and rows == 12
    days = saved(gui_context.database, 2027)
    assert len(days) == 12 and (date(2027, 10, 9), HolidayKind.WORK, "国庆节") in [d[:3] for d in days]
    assert page.table.rowCount() == 12 and "已录入" in page.status.text()


def test_a_bad_notice_cannot_be_saved(qtbot, gui_context, monkeypatch):
    page = open_page(qtbot, gui_context)

    def bad_text(dialog):
        dialog.text.setPlainText("国庆节：10月1日至8日放假，共7天。")
        qtbot.mouseClick(dialog.preview_button, LEFT)
        assert "写明共7天" in dialog.summary.text() and not dialog.save_button.isEnabled()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(holiday_dialogs.ImportDialog, "exec", bad_text)
    qtbot.mouseClick(page.buttons["import_text"], LEFT)
    assert saved(gui_context.database, 2027) == []


def test_buttons_are_off_for_a_mediator(qtbot, sqlite_database, sqlite_actors, preferences, qapp):
    from tests.conftest import gui_context_for

    page = open_page(qtbot, gui_context_for(sqlite_database, sqlite_actors[Role.MEDIATOR], preferences, qapp))
    assert not any(button.isEnabled() for button in page.buttons.values())


def test_a_year_imported_in_the_window_moves_an_open_letter(qtbot, gui_context, sqlite_actors, monkeypatch):
    from tests.calendar.test_recompute import delivered_opinion, letter_of

    officer = sqlite_actors[Role.MEDIATOR]
    svc, letter_id = delivered_opinion(gui_context.database, officer)
    assert letter_of(svc, officer, letter_id).deadline_on == date(2027, 1, 8)
    told = gui_context.prompt.recorded("inform")

    def paste(dialog):
        dialog.year.setValue(2027)
        dialog.text.setPlainText(NOTICE_2027)
        qtbot.mouseClick(dialog.preview_button, LEFT)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(holiday_dialogs.ImportDialog, "exec", paste)
    page = open_page(qtbot, gui_context)
    qtbot.mouseClick(page.buttons["import_text"], LEFT)
    letter = letter_of(svc, officer, letter_id)
    assert letter.deadline_on == date(2027, 1, 11)
    assert "原期限 2027年1月8日" in letter.deadline_explanation
    assert f"{letter.number}：2027-01-08 → 2027-01-11" in told[0]


def test_import_workbook_asks_for_the_file_and_says_what_is_wrong(qtbot, gui_context, tmp_path):
    page = open_page(qtbot, gui_context)
    page.year.setValue(2027)
    not_a_workbook = tmp_path / "安排.xlsx"
    not_a_workbook.write_text("这不是工作簿", encoding="utf-8")
    gui_context.prompt.script(None, not_a_workbook)  # 取消 first, then a broken file
    qtbot.mouseClick(page.buttons["import_book"], LEFT)
    assert gui_context.prompt.shown[-1][0] == "open_file"
    qtbot.mouseClick(page.buttons["import_book"], LEFT)
    _, title, text = gui_context.prompt.shown[-1]
    assert title == "无法导入" and text  # the refusal names what is wrong with the file
    assert saved(gui_context.database, 2027) == []
