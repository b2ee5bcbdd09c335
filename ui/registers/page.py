"""台账导出: the area with an export tab and an import tab, both on the application's task runner."""

from __future__ import annotations

from desktop.auth import Permission
from ui.context import AppContext
from ui.qt import QTabWidget, QWidget
from ui.registers.export_panel import ExportPanel
from ui.registers.import_panel import ImportPanel

TITLE = "台账导出"


def create(context: AppContext, parent=None) -> QWidget:
    return RegistersPage(context, parent)


class RegistersPage(QTabWidget):
    def __init__(self, context: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.export_panel = ExportPanel(context, context.runner, self)
        self.import_panel = ImportPanel(context, context.runner, self)
        self.addTab(self.export_panel, "导出台账")
        self.addTab(self.import_panel, "导入台账")
        self.setTabEnabled(1, context.can(Permission.IMPORT))
        if not context.can(Permission.IMPORT):
            self.setTabToolTip(1, "您的角色无权导入台账")
