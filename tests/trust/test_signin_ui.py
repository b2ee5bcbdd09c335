"""The sign-in, first-run and forced password-change dialogs."""

from __future__ import annotations

import pytest

from db.enums import Role
from desktop.auth.officers import OfficerService
from tests.support.keyboard import type_text
from ui import signin
from ui.qt import QDialog, Qt


@pytest.fixture
def officers(sqlite_database):
    return OfficerService(sqlite_database)


def _click_ok(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def test_sign_in_with_right_password(qtbot, sqlite_database, officers):
    admin = officers.create_first_admin("admin", "孙立新", "start1234")
    dialog = signin.SignInDialog(sqlite_database)
    qtbot.addWidget(dialog)
    type_text(qtbot, dialog.username, "admin")
    type_text(qtbot, dialog.password, "start1234")
    _click_ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.actor == admin
    assert not dialog.hint.isVisibleTo(dialog)


def test_wrong_password_shows_message_and_stays_open(qtbot, sqlite_database, officers):
    officers.create_first_admin("admin", "孙立新", "start1234")
    dialog = signin.SignInDialog(sqlite_database)
    qtbot.addWidget(dialog)
    type_text(qtbot, dialog.username, "admin")
    type_text(qtbot, dialog.password, "wrong")
    _click_ok(qtbot, dialog)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "用户名或密码不正确" in dialog.error.text() and dialog.password.text() == ""


def test_demo_database_shows_password_hint(qtbot, sqlite_database, officers):
    admin = officers.create_first_admin("admin", "孙立新", "start1234")
    officers.reset_password(admin, admin.officer_id, "demo1234")
    dialog = signin.SignInDialog(sqlite_database)
    qtbot.addWidget(dialog)
    assert dialog.hint.isVisibleTo(dialog) and "demo1234" in dialog.hint.text()


def test_first_run_creates_the_administrator(qtbot, sqlite_database, officers):
    dialog = signin.FirstRunDialog(officers)
    qtbot.addWidget(dialog)
    type_text(qtbot, dialog.display_name, "孙立新")
    type_text(qtbot, dialog.password, "start1234")
    type_text(qtbot, dialog.confirm, "start9999")
    _click_ok(qtbot, dialog)
    assert "不一致" in dialog.error.text()
    dialog.confirm.clear()
    type_text(qtbot, dialog.confirm, "start1234")
    _click_ok(qtbot, dialog)
    assert dialog.actor.role == Role.ADMIN and dialog.actor.name == "孙立新"


def _fake_exec(fill):
    def run(self):
        fill(self)
        self._submit()
        return self.result()
    return run


def test_sign_in_flow_forces_password_change_after_reset(qtbot, sqlite_database, officers, monkeypatch):
    admin = officers.create_first_admin("admin", "孙立新", "start1234")
    clerk_id = officers.create(admin, "zhao", "赵登记", Role.CLERK, "first1234")

    def sign(dialog):
        dialog.username.setText("zhao")
        dialog.password.setText("first1234")

    def change(dialog):
        dialog.old.setText("first1234")
        dialog.new.setText("mine12345")
        dialog.confirm.setText("mine12345")

    monkeypatch.setattr(signin.SignInDialog, "exec", _fake_exec(sign))
    monkeypatch.setattr(signin.ChangePasswordDialog, "exec", _fake_exec(change))
    actor = signin.sign_in(sqlite_database, OfficerService(sqlite_database))
    assert actor.officer_id == clerk_id and not officers.must_change_password(actor)


def test_cancelled_forced_change_does_not_sign_in(sqlite_database, officers, monkeypatch):
    admin = officers.create_first_admin("admin", "孙立新", "start1234")
    officers.create(admin, "zhao", "赵登记", Role.CLERK, "first1234")
    monkeypatch.setattr(signin.SignInDialog, "exec", _fake_exec(
        lambda d: (d.username.setText("zhao"), d.password.setText("first1234"))))
    monkeypatch.setattr(signin.ChangePasswordDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert signin.sign_in(sqlite_database, OfficerService(sqlite_database)) is None


def test_first_run_flow_when_no_officer(sqlite_database, monkeypatch):
    def fill(dialog):
        dialog.display_name.setText("孙立新")
        dialog.password.setText("start1234")
        dialog.confirm.setText("start1234")

    monkeypatch.setattr(signin.FirstRunDialog, "exec", _fake_exec(fill))
    actor = signin.sign_in(sqlite_database, OfficerService(sqlite_database))
    assert actor.role == Role.ADMIN
