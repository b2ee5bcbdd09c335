"""In-app preview of a PDF with 打印, 用系统查看器打开 and 另存为.

``DocumentPreview(pdf, title, filename, runner, parent)`` is a dialog; 打印 runs the
job on ``runner``'s worker and its ``printed`` signal fires once every page was sent,
so the caller can record it.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from desktop.errors import UserError
from ui.documents.print_job import start_printing
from ui.documents.printing import load_pdf
from ui.errors import show_user_error
from ui.pdf import QPdfView
from ui.qt import (
    QDialog, QHBoxLayout, QPushButton, QVBoxLayout, Signal,
)
from ui.tasks import TaskRunner
from ui.widgets.prompts import prompt_for
from ui.widgets.commands import install_dialog_keys
from ui.widgets.windows import fit_to_screen


class DocumentPreview(QDialog):
    printed = Signal()

    def __init__(self, pdf: bytes, title: str, filename: str, runner: TaskRunner, parent=None) -> None:
        super().__init__(parent)
        self.pdf, self.filename, self.runner = pdf, safe_filename(filename), runner
        self.setWindowTitle(f"预览 — {title}")
        fit_to_screen(self, 820, 900)
        self.document = load_pdf(pdf, self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.print_button = QPushButton("打印", objectName="print")
        self.open_button = QPushButton("用系统查看器打开", objectName="open")
        self.save_button = QPushButton("另存为", objectName="save_as")
        self._layout()
        self.print_button.clicked.connect(self.print_document)
        self.open_button.clicked.connect(self.open_externally)
        self.save_button.clicked.connect(self.save_as)
        install_dialog_keys(self, print=self.print_document, save=self.save_as)

    def _layout(self) -> None:
        buttons = QHBoxLayout()
        for button in (self.print_button, self.open_button, self.save_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)

    def print_document(self) -> None:
        pdf = self.pdf  # the worker gets the bytes, never this dialog
        start_printing(self, self.runner, lambda _control: [pdf], self.printed.emit)

    def open_externally(self) -> None:
        folder = Path(tempfile.gettempdir()) / "UnionDesk"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / self.filename
            path.write_bytes(self.pdf)
        except OSError as exc:
            show_user_error(self, UserError(f"无法写入临时文件：{exc.strerror or exc}"))
            return
        if not prompt_for(self).show_file(path):
            prompt_for(self).warn(self, "无法打开", f"系统没有可打开 PDF 的程序。文件已保存在：\n{path}")

    def save_as(self) -> None:
        start = str(Path.home() / self.filename)
        chosen = prompt_for(self).save_file(self, "另存为", start, "PDF 文件 (*.pdf)")
        if chosen is None:
            return
        target = chosen if chosen.suffix.lower() == ".pdf" else chosen.with_name(chosen.name + ".pdf")
        try:
            target.write_bytes(self.pdf)
        except OSError as exc:
            show_user_error(self, UserError(f"无法保存到「{target}」：{exc.strerror or exc}"), "另存为失败")


def safe_filename(name: str) -> str:
    """A file name without characters Windows refuses: 密工调〔2024〕12号 受理通知书.pdf."""
    cleaned = "".join("_" if ch in '\\/:*?"<>|' else ch for ch in name).strip() or "文书"
    return cleaned if cleaned.lower().endswith(".pdf") else cleaned + ".pdf"
