"""The action registry: the commands every area shares, each declared once with its menu text
and shortcut, and built by a small factory outside the main window.

An area takes part by having the method a command names (``focus_search``, ``new_record``,
``save_current``, ``print_current``); when the area shown lacks it the command is disabled.
Dialogs get the same keys for what they can do with ``install_dialog_keys``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ui.qt import QAction, QKeySequence, Qt, QWidget


@dataclass(frozen=True)
class AreaCommand:
    key: str
    text: str
    shortcut: QKeySequence.StandardKey | str
    hook: str  # method of the current area (or of the window for window commands)


FIND = AreaCommand("find", "查找(&F)", "Ctrl+F", "focus_search")
NEW = AreaCommand("new", "新建(&N)", "Ctrl+N", "new_record")
SAVE = AreaCommand("save", "保存(&S)", "Ctrl+S", "save_current")
PRINT = AreaCommand("print", "打印(&P)…", "Ctrl+P", "print_current")
REFRESH = AreaCommand("refresh", "刷新(&R)", "F5", "refresh")
HELP = AreaCommand("help", "帮助(&H)", "F1", "show_help")
AREA_COMMANDS = (FIND, NEW, SAVE, PRINT)

SHORTCUT_HELP = "\n".join((
    "Ctrl+F  查找（光标移到搜索框）", "Ctrl+N  新建本区的记录", "Ctrl+S  保存", "Ctrl+P  打印",
    "F5  刷新", "F1  帮助", "Enter 或双击  打开所选记录", "Ctrl+C  复制所选行（可粘贴到 Excel/WPS）",
    "右键  打开 · 复制 · 导出所选 · 打印", "Esc  关闭窗口（有未保存内容时先询问）",
))


def _shortcut(command: AreaCommand) -> QKeySequence:
    return QKeySequence(command.shortcut)


def area_action(window, command: AreaCommand) -> QAction:
    """A window action that runs ``command.hook`` on the area shown, if it has one."""
    action = QAction(command.text, window, objectName=f"action_{command.key}")
    action.setShortcut(_shortcut(command))
    action.triggered.connect(lambda: run_on_area(window, command))
    return action


def run_on_area(window, command: AreaCommand) -> bool:
    hook = getattr(window.current_area(), command.hook, None)
    if hook is None:
        return False
    hook()
    return True


def enable_for_area(window, actions: dict[str, QAction]) -> None:
    """Grey out the commands the area shown cannot do."""
    area = window.current_area()
    for command in AREA_COMMANDS:
        actions[command.key].setEnabled(callable(getattr(area, command.hook, None)))


def window_action(window, command: AreaCommand) -> QAction:
    action = QAction(command.text, window, objectName=f"action_{command.key}")
    action.setShortcut(_shortcut(command))
    action.triggered.connect(getattr(window, command.hook))
    return action


def install_dialog_keys(dialog: QWidget, **hooks: Callable[[], object]) -> dict[str, QAction]:
    """Ctrl+S / Ctrl+P / Ctrl+F … inside a dialog: ``save=self.save`` etc. by command key."""
    made = {}
    for command in (*AREA_COMMANDS, REFRESH, HELP):
        if command.key in hooks:
            action = QAction(command.text, dialog, objectName=f"action_{command.key}")
            action.setShortcut(_shortcut(command))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(hooks[command.key])
            dialog.addAction(action)
            made[command.key] = action
    return made
