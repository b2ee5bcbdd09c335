"""我的账户: who is signed in, and changing one's own password."""

from __future__ import annotations

from ui.context import AppContext
from ui.qt import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget
from ui.widgets.prompts import prompt_for


class AccountView(QWidget):
    def __init__(self, context: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        actor = context.actor
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"当前用户：{actor.name}（{actor.role.label}）"))
        self.change_button = QPushButton("修改我的密码…", objectName="change_password")
        self.change_button.setEnabled(actor.officer_id is not None)
        self.change_button.clicked.connect(self.change_password)
        row = QHBoxLayout()
        row.addWidget(self.change_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)

    def change_password(self) -> None:
        from ui.signin import ChangePasswordDialog

        dialog = ChangePasswordDialog(self.context.services.officers, self.context.actor, parent=self)
        if dialog.exec():
            prompt_for(self).inform(self, "修改密码", "密码已修改。")
