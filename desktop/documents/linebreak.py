"""Line breaking for Chinese text with Latin and digit runs, enforcing 禁则.

Strategy (push-out, 追出): lines are filled greedily. When the next line would
start with a character that may not open a line (，。、；：？！）》」』】〕”’… and
their half-width cousins), or this line would end with one that may not close a
line (（《「『【〔“‘), characters move down to the next line until both rules
hold. A full line therefore keeps 28 characters; only a line that 禁则 (or an
unbreakable number or Latin word) shortens has fewer, and the renderer justifies
it by spreading the spare width over its character gaps, so that every line but
a paragraph's last ends on the right edge of the text block. Numbers and Latin
words (``1,409.50``, ``2024-11-22``, ``ID``) are never split unless a single one
is wider than the whole line. The one exception are the 18-character codes of
the parties: a resident ID number (GB 11643: area 6, birth date 8, sequence and
check 4) and a unified social credit code (GB 32100: department and type 2, area
6, organisation code and check 10) may break at those groupings, and only there,
so that a code pushed to the next line does not leave a letter-spaced line.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from desktop.validation import credit_code, idcard

NO_START = frozenset("，。、；：？！）》」』】〕”’…,.;:?!)]}%·—～")
NO_END = frozenset("（《「『【〔“‘([{")

# an unbreakable number or Latin word, a run of ellipses or dashes, or one character
_ATOM = re.compile(r"[A-Za-z0-9]+(?:[.,:/\-_@+#][A-Za-z0-9]+)*%?|…+|—+|\s|.", re.S)

Measure = Callable[[str], float]


@dataclass(frozen=True)
class Line:
    """One laid-out line: its text, natural width, and whether it ends a paragraph."""

    text: str
    width: float
    last: bool


def atoms(text: str) -> list[str]:
    """Split text into the pieces a line may break between."""
    return _ATOM.findall(text)


_ID_NUMBER = re.compile(r"\d{17}[\dX]")
_CREDIT_CODE = re.compile(f"[{credit_code.ALPHABET}]{{18}}")
ID_GROUPS = (6, 8, 4)
CREDIT_CODE_GROUPS = (2, 6, 10)


def code_groups(atom: str) -> list[str]:
    """An ID number or credit code split at its groupings; any other atom whole."""
    if _ID_NUMBER.fullmatch(atom) and idcard.check_character(atom[:17]) == atom[17]:
        return _split(atom, ID_GROUPS)
    if _CREDIT_CODE.fullmatch(atom) and credit_code.check_character(atom[:17]) == atom[17]:
        return _split(atom, CREDIT_CODE_GROUPS)
    return [atom]


def _split(text: str, sizes: tuple[int, ...]) -> list[str]:
    parts, start = [], 0
    for size in sizes:
        parts.append(text[start:start + size])
        start += size
    return parts


def _breakable_atoms(text: str) -> list[str]:
    return [part for atom in atoms(text) for part in code_groups(atom)]


def _no_start(atom: str) -> bool:
    return atom[0] in NO_START


def _no_end(atom: str) -> bool:
    return atom[-1] in NO_END


def _fit(pieces: list[str], start: int, widths: list[float], room: float) -> int:
    """Index after the last piece from ``start`` that fits in ``room``."""
    used = 0.0
    end = start
    while end < len(pieces) and used + widths[end] <= room + 1e-6:
        used += widths[end]
        end += 1
    return end


def _respect_rules(pieces: list[str], start: int, end: int) -> int:
    """Move the break left until no 禁则 is broken; keep ``end`` when impossible."""
    if end >= len(pieces):
        return end
    cut = end
    while cut > start + 1 and (_no_start(pieces[cut]) or _no_end(pieces[cut - 1])):
        cut -= 1
    if _no_start(pieces[cut]) or _no_end(pieces[cut - 1]):
        return _hang(pieces, end)
    return cut


def _hang(pieces: list[str], end: int) -> int:
    """Last resort for a line made only of punctuation: let closers hang."""
    while end < len(pieces) and _no_start(pieces[end]):
        end += 1
    return end


def _split_oversized(pieces: list[str], widths: list[float], room: float,
                     measure: Measure) -> tuple[list[str], list[float]]:
    """Break any single piece wider than a whole line into characters."""
    if all(w <= room for w in widths):
        return pieces, widths
    out: list[str] = []
    for piece, width in zip(pieces, widths, strict=True):
        out.extend(list(piece) if width > room and len(piece) > 1 else [piece])
    return out, [measure(p) for p in out]


def break_paragraph(text: str, width: float, measure: Measure,
                    first_indent: float = 0.0) -> list[Line]:
    """Break one paragraph into lines no wider than ``width``.

    ``measure`` returns the advance of a piece of text (character spacing
    included); ``first_indent`` is taken off the first line's width.
    """
    pieces = _breakable_atoms(text)
    widths = [measure(p) for p in pieces]
    pieces, widths = _split_oversized(pieces, widths, width - first_indent, measure)
    lines: list[Line] = []
    start = 0
    while start < len(pieces):
        room = width - (first_indent if not lines else 0.0)
        end = _respect_rules(pieces, start, max(_fit(pieces, start, widths, room), start + 1))
        lines.append(_line(pieces, widths, start, end, end >= len(pieces)))
        start = _skip_spaces(pieces, end)
    return lines or [Line("", 0.0, True)]


def _skip_spaces(pieces: list[str], index: int) -> int:
    while index < len(pieces) and pieces[index].isspace():
        index += 1
    return index


def _line(pieces: list[str], widths: list[float], start: int, end: int, last: bool) -> Line:
    while end > start + 1 and pieces[end - 1].isspace():
        end -= 1
    return Line("".join(pieces[start:end]), sum(widths[start:end]), last)


def violations(lines: list[str]) -> list[tuple[int, str]]:
    """(line number, reason) for every line that breaks 禁则; for tests and checks."""
    found = []
    for number, line in enumerate(lines, start=1):
        if number > 1 and line and line[0] in NO_START:
            found.append((number, f"行首「{line[0]}」"))
        if line and line[-1] in NO_END:
            found.append((number, f"行尾「{line[-1]}」"))
    return found
