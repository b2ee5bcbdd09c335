"""The role-aware window, the history dialog, the audit view, users, backups, the change poller."""

from __future__ import annotations

import sqlite3

import pytest
from openpyxl import load_workbook

from db.enums import CaseStatus, Role
from db.models import Employer, StateTransition
from desktop.auth.officers import OfficerService
from desktop.errors import PermissionDenied
from tests.conftest import gui_context_for
from ui.main_window import MainWindow
from tests.support.keyboard import type_text
from tests.support.prompts import ScriptedPrompt
from ui.qt import Qt
from ui.trust.audit_view import AuditView
from ui.trust.backup_panel import FOLDER_KEY, BackupPanel
from ui.trust.poller import ChangePoller
from ui.trust.scheduler import BackupScheduler
from ui.trust.users_view import UsersView
from ui.widgets.history import HistoryDialog


@pytest.fixture
def context_for(sqlite_database, sqlite_actors, preferences, qapp):
    return lambda role: gui_context_for(sqlite_database, sqlite_actors[role], preferences, qapp)


def _employer(database, actor, name="密云建工集团") -> int:
    with database.write(actor) as session:
        employer = Employer(name=name, contact_phone="010-69041111")
        session.add(employer)
        session.flush()
        return employer.id


def test_auditor_window_settings_disabled_and_service_refused(qtbot, context_for):
    context = context_for(Role.AUDITOR)
    window = MainWindow(context)
    qtbot.addWidget(window)
    assert not window.show_area("设置").general.widget().isEnabled()
    trust = window.show_area("用户与审计")
    assert set(trust.tabs) == {"我的账户", "审计记录", "编号登记簿"}
    with pytest.raises(PermissionDenied):
        context.settings.save(context.actor, context.settings.load())
    with pytest.raises(PermissionDenied):
        OfficerService(context.database).create(context.actor, "x1", "某人", Role.CLERK, "abcd1234")


@pytest.mark.parametrize("role, tabs", [
    (Role.ADMIN, {"我的账户", "用户管理", "审计记录", "编号登记簿", "备份与恢复"}),
    (Role.DIRECTOR, {"我的账户", "审计记录", "编号登记簿", "备份与恢复"}),
    (Role.MEDIATOR, {"我的账户"}),
    (Role.CLERK, {"我的账户"}),
])
def test_trust_tabs_follow_the_role(qtbot, context_for, role, tabs):
    window = MainWindow(context_for(role))
    qtbot.addWidget(window)
    assert set(window.show_area("用户与审计").tabs) == tabs


def test_history_dialog_lists_changes_and_transitions_in_chinese(qtbot, context_for, sqlite_actors):
    context = context_for(Role.MEDIATOR)
    employer_id = _employer(context.database, sqlite_actors[Role.CLERK])
    with context.database.write(sqlite_actors[Role.MEDIATOR]) as session:
        session.get(Employer, employer_id).contact_phone = "13800138000"
        session.add(StateTransition(entity_type="employer", entity_id=employer_id, from_state="DRAFT",
                                    to_state=CaseStatus.ACCEPTED.value, officer_id=sqlite_actors[Role.MEDIATOR].officer_id,
                                    reason="材料齐全"))
    dialog = HistoryDialog(context, "employer", employer_id)
    qtbot.addWidget(dialog)
    texts = [[dialog.changes.item(r, c).text() for c in range(4)] for r in range(dialog.changes.rowCount())]
    assert texts[0][1:3] == ["赵登记", "新建"]
    assert texts[-1][1] == "王调解" and texts[-1][3] == "联系电话：010-69041111 → 13800138000"
    assert [dialog.states.item(0, c).text() for c in (2, 3, 4)] == ["登记", "受理", "材料齐全"]


def test_audit_view_filters_exports_and_verifies(qtbot, context_for, sqlite_actors, tmp_path, monkeypatch):
    context = context_for(Role.AUDITOR)
    first = _employer(context.database, sqlite_actors[Role.CLERK], "甲公司")
    _employer(context.database, sqlite_actors[Role.MEDIATOR], "乙公司")
    view = AuditView(context)
    qtbot.addWidget(view)
    view.officer.setCurrentText("赵登记")
    view.search()
    assert view.model.rowCount() == 1 and view.model.row_at(0).cells[2] == "赵登记"
    view.officer.setCurrentText("全部")
    view.entity_id.setText(str(first))
    view.entity_type.setCurrentIndex(view.entity_type.findData("employer"))
    view.search()
    assert {view.model.row_at(r).cells[5] for r in range(view.model.rowCount())} == {"甲公司"}  # named, not its id
    out = tmp_path / "audit.xlsx"
    context.prompt.script(out)
    shown = context.prompt.recorded("inform", "error")
    view.export()
    assert load_workbook(out).active.max_row == 2 and "已导出 1 条" in shown[-1]
    view.verify()
    assert "审计记录完整" in shown[-1]
    conn = sqlite3.connect(context.database.sqlite_path)
    conn.execute("UPDATE audit_entry SET officer_name = '别人' WHERE seq = 2")
    conn.commit()
    conn.close()
    view.verify()
    assert "第 2 条" in shown[-1] and "被改动" in shown[-1]


def test_users_view_creates_officer_and_keeps_input_on_refusal(qtbot, context_for):
    context = context_for(Role.ADMIN)
    view = UsersView(context)
    qtbot.addWidget(view)
    view.buttons["add"].click()
    dialog = view.new_dialog
    type_text(qtbot, dialog.username, "liu")
    type_text(qtbot, dialog.display_name, "刘调解")
    dialog.role.setCurrentIndex(dialog.role.findData(Role.MEDIATOR))
    type_text(qtbot, dialog.password, "short")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.username.text() == "liu" and dialog.display_name.text() == "刘调解"
    assert dialog.guard.marked() == [dialog.password] and "密码" in context.prompt.texts("warn")[-1]
    dialog.password.clear()
    type_text(qtbot, dialog.password, "first1234")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    names = [view.table.item(r, 1).text() for r in range(view.table.rowCount())]
    assert "刘调解" in names and "已创建用户「刘调解」" in context.prompt.texts("inform")[-1]


def test_backup_panel_backs_up_and_lists(qtbot, context_for, tmp_path):
    context = context_for(Role.DIRECTOR)
    context.preferences.setValue(FOLDER_KEY, str(tmp_path / "usb"))
    (tmp_path / "usb").mkdir()
    panel = BackupPanel(context)
    qtbot.addWidget(panel)
    panel.backup_button.click()
    assert "备份完成" in panel.status.text() and panel.table.rowCount() == 1


def test_failed_automatic_backup_is_reported(qtbot, context_for, tmp_path):
    context = context_for(Role.MEDIATOR)
    context.preferences.setValue(FOLDER_KEY, str(tmp_path / "unplugged-usb"))
    scheduler = BackupScheduler(context)
    with qtbot.waitSignal(scheduler.failed) as signal:
        scheduler.daily()
    assert "备份文件夹不存在" in signal.args[0]
    (tmp_path / "unplugged-usb").mkdir()
    with qtbot.waitSignal(scheduler.succeeded):
        scheduler.daily()
    assert scheduler.on_exit()


def test_poller_announces_only_others_changes(qtbot, context_for, sqlite_actors):
    context = context_for(Role.MEDIATOR)
    poller = ChangePoller(context)
    _employer(context.database, sqlite_actors[Role.MEDIATOR])  # our own save
    assert poller.poll() is False
    _employer(context.database, sqlite_actors[Role.CLERK], "别的工作站的单位")
    with qtbot.waitSignal(context.changes.changed) as signal:
        assert poller.poll() is True
    assert signal.args[0].everything_changed
    assert poller.poll() is False


def test_window_startup_shows_backup_state_and_exit_failure(qtbot, context_for, tmp_path, monkeypatch):
    from ui.trust.startup import install_trust

    context = context_for(Role.ADMIN)
    window = MainWindow(context)
    qtbot.addWidget(window)
    trust = install_trust(window, context)
    trust.scheduler.daily()
    assert "自动备份未启用" in trust.backup_label.text()
    context.preferences.setValue(FOLDER_KEY, str(tmp_path / "gone"))
    trust.on_exit(window)
    shown = [(title, text) for kind, title, text in context.prompt.shown if kind == "error"]
    assert trust.backup_label.text() == "自动备份失败！" and "white" in trust.backup_label.styleSheet()
    assert shown and shown[-1][0] == "退出时备份失败" and "备份文件夹不存在" in shown[-1][1]
    assert not trust.poller.timer.isActive()


def test_storage_warning_only_for_network_share(sqlite_database, monkeypatch):
    from ui.trust import startup

    assert startup.confirm_storage(sqlite_database) is True
    monkeypatch.setattr(startup, "is_network_path", lambda path: True)
    prompt = ScriptedPrompt(False, True)
    assert startup.confirm_storage(sqlite_database, prompt=prompt) is False  # 退出
    assert startup.confirm_storage(sqlite_database, prompt=prompt) is True  # 我了解风险，继续
    assert prompt.shown[0][:2] == ("choose_between", "数据库位置不安全")


def test_backup_panel_restore_confirms_then_quits(qtbot, context_for, tmp_path, monkeypatch):
    from ui.trust import backup_panel

    context = context_for(Role.ADMIN)
    (tmp_path / "usb").mkdir()
    context.preferences.setValue(FOLDER_KEY, str(tmp_path / "usb"))
    panel = BackupPanel(context)
    qtbot.addWidget(panel)
    panel.backup_button.click()
    backup = next((tmp_path / "usb").glob("*.udbak"))
    _employer(context.database, context.actor, "恢复后应消失")
    context.prompt.script(backup, False)
    panel.restore_button.click()
    assert not getattr(context, "restored", False)
    quits, shown = [], context.prompt.recorded("inform")
    context.prompt.script(backup, True)
    monkeypatch.setattr(backup_panel.QApplication, "quit", lambda: quits.append(True))
    panel.restore_button.click()
    assert quits and "before-restore" in shown[-1] and context.restored
    with context.database.read() as session:
        assert session.query(Employer).filter_by(name="恢复后应消失").count() == 0


def test_exit_records_sign_out(qtbot, context_for):
    from desktop.audit_log.query import AuditFilter, AuditService
    from ui.trust.startup import install_trust

    context = context_for(Role.CLERK)
    window = MainWindow(context)
    qtbot.addWidget(window)
    install_trust(window, context).on_exit(window)
    rows = AuditService(context.database).all(context.actor.__class__(None, "审计", Role.AUDITOR),
                                               AuditFilter(action="signout"))
    assert rows and rows[0].officer_name == "赵登记"
