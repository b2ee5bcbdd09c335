"""The year's headline figures: one box per area of work, each figure labelled, its definition as a tooltip."""

from __future__ import annotations

from desktop.stats import YearFigures
from desktop.stats.labels import SECTIONS, Section, display, value_of
from ui.qt import QGridLayout, QGroupBox, QHBoxLayout, QLabel, Qt, QWidget

VALUE_STYLE = "font-size: 17px; font-weight: bold; color: #1f4e79;"
ROWS_PER_COLUMN = 7


class HeadlinePanel(QWidget):
    """Shows a ``YearFigures``; ``values[(section, key)]`` is the label holding each figure."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.values: dict[tuple[str, str], QLabel] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for section in SECTIONS:
            layout.addWidget(self._box(section), 1 + (len(section.figures) - 1) // ROWS_PER_COLUMN)

    def _box(self, section: Section) -> QGroupBox:
        box = QGroupBox(section.title)
        grid = QGridLayout(box)
        grid.setHorizontalSpacing(14)
        for index, figure in enumerate(section.figures):
            row, pair = index % ROWS_PER_COLUMN, index // ROWS_PER_COLUMN
            name = QLabel(figure.label)
            value = QLabel("—", objectName=f"{section.attribute}.{figure.key}")
            value.setStyleSheet(VALUE_STYLE)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for label in (name, value):
                label.setToolTip(figure.definition)
            grid.addWidget(name, row, pair * 2)
            grid.addWidget(value, row, pair * 2 + 1)
            self.values[(section.attribute, figure.key)] = value
        grid.setRowStretch(ROWS_PER_COLUMN, 1)
        return box

    def show_figures(self, figures: YearFigures) -> None:
        for section in SECTIONS:
            for figure in section.figures:
                self.values[(section.attribute, figure.key)].setText(display(value_of(figures, section, figure)))

    def text_of(self, section: str, key: str) -> str:
        return self.values[(section, key)].text()
