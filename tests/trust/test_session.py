"""新建用户 defaults to the least privileged role; 注销/切换用户 back to the sign-in dialog
without quitting; 锁定 until the same officer's password is typed. Read back from the database."""

from __future__ import annotations

import pytest
from sqlalchemy import select, update

from db.enums import Role
from db.models import AuditEntry, Officer
from desktop.auth.officers import OfficerService
from tests.support.keyboard import type_text
from ui.main_window import MainWindow
from ui.qt import QAction, QApplication, Qt, QTimer
from ui.session import WindowSession
from ui.trust.users_view import UsersView

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def officers(sqlite_database):
    """An administrator and a mediator with passwords, both past their first sign-in."""
    service = OfficerService(sqlite_database)
    admin = service.create_first_admin("admin", "孙立新", "start1234")
    service.create(admin, "wang", "王调解", Role.MEDIATOR, "media1234")
    with sqlite_database.write(None) as session:
        session.execute(update(Officer).values(must_change_password=False))
    return admin


def _events(database, action: str) -> list[str]:
    with database.read() as session:
        return list(session.scalars(select(AuditEntry.detail).where(AuditEntry.action == action)))


def test_new_user_dialog_defaults_to_the_least_privileged_role(qtbot, gui_context):
    view = UsersView(gui_context)
    qtbot.addWidget(view)
    view.buttons["add"].click()  # 新建用户 opens its dialog window-modally (open(), not exec())
    dialog = view.new_dialog
    seen = [dialog.role.currentData()]
    dialog.username.setText("zhou")
    dialog.display_name.setText("周新人")
    dialog.password.setText("first1234")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert seen == [Role.AUDITOR]
    with gui_context.database.read() as session:
        assert session.scalar(select(Officer.role).where(Officer.username == "zhou")) == Role.AUDITOR


def _sign_in_later(qtbot, username: str, password: str, seen: list) -> None:
    """Fill the sign-in dialog once it is up (it runs modally)."""
    def fill():
        dialog = QApplication.activeModalWidget()
        seen.append(type(dialog).__name__)
        type_text(qtbot, dialog.username, username)
        type_text(qtbot, dialog.password, password)
        qtbot.mouseClick(dialog.ok_button, LEFT)
    QTimer.singleShot(0, fill)


def test_switch_user_signs_out_and_opens_the_next_officers_window(qtbot, sqlite_database, officers, preferences,
                                                                  qapp):
    session = WindowSession(sqlite_database, preferences=preferences, with_trust=True)
    first = session.open(officers)
    qtbot.addWidget(first)
    seen: list = []
    _sign_in_later(qtbot, "wang", "media1234", seen)
    switch = first.findChild(QAction, "switch-user-action")
    switch.trigger()
    second = session.window
    qtbot.addWidget(second)
    assert seen == ["SignInDialog"] and second is not first and second.isVisible()
    assert second.context.actor.name == "王调解" and second.context.actor.role == Role.MEDIATOR
    assert not first.isVisible() and QApplication.instance().quitOnLastWindowClosed()
    assert any("孙立新" in d and "注销登录" in d for d in _events(sqlite_database, "signout"))
    assert any("王调解" in d for d in _events(sqlite_database, "signin"))
    session.finish()
    assert any("王调解" in d and "退出程序" in d for d in _events(sqlite_database, "signout"))


def test_lock_hides_the_window_until_the_same_officers_password(qtbot, sqlite_database, officers, preferences, qapp):
    session = WindowSession(sqlite_database, preferences=preferences, with_trust=False)
    window = session.open(officers)
    qtbot.addWidget(window)
    window.findChild(QAction, "lock-action").trigger()
    dialog = window.lock_dialog
    assert window.locked and dialog.isVisible() and not window.centralWidget().isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert window.locked and dialog.isVisible()
    type_text(qtbot, dialog.password, "media1234")  # another officer's password
    qtbot.mouseClick(dialog.unlock_button, LEFT)
    assert window.locked and "孙立新" in dialog.error.text() and dialog.password.text() == ""
    with sqlite_database.read() as session_:
        assert session_.scalar(select(Officer.failed_attempts).where(Officer.username == "admin")) == 1
    type_text(qtbot, dialog.password, "start1234")
    qtbot.mouseClick(dialog.unlock_button, LEFT)
    assert not window.locked and window.centralWidget().isVisible() and not dialog.isVisible()
    assert any("孙立新" in d for d in _events(sqlite_database, "unlock"))


def test_ctrl_l_locks(qtbot, gui_context):
    window = MainWindow(gui_context)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.locked
