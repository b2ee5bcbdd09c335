"""设置 → 文书字体: which font stands in for each official face and what to install.

Finding and reading the fonts takes seconds the first time in a process, so the
box fills itself when it is first shown, not when the settings page is built, and
the reading runs on the task runner's worker (「正在检查本机字体…」 meanwhile).
"""

from __future__ import annotations

from desktop.documents.fontreport import font_report
from desktop.documents.fonts import font_set
from desktop.errors import UserError
from ui.qt import QGroupBox, QLabel, Qt, QVBoxLayout
from ui.tasks import TaskRunner

TITLE = "文书字体"


class FontBox(QGroupBox):
    def __init__(self, runner: TaskRunner, parent=None) -> None:
        super().__init__(TITLE, parent)
        self.runner = runner
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
        self._filled = True
        self.runner.run(lambda _control: _report_lines(), self._show, self._failed)

    def _show(self, lines: list[str]) -> None:
        self.report.setText("\n".join(lines))

    def _failed(self, error: BaseException) -> None:
        self._filled = False  # shown again, it tries again
        raise error


def _report_lines() -> list[str]:
    """What the box says; on the worker."""
    try:
        return font_report(font_set())
    except UserError as error:
        return [str(error)]

