"""A search box that finds workers or employers as the officer types and offers them."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ui.qt import QCompleter, QLineEdit, QStringListModel, Qt, QTimer, Signal

DEBOUNCE_MS = 150


class PartySearchBox(QLineEdit):
    """Type a name, ID number or credit code; pick a hit from the list.

    ``search(text) -> list of hits`` (each with ``.label``) is called after a short
    pause in typing. ``picked`` carries the chosen hit; ``cleared`` fires when the
    officer edits the text after a pick (the choice no longer holds).
    """

    picked = Signal(object)
    cleared = Signal()

    def __init__(self, search: Callable[[str], Sequence], placeholder: str, parent=None) -> None:
        super().__init__(parent)
        self._search = search
        self._hits: list = []
        self._chosen = None
        self.setPlaceholderText(placeholder)
        self._model = QStringListModel(self)
        self._completer = QCompleter(self._model, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.activated[str].connect(self._choose_label)
        self.setCompleter(self._completer)
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_search)
        self.textEdited.connect(self._on_edit)

    @property
    def chosen(self):
        return self._chosen

    @property
    def hits(self) -> list:
        return list(self._hits)

    def _on_edit(self, _text: str) -> None:
        if self._chosen is not None:
            self._chosen = None
            self.cleared.emit()
        self._timer.start()

    def run_search(self) -> None:
        self._hits = list(self._search(self.text()))
        self._model.setStringList([hit.label for hit in self._hits])
        if self._hits and self.hasFocus():
            self._completer.complete()

    def choose(self, index: int) -> None:
        """Pick hit number ``index`` (what a click in the popup does)."""
        hit = self._hits[index]
        self._chosen = hit
        self.setText(hit.name)
        self.picked.emit(hit)

    def _choose_label(self, label: str) -> None:
        for index, hit in enumerate(self._hits):
            if hit.label == label:
                QTimer.singleShot(0, lambda i=index: self.choose(i))
                return

    def reset(self) -> None:
        self._chosen, self._hits = None, []
        self.clear()
