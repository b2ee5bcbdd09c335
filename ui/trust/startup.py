"""What the window adds at start for trust: storage warning, change poller, automatic backups."""

from __future__ import annotations

from dataclasses import dataclass

from db.engine import Database
from desktop.netshare import WARNING, is_network_path
from ui.context import AppContext
from ui.qt import QLabel, QMainWindow
from ui.trust.poller import ChangePoller
from ui.trust.scheduler import BackupScheduler
from ui.widgets.prompts import prompt_for
from ui.widgets.prompts import Prompt, QtPrompt


def confirm_storage(database: Database, parent=None, prompt: Prompt | None = None) -> bool:
    """Warn when a SQLite file lies on a network share; False if the officer chose to quit."""
    path = database.sqlite_path
    if path is None or not is_network_path(str(path)):
        return True
    return (prompt or QtPrompt()).choose_between(parent, "数据库位置不安全", WARNING.format(path=path),
                                                 "我了解风险，继续", "退出")


@dataclass
class TrustServices:
    poller: ChangePoller
    scheduler: BackupScheduler
    backup_label: QLabel

    signed_out: bool = False

    def on_sign_out(self, how: str = "退出程序") -> None:
        """Stop following others' changes and record the sign-out (once)."""
        self.poller.timer.stop()
        if not self.signed_out:
            _record_signout(self.scheduler.context, how)
            self.signed_out = True

    def on_exit(self, window: QMainWindow | None = None) -> None:
        self.on_sign_out()
        if not self.scheduler.on_exit(window):
            prompt_for(window).error(window, "退出时备份失败", self.backup_label.toolTip())


def _record_signout(context: AppContext, how: str) -> None:
    from desktop.errors import UserError

    if context.restored:
        return
    try:
        context.services.officers.record_signout(context.actor, how)
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
        prompt_for(window).error(window, "自动备份失败", f"自动备份没有完成！\n\n{text}")
