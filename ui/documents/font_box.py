"""设置 → 文书字体: which font stands in for each official face and what to install.

Finding and reading the fonts takes a moment the first time in a process, so the
box fills itself when it is first shown, not when the settings page is built.
"""

from __future__ import annotations

from desktop.documents.fontreport import font_report
from desktop.documents.fonts import font_set
from desktop.errors import UserError
from ui.qt import QGroupBox, QLabel, Qt, QVBoxLayout

TITLE = "文书字体"


class FontBox(QGroupBox):
    def __init__(self, parent=None) -> None:
        super().__init__(TITLE, parent)
        self.report = QLabel("正在检查本机字体…", objectName="font_report")
        self.report.setWordWrap(True)
        self.report.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        QVBoxLayout(self).addWidget(self.report)
        self._filled = False

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if not self._filled:
            self.fill()

    def fill(self) -> None:
        try:
            lines = font_report(font_set())
        except UserError as error:
            lines = [str(error)]
        self.report.setText("\n".join(lines))
        self._filled = True

