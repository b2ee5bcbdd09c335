"""The page flow: a canvas, the current page, and a cursor on the line grid."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.pdfgen.canvas import Canvas

from desktop.documents.geometry import (
    BLOCK_BOTTOM,
    BLOCK_LEFT,
    BLOCK_TOP,
    BLOCK_WIDTH,
    PITCH,
    TextStyle,
)
from desktop.documents.linebreak import Line, atoms, break_paragraph

EPSILON = 0.01


class PageFlow:
    """Places lines one grid pitch apart, starting new pages as needed.

    ``top`` is the top edge of the next line. Lines sit on the 22-line grid of
    the text block; ``on_page_end`` draws the page furniture (page number).
    """

    def __init__(self, canvas: Canvas, on_page_end: Callable[[Canvas, int], None],
                 forced_break: tuple[int, int] | None = None) -> None:
        self.canvas = canvas
        self.page = 1
        self.top = BLOCK_TOP
        self._on_page_end = on_page_end
        self.forced_break = forced_break  # (page, row): start a new page before that line
        self.last_line: tuple[int, int] | None = None
        self.drawn: list[tuple[int, int]] = []  # (page, row) of every line written, in order
        self.orphaned: tuple[int, int] | None = None

    @property
    def row(self) -> int:
        return round((BLOCK_TOP - self.top) / PITCH)

    def keep_with_previous(self) -> None:
        """What follows may not start a page alone (a signature): note the line
        to carry over, so the document can be laid out again with it, and go on."""
        self.orphaned = self.orphaned or self.last_line
        self.new_page()

    def carry_over(self, lines: int) -> None:
        """What follows (a signature) goes to the next page with the body's last
        ``lines`` lines: note the first of them, so the document is laid out again
        with a page break before it (the lines move; no blank line is given up)."""
        if self.drawn:
            self.orphaned = self.orphaned or self.drawn[-min(lines, len(self.drawn))]

    def snap(self) -> None:
        """Move the cursor down to the next grid line."""
        rows = (BLOCK_TOP - self.top) / PITCH
        whole = int(rows) if abs(rows - round(rows)) > EPSILON else round(rows)
        if rows - whole > EPSILON:
            whole += 1
        self.top = BLOCK_TOP - whole * PITCH

    def room(self, rows: int = 1, bottom: float = BLOCK_BOTTOM) -> bool:
        return self.top - rows * PITCH >= bottom - EPSILON

    def ensure(self, rows: int = 1, bottom: float = BLOCK_BOTTOM) -> None:
        if not self.room(rows, bottom):
            self.new_page()

    def new_page(self) -> None:
        self._on_page_end(self.canvas, self.page)
        self.canvas.showPage()
        self.page += 1
        self.top = BLOCK_TOP

    def finish(self) -> None:
        self._on_page_end(self.canvas, self.page)
        self.canvas.showPage()

    def skip(self, rows: int = 1) -> None:
        """Blank lines; at the foot of a page they are simply dropped."""
        for _ in range(rows):
            if not self.room(1):
                return
            self.top -= PITCH

    def write_lines(self, style: TextStyle, lines: list[Line], x: float, width: float,
                    align: str = "justify", first_x: float | None = None) -> None:
        for index, line in enumerate(lines):
            self.ensure(1)
            if (self.page, self.row) == self.forced_break:
                self.new_page()
            self.last_line = (self.page, self.row)
            self.drawn.append(self.last_line)
            start = first_x if index == 0 and first_x is not None else x
            draw_line(self.canvas, style, line, start, self.top, x + width - start, align)
            self.top -= PITCH

    def paragraph(self, style: TextStyle, text: str, indent: int = 2,
                  align: str = "justify", x: float = BLOCK_LEFT,
                  width: float = BLOCK_WIDTH) -> None:
        lead = indent * style.em
        lines = break_paragraph(text, width, style.measure, lead)
        self.write_lines(style, lines, x, width, align, first_x=x + lead)


def draw_line(canvas: Canvas, style: TextStyle, line: Line, x: float, top: float,
              width: float, align: str = "justify") -> None:
    """Draw one line with its em box top at ``top`` inside [x, x + width]."""
    if not line.text:
        return
    if align == "center":
        x += (width - line.width) / 2
    elif align == "right":
        x += width - line.width
    justify = align == "justify" and not line.last and width > line.width
    text = canvas.beginText(x, style.baseline(top))
    text.setFillColor(style.color)
    for piece, spacing in _spaced(style, line, width) if justify else [(line.text, style.char_space)]:
        text.setCharSpace(spacing)
        for font_name, run in style.runs(piece):
            text.setFont(font_name, style.size)
            text.textOut(run)
    canvas.drawText(text)


def _spaced(style: TextStyle, line: Line, width: float) -> list[tuple[str, float]]:
    """(text, character spacing) pieces of a justified line: the spare width goes
    between atoms, never inside a number or a Latin word."""
    parts = atoms(line.text)
    if len(parts) < 2:
        return [(line.text, style.char_space)]
    wide = style.char_space + (width - line.width) / (len(parts) - 1)
    if len(parts) == len(line.text):
        return [(line.text, wide)]
    pieces: list[tuple[str, float]] = []
    for index, part in enumerate(parts):
        if len(part) > 1:
            _push(pieces, part[:-1], style.char_space)
        _push(pieces, part[-1], wide if index < len(parts) - 1 else style.char_space)
    return pieces


def _push(pieces: list[tuple[str, float]], text: str, spacing: float) -> None:
    if pieces and pieces[-1][1] == spacing:
        pieces[-1] = (pieces[-1][0] + text, spacing)
    else:
        pieces.append((text, spacing))


def draw_text(canvas: Canvas, style: TextStyle, text: str, x: float, top: float,
              width: float = 0.0, align: str = "left") -> None:
    """Draw a single unbroken string; ``align`` against ``width`` from ``x``."""
    draw_line(canvas, style, Line(text, style.measure(text), True), x, top, width, align)
