"""台账导出: the area with an export tab and an import tab sharing one task runner."""

from __future__ import annotations

from desktop.auth import Permission
from ui.context import AppContext
from ui.qt import QTabWidget, QWidget
from ui.registers.export_panel import ExportPanel
from ui.registers.import_panel import ImportPanel
from ui.tasks import TaskRunner

TITLE = "台账导出"


def create(context: AppContext, parent=None) -> QWidget:
    return RegistersPage(context, TaskRunner(), parent)


class RegistersPage(QTabWidget):
    def __init__(self, context: AppContext, runner: TaskRunner, parent=None) -> None:
        super().__init__(parent)
        self.export_panel = ExportPanel(context, runner, self)
        self.import_panel = ImportPanel(context, runner, self)
        self.addTab(self.export_panel, "导出台账")
        self.addTab(self.import_panel, "导入台账")
        self.setTabEnabled(1, context.can(Permission.IMPORT))
        if not context.can(Permission.IMPORT):
            self.setTabToolTip(1, "您的角色无权导入台账")

    def set_runner(self, runner: TaskRunner) -> None:
        """Tests run tasks inline: ``page.set_runner(TaskRunner(synchronous=True))``."""
        self.export_panel.runner = runner
        self.import_panel.runner = runner
