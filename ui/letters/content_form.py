"""The body of a letter as a tabbed form: facts and categories, problems, delivery and deadline."""

from __future__ import annotations

from decimal import Decimal

from db.enums import DayUnit, LetterKind
from desktop.letters import LetterContent, LetterView
from ui.widgets.fields import EnumCombo
from ui.letters.fields import CategoryChecks, ProblemsTable, amount_edit, amount_of
from ui.qt import QCheckBox, QFormLayout, QLineEdit, QPlainTextEdit, QSpinBox, QTabWidget, QWidget


def _text(name: str, text: str | None, height: int = 70) -> QPlainTextEdit:
    edit = QPlainTextEdit(text or "", objectName=name)
    edit.setMinimumHeight(height)
    return edit


class ContentForm(QTabWidget):
    """Edits a ``LetterContent``; ``letter`` gives the starting values (None: empty)."""

    def __init__(self, kind: LetterKind, letter: LetterView | None = None, parent=None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.facts = _text("facts", letter.facts if letter else "", 110)
        self.categories = CategoryChecks(letter.categories if letter else ())
        self.workers = QSpinBox(objectName="workers_affected")
        self.workers.setRange(0, 1000000)
        self.workers.setValue(letter.workers_affected if letter else 0)
        self.amount = amount_edit(letter.amount_involved if letter else Decimal(0), "amount_involved")
        self.problems = ProblemsTable(_problems(letter))
        self.requests = _text("requests", letter.requests if letter else "")
        self._build_delivery_fields(letter)
        self.addTab(self._facts_tab(), "事实与问题类别")
        self.addTab(self._problems_tab(), "问题、依据与整改要求")
        self.addTab(self._delivery_tab(), "主送、期限与抄送")

    def _build_delivery_fields(self, letter: LetterView | None) -> None:
        self.recipient = QLineEdit(letter.recipient_body or "" if letter else "", objectName="recipient_body")
        self.deadline_days = QSpinBox(objectName="deadline_days")
        self.deadline_days.setRange(1, 365)
        self.deadline_days.setValue(letter.deadline_days if letter else 15)
        self.deadline_unit = EnumCombo(DayUnit, current=letter.deadline_unit if letter else None, objectName="deadline_unit")
        self.copy_to = QLineEdit(letter.copy_to or "" if letter else "", objectName="copy_to")
        self.procuratorate = QCheckBox("抄送检察机关", objectName="procuratorate")
        self.procuratorate.setChecked(bool(letter and letter.copied_to_procuratorate))
        self.history = _text("history", letter.history if letter else "", 110)
        self.remarks = QLineEdit(letter.remarks or "" if letter else "", objectName="remarks")

    def _facts_tab(self) -> QWidget:
        page, form = _page()
        form.addRow("查明的事实", self.facts)
        form.addRow("问题类别", self.categories)
        form.addRow("涉及职工（人）", self.workers)
        form.addRow("涉及金额（元）", self.amount)
        return page

    def _problems_tab(self) -> QWidget:
        page, form = _page()
        form.addRow(self.problems)
        form.addRow("总体整改要求", self.requests)
        return page

    def _delivery_tab(self) -> QWidget:
        page, form = _page()
        if self.kind is LetterKind.RECOMMENDATION:
            form.addRow("主送部门", self.recipient)
        form.addRow("期限天数", self.deadline_days)
        form.addRow("期限单位", self.deadline_unit)
        form.addRow("抄送", self.copy_to)
        form.addRow("", self.procuratorate)
        if self.kind is not LetterKind.PROMPT:
            form.addRow("前期监督情况", self.history)
        form.addRow("备注", self.remarks)
        return page

    def content(self) -> LetterContent:
        return LetterContent(
            facts=self.facts.toPlainText(), categories=self.categories.selected(), problems=self.problems.problems(),
            workers_affected=self.workers.value(), amount_involved=amount_of(self.amount, "涉及金额"),
            requests=self.requests.toPlainText(), history=self.history.toPlainText(),
            recipient_body=self.recipient.text(), deadline_days=self.deadline_days.value(),
            deadline_unit=self.deadline_unit.value(), copy_to=self.copy_to.text(),
            copied_to_procuratorate=self.procuratorate.isChecked(), remarks=self.remarks.text(),
        )


def _page() -> tuple[QWidget, QFormLayout]:
    page = QWidget()
    return page, QFormLayout(page)


def _problems(letter: LetterView | None):
    from desktop.letters import ProblemInput

    return tuple(ProblemInput(p.problem, p.legal_basis, p.request) for p in letter.problems) if letter else ()
