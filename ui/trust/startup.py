"""What the window adds at start for trust: storage warning, change poller, automatic backups."""

from __future__ import annotations

from dataclasses import dataclass

from db.engine import Database
from desktop.netshare import WARNING, is_network_path
from ui.context import AppContext
from ui.qt import QLabel, QMainWindow, QMessageBox
from ui.trust.poller import ChangePoller
from ui.trust.scheduler import BackupScheduler


def confirm_storage(database: Database, parent=None) -> bool:
    """Warn when a SQLite file lies on a network share; False if the officer chose to quit."""
    path = database.sqlite_path
    if path is None or not is_network_path(str(path)):
        return True
    box = QMessageBox(QMessageBox.Icon.Warning, "数据库位置不安全", WARNING.format(path=path), parent=parent)
    keep = box.addButton("我了解风险，继续", QMessageBox.ButtonRole.AcceptRole)
    box.addButton("退出", QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is keep


@dataclass
class TrustServices:
    poller: ChangePoller
    scheduler: BackupScheduler
    backup_label: QLabel

    def on_exit(self, window: QMainWindow | None = None) -> None:
        self.poller.timer.stop()
        _record_signout(self.scheduler.context)
        if not self.scheduler.on_exit(window):
            QMessageBox.critical(window, "退出时备份失败", self.backup_label.toolTip())


def _record_signout(context: AppContext) -> None:
    from db.audit import record_event
    from desktop.errors import UserError

    if getattr(context, "restored", False) or context.actor.officer_id is None:
        return
    try:
        with context.database.write(context.actor) as session:
            record_event(session, "signout", entity_type="officer", entity_id=context.actor.officer_id,
                         detail=f"「{context.actor.name}」退出程序")
    except UserError:
        pass  # the server may be gone at exit; nothing to tell the officer


def install_trust(window: QMainWindow, context: AppContext) -> TrustServices:
    label = QLabel(objectName="backup_status")
    window.statusBar().addWidget(label)
    scheduler = BackupScheduler(context, window)
    scheduler.succeeded.connect(lambda name: _ok(label, name))
    scheduler.failed.connect(lambda text: _failed(window, label, text))
    scheduler.not_configured.connect(lambda: label.setText("自动备份未启用（请在「用户与审计 → 备份与恢复」中选择文件夹）"))
    poller = ChangePoller(context, parent=window)
    poller.start()
    scheduler.start()
    return TrustServices(poller, scheduler, label)


def _ok(label: QLabel, name: str) -> None:
    label.setStyleSheet("")
    label.setText(f"已自动备份：{name}")


def _failed(window: QMainWindow, label: QLabel, text: str) -> None:
    label.setStyleSheet("color: white; background: #b00020; font-weight: bold; padding: 0 6px;")
    label.setText("自动备份失败！")
    label.setToolTip(text)
    if window.isVisible():
        QMessageBox.critical(window, "自动备份失败", f"自动备份没有完成！\n\n{text}")
