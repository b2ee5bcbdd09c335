"""Dialogs that take more than a few fields: the agreement's terms and the mediation team."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal

from db.enums import MediatorRole
from desktop.cases.forms import AgreementInput, MediatorInput, TermInput
from desktop.errors import UserError, ValidationError
from desktop.money import parse_amount
from ui.cases.widgets import cell, date_edit, read_date, to_qdate
from ui.errors import show_user_error
from ui.qt import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)


class _SubmitDialog(QDialog):
    def __init__(self, title: str, submit: Callable, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._submit = submit
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText("确定")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)

    def _on_ok(self) -> None:
        try:
            self._submit(self.value())
        except UserError as error:
            show_user_error(self, error)
            return
        self.accept()


class AgreementDialog(_SubmitDialog):
    """达成协议: the terms, each with amount, payer, due date (yyyy-mm-dd) and method."""

    def __init__(self, submit: Callable[[AgreementInput], None], payer: str, parent=None,
                 title: str = "达成调解协议") -> None:
        super().__init__(title, submit, parent)
        self.resize(820, 380)
        self.agreed_on = date_edit()
        self.terms = QTableWidget(2, 5, objectName="terms")
        self.terms.setHorizontalHeaderLabels(["协议内容", "金额（元）", "支付方", "履行期限（年-月-日）", "支付方式"])
        self.terms.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.terms.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.total = QLabel(objectName="termsTotal")
        self.terms.itemChanged.connect(lambda _: self._show_total())
        add = QPushButton("添加条款")
        add.clicked.connect(lambda: self.terms.insertRow(self.terms.rowCount()))
        self._payer = payer
        form = QFormLayout()
        form.addRow("协议日期", self.agreed_on)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addStretch(1)
        row.addWidget(self.total)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.terms, 1)
        layout.addLayout(row)
        layout.addWidget(self.buttons)

    def fill(self, agreed_on: date | None, terms) -> None:
        """Start from the agreement as recorded (修改协议条款): each term's cells as the case shows them."""
        if agreed_on is not None:
            self.agreed_on.setDate(to_qdate(agreed_on))
        self.terms.setRowCount(len(terms))
        for row, line in enumerate(terms):
            for column, value in enumerate(line.cells[1:6]):
                self.terms.setItem(row, column, QTableWidgetItem(value.replace(",", "") if column == 1 else value))

    def value(self) -> AgreementInput:
        terms = []
        for r in range(self.terms.rowCount()):
            text, amount = cell(self.terms, r, 0), cell(self.terms, r, 1)
            if text or amount:
                terms.append(TermInput(text, amount, cell(self.terms, r, 2) or self._payer,
                                       _parse_day(cell(self.terms, r, 3), r + 1), cell(self.terms, r, 4)))
        return AgreementInput(read_date(self.agreed_on), tuple(terms))

    def _show_total(self) -> None:
        try:
            total = sum((parse_amount(cell(self.terms, r, 1) or "0") for r in range(self.terms.rowCount())),
                        Decimal("0.00"))
            self.total.setText(f"协议金额合计：{total:,.2f} 元")
        except UserError:
            self.total.setText("金额填写有误")


def _parse_day(text: str, row: int) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text.replace("/", "-"))
    except ValueError:
        raise ValidationError(f"日期「{text}」无法识别，请按 2024-06-30 的格式填写",
                              field=f"协议条款{row}履行期限") from None


class TeamDialog(_SubmitDialog):
    """指派调解员: one mediator, or a team of three with a lead; a recorder if wanted."""

    SLOTS = (("主调解员", MediatorRole.LEAD), ("调解员", MediatorRole.MEMBER), ("调解员", MediatorRole.MEMBER),
             ("记录员", MediatorRole.RECORDER))

    def __init__(self, submit: Callable[[list[MediatorInput]], None], officers, parent=None) -> None:
        super().__init__("指派调解员", submit, parent)
        self.combos = []
        form = QFormLayout()
        for label, _ in self.SLOTS:
            combo = QComboBox()
            combo.addItem("（无）", None)
            for officer in officers:
                combo.addItem(f"{officer.name}（{officer.role}）", officer.id)
            self.combos.append(combo)
            form.addRow(label, combo)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("独任调解只选主调解员；三人调解组须选满主调解员和两名调解员。"))
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def value(self) -> list[MediatorInput]:
        return [MediatorInput(c.currentData(), role) for c, (_, role) in zip(self.combos, self.SLOTS, strict=True)
                if c.currentData() is not None]


def default_due(days: int) -> str:
    return f"{date.today() + timedelta(days=days):%Y-%m-%d}"
