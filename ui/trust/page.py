"""The 用户与审计 area: one tab per job, shown only to the roles that may use it."""

from __future__ import annotations

from desktop.auth import Permission
from ui.context import AppContext
from ui.qt import QTabWidget, QWidget

TITLE = "用户与审计"


def create(context: AppContext, parent=None) -> QWidget:
    return TrustPage(context, parent)


class TrustPage(QTabWidget):
    def __init__(self, context: AppContext, parent=None) -> None:
        super().__init__(parent)
        from ui.trust.account_view import AccountView

        self.context = context
        self.tabs: dict[str, QWidget] = {}
        self._add("我的账户", AccountView(context))
        if context.can(Permission.USERS):
            from ui.trust.users_view import UsersView

            self._add("用户管理", UsersView(context))
        if context.can(Permission.AUDIT_VIEW):
            from ui.trust.audit_view import AuditView

            self._add("审计记录", AuditView(context))
            from ui.trust.numbers_view import NumbersView

            self._add("编号登记簿", NumbersView(context))
        if context.can(Permission.BACKUP):
            from ui.trust.backup_panel import BackupPanel

            self._add("备份与恢复", BackupPanel(context))

    def _add(self, title: str, widget: QWidget) -> None:
        self.tabs[title] = widget
        self.addTab(widget, title)
