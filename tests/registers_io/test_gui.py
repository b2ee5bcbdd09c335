"""The 台账导出 area as an officer uses it: export with progress, preview with errors, confirmed import."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from db.enums import Role
from db.models import MediationCase
from tests.registers_io.conftest import data_rows, workbook
from tests.registers_io.data import populate
from tests.registers_io.test_refusals import CASE_HEADER, GOOD_CASE
from tests.support.keyboard import type_text
from ui import tasks
from ui.main_window import MainWindow
from ui.qt import Qt


@pytest.fixture
def page(qtbot, gui_context):
    populate(gui_context.database)
    window = MainWindow(gui_context)
    qtbot.addWidget(window)
    window.show()
    return window.show_area("台账导出")  # the context's runner runs tasks inline


@pytest.fixture
def progress(monkeypatch):
    seen = []
    original = tasks._show_progress
    monkeypatch.setattr(tasks, "_show_progress", lambda dialog, d, t, label: (seen.append((d, t, label)),
                                                                               original(dialog, d, t, label)))
    return seen


def test_area_sits_before_settings(qtbot, gui_context):
    window = MainWindow(gui_context)
    qtbot.addWidget(window)
    titles = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert titles.index("台账导出") < titles.index("设置")


def test_export_writes_the_chosen_register_with_progress(qtbot, page, tmp_path, progress):
    panel = page.export_panel
    panel.kind.setCurrentIndex(panel.kind.findData("claims"))
    panel.period.setCurrentIndex(panel.period.findData("year"))
    panel.year.setValue(2024)
    panel.columns.item(3).setCheckState(Qt.CheckState.Unchecked)  # 所属单位 (11 of the 12 columns stay, 备注 last)
    type_text(qtbot, panel.out, str(tmp_path / "理赔台账.xlsx"))
    qtbot.mouseClick(panel.export_button, Qt.MouseButton.LeftButton)
    rows = data_rows(tmp_path / "理赔台账.xlsx")
    assert len(rows) == 3 and len(rows[0]) == 11 and "*" in rows[0][2]
    assert "已导出 3 行" in panel.result.text()
    assert progress[0][:2] == (0, 3)


def test_full_ids_box_is_off_for_a_clerk(qtbot, sqlite_database, sqlite_actors, preferences, qapp):
    from tests.conftest import gui_context_for

    context = gui_context_for(sqlite_database, sqlite_actors[Role.CLERK], preferences, qapp)
    window = MainWindow(context)
    qtbot.addWidget(window)
    assert not window.show_area("台账导出").export_panel.full_ids.isEnabled()


def test_preview_lists_errors_and_confirm_stays_off(qtbot, page, tmp_path):
    bad = list(GOOD_CASE)
    bad[0], bad[6] = "密工调〔2024〕41号", "-5"
    panel = page.import_panel
    page.setCurrentIndex(1)
    panel.file.setText(str(workbook(tmp_path / "bad.xlsx", [CASE_HEADER, GOOD_CASE, bad])))
    qtbot.mouseClick(panel.preview_button, Qt.MouseButton.LeftButton)
    errors = [(panel.problems.item(r, 0).text(), panel.problems.item(r, 1).text(), panel.problems.item(r, 3).text())
              for r in range(panel.problems.rowCount()) if panel.problems.item(r, 2).text() == "错误"]
    assert ("第 4 行", "请求金额", "金额不能为负数") in errors
    assert not panel.confirm_button.isEnabled() and "整个文件不会导入" in panel.summary.text()


def test_clean_preview_then_confirmed_import(qtbot, page, tmp_path, monkeypatch):
    database = page.import_panel.context.database
    panel = page.import_panel
    page.setCurrentIndex(1)
    panel.file.setText(str(workbook(tmp_path / "good.xlsx", [CASE_HEADER, GOOD_CASE])))
    qtbot.mouseClick(panel.preview_button, Qt.MouseButton.LeftButton)
    with database.read() as session:
        before = session.scalar(select(func.count()).select_from(MediationCase))
    assert panel.confirm_button.isEnabled() and panel.entries.rowCount() == 3
    qtbot.mouseClick(panel.confirm_button, Qt.MouseButton.LeftButton)
    with database.read() as session:
        assert session.scalar(select(func.count()).select_from(MediationCase)) == before + 1
    assert "已导入 1 行" in panel.summary.text() and not panel.confirm_button.isEnabled()


def test_cancelled_export_leaves_no_file(qtbot, page, gui_context, tmp_path, monkeypatch):
    shown = gui_context.prompt.recorded("warn")
    monkeypatch.setattr(tasks.TaskControl, "cancelled", lambda self: True)
    panel = page.export_panel
    panel.period.setCurrentIndex(panel.period.findData("all"))
    out = tmp_path / "out"
    out.mkdir()
    panel.out.setText(str(out / "x.xlsx"))
    qtbot.mouseClick(panel.export_button, Qt.MouseButton.LeftButton)
    assert shown == ["操作已取消。"] and list(out.iterdir()) == []


def test_missing_mediators_are_added_after_the_officer_ticks_the_box(qtbot, page, tmp_path):
    from db.models import Officer

    database = page.import_panel.context.database
    panel = page.import_panel
    page.setCurrentIndex(1)
    old = list(GOOD_CASE)
    old[0], old[-1] = "密工调〔2024〕44号", "孙退休"
    panel.file.setText(str(workbook(tmp_path / "old.xlsx", [CASE_HEADER, old])))
    assert not panel.add_mediators.isVisibleTo(panel)
    qtbot.mouseClick(panel.preview_button, Qt.MouseButton.LeftButton)
    problems = [panel.problems.item(r, 3).text() for r in range(panel.problems.rowCount())]
    assert any("孙退休" in text and "不是本系统的用户" in text for text in problems)
    assert not panel.confirm_button.isEnabled() and panel.add_mediators.isVisibleTo(panel)
    qtbot.mouseClick(panel.add_mediators, Qt.MouseButton.LeftButton)  # ticking re-checks the file
    entries = [panel.entries.item(r, c).text() for r in range(panel.entries.rowCount())
               for c in range(panel.entries.columnCount()) if panel.entries.item(r, c)]
    assert "孙退休（不能登录）" in entries and panel.confirm_button.isEnabled()
    qtbot.mouseClick(panel.confirm_button, Qt.MouseButton.LeftButton)
    with database.read() as session:
        added = session.scalars(select(Officer).where(Officer.display_name == "孙退休")).one()
        assert not added.active and added.password_hash is None
    panel.file.setText(str(tmp_path / "other.xlsx"))  # another file: the agreement does not carry over
    assert not panel.add_mediators.isChecked() and not panel.add_mediators.isVisibleTo(panel)
