"""The filter bar above the case list: search as you type and the filters, as a CaseFilter."""

from __future__ import annotations

from datetime import date

from db.enums import CaseSource, CaseStatus, DisputeCategory
from desktop.cases.deadlines import NEAR, OVERDUE
from desktop.cases.queries import CaseFilter
from ui.cases.widgets import enum_combo
from ui.qt import QComboBox, QHBoxLayout, QLabel, QLineEdit, QTimer, QWidget, Signal

SEARCH_DELAY_MS = 120
OPEN = "OPEN"


class FilterBar(QWidget):
    changed = Signal(object)  # CaseFilter

    def __init__(self, mediators, streets, parent=None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(objectName="caseSearch", clearButtonEnabled=True)
        self.search.setPlaceholderText("搜索：案件编号、当事人姓名、身份证号、信用代码、单位名称")
        self.status = _status_combo()
        self.year = _year_combo()
        self.source = enum_combo(CaseSource, empty="全部来源")
        self.category = enum_combo(DisputeCategory, empty="全部争议类型")
        self.mediator = _combo("全部调解员", [(m.name, m.id) for m in mediators])
        self.street = _combo("全部街道/乡镇", [(s, s) for s in streets])
        self.clock = _combo("全部期限", [("临近期限", NEAR), ("已超期", OVERDUE)])
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._emit)
        self._layout()
        self.search.textChanged.connect(lambda _: self._timer.start())
        for combo in self.combos():
            combo.currentIndexChanged.connect(lambda _: self._emit())

    def combos(self) -> list[QComboBox]:
        return [self.status, self.year, self.source, self.category, self.mediator, self.street, self.clock]

    def _layout(self) -> None:
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel("筛选："))
        for combo in self.combos():
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            layout.addWidget(combo)
        layout.addStretch(1)

    def current(self) -> CaseFilter:
        status = self.status.currentData()
        statuses = tuple(s for s in CaseStatus if s not in CLOSED_STATES) if status == OPEN else (
            (CaseStatus(status),) if status else ())
        return CaseFilter(statuses=statuses, year=self.year.currentData(), source=self.source.currentData(),
                          category=self.category.currentData(), mediator_id=self.mediator.currentData(),
                          street=self.street.currentData(), clock=self.clock.currentData(), search=self.search.text())

    def _emit(self) -> None:
        self._timer.stop()
        self.changed.emit(self.current())

    def flush(self) -> None:
        """Apply a pending search now (tests, Enter key)."""
        self._emit()


CLOSED_STATES = frozenset({CaseStatus.CLOSED, CaseStatus.ARCHIVED})


def _combo(empty: str, items) -> QComboBox:
    combo = QComboBox()
    combo.addItem(empty, None)
    for text, data in items:
        combo.addItem(text, data)
    return combo


def _status_combo() -> QComboBox:
    combo = _combo("全部状态", [("未结案件", OPEN)])
    for status in CaseStatus:
        combo.addItem(status.label, status.value)
    return combo


def _year_combo() -> QComboBox:
    this_year = date.today().year
    return _combo("全部年份", [(f"{y}年", y) for y in range(this_year, this_year - 6, -1)])
