"""支付批次: batches with number, total and status; take a claim out, approve, export the bank sheet, import the
bank's return file (回盘) or, without one, confirm 全部支付成功."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from db.enums import BatchStatus, PaymentStatus
from desktop.auth import Permission
from desktop.claims.bank_return import BankReturnPreview
from desktop.claims.batches import BankRow, BatchSummary
from desktop.errors import UserError
from desktop.money import format_amount
from ui.changes import watch
from ui.claims.bank_return_dialog import BankReturnDialog
from ui.claims.common import attempt, date_edit, date_of
from ui.context import AppContext
from ui.errors import show_user_error
from ui.qt import (
    QAbstractItemView, QCheckBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)
from ui.widgets.prompts import prompt_for
from ui.widgets.tables import install_list

HEADERS = ("批次号", "生成日期", "笔数", "合计金额（元）", "状态", "支付日期", "银行回盘")
SHEET_HEADERS = ("序号", "姓名", "身份证号", "开户行/卡号", "金额（元）", "用途", "支付结果", "失败原因")
RETURN_STATES = (BatchStatus.APPROVED, BatchStatus.PARTIAL)


class BatchesTab(QWidget):
    def __init__(self, context: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.service = context.services.claims.batches
        self.batches: list[BatchSummary] = []
        self.rows: list[BankRow] = []
        self.table = _table(HEADERS, "batches_table")
        self.sheet = _table(SHEET_HEADERS, "sheet_table")
        self.paid_on = date_edit(object_name="paid_on")
        self.full_ids = QCheckBox("导出完整身份证号", objectName="full_ids")
        self.approve_button = QPushButton("审批批次", objectName="approve_batch")
        self.paid_button = QPushButton("全部支付成功…", objectName="mark_paid")
        self.paid_button.setToolTip("银行未提供回盘、确认代发表各笔均已支付时使用")
        self.return_button = QPushButton("导入银行回盘…", objectName="import_return")
        self.return_button.setToolTip("按银行回盘登记每一笔的支付结果：成功的已支付，失败的退回「已核准」待重新编批")
        self.return_dialog: BankReturnDialog | None = None
        self.export_button = QPushButton("导出银行代发表…", objectName="export_sheet")
        self.remove_button = QPushButton("移出批次…", objectName="remove_claim")
        self.remove_button.setToolTip("把所选理赔移出待审批的批次，退回「已核准、未编入批次」")
        self._build()
        self.table.currentCellChanged.connect(lambda row, *_: self._show(row))
        self.sheet.currentCellChanged.connect(lambda *_: self._update_buttons())
        self.remove_button.clicked.connect(self.remove_claim)
        self.approve_button.clicked.connect(self.approve)
        self.paid_button.clicked.connect(self.mark_paid)
        self.return_button.clicked.connect(self.import_return)
        self.export_button.clicked.connect(self.export)
        watch(self, context.changes, self.reload, ("payment_batch", "aid_claim"))
        self.reload()

    def _build(self) -> None:
        row = QHBoxLayout()
        for widget in (self.approve_button, self.full_ids, self.export_button, self.return_button,
                       QLabel("支付日期"), self.paid_on, self.paid_button):
            row.addWidget(widget)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 2)
        layout.addLayout(row)
        layout.addLayout(_sheet_heading(self.remove_button))
        layout.addWidget(self.sheet, 3)
        self.full_ids.setEnabled(self.context.can(Permission.EXPORT_FULL_IDS))
        self._update_buttons()

    def reload(self) -> None:
        current = self.current()
        self.batches = self.service.list()
        self.table.setRowCount(len(self.batches))
        for r, b in enumerate(self.batches):
            values = (b.number, b.made_on.isoformat(), str(b.count), format_amount(b.total), b.status.label,
                      b.paid_on.isoformat() if b.paid_on else "", b.outcome)
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value if c == len(values) - 1 else "")
                self.table.setItem(r, c, item)
        if current is not None:
            self.select(current.id)
        self._show(self.table.currentRow())

    def current(self) -> BatchSummary | None:
        row = self.table.currentRow()
        return self.batches[row] if 0 <= row < len(self.batches) else None

    def select(self, batch_id: int) -> None:
        for row, batch in enumerate(self.batches):
            if batch.id == batch_id:
                self.table.setCurrentCell(row, 0)

    def current_claim(self) -> BankRow | None:
        row = self.sheet.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _show(self, _row: int) -> None:
        batch = self.current()
        self.rows = self.service.bank_rows(self.context.actor, batch.id) if batch else []
        self.sheet.setRowCount(len(self.rows))
        for r, item in enumerate(self.rows):
            values = (str(item.seq), item.name, item.id_number, item.account, format_amount(item.amount), item.purpose,
                      _result(item), item.failure_reason)
            for c, value in enumerate(values):
                self.sheet.setItem(r, c, QTableWidgetItem(value))
        self.sheet.setCurrentCell(-1, -1)
        self._update_buttons()

    def _update_buttons(self) -> None:
        batch, can = self.current(), self.context.can
        status = batch.status if batch else None
        self.approve_button.setEnabled(status == BatchStatus.DRAFT and can(Permission.BATCH_APPROVE))
        self.paid_button.setEnabled(status == BatchStatus.APPROVED and can(Permission.BATCH_APPROVE))
        self.export_button.setEnabled(status not in (None, BatchStatus.VOIDED) and can(Permission.EXPORT))
        self.return_button.setEnabled(status in RETURN_STATES and can(Permission.BATCH_APPROVE))
        self.remove_button.setEnabled(status == BatchStatus.DRAFT and can(Permission.CLAIM_APPROVE)
                                      and self.current_claim() is not None)

    def approve(self) -> None:
        batch = self.current()
        attempt(self, lambda: self.service.approve(self.context.actor, batch.id, batch.version))

    def mark_paid(self) -> None:
        batch, paid_on = self.current(), date_of(self.paid_on)
        question = (f"确认批次 {batch.number} 的全部 {batch.count} 笔（合计 ¥{format_amount(batch.total)}）"
                    f"均已于 {paid_on} 由银行支付成功？\n各笔理赔将登记为已支付并办结。"
                    f"如银行有失败的笔数，请改用「导入银行回盘…」。")
        if not prompt_for(self).confirm(self, "全部支付成功", question):
            return
        attempt(self, lambda: self.service.mark_paid(self.context.actor, batch.id, batch.version, paid_on))

    def import_return(self) -> None:
        """Choose the bank's file, preview it (a mismatch is refused here), then the dialog confirms."""
        batch = self.current()
        path = prompt_for(self).open_file(self, "导入银行回盘", "", "Excel 工作簿 (*.xlsx)")
        if path is None:
            return
        service, actor, paid_on = self.context.services.claims.bank_return, self.context.actor, date.today()
        read = lambda day: service.preview(actor, batch.id, path, day)  # noqa: E731

        def previewed(preview: BankReturnPreview) -> None:
            dialog = BankReturnDialog(preview, paid_on, read, lambda p: service.apply(actor, p),
                                      self.context.runner, self)
            dialog.accepted.connect(lambda: self._imported(dialog.result_))
            self.return_dialog = dialog
            dialog.open()

        self.context.runner.run(lambda _control: read(paid_on), previewed, self._refused, parent=self,
                                title="正在读取银行回盘…")

    def _refused(self, error: BaseException) -> None:
        if not isinstance(error, UserError):
            raise error
        show_user_error(self, error, "未导入银行回盘")

    def _imported(self, batch: BatchSummary) -> None:
        prompt_for(self).inform(self, "已导入银行回盘",
                                f"批次 {batch.number} 为「{batch.status.label}」：{batch.outcome}。")

    def remove_claim(self) -> None:
        """Ask why, confirm if it empties (and so voids) the batch, then take the selected claim out."""
        batch, item = self.current(), self.current_claim()
        prompt = (f"将理赔 {item.claim_number}（{item.name}，¥{format_amount(item.amount)}）"
                  f"移出批次 {batch.number} 的原因：")
        reason = prompt_for(self).ask_text(self, "移出批次", prompt, multiline=True)
        if reason is None or not self._confirm_emptying(batch):
            return
        attempt(self, lambda: self.service.remove_claim(self.context.actor, batch.id, item.claim_id, batch.version,
                                                        reason))

    def _confirm_emptying(self, batch: BatchSummary) -> bool:
        if batch.count > 1:
            return True
        question = (f"这是批次 {batch.number} 的最后一笔理赔。移出后该批次作废，批次号在编号登记中标为作废、"
                    f"不再使用。\n确定移出并作废该批次？")
        return prompt_for(self).confirm(self, "作废批次", question)

    def export(self) -> None:
        batch = self.current()
        path = prompt_for(self).save_file(self, "导出银行代发表", f"银行代发表_{batch.number}.xlsx",
                                          "Excel 工作簿 (*.xlsx)")
        if path is None:
            return
        full = self.full_ids.isChecked()
        done = attempt(self, lambda: self.service.write_bank_sheet(self.context.actor, batch.id, Path(path), full))
        if done is not None:
            prompt_for(self).inform(self, "已导出", f"银行代发表已保存到：\n{done}")


def _result(row: BankRow) -> str:
    if row.status == PaymentStatus.PAID and row.paid_on:
        return f"已支付 {row.paid_on.isoformat()}"
    return row.status.label


def _sheet_heading(button: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(QLabel("银行代发表（所选批次）"))
    row.addStretch(1)
    row.addWidget(button)
    return row


def _table(headers, name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers), objectName=name)
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    install_list(table, name, None)
    return table
