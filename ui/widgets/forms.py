"""Forms that never lose what was typed.

``FormGuard`` watches a form's inputs: it knows when the form is dirty, checks every field
at once (each wrong field marked, focus on the first, one message listing them all) and
keeps the dialog open with its input on any error. ``GuardedDialog`` asks
「是否放弃已填写的内容？」 before Esc or closing throws a dirty form away.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from desktop.errors import UserError, ValidationError
from ui.qt import (
    QAbstractButton,
    QCloseEvent,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QLineEdit,
    QObject,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QTextEdit,
    QWidget,
)
from ui.widgets.prompts import prompt_for

INVALID_STYLE = "border: 2px solid #d9534f; background: #fff5f5;"


@dataclass(frozen=True)
class Problem:
    """One wrong field: the widget to mark and the Chinese message."""

    widget: QWidget
    message: str


def change_signal(widget: QWidget):
    """The signal that says the officer changed ``widget`` (None for widgets that hold no input)."""
    if isinstance(widget, QLineEdit):
        return widget.textEdited
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return widget.textChanged
    if isinstance(widget, QComboBox):
        return widget.currentIndexChanged if not widget.isEditable() else widget.currentTextChanged
    if isinstance(widget, QDateTimeEdit):  # QDateEdit too
        return widget.dateTimeChanged
    if isinstance(widget, QSpinBox):
        return widget.valueChanged
    if isinstance(widget, QTableWidget):
        return widget.itemChanged
    if isinstance(widget, QAbstractButton) and widget.isCheckable():
        return widget.toggled
    return None


class FormGuard(QObject):
    def __init__(self, form: QWidget) -> None:
        super().__init__(form)
        self.form = form
        self.dirty = False
        self._marked: dict[QWidget, tuple[str, str]] = {}

    def watch(self, *widgets: QWidget) -> FormGuard:
        """Inputs whose change makes the form dirty (children of a container are found)."""
        for widget in widgets:
            for each in (widget, *widget.findChildren(QWidget)):
                signal = change_signal(each)
                if signal is not None:
                    signal.connect(self._changed)
        return self

    def _changed(self, *_) -> None:
        self.dirty = True
        sender = self.sender()
        if sender in self._marked:
            self._unmark(sender)

    def mark_clean(self) -> None:
        self.dirty = False

    def check(self, problems: Iterable[Problem], title: str = "请检查填写的内容") -> bool:
        """Mark every wrong field, focus the first, show all messages at once; True if none."""
        self.clear_marks()
        problems = list(problems)
        if not problems:
            return True
        for problem in problems:
            self._mark(problem.widget, problem.message)
        problems[0].widget.setFocus()
        lines = "\n".join(f"· {problem.message}" for problem in problems)
        prompt_for(self.form).warn(self.form, title, f"以下 {len(problems)} 处需要修改：\n{lines}")
        return False

    def attempt(self, action: Callable[[], object], fields: dict[str, QWidget] | None = None):
        """Run a service call; an expected failure is shown (its field marked when known)
        and gives ``None`` — the form stays open with everything typed."""
        try:
            return action()
        except ValidationError as error:
            widget = (fields or {}).get(error.field or "")
            if widget is not None:
                self.check([Problem(widget, str(error))], title="无法保存")
            else:
                prompt_for(self.form).warn(self.form, "无法保存", str(error))
        except UserError as error:
            prompt_for(self.form).warn(self.form, "无法保存", str(error))
        return None

    def _mark(self, widget: QWidget, message: str) -> None:
        self._marked.setdefault(widget, (widget.styleSheet(), widget.toolTip()))
        widget.setProperty("invalid", True)
        widget.setStyleSheet(INVALID_STYLE)
        widget.setToolTip(message)

    def _unmark(self, widget: QWidget) -> None:
        style, tip = self._marked.pop(widget)
        widget.setProperty("invalid", False)
        widget.setStyleSheet(style)
        widget.setToolTip(tip)

    def clear_marks(self) -> None:
        for widget in list(self._marked):
            self._unmark(widget)

    def marked(self) -> list[QWidget]:
        return list(self._marked)

    def may_discard(self) -> bool:
        """True when the form may close: nothing typed, or the officer agrees to discard it."""
        return not self.dirty or prompt_for(self.form).discard_changes(self.form)


class GuardedDialog(QDialog):
    """A dialog whose Esc, 取消 and close button ask before discarding typed input.
    Subclasses call ``self.guard.watch(...)`` on their inputs and ``self.accept()`` on success."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.guard = FormGuard(self)

    def reject(self) -> None:
        if self.guard.may_discard():
            self.guard.mark_clean()
            super().reject()

    def accept(self) -> None:
        self.guard.mark_clean()
        super().accept()

    def closeEvent(self, event: QCloseEvent) -> None:
        """The title bar's close button asks like Esc; a close by the program itself does not."""
        if event.spontaneous() and self.guard.dirty and not self.guard.may_discard():
            event.ignore()
            return
        self.guard.mark_clean()
        super().closeEvent(event)
