"""Signing in at start: the first run creates the administrator; a reset password must be changed."""

from __future__ import annotations

from db.engine import Database
from desktop.auth import Actor
from desktop.auth.officers import MIN_PASSWORD_LENGTH, OfficerService
from desktop.auth.signin import authenticate, demo_hint
from desktop.errors import UserError
from ui.qt import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget


def sign_in(database: Database, officers: OfficerService, parent: QWidget | None = None) -> Actor | None:
    """The officer who signed in, or None when they cancelled (``officers``: the program's one service)."""
    if not officers.has_officers():
        dialog = FirstRunDialog(officers, parent)
    else:
        dialog = SignInDialog(database, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    actor = dialog.actor
    if officers.must_change_password(actor):
        change = ChangePasswordDialog(officers, actor, forced=True, parent=parent)
        if change.exec() != QDialog.DialogCode.Accepted:
            return None
    return actor


def _password_edit(name: str) -> QLineEdit:
    edit = QLineEdit(objectName=name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def _error_label() -> QLabel:
    label = QLabel(objectName="error")
    label.setStyleSheet("color: #b00020;")
    label.setWordWrap(True)
    label.hide()
    return label


class _FormDialog(QDialog):
    """A titled form with an error line and OK/Cancel buttons."""

    def __init__(self, title: str, ok_text: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        self.actor: Actor | None = None
        self.layout_ = QVBoxLayout(self)
        self.form = QFormLayout()
        self.error = _error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)

    def finish_layout(self, intro: str | None = None) -> None:
        heading = QLabel(self.windowTitle(), objectName="heading")
        heading.setStyleSheet("font-size: 17px; font-weight: bold; padding-bottom: 6px;")
        self.layout_.addWidget(heading)
        if intro:
            label = QLabel(intro)
            label.setWordWrap(True)
            self.layout_.addWidget(label)
        self.layout_.addLayout(self.form)
        self.layout_.addWidget(self.error)
        self.layout_.addWidget(self.buttons)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _submit(self) -> None:
        try:
            self.submit()
        except UserError as error:
            self.show_error(str(error))
            return
        self.accept()

    def submit(self) -> None:
        raise NotImplementedError


class SignInDialog(_FormDialog):
    def __init__(self, database: Database, parent=None) -> None:
        super().__init__("登录 — 工会调解工作台", "登录", parent)
        self._database = database
        self.username = QLineEdit(objectName="username")
        self.password = _password_edit("password")
        self.form.addRow("用户名", self.username)
        self.form.addRow("密码", self.password)
        self.finish_layout("请输入您的用户名和密码。")
        self.hint = QLabel(demo_hint(database) or "", objectName="demo_hint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555; background: #fff8dc; padding: 6px;")
        self.hint.setVisible(bool(self.hint.text()))
        self.layout_.insertWidget(1, self.hint)

    def submit(self) -> None:
        try:
            self.actor = authenticate(self._database, self.username.text(), self.password.text())
        except UserError:
            self.password.clear()
            self.password.setFocus()
            raise


class FirstRunDialog(_FormDialog):
    def __init__(self, officers: OfficerService, parent=None) -> None:
        super().__init__("首次使用 — 创建管理员", "创建并登录", parent)
        self._officers = officers
        self.username = QLineEdit("admin", objectName="username")
        self.display_name = QLineEdit(objectName="display_name")
        self.password = _password_edit("password")
        self.confirm = _password_edit("confirm")
        for label, widget in (("用户名", self.username), ("姓名", self.display_name),
                              ("密码", self.password), ("确认密码", self.confirm)):
            self.form.addRow(label, widget)
        self.finish_layout("这是第一次使用本程序。请创建管理员账户：管理员负责添加其他工作人员、"
                           f"分配角色、维护设置。密码至少 {MIN_PASSWORD_LENGTH} 位，须含字母和数字。")

    def submit(self) -> None:
        if self.password.text() != self.confirm.text():
            raise UserError("两次输入的密码不一致。")
        self.actor = self._officers.create_first_admin(
            self.username.text(), self.display_name.text(), self.password.text())


class ChangePasswordDialog(_FormDialog):
    def __init__(self, officers: OfficerService, actor: Actor, *, forced: bool = False, parent=None) -> None:
        super().__init__("修改密码", "修改密码", parent)
        self._officers = officers
        self.actor = actor
        self.old = _password_edit("old")
        self.new = _password_edit("new")
        self.confirm = _password_edit("confirm")
        for label, widget in (("原密码", self.old), ("新密码", self.new), ("确认新密码", self.confirm)):
            self.form.addRow(label, widget)
        intro = "管理员已重置您的密码，请先设置自己的新密码。" if forced else None
        self.finish_layout(intro or f"新密码至少 {MIN_PASSWORD_LENGTH} 位，须含字母和数字。")

    def submit(self) -> None:
        if self.new.text() != self.confirm.text():
            raise UserError("两次输入的新密码不一致。")
        self._officers.change_own_password(self.actor, self.old.text(), self.new.text())
