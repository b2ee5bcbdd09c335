"""锁定: the window hidden behind a dialog until the same officer's password is typed.

The officer steps away without signing out: nothing on screen can be read or used
until the password is entered again (or the officer chooses 注销/切换用户).
"""

from __future__ import annotations

from collections.abc import Callable

from db.engine import Database
from desktop.auth import Actor
from desktop.auth.signin import confirm_password
from desktop.errors import UserError
from ui.qt import QDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, Qt, QVBoxLayout


class LockDialog(QDialog):
    """Modal over the main window; Esc and the close button do nothing."""

    def __init__(self, database: Database, actor: Actor, switch_user: Callable[[], None], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle("工作台已锁定")
        self.setModal(True)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        self._database, self._actor, self._switch_user = database, actor, switch_user
        self.password = QLineEdit(objectName="password", echoMode=QLineEdit.EchoMode.Password)
        self.error = QLabel(objectName="error", wordWrap=True, styleSheet="color: #b00020;")
        self.error.hide()
        self.unlock_button = QPushButton("解锁", objectName="unlock", default=True)
        self.switch_button = QPushButton("注销/切换用户", objectName="switch_user")
        self._layout()
        self.unlock_button.clicked.connect(self.unlock)
        self.password.returnPressed.connect(self.unlock)
        self.switch_button.clicked.connect(self._switch)

    def _layout(self) -> None:
        layout = QVBoxLayout(self)
        heading = QLabel("工作台已锁定", styleSheet="font-size: 17px; font-weight: bold;")
        layout.addWidget(heading)
        layout.addWidget(QLabel(f"当前用户：{self._actor.name}（{self._actor.role.label}）。请输入该用户的登录密码解锁。",
                                wordWrap=True))
        layout.addWidget(self.password)
        layout.addWidget(self.error)
        row = QHBoxLayout()
        row.addWidget(self.switch_button)
        row.addStretch(1)
        row.addWidget(self.unlock_button)
        layout.addLayout(row)
        self.setMinimumWidth(420)

    def unlock(self) -> None:
        try:
            confirm_password(self._database, self._actor, self.password.text())
        except UserError as error:
            self.password.clear()
            self.error.setText(str(error))
            self.error.show()
            return
        self.accept()

    def _switch(self) -> None:
        self.done(QDialog.DialogCode.Accepted)
        self._switch_user()

    def reject(self) -> None:
        """Esc cannot unlock the window."""
