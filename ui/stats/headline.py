"""The year's headline figures: one box per area of work, each figure labelled, its definition as a tooltip."""

from __future__ import annotations

from desktop.stats import YearFigures
from desktop.stats.labels import SECTIONS, Section, display, value_of
from ui.qt import QGridLayout, QGroupBox, QHBoxLayout, QLabel, Qt, QVBoxLayout, QWidget

VALUE_STYLE = "font-size: 17px; font-weight: bold; color: #1f4e79;"
ROWS_PER_COLUMN = 7
# The front desk's boxes sit in a second, low row (two lines of figures each), so that at
# 1366×768 the first row keeps its room and the tables below stay tall.
SECOND_ROW = ("consultations", "legal_aid", "tickets", "aid")
SECOND_ROW_LINES = 2


class HeadlinePanel(QWidget):
    """Shows a ``YearFigures``; ``values[(section, key)]`` is the label holding each figure."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.values: dict[tuple[str, str], QLabel] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        first, second = QHBoxLayout(), QHBoxLayout()
        for section in SECTIONS:
            lines = SECOND_ROW_LINES if section.attribute in SECOND_ROW else ROWS_PER_COLUMN
            row = second if section.attribute in SECOND_ROW else first
            row.addWidget(self._box(section, lines), 1 + (len(section.figures) - 1) // lines)
        layout.addLayout(first)
        layout.addLayout(second)

    def _box(self, section: Section, lines: int = ROWS_PER_COLUMN) -> QGroupBox:
        box = QGroupBox(section.title)
        grid = QGridLayout(box)
        grid.setHorizontalSpacing(14)
        for index, figure in enumerate(section.figures):
            row, pair = index % lines, index // lines
            name = QLabel(figure.label)
            value = QLabel("—", objectName=f"{section.attribute}.{figure.key}")
            value.setStyleSheet(VALUE_STYLE)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for label in (name, value):
                label.setToolTip(figure.definition)
            grid.addWidget(name, row, pair * 2)
            grid.addWidget(value, row, pair * 2 + 1)
            self.values[(section.attribute, figure.key)] = value
        grid.setRowStretch(lines, 1)
        return box

    def show_figures(self, figures: YearFigures) -> None:
        for section in SECTIONS:
            for figure in section.figures:
                self.values[(section.attribute, figure.key)].setText(display(value_of(figures, section, figure)))

    def text_of(self, section: str, key: str) -> str:
        return self.values[(section, key)].text()
