"""Editing a payout rule as a form; it reads and writes the shared rule JSON."""

from __future__ import annotations

import json

from desktop.claims import rules
from ui.claims.common import money_edit, select_data
from ui.qt import (
    QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QSpinBox, QStackedWidget, QTableWidget,
    QTableWidgetItem, QWidget,
)

TYPES = ((rules.RATIO, "起付线＋比例＋封顶"), (rules.FIXED, "按等级定额给付"))


class RuleEditor(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.kind = QComboBox(objectName="rule_type")
        for value, label in TYPES:
            self.kind.addItem(label, value)
        self.base = QComboBox(objectName="rule_base")
        for value, label in rules.BASES.items():
            self.base.addItem(label, value)
        self.deductible, self.ratio = money_edit("rule_deductible"), QLineEdit(objectName="rule_ratio")
        self.ratio.setPlaceholderText("如 0.50")
        self.per_claim_cap, self.per_year_cap = money_edit("rule_claim_cap"), money_edit("rule_year_cap")
        self.grades = QTableWidget(4, 2, objectName="rule_grades")
        self.grades.setHorizontalHeaderLabels(["等级", "金额（元）"])
        self.waiting = _spin("rule_waiting", 0, 730)
        self.window_on = QCheckBox("申请时限（天）", checked=True, objectName="rule_window_on")
        self.window = _spin("rule_window", 1, 3650)
        self.stack = QStackedWidget()
        self._build()
        self.kind.currentIndexChanged.connect(self.stack.setCurrentIndex)
        self.window_on.toggled.connect(self.window.setEnabled)

    def _build(self) -> None:
        ratio_page = QWidget()
        ratio_form = QFormLayout(ratio_page)
        ratio_form.addRow("计算基数", self.base)
        ratio_form.addRow("起付线（元）", self.deductible)
        ratio_form.addRow("给付比例", self.ratio)
        ratio_form.addRow("单次封顶（元，空为不限）", self.per_claim_cap)
        self.stack.addWidget(ratio_page)
        self.stack.addWidget(self.grades)
        form = QFormLayout(self)
        form.addRow("规则类型", self.kind)
        form.addRow(self.stack)
        form.addRow("年度封顶（元，空为不限）", self.per_year_cap)
        form.addRow("等待期（天，自参保起算）", self.waiting)
        row = QHBoxLayout()
        row.addWidget(self.window)
        row.addWidget(QLabel("自事故或出院日起算"))
        form.addRow(self.window_on, row)

    def rule_json(self) -> str:
        """The rule as JSON; ``rules.parse_rule`` checks it in the service."""
        data = {"type": self.kind.currentData(), "waiting_days": self.waiting.value(),
                "claim_window_days": self.window.value() if self.window_on.isChecked() else None,
                "per_year_cap": _text_or_none(self.per_year_cap)}
        if data["type"] == rules.FIXED:
            data["grades"] = self._grades()
        else:
            data.update(base=self.base.currentData(), deductible=self.deductible.text().strip() or "0",
                        ratio=self.ratio.text().strip(), per_claim_cap=_text_or_none(self.per_claim_cap))
        return json.dumps(data, ensure_ascii=False)

    def _grades(self) -> dict[str, str]:
        grades = {}
        for row in range(self.grades.rowCount()):
            name, amount = (self.grades.item(row, c) for c in (0, 1))
            if name and name.text().strip():
                grades[name.text().strip()] = amount.text().strip() if amount else ""
        return grades

    def load(self, rule_json: str | None) -> None:
        rule = rules.parse_rule(rule_json) if rule_json else None
        if rule is None:
            return
        select_data(self.kind, rule.type)
        self.per_year_cap.setText(_str(rule.limits.per_year_cap))
        self.waiting.setValue(rule.limits.waiting_days)
        self.window_on.setChecked(rule.limits.claim_window_days is not None)
        self.window.setValue(rule.limits.claim_window_days or 365)
        if isinstance(rule, rules.FixedRule):
            self._load_grades(rule.grades)
        else:
            select_data(self.base, rule.base)
            self.deductible.setText(_str(rule.deductible))
            self.ratio.setText(str(rule.ratio))
            self.per_claim_cap.setText(_str(rule.per_claim_cap))

    def _load_grades(self, grades) -> None:
        self.grades.clearContents()
        self.grades.setRowCount(max(4, len(grades) + 1))
        for row, (name, amount) in enumerate(grades.items()):
            self.grades.setItem(row, 0, QTableWidgetItem(name))
            self.grades.setItem(row, 1, QTableWidgetItem(f"{amount:.2f}"))


def _spin(name: str, low: int, high: int) -> QSpinBox:
    spin = QSpinBox(objectName=name)
    spin.setRange(low, high)
    return spin


def _text_or_none(edit: QLineEdit) -> str | None:
    return edit.text().strip() or None


def _str(value) -> str:
    return "" if value is None else f"{value:.2f}"
