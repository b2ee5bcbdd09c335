"""A scripted stand-in for the window's ``Prompt``: tests give it to the context instead of
monkeypatching Qt dialogs.

Every message and question is recorded in ``shown`` as ``(kind, title, text)``. Questions
take their answers, in order, from ``answers`` (``script(...)`` appends); a question with no
answer scripted fails the test, so nothing ever waits for a click that will not come.
A file question answers with a path (str or Path) or ``None`` for 取消; ``confirm`` with a
bool; ``ask_text``/``choose`` with the text or ``None``.

``defaults`` answers a kind of question when nothing is scripted (``{"confirm": True}``);
``strict`` makes any warning or error fail the test at once (for flows that must not refuse).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from ui.widgets.prompts import Prompt


class UnexpectedQuestion(AssertionError):
    pass


class ScriptedPrompt(Prompt):
    def __init__(self, *answers) -> None:
        self.answers: list = list(answers)
        self.shown: list[tuple[str, str, str]] = []
        self.defaults: dict[str, object] = {}
        self.strict = False
        self.opened: list[Path] = []

    def script(self, *answers) -> ScriptedPrompt:
        self.answers.extend(answers)
        return self

    def texts(self, kind: str | None = None) -> list[str]:
        return [text for k, _, text in self.shown if kind is None or k == kind]

    def recorded(self, *kinds: str, with_kind: bool = False) -> Recorded:
        """A live, list-like view of the messages of ``kinds`` (all when none given):
        their texts, or ``(kind, text)`` pairs."""
        return Recorded(self, kinds, with_kind)

    def _answer(self, kind: str, title: str, text: str):
        self.shown.append((kind, title, text))
        if not self.answers and kind in self.defaults:
            return self.defaults[kind]
        if not self.answers:
            raise UnexpectedQuestion(f"unscripted {kind}: {title} — {text}")
        return self.answers.pop(0)

    def inform(self, parent, title, text) -> None:
        self.shown.append(("inform", title, text))

    def warn(self, parent, title, text) -> None:
        self.shown.append(("warn", title, text))
        if self.strict:
            raise UnexpectedQuestion(f"warning: {title} — {text}")

    def error(self, parent, title, text) -> None:
        self.shown.append(("error", title, text))
        if self.strict:
            raise UnexpectedQuestion(f"error: {title} — {text}")

    def confirm(self, parent, title, text) -> bool:
        return bool(self._answer("confirm", title, text))

    def choose_between(self, parent, title, text, accept, reject) -> bool:
        return bool(self._answer("choose_between", title, text))

    def show_file(self, path) -> bool:
        """Records the path in ``opened``; True, as if a viewer opened it."""
        self.opened.append(Path(path))
        return True

    def ask_text(self, parent, title, label, *, text="", multiline=False, secret=False):
        return self._answer("ask_text", title, label)

    def choose(self, parent, title, label, items, current=0):
        answer = self._answer("choose", title, label)
        if answer is not None and answer not in items:
            raise UnexpectedQuestion(f"「{answer}」 is not offered in {title}: {list(items)}")
        return answer

    def _path(self, kind, title):
        answer = self._answer(kind, title, "")
        return Path(answer) if answer else None

    def open_file(self, parent, title, start="", filters=""):
        return self._path("open_file", title)

    def save_file(self, parent, title, start="", filters=""):
        return self._path("save_file", title)

    def choose_folder(self, parent, title, start=""):
        return self._path("choose_folder", title)


class Recorded(Sequence):
    def __init__(self, prompt: ScriptedPrompt, kinds: tuple[str, ...], with_kind: bool) -> None:
        self._prompt, self._kinds, self._with_kind = prompt, kinds, with_kind

    def _items(self) -> list:
        return [(kind, text) if self._with_kind else text for kind, _, text in self._prompt.shown
                if not self._kinds or kind in self._kinds]

    def __getitem__(self, index):
        return self._items()[index]

    def __len__(self) -> int:
        return len(self._items())

    def __eq__(self, other) -> bool:
        return self._items() == list(other)

    def __repr__(self) -> str:
        return repr(self._items())
