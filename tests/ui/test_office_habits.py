"""Office habits in the real window: shortcuts, lists that open on Enter and copy rows, forms that
never lose what was typed, windows that fit a 1366×768 screen."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.letters import LetterServices
from tests.cases.test_window import fill_intake
from tests.letters.helpers import Clock, documents_for
from tests.letters.test_gui_lists import seed
from tests.support.keyboard import type_text
from ui.letters.page import LettersPage
from ui.main_window import MainWindow
from ui.qt import QApplication, Qt

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def window(qtbot, gui_context):
    window = MainWindow(gui_context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def shortcut(qtbot, widget, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(widget, key, modifier)


def test_first_start_is_maximised_then_geometry_is_remembered(qtbot, gui_context):
    first = MainWindow(gui_context)
    qtbot.addWidget(first)
    assert first.windowState() & Qt.WindowState.WindowMaximized
    first.show()
    first.close()
    again = MainWindow(gui_context)
    qtbot.addWidget(again)
    assert gui_context.preferences.value("window/geometry") is not None


def test_ctrl_f_ctrl_n_f1_and_f5_work_on_the_area_shown(qtbot, window, gui_context):
    cases = window.show_area("调解案件")
    window.activateWindow()
    window.commands["find"].trigger()
    assert QApplication.focusWidget() is cases.filters.search
    shortcut(qtbot, cases.filters.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert cases.intake_dialog is not None and cases.intake_dialog.isVisible()
    cases.intake_dialog.reject()  # nothing typed: closes without asking
    assert not cases.intake_dialog.isVisible() and gui_context.prompt.shown == []
    shortcut(qtbot, cases.table, Qt.Key.Key_F1)
    assert gui_context.prompt.shown[-1][1] == "帮助 — 调解案件" and "Ctrl+F" in gui_context.prompt.shown[-1][2]
    with qtbot.waitSignal(gui_context.changes.changed, timeout=2000) as signal:  # merged, next loop turn
        shortcut(qtbot, cases.table, Qt.Key.Key_F5)
    assert signal.args[0].everything_changed
    window.show_area("统计")
    assert not window.commands["new"].isEnabled()  # 统计 has nothing to create
    window.show_area("设置")
    assert window.commands["save"].isEnabled()


def test_case_list_opens_on_enter_and_copies_rows(qtbot, window, gui_context):
    from tests.cases.test_window import new_case

    cases = window.show_area("调解案件")
    case_id = new_case(qtbot, cases, gui_context.prompt.recorded("warn"))
    cases.windows[case_id].close()
    qtbot.waitUntil(lambda: cases.model.rowCount() == 1)
    cases.table.setFocus()
    cases.table.selectRow(0)
    shortcut(qtbot, cases.table, Qt.Key.Key_Return)
    assert cases.windows[case_id].isVisible()
    shortcut(qtbot, cases.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    header, row = QApplication.clipboard().text().split("\n")
    assert header.split("\t")[:2] == ["案件编号", "收到申请"] and "北京燕山建筑劳务有限公司" in row.split("\t")
    assert [a.text() for a in cases.list.menu().actions()] == ["打开", "复制", "导出所选…"]
    assert not cases.table.tabKeyNavigation()


def test_esc_on_a_half_filled_intake_asks_and_keeps_it(qtbot, window, gui_context):
    cases = window.show_area("调解案件")
    cases.open_intake()
    dialog = cases.intake_dialog
    type_text(qtbot, dialog.facts, "拖欠三个月工资")
    gui_context.prompt.script(False)
    shortcut(qtbot, dialog.facts, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.facts.toPlainText() == "拖欠三个月工资"
    assert gui_context.prompt.shown[-1][2] == "是否放弃已填写的内容？"
    gui_context.prompt.script(True)
    shortcut(qtbot, dialog.facts, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_enter_never_adds_a_blank_applicant_and_tab_leaves_text_boxes(qtbot, window, gui_context):
    cases = window.show_area("调解案件")
    dialog = cases.open_intake()
    parties = dialog.applicants
    dialog.tabs.setCurrentIndex(1)
    parties.name.setFocus()
    shortcut(qtbot, parties.name, Qt.Key.Key_Return)
    assert parties.entries == [] and dialog.isVisible()
    qtbot.mouseClick(parties.add_button, LEFT)
    assert parties.entries == [] and parties.guard.marked() == [parties.name]
    assert "姓名" in gui_context.prompt.texts("warn")[-1]
    type_text(qtbot, parties.name, "张三")
    shortcut(qtbot, parties.name, Qt.Key.Key_Return)
    assert parties.entries == []  # Enter presses no button: 添加 is a click
    dialog.tabs.setCurrentIndex(0)
    dialog.facts.setFocus()
    shortcut(qtbot, dialog.facts, Qt.Key.Key_Tab)
    assert dialog.facts.toPlainText() == "" and QApplication.focusWidget() is not dialog.facts
    assert all(e.tabChangesFocus() for e in (dialog.facts, dialog.requests, dialog.oral_record))
    gui_context.prompt.script(True)
    dialog.reject()


def test_refused_intake_keeps_the_dialog_marks_the_field_and_focuses_it(qtbot, window, gui_context):
    cases = window.show_area("调解案件")
    dialog = cases.open_intake()
    fill_intake(qtbot, dialog)
    dialog.facts.clear()
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert dialog.isVisible() and "事实与理由" in gui_context.prompt.texts("warn")[-1]
    assert dialog.guard.marked() == [dialog.facts]
    assert dialog.employer.edits["name"].text() == "北京燕山建筑劳务有限公司"
    type_text(qtbot, dialog.facts, "拖欠工资")
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert not dialog.isVisible()


@pytest.mark.parametrize("width,height", [(1366, 768), (1920, 1080)])
def test_letters_due_tab_shows_its_deadline_columns(qtbot, gui_context, width, height):
    clock = Clock(date(2024, 9, 1))
    svc = LetterServices(gui_context.database, today=clock, documents=documents_for(gui_context.database, clock))
    seed(gui_context.database, gui_context.actor, svc, clock)
    clock.day = date(2024, 9, 20)
    page = LettersPage(gui_context, svc)
    qtbot.addWidget(page)
    page.resize(width - 180, height - 120)  # the area beside the navigation, under menu and status bar
    page.show()
    qtbot.waitExposed(page)
    view = page.due_table
    for title in ("期限", "提示"):
        column = page.due_model.columns.index(title)
        right = view.columnViewportPosition(column) + view.columnWidth(column)
        assert 0 <= view.columnViewportPosition(column) and right <= view.viewport().width(), title
    assert page.due_model.headerData(0, Qt.Orientation.Horizontal) == "期限"


def test_every_dialog_fits_a_1366_by_768_screen(qtbot, window):
    from ui.qt import QWidget
    from ui.widgets.windows import available_size, fit_to_screen

    cases = window.show_area("调解案件")
    dialog = cases.open_intake()
    room = available_size(dialog)
    assert dialog.height() + 30 <= room.height() and dialog.width() <= room.width()
    preview = QWidget()
    qtbot.addWidget(preview)
    size = fit_to_screen(preview, 820, 900)  # the document preview asks for 900 px
    assert size.height() <= 768 - 40 - 30 and size.width() == 820


def test_document_lists_offer_print_and_ctrl_p_prints_the_selection(qtbot, window):
    page = window.show_area("文书")
    menu = [a.text() for a in page.today.list.menu().actions()]
    assert menu == ["打开", "复制", "导出所选…", "打印…"]
    assert window.commands["print"].isEnabled() and not window.commands["new"].isEnabled()
