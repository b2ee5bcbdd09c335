"""Menu actions, made by small factories outside the main window class."""

from __future__ import annotations

from ui.qt import QAction, QKeySequence, QMainWindow, Qt


def install_menus(window: QMainWindow) -> None:
    file_menu = window.menuBar().addMenu("文件(&F)")
    file_menu.addAction(_quit_action(window))
    help_menu = window.menuBar().addMenu("帮助(&H)")
    help_menu.addAction(_about_action(window))


def _quit_action(window: QMainWindow) -> QAction:
    action = QAction("退出(&X)", window)
    action.setShortcut(QKeySequence.StandardKey.Quit)
    action.triggered.connect(window.close)
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
