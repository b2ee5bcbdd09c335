"""The filter bar over the letter list: employer, street, kind, status, year."""

from __future__ import annotations

from db.enums import LetterKind, LetterStatus
from desktop.letters import LetterFilter
from ui.widgets.fields import EnumCombo
from ui.qt import QHBoxLayout, QLabel, QLineEdit, QWidget, Signal

YEARS = range(2020, 2031)


class _Year:
    def __init__(self, year: int) -> None:
        self.year, self.label = year, f"{year}年"


class LetterFilterBar(QWidget):
    changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.employer = QLineEdit(objectName="filter_employer", placeholderText="用人单位或文书编号")
        self.street = QLineEdit(objectName="filter_street", placeholderText="街道/乡镇")
        self.kind = EnumCombo(LetterKind, blank="全部", objectName="filter_kind")
        self.status = EnumCombo(LetterStatus, blank="全部", objectName="filter_status")
        self.years = [_Year(y) for y in YEARS]
        self.year = EnumCombo(self.years, blank="全部", objectName="filter_year")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for label, widget in (("单位/文号", self.employer), ("街道", self.street), ("文书", self.kind),
                              ("状态", self.status), ("年度", self.year)):
            layout.addWidget(QLabel(label))
            layout.addWidget(widget)
        for edit in (self.employer, self.street):
            edit.textChanged.connect(self.changed)
        for combo in (self.kind, self.status, self.year):
            combo.currentIndexChanged.connect(self.changed)

    def value(self) -> LetterFilter:
        return LetterFilter(employer=self.employer.text(), street=self.street.text(), kind=self.kind.value(),
                            status=self.status.value(), year=_year(self.year.value()))


def _year(choice: _Year | None) -> int | None:
    return choice.year if choice else None
