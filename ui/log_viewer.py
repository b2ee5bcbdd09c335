"""帮助 → 查看日志: the application log in a read-only viewer (newest lines at the end)."""

from __future__ import annotations

from pathlib import Path

from desktop import applog
from ui.qt import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

MAX_CHARS = 400_000  # the newest part of a long file; rotation keeps each file near 1 MB


class LogViewer(QDialog):
    def __init__(self, path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("应用日志")
        self.resize(960, 600)
        self.text = QPlainTextEdit(objectName="log_text")
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        where = QLabel(f"日志文件：{path}" if path else "本次运行没有日志文件。", objectName="log_path")
        where.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText("关闭")
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(where)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.text.setPlainText(_read(path))
        self.text.moveCursor(self.text.textCursor().MoveOperation.End)


def _read(path: Path | None) -> str:
    if path is None or not path.exists():
        return "（日志为空）"
    try:
        data = path.read_text(encoding="utf-8", errors="replace")
    except OSError as error:
        return f"无法读取日志文件：{error}"
    return data[-MAX_CHARS:] or "（日志为空）"


def show_log(parent: QWidget | None = None) -> LogViewer:
    viewer = LogViewer(applog.current_log(), parent)
    viewer.show()
    return viewer
