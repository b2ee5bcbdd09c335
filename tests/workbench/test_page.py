"""The 工作台 on the demo data: groups as the due list says, 我的/全中心, opening records, the reminder and status bar."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from db.enums import PauseReason
from desktop.due import DueGroup
from desktop.cases.pauses import PauseInput
from ui.main_window import MainWindow
from ui.workbench.due_tables import SHOWN_GROUPS
from tests.workbench.conftest import TODAY

pytestmark = pytest.mark.db


def open_window(qtbot, context) -> MainWindow:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    return window


def shown_titles(page, group: DueGroup) -> list[str]:
    table = page.tabs.tables[group]
    return [table.item(row, 1).text() for row in range(table.rowCount())]


def test_groups_match_the_due_list_for_the_centre_and_for_me(qtbot, demo_context):
    context = demo_context("director")
    window = open_window(qtbot, context)
    page = window.current_area()
    assert window.navigation.currentItem().text() == "工作台" and page.centre.isChecked()
    expected = context.services.due.summary()
    for group in SHOWN_GROUPS:
        assert shown_titles(page, group) == [item.title for item in expected.groups[group]]
    assert sum(expected.count(g) for g in SHOWN_GROUPS) > 0
    assert "调解案件" in page.area_counts.text() and "一函两书" in page.area_counts.text()
    assert f"已超期 {expected.count(DueGroup.OVERDUE)} 件" in page.group_counts.text()
    qtbot.mouseClick(page.mine, Qt.MouseButton.LeftButton)
    mine = context.services.due.summary(context.actor.officer_id)
    for group in SHOWN_GROUPS:
        assert shown_titles(page, group) == [item.title for item in mine.groups[group]]


def test_a_mediator_starts_on_his_own_items(qtbot, demo_context):
    context = demo_context("mediator1")
    page = open_window(qtbot, context).current_area()
    assert page.mine.isChecked()
    items = [i for g in SHOWN_GROUPS for i in page.summary.groups[g]]
    centre = [i for g in SHOWN_GROUPS for i in context.services.due.summary().groups[g]]
    assert items and len(items) < len(centre)
    assert page.summary == context.services.due.summary(context.actor.officer_id)


def test_double_click_opens_the_case_at_its_tab_and_the_letter(qtbot, demo_context):
    context = demo_context("director")
    window = open_window(qtbot, context)
    page = window.current_area()
    group = next(g for g in SHOWN_GROUPS if any(i.area == "cases" and i.ref.tab == "sessions"
                                               for i in page.tabs.items[g]))
    row = next(r for r, i in enumerate(page.tabs.items[group]) if i.ref.tab == "sessions")
    page.tabs.setCurrentWidget(page.tabs.tables[group])
    table = page.tabs.tables[group]
    table.scrollTo(table.model().index(row, 0))
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    cases = window.areas["调解案件"]
    assert window.current_area() is cases
    case_window = cases.windows[page.tabs.items[group][row].ref.record_id]
    assert case_window.tabs.tabText(case_window.tabs.currentIndex()) == "调解记录"
    case_window.close()
    letter = next(i for g in SHOWN_GROUPS for i in page.tabs.items[g] if i.area == "letters")
    window.open_record(letter.ref)
    letters = window.current_area()
    assert letters is window.areas["一函两书"] and letters.selected[0] == letter.ref.record_id
    assert letters.chain.view.letter(letter.ref.record_id).id == letter.ref.record_id


def test_sign_in_reminder_opens_the_workbench_and_the_status_bar_keeps_count(qtbot, demo_context):
    context = demo_context("director")
    window = open_window(qtbot, context)
    window.show_area("统计")
    summary = context.services.due.summary()
    context.prompt.script(True)
    window.due_status.remind_on_next_count()
    expected = f"全中心有 {summary.count(DueGroup.OVERDUE)} 件已超期、{summary.count(DueGroup.TODAY)} 件今日到期。"
    assert context.prompt.texts()[-1] == expected
    assert window.navigation.currentItem().text() == "工作台"
    assert f"已超期 {summary.count(DueGroup.OVERDUE)}" in window.due_status.text()
    group, running = next((g, i) for g in (DueGroup.OVERDUE, DueGroup.TODAY, DueGroup.NEAR)
                          for i in summary.groups[g] if i.what == "调解期限届满")
    label = {DueGroup.OVERDUE: "已超期", DueGroup.TODAY: "今日到期", DueGroup.NEAR: "三个工作日内"}[group]
    case_services = context.services.cases
    case_services.pauses.pause(context.actor, running.ref.record_id, PauseInput(PauseReason.APPRAISAL, TODAY),
                               version=case_services.queries.detail(running.ref.record_id).version)
    qtbot.waitUntil(lambda: f"{label} {summary.count(group) - 1}" in window.due_status.text())
