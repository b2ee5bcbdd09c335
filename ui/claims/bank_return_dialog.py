"""导入银行回盘: the bank's result for each line of a batch, shown before anything is written.

The tab reads the file into a preview (a mismatch is refused there, naming each bad row); this
dialog lists every line with what importing it does, lets the director change the bank's date
for lines the file gives none, and 确认导入 writes all of it through ``BankReturnImport.apply``.
Re-reading the file (a new date) and the import run on the task runner, so the window keeps
painting while a bank's file of thousands of lines is read and written.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from db.enums import PaymentStatus
from desktop.claims.bank_return import BankReturnPreview
from desktop.errors import UserError
from desktop.money import format_amount
from ui.claims.common import date_edit, date_of
from ui.errors import show_user_error
from ui.qt import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout
from ui.tasks import TaskRunner
from ui.widgets.tables import fill, table_widget

HEADERS = ("序号", "理赔编号", "姓名", "账号", "金额（元）", "银行结果", "支付日期", "失败原因", "导入后")
Preview = Callable[[date], BankReturnPreview]
Apply = Callable[[BankReturnPreview], object]


class BankReturnDialog(QDialog):
    def __init__(self, preview: BankReturnPreview, paid_on: date, read: Preview, apply: Apply,
                 runner: TaskRunner, parent=None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.setWindowTitle(f"导入银行回盘 — 批次 {preview.batch_number}")
        self.resize(980, 520)
        self.preview, self.read, self.apply_preview, self.result_ = preview, read, apply, None
        self.paid_on = date_edit(paid_on, object_name="bank_paid_on")
        self.paid_on.setToolTip("回盘中没有支付日期的成功行，按此日期登记为已支付")
        self.table = table_widget(HEADERS, "return_lines", stretch=8)
        self.summary = QLabel(objectName="return_summary", wordWrap=True)
        self.notes = QLabel(objectName="return_notes", wordWrap=True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText("确认导入")
        self.ok_button.setObjectName("confirm_return")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        self.paid_on.dateChanged.connect(lambda *_: self.reread())
        self._build()
        self.show_preview(preview)

    def _build(self) -> None:
        row = QHBoxLayout()
        row.addWidget(QLabel(f"回盘文件：{self.preview.file_name}"))
        row.addStretch(1)
        row.addWidget(QLabel("银行支付日期（回盘未注明日期的行）"))
        row.addWidget(self.paid_on)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.notes)
        layout.addWidget(self.buttons)

    def show_preview(self, preview: BankReturnPreview) -> None:
        self.preview = preview
        fill(self.table, [_cells(line) for line in preview.lines])
        self.summary.setText(preview.summary())
        self.notes.setText("\n".join(f"提示：{note}" for note in preview.notes))
        self.notes.setVisible(bool(preview.notes))
        self.ok_button.setEnabled(bool(preview.changes))

    def reread(self) -> None:
        """Read the file again with the date now given (on the task runner); a refusal keeps the
        dialog open with the import off."""
        day = date_of(self.paid_on)
        self.ok_button.setEnabled(False)
        self.runner.run(lambda _control: self.read(day), self.show_preview, self._reread_refused, parent=self,
                        title="正在重新读取银行回盘…")

    def _reread_refused(self, error: BaseException) -> None:
        if not isinstance(error, UserError):
            raise error
        self.summary.setText(str(error))

    def confirm(self) -> None:
        """Import on the task runner; close only when the service accepted it."""
        self.ok_button.setEnabled(False)
        preview = self.preview
        self.runner.run(lambda _control: self.apply_preview(preview), self._imported, self._refused, parent=self,
                        title="正在导入银行回盘…")

    def _imported(self, result: object) -> None:
        self.result_ = result
        self.accept()

    def _refused(self, error: BaseException) -> None:
        if not isinstance(error, UserError):
            raise error
        self.ok_button.setEnabled(bool(self.preview.changes))
        show_user_error(self, error, "未导入银行回盘")


def _cells(line) -> tuple:
    day = line.paid_on.isoformat() if line.paid_on else ""
    result = "成功" if line.result == PaymentStatus.PAID else "失败"
    return (line.seq, line.claim_number, line.name, line.account, format_amount(line.amount), result, day,
            line.reason, line.change)
