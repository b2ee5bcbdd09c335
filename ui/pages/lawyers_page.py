"""设置 → 法律援助律师: the lawyers the centre assigns to legal-aid cases (工会法律服务律师 /
值班律师). Pick a row to edit it (保存修改, version-checked), 停用 / 启用 it, or type a new one
and 添加. A deactivated lawyer is no longer offered for 指派 but stays on the cases they handled."""

from __future__ import annotations

from collections.abc import Callable

from db.enums import LawyerKind
from desktop.auth import Permission
from desktop.frontdesk.lawyers import LawyerInput, LawyerView
from ui.changes import watch
from ui.context import AppContext
from ui.qt import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget
from ui.widgets.fields import EnumCombo
from ui.widgets.forms import FormGuard
from ui.widgets.tables import fill, install_list, table_widget


class LawyersPage(QWidget):
    def __init__(self, context: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.context, self.service = context, context.services.lawyers
        self.table = table_widget(("姓名", "类别", "律师事务所", "联系电话", "状态"), "lawyers", stretch=2)
        install_list(self.table, "lawyers", context.preferences)
        self.name = QLineEdit(objectName="lawyerName")
        self.kind = EnumCombo(LawyerKind, objectName="lawyerKind")
        self.firm = QLineEdit(objectName="lawyerFirm")
        self.phone = QLineEdit(objectName="lawyerPhone")
        self.add_button = QPushButton("添加律师", objectName="addLawyer")
        self.save_button = QPushButton("保存修改", objectName="saveLawyer")
        self.toggle_button = QPushButton("停用", objectName="toggleLawyer")
        self.guard = FormGuard(self)
        self.rows: list[LawyerView] = []
        self._build()
        self.table.currentCellChanged.connect(lambda row, *_: self._pick(row))
        self.add_button.clicked.connect(self.add)
        self.save_button.clicked.connect(self.save)
        self.toggle_button.clicked.connect(self.toggle)
        watch(self, context.changes, self.reload, ("legal_aid_lawyer",), load_on_show=False)
        self.reload()

    def _build(self) -> None:
        form = QFormLayout()
        for label, widget in (("姓名", self.name), ("类别", self.kind), ("律师事务所", self.firm),
                              ("联系电话", self.phone)):
            form.addRow(label, widget)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.add_button, self.save_button, self.toggle_button):
            buttons.addWidget(button)
            button.setEnabled(self.context.can(Permission.SETTINGS))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("指派法律援助案件时可选的律师。停用后不再供指派，已办案件仍显示原律师。", wordWrap=True))
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)

    def reload(self) -> None:
        self.rows = self.service.list(include_inactive=True)
        fill(self.table, [(x.name, x.kind.label, x.firm, x.phone, "在用" if x.active else "已停用") for x in self.rows])

    def current(self) -> LawyerView | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _pick(self, row: int) -> None:
        lawyer = self.rows[row] if 0 <= row < len(self.rows) else None
        if lawyer is None:
            return
        self.name.setText(lawyer.name)
        self.kind.set_value(lawyer.kind)
        self.firm.setText(lawyer.firm)
        self.phone.setText(lawyer.phone)
        self.toggle_button.setText("停用" if lawyer.active else "启用")

    def _data(self) -> LawyerInput:
        return LawyerInput(self.name.text(), self.kind.value(), self.firm.text(), self.phone.text())

    def _run(self, call: Callable[[], object]) -> bool:
        fields = {"律师姓名": self.name, "律师事务所": self.firm, "联系电话": self.phone}
        if self.guard.attempt(lambda: call() or True, fields) is None:
            return False
        self.reload()
        return True

    def add(self) -> None:
        if self._run(lambda: self.service.add(self.context.actor, self._data())):
            for edit in (self.name, self.firm, self.phone):
                edit.clear()

    def save(self) -> None:
        lawyer = self.current()
        if lawyer is not None:
            self._run(lambda: self.service.edit(self.context.actor, lawyer.id, self._data(), lawyer.version))

    def toggle(self) -> None:
        lawyer = self.current()
        if lawyer is not None:
            self._run(lambda: self.service.set_active(self.context.actor, lawyer.id, not lawyer.active,
                                                      lawyer.version))
