"""Showing failures: expected ones as a clear message, bugs in a crash dialog with a log file."""

from __future__ import annotations

import logging
import sys
import traceback
from datetime import datetime
from pathlib import Path

from desktop.applog import refused
from desktop.errors import UserError
from ui.qt import QApplication, QWidget
from ui.widgets.prompts import prompt_for

log = logging.getLogger(__name__)


def show_user_error(parent: QWidget | None, error: UserError, title: str = "无法完成操作") -> None:
    prompt_for(parent).warn(parent, title, str(error))


def crash_log_dir() -> Path:
    from desktop.paths import data_dir

    path = data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path


def write_crash_log(exc_type, exc, tb) -> Path:
    text = "".join(traceback.format_exception(exc_type, exc, tb))
    path = crash_log_dir() / f"crash-{datetime.now():%Y%m%d-%H%M%S-%f}.log"
    path.write_text(text, encoding="utf-8")
    return path


def handle_exception(exc_type, exc, tb) -> None:
    """``sys.excepthook``: a UserError is a message; anything else is a bug."""
    parent = QApplication.activeWindow()
    if isinstance(exc, UserError):
        refused(log, exc, "window action")
        show_user_error(parent, exc)
        return
    path = write_crash_log(exc_type, exc, tb)
    log.error("unhandled exception, log at %s", path, exc_info=(exc_type, exc, tb))
    prompt_for(parent).error(
        parent,
        "程序出错",
        f"程序遇到了一个未预料的错误，当前操作可能未完成（已保存的数据不受影响）。\n\n"
        f"错误信息：{exc_type.__name__}: {exc}\n\n错误详情已保存到：\n{path}\n\n请将该文件发送给技术支持。",
    )


def install_excepthook() -> None:
    sys.excepthook = handle_exception
