"""用户管理: the administrator adds officers, resets passwords, changes roles, deactivates."""

from __future__ import annotations

from db.enums import Role
from desktop.auth.officers import OfficerRow
from desktop.auth.permissions import roles_by_privilege
from desktop.errors import UserError
from ui.changes import watch
from ui.context import AppContext
from ui.errors import show_user_error
from ui.qt import (
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from ui.widgets.forms import GuardedDialog
from ui.widgets.prompts import prompt_for
from ui.widgets.tables import install_list

HEADERS = ["用户名", "姓名", "角色", "状态", "须改密码"]


class UsersView(QWidget):
    def __init__(self, context: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.service = context.services.officers
        self.rows: list[OfficerRow] = []
        self.table = QTableWidget(0, len(HEADERS), objectName="officers")
        install_list(self.table, "officers", context.preferences)
        self.buttons = {name: QPushButton(text, objectName=name) for name, text in (
            ("add", "新建用户…"), ("reset", "重置密码…"), ("role", "修改角色…"),
            ("toggle", "停用/启用"), ("unlock", "解除锁定"))}
        self._build()
        self.reload()
        watch(self, context.changes, self.reload, ("officer",))

    def _build(self) -> None:
        self.table.setHorizontalHeaderLabels(HEADERS)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        row = QHBoxLayout()
        for button in self.buttons.values():
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        actions = {"add": self.add, "reset": self.reset, "role": self.change_role,
                   "toggle": self.toggle_active, "unlock": self.unlock}
        for name, slot in actions.items():
            self.buttons[name].clicked.connect(slot)

    def reload(self) -> None:
        self.rows = self.service.list(self.context.actor)
        self.table.setRowCount(len(self.rows))
        for index, officer in enumerate(self.rows):
            state = "有效" if officer.active else "已停用"
            if officer.locked_until:
                state += "（曾锁定）"
            cells = [officer.username, officer.display_name, officer.role.label, state,
                     "是" if officer.must_change_password else ""]
            for column, text in enumerate(cells):
                self.table.setItem(index, column, QTableWidgetItem(text))

    def selected(self) -> OfficerRow | None:
        index = self.table.currentRow()
        return self.rows[index] if 0 <= index < len(self.rows) else None

    def _run(self, action, done: str) -> None:
        try:
            action()
        except UserError as error:
            show_user_error(self, error)
            return
        self.reload()
        prompt_for(self).inform(self, "用户管理", done)

    def add(self) -> NewOfficerDialog:
        """新建用户: the dialog stays open with its input until the service accepts it."""
        self.new_dialog = NewOfficerDialog(lambda *values: self.service.create(self.context.actor, *values), self)
        self.new_dialog.accepted.connect(self._created)
        self.new_dialog.open()
        return self.new_dialog

    def _created(self) -> None:
        self.reload()
        prompt_for(self).inform(self, "用户管理", f"已创建用户「{self.new_dialog.values()[1]}」。首次登录时须修改密码。")

    def reset(self) -> None:
        officer = self.selected()
        if officer is None:
            return
        password = prompt_for(self).ask_text(self, "重置密码", f"为「{officer.display_name}」设置临时密码（至少 8 位）：",
                                             secret=True)
        if password is not None:
            self._run(lambda: self.service.reset_password(self.context.actor, officer.id, password),
                      "密码已重置，对方下次登录时须修改密码。")

    def change_role(self) -> None:
        officer = self.selected()
        if officer is None:
            return
        labels = [role.label for role in Role]
        label = prompt_for(self).choose(self, "修改角色", f"「{officer.display_name}」的新角色：", labels,
                                        labels.index(officer.role.label))
        if label is not None:
            self._run(lambda: self.service.change_role(self.context.actor, officer.id, Role.from_label(label)),
                      "角色已修改，对方重新登录后生效。")

    def toggle_active(self) -> None:
        officer = self.selected()
        if officer is not None:
            self._run(lambda: self.service.set_active(self.context.actor, officer.id, not officer.active),
                      "已启用该用户。" if not officer.active else "已停用该用户。")

    def unlock(self) -> None:
        officer = self.selected()
        if officer is not None:
            self._run(lambda: self.service.unlock(self.context.actor, officer.id), "已解除锁定。")


class NewOfficerDialog(GuardedDialog):
    def __init__(self, submit, parent=None) -> None:
        super().__init__(parent)
        self.submit = submit
        self.setWindowTitle("新建用户")
        self.username = QLineEdit(objectName="username")
        self.display_name = QLineEdit(objectName="display_name")
        self.role = QComboBox(objectName="role")
        for role in roles_by_privilege():  # least privileged first, and chosen by default
            self.role.addItem(role.label, role)
        self.role.setCurrentIndex(0)
        self.password = QLineEdit(objectName="password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout(self)
        for label, widget in (("用户名", self.username), ("姓名", self.display_name), ("角色", self.role),
                              ("初始密码", self.password)):
            form.addRow(label, widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.create)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.guard.watch(self.username, self.display_name, self.role, self.password)

    def create(self) -> None:
        fields = {"用户名": self.username, "姓名": self.display_name, "角色": self.role, "密码": self.password,
                  "初始密码": self.password}
        if self.guard.attempt(lambda: self.submit(*self.values()) or True, fields):
            self.accept()

    def values(self) -> tuple:
        return (self.username.text(), self.display_name.text(), self.role.currentData(), self.password.text())
