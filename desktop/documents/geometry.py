"""GB/T 9704-2012 page geometry and text styles, in PDF points (1/72 inch)."""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.lib.colors import CMYKColor, black
from reportlab.pdfbase.pdfmetrics import stringWidth

from desktop.documents.fonts import FontChoice, FontSet, coverage, fallback_font

MM = 72 / 25.4
PAGE_WIDTH = 210 * MM
PAGE_HEIGHT = 297 * MM
BLOCK_LEFT = 28 * MM  # 79.370
BLOCK_WIDTH = 156 * MM  # 442.205
BLOCK_HEIGHT = 225 * MM  # 637.795
BLOCK_TOP = PAGE_HEIGHT - 37 * MM  # 104.882 below the paper's top edge
BLOCK_BOTTOM = BLOCK_TOP - BLOCK_HEIGHT
BLOCK_RIGHT = BLOCK_LEFT + BLOCK_WIDTH
LINES_PER_PAGE = 22
CHARS_PER_LINE = 28
PITCH = BLOCK_HEIGHT / LINES_PER_PAGE  # 28.9907
CHAR = BLOCK_WIDTH / CHARS_PER_LINE  # 15.793: one body character's advance

SIZE_2 = 22.0  # 2号
SIZE_3 = 16.0  # 3号
SIZE_4 = 14.0  # 4号

RED = CMYKColor(0, 0.8, 0.8, 0)
CACHE_LIMIT = 50_000  # measured pieces kept per style
BLACK = black


@dataclass
class TextStyle:
    """A font at a size, with a character spacing that sets its grid advance."""

    font: FontChoice
    size: float
    char_space: float = 0.0
    color: object = BLACK
    _cache: dict[str, float] = field(default_factory=dict, repr=False)
    _runs: dict[str, list[tuple[str, str]]] = field(default_factory=dict, repr=False)

    def measure(self, text: str) -> float:
        """Advance of ``text`` including character spacing."""
        width = self._cache.get(text)
        if width is None:
            if len(self._cache) > CACHE_LIMIT:
                self._cache.clear()
            width = sum(stringWidth(run, name, self.size) for name, run in self.runs(text))
            width += self.char_space * len(text)
            self._cache[text] = width
        return width

    def runs(self, text: str) -> list[tuple[str, str]]:
        """(font name, text) runs: characters the font lacks come from a fallback font."""
        runs = self._runs.get(text)
        if runs is None:
            if len(self._runs) > CACHE_LIMIT:
                self._runs.clear()
            runs = self._runs[text] = self._split_runs(text)
        return runs

    def _split_runs(self, text: str) -> list[tuple[str, str]]:
        covered = coverage(self.font.name)
        if all(ord(char) in covered or char.isspace() for char in text):
            return [(self.font.name, text)]
        runs: list[tuple[str, str]] = []
        for char in text:
            name = self.font.name
            if ord(char) not in covered and not char.isspace():
                name = fallback_font(ord(char)) or name
            if runs and runs[-1][0] == name:
                runs[-1] = (name, runs[-1][1] + char)
            else:
                runs.append((name, char))
        return runs

    def baseline(self, top: float) -> float:
        """Baseline that puts the top of the em box at ``top``."""
        return top - self.size * (1 + self.font.descent)

    @property
    def em(self) -> float:
        return self.size + self.char_space


def grid_style(font: FontChoice, size: float = SIZE_3, color: object = BLACK) -> TextStyle:
    """A style whose CJK characters advance exactly one grid character (15.793 pt)."""
    return TextStyle(font, size, CHAR - size, color)


@dataclass
class Styles:
    """Every text style a document uses, built once per font set."""

    body: TextStyle
    heading1: TextStyle
    heading2: TextStyle
    title: TextStyle
    header: FontChoice
    page_number: TextStyle
    small: TextStyle

    @classmethod
    def build(cls, fonts: FontSet) -> Styles:
        return cls(
            body=grid_style(fonts["body"]),
            heading1=grid_style(fonts["heading1"]),
            heading2=grid_style(fonts["heading2"]),
            title=TextStyle(fonts["title"], SIZE_2),
            header=fonts["title"],
            page_number=TextStyle(fonts["page_number"], SIZE_4),
            small=TextStyle(fonts["body"], SIZE_4),
        )

    def for_heading(self, level: int) -> TextStyle:
        return {1: self.heading1, 2: self.heading2}.get(level, self.body)
