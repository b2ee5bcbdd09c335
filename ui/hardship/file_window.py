"""One hardship file: the household, the 复核 history with 年度复核, 脱困, and the supporting documents
(added under their SHA-256, opened as a checked copy)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from desktop.auth import Permission
from desktop.errors import UserError
from desktop.filestore import viewing_copy
from desktop.hardship.queries import FileDetail
from ui.changes import watch
from ui.context import AppContext
from ui.hardship.step_dialogs import RelieveDialog, ReviewDialog
from ui.qt import QDialog, QHBoxLayout, QLabel, QListWidget, QPushButton, QTabWidget, QVBoxLayout, QWidget
from ui.widgets.tables import fill, table_widget
from ui.widgets.windows import fit_to_screen

TAB_KEYS = ("household", "review", "attachments")
REVIEW_HEADERS = ("复核日期", "结果", "困难等级", "家庭月人均收入", "复核意见", "复核人")


class FileWindow(QDialog):
    def __init__(self, context: AppContext, file_id: int, parent=None) -> None:
        super().__init__(parent)
        self.context, self.file_id = context, file_id
        self.queries = context.services.hardship.queries
        self.detail: FileDetail | None = None
        self.step: QDialog | None = None
        fit_to_screen(self, 820, 560)
        self.summary = QLabel(objectName="hardshipSummary", wordWrap=True)
        self.household = QLabel(objectName="hardshipHousehold", wordWrap=True)
        self.reviews = table_widget(REVIEW_HEADERS, "hardshipReviews", stretch=4)
        self.attachments = QListWidget(objectName="hardshipAttachments")
        self.review_button = QPushButton("年度复核", objectName="reviewFile")
        self.relieve_button = QPushButton("脱困", objectName="relieveFile")
        self.attach_button = QPushButton("添加材料", objectName="attachFile")
        self.open_button = QPushButton("打开材料", objectName="openAttachment")
        self.tabs = QTabWidget(objectName="hardshipTabs")
        self._build()
        self.review_button.clicked.connect(lambda: self.start_review())
        self.relieve_button.clicked.connect(lambda: self.start_relief())
        self.attach_button.clicked.connect(self.attach)
        self.open_button.clicked.connect(self.open_attachment)
        watch(self, context.changes, self.reload, ("hardship_file", "hardship_review", "attachment"))
        self.reload()

    def _build(self) -> None:
        self.tabs.addTab(_page(self.household), "家庭情况")
        self.tabs.addTab(_page(self.reviews, self.review_button, self.relieve_button), "复核记录")
        self.tabs.addTab(_page(self.attachments, self.attach_button, self.open_button), "证明材料")
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs)

    def reload(self) -> None:
        self.detail = self.queries.detail(self.file_id)
        if self.detail is None:
            return
        row = self.detail.row
        self.setWindowTitle(f"困难职工档案 {row.number} — {row.worker_name}")
        relieved = f"　已于 {row.relieved_on:%Y-%m-%d} 脱困：{row.relieved_reason}" if row.relieved_on else ""
        due = f"　下次复核 {row.next_review_on:%Y-%m-%d}" if row.next_review_on else ""
        self.summary.setText(f"<b>{row.number}　{row.worker_name}</b>　{row.unit}（{row.street}）<br>"
                             f"{row.level.label}　{row.status.label}　建档 {row.filed_on:%Y-%m-%d}{due}{relieved}")
        self.household.setText(f"家庭人口：{row.household_size} 人<br>家庭月人均收入：¥{row.income_per_head:,.2f}<br>"
                               f"致困原因：{row.causes}<br>家庭成员：<br>"
                               + "<br>".join(self.detail.household_members.splitlines()))
        fill(self.reviews, [(r.reviewed_on, r.result, r.level.label, f"{r.income_per_head:,.2f}", r.note, r.officer)
                            for r in self.detail.reviews])
        self.attachments.clear()
        self.attachments.addItems([f"{a.filename}　（SHA-256 {a.sha256[:12]}…）" for a in self.detail.attachments])
        active = row.relieved_on is None and self.context.can(Permission.CLAIM_REVIEW)
        self.review_button.setEnabled(active)
        self.relieve_button.setEnabled(active)
        self.attach_button.setEnabled(self.context.can(Permission.CLAIM_INTAKE))
        self.open_button.setEnabled(bool(self.detail.attachments))

    def show_tab(self, key: str | None) -> None:
        self.tabs.setCurrentIndex(TAB_KEYS.index(key) if key in TAB_KEYS else 0)

    def start_review(self) -> ReviewDialog:
        assert self.detail is not None
        return self._open_step(ReviewDialog(self.context, self.detail.row, self))

    def start_relief(self) -> RelieveDialog:
        assert self.detail is not None
        return self._open_step(RelieveDialog(self.context, self.detail.row, self))

    def _open_step(self, dialog):
        self.step = dialog
        dialog.done_step.connect(lambda _id: self.reload())
        dialog.show()
        return dialog

    def attach(self) -> None:
        path = self.context.prompt.open_file(self, "选择证明材料文件（低保证明、病历、收入证明等）")
        if path is None:
            return
        try:
            self.context.services.hardship.files.attach(self.context.actor, self.file_id, path,
                                                        self.context.files_dir)
        except UserError as error:
            self.context.prompt.warn(self, "无法添加材料", str(error))
        self.reload()

    def open_attachment(self) -> None:
        if self.detail is None or not self.detail.attachments:
            return
        chosen = self.detail.attachments[max(self.attachments.currentRow(), 0)]
        try:
            path = viewing_copy(self.context.files_dir, chosen.sha256, chosen.filename,
                                Path(tempfile.gettempdir()) / "UnionDesk" / "附件")
        except UserError as error:
            self.context.prompt.warn(self, "无法打开材料", str(error))
            return
        if not self.context.prompt.show_file(path):
            self.context.prompt.warn(self, "无法打开材料", f"系统中没有能打开「{chosen.filename}」的程序。文件已复制到：\n{path}")


def _page(main: QWidget, *buttons: QPushButton) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.addWidget(main)
    if buttons:
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch()
        layout.addLayout(row)
    return page
