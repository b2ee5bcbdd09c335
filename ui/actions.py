"""Menu actions, made by small factories outside the main window class (``ui.widgets.commands``
declares the shared commands: Ctrl+F/N/S/P, F5, F1)."""

from __future__ import annotations

from ui.qt import QAction, QKeySequence, QMainWindow, Qt
from ui.widgets import commands


def install_menus(window: QMainWindow) -> dict[str, QAction]:
    made = {command.key: commands.area_action(window, command) for command in commands.AREA_COMMANDS}
    made["refresh"] = commands.window_action(window, commands.REFRESH)
    made["help"] = commands.window_action(window, commands.HELP)
    file_menu = window.menuBar().addMenu("文件(&F)")
    for key in ("new", "save", "print"):
        file_menu.addAction(made[key])
    file_menu.addAction(_switch_user_action(window))
    file_menu.addAction(_lock_action(window))
    file_menu.addSeparator()
    file_menu.addAction(_quit_action(window))
    edit_menu = window.menuBar().addMenu("编辑(&E)")
    edit_menu.addAction(made["find"])
    edit_menu.addAction(made["refresh"])
    help_menu = window.menuBar().addMenu("帮助(&H)")
    help_menu.addAction(made["help"])
    help_menu.addAction(_log_action(window))
    help_menu.addAction(_about_action(window))
    return made


def _switch_user_action(window: QMainWindow) -> QAction:
    action = QAction("注销/切换用户(&U)…", window, objectName="switch-user-action")
    action.triggered.connect(window.switch_user_requested.emit)
    return action


def _lock_action(window: QMainWindow) -> QAction:
    action = QAction("锁定(&L)", window, objectName="lock-action")
    action.setShortcut(QKeySequence("Ctrl+L"))
    action.triggered.connect(window.lock)
    return action


def _quit_action(window: QMainWindow) -> QAction:
    action = QAction("退出(&X)", window)
    action.setShortcut(QKeySequence.StandardKey.Quit)
    action.triggered.connect(window.close)
    return action


def _log_action(window: QMainWindow) -> QAction:
    from ui.log_viewer import show_log

    action = QAction("查看日志(&L)", window, objectName="action_view_log")
    action.triggered.connect(lambda: setattr(window, "log_viewer", show_log(window)))
    return action


def _about_action(window: QMainWindow) -> QAction:
    action = QAction("关于工会调解工作台(&A)", window, objectName="about-action")
    action.triggered.connect(lambda: _show_about(window))
    return action


def _show_about(window: QMainWindow) -> None:
    from ui.about import AboutDialog

    dialog = AboutDialog(window.context, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
