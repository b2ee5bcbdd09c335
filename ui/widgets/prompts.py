"""The one way the window asks and tells the officer things: an injected ``Prompt``.

Widgets never call ``QMessageBox``/``QInputDialog``/``QFileDialog`` themselves; they call
``context.prompt`` (or ``prompt_for(widget)`` where only a parent widget is at hand).
The window gets a ``QtPrompt``; tests give the context a scripted fake
(``tests/support/prompts.py``) that records what was shown and answers from a script,
so no test monkeypatches Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from ui.qt import QDesktopServices, QFileDialog, QInputDialog, QLineEdit, QMessageBox, QUrl, QWidget

DISCARD_QUESTION = "是否放弃已填写的内容？"


class Prompt:
    """What a prompt can do; ``QtPrompt`` shows real dialogs. Every method takes the parent
    widget first so the dialog is centred on (and modal to) the window that asked."""

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        raise NotImplementedError

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        raise NotImplementedError

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        raise NotImplementedError

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        raise NotImplementedError

    def ask_text(self, parent: QWidget | None, title: str, label: str, *, text: str = "",
                 multiline: bool = False, secret: bool = False) -> str | None:
        raise NotImplementedError

    def choose(self, parent: QWidget | None, title: str, label: str, items: Sequence[str],
               current: int = 0) -> str | None:
        raise NotImplementedError

    def open_file(self, parent: QWidget | None, title: str, start: str = "", filters: str = "") -> Path | None:
        raise NotImplementedError

    def save_file(self, parent: QWidget | None, title: str, start: str = "", filters: str = "") -> Path | None:
        raise NotImplementedError

    def choose_folder(self, parent: QWidget | None, title: str, start: str = "") -> Path | None:
        raise NotImplementedError

    def choose_between(self, parent: QWidget | None, title: str, text: str, accept: str, reject: str) -> bool:
        """A warning with two named buttons; True for ``accept``."""
        raise NotImplementedError

    def show_file(self, path: Path) -> bool:
        """Open ``path`` in the system's viewer; False when no program can."""
        raise NotImplementedError

    def discard_changes(self, parent: QWidget | None) -> bool:
        """The question every dirty form asks on Esc or close."""
        return self.confirm(parent, "放弃填写", DISCARD_QUESTION)


class QtPrompt(Prompt):
    def inform(self, parent, title, text) -> None:
        QMessageBox.information(parent, title, text)

    def warn(self, parent, title, text) -> None:
        QMessageBox.warning(parent, title, text)

    def error(self, parent, title, text) -> None:
        QMessageBox.critical(parent, title, text)

    def confirm(self, parent, title, text) -> bool:
        return QMessageBox.question(parent, title, text) == QMessageBox.StandardButton.Yes

    def choose_between(self, parent, title, text, accept, reject) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
        keep = box.addButton(accept, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(reject, QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is keep

    def show_file(self, path) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def ask_text(self, parent, title, label, *, text="", multiline=False, secret=False) -> str | None:
        if multiline:
            value, ok = QInputDialog.getMultiLineText(parent, title, label, text)
        else:
            mode = QLineEdit.EchoMode.Password if secret else QLineEdit.EchoMode.Normal
            value, ok = QInputDialog.getText(parent, title, label, mode, text)
        return value if ok else None

    def choose(self, parent, title, label, items, current=0) -> str | None:
        value, ok = QInputDialog.getItem(parent, title, label, list(items), current, False)
        return value if ok and value else None

    def open_file(self, parent, title, start="", filters="") -> Path | None:
        path, _ = QFileDialog.getOpenFileName(parent, title, start, filters)
        return Path(path) if path else None

    def save_file(self, parent, title, start="", filters="") -> Path | None:
        path, _ = QFileDialog.getSaveFileName(parent, title, start, filters)
        return Path(path) if path else None

    def choose_folder(self, parent, title, start="") -> Path | None:
        path = QFileDialog.getExistingDirectory(parent, title, start)
        return Path(path) if path else None


def prompt_for(widget: QWidget | None) -> Prompt:
    """The prompt of the window ``widget`` belongs to: the nearest widget (itself or a parent)
    carrying a ``context`` with a prompt, or a ``prompt`` of its own; else a ``QtPrompt``."""
    while widget is not None:
        own = getattr(widget, "prompt", None)
        if isinstance(own, Prompt):
            return own
        context_prompt = getattr(getattr(widget, "context", None), "prompt", None)
        if isinstance(context_prompt, Prompt):
            return context_prompt
        widget = widget.parentWidget()
    return QtPrompt()
