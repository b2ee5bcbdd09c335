"""备份与恢复: choose the folder, back up now, restore from a file, see the backups kept.

Backing up and restoring run on the task runner's worker, behind a progress dialog."""

from __future__ import annotations

from pathlib import Path

from desktop.backup import list_backups
from desktop.errors import UserError
from ui.context import AppContext
from ui.errors import show_user_error
from ui.qt import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from ui.widgets.prompts import prompt_for
from ui.widgets.tables import install_list

FOLDER_KEY = "backup/folder"


def backup_folder(context: AppContext) -> Path | None:
    """This workstation's backup folder (a USB drive or a network share), from local preferences."""
    value = context.preferences.value(FOLDER_KEY)
    return Path(value) if value else None


class BackupPanel(QWidget):
    def __init__(self, context: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.service = context.services.backup
        self.folder_edit = QLineEdit(objectName="folder", readOnly=True)
        self.choose_button = QPushButton("选择文件夹…", objectName="choose")
        self.backup_button = QPushButton("立即备份", objectName="backup_now")
        self.restore_button = QPushButton("从备份文件恢复…", objectName="restore")
        self.status = QLabel(objectName="status", wordWrap=True)
        self.table = QTableWidget(0, 3, objectName="backups")
        install_list(self.table, "backups", context.preferences)
        self._build()
        self.reload()

    def _build(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel("备份文件夹"))
        top.addWidget(self.folder_edit, 1)
        top.addWidget(self.choose_button)
        actions = QHBoxLayout()
        actions.addWidget(self.backup_button)
        actions.addWidget(self.restore_button)
        actions.addStretch(1)
        note = QLabel("程序每天首次启动时和退出时自动备份到该文件夹（保留最近 7 天每天一份、最近 12 个月每月一份）。"
                      "备份包含数据库、附件和已签发的文书 PDF，并附校验值。建议选择 U 盘或单位网络共享文件夹。",
                      wordWrap=True)
        self.table.setHorizontalHeaderLabels(["备份时间", "大小", "文件"])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        for item in (top, actions):
            layout.addLayout(item)
        for widget in (note, self.status, self.table):
            layout.addWidget(widget)
        self.choose_button.clicked.connect(self.choose_folder)
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore_from_file)

    def reload(self) -> None:
        folder = backup_folder(self.context)
        self.folder_edit.setText(str(folder) if folder else "（尚未选择，自动备份未启用）")
        backups = list_backups(folder) if folder else []
        self.table.setRowCount(len(backups))
        for row, backup in enumerate(backups):
            cells = [backup.taken_at.strftime("%Y-%m-%d %H:%M:%S"), f"{backup.size / 1024:.0f} KB", backup.path.name]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))

    def choose_folder(self) -> None:
        start = str(backup_folder(self.context) or Path.home())
        folder = self.context.prompt.choose_folder(self, "选择备份文件夹", start)
        if folder is not None:
            self.context.preferences.setValue(FOLDER_KEY, str(folder))
            self.reload()

    def back_up_now(self) -> None:
        folder = backup_folder(self.context)
        if folder is None:
            prompt_for(self).warn(self, "备份", "请先选择备份文件夹。")
            return
        service, actor = self.service, self.context.actor
        self.backup_button.setEnabled(False)
        self.context.runner.run(lambda _control: service.back_up(actor, folder), self._backed_up,
                                lambda error: self._failed(error, self._show_failure), parent=self, title="正在备份…")

    def _backed_up(self, info) -> None:
        self.backup_button.setEnabled(True)
        self.status.setStyleSheet("color: #1b5e20;")
        self.status.setText(f"备份完成：{info.path.name}（附件 {info.files} 个，SHA-256 {info.sha256[:16]}…）")
        self.reload()

    def _show_failure(self, text: str) -> None:
        self.status.setStyleSheet("color: #b00020; font-weight: bold;")
        self.status.setText(f"备份失败：{text}")
        prompt_for(self).error(self, "备份失败", f"备份没有完成！\n\n{text}")

    def restore_from_file(self) -> None:
        start = str(backup_folder(self.context) or Path.home())
        path = self.context.prompt.open_file(self, "选择备份文件", start, "工作台备份 (*.udbak);;所有文件 (*)")
        if path is None or not self._confirm(path):
            return
        service, actor = self.service, self.context.actor
        self.context.runner.run(lambda _control: service.restore(actor, Path(path)), self._restored,
                                lambda error: self._failed(error, lambda text: show_user_error(self, error, "未能恢复")),
                                parent=self, title="正在校验并恢复备份…")

    def _failed(self, error: BaseException, show) -> None:
        self.backup_button.setEnabled(True)
        if not isinstance(error, UserError):
            raise error
        show(str(error))

    def _restored(self, aside: list[Path]) -> None:
        self.context.restored = True
        kept = "\n".join(str(p) for p in aside) or "（无）"
        prompt_for(self).inform(self, "恢复完成", f"已从备份恢复。原数据已另存为：\n{kept}\n\n程序将关闭，请重新打开。")
        QApplication.quit()

    def _confirm(self, path: Path) -> bool:
        return self.context.prompt.confirm(
            self, "确认恢复", f"将用备份文件\n{path}\n替换当前的全部数据。\n\n恢复前会先校验备份，当前数据会另存一份。"
            "其他工作站请先退出程序。确定恢复吗？")
