"""导入台账: choose a workbook, preview what it creates and matches and every problem, then confirm.

Nothing is written before 确认导入, which is enabled only for a preview without errors;
the import then writes all rows or none, off the GUI thread, and can be cancelled.
"""

from __future__ import annotations

from pathlib import Path

from desktop.errors import UserError
from desktop.registers_io import IMPORTS, ImportOptions, ImportPlan, apply_import, plan_import
from desktop.registers_io.importing import IMPORT_LABELS
from ui.context import AppContext
from ui.errors import show_user_error
from ui.qt import (
    QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSplitter,
    Qt, QVBoxLayout, QWidget,
)
from ui.registers import plan_view
from ui.tasks import TaskControl, TaskRunner
from ui.widgets.prompts import prompt_for


class ImportPanel(QWidget):
    def __init__(self, context: AppContext, runner: TaskRunner, parent=None) -> None:
        super().__init__(parent)
        self.context, self.runner = context, runner
        self.plan: ImportPlan | None = None
        self.kind = QComboBox(objectName="import_kind")
        for key in IMPORTS:
            self.kind.addItem(IMPORT_LABELS[key], key)
        self.file = QLineEdit(objectName="import_file", placeholderText="选择要导入的 Excel 台账（.xlsx）")
        self.preview_button = QPushButton("预览", objectName="preview_button", clicked=self.start_preview)
        self.confirm_button = QPushButton("确认导入", objectName="confirm_button", clicked=self.start_import)
        self.confirm_button.setEnabled(False)
        self.add_mediators = QCheckBox("添加缺少的调解员（作为不能登录的调解员，与本次导入一并写入）",
                                       objectName="add_missing_mediators", visible=False)
        self.add_mediators.toggled.connect(self._mediators_toggled)
        self.summary = QLabel("选择文件后点击“预览”：先检查每一行，确认前不会写入任何数据。",
                              objectName="import_summary", wordWrap=True)
        self.entries, self.problems = plan_view.entries_table(), plan_view.problems_table()
        self._build()
        self.kind.currentIndexChanged.connect(self._new_source)
        self.file.textChanged.connect(self._new_source)

    def _build(self) -> None:
        form = QFormLayout()
        form.addRow("台账", self.kind)
        row = QHBoxLayout()
        row.addWidget(self.file, 1)
        row.addWidget(QPushButton("浏览…", clicked=self._browse))
        form.addRow("文件", row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.confirm_button)
        buttons.addWidget(self.add_mediators)
        buttons.addStretch(1)
        tables = QSplitter(Qt.Orientation.Vertical)
        tables.addWidget(_titled("将新建或匹配的记录", self.entries))
        tables.addWidget(_titled("发现的问题（按行、列）", self.problems))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.summary)
        layout.addWidget(tables, 1)

    def _browse(self) -> None:
        path = prompt_for(self).open_file(self, "导入台账", "", "Excel 工作簿 (*.xlsx)")
        if path is not None:
            self.file.setText(str(path))

    def _new_source(self) -> None:
        """Another file or register: what was agreed for the last preview no longer holds."""
        self.add_mediators.blockSignals(True)
        self.add_mediators.setChecked(False)
        self.add_mediators.setVisible(False)
        self.add_mediators.blockSignals(False)
        self._forget_plan()

    def _mediators_toggled(self, _checked: bool) -> None:
        if self.file.text().strip():
            self.start_preview()

    def _forget_plan(self) -> None:
        self.plan = None
        self.confirm_button.setEnabled(False)
        plan_view.clear(self.entries, self.problems)

    def start_preview(self) -> None:
        path = self.file.text().strip()
        if not path:
            show_user_error(self, UserError("请先选择要导入的文件。"))
            return
        self._forget_plan()
        kind = self.kind.currentData()
        options = ImportOptions(add_missing_mediators=self.add_mediators.isChecked())
        self.runner.run(lambda control: self._plan(control, kind, Path(path), options), self._previewed, self._failed,
                        parent=self, title="正在检查台账…")

    def _plan(self, control: TaskControl, kind: str, path: Path, options: ImportOptions) -> ImportPlan:
        return plan_import(self.context.database, self.context.actor, kind, path,
                           progress=lambda n: control.report(n, 0, f"已检查 {n} 行"),
                           should_cancel=control.cancelled, options=options)

    def _previewed(self, plan: ImportPlan) -> None:
        self.plan = plan
        plan_view.show_plan(plan, self.entries, self.problems)
        self.summary.setText(plan.summary())
        self.confirm_button.setEnabled(plan.ok and bool(plan.records))
        if plan.missing_mediators:
            self.add_mediators.setVisible(True)

    def start_import(self) -> None:
        plan = self.plan
        if plan is None or not plan.ok:
            return
        self.confirm_button.setEnabled(False)
        total = len(plan.records)
        self.runner.run(
            lambda control: apply_import(self.context.database, self.context.actor, plan,
                                         progress=lambda n: control.report(n, total, f"已导入 {n} / {total} 行"),
                                         should_cancel=control.cancelled),
            self._imported, self._failed, parent=self, title="正在导入台账…")

    def _imported(self, count: int) -> None:
        self.plan = None
        self.summary.setText(f"已导入 {count} 行。")
        prompt_for(self).inform(self, "导入完成", f"已导入 {count} 行。")

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, UserError):
            raise error
        self.confirm_button.setEnabled(self.plan is not None and self.plan.ok)
        self.summary.setText(f"未导入：{error}")
        show_user_error(self, error, "导入未完成")


def _titled(title: str, table: QWidget) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(QLabel(title))
    layout.addWidget(table)
    return box
